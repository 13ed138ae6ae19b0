"""A move "from A to B" and its percent after it with "by" (text/fromtoby.py, twenty-sixth
session): the scan from the percent back finds what the one pattern it replaced found (its
leftmost match's start and its verb's way), over the last seventy words as over the whole text
before, and looks at each position of the window a bounded number of times. Counted, never
timed: the pattern took up to 0.75 s for one generated example of the property test."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
from regex_audit import literals

from aktobe_facts.text import draftsigns, fromtoby
from aktobe_facts.text.fromtoby import from_to_by
from aktobe_facts.text.wordsback import words_before

OLD = re.compile(
    rf"\b(?:(?P<down>{draftsigns._FALL}|{draftsigns._TO_FALL})|"
    rf"(?P<up>{draftsigns._RISE}|{draftsigns._TO_RISE}))(?:\s+[a-z]+ly)?\s+from\s+"
    r"[^()\n;:]{1,60}?\s+to\s+[^()\n;:]{1,60}?"
    r"(?:\s*\(\s*(?:i\.\s?e\.,?\s*|that\s+is,?\s*)?|\s*,\s*(?:or|i\.\s?e\.,?|that\s+is,?)\s+)"
    r"by\s*$",
    re.IGNORECASE,
)
"""``draftsigns._MOVED_FROM_TO`` before the twenty-sixth session."""


def old(text: str, pos: int, end: int) -> tuple[int, str] | None:
    m = OLD.search(text, pos, end)
    return None if m is None else (m.start(), "down" if m.group("down") else "up")


def scan(text: str, pos: int, end: int) -> tuple[int, str] | None:
    return from_to_by(text, pos, end, draftsigns._MOVED_HEAD)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Debt is to go up from $2.9 billion in 2030 to $4.4 billion in 2031 (i.e. by ", (8, "up")),
        ("It went up from $2.9 billion to $3.9 billion, or by ", (3, "up")),
        ("It fell sharply from $5.9 billion to $2.9 billion (by ", (3, "down")),
        ("It fell from 5 to 4, that is, by ", (3, "down")),
        ("It fell  from \u2003 5\u2003to  (by ", (3, "down")),  # B all white space
        ("It fell from 5 to 4 by ", None),  # no bracket or comma
        ("It fell from 5; to 4 (by ", None),  # A holds a semicolon
        ("It fell from \n\nto 4 (by ", None),  # A would be a line break
        ("It fell from 5 to 4\n(by ", (3, "down")),  # the tail's white space holds a line break
        (f"It fell from {'x' * 61} to 4 (by ", None),  # A of 61 characters
        (f"It fell from {'x' * 60} to 4 (by ", (3, "down")),
        ("It rose from 9 to 8 or fell from 4 to 3 (by ", (3, "up")),  # the leftmost verb
        ("It rose from 1 to 2 (by 1%), and fell from 4 to 3 (by ", (33, "down")),  # B: no bracket
    ],
)
def test_the_scan_finds_what_the_pattern_found(text: str, found: tuple[int, str] | None) -> None:
    assert scan(text, 0, len(text)) == old(text, 0, len(text)) == found


_WORDS = [
    "fell", "rose", "went down", "will rise", "x", "to", "from", "by", "BY", "(", ",", ")", ";", ":",
    "i.e.", "i. e.,", "or", "that is,", "that", "sharply", "To", "FROM", "\u0130.e.", "2.9",
    "x" * 28, "y" * 59,
]  # fmt: skip
_SPACE = st.text(" \t\n\u2003", max_size=3)


@st.composite
def _moves(draw: st.DrawFn) -> str:
    """A move "from A to B" with its tail, each part drawn among near misses (an A or a B of 61
    characters or with a semicolon, no bracket), with runs of white space between."""
    parts = [
        draw(st.sampled_from(["fell", "rose", "went down", "will rise", "grew", "x"])),
        draw(st.sampled_from(["", " sharply", " xly"])),
        draw(_SPACE.filter(bool)),
        "from",
        draw(_SPACE.filter(bool)),
        draw(st.sampled_from(["$2", "a", "b b", "", "(", "x" * 40, "y" * 61])),
        draw(_SPACE.filter(bool)),
        draw(st.sampled_from(["to", "TO", "too"])),
        draw(_SPACE.filter(bool)),
        draw(st.sampled_from(["$3", "b", "c;", "", "x" * 40, "z" * 61])),
        draw(_SPACE),
        draw(st.sampled_from(["(", ",", "(i.e.", ", or", ", i.e.,", "(that is,", ",that is", "x"])),
        draw(_SPACE),
        draw(st.sampled_from(["by", "BY", ""])),
    ]
    return "".join(parts)


@settings(max_examples=150)
@given(st.lists(st.tuples(st.one_of(st.sampled_from(_WORDS), _moves()), _SPACE), max_size=4))
def test_the_scan_finds_what_the_pattern_found_at_every_end(pieces: list[tuple[str, str]]) -> None:
    # from the text's start, and from within a move (its last three words)
    text = "".join(a + b for a, b in pieces)
    for end in range(len(text) + 1):
        for pos in (0, words_before(text, end, 3)):
            assert scan(text, pos, end) == old(text, pos, end)


_OWN = literals(OLD.pattern, OLD.flags)
_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\t", ",", ".", ".5", "(", "a", "x", "1", "by", "from", "the", "of"]
    + _OWN
    + [w.upper() for w in _OWN]
)


@settings(max_examples=200)
@given(text=st.lists(st.one_of(_PIECES, st.from_regex(OLD, fullmatch=True)), max_size=10))
def test_the_scan_over_the_last_seventy_words_finds_the_same(text: list[str]) -> None:
    # the moves the old pattern matches whole (long runs of every kind of white space), among
    # its own words, runs of white space, stops and brackets: the scan from the window's start
    # finds what the scan from the text's finds, at every end (words_before, twenty-fourth
    # session; this was test_words_before's seventy-word case, its texts cut to 300 characters
    # and its examples to 40 while the pattern backtracked)
    whole = "".join(text)
    for end in range(len(whole) + 1):
        start = words_before(whole, end, draftsigns._MOVED_WORDS)
        assert scan(whole, 0, end) == scan(whole, start, end)


def test_each_position_is_looked_at_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # runs of white space around "from", "to" and the bracket, a "to" and a "from" in every
    # stretch: the pattern tried every split of each run against every other; the scan tries
    # each start of A or B once
    text = " ".join(["fell  from " + " " * 50 + "to to " + " " * 50 + " (by"] * 4) + " "
    tried: list[int] = []
    any_run = fromtoby._any_run

    def counted(text: str, first: int, last: int, ends: fromtoby.Spans, end: int) -> bool:
        tried.append(last - first + 1)
        return any_run(text, first, last, ends, end)

    monkeypatch.setattr(fromtoby, "_any_run", counted)
    found = scan(text, 0, len(text))
    assert found == old(text, 0, len(text)) == (text.rindex("fell"), "down")  # B: no bracket
    assert sum(tried) <= len(text)
