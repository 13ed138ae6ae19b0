"""A budget named by its balance ("a deficit budget of $4.3 million", "a surplus budget of $3.8
million") is that balance, as "a deficit of" is (text/draftroles' nouns of a deficit and a
surplus), twenty-seventh session, open22 (heldout22's "projects government spending of $33.5
million against estimated revenue of $28.8 million dollars, a deficit budget of $4.7 million
dollars"). The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


@pytest.mark.parametrize(
    ("text", "difference"),
    [
        (
            "The council's bill for 2031/2032 projects spending of $41.2 million against "
            "estimated revenue of $36.9 million, a deficit budget of $4.3 million.",
            ("$4.3 million", "$41.2 million", "$36.9 million"),
        ),
        (
            "The council's bill for 2031/2032 projects revenue of $45.0 million against spending "
            "of $41.2 million, a surplus budget of $3.8 million.",
            ("$3.8 million", "$45.0 million", "$41.2 million"),
        ),
    ],
)
def test_a_budget_named_by_its_balance_is_the_balance(
    text: str, difference: tuple[str, str, str]
) -> None:
    assert [
        (fields["result"], fields["minuend"], fields["subtrahend"])
        for kind, fields in relations(text)
        if kind == "difference"
    ] == [difference]


@pytest.mark.parametrize(("deficit", "outcome"), [("4.3", Outcome.PASS), ("5.3", Outcome.FAIL)])
def test_the_balance_is_checked(tmp_path: Path, deficit: str, outcome: Outcome) -> None:
    text = (
        "The council's bill for 2031/2032 projects spending of $41.2 million against estimated "
        f"revenue of $36.9 million, a deficit budget of ${deficit} million."
    )
    assert outcomes(text, tmp_path, ("difference",)) == [("difference", outcome)]


def test_a_budget_after_the_balance_with_no_of_is_no_balance_of_its_own() -> None:
    text = (
        "The council's bill for 2031/2032 projects spending of $41.2 million against estimated "
        "revenue of $36.9 million. The deficit budget debate lasted 3 days."
    )
    assert not [fields for kind, fields in relations(text) if kind == "difference"]
