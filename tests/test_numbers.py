"""The grammar of stated numbers: table-driven cases, error cases and a hypothesis round trip."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aktobe_facts.reading.numbers import (
    LOCALES,
    MAX_DIGITS,
    Direction,
    GrammarError,
    Qualifier,
    Terms,
    parse,
)
from aktobe_facts.reading.units import UnitSpec


@dataclass(frozen=True)
class Case:
    text: str
    value: Fraction
    digits: str | None
    unit: str | None = None  # UnitSpec.key
    kind: str | None = None  # UnitSpec.kind
    per: str | None = None
    qualifier: str | None = None
    exponent: int = 0
    locale: str = "en"
    negative: bool = False
    ordinal: bool = False
    word: str | None = None
    high: Fraction | None = None  # the high end of a range
    direction: str | None = None
    terms: str | None = None


F = Fraction
UP, DOWN = Direction.UP, Direction.DOWN
CASES: list[Case] = [
    # plain numerals, separators, decimals
    Case("7", F(7), "7"),
    Case("0", F(0), "0"),
    Case("1,234", F(1234), "1234"),
    Case("12,345,678", F(12345678), "12345678"),
    Case("1234567", F(1234567), "1234567"),
    Case("0.25", F(1, 4), "0.25"),
    Case("3.50", F(7, 2), "3.50"),
    Case("1,234.5", F(2469, 2), "1234.5"),
    Case("2 500", F(2500), "2500"),
    Case("(42)", F(42), "42"),
    # locales
    Case("1 234,5", F(2469, 2), "1234.5", locale="fr"),
    Case("1\u202f234,5", F(2469, 2), "1234.5", locale="fr"),
    Case("1\u00a0234\u00a0567", F(1234567), "1234567", locale="fr"),
    Case("1.234,5", F(2469, 2), "1234.5", locale="de"),
    Case("1.234.567", F(1234567), "1234567", locale="de"),
    Case("0,75", F(3, 4), "0.75", locale="de"),
    Case("1'234.5", F(2469, 2), "1234.5", locale="ch"),
    Case("1’234’567", F(1234567), "1234567", locale="ch"),
    # scale words
    Case("1.5 billion", F(1_500_000_000), "1.5", exponent=9),
    Case("328 million", F(328_000_000), "328", exponent=6),
    Case("12 thousand", F(12_000), "12", exponent=3),
    Case("2 trillion", F(2 * 10**12), "2", exponent=12),
    Case("4.2 bn", F(4_200_000_000), "4.2", exponent=9),
    Case("4.2bn", F(4_200_000_000), "4.2", exponent=9),
    Case("3 mn", F(3_000_000), "3", exponent=6),
    Case("7 mln", F(7_000_000), "7", exponent=6),
    Case("9 bln", F(9_000_000_000), "9", exponent=9),
    Case("1 tn", F(10**12), "1", exponent=12),
    Case("6 Million", F(6_000_000), "6", exponent=6),
    # currencies, prefix and suffix
    Case("US$1.5 billion", F(1_500_000_000), "1.5", "USD", "currency", exponent=9),
    Case("US$ 1.5 billion", F(1_500_000_000), "1.5", "USD", "currency", exponent=9),
    Case("$20", F(20), "20", "USD", "currency"),
    Case("646.8 billion tenge", F(646_800_000_000), "646.8", "KZT", "currency", exponent=9),
    Case("₸5 million", F(5_000_000), "5", "KZT", "currency", exponent=6),
    Case("€4,7 million", F(4_700_000), "4.7", "EUR", "currency", exponent=6, locale="de"),
    Case("USD 5 million", F(5_000_000), "5", "USD", "currency", exponent=6),
    Case("5 million USD", F(5_000_000), "5", "USD", "currency", exponent=6),
    Case("12 euros", F(12), "12", "EUR", "currency"),
    Case("80 rubles", F(80), "80", "RUB", "currency"),
    Case("£3.2 million", F(3_200_000), "3.2", "GBP", "currency", exponent=6),
    Case("US$7m", F(7_000_000), "7", "USD", "currency", exponent=6),
    Case("€3k", F(3_000), "3", "EUR", "currency", exponent=3),
    Case("10 XYZ", F(10), "10", "XYZ", "currency"),
    # any three-letter code before the number, as after it
    Case("XYZ 5 million", F(5_000_000), "5", "XYZ", "currency", exponent=6),
    Case("XYZ5", F(5), "5", "XYZ", "currency"),
    Case("about XYZ 1,200", F(1200), "1200", "XYZ", "currency", qualifier=Qualifier.APPROX),
    Case("XYZ -3", F(-3), "3", "XYZ", "currency", negative=True),
    # digits of other scripts: one script per number, with that script's separators
    Case("٦٤٦٫٨ billion tenge", F(646_800_000_000), "646.8", "KZT", "currency", exponent=9),
    Case("٥", F(5), "5"),
    Case("١٬١٠٠", F(1100), "1100"),
    Case("۱۲۳٫۴ percent", F(1234, 10), "123.4", "percent", "percent"),  # Persian digits
    Case("１，１００", F(1100), "1100"),
    Case("１，２３４．５", F(2469, 2), "1234.5"),
    Case("１．２３４，５", F(2469, 2), "1234.5", locale="de"),
    Case("US$１．５ billion", F(1_500_000_000), "1.5", "USD", "currency", exponent=9),
    Case("२३४.५", F(469, 2), "234.5"),  # Devanagari digits take the locale's separators
    Case("২,৩৪৫", F(2345), "2345"),  # Bengali
    # qualifiers
    Case("more than 1,100", F(1100), "1100", qualifier=Qualifier.LOWER),
    Case("at least 3", F(3), "3", qualifier=Qualifier.LOWER),
    Case("over 40 percent", F(40), "40", "percent", "percent", qualifier=Qualifier.LOWER),
    Case("less than 5 percent", F(5), "5", "percent", "percent", qualifier=Qualifier.UPPER),
    Case("up to 50 km", F(50), "50", "kilometer", "length", qualifier=Qualifier.UPPER),
    Case("Up To 50 km", F(50), "50", "kilometer", "length", qualifier=Qualifier.UPPER),
    Case("some 650 kilometers", F(650), "650", "kilometer", "length", qualifier=Qualifier.APPROX),
    Case("about 12", F(12), "12", qualifier=Qualifier.APPROX),
    Case("~12", F(12), "12", qualifier=Qualifier.APPROX),
    Case(
        "about US$2 million",
        F(2_000_000),
        "2",
        "USD",
        "currency",
        qualifier=Qualifier.APPROX,
        exponent=6,
    ),
    # percent, points, lengths and areas
    Case("10 percent", F(10), "10", "percent", "percent"),
    Case("10 per cent", F(10), "10", "percent", "percent"),
    Case("10%", F(10), "10", "percent", "percent"),
    Case("3.5 %", F(7, 2), "3.5", "percent", "percent"),
    Case("2 percentage points", F(2), "2", "percentage_point", "points"),
    Case("0.4 pp", F(2, 5), "0.4", "percentage_point", "points"),
    Case("650 km", F(650), "650", "kilometer", "length"),
    Case("404 miles", F(404), "404", "mile", "length"),
    Case("1,040 square meters", F(1040), "1040", "square_meter", "area"),
    Case("1,040 sq m", F(1040), "1040", "square_meter", "area"),
    Case("300,600 km²", F(300600), "300600", "square_kilometer", "area"),
    Case("12 hectares", F(12), "12", "hectare", "area"),
    Case("5 ha", F(5), "5", "hectare", "area"),
    Case("2.5 tonnes", F(5, 2), "2.5", "tonne", "mass"),
    Case("900 people", F(900), "900", "person", "count"),
    # negative numbers
    Case("-5 percent", F(-5), "5", "percent", "percent", negative=True),
    Case("−1.8 percent", F(-9, 5), "1.8", "percent", "percent", negative=True),
    Case("minus 3", F(-3), "3", negative=True),
    Case("US$-4 million", F(-4_000_000), "4", "USD", "currency", exponent=6, negative=True),
    Case("+6.6 percent", F(33, 5), "6.6", "percent", "percent"),
    Case("+6.6%", F(33, 5), "6.6", "percent", "percent"),
    # number words and ordinals
    Case("three", F(3), "3", word="three"),
    Case("Twelve", F(12), "12", word="Twelve"),
    Case("three million", F(3_000_000), "3", exponent=6, word="three"),
    Case("fifth", F(5), "5", ordinal=True, word="fifth"),
    Case("5th", F(5), "5", ordinal=True, word="5th"),
    Case("21st", F(21), "21", ordinal=True, word="21st"),
    Case("two percent", F(2), "2", "percent", "percent", word="two"),
    # rates
    Case("412.95 tenge per US$", F(41295, 100), "412.95", "KZT", "currency", per="USD"),
    Case("412.95 tenge/US$", F(41295, 100), "412.95", "KZT", "currency", per="USD"),
    Case("412.95 tenge per US$1", F(41295, 100), "412.95", "KZT", "currency", per="USD"),
    Case("90 rubles per euro", F(90), "90", "RUB", "currency", per="EUR"),
    Case("25 people per square kilometer", F(25), "25", "person", "count", per="square_kilometer"),
    # number words past twenty; a power word at the end is the scale
    Case("forty-five", F(45), "45", word="forty-five"),
    Case("forty five percent", F(45), "45", "percent", "percent", word="forty five"),
    Case("two hundred", F(200), "200", word="two hundred"),
    Case("a hundred", F(100), "100", word="a hundred"),
    Case("fifteen hundred", F(1500), "1500", word="fifteen hundred"),
    Case("three thousand five hundred", F(3500), "3500", word="three thousand five hundred"),
    Case("one hundred and five", F(105), "105", word="one hundred and five"),
    Case("a million", F(10**6), "1", exponent=6, word="a"),
    Case("ninety-nine billion tenge", F(99 * 10**9), "99", "KZT", exponent=9, word="ninety-nine"),
    Case(
        "one million two hundred thousand",
        F(1_200_000),
        "1200",
        exponent=3,
        word="one million two hundred",
    ),
    # a decimal spoken with "point", each digit a word, before the scale
    Case(
        "forty-seven point one million dollars",
        F(47_100_000),
        "47.1",
        "USD",
        "currency",
        exponent=6,
        word="forty-seven point one",
    ),
    Case(
        "two point zero five percent",
        F(41, 20),
        "2.05",
        "percent",
        "percent",
        word="two point zero five",
    ),
    Case("twenty-first", F(21), "21", ordinal=True, word="twenty-first"),
    Case("forty-second", F(42), "42", ordinal=True, word="forty-second"),
    Case("hundredth", F(100), "100", ordinal=True, word="hundredth"),
    # a decade is ten years
    Case("a decade", F(10), "10", "year", "time", word="a"),
    Case("two decades", F(20), "20", "year", "time", word="two"),
    Case("1.5 decades", F(15), "15", "year", "time"),
    # "top ten": a rank of ten or better
    Case("top ten", F(10), "10", qualifier=Qualifier.UPPER, ordinal=True, word="ten"),
    Case("the top-20", F(20), "20", qualifier=Qualifier.UPPER, ordinal=True),
    # ranges: the low end's numbers, the high end in ``high``, the value in the middle
    Case("10–15 million", F(12_500_000), "10", exponent=6, high=F(15_000_000)),
    Case("10-15 million", F(12_500_000), "10", exponent=6, high=F(15_000_000)),
    Case("10 million – 15 million", F(12_500_000), "10", exponent=6, high=F(15_000_000)),
    Case("US$10–15 million", F(12_500_000), "10", "USD", exponent=6, high=F(15_000_000)),
    Case("between 10 and 15 percent", F(25, 2), "10", "percent", "percent", high=F(15)),
    Case("10 to 15 percent", F(25, 2), "10", "percent", "percent", high=F(15)),
    Case("between ten and fifteen", F(25, 2), "10", word="ten", high=F(15)),
    Case("between -5 and -3 percent", F(-4), "5", "percent", negative=True, high=F(-3)),
    Case("some 2–3 km", F(5, 2), "2", "kilometer", qualifier=Qualifier.APPROX, high=F(3)),
    # signs as words and with a space
    Case("plus 12.4%", F(62, 5), "12.4", "percent", "percent"),
    Case("+ 0.7%", F(7, 10), "0.7", "percent", "percent"),
    Case("- 5", F(-5), "5", negative=True),
    # a scale letter before a currency word: money, not metres
    Case("430m dollars", F(430_000_000), "430", "USD", "currency", exponent=6),
    Case("430 m dollars", F(430_000_000), "430", "USD", "currency", exponent=6),
    Case("5k euros per job", F(5000), "5", "EUR", "currency", exponent=3, per="job"),
    Case("2b rubles", F(2 * 10**9), "2", "RUB", "currency", exponent=9),
    Case("430 m", F(430), "430", "meter", "length"),
    # lower bounds written as verbs
    Case("exceeded $3,000", F(3000), "3000", "USD", qualifier=Qualifier.LOWER),
    Case("surpassed 1 million", F(10**6), "1", exponent=6, qualifier=Qualifier.LOWER),
    Case("topped 5 percent", F(5), "5", "percent", qualifier=Qualifier.LOWER),
    # a direction word: a fall is negative, a rise positive; "fell to" is the level reached
    Case("fell 9 percent", F(-9), "9", "percent", negative=True, direction=DOWN),
    Case("down 9 percent", F(-9), "9", "percent", negative=True, direction=DOWN),
    Case("declined by 9 percent", F(-9), "9", "percent", negative=True, direction=DOWN),
    Case("a fall of 1.8%", F(-9, 5), "1.8", "percent", negative=True, direction=DOWN),
    Case("lost US$3 million", F(-3 * 10**6), "3", "USD", exponent=6, negative=True, direction=DOWN),
    Case(
        "fell more than 9 percent",
        F(-9),
        "9",
        "percent",
        qualifier=Qualifier.LOWER,
        negative=True,
        direction=DOWN,
    ),
    Case("rose 3 percent", F(3), "3", "percent", direction=UP),
    # a direction word after the value: "19% lower" is a fall, "5 percent higher" a rise
    Case("19% lower", F(-19), "19", "percent", negative=True, direction=DOWN),
    Case("3.5 percent less", F(-7, 2), "3.5", "percent", negative=True, direction=DOWN),
    Case("5 percent higher", F(5), "5", "percent", direction=UP),
    Case("20% more", F(20), "20", "percent", direction=UP),
    Case("up 3.5%", F(7, 2), "3.5", "percent", direction=UP),
    Case("increased by 12", F(12), "12", direction=UP),
    Case("fell to 5 percent", F(5), "5", "percent"),
    Case(
        "Fell 10–15 percent", F(-25, 2), "10", "percent", negative=True, high=F(-15), direction=DOWN
    ),
    # ounces (troy) and barrels
    Case("2.5 million ounces", F(2_500_000), "2.5", "troy_ounce", "mass", exponent=6),
    Case("100 troy ounces", F(100), "100", "troy_ounce", "mass"),
    Case("100,000 bbl", F(100_000), "100000", "barrel", "volume"),
    Case("1.2 million bpd", F(1_200_000), "1.2", "barrel", "volume", exponent=6, per="day"),
    Case("60 dollars per barrel", F(60), "60", "USD", "currency", per="barrel"),
    # "per" and any counted noun
    Case(
        "31 thousand euros per job created", F(31_000), "31", "EUR", exponent=3, per="job created"
    ),
    Case("US$5 per workplace", F(5), "5", "USD", per="workplace"),
    Case("12,000 dollars per capita", F(12_000), "12000", "USD", per="person"),
    Case("1,500 tenge per resident", F(1500), "1500", "KZT", per="person"),
    Case("3 per small-business owner", F(3), "3", per="small-business owner"),
    # real and nominal terms
    Case("6.2 percent in real terms", F(31, 5), "6.2", "percent", terms=Terms.REAL),
    Case("grew 6.2 percent in real terms", F(31, 5), "6.2", "percent", direction=UP, terms="real"),
    Case("6.2 percent, in nominal terms", F(31, 5), "6.2", "percent", terms=Terms.NOMINAL),
    Case("3 percent adjusted for inflation", F(3), "3", "percent", terms=Terms.REAL),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.locale}:{c.text}" for c in CASES])
def test_grammar_table(case: Case) -> None:
    stated = parse(case.text, LOCALES[case.locale])
    assert stated.text == case.text
    assert stated.value == case.value
    assert stated.digits == case.digits
    assert stated.exponent == case.exponent
    assert stated.qualifier == case.qualifier
    assert stated.negative is case.negative
    assert stated.ordinal is case.ordinal
    assert stated.word == case.word
    assert not stated.missing
    assert (stated.unit.key if stated.unit else None) == case.unit
    if case.kind is not None:
        assert stated.unit is not None and stated.unit.kind == case.kind
    assert (stated.per.key if stated.per else None) == case.per
    assert (stated.high.value if stated.high else None) == case.high
    assert stated.is_range is (case.high is not None)
    assert stated.direction == case.direction
    assert stated.terms == case.terms


@pytest.mark.parametrize("text", ["US$", "(US$)", "₸", "USD", " ( US$ ) "])
def test_currency_alone_is_missing(text: str) -> None:
    stated = parse(text)
    assert stated.missing
    assert stated.digits is None
    assert stated.value == 0
    assert stated.unit is not None and stated.unit.is_currency


@pytest.mark.parametrize(("text", "code"), [("(US$)", "USD"), ("₸", "KZT"), ("EUR", "EUR")])
def test_missing_keeps_the_currency(text: str, code: str) -> None:
    unit = parse(text).unit
    assert unit is not None and unit.key == code


def test_aliases_map_extra_currency_words() -> None:
    stated = parse("300 som", aliases={"som": "KGS"})
    assert stated.unit is not None and stated.unit.key == "KGS"
    stated = parse("300 widgets", aliases={"widgets": "XWD"})
    assert stated.unit is not None and stated.unit.key == "XWD"
    with pytest.raises(GrammarError, match="unknown unit 'widgets'"):
        parse("300 widgets")


@pytest.mark.parametrize(
    ("text", "decimals", "significant", "trailing_zeros"),
    [
        ("1.5 billion", 1, 2, 0),
        ("140 million", 0, 2, 1),
        ("1,100", 0, 2, 2),
        ("3.50", 2, 3, 0),
        ("0.05", 2, 1, 0),
        ("0", 0, 1, 0),
        ("fifty", 0, 1, 1),  # a number word has the zeros of its digits ("50")
        ("fiftieth", 0, 1, 0),  # an ordinal has none: a rank is exact
        ("1,040", 0, 3, 1),
    ],
)
def test_precision_properties(
    text: str, decimals: int, significant: int, trailing_zeros: int
) -> None:
    stated = parse(text)
    assert stated.decimals == decimals
    assert stated.significant_digits == significant
    assert stated.trailing_zeros == trailing_zeros


def test_last_digit_step() -> None:
    assert parse("1.5 billion").last_digit_step() == 10**8
    assert parse("328 million").last_digit_step() == 10**6
    assert parse("0.25").last_digit_step() == Fraction(1, 100)


# -- errors -------------------------------------------------------------------------------------

ERRORS: list[tuple[str, str, str]] = [
    ("1,2,3", "en", "malformed number"),
    ("1,23", "en", "malformed number"),
    ("12,34,5678", "en", "malformed number"),  # "12,34,567" is South Asian grouping
    ("1..5", "en", "malformed number"),
    ("1.2.3", "en", "malformed number"),
    ("1,000.", "en", "malformed number"),
    ("1.5", "de", "malformed number"),
    ("1 234.5", "fr", "malformed number"),
    ("--5", "en", "more than one minus sign"),
    ("−−5", "en", "more than one minus sign"),
    ("+-5", "en", "more than one sign"),
    ("++5", "en", "more than one sign"),
    ("+", "en", "no number found"),
    ("1e999999", "en", "exponent notation"),
    ("2E5", "en", "exponent notation"),
    ("1e-5", "en", "exponent notation"),
    ("NaN", "en", "not a finite number"),
    ("nan percent", "en", "not a finite number"),
    ("inf", "en", "not a finite number"),
    ("Infinity", "en", "not a finite number"),
    ("-inf", "en", "not a finite number"),
    ("US$inf", "en", "not a finite number"),
    ("1" * 500, "en", "the limit is 200"),
    ("9" * (MAX_DIGITS + 1), "en", f"{MAX_DIGITS + 1} digits, the limit is {MAX_DIGITS}"),
    ("0." + "1" * MAX_DIGITS, "en", f"the limit is {MAX_DIGITS}"),
    ("", "en", "value is empty"),
    ("   ", "en", "value is empty"),
    ("()", "en", "value is empty"),
    ("\t\n", "en", "value is empty"),
    ("5 furlongs", "en", "unknown unit 'furlongs'"),
    ("5 tenge per 3 parsecs", "en", "unknown unit '3 parsecs'"),  # a noun has no digits
    ("5 widgets per job", "en", "unknown unit 'widgets'"),  # only the denominator may be a noun
    ("US$5 tenge", "en", "names a currency twice (USD and KZT)"),
    ("US$5 dollars", "en", "names a currency twice"),
    ("€5 EUR", "en", "names a currency twice"),
    ("1٤0", "en", "mixes digits of two scripts (ASCII and Arabic-Indic)"),
    ("٦4٦", "en", "mixes digits of two scripts"),
    ("１2", "en", "mixes digits of two scripts (ASCII and Fullwidth)"),
    ("١٢٣.٤", "en", "'.' (U+002E) is not a separator of Arabic-Indic digits"),
    ("١٢٣,٤٥٦", "en", "which take '٫' (U+066B) as decimal mark and '٬' (U+066C) between"),
    ("1٬234", "en", "'٬' (U+066C) is not a separator of ASCII digits"),
    ("1，234", "en", "'，' (U+FF0C) is not a separator of ASCII digits"),
    ("１,２３４", "en", "',' (U+002C) is not a separator of Fullwidth digits"),
    ("١٢٣٫", "en", "malformed number"),
    ("XYZ", "en", "no number found"),
    ("GDP 5 percent", "en", "names a currency twice (GDP and percent)"),
    ("between 10 and", "en", "says 'between' but gives no second number after 'and'"),
    ("between 10 or 15", "en", "says 'between' but gives no second number"),
    ("15–10 percent", "en", "runs from high to low: write the low end first"),
    ("between 15 and 10", "en", "runs from high to low"),
    ("more than 10–15 million", "en", "is a range and a bound at once"),
    ("top 10–15", "en", "is a range and a bound at once"),
    ("US$10–€15", "en", "names two currencies (USD and EUR)"),
    ("fell -9 percent", "en", "says which way it went and has a minus sign"),
    ("rose minus 2 percent", "en", "says which way it went and has a minus sign"),
    ("fell 19% lower", "en", "says twice which way it went"),
    ("-19% lower", "en", "says which way it went and has a minus sign"),
    ("20 percent or more", "en", "unknown unit"),
    ("10–US$", "en", "no number after '–'"),
    ("two decades tenge", "en", "unknown unit 'decades tenge'"),
    ("fell", "en", "no number found"),
    ("a", "en", "no number found"),
    ("a year", "en", "no number found"),
    ("five five", "en", "unknown unit 'five'"),
    ("tenge", "en", "no number found"),
    ("some", "en", "no number found"),
    ("about US$ many", "en", "no number found"),
    ("abc", "en", "no number found"),
]


@pytest.mark.parametrize(("text", "locale", "fragment"), ERRORS, ids=[e[0][:30] for e in ERRORS])
def test_grammar_errors(text: str, locale: str, fragment: str) -> None:
    with pytest.raises(GrammarError) as info:
        parse(text, LOCALES[locale])
    assert fragment in str(info.value)


@pytest.mark.parametrize("value", [5, 1.5, None, b"5", ["5"], True])
def test_non_string_input(value: object) -> None:
    with pytest.raises(GrammarError, match="expected a string"):
        parse(value)


def test_thirty_digits_is_the_limit() -> None:
    assert parse("9" * MAX_DIGITS).value == 10**MAX_DIGITS - 1


def test_malformed_number_names_the_locale_style() -> None:
    with pytest.raises(GrammarError, match=r"1\.234,5"):
        parse("1.5", LOCALES["de"])
    with pytest.raises(GrammarError, match=r"1,234\.5"):
        parse("1,2,3")


def test_comma_in_en_is_not_a_decimal() -> None:
    # "4,7" is malformed in a file that sets locale = "en", not 4.7 or 47 (a file that sets no
    # locale reads it as a decimal comma: test_decimal_comma.py)
    with pytest.raises(GrammarError, match="malformed number"):
        parse("€4,7 million", LOCALES["en"])


def test_group_of_three_after_comma_is_thousands_in_de_reading_is_decimal() -> None:
    assert parse("1,500", LOCALES["de"]).value == Fraction(3, 2)
    assert parse("1,500", LOCALES["en"]).value == 1500
    assert parse("1.500", LOCALES["de"]).value == 1500


# -- round trip --------------------------------------------------------------------------------

SCALES = {"": 0, " thousand": 3, " million": 6, " billion": 9, " bn": 9, " mn": 6, " trillion": 12}
UNITS = {
    "": None,
    " tenge": "KZT",
    " percent": "percent",
    "%": "percent",
    " km": "kilometer",
    " square meters": "square_meter",
    " hectares": "hectare",
    " euros": "EUR",
}


def _group(int_digits: str, sep: str) -> str:
    head = len(int_digits) % 3 or 3
    parts = [int_digits[:head]] + [int_digits[i : i + 3] for i in range(head, len(int_digits), 3)]
    return sep.join(parts)


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, str, str, Fraction, str | None, int]:
    locale_name = draw(st.sampled_from(sorted(LOCALES)))
    locale = LOCALES[locale_name]
    whole = draw(st.integers(min_value=0, max_value=10**15))
    int_digits = str(whole)
    frac_digits = draw(st.one_of(st.just(""), st.text("0123456789", min_size=1, max_size=6)))
    grouped = draw(st.booleans())
    sep = draw(st.sampled_from(locale.groups))
    int_text = _group(int_digits, sep) if grouped else int_digits
    numeral = int_text + (locale.decimal + frac_digits if frac_digits else "")
    scale = draw(st.sampled_from(sorted(SCALES)))
    unit = draw(st.sampled_from(sorted(UNITS)))
    digits = int_digits + ("." + frac_digits if frac_digits else "")
    value = Fraction(digits) * 10 ** SCALES[scale]
    return locale_name, numeral + scale + unit, digits, value, UNITS[unit], SCALES[scale]


@settings(max_examples=200, deadline=None)
@given(written_numbers())
def test_round_trip(case: tuple[str, str, str, Fraction, str | None, int]) -> None:
    locale_name, text, digits, value, unit, exponent = case
    stated = parse(text, LOCALES[locale_name])
    assert stated.digits == digits
    assert stated.value == value
    assert stated.exponent == exponent
    assert (stated.unit.key if stated.unit else None) == unit
    assert stated.qualifier is None and not stated.negative


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**9),
    st.sampled_from(["more than ", "at least ", "less than ", "up to ", "some ", "about "]),
)
def test_round_trip_with_qualifier_and_prefix(whole: int, qualifier: str) -> None:
    text = f"{qualifier}US${whole:,} million"
    stated = parse(text)
    assert stated.value == whole * 10**6
    assert stated.digits == str(whole)
    assert stated.unit is not None and stated.unit.key == "USD"
    expected = {
        "more than ": Qualifier.LOWER,
        "at least ": Qualifier.LOWER,
        "less than ": Qualifier.UPPER,
        "up to ": Qualifier.UPPER,
        "some ": Qualifier.APPROX,
        "about ": Qualifier.APPROX,
    }[qualifier]
    assert stated.qualifier == expected


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_arbitrary_text_parses_or_raises_grammar_error(text: str) -> None:
    try:
        stated = parse(text)
    except GrammarError as exc:
        assert str(exc)
    else:
        assert stated.missing or stated.digits is not None


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from([0x0660, 0x06F0, 0xFF10, 0x0966, 0x09E6, 0x0E50]),
    st.integers(min_value=0, max_value=10**12),
    st.text("0123456789", max_size=4),
    st.sampled_from(["en", "de", "fr"]),
)
def test_round_trip_in_other_scripts(zero: int, whole: int, frac: str, locale_name: str) -> None:
    """A number written in another script's digits and separators reads as its ASCII twin."""
    locale = LOCALES[locale_name]
    if zero in (0x0660, 0x06F0):
        decimal, group = "\u066b", "\u066c"
    elif zero == 0xFF10:
        decimal, group = chr(ord(locale.decimal) + 0xFEE0), chr(ord(locale.groups[0]) + 0xFEE0)
        group = group if locale.groups[0] != " " else " "
    else:
        decimal, group = locale.decimal, locale.groups[0]
    ascii_text = _group(str(whole), "|") + ("#" + frac if frac else "")
    shifted = "".join(chr(zero + int(ch)) if ch.isdigit() else ch for ch in ascii_text)
    text = shifted.replace("|", group).replace("#", decimal) + " million tenge"
    stated = parse(text, locale)
    assert stated.digits == str(whole) + ("." + frac if frac else "")
    assert stated.value == Fraction(stated.digits) * 10**6
    assert stated.unit is not None and stated.unit.key == "KZT"


def test_a_counted_noun_after_per_is_a_unit_of_its_own() -> None:
    """ "per job created": the noun is recorded (lower case, spaces normalised) as a count unit that
    converts to nothing else, so a ratio relation can tie the figure to a count of jobs."""
    from aktobe_facts.reading.units import ConversionError, factor, lookup_unit

    per = parse("31 thousand euros per  Job Created").per
    assert per is not None and per.noun and per.kind == "count"
    assert per.key == per.label == "job created"
    assert factor(per, per) == 1
    with pytest.raises(ConversionError, match="cannot convert"):
        factor(per, parse("5 per workplace").per)  # type: ignore[arg-type]
    person = lookup_unit("people")
    assert person is not None and not person.noun
    with pytest.raises(ConversionError):
        factor(per, person)


@pytest.mark.parametrize(
    ("text", "per"),
    [("5 km/h", "unknown unit 'h'"), ("5 tenge per 1st job", "unknown unit '1st job'")],
)
def test_only_words_after_per_are_a_noun(text: str, per: str) -> None:
    with pytest.raises(GrammarError, match=per):
        parse(text)


def test_ounces_and_barrels_convert_exactly() -> None:
    """A troy ounce is 31.1034768 g; an oil barrel 42 US gallons, 158.987294928 liters."""
    from aktobe_facts.reading.units import factor, lookup_unit

    def unit(word: str) -> UnitSpec:
        spec = lookup_unit(word)
        assert spec is not None
        return spec

    assert factor(unit("ounces"), unit("kg")) == Fraction("0.0311034768")
    assert factor(unit("troy ounce"), unit("tonnes")) == Fraction("0.0000311034768")
    assert factor(unit("barrels"), unit("liters")) == Fraction("158.987294928")
    assert factor(unit("bbl"), unit("cubic meters")) == Fraction("0.158987294928")


@pytest.mark.parametrize(
    ("value", "counterpart", "outcome"),
    [
        ("2.5 million ounces", "77.8 tonnes", "pass"),  # 77.76 tonnes
        ("2.5 million ounces", "70.8 tonnes", "fail"),
        ("100,000 barrels", "15,900 cubic meters", "pass"),
        ("1.2 million bbl", "191,000 cubic meters", "pass"),  # 190,785 m³
        ("1.2 million bbl", "181,000 cubic meters", "fail"),
    ],
)
def test_ounces_and_barrels_in_the_unit_conversions_check(
    value: str, counterpart: str, outcome: str
) -> None:
    from conftest import findings_of

    (found,) = findings_of(
        f"""
        [[claim]]
        id = "a"
        quote = "q"
        value = "{value}"
        counterpart = "{counterpart}"
        """,
        "unit-conversions",
    )
    assert found.outcome.value == outcome


_PIECES = [
    "fell", "rose", "by", "to", "between", "and", "top", "the", "more than", "about", "exceeded",
    "-", "–", "+", "plus", "minus", "US$", "XYZ", "€", "5", "1,100", "2.5", "٥", "１", "0", "ten",
    "forty-five", "hundred", "a", "million", "bn", "m", "k", "dollars", "tenge", "percent", "%",
    "decades", "years", "ounces", "bpd", "per", "job created", "capita", "/", "in real terms",
    "adjusted for inflation", "twenty-first", "5th", "(", ")", "point", "five", "an", "increase",
    "rise", "decline", "drop",
]  # fmt: skip


@pytest.mark.parametrize("text", ["a rise", "an increase", "a decline", "An expansion"])
def test_a_noun_of_change_with_no_number_is_refused_plainly(text: str) -> None:
    """A noun of change and its article alone ("... or an increase of 10.8 percent", whose "or"
    the draft tries as a counterpart) hold no number: a GrammarError, never an IndexError."""
    with pytest.raises(GrammarError, match="no number"):
        parse(text)
    assert parse(f"{text.split()[0]} 5 percent {text.split()[1]}").digits == "5"  # the near miss


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8), st.sampled_from(["", " "]))
def test_any_sequence_of_grammar_words_parses_or_raises_grammar_error(
    pieces: list[str], joint: str
) -> None:
    """Every mix of the grammar's own words is read or refused with a GrammarError, never another
    exception; a value read has a unit-or-number and a range that runs from low to high."""
    for text in (" ".join(pieces), joint.join(pieces)):
        try:
            stated = parse(text)
        except GrammarError as exc:
            assert str(exc)
            continue
        if stated.high is not None:
            assert stated.low.value <= stated.high.value or stated.direction == Direction.DOWN
        assert stated.missing or stated.digits is not None
