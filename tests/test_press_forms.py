"""Number forms of the press that the eighth session's trials met unread or misread
(docs/corpus.md, "New-user trials of the eighth session"): a percent between "a" and a noun of
change, a symbol of a million tonnes, a scale letter glued to a currency's code ("MSEK"), thousands
grouped by several dots, a currency named by its country ("Seychelles rupees", "denars") and a
rate written "a day". Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _drafted import relations
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.reading.units import factor, lookup_unit
from aktobe_facts.text.phrases import scan


def _values(text: str) -> list[str]:
    return [p.value for p in scan(text).phrases]


@pytest.mark.parametrize(
    ("sentence", "value", "sign"),
    [
        ("Coal sales posted a 7 per cent drop in May.", "a 7 per cent drop", -1),
        ("Imports saw a 7% fall over the quarter.", "a 7% fall", -1),
        ("Rents showed an 8 percent rise in June.", "an 8 percent rise", 1),
        ("Output suffered a 2.5 pct decline.", "a 2.5 pct decline", -1),
    ],
)
def test_a_noun_of_change_signs_the_percent_before_it(sentence: str, value: str, sign: int) -> None:
    (phrase,) = scan(sentence).phrases
    assert phrase.value == value
    assert phrase.stated.value == sign * abs(phrase.stated.value) != 0


def test_a_percent_before_another_noun_keeps_no_direction() -> None:
    (phrase,) = scan("The state holds a 7 per cent stake in the mine.").phrases
    assert phrase.value == "7 per cent"
    assert phrase.stated.direction is None


def test_the_fall_in_a_noun_is_drafted_as_the_growth_of_its_figure() -> None:
    assert relations(
        "Copper exports slid to 93,000 tonnes in May, a 7 per cent drop from 100,000 tonnes a "
        "year earlier."
    ) == [
        (
            "growth",
            {"growth": "a 7 per cent drop", "current": "93,000 tonnes", "base": "100,000 tonnes"},
        )
    ]


@pytest.mark.parametrize("text", ["2.3 MMT", "2.3 mmt"])
def test_symbols_of_one_reading_are_a_million_tonnes(text: str) -> None:
    stated = parse(text)
    assert stated.unit is not None and stated.unit.label == "million tonnes"
    tonnes = lookup_unit("tonnes")
    assert tonnes is not None
    assert factor(stated.unit, tonnes) == Fraction(1_000_000)


@pytest.mark.parametrize("text", ["2.3 million mt", "2.3 mln MT", "12 thousand mt"])
def test_mt_after_a_scale_word_is_metric_tons(text: str) -> None:
    stated = parse(text)
    assert stated.unit is not None and stated.unit.key == "tonne"
    assert stated.exponent in (3, 6)


@pytest.mark.parametrize("text", ["2.3 mt", "2.3 MT", "2.3 Mt"])
def test_mt_alone_stays_unread(text: str) -> None:
    with pytest.raises(GrammarError, match="million tonnes in Indian usage"):
        parse(text)
    (phrase,) = scan(f"The farms harvested {text} of wheat.").phrases
    assert phrase.stated.unit is None  # the figure alone, with a note: never tonnes guessed


@pytest.mark.parametrize(
    ("text", "code", "amount"),
    [
        ("4,214 MSEK", "SEK", 4_214_000_000),
        ("1.2 BSEK", "SEK", 1_200_000_000),
        ("300 MNOK", "NOK", 300_000_000),
        ("85 MDKK", "DKK", 85_000_000),
        ("650 KSEK", "SEK", 650_000),
        ("12.5 MEUR", "EUR", 12_500_000),
    ],
)
def test_a_scale_letter_glued_to_a_currency_code(text: str, code: str, amount: int) -> None:
    stated = parse(text)
    assert stated.unit is not None and stated.unit.key == code
    assert stated.value == amount


@pytest.mark.parametrize("text", ["5 MALL", "5 BTOP", "US$5 MSEK", "5 MXYZ", "5 Msek"])
def test_no_scaled_code_where_the_code_is_a_word_or_unknown(text: str) -> None:
    with pytest.raises(GrammarError):
        parse(text)


def test_a_scaled_code_in_running_text() -> None:
    assert _values("Net sales reached 3,870 MNOK in the quarter, against 3,512 MNOK.") == [
        "3,870 MNOK",
        "3,512 MNOK",
    ]


@pytest.mark.parametrize(
    ("text", "amount"),
    [("1.112.587.000 euros", 1_112_587_000), ("4.031.000", 4_031_000), ("12.500.000", 12_500_000)],
)
def test_several_dots_group_thousands(text: str, amount: int) -> None:
    assert parse(text).value == amount


@pytest.mark.parametrize(
    ("text", "value"), [("1.112", Fraction(1112, 1000)), ("2.500", Fraction(5, 2))]
)
def test_one_dot_stays_a_decimal_point(text: str, value: Fraction) -> None:
    assert parse(text).value == value


@pytest.mark.parametrize("text", ["1.112.58", "1.112.5870", "1.112.587,5870"])
def test_dots_that_do_not_group_threes_stay_refused(text: str) -> None:
    with pytest.raises(GrammarError):
        parse(text)


def test_dot_groups_then_a_decimal_comma_are_one_figure() -> None:
    # the continental press's form: the comma after dot groups marks one or two decimals
    assert parse("1.112.587,5").value == Fraction(2225175, 2)


@given(st.integers(min_value=1_000_000, max_value=10**15))
def test_dot_grouped_thousands_read_back(n: int) -> None:
    assert parse(f"{n:,}".replace(",", ".")).value == n


def test_dot_grouped_thousands_in_running_text() -> None:
    assert _values("Imports were 2.204.113.000 euros and exports 1.845.020.000 euros.") == [
        "2.204.113.000 euros",
        "1.845.020.000 euros",
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2.1 billion Seychelles rupees", "SCR"),
        ("50 billion Mauritius rupees", "MUR"),
        ("300 billion Sri Lanka rupees", "LKR"),
        ("4 billion Pakistan rupees", "PKR"),
        ("200 billion denars", "MKD"),
        ("7 billion Macedonian denars", "MKD"),
    ],
)
def test_a_currency_named_by_its_country_or_the_press_plural(text: str, code: str) -> None:
    stated = parse(text)
    assert stated.unit is not None and stated.unit.key == code


@pytest.mark.parametrize("text", ["5 France euros", "5 Senegal francs"])
def test_no_country_name_for_a_currency_of_several(text: str) -> None:
    with pytest.raises(GrammarError):
        parse(text)


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("1.8 million barrels a day", "day"),
        ("40,000 tonnes a month", "month"),
        ("60 dollars a day", "day"),
    ],
)
def test_a_unit_a_day_is_a_rate(text: str, per: str) -> None:
    stated = parse(text)
    assert stated.per is not None and stated.per.key == per


def test_a_percent_a_year_stays_refused() -> None:
    with pytest.raises(GrammarError):
        parse("5 percent a year")


def test_a_rate_a_day_in_running_text_but_no_time_ago() -> None:
    (rate, total) = scan(
        "Oil output averaged 1.9 million barrels a day in March, or 58.9 million barrels."
    ).phrases
    assert rate.value == "1.9 million barrels a day" and rate.stated.per is not None
    assert total.stated.per is None
    (before,) = scan("Receipts were 312 billion rupees a year earlier.").phrases
    assert before.value == "312 billion rupees" and before.stated.per is None


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("then Switzerland (1.6 million/6.6%) and Italy", ["1.6 million", "6.6%"]),
        ("third the UK (1.9 millions/8.2%), then", ["1.9 millions", "8.2%"]),
        ("the port (4.2 million tonnes/12.5%) led", ["4.2 million tonnes", "12.5%"]),
    ],
)
def test_a_slash_after_a_scale_parts_two_figures(text: str, values: list[str]) -> None:
    """An amount and its share parted by a slash, as a table's cell prints them (within28)."""
    assert _values(text) == values


def test_a_slash_between_digits_still_joins_them() -> None:
    assert _values("open 24/7 all year, at a fee of $2.5m/unit") == ["$2.5m"]
