"""Shares of a whole named by its noun ("Of the new budget, X goes to A, accounting for P of the
total allocation" after "a budget of W"), never the budget a drafted growth compares with. The
sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

BUDGET = (
    "The cabinet has approved a budget of 9.5 billion lari for 2025. The proposed budget is a 5.6 "
    "per cent increase over the current fiscal year. For this year parliament had passed a budget "
    "of 9 billion lari. "
)


def shares(text: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(text) if kind == "share"]


def test_shares_of_the_budget_named_before() -> None:
    text = BUDGET + (
        "Of the new budget, 5.7 billion lari goes to current spending, accounting for 60 per cent "
        "of the total allocation. Capital spending is set at 1.9 billion lari, making up 20 per "
        "cent of the total budget, and 1.9 billion lari is set aside for debt service, comprising "
        "20 per cent of the total budget."
    )
    assert shares(text) == [
        {"share": "60 per cent", "part": "5.7 billion lari", "whole": "9.5 billion lari"},
        {"share": "20 per cent", "part": "1.9 billion lari", "whole": "9.5 billion lari"},
        {"share": "20 per cent", "part": "1.9 billion lari", "whole": "9.5 billion lari"},
    ]
    assert [k for k, _ in relations(text) if k == "same-whole"] == []


def test_near_misses_draft_no_share_of_a_named_whole() -> None:
    # two budgets before and no growth says which is the earlier one
    two = (
        "The cabinet has approved a budget of 9.5 billion lari. Parliament had passed a budget of "
        "9 billion lari. Capital spending is set at 1.9 billion lari, making up 20 per cent of the "
        "total budget."
    )
    assert shares(two) == []
    # a whole no figure is named by
    none = "Capital spending is set at 1.9 billion lari, making up 20 per cent of the total budget."
    assert shares(none) == []


def test_a_share_the_budget_cannot_give_fails(tmp_path: Path) -> None:
    text = BUDGET + (
        "Capital spending is set at 1.9 billion lari, making up 30 per cent of the total budget."
    )
    assert Outcome.FAIL in [o for _, o in outcomes(text, tmp_path, ("share-of-whole",))]
