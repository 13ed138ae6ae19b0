"""A number that is part of a stock index's name ("the KSE 100", "S&P 500", "Nikkei 225") is no
figure: it gets an [[ignore]] entry, never a count's claim. A number after the name that the
index is not named by ("the Nikkei 38,000 mark") stays a figure. The sentences are written for
these tests."""

from __future__ import annotations

import re

import pytest

from aktobe_facts.text.draft import draft
from aktobe_facts.text.indexnames import index_name


@pytest.mark.parametrize(
    ("sentence", "digits"),
    [
        ("The KSE 100 index closed at 62,000 points on Friday.", "100"),
        ("The FTSE 100 fell 0.4 percent in London.", "100"),
        ("Tokyo's Nikkei 225 gained 1.2 percent.", "225"),
        ("The S&P 500 rose 0.8 percent, led by banks.", "500"),
        ("In Paris the CAC 40 slipped 0.3 percent.", "40"),
        ("Frankfurt's DAX 30 was flat at 13,100 points.", "30"),
        ("The small-cap Russell 2000 added 1.1 percent.", "2000"),
    ],
)
def test_an_index_s_number_is_no_figure(sentence: str, digits: str) -> None:
    found = draft(sentence)
    alone = re.compile(rf"(?<![\d,.]){digits}(?![\d,.])")
    assert not [c.value for c in found.claims if alone.search(c.value or "")]
    start = sentence.index(digits)
    assert index_name(sentence, start, start + len(digits))


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("The Nikkei 38,000 mark held.", "38,000"),
        ("The FTSE 1,000 points lower than in May.", "1,000"),
        ("CAC 30 percent of the shares.", "30"),
        ("The firm hired 100 engineers.", "100"),
    ],
)
def test_a_number_the_index_is_not_named_by_is_left_to_the_reading(text: str, digits: str) -> None:
    start = text.index(digits)
    assert not index_name(text, start, start + len(digits))
