"""Mixed-scale numbers: "22 billion 834.7 million soms", "1 billion dollar 477 million 4 thousand",
"3 trillion 200 billion tenge" are one number, the sum of their parts, read to the last part's
step; in a claims value and in article text alike. Parts whose scales do not strictly descend stay
apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.reading.quantities import read
from aktobe_facts.text.phrases import scan
from aktobe_facts.text.textnums import numerals

SCALES = {"trillion": 12, "billion": 9, "million": 6, "thousand": 3}


def test_the_examples_of_the_issue() -> None:
    soms = read(parse("22 billion 834.7 million soms"))
    assert soms.unit is not None and soms.unit.key == "KGS"
    assert soms.interval is not None  # 22,834.7 million, ±0.05 million
    assert (soms.interval.lo, soms.interval.hi) == (
        Fraction(22_834_650_000),
        Fraction(22_834_750_000),
    )
    dollars = read(parse("1 billion dollar 477 million 4 thousand"))
    assert dollars.unit is not None and dollars.unit.key == "USD"
    assert dollars.interval is not None
    assert (dollars.interval.lo, dollars.interval.hi) == (
        Fraction(1_477_003_500),
        Fraction(1_477_004_500),
    )
    tenge = read(parse("3 trillion 200 billion tenge"))
    assert tenge.interval is not None  # "200 billion" alone is [150, 250] billion
    assert (tenge.interval.lo, tenge.interval.hi) == (
        Fraction(3_150 * 10**9),
        Fraction(3_250 * 10**9),
    )


@pytest.mark.parametrize(
    "text",
    [
        "200 million 3 billion",  # ascending
        "2 billion 3 billion",  # the same scale twice
        "1.5 billion 200 million",  # a part with decimals before another
        "1 billion 1,500 million",  # a part that does not fit below the one before
        "1 billion 0 million",
        "1 billion dollars 477 million dollars",  # a currency word between and after
    ],
)
def test_parts_that_do_not_descend_are_not_one_number(text: str) -> None:
    with pytest.raises(GrammarError):
        parse(text)


@st.composite
def mixed(draw: st.DrawFn) -> tuple[str, Fraction, Fraction]:
    """A mixed-scale number as written, its exact value and its last part's step."""
    names = draw(st.lists(st.sampled_from(list(SCALES)), min_size=2, max_size=4, unique=True))
    names.sort(key=SCALES.__getitem__, reverse=True)
    words: list[str] = []
    total = Fraction(0)
    for k, name in enumerate(names):
        last = k == len(names) - 1
        room = 10 ** (SCALES[names[k - 1]] - SCALES[name]) if k else 1000
        whole = draw(st.integers(1 if k == 0 or not last else 0, min(999, room - 1)))
        decimals = draw(st.integers(0, 2)) if last else 0
        frac = draw(st.integers(0, 10**decimals - 1)) if decimals else 0
        if last and whole == 0 and frac == 0:
            whole = 1
        digits = f"{whole}.{frac:0{decimals}d}" if decimals else str(whole)
        zeros = 0 if decimals else len(digits) - len(digits.rstrip("0"))
        words.append(f"{digits} {name}")
        total += Fraction(whole * 10**decimals + frac, 10**decimals) * 10 ** SCALES[name]
        if k == 0 and draw(st.booleans()):
            words.append("tenge")
    # the last part's step; trailing zeros of a whole last part widen it as for any number
    step = Fraction(10) ** (SCALES[names[-1]] - decimals + zeros)
    return " ".join(words), total, step


@given(mixed())
def test_one_number_whose_interval_holds_the_exact_sum(
    case: tuple[str, Fraction, Fraction],
) -> None:
    text, total, step = case
    q = read(parse(text))
    assert q.interval is not None and q.value == total
    assert q.interval.contains(total)
    assert (q.interval.lo, q.interval.hi) == (total - step / 2, total + step / 2)


@given(mixed())
def test_the_text_finder_sees_one_figure(case: tuple[str, Fraction, Fraction]) -> None:
    text, total, _ = case
    article = f"Exports reached {text} in 2023."
    spans = [s for s in numerals(article) if s.kind == "number"]
    assert len(spans) == 1
    (phrase,) = scan(article).phrases
    assert phrase.stated.value == total


def test_parts_in_ascending_order_stay_two_figures_in_text() -> None:
    article = "It fell from 200 million 3 billion times over."
    assert [s.text for s in numerals(article) if s.kind == "number"] == [
        "200 million",
        "3 billion",
    ]
