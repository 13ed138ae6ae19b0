"""A count's noun of several words said again after its amount of change (text/countrepeated.py):
the count is the change's current value ("41,207 foot passengers in May, a 9% increase or 3,402
more foot passengers"); "or an additional D" joins the amount to its percent as "or D" does. The
sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


@pytest.mark.parametrize(
    ("text", "current", "amount"),
    [
        (
            "The ferries carried 41,207 foot passengers in May, a 9% increase or 3,402 more foot "
            "passengers than in May 2029.",
            "41,207",
            "3,402",
        ),
        (
            "Camp sites recorded 12,950 pitch nights total, a 4% increase or 498 more pitch nights "
            "as compared to 2029.",
            "12,950",
            "498",
        ),
        (
            'The hotels sold 90,114 "guest nights," an increase of 6% or an additional 5,101 '
            '"guest nights."',
            "90,114",
            "5,101",
        ),
    ],
)
def test_the_count_whose_noun_the_amount_repeats_is_the_current_value(
    text: str, current: str, amount: str
) -> None:
    (change,) = [fields for kind, fields in relations(text) if kind == "change"]
    assert (change["current"], change["amount"]) == (current, amount)


@pytest.mark.parametrize(("percent", "outcome"), [("9%", Outcome.PASS), ("19%", Outcome.FAIL)])
def test_the_change_is_checked(tmp_path: Path, percent: str, outcome: Outcome) -> None:
    text = (
        f"The ferries carried 41,207 foot passengers in May, a {percent} increase or 3,402 more "
        "foot passengers than in May 2029."
    )
    assert outcomes(text, tmp_path, ("change",)) == [("change", outcome)]


@pytest.mark.parametrize(
    "text",
    [
        # the amount counts another thing
        "The ferries carried 41,207 foot passengers in May, a 9% increase or 3,402 more cars "
        "than in May 2029.",
        # the amount names no noun: the level's words may name another thing
        "The ferries carried 41,207 foot passengers in May, a 9% increase or 3,402 more than in "
        "May 2029.",
    ],
)
def test_no_change_where_the_amount_does_not_repeat_the_noun(text: str) -> None:
    assert not [r for r in relations(text) if r[0] == "change"]
