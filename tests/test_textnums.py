"""The numeral scanner: what counts as a number of an article, with its span and kind."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from aktobe_facts.text.textnums import KINDS, Span, numerals

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # digits, separators, decimals, scale words
    ("The mill sold 7 looms.", [("7", "number")]),
    ("Exports reached 12,345,678 units.", [("12,345,678", "number")]),
    ("A budget of 4.75 percent.", [("4.75", "number")]),
    ("Some 1 234 567 voters.", [("1 234 567", "number")]),
    ("Le total: 12\u00a0345,6 tonnes.", [("12\u00a0345,6", "number")]),
    ("Zurich paid 1'500 francs.", [("1'500", "number")]),
    ("Bonds of €2.35 billion and $90m.", [("2.35 billion", "number"), ("90", "number")]),
    ("A loss of 1.2bn lari.", [("1.2bn", "number")]),
    ("Prices fell by -0.4 points.", [("-0.4", "number")]),
    ("Down to −3 degrees.", [("−3", "number")]),
    # a double hyphen is a dash between words, never a minus before the figure after it
    ("Wool ran at 91.2 percent, hides --64.5 percent.", [("91.2", "number"), ("64.5", "number")]),
    ("Tin--12.5 percent, zinc -- 40 percent.", [("12.5", "number"), ("40", "number")]),
    ("A swing of - -2.5 points.", [("-2.5", "number")]),
    ("It ended at 1,100.", [("1,100", "number")]),
    ("Invested ٦٤٦٫٨ billion tenge.", [("٦٤٦٫٨ billion", "number")]),
    ("Some １，１００ firms.", [("１，１００", "number")]),
    ("Lots 3, 4 and 5.", [("3", "number"), ("4", "number"), ("5", "number")]),
    # years and decades
    ("Founded in 1998, rebuilt in 2021.", [("1998", "year"), ("2021", "year")]),
    ("A boom in the 1970s.", [("1970s", "year")]),
    ("Room 1040 is closed.", [("1040", "number")]),
    # ranges and dates
    ("Output grew in 2015-2017.", [("2015-2017", "range")]),
    ("Between 10–15 million people.", [("10–15 million", "range")]),
    ("The season 1999 – 2001 was long.", [("1999 – 2001", "range")]),
    ("Signed on 2021-06-30 in Oral.", [("2021-06-30", "date")]),
    ("Signed on 30.06.2021 in Oral.", [("30.06.2021", "date")]),
    # ordinals
    ("She came fifth, then third.", [("fifth", "ordinal"), ("third", "ordinal")]),
    ("The twenty-first session.", [("twenty-first", "ordinal")]),
    ("The 3rd and 11th floors.", [("3rd", "ordinal"), ("11th", "ordinal")]),
    ("Its hundredth birthday.", [("hundredth", "ordinal")]),
    # number words
    ("Three ferries and twelve barges.", [("Three", "word"), ("twelve", "word")]),
    ("Exactly forty-two days.", [("forty-two", "word")]),
    ("Some three hundred and five horses.", [("three hundred and five", "word")]),
    ("Nearly a million visitors and a dozen guides.", [("a million", "word"), ("a dozen", "word")]),
    ("Five thousand sheep.", [("Five thousand", "word")]),
    ("Zero tolerance.", [("Zero", "word")]),
    ("The highest in a decade, two decades ago.", [("a decade", "word"), ("two", "word")]),
    ("Forty-five firms, top ten.", [("Forty-five", "word"), ("ten", "word")]),
    # a decimal spoken with "point", one word a digit (as broadcasts print it)
    ("Sales were forty-seven point one million.", [("forty-seven point one million", "word")]),
    ("A rise of two point zero five percent.", [("two point zero five", "word")]),
    ("Up forty points, one of the best.", [("forty", "word"), ("one", "word")]),
    # names with digits are numerals too: the ignore list decides
    ("Call 109-Aqtobe or see COVID-19.", [("109", "number"), ("19", "number")]),
    # not numerals
    ("Hundreds of people, dozens of cars.", []),
    ("No one knew; they helped one another.", []),
    ("Someone often gives tension a tone.", []),
    ("The seconds ticked.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_numerals(text: str, expected: list[tuple[str, str]]) -> None:
    spans = numerals(text)
    assert [(s.text, s.kind) for s in spans] == expected
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.kind in KINDS


def test_spans_are_ordered_and_disjoint() -> None:
    text = "In 2019 the fifth of 12 plants made 3.5 million tonnes, four times the 1990s level."
    spans = numerals(text)
    assert [s.text for s in spans] == ["2019", "fifth", "12", "3.5 million", "four", "1990s"]
    assert all(a.end <= b.start for a, b in pairwise(spans))


def test_scale_word_of_a_digit_numeral_is_not_a_word() -> None:
    assert numerals("5 thousand and five") == [
        Span(0, 10, "5 thousand", "number"),
        Span(15, 19, "five", "word"),
    ]


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
_SEPARATORS = st.sampled_from([",", "\u00a0", "\u202f", "\u2009", "'", " "])
_NOT_AFTER = {"thousand", "million", "billion", "trillion", "mln", "mn", "bln", "bn", "trln", "tn"}


@given(
    before=st.lists(_WORDS, max_size=5),
    after=st.lists(_WORDS, max_size=5),
    number=st.integers(min_value=0, max_value=10**15),
    separator=_SEPARATORS,
)
def test_any_grouped_integer_is_found_with_its_span(
    before: list[str], after: list[str], number: int, separator: str
) -> None:
    assume(not after or after[0] not in _NOT_AFTER)
    written = f"{number:,}".replace(",", separator)
    prefix = " ".join(before) + (" " if before else "")
    text = prefix + written + (" " + " ".join(after) if after else "")
    start = len(prefix)
    expected = Span(start, start + len(written), written, "number")
    found = [s for s in numerals(text) if s.start <= start < s.end]
    assert len(found) == 1
    (span,) = found
    assert (span.start, span.end, span.text) == (expected.start, expected.end, expected.text)
    assert span.kind in ("number", "year")


@given(st.integers(min_value=1913, max_value=2099), st.integers(min_value=1, max_value=12))
def test_an_iso_year_and_month_is_a_date_and_a_range_runs_on(year: int, month: int) -> None:
    # "2016-01" is January 2016; "2005-08" (to 2008) and "2019-20" (a fiscal year) run on
    token = f"{year}-{month:02d}"
    kinds = [s.kind for s in numerals(f"Published {token} in Baku.")]
    assert (kinds == ["date"]) == (month < year % 100)
