"""The parts of an article's text a draft needs: its headline, its sentences and clauses (the
periods each sentence names are read by :mod:`aktobe_facts.text.periodnames`).
"""

from __future__ import annotations

import re

LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
"""The words between two items of a list: ", ", " and ", ", and " (fullmatch the gap)."""

Span = tuple[int, int]

_BOUNDARY = re.compile(
    r"(?<=[.!?])[”\"’)]?\s+(?=[“\"‘(]?[A-Z0-9])|(?<!\s)\s*\n\s*|(?<=[a-z][a-z][.!?])(?=[A-Z][a-z])"
)
r"""A sentence's end. A line break with the white space around it is found from its run's start
(``(?<!\s)``): tried from each space of a long run without one, it read the rest of the run each
time (a run of 40,000 spaces took 2.8 s); the text is searched from its start and each match ends
at a run's end, so a match from inside a run was never the first."""
_GLUED_WORD = re.compile(
    r"(?<![\w.@/-])(?!(?:Pvt|Ltd|Inc|Corp|Co|Bhd|Plc|Govt?|Dept|Mrs?|Ms|Dr|St|Sr|Jr|Nos?|Rs|Vs|"
    r"Vol|Fig|Est|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)[.!?]$)[A-Za-z][a-z]+[.!?]$"
)
"""A word before a full stop glued to the next sentence's first word, as pages copied from the
web run paragraphs together ("last year.Automobile exports rose", "in December.Two-wheeler"): a
boundary; an abbreviation ("Pvt.Ltd", "Sept.Imports"), a letter between stops ("e.g.The") and an
address ("example.com/News") are none."""
_CLAUSE_MARKS = ',;:()“"—'
_ABBREVIATION = re.compile(
    r"\b(?:Rs|No|Nos|Nr|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|approx|vs|Art|pp?|Vol|Fig)\.$"
)
"""A full stop that ends an abbreviation, not a sentence, when a number follows: "Rs. 7,997
billion", "Sept. 30", "No. 5"."""


def sentences(text: str) -> list[Span]:
    """The sentences of a text, as (start, end) offsets; a line break ends one too."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        before = max(0, m.start() - 8)
        if text[m.end() : m.end() + 1].isdigit() and _ABBREVIATION.search(text, before, m.start()):
            continue
        if m.start() == m.end() and not _GLUED_WORD.search(text, max(0, m.start() - 40), m.start()):
            continue
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def headline(text: str) -> str | None:
    """The first line, when it reads as a headline (short, no full stop, more text after it)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or len(lines[0]) > 200 or lines[0][-1] in ".!?:":
        return None
    return lines[0]


def headline_end(text: str) -> int:
    """Where the headline (:func:`headline`) ends in the text; 0 when the text has none."""
    line = headline(text)
    return 0 if line is None else text.find(line) + len(line)


def clause_start(text: str, sentence_start: int, position: int) -> int:
    """The start of the clause a position is in: after the last , ; : ( ) — or quote mark."""
    head = text[sentence_start:position]
    cut = max(head.rfind(ch) for ch in _CLAUSE_MARKS)
    return sentence_start + cut + 1 if cut >= 0 else sentence_start


def clause_end(text: str, position: int, sentence_end: int) -> int:
    """The end of the clause a position is in: the next , or ; (or the sentence's end)."""
    m = re.search(r"[,;]", text[position:sentence_end])
    return position + m.start() if m is not None else sentence_end
