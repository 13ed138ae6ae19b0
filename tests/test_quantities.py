"""The reading rules: stated values to exact intervals."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.numbers import LOCALES, parse
from aktobe_facts.reading.quantities import APPROX_TOLERANCE, Quantity, read, rounding_step
from conftest import findings_of, load_text

F = Fraction


def q(
    text: str,
    *,
    exact: bool = False,
    precision: Fraction | None = None,
    approx: Fraction = APPROX_TOLERANCE,
) -> Quantity:
    return read(parse(text, LOCALES["en"]), exact=exact, precision=precision, approx=approx)


def iv(
    text: str,
    *,
    exact: bool = False,
    precision: Fraction | None = None,
    approx: Fraction = APPROX_TOLERANCE,
) -> Interval | None:
    return q(text, exact=exact, precision=precision, approx=approx).interval


READINGS: list[tuple[str, Interval, str]] = [
    # digits set the precision
    ("1.5 billion", Interval(F(145, 100) * 10**9, F(155, 100) * 10**9), "rounded to 0.1 billion"),
    ("328 million", Interval(F(3275, 10) * 10**6, F(3285, 10) * 10**6), "rounded to 1 million"),
    ("646.8 billion tenge", Interval(F(64675) * 10**7, F(64685) * 10**7), "rounded to"),
    ("3.50", Interval(F(3495, 1000), F(3505, 1000)), "rounded to 0.01"),
    ("1,234", Interval(F(2467, 2), F(2469, 2)), "rounded to 1"),
    # trailing zeros: the widest reading
    ("140 million", Interval(F(135) * 10**6, F(145) * 10**6), "widest reading"),
    ("1,100", Interval(F(1050), F(1150)), "rounded to 100"),
    ("1,040 square meters", Interval(F(1035), F(1045)), "rounded to 10"),
    ("2,000 people", Interval(F(1500), F(2500)), "rounded to 1,000"),
    # percent and points are read to the unit
    ("10 percent", Interval(F(19, 2), F(21, 2)), "rounded to 1"),
    ("100%", Interval(F(199, 2), F(201, 2)), "rounded to 1"),
    ("3.5 percent", Interval(F(345, 100), F(355, 100)), "rounded to 0.1"),
    ("20 percentage points", Interval(F(39, 2), F(41, 2)), "rounded to 1"),
    # qualifiers
    ("more than 1,100", Interval(F(1100), None), "a lower bound as written"),
    ("at least 25 km", Interval(F(25), None), "a lower bound"),
    ("over 40 percent", Interval(F(40), None), "a lower bound"),
    ("up to 50 km", Interval(F(0), F(50)), "an upper bound as written"),
    ("less than US$2 million", Interval(F(0), F(2 * 10**6)), "an upper bound"),
    ("less than 5 percent", Interval(None, F(5)), "an upper bound"),
    # approximate words widen the rounding interval by 5 percent of the value
    ("some 23", Interval(F(225, 10) - F(115, 100), F(235, 10) + F(115, 100)), "widened by 5"),
    ("about 10 percent", Interval(F(9), F(11)), "approximate"),
    (
        "some 140 million",
        Interval(F(135 - 7) * 10**6, F(145 + 7) * 10**6),
        "widest reading of the trailing zeros; approximate",
    ),
    # a number word is as precise as its digits would be: "three" reads as "3"
    ("three", Interval(F(5, 2), F(7, 2)), "rounded to 1"),
    ("five billion tenge", Interval(F(45, 10) * 10**9, F(55, 10) * 10**9), "rounded to 1 billion"),
    ("ten billion", Interval(F(5) * 10**9, F(15) * 10**9), "widest reading"),
    ("three thousand", Interval(F(2500), F(3500)), "rounded to 1 thousand"),
    ("hundred", Interval(F(50), F(150)), "rounded to 100"),
    ("some five million", Interval(F(425, 100) * 10**6, F(575, 100) * 10**6), "approximate"),
    ("forty-five", Interval(F(89, 2), F(91, 2)), "rounded to 1"),
    ("forty", Interval(F(35), F(45)), "widest reading"),  # as "40"
    ("two hundred", Interval(F(150), F(250)), "widest reading"),
    ("three thousand five hundred", Interval(F(3450), F(3550)), "rounded to 100"),
    ("twenty-first", Interval.point(21), "exact"),
    # durations are read to the unit; a decade is ten years, read as "10 years"
    ("10 years", Interval(F(19, 2), F(21, 2)), "rounded to 1"),
    ("about 10 years", Interval(F(9), F(11)), "approximate"),
    ("30 days", Interval(F(59, 2), F(61, 2)), "rounded to 1"),
    ("a decade", Interval(F(19, 2), F(21, 2)), "rounded to 1"),
    ("two decades", Interval(F(39, 2), F(41, 2)), "rounded to 1"),
    # a rank of ten or better
    ("top ten", Interval(F(0), F(10)), "an upper bound"),
    # ranges: low end's lowest to high end's highest, both to the finer step
    ("10–15 million", Interval(F(95, 10) * 10**6, F(155, 10) * 10**6), "a range"),
    ("between 10 and 15 percent", Interval(F(19, 2), F(31, 2)), "rounded to 1: a range"),
    ("1.5 to 2 billion", Interval(F(145, 100) * 10**9, F(205, 100) * 10**9), "0.1 billion"),
    ("between ten and fifteen", Interval(F(19, 2), F(31, 2)), "a range"),  # as 10 and 15
    ("some 10–15 million", Interval(F(9) * 10**6, F(1625, 100) * 10**6), "approximate"),
    ("between -5 and -3 percent", Interval(F(-11, 2), F(-5, 2)), "a range"),
    # a direction word: the size of the change, negated for a fall
    ("fell 9 percent", Interval(F(-19, 2), F(-17, 2)), "a fall"),
    ("down 1.8 percent", Interval(F(-185, 100), F(-175, 100)), "a fall"),
    ("fell more than 9 percent", Interval(None, F(-9)), "a lower bound as written; a fall"),
    ("fell less than 9 percent", Interval(F(-9), F(0)), "an upper bound"),
    ("rose 3 percent", Interval(F(5, 2), F(7, 2)), "a rise"),
    ("rose less than 2 percent", Interval(F(0), F(2)), "a rise"),
    ("fell US$3 billion", Interval(F(-35, 10) * 10**9, F(-25, 10) * 10**9), "a fall"),
    ("fell 10–15 percent", Interval(F(-31, 2), F(-19, 2)), "a range"),
    # the other new forms read as their plain twins
    ("exceeded $3,000", Interval(F(3000), None), "a lower bound"),
    ("430m dollars", Interval(F(425) * 10**6, F(435) * 10**6), "rounded to 10 m"),
    ("plus 12.4%", Interval(F(1235, 100), F(1245, 100)), "rounded to 0.1"),
    ("31 thousand euros per job created", Interval(F(30500), F(31500)), "rounded to 1 thousand"),
    ("2.5 million ounces", Interval(F(245, 100) * 10**6, F(255, 100) * 10**6), "0.1 million"),
    ("6.2 percent in real terms", Interval(F(615, 100), F(625, 100)), "rounded to 0.1"),
    # digits of other scripts read as their ASCII twins
    ("٦٤٦٫٨ billion tenge", Interval(F(64675) * 10**7, F(64685) * 10**7), "rounded to 0.1"),
    ("１，１００", Interval(F(1050), F(1150)), "rounded to 100"),
    ("fifth", Interval.point(5), "an ordinal: exact"),
    ("5th", Interval.point(5), "an ordinal: exact"),
    ("nearly three", Interval(F(5, 2) - F(15, 100), F(3)), "widened"),  # at most three
    ("just over three", Interval(F(3), F(7, 2) + F(15, 100)), "widened"),  # at least three
    ("close to three", Interval(F(5, 2) - F(15, 100), F(7, 2) + F(15, 100)), "widened"),
    # negative values keep their sign; percent is never clamped
    ("-5 percent", Interval(F(-11, 2), F(-9, 2)), "rounded to 1"),
    ("−1.8 percent", Interval(F(-185, 100), F(-175, 100)), "rounded to 0.1"),
    ("-0.3 percentage points", Interval(F(-35, 100), F(-25, 100)), "rounded to 0.1"),
    ("some -4 percent", Interval(F(-47, 10), F(-33, 10)), "approximate"),
    ("less than -2 percent", Interval(None, F(-2)), "an upper bound"),
    ("-5", Interval(F(-11, 2), F(-9, 2)), "rounded to 1"),
    # quantities that cannot be negative start at 0
    ("0", Interval(F(0), F(1, 2)), "rounded to 1"),
    ("0.2 km", Interval(F(15, 100), F(25, 100)), "rounded to 0.1"),
]


@pytest.mark.parametrize(("text", "expected", "reading"), READINGS, ids=[r[0] for r in READINGS])
def test_reading(text: str, expected: Interval, reading: str) -> None:
    quantity = q(text)
    assert quantity.interval == expected
    assert reading in quantity.reading
    assert quantity.text == text
    assert not quantity.missing


def test_declared_precision() -> None:
    assert iv("140 million", precision=F(10**6)) == Interval(
        F(1395, 10) * 10**6, F(1405, 10) * 10**6
    )
    reading = q("140 million", precision=F(10**6)).reading
    assert "rounded to 1 million" in reading and "declared" in reading
    assert iv("1,100", precision=F(1)) == Interval(F(2199, 2), F(2201, 2))
    # precision may also be coarser than the digits
    assert iv("328 million", precision=F(10**7)) == Interval(F(323) * 10**6, F(333) * 10**6)


def test_declared_exact() -> None:
    assert iv("140 million", exact=True) == Interval.point(140 * 10**6)
    assert q("140 million", exact=True).reading == "declared exact"
    # exact wins over precision
    assert iv("140 million", exact=True, precision=F(10**6)) == Interval.point(140 * 10**6)
    # and a qualifier still makes a bound
    assert iv("more than 1,100", exact=True) == Interval(F(1100), None)
    assert iv("about 20", exact=True) == Interval(F(19), F(21))


def test_approx_setting_changes_the_widening() -> None:
    assert F(5, 100) == APPROX_TOLERANCE
    assert iv("some 23", approx=F(1, 10)) == Interval(
        F(225, 10) - F(23, 10), F(235, 10) + F(23, 10)
    )
    assert iv("some 23", approx=F(0)) == Interval(F(45, 2), F(47, 2))
    assert "widened by 10 percent" in q("some 23", approx=F(1, 10)).reading
    # the setting reaches claims through [settings] approx
    doc = load_text(
        """
        [settings]
        approx = "10 percent"

        [[claim]]
        id = "a"
        quote = "some 200 km"
        value = "some 200 km"
        """
    )
    value = doc.claims[0].value
    assert value is not None
    # 200 has two trailing zeros: [150, 250], widened by 20 on each side
    assert value.interval == Interval(F(130), F(270))


def test_missing_has_no_interval() -> None:
    quantity = q("US$")
    assert quantity.missing and quantity.interval is None
    assert quantity.reading == "no number stated"
    with pytest.raises(ValueError, match="has no number"):
        quantity.require()


def test_quantity_carries_unit_and_per() -> None:
    rate = q("412.95 tenge per US$")
    assert rate.unit is not None and rate.unit.key == "KZT"
    assert rate.per is not None and rate.per.key == "USD"
    assert rate.value == F(41295, 100)
    assert rate.require() == Interval(F(41294, 100) + F(5, 1000), F(41295, 100) + F(5, 1000))


def test_rounding_step() -> None:
    assert rounding_step(parse("1.5 billion")) == 10**8
    assert rounding_step(parse("140 million")) == 10**7
    assert rounding_step(parse("1,100")) == 100
    assert rounding_step(parse("10 percent")) == 1
    assert rounding_step(parse("100 percent")) == 1
    assert rounding_step(parse("0.25")) == F(1, 100)
    assert rounding_step(parse("7")) == 1


# -- properties -------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**9),
    st.text("0123456789", max_size=4),
    st.sampled_from(["", " thousand", " million", " billion"]),
    st.sampled_from(["", " tenge", " km", " percent"]),
)
def test_default_reading_is_half_a_step_around_the_value(
    whole: int, frac: str, scale: str, unit: str
) -> None:
    text = f"{whole}" + (f".{frac}" if frac else "") + scale + unit
    exponent = {"": 0, " thousand": 3, " million": 6, " billion": 9}[scale]
    value = F(f"{whole}" + (f".{frac}" if frac else "")) * 10**exponent
    if frac:
        step = F(10) ** (exponent - len(frac))
    elif unit == " percent":
        step = F(10) ** exponent
    else:
        zeros = len(str(whole)) - len(str(whole).rstrip("0"))
        step = F(10) ** (exponent + zeros)
    quantity = q(text)
    assert quantity.interval == Interval(value - step / 2, value + step / 2)
    assert quantity.value == value


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**6),
    st.fractions(min_value=0, max_value=F(1, 2), max_denominator=100),
)
def test_approx_widens_symmetrically_by_the_tolerance(whole: int, tolerance: Fraction) -> None:
    plain = iv(f"{whole}")
    wide = iv(f"about {whole}", approx=tolerance)
    assert plain is not None and wide is not None
    assert plain.lo is not None and plain.hi is not None
    assert wide.lo == max(F(0), plain.lo - whole * tolerance)
    assert wide.hi == plain.hi + whole * tolerance


@pytest.mark.parametrize("written", ["five billion tenge", "5 billion tenge"])
def test_number_word_with_a_scale_is_not_false_precision(written: str) -> None:
    """ "five billion tenge (US$12.1 million)" fits the rate of the other pair as "5 billion" does:
    the word is not read as exactly 5,000,000,000, which would blame the dollar figure."""
    found = findings_of(
        f"""
        [[claim]]
        id = "a"
        quote = "646.8 billion tenge (US$1.5 billion)"
        value = "646.8 billion tenge"
        counterpart = "US$1.5 billion"

        [[claim]]
        id = "b"
        quote = "{written}"
        value = "{written}"
        counterpart = "US$12.1 million"
        """,
        "conversions",
    )
    assert [(f.outcome.value, f.severity.value) for f in found] == [("pass", "info")]


# -- round trips of the written forms: each form of a random value reads as its plain twin ------

_SCALE_EXPONENTS = {"": 0, " thousand": 3, " million": 6, " billion": 9}
_UNIT_WORDS = ["", " tenge", " percent", " km", " US dollars", " barrels", " ounces"]


@st.composite
def plain_values(draw: st.DrawFn) -> str:
    """A stated value in digits: "646.8 billion tenge", "12 percent", "1,100"."""
    whole = draw(st.integers(min_value=0, max_value=10**6))
    frac = draw(st.text("0123456789", max_size=3))
    scale = draw(st.sampled_from(sorted(_SCALE_EXPONENTS)))
    unit = draw(st.sampled_from(_UNIT_WORDS))
    return f"{whole:,}" + (f".{frac}" if frac else "") + scale + unit


def _size(text: str) -> Interval:
    interval = iv(text)
    assert interval is not None
    return interval.clamp_lo(F(0))


@settings(max_examples=80, deadline=None)
@given(
    plain_values(),
    st.sampled_from(["fell ", "down ", "declined by ", "a fall of ", "lost "]),
    st.sampled_from(["rose ", "up ", "increased by ", "grew ", "gained "]),
)
def test_round_trip_direction(text: str, fall: str, rise: str) -> None:
    """ "fell X" is minus the size of "X"; "rose X" is the size of "X"."""
    assert iv(fall + text) == -_size(text)
    assert iv(rise + text) == _size(text)
    assert iv(f"{fall}more than {text}") == -iv(f"more than {text}")  # type: ignore[operator]


@settings(max_examples=80, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=2),
    st.sampled_from(sorted(_SCALE_EXPONENTS)),
    st.sampled_from(_UNIT_WORDS),
    st.sampled_from(["{a}–{b}", "{a}-{b}", "{a} to {b}", "between {a} and {b}", "{a} — {b}"]),
)
def test_round_trip_range(x: int, y: int, decimals: int, scale: str, unit: str, form: str) -> None:
    """A range is [low end's lowest, high end's highest], both ends read to the finer step."""
    shown = [_decimal(n, decimals) for n in sorted((x, y))]
    text = form.format(a=shown[0], b=shown[1]) + scale + unit
    ends = [q(s + scale + unit) for s in shown]
    step = min(end.step for end in ends if end.step is not None)
    lo = ends[0].value - step / 2
    expected = Interval(max(lo, F(0)) if unit != " percent" else lo, ends[1].value + step / 2)
    assert iv(text) == expected
    assert q(text).stated.is_range


def _decimal(n: int, decimals: int) -> str:
    """``n`` / 10**decimals written with that many decimals: (1234, 2) is "12.34"."""
    whole, frac = divmod(n, 10**decimals)
    return f"{whole}" + (f".{frac:0{decimals}d}" if decimals else "")


def _spell(n: int) -> str:
    """An English number word for 0 <= n < 10**12, written independently of the grammar."""
    small = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
    tens = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def below_thousand(k: int) -> list[str]:
        words: list[str] = []
        if k >= 100:
            words += [small[k // 100], "hundred"]
            k %= 100
            if k:
                words.append("and")
        if k >= 20:
            words.append(tens[k // 10] + (f"-{small[k % 10]}" if k % 10 else ""))
        elif k or not words:
            words.append(small[k])
        return words

    if n == 0:
        return "zero"
    words: list[str] = []
    for exponent, name in ((9, "billion"), (6, "million"), (3, "thousand"), (0, "")):
        group = n // 10**exponent % 1000
        if group:
            words += below_thousand(group) + ([name] if name else [])
    return " ".join(words)


def _in_digits(n: int) -> str:
    """``n`` in digits as news writes it next to its words: a power word that ends the words stays
    a scale word ("two million" is "2 million", "one million two hundred thousand" "1200
    thousand"); below a thousand, or ending in other words, digits alone ("five hundred" is
    "500")."""
    for exponent, name in ((9, "billion"), (6, "million"), (3, "thousand")):
        if n and n % 10**exponent == 0:
            return f"{n // 10**exponent} {name}"
    return str(n)


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.integers(min_value=0, max_value=120), st.integers(min_value=0, max_value=10**12 - 1)
    ),
    st.sampled_from(
        ["", " tenge", " people", " per cent", " percent", " percentage points", " years"]
    ),
    st.sampled_from(["", "down ", "a fall of ", "rose ", "about ", "nearly ", "more than "]),
)
def test_number_words_read_as_their_digits(n: int, unit: str, before: str) -> None:
    """A number in words has its value and reads as its digits would, whatever the unit and the
    words before it: "down four per cent" is "down 4 per cent", [-4.5, -3.5] percent, not exactly
    -4; "forty people" is "40 people"; "two million tenge" is "2 million tenge"; an ordinal (a rank)
    is exact, in words and digits alike (``test_reading``)."""
    words = q(before + _spell(n) + unit)
    digits = q(before + _in_digits(n) + unit)
    assert abs(words.value) == n
    assert words.interval == digits.interval
    assert words.reading == digits.reading


@settings(max_examples=60, deadline=None)
@given(plain_values())
def test_round_trip_forms_that_read_as_the_plain_value(text: str) -> None:
    """A sign word, a qualifier verb, a counted noun, real terms: the same interval."""
    plain = iv(text)
    assert iv("plus " + text) == plain
    assert iv("+ " + text) == plain
    assert iv("exceeded " + text) == iv("more than " + text)
    assert iv("topped " + text) == iv("more than " + text)
    assert iv(f"{text} in real terms") == plain
    if not text.endswith(("percent", "barrels", "ounces", "km")):
        per_job = q(f"{text} per job created")
        assert per_job.interval == plain and per_job.per is not None and per_job.per.noun


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=10**5), st.sampled_from(["k", "m", "b"]))
def test_round_trip_scale_letter_before_a_currency(whole: int, letter: str) -> None:
    word = {"k": "thousand", "m": "million", "b": "billion"}[letter]
    assert iv(f"{whole}{letter} dollars") == iv(f"{whole} {word} dollars")
    assert iv(f"{whole} {letter} euros") == iv(f"{whole} {word} euros")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=10**5), st.integers(min_value=0, max_value=2))
def test_round_trip_decades_and_top(n: int, decimals: int) -> None:
    """ "X decades" reads as ten times X years (one decimal fewer); "top N" is a rank up to N."""
    tenfold = _decimal(n, decimals - 1) if decimals else f"{n}0"
    assert iv(f"{_decimal(n, decimals)} decades") == iv(f"{tenfold} years")
    assert iv(f"top {n}") == Interval(F(0), F(n))
