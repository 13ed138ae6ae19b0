"""Every currency some territory uses today (the CLDR's, reading.cldrnames) is read by its English
names, by its code, by the last word of its name when that word names it alone, and by its signs
as reading.units decides; a last word of several currencies ("dinars") only through ``[settings]
currencies``, which a draft writes from the country the article names."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.claims.loader import loads
from aktobe_facts.reading.cldrnames import NAMES
from aktobe_facts.reading.cldrtable import CURRENCIES, SHARED_WORDS, TABLE_NAMES
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.reading.units import (
    CLDR_PREFIXES,
    SHARED,
    SHARED_SIGNS,
    cldr_currencies,
    lookup_unit,
)
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render
from aktobe_facts.text.phrases import scan

CODES = sorted(NAMES)
ENGLISH_WORD_CODES = {"ALL", "BAM", "BOB", "CUP", "MAD", "MOP", "PEN", "SOS", "TOP"}


def code_of(written: str) -> str | None:
    unit = parse(written).unit
    return None if unit is None else unit.key


@given(st.sampled_from(CODES), st.integers(min_value=1, max_value=10**6), st.booleans())
def test_every_currency_reads_by_its_english_names(code: str, amount: int, several: bool) -> None:
    name = NAMES[code][several]
    if name.lower() in SHARED:  # a name of one word that several currencies share
        return
    stated = parse(f"{amount} million {name}")
    assert stated.unit is not None and stated.unit.key == code
    assert stated.value == amount * 10**6


@given(st.sampled_from(CODES), st.integers(min_value=1, max_value=10**6))
def test_every_code_reads_after_a_number_and_before_one_unless_it_is_a_word(
    code: str, amount: int
) -> None:
    assert code_of(f"{amount} billion {code}") == code
    (phrase,) = scan(f"Receipts came to {code} {amount} billion in May.").phrases
    unit = phrase.stated.unit
    if code in ENGLISH_WORD_CODES:  # "TOP 10", "ALL 5": the number alone
        assert unit is None or unit.key != code
    else:
        assert unit is not None and unit.key == code


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("5 billion cedis", "GHS"),
        ("GH¢28.153 billion", "GHS"),  # the press's cent sign
        ("GH₵28.153 billion", "GHS"),  # the CLDR's
        ("GHS 28.153 billion", "GHS"),
        ("12 billion birr", "ETB"),
        ("3.5 trillion kwanzas", "AOA"),
        ("900 million Zambian kwacha", "ZMW"),
        ("₡450 billion", "CRC"),  # a symbol of one character
        ("NT$5 billion", "TWD"),
        ("TT$63.04bn", "TTD"),  # the press's sign, not the CLDR's
        ("GY$359.34 billion", "GYD"),
        ("CI$260 million", "KYD"),  # the Cayman press's sign (the CLDR's is "$")
        ("NLe23.5 billion", "SLE"),  # the new leone's (the CLDR's is "Le")
        ("N$3.9 billion", "NAD"),  # the Namibian press's (the CLDR's is "$")
        ("Bt678.62 billion", "THB"),  # the Thai press's (the CLDR's is "฿")
        ("us$1.135 billion", "USD"),  # the dollar's sign typed in lower case
        ("S$26.8 billion", "SGD"),  # the wires' and Singapore's press's (the CLDR's is "$")
        ("ST$949.5 million", "WST"),  # Samoa's press's (the CLDR's is "WS$")
        ("DKr32.1bn", "DKK"),  # the business press's Nordic crowns (the CLDR's "kr." names several)
        ("Dkr3.6bn", "DKK"),
        ("DKR500 million", "DKK"),
        ("SKr2.4bn", "SEK"),
        ("NKr 8.1 billion", "NOK"),
        ("DIN 238.7 bln", "RSD"),  # Serbia's business press's dinar (the CLDR's is "din.")
        ("DIN3bn", "RSD"),
        ("FBu 300 billion", "BIF"),  # three letters, not a word
        ("40 billion Algerian dinars", "DZD"),
        ("8.9 billion Norwegian crowns", "NOK"),  # the wires' English for krone, krona, koruna
        ("3 billion Swedish crowns", "SEK"),
        ("12 billion Czech crowns", "CZK"),
    ],
)
def test_examples_read(written: str, code: str) -> None:
    assert code_of(written) == code


@pytest.mark.parametrize(
    "word", ["gold", "mark", "marks", "real", "sol", "won", "afghani", "afghanis", "den"]
)
def test_words_of_english_are_no_currency(word: str) -> None:
    # "won 5 gold", "the 100 billion mark", "5 Afghanis": the bare word is never read
    assert lookup_unit(word) is None
    (phrase,) = scan(f"Sales crossed the 100 billion {word} in May.").phrases
    assert phrase.stated.unit is None


@pytest.mark.parametrize(
    ("sign", "code"), [("KM", "BAM"), ("DA", "DZD"), ("Tk", "BDT"), ("K", "ZMW"), ("FCFA", "XOF")]
)
def test_a_sign_of_two_capitals_or_of_several_reads_only_through_settings(
    sign: str, code: str
) -> None:
    assert sign in SHARED_SIGNS and sign not in CLDR_PREFIXES
    with pytest.raises(GrammarError, match=r"\[settings\] currencies"):
        parse(f"{sign}5 billion")
    assert code_of_alias(f"{sign}5 billion", {sign.lower(): code}) == code
    # in running text, "at KM 12" of a road stays a number
    (phrase,) = scan("The bridge at KM 12 was rebuilt.").phrases
    assert phrase.stated.unit is None


def code_of_alias(written: str, aliases: dict[str, str]) -> str | None:
    unit = parse(written, aliases=aliases).unit
    return None if unit is None else unit.key


@pytest.mark.parametrize("word", ["dinars", "francs", "rials", "kwachas", "pesos", "crowns"])
def test_a_last_word_of_several_currencies_names_the_fix(word: str) -> None:
    with pytest.raises(GrammarError, match=r"several currencies .*\[settings\] currencies"):
        parse(f"40 billion {word}")
    code = SHARED[word][0]
    assert code_of_alias(f"40 billion {word}", {word: code}) == code


@pytest.mark.parametrize(
    ("lead", "word", "code"),
    [
        ("Tunisia's", "dinars", "TND"),
        ("The Tunisian", "dinars", "TND"),  # the adjective of the CLDR's name
        ("Rwanda's", "francs", "RWF"),
        ("Zambia's", "kwachas", "ZMW"),
        ("Norway's", "crowns", "NOK"),
        ("The Seychelles'", "rupees", "SCR"),
    ],
)
def test_a_draft_maps_a_shared_word_by_the_country_the_article_names(
    tmp_path: Path, lead: str, word: str, code: str
) -> None:
    text = f"{lead} exports reached 40 billion {word} ($1.3 billion) in 2023.\n"
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    claims = render(draft(text), article, "article.txt")
    assert f'currencies = {{{word} = "{code}"}}' in claims
    doc = loads(claims, tmp_path / "claims.toml")
    found = {q.unit.key for c in doc.claims for q in c.numbered() if q.unit and q.unit.is_currency}
    assert found == {code, "USD"}
    assert claims.count("counterpart = ") == 1  # and the conversion is drafted


def test_the_written_table_is_the_rule_applied_to_the_cldr_names() -> None:
    # scripts/cldr_signs.py writes reading/cldrtable.py from reading/cldrnames.py with
    # units.cldr_currencies, so that no run pays for it: a change of the rule, or of the
    # hand-written table it defers to, must be written out again
    assert cldr_currencies(NAMES) == (CURRENCIES, SHARED_WORDS, TABLE_NAMES)


@pytest.mark.parametrize("sign", [*CLDR_PREFIXES, *SHARED_SIGNS])
def test_every_sign_is_of_latin_letters_full_stops_and_currency_symbols(sign: str) -> None:
    # what reading.units takes for a currency symbol: neither a letter nor a full stop
    for char in sign:
        assert (
            char == "."
            or unicodedata.category(char) == "Sc"
            or (char.isalpha() and "LATIN" in unicodedata.name(char))
        )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Earnings rose by MOP1,000 on the quarter to MOP18,000.", "MOP"),
        ("Gaming revenue fell to MOP1.33 billion in August.", "MOP"),
    ],
)
def test_a_code_of_an_english_word_glued_to_money_is_that_currency(text: str, code: str) -> None:
    # "MOP17,600" in Macao's press: glued, before thousands groups or a scale, as a one-letter sign
    units = {p.stated.unit.key for p in scan(text).phrases if p.stated.unit is not None}
    assert units == {code}


@pytest.mark.parametrize("text", ["The TOP10 list has 5 firms.", "ALL 5 regions grew in May."])
def test_a_code_of_an_english_word_before_a_bare_number_stays_a_word(text: str) -> None:
    assert all(p.stated.unit is None for p in scan(text).phrases)


def test_the_signs_come_in_one_order_whatever_the_hash_seed() -> None:
    # the signs' order decides the order of the test ids above (and of any listing of them):
    # it must not follow Python's string hashing, which changes from run to run; parallel test
    # runners collect each worker's tests separately and refuse two orders
    code = (
        "from aktobe_facts.reading.units import CLDR_PREFIXES, SHARED_SIGNS, USUAL_SIGNS;"
        "print(list(CLDR_PREFIXES), list(SHARED_SIGNS), list(USUAL_SIGNS))"
    )
    orders = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in (1, 2, 3)
    }
    assert len(orders) == 1
