"""The currencies beyond the region's own: each word and sign reads as its currency with the exact
value, a bare word that could name two currencies (or is an English word) is no currency, and
every one has a row of built-in magnitudes (issue 12)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.findings import Outcome
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.magnitudes import ROWS
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.reading.units import lookup_unit
from aktobe_facts.text.phrases import scan
from conftest import findings_of

WORDS: dict[str, tuple[str, ...]] = {
    "AMD": ("dram", "drams", "Armenian drams", "AMD", "֏"),
    "MNT": ("tugrik", "tugriks", "tögrög", "togrog", "MNT", "₮"),
    "TJS": ("somoni", "TJS"),
    "TMT": ("Turkmen manat", "Turkmen manats", "TMT"),
    "BYN": ("Belarusian rubles", "Belarusian roubles", "BYN"),
    "PLN": ("zloty", "zlotys", "złoty", "PLN", "zł"),
    "CZK": ("koruna", "korunas", "CZK", "Kč"),
    "HUF": ("forint", "forints", "HUF"),
    "RON": ("leu", "lei", "Romanian lei", "RON"),
    "MDL": ("Moldovan leu", "Moldovan lei", "MDL"),
    "SEK": ("kronor", "Swedish krona", "SEK"),
    "NOK": ("Norwegian krone", "Norwegian kroner", "NOK"),
    "DKK": ("Danish krone", "Danish kroner", "DKK"),
    "KRW": ("South Korean won", "Korean won", "KRW", "₩"),
    "BRL": ("reais", "Brazilian real", "BRL", "R$"),
    "MXN": ("Mexican peso", "Mexican pesos", "MXN"),
    "ZAR": ("rand", "rands", "ZAR"),
    "AED": ("dirham", "dirhams", "AED"),
    "SAR": ("riyal", "riyals", "SAR"),
    "ILS": ("shekel", "shekels", "ILS", "NIS", "₪"),
    "EGP": ("Egyptian pound", "Egyptian pounds", "EGP"),
    "PKR": ("Pakistani rupees", "PKR"),
    "IDR": ("rupiah", "IDR"),
    "MYR": ("ringgit", "MYR"),
    "THB": ("baht", "THB", "฿"),
    "VND": ("Vietnamese dong", "VND", "₫"),
    "PHP": ("Philippine pesos", "PHP", "₱"),
    # the old table's currencies with their country's word ("Azerbaijani manats")
    "AZN": ("Azerbaijani manats",),
    "RUB": ("Russian rubles",),
    "UAH": ("Ukrainian hryvnias",),
    "UZS": ("Uzbek soums",),
    "KGS": ("Kyrgyz soms",),
    "GEL": ("Georgian lari",),
    "CNY": ("Chinese yuan",),
    "JPY": ("Japanese yen",),
    "INR": ("Indian rupees",),
}
PREFIXES = {
    "֏": "AMD", "₮": "MNT", "₩": "KRW", "R$": "BRL", "₪": "ILS", "NIS": "ILS", "฿": "THB",
    "₫": "VND", "₱": "PHP", "PLN": "PLN", "HUF": "HUF", "ZAR": "ZAR",
}  # fmt: skip
PAIRS = [(code, word) for code, words in WORDS.items() for word in words]
SCALES = {"": 0, " thousand": 3, " million": 6, " billion": 9, " trillion": 12}


@given(
    st.sampled_from(PAIRS),
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(sorted(SCALES)),
)
def test_every_new_word_reads_as_its_currency_with_the_exact_value(
    pair: tuple[str, str], whole: int, cents: int, scale: str
) -> None:
    code, word = pair
    stated = parse(f"{whole:,}.{cents:02d}{scale} {word}")
    assert stated.unit is not None and stated.unit.key == code and stated.unit.is_currency
    assert stated.value == Fraction(whole * 100 + cents, 100) * 10 ** SCALES[scale]


@given(st.sampled_from(sorted(PREFIXES)), st.integers(min_value=1, max_value=10**6))
def test_a_sign_before_the_number_names_its_currency(sign: str, amount: int) -> None:
    stated = parse(f"{sign}{amount:,} million")
    assert stated.unit is not None and stated.unit.key == PREFIXES[sign]
    assert stated.value == amount * 10**6


@pytest.mark.parametrize(
    "word", ["real", "reals", "won", "dong", "peso", "pesos", "krone", "kroner", "krona", "Kronen"]
)
def test_a_bare_word_of_two_currencies_or_of_english_is_no_currency(word: str) -> None:
    assert lookup_unit(word) is None
    # a word of several currencies names them and the fix ("pesos": ARS, CLP, ...)
    with pytest.raises(GrammarError, match=r"unknown unit|several currencies"):
        parse(f"5 billion {word}")


@pytest.mark.parametrize(
    ("word", "code"), [("manat", "AZN"), ("pounds", "GBP"), ("rupees", "INR"), ("$", "USD")]
)
def test_the_words_of_the_old_table_keep_their_currency(word: str, code: str) -> None:
    unit = lookup_unit(word)
    assert unit is not None and unit.key == code


def test_won_as_a_verb_in_running_text_is_no_amount() -> None:
    phrases = scan("Of the 12 parties, 7 won seats in 2021.").phrases
    assert [p.value for p in phrases if p.stated.unit is None] == ["12", "7"]
    (amount,) = scan("It costs 3 trillion Korean won.").phrases
    assert amount.stated.unit is not None and amount.stated.unit.key == "KRW"


def test_every_new_currency_has_a_sourced_row() -> None:
    for code in WORDS:
        row = ROWS[code]
        assert "Bank" in row.source and row.rate(2025) is not None, code


@pytest.mark.parametrize(
    ("dollars", "outcome"), [("$956 million", Outcome.PASS), ("$956,000", Outcome.FAIL)]
)
def test_a_dram_amount_slipped_by_a_thousand_is_caught(dollars: str, outcome: Outcome) -> None:
    drams = "347.4 billion drams"  # 363 drams per US$ in 2009
    claim = (
        f'[[claim]]\nid = "a"\nquote = "q"\nvalue = "{drams}"\n'
        f'counterpart = "{dollars}"\nperiod = "2009"\n'
    )
    (found,) = findings_of(claim, "rate-magnitudes")
    assert found.outcome is outcome


def _lei_claim(currencies: str, lei: str, dollars: str) -> str:
    return (
        f"[settings]\ncurrencies = {{ {currencies} }}\n\n"
        f'[[claim]]\nid = "deficit"\nquote = "q"\nvalue = "{lei}"\n'
        f'counterpart = "{dollars}"\nperiod = "2022"\n'
    )


@pytest.mark.parametrize(
    ("currencies", "code"), [('"lei" = "MDL"', "MDL"), ('"lei" = "RON"', "RON")]
)
def test_lei_is_the_leu_the_file_names(currencies: str, code: str) -> None:
    # 8.699 billion lei ($450.7 million) is 19.3 lei per US$: Moldova's 2022 rate (18.9 on
    # average), four times Romania's (4.69): both within the table's factor of 30
    text = _lei_claim(currencies, "8.699 billion lei", "$450.7 million")
    (found,) = findings_of(text, "rate-magnitudes")
    assert found.outcome is Outcome.PASS and f"{code} per USD" in found.message


def test_a_moldovan_lei_amount_slipped_by_a_thousand_is_caught() -> None:
    claim = _lei_claim('"lei" = "MDL"', "8.699 billion lei", "$450,700")
    (found,) = findings_of(claim, "rate-magnitudes")
    assert found.outcome is Outcome.FAIL and "by a factor of a thousand" in found.message
