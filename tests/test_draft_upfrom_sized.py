"""A move's noun with a word of size before it ("X, a small decline from Y", "X, a steep fall
from Y", "a modest rise from Y"), and a year's possessive opening Y's words ("a steep fall from
FY2031's Y", "down from 2029-30's Y"): X < Y (X > Y), as "X, a decline from Y" drafts
(text/draftupfrom._SIZE, _YEARS). Twenty-seventh session, orders27 (heldout20's "a steep fall
from FY2023's extraordinary $188.4 million", heldout21's "a small decline from the 2,376,163
recorded"). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import orders as _orders


@pytest.mark.parametrize(
    ("text", "order"),
    [
        (
            "The port earned $139.2 million in the year, a steep fall from last year's $188.4 "
            "million.",
            ("$139.2 million", "<", ["$188.4 million"]),
        ),
        (
            "The port earned $139.2 million in the year, a steep fall from FY2031's unusual "
            "$188.4 million.",
            ("$139.2 million", "<", ["$188.4 million"]),
        ),
        (
            "Ticket sales reached $52 million, a modest rise from 2029's $48 million.",
            ("$52 million", ">", ["$48 million"]),
        ),
        (
            "Ticket sales reached $52 million, a sharp increase from the $41 million of 2029.",
            ("$52 million", ">", ["$41 million"]),
        ),
        (
            "Ticket sales reached $52 million, down from 2029-30's $58 million.",
            ("$52 million", "<", ["$58 million"]),
        ),
    ],
)
def test_a_sized_move_is_ordered(text: str, order: tuple[str, str, list[str]]) -> None:
    assert _orders(text) == [order]


def test_a_smaller_move_is_no_size() -> None:
    """ "a smaller decline from" compares two moves, not X with Y."""
    assert not _orders("Ticket sales reached $52 million, a smaller decline from $58 million.")


_SIZES = ["small", "slight", "modest", "steep", "sharp", "significant", "marked", "further"]
_UP = ["increase", "rise", "gain", "jump"]
_DOWN = ["decrease", "decline", "drop", "fall", "reduction"]


@settings(max_examples=40, deadline=None)
@given(
    size=st.sampled_from(_SIZES),
    noun=st.sampled_from(_UP + _DOWN),
    x=st.integers(min_value=2, max_value=999),
    y=st.integers(min_value=2, max_value=999),
)
def test_the_noun_gives_the_direction(size: str, noun: str, x: int, y: int) -> None:
    text = f"Ticket sales reached ${x} million, a {size} {noun} from ${y} million a year earlier."
    op = ">" if noun in _UP else "<"
    assert _orders(text) == [(f"${x} million", op, [f"${y} million"])]


def test_a_gap_before_the_move_is_no_level() -> None:
    """ "fell short of its A budget by X, a steep fall from Y": the fall is the level's, X the gap
    between the level and the budget (heldout20's words drafted X < Y, a wrong side)."""
    text = (
        "The port closed the year with $139.2 million in fees, short of its $143 million "
        "budget by $3.8 million, a steep fall from last year's $188.4 million."
    )
    assert ("$3.8 million", "<", ["$188.4 million"]) not in _orders(text)


@pytest.mark.parametrize(
    ("text", "order"),
    [
        (
            "The port saw 18 cruise ships in January, up from 12 a year earlier.",
            ("18", ">", ["12"]),
        ),
        (
            "The island received 562 stay visitors in April, down from 610 a year earlier.",
            ("562", "<", ["610"]),
        ),
        (
            "Over the ten months, a total of 1,204,118 visitors arrived on the island, a small "
            "decline from the 1,250,300 recorded a year before.",
            ("1,204,118", "<", ["1,250,300"]),
        ),
        (
            "Some 300 firms reported a loss in 2031, up from 250 in 2030.",
            ("some 300", ">", ["250"]),
        ),
    ],
)
def test_a_count_and_its_own_words_are_compared(
    text: str, order: tuple[str, str, list[str]]
) -> None:
    """A compound's plural head ("cruise ships") and, for a count opening its clause, its verb in
    the past and the words after it are the count's own words before the comparison
    (text/draftupfrom.past_compound)."""
    assert _orders(text) == [order]


def test_another_kind_of_count_is_no_base() -> None:
    assert not _orders("The port saw 18 cruise ships in January, up from 12 cargo ships in 2030.")


def test_a_count_after_a_percent_is_left_to_the_growth() -> None:
    """ "an 8% rise in calls: about 349 vessels came ..., up from 323 vessels": the three figures
    are a growth; an order of the two would leave it undrafted."""
    text = (
        "The port counted an 8% rise in calls in May on a year earlier: about 349 vessels came "
        "to the port in May 2031, up from 323 vessels in May 2030."
    )
    assert not _orders(text)


@pytest.mark.parametrize(
    ("text", "order"),
    [
        (
            "Some 1,200 visitors have arrived so far this year, up from 900 a year earlier.",
            ("some 1,200", ">", ["900"]),
        ),
        (
            "About 4,500 tonnes were exported in May, down from 5,100 tonnes a year earlier.",
            ("about 4,500 tonnes", "<", ["5,100 tonnes"]),
        ),
        (
            "$52 million was spent on roads in 2031, up from $48 million in 2030.",
            ("$52 million", ">", ["$48 million"]),
        ),
    ],
)
def test_a_subject_with_its_auxiliary_is_compared(
    text: str, order: tuple[str, str, list[str]]
) -> None:
    """A figure opening its clause, its verb with "was", "were", "has" or "have" before it, an
    amount as well as a count (text/draftupfrom._SUBJECT_VERB)."""
    assert _orders(text) == [order]


def test_a_verb_of_a_move_is_no_subject_verb() -> None:
    """ "4,500 tonnes fell in May, up from 5,100": the words disagree, nothing is drafted."""
    assert not _orders("4,500 tonnes fell in May, up from 5,100 tonnes a year earlier.")


@settings(max_examples=30, deadline=None)
@given(
    verb=st.sampled_from(["were sold", "have been sold", "were shipped", "changed hands"]),
    way=st.sampled_from(["up", "down"]),
    x=st.integers(min_value=2, max_value=999),
    y=st.integers(min_value=2, max_value=999),
)
def test_the_subject_verb_keeps_the_direction(verb: str, way: str, x: int, y: int) -> None:
    text = f"Some {x},400 cars {verb} in the port in May, {way} from {y},100 a year earlier."
    op = ">" if way == "up" else "<"
    assert _orders(text) == [(f"some {x},400", op, [f"{y},100"])]
