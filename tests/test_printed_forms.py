"""Number forms real news prints that a careful editor reads at once: a thousands comma with a
space after it ("86, 288 tons"), decimals with no digit before the point ("$.86 billion"), a
number word in a change ("a five percent hike"), a multiple in folds ("four folds",
"fourfold"), a currency's code with one capital ("Rwf53.3 billion") and the dirham's "Dh"; read
by the grammar in a claims file's value and, where the words leave no other reading, in the
article's text (the forms of the sixth held-out set's hand files). A sign no country of the
article resolves ("N3.42tn" with no Nigeria named) is one warning, not one a figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.checks import coverage
from aktobe_facts.claims.loader import load
from aktobe_facts.findings import Severity
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import CARDINAL_WORDS, LOCALES, GrammarError, parse
from aktobe_facts.reading.quantities import read as quantity
from aktobe_facts.reading.units import _CODES_NOT_SIGNS, known_codes
from aktobe_facts.reading.units import _SIGN_CODES as SIGN_CODES
from aktobe_facts.relations.multiple import read_factor
from aktobe_facts.text.articlecheck import load_article
from aktobe_facts.text.draft import draft
from aktobe_facts.text.phrases import UNREAD_LEFT, scan
from aktobe_facts.text.textnums import numerals


def _spaced(n: int) -> str:
    return f"{n:,}".replace(",", ", ")


@given(st.integers(1_000, 10**12), st.sampled_from(["tons", "million", "$", "percent"]))
def test_a_comma_with_a_space_after_it_groups_thousands(n: int, after: str) -> None:
    value = f"${_spaced(n)}" if after == "$" else f"{_spaced(n)} {after}"
    plain = value.replace(", ", ",")
    assert quantity(parse(value)).require() == quantity(parse(plain)).require()


def test_a_spaced_comma_is_no_group_where_commas_are_decimals() -> None:
    with pytest.raises(GrammarError):
        parse("86, 288 tons", LOCALES["de"])
    with pytest.raises(GrammarError):
        parse("86, 28 tons")  # groups of three only


@given(st.integers(0, 10**6).map(str), st.sampled_from(["$", "", "-"]))
def test_decimals_with_no_digit_before_the_point(digits: str, sign: str) -> None:
    written = f"{sign}.{digits} billion"
    assert (
        quantity(parse(written)).require() == quantity(parse(f"{sign}0.{digits} billion")).require()
    )


def test_a_percent_with_no_leading_digit() -> None:
    assert parse(".5 percent").value == parse("0.5 percent").value
    assert parse("$.86 billion").decimals == 2


@given(st.integers(1, 19), st.sampled_from(["hike", "rise", "decline", "increase"]))
def test_a_number_word_in_a_change_reads_as_its_digits(n: int, noun: str) -> None:
    article = "an" if noun == "increase" else "a"  # the article of the noun's own sentence
    worded, digits = (
        parse(f"{article} {CARDINAL_WORDS[n]} percent {noun}"),
        parse(f"a {n} percent {noun}"),
    )
    assert (worded.value, worded.direction, worded.unit) == (
        digits.value,
        digits.direction,
        digits.unit,
    )


@pytest.mark.parametrize("factor", ["four folds", "fourfold", "four-fold", "4 folds", "4-fold"])
def test_folds_are_a_factor(factor: str) -> None:
    words = factor[0].isalpha()
    assert (
        read_factor(factor).interval == read_factor("four times" if words else "4 times").interval
    )


def _numbers(text: str) -> list[str]:
    return [s.text for s in numerals(text) if s.kind == "number"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopia sold 86, 288 tons of coffee.", ["86, 288"]),
        ("It earned $86, 288 in all.", ["86, 288"]),
        ("The debt was 12, 500 million.", ["12, 500 million"]),
        ("It shipped 1, 234, 567 tonnes.", ["1, 234, 567"]),
        # lists and dates stay apart
        ("They scored 98, 100 and 102 points.", ["98", "100", "102"]),
        ("Sizes 1, 2, 300 tons.", ["1", "2", "300"]),
        ("The yield of 4, 100 farms.", ["4", "100"]),
        ("Ranks 86, 288, 3000 tons.", ["86", "288", "3000"]),
        ("They came in 5, 100 years.", ["5", "100"]),
    ],
)
def test_text_reads_a_spaced_comma_only_where_no_list_is_read(
    text: str, expected: list[str]
) -> None:
    assert _numbers(text) == expected


def test_an_article_that_prints_one_figure_so_is_read_so_before_nouns() -> None:
    alone = "Germany took 21, 336 tone of it."
    assert _numbers(alone) == ["21", "336"]
    both = "Ethiopia sold 86, 288 tons. " + alone + " On May 5, 200 workers left."
    assert _numbers(both) == ["86, 288", "21, 336", "5", "200"]


def test_text_reads_decimals_with_no_leading_digit_as_printed() -> None:
    found = scan("Inflows were $.86 billion in September and .5 percent more in October.")
    assert [(p.value, p.stated.value) for p in found.phrases] == [
        ("$.86 billion", parse("$0.86 billion").value),
        (".5 percent", parse("0.5 percent").value),
    ]
    assert _numbers("Rs.5 billion, No.5, v1.5 and 2019.5") == ["5 billion", "5", "1.5", "2019.5"]


_CAPITALISED = sorted(
    c.capitalize()
    for c in known_codes()
    if c.capitalize() not in SIGN_CODES and c not in _CODES_NOT_SIGNS
)


@given(st.sampled_from(_CAPITALISED), st.sampled_from(["", " "]))
def test_an_iso_code_with_one_capital_before_a_figure_is_its_currency(code: str, gap: str) -> None:
    stated = parse(f"{code}{gap}53.3 billion")
    assert stated.unit is not None and stated.unit.key == code.upper()


def test_text_reads_a_capitalised_code_glued_to_an_amount_only() -> None:
    found = scan("The airline put $90 million (Rwf53.3 billion) into planes.")
    assert [(p.value, p.counterparts) for p in found.phrases] == [
        ("$90 million", ("Rwf53.3 billion",))
    ]
    plain = scan("The Top10 list, All 5 members and Try 5,000 times.")
    assert all(p.stated.unit is None for p in plain.phrases)


@pytest.mark.parametrize(("place", "code"), [("Dubai", "AED"), ("Rabat", "MAD")])
def test_dh_is_the_dirham_of_the_country_the_article_names(place: str, code: str) -> None:
    drafted = draft(f"Airlines in {place} may earn $2.5 billion (Dh9.1 billion) in 2010.\n")
    assert dict(drafted.shared.currencies) == {"dh": code}
    assert [c.counterparts for c in drafted.claims if c.value == "$2.5 billion"] == [
        ("Dh9.1 billion",)
    ]
    assert not draft("Airlines may earn $2.5 billion (Dh9.1 billion) in 2010.\n").shared.currencies


UNRESOLVED = (
    "Trade grew 5 percent in 2023. Exports reached N3.42tn in 2023, up from N2.9tn in 2022, "
    "while imports were N1.2tn.\n"
)


def test_a_sign_no_country_resolves_is_one_warning_that_says_so(tmp_path: Path) -> None:
    drafted = draft(UNRESOLVED)
    assert len(drafted.unread) == 1 and "N3.42tn" in drafted.unread[0]
    assert sum('sign "N"' in i.reason for i in drafted.ignores) == 2
    article = tmp_path / "trade.txt"
    article.write_text(UNRESOLVED, encoding="utf-8")
    warned = [f for f in coverage.check(load_article(article)) if f.severity == Severity.WARNING]
    assert len(warned) == 1 and 'its sign "N" could not be resolved' in warned[0].message
    assert '{ "n" = "NGN" }' in (warned[0].suggestion or "")


def _read(text: str) -> list[tuple[str, Fraction, str | None]]:
    return [
        (p.value, p.stated.value, None if p.stated.unit is None else p.stated.unit.key)
        for p in scan(text).phrases
    ]


PERCENTS = "Garment exports grew 7 percent in May. "


def test_a_change_with_no_percent_sign_is_a_percent_where_nothing_else_is_meant() -> None:
    text = PERCENTS + "They reached $1.062 billion, an 11.43 increase over $953 million in 2009."
    (change,) = [p for p in scan(text).phrases if p.value.startswith("11.43")]
    assert (change.value, change.stated.direction) == ("11.43 percent increase", "up")
    assert change.note is not None and 'printed "11.43 increase"' in change.note
    # no other percent in the article, no unit the base has and the number lacks, no base: unread
    for unread in (
        "They reached $1.062 billion, an 11.43 increase over $953 million in 2009.",
        PERCENTS + "The index closed at 1,234.56, an 11.43 increase over 1,223.13.",
        PERCENTS + "The index posted a 5 increase.",
    ):
        found = scan(unread)
        assert not [p for p in found.phrases if p.stated.value in (Fraction(1143, 100), 5)]
        assert UNREAD_LEFT in [left.why for left in found.left]


@pytest.mark.parametrize("noun", ["rise", "increase", "decline"])
def test_a_figure_after_a_change_noun_is_its_base_not_a_bound(noun: str) -> None:
    text = f"Sales posted a 5 percent {noun} over $10 million in 2009."
    assert _read(text)[-1] == ("$10 million", Fraction(10**7), "USD")


@given(
    st.integers(100, 9_999),
    st.integers(100, 9_999),
    st.sampled_from(["from", "and", "against", "compared with"]),
)
def test_a_scale_left_to_the_figure_before_is_read_with_it(a: int, b: int, word: str) -> None:
    first, second = f"{a // 10}.{a % 10}", f"{b // 10}.{b % 10}"
    text = f"Sales reached ${first} million in 2010 {word} ${second} in 2009."
    assert max(a, b) > 10 * min(a, b) or _read(text) == [
        (f"${first} million", Fraction(a, 10) * 10**6, "USD"),
        (f"${second} million", Fraction(b, 10) * 10**6, "USD"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sales reached $180.2 million in 2010 and $1.8 in 2009.",  # ten times apart
        "Revenue was $1.5 billion and $3 in dividends per share.",
        "Revenue was $1.5 billion and $3 a share.",
    ],
)
def test_a_scale_is_left_to_no_figure_outside_the_close_structure(text: str) -> None:
    assert _read(text)[-1][1] < 10


def test_a_value_with_a_change_of_no_unit_says_how_to_write_it() -> None:
    with pytest.raises(GrammarError, match="gives the change no unit"):
        parse("an 11.43 increase")
    assert parse("an 11.43 percent increase").value == Fraction(1143, 100)


@pytest.mark.parametrize(
    ("place", "settings", "says"),
    [("Traders", "", True), ("Lagos traders", "", False), ("Traders", 'n = "NGN"', False)],
)
def test_an_uncovered_figure_says_its_sign_is_unresolved_only_when_it_is(
    tmp_path: Path, place: str, settings: str, says: bool
) -> None:
    (tmp_path / "a.txt").write_text(f"{place} saw trade grow 5 percent to N3.42tn.\n", "utf-8")
    claims = tmp_path / "claims.toml"
    claims.write_text(
        f'[article]\npath = "a.txt"\n\n[settings]\ncurrencies = {{ {settings} }}\n\n'
        '[[claim]]\nid = "growth"\nquote = "grow 5 percent"\nvalue = "5 percent"\n',
        "utf-8",
    )
    (warned,) = [f for f in coverage.check(load(claims)) if f.severity == Severity.WARNING]
    assert ("could not be resolved" in warned.message) == says


@given(
    st.integers(1_000, 999_999_999),
    st.integers(0, 99),
    st.sampled_from(["", "US$", "€"]),
    st.sampled_from(["", " million", " billion"]),
)
def test_dots_then_a_decimal_comma_read_as_the_continental_press_prints(
    whole: int, cents: int, sign: str, scale: str
) -> None:
    # "US$2.594,5 million": thousands grouped by dots, then one or two decimals after a comma
    frac = str(cents).rstrip("0") or "0"
    printed = f"{whole:,}".replace(",", ".") + "," + frac
    stated = parse(sign + printed + scale)
    expected = Fraction(f"{whole}.{frac}") * 10 ** {"": 0, " million": 6, " billion": 9}[scale]
    assert stated.value == expected
    assert stated.decimal_comma


def test_text_reads_dots_then_a_decimal_comma_as_one_figure() -> None:
    (phrase,) = scan("Freight receipts fell 4,5% to US$1.306,8 million in May.").phrases[1:]
    assert phrase.stated.value == Fraction("1306.8") * 10**6


def test_a_one_letter_sign_before_spaced_thousands_groups_is_read() -> None:
    # a sign of one letter counts before thousands groups with a space after each comma too
    (claim,) = draft("The Gambia's assembly voted D18, 204, 611, 305 for the ministries.").claims
    assert claim.value == "D18, 204, 611, 305"
