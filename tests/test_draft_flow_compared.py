"""Orders of a flow named by its noun against a figure ("the gap is still well below the Y
program"), and growths whose current value the article gave earlier under the flow's name
("Against B in 2022, revenue had risen P"). The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome
from test_draft_order import orders


def test_a_flow_named_by_its_noun_against_a_figure() -> None:
    text = (
        "The budget deficit widened to 1.3 billion som in the nine months. The ministry said the "
        "year-to-date gap is still well below the 1.6 billion som program for the period, and it "
        "expects the shortfall to stay within the full-year limit of 1.9 billion som."
    )
    assert orders(text) == [
        ("1.3 billion som", "<", ["1.6 billion som"]),
        ("1.3 billion som", "<=", ["1.9 billion som"]),
    ]
    text = "Revenue reached 4.2 billion lari. Officials said revenue was above the 4 billion lari plan."
    assert orders(text) == [("4.2 billion lari", ">", ["4 billion lari"])]


def test_near_misses_draft_no_order() -> None:
    # two deficits before: which one the noun names is open
    assert (
        orders(
            "The deficit was 1.3 billion som in 2023 and the deficit was 1.1 billion som in 2022. "
            "The gap is still below the 1.6 billion som program."
        )
        == []
    )
    # a part of the flow ("tax revenue"), "over" (also "during") and no verb before the comparison
    assert (
        orders("Revenue reached 4.2 billion lari. Tax revenue was above the 3 billion lari plan.")
        == []
    )
    assert (
        orders("The surplus was 8 billion lari. The surplus over the year was 9 billion lari.")
        == []
    )
    assert orders("Revenue reached 4.2 billion lari. Revenue above the 4 billion lari plan.") == []
    # a plan is no figure of the flow as it came out
    assert (
        orders("Revenue is planned at 4.2 billion lari. Revenue is below the 5 billion lari cap.")
        == []
    )


def test_a_flow_above_a_figure_it_is_below_fails(tmp_path: Path) -> None:
    text = "Revenue reached 3.2 billion lari. Officials said revenue was above the 4 billion lari plan."
    assert [o for _, o in outcomes(text, tmp_path, ("order",))] == [Outcome.FAIL]


def test_a_growth_whose_current_value_the_article_gave_earlier() -> None:
    text = (
        "Revenue came to 9.3 billion lari over the year. The figures are preliminary. Against 8.8 "
        "billion lari in 2022, revenue had risen 5.7 percent."
    )
    assert (
        "growth",
        {"growth": "risen 5.7 percent", "current": "9.3 billion lari", "base": "8.8 billion lari"},
    ) in relations(text)
    text = (
        "Spending was 4.1 billion manat in the half. End-June expenditures still jumped 12 "
        "percent from 3.66 billion manat."
    )
    assert (
        "growth",
        {
            "growth": "jumped 12 percent",
            "current": "4.1 billion manat",
            "base": "3.66 billion manat",
        },
    ) in relations(text)


def test_near_misses_draft_no_growth() -> None:
    # a part of the flow; two figures of the flow before; no base: nothing to test
    part = (
        "Revenue came to 9.3 billion lari over the year. Against 6.8 billion lari in 2022, tax "
        "revenue had risen 5.7 percent."
    )
    assert [k for k, _ in relations(part) if k == "growth"] == []
    two = (
        "Revenue came to 9.3 billion lari. Revenue in the half was 4.1 billion lari. Against 8.8 "
        "billion lari in 2022, revenue had risen 5.7 percent."
    )
    assert [k for k, _ in relations(two) if k == "growth"] == []
    none = (
        "Revenue booked over the year came to 9.3 billion lari. The figures are preliminary. "
        "Revenue had risen 5.7 percent."
    )
    assert [k for k, _ in relations(none) if k == "growth"] == []


@given(
    x=st.integers(min_value=1, max_value=10**5),
    y=st.integers(min_value=1, max_value=10**5),
    word=st.sampled_from(["below", "above", "within"]),
)
def test_any_pair_in_the_template_is_ordered(x: int, y: int, word: str) -> None:
    assume(x != y)  # one figure said twice is one figure (draftequal), not an order
    text = f"The deficit came to {x:,} million lei. The gap is still {word} the {y:,} million lei plan."
    op = {"below": "<", "above": ">", "within": "<="}[word]
    assert orders(text) == [(f"{x:,} million lei", op, [f"{y:,} million lei"])]
