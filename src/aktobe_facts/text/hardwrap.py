"""Hard-wrapped paragraphs: an article copied from a PDF or an e-mail breaks its lines at a width
(about 70 columns), inside sentences and inside figures ("VND 14.99" at a line's end, "million" on
the next). The draft reads a line break as the end of a phrase and of a sentence (a headline's
line is no part of the next), so such a break is read here as the space it stands for.

A paragraph (consecutive lines that are not blank) is read as hard-wrapped when its lines were
filled to a common width the way a wrapping editor fills them: its widest line is
:data:`MIN_WIDTH` to :data:`MAX_WIDTH` characters, and each line but the last is so near that
width that the next line's first word would not have fitted after it (:func:`_full`, the greedy
fill of ``textwrap`` and of mail programs, with :data:`SLACK` for a PDF's proportional type). A
paragraph of two lines is read so only when its second line continues a sentence (it opens with a
small letter or a figure, or the first ends in an article, a preposition or a conjunction): a
headline and a subtitle of similar lengths are two lines. Inside such a paragraph, each break
after a filled line, before a line that opens no list item, becomes a space: the sentences are
then split as the unwrapped text's are (a full stop at a line's end still ends its sentence, and
"U.S." / "dollar" is no end).

The text keeps its length (a ``\\r\\n`` becomes two spaces), so every offset the draft finds is
the article's own: a claim's line, and a report's, SARIF's and an annotation's, is the article's
line where its figure starts, and a quote holding the break is found in the article since quotes
are compared with white space folded (:mod:`aktobe_facts.text.quotes`).
"""

from __future__ import annotations

import re
from itertools import pairwise

MIN_WIDTH = 30
"""Narrower paragraphs are lists, tables or addresses, not prose filled to a width."""
MAX_WIDTH = 120
"""Wider lines are paragraphs of their own (a web page's text, one paragraph a line), whose
lengths vary at random: two of them of similar length are no evidence of a width."""
SLACK = 0.1
"""The share of the width a line may fall short of being full: a PDF's lines are filled by the
width of their letters in print, not by their count."""

_JOINING = re.compile(
    r"\b(?:a|an|the|of|in|on|at|to|from|by|for|with|and|or|nor|than|as|per|into|over|under)$",
    re.IGNORECASE,
)
"""A line ending in an article, a preposition or a conjunction (a closed class): the sentence
goes on, as no headline ends so ("Arrivals jump 18% in" / "February")."""
_ITEM = re.compile(
    r"(?:[-*•>#|]|\d{1,2}[.)]|\(?[a-z]\))(?:\s|$)"
    r"|[A-Z][^\s:.!?,;]*(?: [^\s:.!?,;]+){0,4}:\s+[^\s\d]{0,4}\d"
    r"|\d{1,2}(?:st|nd|rd|th)\s+[A-Z][^\d:;\n]{0,60}?(?::|\s[-–—])\s*[^\s\d]{0,4}\d"
)
"""A line opening a list item, a quoted mail line, a Markdown heading or a table row, or a fact
sheet's label, its colon and a figure ("Population: 1.9 million", "Budget revenue: 310 billion
tenge"; a label is five words at most, with no comma, so "US dollars, respectively: it" is a
wrapped sentence's line): the lines of such a list are as long as their facts, and read as one
paragraph they ran each fact on into the next label ("... of which taxes were 240 billion Budget
spending: 350 billion"); a ranked row's place, its name and its figure ("2nd Antwerp: 30,150
tonnes", :mod:`aktobe_facts.text.draftordinalrows`)."""
_COLUMNS = re.compile(r"\S(?: {2,}|\t)\S|\|")
"""A table's columns: two spaces or a tab between words, or a bar."""
_CONTINUES = re.compile(r"[a-z(]|[^\s\d]{0,3}\d")
"""The opening of a line that continues its sentence: a small letter, or a figure ("14.99",
"$5", "US$44.3"), which no headline's subtitle opens with."""


def unwrapped(text: str) -> str:
    """``text`` with each line break inside a hard-wrapped paragraph a space, of the same length."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    joins: list[int] = []  # the offsets of the breaks read as spaces
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    index = 0
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        end = index
        while end + 1 < len(lines) and lines[end + 1].strip():
            end += 1
        joins.extend(_breaks(lines, starts, index, end))
        index = end + 1
    if not joins:
        return text
    chars = list(text)
    for at in joins:
        chars[at] = " "
        if at and chars[at - 1] == "\r":
            chars[at - 1] = " "
    return "".join(chars)


def _breaks(lines: list[str], starts: list[int], first: int, last: int) -> list[int]:
    """The offsets of the breaks read as spaces in the paragraph of lines ``first`` to ``last``."""
    if first == last:
        return []
    shown = [lines[i].rstrip() for i in range(first, last + 1)]
    width = max(len(line) for line in shown)
    if not MIN_WIDTH <= width <= MAX_WIDTH or any(_COLUMNS.search(line) for line in shown):
        return []
    pairs = list(pairwise(shown))
    full = [not _item(after) and _full(line, after, width) for line, after in pairs]
    shown_width = sum(full) >= 2  # two lines filled to one width: the paragraph's width is real
    return [
        starts[first + i + 1] - 1
        for i, (line, after) in enumerate(pairs)
        if full[i] and (shown_width or _CONTINUES.match(after.lstrip()) or _JOINING.search(line))
    ]


def _full(line: str, after: str, width: int) -> bool:
    """Whether ``line`` is filled: the first word of the line ``after`` it would not have fitted."""
    words = after.split()
    return len(line) + 1 + len(words[0]) > width * (1 - SLACK)


def _item(line: str) -> bool:
    return _ITEM.match(line.lstrip()) is not None
