"""Values as news prints them: a change written as a noun after the value ("a 1.3 percent
decline"), a verb in its base form ("grow 17.9%"), and fractions in words ("a third", "two thirds",
"half a percentage point")."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import LoadError, loads
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.reading.quantities import read


def interval(text: str, **options: Any) -> tuple[Fraction | None, Fraction | None]:
    found = read(parse(text), **options).require()
    return found.lo, found.hi


F = Fraction
THIRD = F(100, 3)


@pytest.mark.parametrize(
    ("text", "expected", "unit"),
    [
        ("a 1.3 percent decline", (F("-1.35"), F("-1.25")), "percent"),
        ("an 8% increase", (F("7.5"), F("8.5")), "percent"),
        ("a 0.4 percentage point drop", (F("-0.45"), F("-0.35")), "percentage_point"),
        ("1.3 percent decline", (F("-1.35"), F("-1.25")), "percent"),
        ("grow 17.9%", (F("17.85"), F("17.95")), "percent"),
        ("decline by 3 percent", (F("-3.5"), F("-2.5")), "percent"),
        ("a third", (THIRD * F("0.95"), THIRD * F("1.05")), "percent"),
        ("one-third", (THIRD * F("0.95"), THIRD * F("1.05")), "percent"),
        ("two thirds", (2 * THIRD * F("0.95"), 2 * THIRD * F("1.05")), "percent"),
        ("half", (F("47.5"), F("52.5")), "percent"),
        ("a quarter", (F("23.75"), F("26.25")), "percent"),
        ("three-quarters", (F("71.25"), F("78.75")), "percent"),
        ("about a third", (THIRD * F("0.9"), THIRD * F("1.1")), "percent"),
        ("more than a third", (THIRD, None), "percent"),
        ("less than half", (None, F(50)), "percent"),  # as "less than 50 percent"
        ("fell by half", (F("-52.5"), F("-47.5")), "percent"),
        ("half a percentage point", (F("0.475"), F("0.525")), "percentage_point"),
        ("a quarter of a million", (F(237_500), F(262_500)), None),
    ],
)
def test_news_wordings(text: str, expected: tuple[Fraction, Fraction | None], unit: str) -> None:
    stated = parse(text)
    assert interval(text) == expected
    assert (stated.unit.key if stated.unit else None) == unit


def test_a_fraction_in_words_follows_the_files_tolerance_and_may_be_declared_exact() -> None:
    assert interval("a third", approx=F(1, 10)) == (THIRD * F("0.9"), THIRD * F("1.1"))
    assert interval("a third", exact=True) == (THIRD, THIRD)
    assert "a fraction in words" in read(parse("two thirds")).reading


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("two-thirds percent", "a fraction in words is a share, in percent"),
        ("between a third and a half", "a range of fractions in words"),
        ("US$ half", "a fraction in words is a share"),
        ("fell a 2 percent decline", "says twice which way it went"),
        ("four quarters", "unknown unit 'quarters'"),  # a whole or more is no share
    ],
)
def test_what_stays_refused(text: str, message: str) -> None:
    with pytest.raises(GrammarError, match=message):
        parse(text)


def test_an_ordinal_alone_is_still_a_rank() -> None:
    third = parse("third")
    assert third.ordinal and third.value == 3 and third.unit is None


_NOUNS = {"decline": -1, "fall": -1, "drop": -1, "decrease": -1, "rise": 1, "increase": 1}
_VERBS = {"declined": "decline", "fell": "fall", "dropped": "drop", "rose": "rise"}


def _written(digits: int, places: int) -> str:
    """``digits`` hundredths (tenths, units) as an article prints them: "12.05", "0.4", "7"."""
    if not places:
        return str(digits)
    whole, rest = divmod(digits, 10**places)
    return f"{whole}.{rest:0{places}d}"


@given(
    st.integers(0, 9_999),
    st.integers(0, 2),
    st.sampled_from(sorted(_NOUNS)),
    st.sampled_from(["a ", "an ", ""]),
    st.sampled_from(["percent", "%", "percentage points"]),
)
def test_a_change_noun_reads_as_the_same_change_before_the_value(
    digits: int, places: int, noun: str, article: str, unit: str
) -> None:
    x = F(digits, 10**places)
    number = _written(digits, places)
    stated = parse(f"{article}{number} {unit} {noun}")
    before = parse(f"{'a decline of' if _NOUNS[noun] < 0 else 'a rise of'} {number} {unit}")
    assert stated.value == _NOUNS[noun] * x  # parse(print(x)) gives x back, signed
    assert read(stated).interval == read(before).interval
    found = read(stated).require()
    assert found.lo is not None and found.hi is not None and found.lo <= stated.value <= found.hi


@given(st.sampled_from(sorted(_VERBS)), st.integers(0, 9_999))
def test_a_verb_in_its_base_form_reads_as_its_past(past: str, tenths: int) -> None:
    number = _written(tenths, 1)
    base = _VERBS[past]
    assert read(parse(f"{base} {number}%")).interval == read(parse(f"{past} {number}%")).interval


_FRACTIONS = [(1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (1, 5), (2, 5), (1, 10), (7, 10)]
_NUMERATORS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_DENOMINATORS = {2: "half", 3: "third", 4: "quarter", 5: "fifth", 10: "tenth"}


def _fraction_words(n: int, d: int, article: bool, glue: str) -> str:
    """A fraction as news writes it: "a third", "one-third", "two thirds", "half"."""
    name = _DENOMINATORS[d] if n == 1 else _DENOMINATORS[d].replace("half", "halve") + "s"
    if n == 1 and d == 2 and not article:
        return "half"
    head = "a" if n == 1 and article else _NUMERATORS[n - 1]
    return f"{head}{glue}{name}"


@given(
    st.sampled_from(_FRACTIONS),
    st.booleans(),
    st.sampled_from([" ", "-"]),
    st.sampled_from(["", "about ", "nearly ", "more than ", "fell by "]),
    st.integers(1, 20),
)
def test_fractions_in_words_round_trip_and_contain_their_value(
    fraction: tuple[int, int], article: bool, glue: str, before: str, percent: int
) -> None:
    n, d = fraction
    text = before + _fraction_words(n, d, article, glue)
    stated = parse(text)
    sign = -1 if before.startswith("fell") else 1
    assert stated.value == sign * F(100 * n, d)  # parse(print(n/d)) is n/d, as a percent
    assert stated.unit is not None and stated.unit.key == "percent"
    found = read(stated, approx=F(percent, 100)).require()
    assert found.lo is not None and found.lo <= stated.value
    assert found.hi is None or stated.value <= found.hi
    if not before.strip():
        width = F(100 * n, d) * F(percent, 100)
        assert found == Interval(stated.value - width, stated.value + width)


_GROWTH = """\
[[claim]]
id = "exports"
quote = "exports of 98.7 million dollars"
value = "98.7 million dollars"

[[claim]]
id = "exports_before"
quote = "100 million dollars a year earlier"
value = "100.0 million dollars"

[[claim]]
id = "change"
quote = "a 1.3 percent decline"
value = "{growth}"
kind = "growth"
of = "exports"
base = "exports_before"

[[claim]]
id = "total"
quote = "total spending of 12.0 billion"
value = "12.0 billion dollars"

[[claim]]
id = "health"
quote = "health took 3.9 billion"
value = "3.9 billion dollars"

[[claim]]
id = "health_share"
quote = "a third of all spending"
value = "{share}"
part = "health"
of = "total"
"""


def _failures(growth: str, share: str) -> list[str]:
    doc = loads(_GROWTH.format(growth=growth, share=share))
    return sorted(f.check for f in check_document(doc) if f.outcome.value == "fail")


def test_a_claims_file_states_them_as_the_article_prints_them() -> None:
    assert _failures("a 1.3 percent decline", "a third") == []  # 98.7 / 100; 3.9 / 12.0 = 32.5 %
    assert _failures("a 1.3 percent rise", "a quarter") == ["growth", "share-of-whole"]


def test_a_fraction_in_words_takes_exact_but_not_a_precision() -> None:
    exact = _GROWTH.format(growth="-1.3 percent", share="a third") + "exact = true\n"
    doc = loads(exact)
    assert doc.claims[-1].value is not None
    assert doc.claims[-1].value.require() == Interval.point(THIRD)
    with pytest.raises(LoadError, match="is a fraction in words, approximate"):
        loads(_GROWTH.format(growth="-1.3 percent", share="a third") + 'precision = "1 percent"\n')
