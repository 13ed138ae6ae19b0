"""Approximate words that say a side: "almost", "nearly", "just under" put the true figure at or
below the one written, "just over" at or above it; "about", "some", "close to" either side. The
same holds for a factor in words in a multiple relation ("almost twice")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Finding, Outcome
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import parse
from aktobe_facts.reading.quantities import read
from aktobe_facts.relations.multiple import read_factor

BELOW = ["almost", "nearly", "just under", "just below", "slightly less than", "not quite"]
ABOVE = ["just over", "just above", "slightly more than", "a little over"]
BOTH = ["about", "some", "around", "close to", "near", "roughly"]


def multiple(base: str, value: str, factor: str) -> Finding:
    text = (
        f'[[claim]]\nid = "v"\nquote = "q"\nvalue = "{value} billion dollars"\n'
        f'[[claim]]\nid = "b"\nquote = "q"\nvalue = "{base} billion dollars"\n'
        '[[relation]]\nid = "r"\nkind = "multiple"\nvalue = "v"\nof = "b"\n'
        f'factor = "{factor}"\n'
    )
    (found,) = [f for f in check_document(loads(text)) if f.check == "multiple"]
    return found


@pytest.mark.parametrize(
    ("base", "value", "factor", "outcome"),
    [
        ("10.0", "18.4", "almost twice", Outcome.PASS),  # 1.84 times: short of twice
        ("10.0", "21.0", "almost twice", Outcome.FAIL),  # 2.1 times is more than twice
        ("10.0", "21.0", "nearly doubled", Outcome.FAIL),
        ("10.0", "19.0", "just over twice", Outcome.FAIL),  # 1.9 times is less than twice
        ("10.0", "21.0", "just over twice", Outcome.PASS),
        ("10.0", "21.0", "about twice", Outcome.PASS),  # "about" stays on both sides
        ("10.0", "21.0", "close to twice", Outcome.PASS),
    ],
)
def test_a_side_word_before_a_factor_in_words(
    base: str, value: str, factor: str, outcome: Outcome
) -> None:
    assert multiple(base, value, factor).outcome is outcome


def test_plain_values_take_the_side() -> None:
    billion = 10**9
    assert read(parse("almost 2 billion")).require().hi == 2 * billion
    assert read(parse("almost 2 billion")).require().lo == Fraction(14, 10) * billion
    assert read(parse("just over 2 billion")).require().lo == 2 * billion
    assert read(parse("about 2 billion")).require().hi == Fraction(26, 10) * billion
    # a fall of almost 9 percent is at most 9 in size
    assert read(parse("fell almost 9 percent")).require().lo == -9


def test_a_pass_within_the_words_tolerance_says_so_not_rounding() -> None:
    found = multiple("5.1", "10.4", "doubled")  # 2.04 times as printed
    assert found.outcome is Outcome.PASS
    assert not found.rounding_only
    (note,) = found.notes
    assert "tolerance of the factor in words" in note and "rounding" not in note
    # a figure the rounding alone brings in: still a rounding-only pass
    rounded = multiple("10", "20.9", "2.0 times")
    assert rounded.outcome is Outcome.PASS and rounded.rounding_only
    assert "thanks to rounding" in rounded.notes[0]


@pytest.mark.parametrize("factor", ["more than twice", "more than 2.0 times", "at least twice"])
def test_a_pass_inside_a_bound_says_so_not_rounding(factor: str) -> None:
    found = multiple("5.1", "10.4", factor)  # 2.04 times as printed: more than twice
    assert found.outcome is Outcome.PASS
    assert not found.rounding_only
    (note,) = found.notes
    assert "within the bound" in note and "rounding" not in note
    # 1.99 times as printed: inside the bound only with the figures' rounding
    rounded = multiple("10.0", "19.9", factor)
    assert rounded.outcome is Outcome.PASS and rounded.rounding_only
    assert "the bound" in rounded.notes[0] and "rounding of the figures" in rounded.notes[0]


def test_a_claim_written_as_a_bound_is_no_rounding_only_pass() -> None:
    text = (
        '[[claim]]\nid = "t"\nquote = "q"\nvalue = "more than 1,100"\n'
        '[[claim]]\nid = "p"\nquote = "q"\nvalue = "1,240"\n'
        '[[relation]]\nid = "r"\nkind = "equal"\nclaims = ["t", "p"]\n'
    )
    (found,) = [f for f in check_document(loads(text)) if f.check == "equal"]
    assert found.outcome is Outcome.PASS and not found.rounding_only
    assert "within the bound ('more than 1,100'" in found.notes[0]


@given(
    st.integers(-(10**6), 10**6).filter(bool),
    st.integers(0, 3),
    st.sampled_from(BELOW + ABOVE + BOTH),
    st.integers(0, 30),
)
def test_the_interval_contains_the_stated_value_on_the_words_side(
    whole: int, decimals: int, word: str, percent: int
) -> None:
    digits = f"{whole / 10**decimals:.{decimals}f}"
    stated = parse(f"{word} {digits} percent")
    interval = read(stated, approx=Fraction(percent, 100)).require()
    v = stated.value
    assert interval.contains(v)
    assert interval.lo is not None and interval.hi is not None
    size_lo, size_hi = (interval.lo, interval.hi) if v > 0 else (-interval.hi, -interval.lo)
    if word in BELOW:
        assert size_hi == abs(v)
    elif word in ABOVE:
        assert size_lo == abs(v)
    else:
        assert size_lo < abs(v) < size_hi


@given(
    st.sampled_from(
        [("twice", 2), ("tripled", 3), ("halved", Fraction(1, 2)), ("a third", Fraction(1, 3))]
    ),
    st.sampled_from(BELOW + ABOVE + BOTH),
    st.integers(0, 30),
)
def test_a_factor_in_words_contains_its_value_on_the_words_side(
    case: tuple[str, Fraction | int], word: str, percent: int
) -> None:
    words, value = case
    interval = read_factor(f"{word} {words}", Fraction(percent, 100)).interval
    assert interval.lo is not None and interval.hi is not None
    assert interval.lo <= value <= interval.hi
    assert (interval.hi == value) == (word in BELOW or (percent == 0))
    assert (interval.lo == value) == (word in ABOVE or (percent == 0))


@given(st.integers(1, 10**6), st.integers(0, 3), st.sampled_from(["", "$", "TND"]))
def test_near_before_a_figure_is_close_to_on_both_sides(
    whole: int, decimals: int, sign: str
) -> None:
    # "after it was near TND8628 million": "near" is "close to", either side of the figure
    digits = f"{whole / 10**decimals:.{decimals}f}"
    near = read(parse(f"near {sign}{digits} million")).require()
    close = read(parse(f"close to {sign}{digits} million")).require()
    assert near == close
    assert near.lo is not None and near.hi is not None
    assert near.lo < parse(f"{sign}{digits} million").value < near.hi


def test_the_draft_keeps_near_as_the_figures_qualifier() -> None:
    from aktobe_facts.text.draft import draft

    text = "The deficit was around TND9946.5 million, after it was near TND8628 million in 2017."
    values = [c.value for c in draft(text).claims]
    assert "near TND8628 million" in values
