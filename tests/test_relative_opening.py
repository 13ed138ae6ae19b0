"""A sentence that opens on a time told as a distance from the period named before ("A year
later,", "Two years later,", "A quarter later,") names another period: its figures are never
joined with the earlier period's (:mod:`aktobe_facts.text.relativeopening`, read by
:mod:`aktobe_facts.text.periodcontext`). Flows after "A year later," were tied to the year
before's balance, a false difference (left by change18). Sentences are written for these tests
around figures of an invented country."""

from __future__ import annotations

import pytest

from _drafted import relations
from aktobe_facts.text.relativeopening import moved, opening_shift
from aktobe_facts.text.roletime import Time

BALANCE = (
    "difference",
    {"result": "$1.7 billion", "minuend": "$5.6 billion", "subtrahend": "$3.9 billion"},
)


@pytest.mark.parametrize(
    "text",
    [
        "In 2029, the country recorded a trade surplus of $1.9 billion. A year later, exports came "
        "to $5.6 billion and imports $3.9 billion.",
        "In 2029, the trade surplus was $1.9 billion. Two years later, exports came to $5.6 "
        "billion and imports $3.9 billion.",
        "In 2029, exports reached $5.0 billion and imports $3.1 billion. A year later, the trade "
        "surplus was $1.7 billion.",
        "In the first quarter of 2029, the trade surplus was $1.9 billion. A quarter later, "
        "exports came to $5.6 billion and imports $3.9 billion.",
        "In 2029, the trade surplus was $1.9 billion. A few weeks later, exports came to $5.6 "
        "billion and imports $3.9 billion.",
    ],
)
def test_figures_after_a_relative_opening_join_no_earlier_period_s(text: str) -> None:
    assert [r for r in relations(text) if r[0] == "difference"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (  # near miss: the later sentence's own balance
            "In 2029, the trade surplus was $1.9 billion. A year later, exports came to $5.6 "
            "billion and imports $3.9 billion, leaving a surplus of $1.7 billion.",
            [BALANCE],
        ),
        (  # the moved period (2030) is the one the balance names
            "In 2029, exports reached $5.0 billion. A year later, exports came to $5.6 billion and "
            "imports $3.9 billion. The trade surplus in 2030 was $1.7 billion.",
            [BALANCE],
        ),
        (  # near miss: a month after 2029 is no year 2030
            "In 2029, exports reached $5.0 billion. A month later, exports came to $5.6 billion and "
            "imports $3.9 billion. The trade surplus in 2030 was $1.7 billion.",
            [],
        ),
    ],
)
def test_a_balance_of_the_later_period_itself(text: str, found: list[object]) -> None:
    assert [r for r in relations(text) if r[0] == "difference"] == found


@pytest.mark.parametrize(
    ("words", "shift"),
    [
        ("A year later, exports", 12),
        ("Two years earlier, exports", -24),
        ("The following year, exports", 12),
        ("In the previous quarter, exports", -3),
        ("A week later, exports", 0),
        ("A few years later, exports", 0),
        ("A yearly rise", None),
        ("Exports a year later", None),
    ],
)
def test_opening_shift(words: str, shift: int | None) -> None:
    assert opening_shift(words, 0) == shift


def test_moved_periods() -> None:
    assert moved(Time("2029", (1, 12)), 12, 1) == Time("2030", (1, 12))
    assert moved(Time("2029", (1, 3)), 3, 1) == Time("2029", (4, 6))
    assert moved(Time("2029", (12, 12)), 1, 1) == Time("2030", (1, 1))
    assert moved(Time("2029", (11, 12)), 1, 1).relative == "moved 1"  # across two years
    assert moved(Time(None, (3, 3)), 1, 4).relative == "moved 4"  # no year to move
    assert moved(Time(None, None, "last"), 12, 2).relative == "moved 2"
