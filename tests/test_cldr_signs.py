"""The currency signs of the CLDR (reading.cldrsigns): a sign of one currency is read everywhere
("Rp353 trillion", "RM136.28 billion"); a sign of several currencies or of one letter ("N",
"P", "kr") only through ``[settings] currencies``, and in running text a one-letter sign only
before an amount that looks like money ("N95" and "the N1 road" stay numbers)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from aktobe_facts.api import check_file
from aktobe_facts.cli import app
from aktobe_facts.findings import Outcome, Severity
from aktobe_facts.reading.cldrsigns import SIGNS
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.reading.units import (
    CLDR_PREFIXES,
    GLUED_SIGNS,
    MILLION_SIGNS,
    SHARED_SIGNS,
    USUAL_SIGNS,
    known_codes,
)
from aktobe_facts.text.phraseread import currency_words
from aktobe_facts.text.phrases import UNREAD_LEFT, scan

SCALES = {" million": 6, " billion": 9, " trillion": 12, "bn": 9, "tn": 12}


def test_every_currency_of_the_table_has_a_sign_or_a_code() -> None:
    # the generated table lists the CLDR's signs of the table's currencies, each with every
    # currency it names
    assert {"Rp": ("IDR",), "RM": ("MYR",)}.items() <= SIGNS.items()
    assert {"Rp": "IDR", "RM": "MYR", "Ft": "HUF", "Kč": "CZK", "zł": "PLN"}.items() <= (
        CLDR_PREFIXES.items()
    )
    for sign, code in CLDR_PREFIXES.items():
        # a symbol of one character ("₡", "৳") or a sign of more
        assert (len(sign) > 1 or unicodedata.category(sign) == "Sc") and code in known_codes()
        assert sign not in SHARED_SIGNS and sign not in USUAL_SIGNS


@given(
    st.sampled_from(sorted(CLDR_PREFIXES)),
    st.sampled_from(["", " "]),
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(sorted(SCALES)),
)
def test_a_sign_of_one_currency_reads_in_values_and_running_text(
    sign: str, gap: str, whole: int, cents: int, scale: str
) -> None:
    written = f"{sign}{gap}{whole:,}.{cents:02d}{scale}"
    value = Fraction(whole * 100 + cents, 100) * 10 ** SCALES[scale]
    stated = parse(written)
    assert stated.unit is not None and stated.unit.key == CLDR_PREFIXES[sign]
    assert stated.value == value
    (phrase,) = scan(f"The ministry put it at {written} on Monday.").phrases
    assert phrase.stated.unit is not None and phrase.stated.unit.key == CLDR_PREFIXES[sign]
    assert phrase.stated.value == value


def test_the_examples_of_the_press_read() -> None:
    assert parse("Rp353 trillion").unit.key == "IDR"  # type: ignore[union-attr]
    assert parse("RM136.28 billion").value == Fraction(13628, 100) * 10**9


@given(
    st.sampled_from(sorted(SHARED_SIGNS)),
    st.sampled_from(["", " "]),
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(sorted(SCALES)),
    st.data(),
)
def test_a_shared_sign_reads_only_as_the_currency_the_file_maps(
    sign: str, gap: str, amount: int, scale: str, data: st.DataObject
) -> None:
    code = data.draw(st.sampled_from(SHARED_SIGNS[sign]))
    million = sign in MILLION_SIGNS  # "MD 1,200": the sign is the scale, no word beside it
    gap = " " if million else gap  # glued, "MD80" is an aircraft's model (text.numbernames)
    written = f"{sign}{gap}{amount:,}" if million else f"{sign}{gap}{amount}{scale}"
    with pytest.raises(GrammarError, match=r"\[settings\] currencies"):
        parse(written)
    stated = parse(written, aliases={sign.lower(): code})
    assert stated.unit is not None and stated.unit.key == code
    assert stated.value == amount * 10 ** (6 if million else SCALES[scale])
    unmapped = scan(f"It came to {written} last year.")  # no mapping: unread, never a count
    with currency_words({sign.lower(): code}):
        mapped = scan(f"It came to {written} last year.").phrases
    if sign in GLUED_SIGNS and gap:  # "Tier B 5 million": a letter, read as a sign only glued
        # the letter is no sign, spaced: the number after it, if read, has no currency of its
        assert all(p.stated.unit is None for p in (*mapped, *unmapped.phrases))
        return
    assert not unmapped.phrases and [left.why for left in unmapped.left] == [UNREAD_LEFT]
    (phrase,) = mapped
    assert phrase.stated.unit is not None and phrase.stated.unit.key == code


@pytest.mark.parametrize(
    "text",
    [
        "Lagos ordered N95 masks for 3,000 nurses.",
        "The N1 road runs 300 kilometres.",
        "Pupils in P5 sat 12 tests.",
        "Route N 2 was closed.",
        "In R5 rooms, 40 seats.",
    ],
)
def test_a_one_letter_sign_is_no_money_before_a_bare_number(text: str) -> None:
    aliases = {"n": "NGN", "p": "PHP", "r": "ZAR"}
    with currency_words(aliases):
        phrases = scan(text).phrases
    assert all(p.stated.unit is None or not p.stated.unit.is_currency for p in phrases)


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("The deficit reached N15.35tn in 2023.", "NGN", Fraction(1535, 100) * 10**12),
        ("Spending was P1.14 trillion to September.", "PHP", Fraction(114, 100) * 10**12),
        ("Fees were P1,500 a year.", "PHP", Fraction(1500)),
    ],
)
def test_a_one_letter_sign_is_money_before_a_scale_or_thousands(
    text: str, code: str, value: Fraction
) -> None:
    with currency_words({"n": "NGN", "p": "PHP"}):
        (phrase, *_) = scan(text).phrases
    assert phrase.stated.unit is not None and phrase.stated.unit.key == code
    assert phrase.stated.value == value


def _claims(tmp_path: Path, settings: str) -> Path:
    path = tmp_path / "claims.toml"
    path.write_text(
        f'{settings}[[claim]]\nid = "deficit"\nquote = "a deficit of N15.35tn"\n'
        'value = "N15.35tn"\nperiod = "2023"\n',
        encoding="utf-8",
    )
    return path


def test_settings_currencies_teaches_a_sign_before_the_number_end_to_end(tmp_path: Path) -> None:
    path = _claims(tmp_path, '[settings]\ncurrencies = { "n" = "NGN" }\n\n')
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "NGN" in json.dumps(json.loads(result.output)) or "naira" in result.output
    unmapped = _claims(tmp_path, "")
    result = CliRunner().invoke(app, ["check", str(unmapped), "--width", "400"])
    assert result.exit_code == 2
    assert "claims.toml:4: claim 'deficit': field 'value'" in result.output
    assert '"n" = "NGN"' in result.output


def test_a_short_key_of_the_settings_is_a_sign_of_the_files_values() -> None:
    # a key the tool does not know as a sign ("xr") still names the currency before a number
    assert parse("XR 5 billion", aliases={"xr": "NGN"}).unit.key == "NGN"  # type: ignore[union-attr]
    assert parse("Rp 5 billion", aliases={"rp": "USD"}).unit.key == "USD"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("USD$601 billion", "USD"),
        ("TOP$9 billion", "TOP"),
        ("NZD$1.2bn", "NZD"),
        # a dollar's country letters, which its code opens with, as a territory's office prints
        # them (the Cayman Islands' tourism office: "KY$403.2 million")
        ("KY$403.2 million", "KYD"),
        ("BZ$ 1.4 billion", "BZD"),
        ("JM$96bn", "JMD"),
    ],
)
def test_a_code_then_a_dollar_sign_is_the_codes_currency(written: str, code: str) -> None:
    # as the Pacific's press prints it: the code of a currency written with "$", then the sign
    assert parse(written).unit.key == code  # type: ignore[union-attr]
    (phrase,) = scan(f"Remittances came to {written} in 2015.").phrases
    assert phrase.stated.unit is not None and phrase.stated.unit.key == code


def test_two_letters_before_a_dollar_sign_keep_a_sign_they_already_are() -> None:
    # "NZ$", "HK$" and "US$" are each one currency's sign already; "XC$" names no country
    assert parse("NZ$5 million").unit.key == "NZD"  # type: ignore[union-attr]
    assert parse("US$5 million").unit.key == "USD"  # type: ignore[union-attr]
    assert "XC$" not in CLDR_PREFIXES and "XC$" not in SHARED_SIGNS


def test_an_article_spending_in_country_lettered_dollars_checks_with_no_warning(
    tmp_path: Path,
) -> None:
    # the figures read, the spending's change is drafted and passes: no figure is left uncovered
    article = tmp_path / "article.txt"
    text = "Guests spent an estimated KY$250.0 million over the year, a KY$20.0 million or 8.7%"
    article.write_text(f"Island visitors\n\n{text} increase over the year before.\n", "utf-8")
    found = {f.check: f for f in check_file(article).findings}
    failed = [f for f in found.values() if f.outcome is Outcome.FAIL]
    assert all(f.severity is Severity.INFO for f in failed), failed
    assert found["change"].outcome is Outcome.PASS
    assert "Cayman Islands dollars" in str(found["change"].inputs)
