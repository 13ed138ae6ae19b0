"""Headings that name a period, for the drafters that look back for a figure
(:mod:`aktobe_facts.text.draftgrowth`).

A release's heading ("Annual Summary for 2016", "Year to Date", "Fourth Quarter 2031") starts the
figures of another period: a change under it ("Exports decreased $51.7 billion or 2.3 percent") is
of that period, never of a level stated above it for another (December's exports). A heading is a
line of its own, short, with no final stop and no figure, that names a period or a word of one
("annual", "year", "summary", a month, a quarter).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftfigures import Sentence
from aktobe_facts.text.lazypatterns import lazy

_MAX_WORDS = 8
"""The most words a heading has."""

_PERIOD_WORDS = lazy(
    r"\b(?:annual|annually|yearly|year|years|summary|quarter|quarterly|half|monthly|month|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
"""Words of a heading that name a period ("Annual Summary for 2016", "Fourth Quarter")."""


def period_heading(text: str, sentence: Sentence) -> bool:
    """The sentence is a heading of its own line that names a period (see the module)."""
    start, end = sentence.span
    line = text[start:end].strip()
    if not line or line[-1] in ".!?:;," or sentence.figures or len(line.split()) > _MAX_WORDS:
        return False
    if (start > 0 and text[start - 1] != "\n") or (end < len(text) and text[end] != "\n"):
        return False
    return _PERIOD_WORDS.search(line) is not None


def heading_between(text: str, sentences: Sequence[Sentence], earlier: int, later: int) -> bool:
    """A heading that names a period stands between sentence ``earlier`` and ``later``."""
    return any(period_heading(text, s) for s in sentences[earlier + 1 : later])
