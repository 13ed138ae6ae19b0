"""A factor in words ("doubled", "twice", "tripled", "halved", "a third") in a multiple relation
is approximate: news writes "doubled" for about twice, of figures it prints rounded."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Outcome
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.relations.multiple import read_factor


def verdict(base: str, value: str, factor: str, settings: str = "") -> Outcome:
    text = (
        settings
        + f'[[claim]]\nid = "v"\nquote = "q"\nvalue = "{value} billion dollars"\n'
        + f'[[claim]]\nid = "b"\nquote = "q"\nvalue = "{base} billion dollars"\n'
        + '[[relation]]\nid = "r"\nkind = "multiple"\nvalue = "v"\nof = "b"\n'
        + f'factor = "{factor}"\n'
    )
    (found,) = [f for f in check_document(loads(text)) if f.check == "multiple"]
    return found.outcome


@pytest.mark.parametrize(
    ("base", "value", "factor", "outcome"),
    [
        # each failed when the word was an exact factor: the rounding of the two figures alone
        # does not reach it (10.4 / 5.1 is at least 2.0097)
        ("5.1", "10.4", "doubled", Outcome.PASS),
        ("3.6", "7.5", "doubled", Outcome.PASS),
        ("4.2", "13.1", "tripled", Outcome.PASS),
        ("8.4", "4.3", "halved", Outcome.PASS),
        ("12.0", "3.9", "a third", Outcome.PASS),
        # "doubled" for 2.2 or 1.85 times is still wrong
        ("10.0", "22.0", "doubled", Outcome.FAIL),
        ("10.0", "18.5", "doubled", Outcome.FAIL),
        ("4.1", "11.4", "twice", Outcome.FAIL),
        # "more than twice" is a bound as written
        ("5.1", "9.9", "more than twice", Outcome.FAIL),
    ],
)
def test_a_factor_in_words_is_about_that_factor(
    base: str, value: str, factor: str, outcome: Outcome
) -> None:
    assert verdict(base, value, factor) is outcome


def test_the_files_tolerance_sets_how_far() -> None:
    assert verdict("10.0", "22.0", "doubled", '[settings]\napprox = "10 percent"\n') is Outcome.PASS
    assert verdict("5.1", "10.4", "doubled", '[settings]\napprox = "0 percent"\n') is Outcome.FAIL


@given(
    st.sampled_from(
        [
            ("twice", 2),
            ("doubled", 2),
            ("tripled", 3),
            ("halved", Fraction(1, 2)),
            ("three times", 3),
            ("a quarter", Fraction(1, 4)),
            ("two thirds", Fraction(2, 3)),
        ]
    ),
    st.integers(0, 30),
    st.sampled_from(["", "about "]),
)
def test_a_factor_in_words_holds_its_value_within_the_tolerance(
    case: tuple[str, Fraction | int], percent: int, about: str
) -> None:
    words, value = case
    found = read_factor(about + words, Fraction(percent, 100)).interval
    widen = Fraction(percent, 100) * (2 if about else 1)
    assert found.lo == value * (1 - widen) and found.hi == value * (1 + widen)
    assert found.lo <= value <= found.hi
