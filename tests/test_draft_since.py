"""A figure told the highest (or lowest) since a year, and that year's figure after "when"
(text/draftsince.py, twenty-fifth session): the year's figure was at least as high (as low), never
more certainly, so the order is not strict and a tie passes. The sentences are written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from aktobe_facts.findings import Outcome
from test_draft_order import orders, outcomes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferry fares reached $48.3 million in 2030, the highest since 2015, when they came to "
            "$51.2 million.",
            ("$48.3 million", "<=", ["$51.2 million"]),
        ),
        (
            "Ferry fares reached $48.3 million in 2030, the highest level since March 2015, when "
            "they stood at $51.2 million.",
            ("$48.3 million", "<=", ["$51.2 million"]),
        ),
        (
            "The winter's 15,989 skiers were the most to visit the resort since 1999, when 16,395 "
            "skiers came.",
            ("15,989", "<=", ["16,395"]),
        ),
        (
            "Ferry fares fell to $48.3 million in 2030, the lowest since 2015, when they came to "
            "$41.2 million.",
            ("$48.3 million", ">=", ["$41.2 million"]),
        ),
        (
            "Bread inflation rose to 9.1 percent in June, the highest since 1981, when it reached "
            "10.4 percent.",
            ("9.1 percent", "<=", ["10.4 percent"]),
        ),
        # review26: the part of a year named for Y too, or a percent (a rate of any span)
        (
            "Car sales dropped to 41,000 in June, the fewest since June 2012, when they came to "
            "39,000.",
            ("41,000", ">=", ["39,000"]),
        ),
        (
            "Car sales dropped to 41,000 in June, the fewest since 2012, when they came to 39,000 "
            "in June.",
            ("41,000", ">=", ["39,000"]),
        ),
        (
            "Unemployment fell to 4.1 percent in June, the lowest since 2012, when it stood at 3.9 "
            "percent.",
            ("4.1 percent", ">=", ["3.9 percent"]),
        ),
        # a superlative of a rate's or a growth's own measure (review25's near misses)
        (
            "Bread inflation rose to 9.1 percent in June, the highest rate since 1981, when it "
            "reached 10.4 percent.",
            ("9.1 percent", "<=", ["10.4 percent"]),
        ),
        (
            "Output grew 5.8 percent in 2030, the fastest pace since 2015, when it expanded 6.9 "
            "percent.",
            ("grew 5.8 percent", "<=", ["expanded 6.9 percent"]),
        ),
    ],
)
def test_the_year_since_is_at_least_as_high(
    text: str, expected: tuple[str, str, list[str]]
) -> None:
    assert orders(text) == [expected]


@pytest.mark.parametrize(
    ("before", "outcome"),
    [
        ("$51.2 million", Outcome.PASS),
        ("$48.3 million", Outcome.PASS),
        ("$41.2 million", Outcome.FAIL),
    ],
)
def test_a_tie_passes(tmp_path: Path, before: str, outcome: Outcome) -> None:
    text = f"Ferry fares reached $48.3 million in 2030, the highest since 2015, when they came to {before}."
    assert outcomes(text, tmp_path) == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        # no figure of the year
        "Ferry fares reached $48.3 million in 2030, the highest since 2015.",
        # an ordinal, "among", a negation: a later year may have been higher
        "Ferry fares reached $48.3 million in 2030, the second highest since 2015, when they came "
        "to $51.2 million.",
        "Ferry fares reached $48.3 million in 2030, among the highest since 2015, when they came "
        "to $51.2 million.",
        "Ferry fares reached $48.3 million in 2030, not the highest since 2015, when they came to "
        "$51.2 million.",
        # another subject, a change, another noun counted
        "Ferry fares reached $48.3 million in 2030, the highest since 2015, when costs came to "
        "$51.2 million.",
        "Ferry fares reached $48.3 million in 2030, the highest since 2015, when they rose by $5.2 "
        "million.",
        "Ferry fares reached $48.3 million in 2030, the highest since 2015, when $51.2 million was "
        "spent on roads.",
        "The winter's 15,989 skiers were the most to visit the resort since 1999, when 16,395 "
        "hikers came.",
        # another period after Y
        "Ferry fares reached $48.3 million in March, the highest since 2015, when they came to "
        "$51.2 million for the whole year.",
        "Ferry fares reached $48.3 million in 2030, the highest since 2015, when they came to "
        "$12.2 million in the first quarter.",
        # review26: a part of a year against the bare year since (a level of the year's length;
        # the lowest's order was a false error where Y is the year's sum)
        "Ferry fares fell to $3.1 million in March, the lowest since 2019, when they totalled "
        "$38 million.",
        "Car sales dropped to 41,000 in June, the fewest since 2012, when they came to 480,000.",
        "In the first half, car sales dropped to 241,000, the fewest since 2012, when they came to "
        "480,000.",
        # a bound, a list
        "Ferry fares reached $48.3 million in 2030, the highest since 2015, when they came to more "
        "than $51.2 million.",
        "Ferry fares reached $46.1 million and $48.3 million in 2029 and 2030, the highest since "
        "2015, when they came to $51.2 million.",
        "Ferry fares reached $48.3 million in 2030, the highest since 2015, when they came to "
        "$51.2 million and $30.1 million respectively.",
    ],
)
def test_no_order_where_the_year_is_not_told(text: str) -> None:
    assert orders(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # review25: a superlative of a change, a rate or an average is no level's (each drafted
        # the year's total at most the year's level, a false error)
        "Ferry fares reached $58.3 million in 2030, its highest rate of growth since 2015, when "
        "they came to $51.2 million.",
        "Ferry fares reached $58.3 million in 2030, the biggest increase since 2015, when they "
        "came to $51.2 million.",
        "Ferry fares reached $58.3 million in 2030, the highest monthly average since 2015, when "
        "they came to $51.2 million.",
        "Bread inflation rose to 9.1 percent in June, the biggest increase since 1981, when it "
        "stood at 6.4 percent.",
        # a superlative of pace is a move's, never a level's
        "Ferry fares rose 12 percent to $58.3 million in 2030, the fastest since 2015, when they "
        "came to $61.2 million.",
    ],
)
def test_no_order_where_the_superlative_is_of_another_measure(text: str) -> None:
    assert orders(text) == []
