"""The margin between a level and another, told after "by" or before "below" and "above"
(text/draftmargin.py): drafted as a difference, checked, and left alone where the margin's words
go on to another thing or the figures are of different units. The sentences are written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


@pytest.mark.parametrize(
    ("text", "result", "minuend", "subtrahend"),
    [
        (
            "The port authority collected $84.2 million in fees in 2030, falling short of its $90 "
            "million budget by $5.8 million.",
            "$5.8 million",
            "$90 million",
            "$84.2 million",
        ),
        (
            "Toll income of €48.3 million beat its €42.5 million target by €5.8 million.",
            "€5.8 million",
            "€48.3 million",
            "€42.5 million",
        ),
        (
            "Ferry fares dropped to $23.5 million, $7 million below the budgeted $30.5 million.",
            "$7 million",
            "$30.5 million",
            "$23.5 million",
        ),
        (
            "Harbour dues came to $23.5 million in 2030, $7 million above the $16.5 million of "
            "2029.",
            "$7 million",
            "$23.5 million",
            "$16.5 million",
        ),
        (
            "Customs receipts exceeded their $42.5 million forecast by $5.8 million, reaching "
            "$48.3 million.",
            "$5.8 million",
            "$48.3 million",
            "$42.5 million",
        ),
        (
            "Lottery proceeds fell short of the $42.5 million target by $5.8 million, at $36.7 "
            "million.",
            "$5.8 million",
            "$42.5 million",
            "$36.7 million",
        ),
    ],
)
def test_a_margin_is_the_difference_of_its_two_levels(
    text: str, result: str, minuend: str, subtrahend: str
) -> None:
    found = relations(text)
    assert found == [
        ("difference", {"result": result, "minuend": minuend, "subtrahend": subtrahend})
    ]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "The port authority collected $84.2 million in fees, falling short of its $90.4 "
            "million budget by $6.2 million.",
            Outcome.PASS,
        ),
        (
            "The port authority collected $84.2 million in fees, falling short of its $90.4 "
            "million budget by $3.8 million.",
            Outcome.FAIL,
        ),
        (
            "Ferry fares dropped to $23.5 million, $7 million below the budgeted $30.5 million.",
            Outcome.PASS,
        ),
        (
            "Ferry fares dropped to $23.5 million, $9 million below the budgeted $30.5 million.",
            Outcome.FAIL,
        ),
        (
            "Customs receipts exceeded their $42.5 million forecast by $5.8 million, reaching "
            "$46.3 million.",
            Outcome.FAIL,
        ),
    ],
)
def test_the_drafted_margin_is_checked(tmp_path: Path, text: str, outcome: Outcome) -> None:
    assert outcomes(text, tmp_path, ("difference",)) == [("difference", outcome)]


@pytest.mark.parametrize(
    "text",
    [
        # the margin's words go on to another thing
        "The port authority collected $84.2 million, falling short of its $90 million budget by "
        "$5.8 million in fuel taxes.",
        # B's words go on to another thing and another figure
        "Ferry fares dropped to $23.5 million, $7 million below the budgeted $30.5 million in "
        "taxes and $2 million in fines.",
        # a bound: no difference to test exactly
        "The port authority collected $84.2 million, falling short of its $90 million budget by "
        "more than $5 million.",
        # no level of the subject: nothing to test
        "Customs receipts exceeded their forecast of $42.5 million by $5.8 million.",
        # another unit
        "Ferry fares dropped to $23.5 million, 7 million euros below the budgeted $30.5 million.",
        # percents: a margin in points is no level
        "Inflation fell to 4.1%, 0.9 points below the 5% target.",
    ],
)
def test_no_margin_where_the_words_leave_a_doubt(text: str) -> None:
    assert not [r for r in relations(text) if r[0] == "difference"]


def test_more_than_after_the_margin_stays_a_change() -> None:
    text = "Harbour dues came to $23.5 million, $7 million more than the $16.5 million of 2029."
    assert [kind for kind, _ in relations(text)] == ["change"]
