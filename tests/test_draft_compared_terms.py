"""A figure compared after another is of the same period and measure as far as the words after it
tell (text/comparedterms.py, twenty-fifth session): "X in 2030, though they fell short of 2029's
Y in the fourth quarter" orders nothing (the quarter's takings, never the year's X, may be what
fell short), nor does a rate or another measure after Y; Y's own year, the same period and the
same measure keep their order. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from test_draft_order import orders


@pytest.mark.parametrize(
    "text",
    [
        # a quarter after Y, a year before it: the comparison may be the quarter's
        "Ferry fares brought in $48.3 million in 2030, though they fell short of 2029's $67.8 "
        "million in the fourth quarter.",
        "Ferry fares brought in $48.3 million in 2030, falling short of the $67.8 million recorded "
        "in the first half of 2029.",
        "Ferry fares brought in $48.3 million in 2030, exceeding the $21.8 million of the fourth "
        "quarter of 2029.",
        "Ferry fares of $48.3 million in 2030 exceeded 2029's $21.8 million in the fourth quarter.",
        # a month after Y, X's period a year
        "Ferry fares brought in $48.3 million in 2030, exceeding the $21.8 million in December "
        "alone.",
        "Ferry fares brought in $48.3 million in 2030, surpassing the $21.8 million the port "
        "collected in March.",
        # a quarter after Y, X's period unnamed
        "Ferry fares brought in $48.3 million, though they fell short of 2029's $67.8 million in "
        "the fourth quarter.",
        # a quarter against a year named after Y
        "Ferry fares brought in $48.3 million in the first quarter, exceeding the $21.8 million "
        "of the whole of 2029.",
        # a count of a half against a year's
        "Ferries carried 12.5 million passengers in 2030, exceeding the 10 million in the first "
        "half of 2022.",
    ],
)
def test_no_order_across_periods(text: str) -> None:
    assert orders(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a rate against a level
        "Ferry fares brought in $48.3 million in 2030, exceeding the $21.8 million a year "
        "recorded in 2029.",
        "Ferry fares brought in $48.3 million in 2030, exceeding the $21.8 million on average in "
        "the 2010s.",
        # another measure named after Y
        "Ferry fares brought in $48.3 million in 2030, exceeding 2029's $21.8 million in "
        "operating costs.",
    ],
)
def test_no_order_of_another_measure(text: str) -> None:
    assert orders(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # review25: "short of the Y" is draftupfrom's comparison, which read no terms after Y
        "Ferry fares brought in $55.3 million in 2030, short of the $51.2 million of 2029 in the "
        "fourth quarter.",
        "Ferry fares brought in $55.3 million in 2030, short of the $51.2 million of 2029 in "
        "operating costs.",
        # a measure after Y's year (it was read only right after Y)
        "Ferry fares brought in $55.3 million in 2030, exceeding the $58.2 million of 2029 in "
        "operating costs.",
        # words of basis after Y that X's words lack
        "Ferry fares brought in $48.3 million in 2030, above the $51.2 million of 2029 at "
        "constant prices.",
        "Ferry fares brought in $55.3 million in 2030, short of the $51.2 million of 2029 "
        "excluding cruise ships.",
        "Ferry fares brought in $55.3 million in 2030, short of the $51.2 million of 2029 "
        "seasonally adjusted.",
    ],
)
def test_no_order_of_another_period_measure_or_basis_after_y(text: str) -> None:
    assert orders(text) == []


@pytest.mark.parametrize(
    ("text", "op"),
    [
        (
            "Ferry fares brought in $48.3 million in 2030, exceeding the $21.8 million recorded in "
            "2029.",
            ">",
        ),
        (
            "Ferry fares brought in $48.3 million in 2030, exceeding the $21.8 million a year "
            "earlier.",
            ">",
        ),
        (
            "Ferry fares brought in $48.3 million in the fourth quarter, exceeding the $21.8 million "
            "recorded in the same quarter of 2029.",
            ">",
        ),
        (
            "Ferry fares brought in $48.3 million in the first half, falling short of the $67.8 "
            "million recorded in the first half of 2029.",
            "<",
        ),
        (
            "Ferry fares brought in $48.3 million in fees in 2030, exceeding 2029's $21.8 million in "
            "fees.",
            ">",
        ),
        (
            "Ferry fares brought in $48.3 million, though they fell short of 2029's $67.8 million.",
            "<",
        ),
        (
            "Ferry fares brought in $55.3 million in 2030 at constant prices, short of the $51.2 "
            "million of 2029 at constant prices.",
            "<",
        ),
        (
            "Ferry fares brought in $55.3 million in 2030, down from $58.2 million in 2029 "
            "excluding cruise ships.",
            "<",
        ),
        (  # Y's own period before it, read as 2029's year: the comparison names it
            "The first three months brought in $29.8 million while in the last quarter the fares "
            "were just $24 million, lower than the last quarter of 2029 ($24.7 million).",
            "<",
        ),
    ],
)
def test_one_period_and_measure_keeps_its_order(text: str, op: str) -> None:
    assert [o for _, o, _ in orders(text)] == [op]
