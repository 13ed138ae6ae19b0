"""The ranks check: a rank and the places named before it."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.checks.ranks import ordinal
from aktobe_facts.findings import Outcome, Severity
from conftest import findings_of


def rank(value: str, after: list[str] | None) -> str:
    names = f"after = {json.dumps(after)}" if after is not None else ""
    return f"""
        [[claim]]
        id = "city_rank"
        quote = "the {value} largest city"
        value = "{value}"
        kind = "rank"
        {names}
    """


CITIES = ["Almaty", "Nur-Sultan", "Shymkent", "Karaganda"]


def test_fifth_after_four_passes() -> None:
    (f,) = findings_of(rank("fifth", CITIES), "ranks")
    assert f.outcome is Outcome.PASS and f.severity is Severity.INFO
    assert f.claims == ("city_rank",) and "4 place(s)" in f.message


def test_fifth_after_three_fails_with_the_ordinal_that_fits() -> None:
    (f,) = findings_of(rank("fifth", CITIES[:3]), "ranks")
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR
    assert "needs 4 places named before it" in f.message
    assert "'after' names 3" in f.message and '"fourth"' in f.message
    assert f.suggestion is not None and f.suggestion.startswith('"fourth"')


def test_digit_ordinal_and_too_many_names() -> None:
    (f,) = findings_of(rank("3rd", CITIES), "ranks")
    assert f.outcome is Outcome.FAIL and "needs 2 places" in f.message
    assert f.nearest == "fifth"


def test_repeated_names_warn_and_count_once() -> None:
    found = findings_of(rank("fifth", [*CITIES, "almaty "]), "ranks")
    warning = next(f for f in found if f.severity is Severity.WARNING)
    assert warning.outcome is Outcome.FAIL and "'almaty '" in warning.message
    assert [f.outcome for f in found if f is not warning] == [Outcome.PASS]


def test_no_after_no_finding() -> None:
    text = rank("second", None).replace('"city_rank"', '"region_rank"') + rank("fifth", CITIES)
    (f,) = findings_of(text, "ranks")
    assert f.claims == ("city_rank",)


def test_ordinal_words() -> None:
    assert [ordinal(n) for n in (1, 2, 5, 20, 21, 22, 23, 111, 112)] == [
        "first",
        "second",
        "fifth",
        "twentieth",
        "21st",
        "22nd",
        "23rd",
        "111th",
        "112th",
    ]


@given(st.integers(1, 20), st.integers(1, 20))
def test_rank_passes_exactly_when_the_list_has_rank_minus_one(place: int, count: int) -> None:
    names = [f"City {i}" for i in range(count)]
    (f,) = findings_of(rank(ordinal(place), names), "ranks")
    assert (f.outcome is Outcome.PASS) == (count == place - 1)
