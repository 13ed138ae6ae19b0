"""Figures fresh articles printed that the grammar misread (thirteenth session's new-user
trials): a range with a currency sign and a scale letter ("£5-8m"), a dollar's letters after its
"$" ("$AUD202 million"), and a counted noun after "per" that ran on into the words after it ("per
carat in 2018"). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import parse
from aktobe_facts.text.draft import draft
from aktobe_facts.text.phrases import scan

LETTERS = {"k": 3, "m": 6, "bn": 9}


@given(
    st.sampled_from(["£", "€", "$", "US$"]),
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=1, max_value=99),
    st.sampled_from(sorted(LETTERS)),
)
def test_a_signed_range_with_a_scale_letter_reads_as_money(
    sign: str, low: int, extra: int, letter: str
) -> None:
    written = f"{sign}{low}-{low + extra}{letter}"
    stated = parse(written)
    assert stated.unit is not None and stated.unit.is_currency
    assert stated.is_range and stated.exponent == LETTERS[letter]
    (phrase,) = scan(f"Tax receipts are some {written} below the budget.").phrases
    assert phrase.value == f"some {written}" and phrase.stated.is_range


def test_a_range_with_no_sign_keeps_m_as_metres() -> None:
    """The near miss: with no currency sign before it, "5-8m" is metres, as "8m" alone is."""
    stated = parse("5-8m")
    assert stated.unit is not None and stated.unit.key == "meter"


@pytest.mark.parametrize(
    ("sign", "code"),
    [("$AUD", "AUD"), ("$NZD", "NZD"), ("$US", "USD"), ("$NZ", "NZD"), ("$FJD", "FJD")],
)
def test_a_dollars_letters_after_its_sign_name_it(sign: str, code: str) -> None:
    stated = parse(f"{sign}202 million")
    assert stated.unit is not None and stated.unit.key == code
    assert stated.value == 202 * 10**6
    (phrase,) = scan(f"The ministry earned {sign}202 million from licences.").phrases
    assert phrase.stated.unit is not None and phrase.stated.unit.key == code


def test_a_bare_dollar_sign_stays_us_dollars() -> None:
    stated = parse("$202 million")
    assert stated.unit is not None and stated.unit.key == "USD"


def test_a_counted_noun_after_per_ends_before_a_preposition() -> None:
    text = (
        "CAPITAL, March 2031\n\nThe mine sold gems at an average of US$120.5 per carat, against "
        "US$150.2 per carat in 2030, a 19.8% drop in price."
    )
    found = draft(text)
    values = sorted(c.value for c in found.claims if c.value and "per" in c.value)
    assert values == ["US$120.5 per carat", "US$150.2 per carat"]
    (growth,) = [r for r in found.relations if r.kind == "growth"]
    assert {growth.fields["current"], growth.fields["base"]} == {
        c.id for c in found.claims if c.value in values
    }


@pytest.mark.parametrize("noun", ["job created", "project financed", "household"])
def test_a_counted_noun_of_several_words_still_reads(noun: str) -> None:
    stated = parse(f"US$1,200 per {noun}")
    assert stated.per is not None and stated.per.key == noun
    assert stated.value == Fraction(1200)


@given(
    st.integers(min_value=0, max_value=99_999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from(["per cent", "million dollar"]),
)
def test_a_decimal_point_said_as_a_word_is_one_number(whole: int, tenth: int, unit: str) -> None:
    """Broadcasters' scripts print "12 point 5 per cent" and "1,203 point 8 million dollar":
    one number with its decimals, where the scanner read 12 points and 5 percent."""
    written = f"{whole:,} point {tenth} {unit}"
    stated = parse(written)
    scale = 10**6 if "million" in unit else 1
    assert stated.value == Fraction(whole * 10 + tenth, 10) * scale
    (phrase,) = scan(f"The total was {written} in May.").phrases
    assert phrase.value == written


def test_points_after_a_number_stay_points() -> None:
    """The near miss: "12 points" and "5 point" with no digits after them are no decimals."""
    points = parse("12 points").unit
    assert points is not None and points.key == "percentage_point"
    (phrase,) = scan("The index rose 12 points in May.").phrases
    assert phrase.stated.value == 12
