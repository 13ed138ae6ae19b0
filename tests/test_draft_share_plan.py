"""A figure's percent of its plan as its share of the plan's figure: "revenues of X, or P% of the
target for the whole year" with the year's revenue plan elsewhere in the article. The sentences
are written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

PLAN = "For the whole year the state budget plans revenues of 40 billion lari."


def shares(text: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(text) if kind == "share"]


def test_a_percent_of_the_year_s_target_is_a_share_of_the_plan() -> None:
    text = (
        "In January-March the state budget collected revenues of 9.2 billion lari, or 23% of the "
        f"target for the whole year. {PLAN}"
    )
    assert shares(text) == [
        {"share": "23%", "part": "9.2 billion lari", "whole": "40 billion lari"}
    ]


def test_near_misses_draft_no_share_of_a_plan() -> None:
    # a part of the flow: its own target is not the revenue plan
    part = (
        "In January-March tax revenues came to 7.2 billion lari, or 21% of the target for the "
        f"whole year. {PLAN}"
    )
    assert shares(part) == []
    # two plans of the flow; a plan of another year
    two = (
        "In January-March the state budget collected revenues of 9.2 billion lari, or 23% of the "
        f"target for the whole year. {PLAN} The old law planned revenues of 38 billion lari for "
        "the whole year."
    )
    assert shares(two) == []
    other = (
        "In January-March 2024 the state budget collected revenues of 9.2 billion lari, or 23% of "
        "the target for the whole year. For the whole of 2023 the state budget planned revenues "
        "of 36 billion lari."
    )
    assert shares(other) == []


def test_a_percent_the_plan_cannot_give_fails(tmp_path: Path) -> None:
    text = (
        "In January-March the state budget collected revenues of 9.2 billion lari, or 33% of the "
        f"target for the whole year. {PLAN}"
    )
    assert Outcome.FAIL in [o for _, o in outcomes(text, tmp_path, ("share-of-whole",))]


@given(part=st.integers(min_value=10, max_value=99), pct=st.integers(min_value=1, max_value=99))
def test_any_share_in_the_template_is_drafted(part: int, pct: int) -> None:
    text = (
        f"In January-March the state budget collected revenues of {part} billion lari, or {pct}% "
        f"of the target for the whole year. For the whole year the state budget plans revenues "
        f"of 400 billion lari."
    )
    assert shares(text) == [
        {"share": f"{pct}%", "part": f"{part} billion lari", "whole": "400 billion lari"}
    ]
