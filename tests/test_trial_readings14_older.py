"""Two false warnings of the thirteenth session's trials, read now (sentences and figures of our
own): a lower-case "k" glued to a count ("170k subscribers", a thousand), and a country's two
letters before an amount whose word after it names several crowns ("DK12,845 kr", the Danish
crown). Each was an unread number, so a coverage warning on a clean article."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.text.draft import draft


def _value(text: str) -> Fraction:
    stated = parse(text)
    assert stated.digits is not None
    return Fraction(stated.digits) * Fraction(10) ** stated.exponent


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9))
def test_a_k_glued_to_a_number_alone_is_a_thousand(whole: int, tenth: int) -> None:
    assert _value(f"{whole}k") == whole * 1000
    assert _value(f"{whole}.{tenth}k") == Fraction(f"{whole}.{tenth}") * 1000
    assert parse(f"{whole}k").unit is None


@pytest.mark.parametrize("text", ["170K", "4K", "170 k", "400m"])
def test_a_capital_k_a_spaced_k_or_an_m_alone_is_no_thousand(text: str) -> None:
    # "4K" is a name's, "170 k" is no glued scale, "400m" stays metres
    try:
        stated = parse(text)
    except GrammarError:
        return
    assert stated.exponent == 0


def test_a_count_in_thousands_by_k_is_drafted_and_covered() -> None:
    found = draft("The channel had 170k subscribers in March 2031, up from 120k a year earlier.")
    assert [c.value for c in found.claims if c.kind == "count"] == ["170k", "120k"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("DK12,845 kr", "DKK"),
        ("NO12,845 kr", "NOK"),
        ("SE1.5 million kr", "SEK"),
        ("IS12,845 kr.", "ISK"),
        ("DK12,845 kroner", "DKK"),
    ],
)
def test_a_country_and_a_word_of_several_crowns_name_one(text: str, code: str) -> None:
    stated = parse(text)
    assert stated.unit is not None and stated.unit.key == code
    assert stated.text == text


@pytest.mark.parametrize("text", ["US12,845 kr", "DK12,845 dollars", "DK12,845"])
def test_letters_that_name_none_of_the_word_s_currencies_read_nothing(text: str) -> None:
    # the near misses: a country none of the crowns is, a word of one currency, no word at all
    with pytest.raises(GrammarError):
        parse(text)


@given(st.sampled_from(["DK", "NO", "SE"]), st.integers(min_value=1, max_value=99_999))
def test_a_country_s_crown_reads_as_its_code_does(country: str, amount: int) -> None:
    printed = f"{amount:,}"
    assert parse(f"{country}{printed} kr").unit == parse(f"{country}K {printed}").unit
    assert _value(f"{country}{printed} kr") == amount


def test_the_country_s_crown_is_drafted_as_an_amount() -> None:
    found = draft("The average monthly rent in the capital reached DK12,845 kr in 2031.")
    assert [(c.value, c.kind) for c in found.claims] == [("DK12,845 kr", "amount")]
