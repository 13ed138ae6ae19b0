"""Rows ranked by an ordinal in digits, one a line ("1st A: X", "2nd B: Y" on the next line):
X >= Y (text/draftordinalrows). Twenty-eighth session, within28 (heldout23's table of overnight
stays by country of origin). The lines are written for these tests."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import ranked

_TABLE = (
    "Harbour calls rose again in the year.\n\n"
    "Cargo handled by port of origin:\n"
    "1st Rotterdam: 41,200 tonnes\n"
    "2nd Antwerp: 30,150 tonnes\n"
    "3rd Hamburg: 12,900 tonnes\n"
)


def test_each_place_is_not_below_the_next() -> None:
    assert ranked(_TABLE) == [
        ("41,200 tonnes", ["30,150 tonnes"]),
        ("30,150 tonnes", ["12,900 tonnes"]),
    ]


def test_a_colon_dash_or_bullet_marks_the_row() -> None:
    text = "Visitors by country:\n- 1st Peru – 5,400\n- 2nd Chile – 3,100\n"
    assert ranked(text) == [("5,400", ["3,100"])]


def test_places_that_skip_are_no_pair() -> None:
    """ "1st" then "3rd": a place between them is left out, and the list may be cut."""
    text = "Cargo by port:\n1st Rotterdam: 41,200 tonnes\n3rd Hamburg: 12,900 tonnes\n"
    assert ranked(text) == []


def test_rows_apart_are_no_pair() -> None:
    """A line between two rows ends the list."""
    text = (
        "Cargo by port:\n1st Rotterdam: 41,200 tonnes\nOther ports were smaller.\n"
        "2nd Antwerp: 30,150 tonnes\n"
    )
    assert ranked(text) == []


def test_a_list_from_the_bottom_is_left() -> None:
    text = "The lowest fares by city:\n1st Lima: $120\n2nd Quito: $150\n"
    assert ranked(text) == []


def test_a_list_ranked_by_a_change_of_levels_is_left() -> None:
    """ "Largest increases" ranks by the change: the levels shown may stand in any order."""
    text = "Largest increases by market:\n1st Peru: 54,000 visitors\n2nd Chile: 61,000 visitors\n"
    assert ranked(text) == []


def test_an_ordinal_of_a_date_is_no_place() -> None:
    """ "1st May: 3,100" and "2nd May: 2,900" are days, no places; a wrong suffix is no
    place either."""
    assert ranked("Arrivals by day:\n1st of May: 3,100\n2nd of May: 2,900\n") == []
    assert (
        ranked("Cargo by port:\n1th Rotterdam: 41,200 tonnes\n2th Antwerp: 30,150 tonnes\n") == []
    )


def test_figures_of_other_units_are_no_pair() -> None:
    text = "Top earners:\n1st Rotterdam: $41 million\n2nd Antwerp: 30,150 tonnes\n"
    assert ranked(text) == []


_NAMES = ["Lima", "Quito", "La Paz", "Santiago", "Bogota", "Caracas"]


@settings(max_examples=25, deadline=None)
@given(
    counts=st.lists(st.integers(1_000, 99_000), min_size=2, max_size=5),
    mark=st.sampled_from([": ", " – ", " - ", "\t"]),
)
def test_every_next_place_is_ranked(counts: list[int], mark: str) -> None:
    """Whatever the figures, each row is ranked above the next one (the check, not the draft,
    says whether they agree)."""
    suffixes = ["st", "nd", "rd", "th", "th"]
    rows = [
        f"{n}{suffixes[n - 1]} {_NAMES[n - 1]}{mark}{c:,} visitors" for n, c in enumerate(counts, 1)
    ]
    text = "Visitors by city:\n" + "\n".join(rows) + "\n"
    shown = [f"{c:,}" for c in counts]
    assert ranked(text) == [(a, [b]) for a, b in pairwise(shown)]
