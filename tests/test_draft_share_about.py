"""Shares stated after a comparison's other figure ("to X from Y a year earlier, which is P
percent of the target of W"; "That is lower than Y, and equivalent to P percent of W"), a whole
"set at" W, and the growths' words these sentences need ("in absolute terms", "in the five months
to May", "than last year's Y"). The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes, relations


def shares(text: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(text) if kind == "share"]


def test_a_share_after_a_growth_s_base_is_the_current_value_s() -> None:
    text = (
        "Customs receipts rose 6.1 percent to 9.04 billion lari from 8.52 billion lari a year "
        "earlier, which is 71.2 percent of the full-year target of 12.7 billion lari."
    )
    assert shares(text) == [
        {"share": "71.2 percent", "part": "9.04 billion lari", "whole": "12.7 billion lari"}
    ]
    text = (
        "Revenue reached 4.4 billion manat, 3.1 percent higher than last year's 4.27 billion "
        "manat, and that is 60 percent of the annual plan of 7.3 billion manat."
    )
    assert shares(text) == [
        {"share": "60 percent", "part": "4.4 billion manat", "whole": "7.3 billion manat"}
    ]
    assert (
        "growth",
        {
            "growth": "3.1 percent higher",
            "current": "4.4 billion manat",
            "base": "4.27 billion manat",
        },
    ) in relations(text)


def test_a_share_after_that_is_lower_than() -> None:
    text = (
        "The deficit grew 12 percent to 560 million som from 500 million som. That is lower than "
        "the planned 610 million som, and equivalent to 40 percent of the 1.4 billion som limit."
    )
    assert shares(text) == [
        {"share": "40 percent", "part": "560 million som", "whole": "1.4 billion som"}
    ]


def test_a_whole_set_at_a_figure() -> None:
    text = "Spending was 2.7 billion euros, or 91.2 percent of the annual budget target set at 2.96 billion euros."
    assert shares(text) == [
        {"share": "91.2 percent", "part": "2.7 billion euros", "whole": "2.96 billion euros"}
    ]


def test_a_growth_in_absolute_terms_in_months_to_a_month() -> None:
    text = (
        "The gap narrowed 12 percent in absolute terms to 44 billion rupees in the five months "
        "to May from 50 billion rupees."
    )
    assert relations(text) == [
        (
            "growth",
            {
                "growth": "narrowed 12 percent",
                "current": "44 billion rupees",
                "base": "50 billion rupees",
            },
        )
    ]


def test_a_growth_in_real_terms_is_not_tested_against_the_figures(tmp_path: Path) -> None:
    real = "Wages grew 4 percent in real terms to 31 billion rupees from 27 billion rupees."
    assert [o.value for _, o in outcomes(real, tmp_path, ("growth",))] != ["fail"]


def test_near_misses_draft_no_share() -> None:
    # the share follows the base with no comparison drafted: the words leave which figure open
    assert (
        shares(
            "Revenue was 4.4 billion manat and spending 4.9 billion manat, which is 60 percent "
            "of the annual plan of 8.2 billion manat."
        )
        == []
    )
    # another unit for the whole; a growth, not a share
    assert (
        shares(
            "Exports rose 6 percent to $9 billion from $8.5 billion, which is 40 percent of the "
            "plan of 12 million tonnes."
        )
        == []
    )
    assert (
        shares(
            "Exports rose 6 percent to $9 billion from $8.5 billion, which is up 4 percent on "
            "the plan of $8.65 billion."
        )
        == []
    )


def test_a_share_that_the_figures_contradict_fails(tmp_path: Path) -> None:
    text = (
        "Customs receipts rose 6.1 percent to 9.04 billion lari from 8.52 billion lari a year "
        "earlier, which is 81.2 percent of the full-year target of 12.7 billion lari."
    )
    assert [o.value for _, o in outcomes(text, tmp_path, ("share-of-whole",))] == ["fail"]


@given(
    part=st.integers(min_value=100, max_value=999),
    whole=st.integers(min_value=1000, max_value=9999),
)
def test_any_share_in_the_template_is_drafted(part: int, whole: int) -> None:
    text = (
        f"Revenue rose 5 percent to {part} million lari from 90 million lari a year earlier, "
        f"which is 40 percent of the annual plan of {whole:,} million lari."
    )
    assert shares(text) == [
        {"share": "40 percent", "part": f"{part} million lari", "whole": f"{whole:,} million lari"}
    ]
