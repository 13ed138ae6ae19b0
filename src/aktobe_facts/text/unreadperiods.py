"""Words that name a period the draft cannot read as a calendar span, for the dating of
conversions (:mod:`aktobe_facts.text.draftdates`).

A fiscal or budget year ("For the fiscal year 2014", "in FY14", "the budget year"), a year of
another calendar ("the Iranian year 1397") or "the period under review" with no period named
before it dates the figures near it, but to no span the draft can write: a conversion dated by
them is of a time of its own, and is never held to the rate of a period the article states. (A
fiscal year written across two calendar years, "2019/20", is read as the span it lies in by
:mod:`aktobe_facts.text.periodnames`: those words are a period read, not one of these.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.periodnames import NamedPeriod

_UNREAD = lazy(
    r"\b(?:(?:fiscal|financial|budget(?:ary)?)\s+years?(?:\s+(?:19|20)\d\d)?\b|fiscal\s+(?:19|20)\d\d\b"
    r"|FY\s?'?\d\d(?:\d\d)?\b(?:\s?[/–-]\s?\d\d(?:\d\d)?\b)?|(?:19|20)\d\d\s?/\s?\d\d(?:\d\d)?\b"
    r"|(?:iranian|persian|hijri|islamic|nepali|ethiopian|hebrew|buddhist|lunar)\s+"
    r"(?:calendar\s+)?(?:years?|months?|calendar)\b"
    r"|(?P<review>(?:period|months?|year|quarter)\s+under\s+review|(?:review|reporting)\s+period))",
    re.IGNORECASE,
)
"""A fiscal or budget year, a year of another calendar, or a period under review."""


def unread_periods(text: str, named: Sequence[NamedPeriod]) -> list[tuple[int, str]]:
    """Where the article names a period the draft cannot read, with its words in lower case:
    never inside a period read ("FY2019/20" is read as ``2019-2020``), and "the period under
    review" only before any period is named (after one, it is that period told again)."""
    inside = bytearray(len(text))
    for p in named:
        inside[p.start : p.end] = b"\x01" * (p.end - p.start)
    first = min((p.start for p in named if not p.base), default=len(text))
    return [
        (m.start(), " ".join(m.group(0).lower().split()))
        for m in _UNREAD.finditer(text)
        if inside.find(1, m.start(), m.end()) < 0 and not (m.group("review") and m.start() > first)
    ]
