"""Words that sign a flow: "an outflow of 164.1 million euro" is -164.1 million euro (a net flow
out), "an inflow of" positive; a plural flow with no "net" ("outflows of 4 billion") may be a
gross amount and is not read. Units of a stay ("8.5 nights") and the ambiguous "mt"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.reading.quantities import read
from aktobe_facts.text.phrases import scan

OUT = ["an outflow of", "a net outflow of", "net outflows of", "An outflow of", "net outflow of"]
IN = ["an inflow of", "a net inflow of", "net inflows of"]


@given(
    st.sampled_from(OUT + IN),
    st.integers(min_value=1, max_value=99_999),
    st.sampled_from(["million euro", "billion rand", "", "thousand people"]),
)
def test_a_flow_word_signs_the_figure(words: str, tenths: int, tail: str) -> None:
    written = f"{tenths // 10}.{tenths % 10}"
    stated = parse(f"{words} {written} {tail}".strip())
    size = Fraction(tenths, 10) * 10**stated.exponent
    out = words in OUT
    assert stated.value == (-size if out else size) and stated.negative is out
    assert stated.direction is None  # a level of a flow, not a change
    interval = read(stated).require()
    assert interval.lo is not None and interval.hi is not None
    assert (interval.hi < 0) if out else (interval.lo > 0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("an outflow of -5 million euro", "minus sign"),
        ("an outflow of fell 5 percent", "a flow and a change"),
        ("outflows of 4 billion", "unknown word"),
        ("an outflows of 4 billion", "unknown word"),
    ],
)
def test_a_flow_with_a_sign_or_a_change_or_no_net_is_refused(text: str, message: str) -> None:
    with pytest.raises(GrammarError, match=message):
        parse(text)


def test_running_text_keeps_the_flow_words() -> None:
    text = "Equity recorded an outflow of 212.4 million euro, debt an inflow of 40.2 million euro."
    values = [(p.value, p.stated.value) for p in scan(text).phrases]
    assert values == [
        ("an outflow of 212.4 million euro", Fraction(-212_400_000)),
        ("40.2 million euro", Fraction(40_200_000)),
    ]


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["night", "nights"]))
def test_nights_are_a_unit_of_their_own(tenths: int, word: str) -> None:
    stated = parse(f"{tenths / 10} {word}")
    assert stated.unit is not None and stated.unit.key == "night"
    assert stated.unit.kind == "count"


def test_nights_never_convert_to_days_or_people() -> None:
    from aktobe_facts.reading.units import ConversionError, factor, lookup_unit

    night = lookup_unit("nights")
    assert night is not None
    for other in ("days", "people"):
        unit = lookup_unit(other)
        assert unit is not None
        with pytest.raises(ConversionError):
            factor(night, unit)


@pytest.mark.parametrize("text", ["131.27 mt", "5 MT", "270.10 Mt"])
def test_mt_says_its_two_readings(text: str) -> None:
    with pytest.raises(GrammarError, match="million tonnes in Indian usage and metric tons"):
        parse(text)
