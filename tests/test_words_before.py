"""Patterns that end at a position, searched over the last words before it
(text/wordsback.py) instead of the whole text before it (twenty-fourth session): the same matches,
and a window that does not grow with the article. Counted, never timed."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
from regex_audit import literals

from aktobe_facts.text import draftroles, draftsigns, figuretime, percentleft
from aktobe_facts.text.draft import draft
from aktobe_facts.text.wordsback import words_before

ANCHORED = [
    (re.compile(percentleft._CHANGE_BEFORE.pattern, re.IGNORECASE), percentleft._CHANGE_WORDS),
    (figuretime.MOVED_FROM, figuretime.MOVED_FROM_WORDS),
    (draftsigns._SIZED, draftsigns._SIZED_WORDS),
    (draftsigns._ITEM, draftsigns._ITEM_WORDS),
    (draftsigns._RISE_BY, draftsigns._BY_WORDS),
    (draftsigns._FALL_BY, draftsigns._BY_WORDS),
    (draftsigns._IMPROVED, 2),
]
"""Each pattern and the most runs a match of it overlaps (draftsigns.moved_by's seventy, no pattern
since the twenty-sixth session, is tested in tests/test_from_to_by.py)."""
_IDS = [
    "change_before",
    "moved_from",
    "sized",
    "item",
    "rise_by",
    "fall_by",
    "improved",
]
_PIECES = [" ", "  ", "\n", "\t", ",", ".", ".5", "(", "a", "x", "1", "by", "from", "the", "of"]


def test_the_last_words_before_a_position_start_after_white_space() -> None:
    text = "Exports rose  by\n5 percent"
    assert words_before(text, 17, 1) == 14  # "by"
    assert words_before(text, 17, 2) == 8  # "rose  by"
    assert words_before(text, 17, 3) == 0
    assert words_before(text, 17, 9) == 0
    assert words_before(text, 16, 1) == 14  # within a word: that word
    assert words_before("", 0, 3) == 0


def _runs_back(text: str, end: int, count: int) -> int:
    """words_before as first written: each character back, one at a time."""
    at = end
    for _ in range(count):
        while at > 0 and text[at - 1].isspace():
            at -= 1
        while at > 0 and not text[at - 1].isspace():
            at -= 1
    return at


@settings(max_examples=300)
@given(
    text=st.lists(
        st.sampled_from(
            [" ", "  ", "\n", "\t", "\u2003", "\u3000", "a", "bb", "x" * 40, "1.5", "("]
        ),
        max_size=40,
    ).map("".join),
    count=st.integers(min_value=0, max_value=80),
)
def test_the_runs_split_from_the_right_start_where_a_walk_back_finds_them(
    text: str, count: int
) -> None:
    # the last characters split at their white space (twice as many each time they hold too
    # few runs) give the start the walk back over each character gives, at every end
    for end in range(len(text) + 1):
        assert words_before(text, end, count) == _runs_back(text, end, count)


@pytest.mark.parametrize(("pattern", "words"), ANCHORED, ids=_IDS)
@settings(max_examples=200)
@given(data=st.data())
def test_a_pattern_ending_at_a_position_finds_the_same_over_its_last_words(
    pattern: re.Pattern[str], words: int, data: st.DataObject
) -> None:
    # what the pattern matches whole, among its own words, runs of white space, stops and
    # brackets: the search from the window's start finds what the search from the text's finds,
    # at every end
    own = literals(pattern.pattern, pattern.flags)
    pieces = st.sampled_from(_PIECES + own + [w.upper() for w in own])
    matched = st.from_regex(pattern, fullmatch=True)
    text = data.draw(st.lists(st.one_of(pieces, matched), max_size=10).map("".join))
    for end in range(len(text) + 1):
        whole = pattern.search(text, 0, end)
        window = pattern.search(text, words_before(text, end, words), end)
        assert (whole and whole.span()) == (window and window.span())


class _Windows:
    """A pattern whose searches record how much text each reads."""

    def __init__(self, pattern: object) -> None:
        self.pattern, self.read = pattern, [0]

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> object:
        self.read.append(min(endpos, len(text)) - pos)
        return self.pattern.search(text, pos, endpos)  # type: ignore[attr-defined]


def test_a_long_article_is_searched_over_the_last_words_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a percent list after a word of change, and a level after an earlier one "from", in each
    # of 60 paragraphs: each search read the article from its start (quadratic in its length)
    paragraphs = [
        f"Exports of grain rose {4 + i}, {6 + i} and {7 + i} percent in the three regions in "
        f"2030. Imports fell from ${30 + i} billion in 2029 to ${20 + i} billion in 2030, and "
        f"to ${10 + i} billion in 2031."
        for i in range(60)
    ]
    text = "Trade in 2030\n\n" + "\n\n".join(paragraphs)
    change, moved = _Windows(percentleft._CHANGE_BEFORE), _Windows(figuretime.MOVED_FROM)
    monkeypatch.setattr(percentleft, "_CHANGE_BEFORE", change)
    monkeypatch.setattr(draftroles, "MOVED_FROM", moved)
    draft(text)
    assert len(change.read) > 60 and len(moved.read) > 60
    assert max(change.read) < 40 and max(moved.read) < 400 < len(text) / 20  # 3 words; 48
