"""A scale letter glued to a number before a unit ("388.4m barrels", "1.2m bpd", "400m people"):
the scale, as "bn" always was; "m" alone, or before any other word, stays metres ("a 400m
race"). In a draft, "rose ... from A to B" is the base and the current value, never a range, the
unit written once after B serving A too."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.text.draft import draft
from aktobe_facts.text.phrases import scan

LETTERS = {"k": 3, "m": 6, "b": 9}
UNITS = {
    "barrels": "barrel",
    "tonnes": "tonne",
    "people": "person",
    "cubic metres": "cubic_meter",
    "km": "kilometer",
    "ounces": "troy_ounce",
}


@given(
    st.integers(min_value=1, max_value=9999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from(sorted(LETTERS)),
    st.sampled_from(sorted(UNITS)),
)
def test_a_glued_letter_before_a_unit_is_its_scale(
    whole: int, tenth: int, letter: str, unit: str
) -> None:
    stated = parse(f"{whole}.{tenth}{letter} {unit}")
    assert stated.unit is not None and stated.unit.key == UNITS[unit]
    assert stated.value == Fraction(whole * 10 + tenth, 10) * 10 ** LETTERS[letter]


def test_a_rate_unit_after_the_letter_keeps_its_denominator() -> None:
    stated = parse("1.2m bpd")
    assert stated.value == 1_200_000 and stated.unit is not None and stated.unit.key == "barrel"
    assert stated.per is not None and stated.per.key == "day"


@pytest.mark.parametrize("text", ["400m", "400 m", "2.5m"])
def test_m_alone_stays_metres(text: str) -> None:
    stated = parse(text)
    assert stated.unit is not None and stated.unit.key == "meter" and stated.exponent == 0


@pytest.mark.parametrize("text", ["400m race", "400 m barrels", "5m %", "5m percent"])
def test_a_letter_before_another_word_or_spaced_is_no_scale(text: str) -> None:
    with pytest.raises(GrammarError, match="unknown unit"):
        parse(text)


@given(st.integers(min_value=1, max_value=500), st.integers(min_value=1, max_value=500))
def test_a_range_with_the_letter_on_both_ends(low: int, extra: int) -> None:
    stated = parse(f"{low}m to {low + extra}m barrels")
    assert stated.high is not None and stated.unit is not None and stated.unit.key == "barrel"
    assert stated.low.value == low * 10**6 and stated.high.value == (low + extra) * 10**6


@pytest.mark.parametrize("text", ["249.8m to 309.5 barrels", "249.8m to 309.5 million barrels"])
def test_a_range_whose_ends_disagree_on_the_letter_is_refused(text: str) -> None:
    with pytest.raises(GrammarError, match="unknown unit"):
        parse(text)


def test_running_text_reads_the_letter_as_the_scale() -> None:
    (phrase,) = scan("Proven reserves stood at 612.3m barrels last year.").phrases
    assert phrase.value == "612.3m barrels" and phrase.stated.value == 612_300_000
    (race,) = scan("She won the 400m race in Almaty.").phrases
    assert race.stated.unit is not None and race.stated.unit.key == "meter"


def _claims(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {c.id: (c.value, c.note) for c in draft(text).claims}


@pytest.mark.parametrize(
    ("sentence", "base", "current"),
    [
        (
            "Crude output climbed 18.2 percent from 141.7m to 167.5m barrels in 2022.",
            "141.7m barrels",
            "167.5m barrels",
        ),
        (
            "Gas sales rose 4 percent from 12.5 million to 13 million tonnes last year.",
            "12.5 million tonnes",
            "13 million tonnes",
        ),
        (
            "Arrivals rose from 1,132,876 to 1,204,331 last year.",
            "1,132,876",
            "1,204,331",
        ),
        (
            "Spending jumped by about 9% from $4.1 to $4.5 billion in 2021.",
            "$4.1 billion",
            "$4.5 billion",
        ),
    ],
)
def test_from_a_to_b_after_a_change_is_base_and_current(
    sentence: str, base: str, current: str
) -> None:
    found = {p.value: p for p in scan(sentence).phrases}
    assert base in found and current in found
    assert not any(p.stated.is_range for p in found.values())
    values = [value for value, _note in _claims(sentence + "\n").values()]
    assert base in values and current in values


def test_the_first_figure_says_where_its_unit_came_from() -> None:
    notes = [
        note
        for value, note in _claims("Output rose 3 percent from 41.2m to 42.4m tonnes.\n").values()
        if value == "41.2m tonnes"
    ]
    assert notes == ['printed "41.2m" with the unit of the figure after it: 41.2m tonnes']


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices ranged from 10 to 15 million tenge in 2021.",
        "Estimates run from 249.8m to 309.5m barrels.",
    ],
)
def test_a_range_with_no_change_stays_a_range(sentence: str) -> None:
    (phrase,) = scan(sentence).phrases
    assert phrase.stated.is_range


def test_a_drafted_growth_gets_its_base_and_current() -> None:
    drafted = draft("Crude output climbed 18.2 percent from 141.7m to 167.5m barrels in 2022.\n")
    (growth,) = [r for r in drafted.relations if r.kind == "growth"]
    ids = {c.id: c.value for c in drafted.claims}
    base, current = growth.fields["base"], growth.fields["current"]
    assert isinstance(base, str) and isinstance(current, str)
    assert ids[base] == "141.7m barrels" and ids[current] == "167.5m barrels"


@pytest.mark.parametrize(
    ("sentence", "paired"),
    [
        ("Output rose to 309.5m from 249.8m barrels in 2022.", "309.5m barrels"),
        ("Output rose from 249.8m barrels to 309.5m in 2022.", "309.5m barrels"),
        ("Sales were 10m and 20m tonnes.", "10m tonnes"),
    ],
)
def test_a_letter_paired_with_a_unit_across_from_to_and_takes_it(
    sentence: str, paired: str
) -> None:
    phrases = {p.value: p for p in scan(sentence).phrases}
    assert paired in phrases and phrases[paired].note is not None
    assert not any(
        p.stated.unit is not None and p.stated.unit.key == "meter" for p in phrases.values()
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "She ran the 400m and 800m races.",
        "The wall is 2.5m high, against 1.2m tonnes of sand.",
        "The pool is 50m to 70m long.",
    ],
)
def test_metres_with_no_unit_pair_stay_metres(sentence: str) -> None:
    first = scan(sentence).phrases[0]
    assert first.stated.unit is not None and first.stated.unit.key == "meter"
