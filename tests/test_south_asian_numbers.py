"""Numbers as South Asian news writes them: the lakh and the crore as scale words ("Rs 97,247
crore", "Rs 1.06 lakh cr"), digits grouped three then two ("1,06,577"), and "pc" for per cent;
and, in running text, three capitals after a number that no currency table knows ("2019 GST")
and the words after a blank line are never read as a figure's unit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.text.phrases import scan


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rs 97,247 crore", 972_470_000_000),
        ("Rs 20,353 cr", 203_530_000_000),
        ("Rs 1.06 lakh crore", 1_060_000_000_000),
        ("Rs 11.47 lakh cr", 11_470_000_000_000),
        ("5 lakh", 500_000),
        ("Rs 45 thousand crore", 450_000_000_000),
        ("1,06,577", 106_577),
        ("Rs 1,06,577 cr", 1_065_770_000_000),
        ("12,34,56,789.5", Fraction(246_913_579, 2)),
    ],
)
def test_south_asian_scales_and_grouping_read(text: str, value: int | Fraction) -> None:
    assert parse(text).value == value


@given(st.integers(100_000, 10**12))
def test_a_number_grouped_the_south_asian_way_is_the_number(n: int) -> None:
    digits = str(n)
    head, last = digits[:-3], digits[-3:]
    pairs = [head[max(0, i - 2) : i] for i in range(len(head), 0, -2)][::-1]
    assert parse(",".join([*pairs, last])).value == n


@pytest.mark.parametrize("text", ["1,06,5777", "1,0,577", "10,06,57"])
def test_a_malformed_grouping_is_refused(text: str) -> None:
    with pytest.raises(GrammarError):
        parse(text)


def test_pc_is_per_cent() -> None:
    stated = parse("15.6 pc")
    assert stated.unit is not None and stated.unit.kind == "percent"


def test_three_unknown_capitals_after_a_number_are_no_currency_in_text() -> None:
    (phrase,) = scan("The levy rose to 5 percent, a 2019 GST change.").phrases
    assert phrase.value == "5 percent"
    assert [p.value for p in scan("Sales reached 500 USD in May.").phrases] == ["500 USD"]


def test_a_blank_line_ends_a_figure_s_words() -> None:
    text = "New Delhi, April 1, 2019\n\nTonnes of grain were shipped in March."
    assert all("Tonnes" not in p.value for p in scan(text).phrases)
