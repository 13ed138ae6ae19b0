"""An amount of change with the two levels it moved between ("increased by D to X, up from Y",
"fell by D from Y to X", "added D jobs to reach X, from Y") and a fall's percent joined to its
amount by "or" ("slipped 3.1 percent, or D, to X"), drafted as ``change`` relations (fifteenth
session). Every sentence is written for these tests; each rule has a near miss that gets nothing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _drafted import relations


def changes(text: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(text) if kind == "change"]


def test_a_change_with_the_level_reached_and_the_level_before() -> None:
    text = (
        "Erewhon's total exports increased by 1.8 billion dollars to 6.412 billion dollars as at "
        "June 2031, up from the 4.610 billion dollars recorded in the same period last year."
    )
    assert changes(text) == [
        {
            "amount": "increased by 1.8 billion dollars",
            "current": "6.412 billion dollars",
            "base": "4.610 billion dollars",
        }
    ]


def test_a_fall_and_the_level_before_first() -> None:
    fall = "Imports fell by $41.3 million to $1,702.4 million from $1,743.7 million in 2030."
    assert changes(fall) == [
        {
            "amount": "fell by $41.3 million",
            "current": "$1,702.4 million",
            "base": "$1,743.7 million",
            "direction": "fall",
        }
    ]
    before = "Revenue rose by $1.4 billion from $9.8 billion in 2030 to $11.2 billion in 2031."
    assert changes(before) == [
        {"amount": "rose by $1.4 billion", "current": "$11.2 billion", "base": "$9.8 billion"}
    ]


def test_a_count_of_jobs_added() -> None:
    text = "Factories added 180,000 jobs to reach 9.3 million jobs, from 9.12 million jobs a year earlier."
    assert changes(text) == [
        {"amount": "180,000", "current": "9.3 million", "base": "9.12 million"}
    ]


def test_near_misses_get_no_change() -> None:
    # no level before: "rose by D to X" alone tests nothing
    assert changes("Exports rose by $1.8 billion to $6.4 billion in June 2031.") == []
    # a base of another span: June's level against the first half's
    other_span = (
        "Imports fell by $41.3 million to $1,702.4 million in June 2031, from $9,743.7 million in "
        "the first half of 2031."
    )
    assert changes(other_span) == []
    # a base of another thing: "from $4.6 billion of imports"
    other_thing = (
        "Exports increased by 1.8 billion dollars to 6.4 billion dollars, against 4.6 billion "
        "dollars in imports."
    )
    assert changes(other_thing) == []
    # a bound: "more than $1.8 billion" leaves the change open
    bound = "Exports rose by more than $1.8 billion to $6.4 billion, up from $4.6 billion in 2030."
    assert changes(bound) == []
    # no word of change before D: a level, not an amount of change
    level = "Exports were $1.8 billion, at $6.4 billion, from $4.6 billion."
    assert changes(level) == []


def test_a_fall_s_percent_governs_its_amount_joined_by_or() -> None:
    text = "Export earnings slipped 2.8 percent, or $14.2 billion, to $493.1 billion."
    assert changes(text) == [
        {
            "amount": "$14.2 billion",
            "current": "$493.1 billion",
            "percent": "slipped 2.8 percent",
            "direction": "fall",
        }
    ]
    # near miss: an amount with a word of its own ("up $14.2 billion") beside a fall's percent:
    # the signs disagree and are the editor's to settle
    mixed = "Export earnings slipped 2.8 percent, or up $14.2 billion, to $493.1 billion."
    assert changes(mixed) == []


@given(
    st.integers(min_value=1000, max_value=9000),
    st.integers(min_value=10, max_value=900),
    st.booleans(),
)
def test_any_change_between_two_levels(base: int, amount: int, rise: bool) -> None:
    current = base + amount if rise else base - amount
    verb = "rose" if rise else "fell"
    text = (
        f"Exports {verb} by ${amount} million to ${current} million from ${base} million in 2030."
    )
    expected = {
        "amount": f"{verb} by ${amount} million",
        "current": f"${current} million",
        "base": f"${base} million",
    }
    if not rise:
        expected["direction"] = "fall"
    assert changes(text) == [expected]


def test_a_base_years_before_or_another_basis_gets_no_change() -> None:
    # sentences of the review (review15): D is the last year's change, or the change is real
    years = (
        "Exports increased by $0.5 billion to $5.2 billion in 2030, up from $4.1 billion in 2025."
    )
    assert changes(years) == []
    real = "Exports increased by $0.5 billion to $5.2 billion in real terms, up from $4.1 billion."
    assert changes(real) == []
    # near miss: the year before keeps its change
    near = (
        "Exports increased by $1.1 billion to $5.2 billion in 2030, up from $4.1 billion in 2029."
    )
    assert changes(near) == [
        {"amount": "increased by $1.1 billion", "current": "$5.2 billion", "base": "$4.1 billion"}
    ]
