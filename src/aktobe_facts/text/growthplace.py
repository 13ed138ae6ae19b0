"""The place a growth's own words give it ("Inflows were also down 30 percent in Indonesia"), for
the growth whose current value is read in a sentence before (:mod:`aktobe_facts.text.draftgrowth`):
a growth of one place is no growth of a figure whose sentence names no such place ("overall
inflows into the U.S. reached $266 billion"). A period is no place ("up 3 percent in March", "in
the First Quarter", "in Q2"), nor a currency's terms ("in US dollar terms").
"""

from __future__ import annotations

import re

from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.placeopener import period_words

_IN_PLACE = lazy(
    r"\s+in\s+(?:the\s+)?(?P<place>(?>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))"
    r"(?!\s+(?:[a-z]+\s+)?terms\b)"
)
"""Right after a growth's percent: "in" and a name in capitals, whole (atomic: a shorter name, or
one cut inside a word, is never tried to get past the currency's terms after it), and no currency's
terms after it ("in US dollar terms", "in U.S. Dollar terms")."""


_TERMS = re.compile(r"\bterms\.?$", re.IGNORECASE)
"""A name in capitals ending in "Terms": a currency's terms written in capitals ("in Tenge
Terms", "in US Dollar Terms"), or "in Real Terms", no place."""


def own_place(text: str, end: int) -> str | None:
    """The place named right after a growth's percent ending at ``end``, as printed, or None."""
    m = _IN_PLACE.match(text, end)
    if m is None or period_words(m.group("place")) or _TERMS.search(m.group("place")):
        return None
    return m.group("place").rstrip(".")  # the sentence's full stop ("in Indonesia.")


def names_place(text: str, start: int, end: int, place: str) -> bool:
    """``text[start:end]`` names the place (its printed name as a whole word)."""
    return re.search(rf"(?<!\w){re.escape(place)}(?!\w)", text[start:end]) is not None
