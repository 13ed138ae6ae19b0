"""Where an article's paragraphs start and end: blank lines part them when the text has any, else
every line break does (copy that prints one paragraph a line)."""

from __future__ import annotations

import re

_BLANK = re.compile(r"\n[ \t]*\n\s*")
_BREAK = re.compile(r"\n\s*")


def paragraphs(text: str) -> list[int]:
    """The offsets where paragraphs start after the first: blank lines when the text has any,
    else every line break."""
    blank = [m.end() for m in _BLANK.finditer(text)]
    return blank or [m.end() for m in _BREAK.finditer(text)]


def paragraph_at(text: str, position: int) -> tuple[int, int]:
    """The start and end of the paragraph holding ``position``, found by the rule of
    :func:`paragraphs` (the end before the break that parts it from the next)."""
    blank = _BLANK.search(text) is not None
    parting = _BLANK if blank else _BREAK
    start = 0
    for m in parting.finditer(text, 0, position):
        start = m.end()
    after = parting.search(text, position)
    return start, (after.start() if after is not None else len(text))
