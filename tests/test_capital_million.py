"""A capital "M" glued to a number with no unit read after it ("raised 300M") is a million: the
metre's symbol is a small "m" ("a 400m race" stays a length), and "300MW" is another unit. The
sentences are written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import parse
from aktobe_facts.text.draft import draft


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9))
def test_a_glued_capital_m_is_a_million(whole: int, tenth: int) -> None:
    stated = parse(f"{whole}.{tenth}M")
    assert stated.unit is None
    assert stated.value == Fraction(whole * 10 + tenth, 10) * 10**6


def test_a_small_m_and_other_units_are_read_as_before() -> None:
    for text, key in (("400m", "meter"), ("400 m", "meter"), ("300MW", "megawatt")):
        unit = parse(text).unit
        assert unit is not None and unit.key == key
    stated = parse("45M tonnes")
    assert stated.unit is not None and stated.unit.key == "tonne"
    assert stated.value == 45 * 10**6


def test_a_funding_round_in_capital_m_is_drafted_as_a_count_of_millions() -> None:
    found = draft("LAGOS, June 2, 2031 - The start-up raised 300M in its latest round.")
    claim = next(c for c in found.claims if c.value == "300M")
    assert claim.kind == "count"
