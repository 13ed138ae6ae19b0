"""A move "from A to B" whose percent follows it with "by" ("went up from A to B (i.e. by",
"fell from A to B, or by"), found by a scan from the percent back instead of one backtracking
pattern.

The pattern it replaces (twenty-third session, ``draftsigns._MOVED_FROM_TO``) read
``VERB (\\s+[a-z]+ly)? \\s+from\\s+ A \\s+to\\s+ B TAIL by\\s*$``, A and B each one to sixty
characters other than ``()\\n;:``. Searched up to each percent, a failing search tried every split
of A against every split of B, and each split of the white space around "to" and before the tail
(the runs that A, B, ``\\s+`` and ``\\s*`` can each take part of): milliseconds a search on text
with long runs of white space, and up to 0.75 s for one example of its property test.

The scan asks the same question one piece at a time, from the end: where B can end (the tail's
run of white space before its bracket or comma), where a "to" can stand before such a B, where A
can end (the run before such a "to"), where a "from" can stand before such an A, and only then,
for each such "from", where the verb starts (the pattern of the verb searched up to it). Each
position is looked at once per piece: linear in the window, and the match it gives is the one the
pattern gave, its start and its verb's way (``tests/test_from_to_by.py`` compares them on generated
text). Most percents have no "by" before them, and the scan stops at the tail.
"""

from __future__ import annotations

import bisect
import re

from aktobe_facts.text.lazypatterns import Lazy

_LONGEST = 60
"""The most characters of A and of B."""
_BAD = re.compile(r"[()\n;:]")
"""What A and B may not hold."""
_TAIL = re.compile(
    r"(?:\(\s*(?:i\.\s?e\.,?\s*|that\s+is,?\s*)?|,\s*(?:or|i\.\s?e\.,?|that\s+is,?)\s+)by\s*",
    re.IGNORECASE,
)
"""The words after B to the percent, from its bracket or comma ("(i.e. by", ", or by"); the white
space before the bracket or comma may be B's or the tail's."""
_TO = re.compile(r"(?<=\s)to(?=\s)", re.IGNORECASE)
_FROM = re.compile(r"(?<=\s)from(?=\s)", re.IGNORECASE)

Spans = list[tuple[int, int]]
"""Positions as sorted, disjoint ``(first, last)`` pairs (both included)."""


def from_to_by(
    text: str, pos: int, end: int, head: re.Pattern[str] | Lazy
) -> tuple[int, str] | None:
    """Where the leftmost move "from A to B" with its "by" ending at ``end`` starts in
    ``text[pos:end]``, and its way ("down" when ``head``'s group ``down`` can take the verb there,
    else "up"), or None. ``head`` matches the verb and its word of manner up to the white space
    before "from" and ends in ``\\s+\\Z``."""
    b_ends = _tail_starts(text, pos, end)
    if not b_ends:
        return None
    a_ends: Spans = []
    for to in _TO.finditer(text, pos, end):
        at = to.start()
        if at - 1 < pos:
            continue  # the white space before "to" is outside
        if _any_run(text, at + 3, _space_end(text, at + 2, end), b_ends, end):
            a_ends.append((_space_start(text, pos, at), at - 1))
    if not a_ends:
        return None
    found: tuple[int, str] | None = None
    for word in _FROM.finditer(text, pos, end):
        at = word.start()
        if not _any_run(text, at + 5, _space_end(text, at + 4, end), a_ends, end):
            continue
        verb = head.search(text, pos, at)
        if verb is None:
            continue
        way = "down" if verb.group("down") else "up"
        if found is None or verb.start() < found[0] or (verb.start() == found[0] and way == "down"):
            found = (verb.start(), way)
    return found


def _tail_starts(text: str, pos: int, end: int) -> Spans:
    """Where B can end: the tail's bracket or comma and the run of white space before it. The
    tail holds at most one comma after its own, so its bracket or comma is one of the last two."""
    spans: Spans = []
    last = end
    for _ in range(2):
        last = max(text.rfind("(", pos, last), text.rfind(",", pos, last))
        if last < 0:
            break
        if _TAIL.fullmatch(text, last, end):
            spans.append((_space_start(text, pos, last), last))
    return sorted(spans)


def _any_run(text: str, first: int, last: int, ends: Spans, end: int) -> bool:
    """Whether a run of one to sixty characters other than ``()\\n;:`` starts at a position from
    ``first`` to ``last`` and ends at one of ``ends``."""
    for start in range(first, last + 1):
        bad = _BAD.search(text, start, end)
        limit = min(start + _LONGEST, end if bad is None else bad.start())
        if limit <= start:
            continue  # no character of a run at ``start``
        i = bisect.bisect_left(ends, (start + 1, -1))
        if i > 0 and ends[i - 1][1] >= start + 1:
            return True  # the run of one character ends in the span before
        if i < len(ends) and ends[i][0] <= limit:
            return True
    return False


def _space_start(text: str, pos: int, at: int) -> int:
    """The start of the run of white space that ends at ``at`` (``at`` itself when none), not
    before ``pos``."""
    while at > pos and text[at - 1].isspace():
        at -= 1
    return at


def _space_end(text: str, at: int, end: int) -> int:
    """The first position from ``at`` that holds no white space (``end`` at most)."""
    while at < end and text[at].isspace():
        at += 1
    return at
