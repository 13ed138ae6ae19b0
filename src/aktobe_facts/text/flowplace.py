"""The place a trade flow's noun is named with, right before it ("EU imports", "Chinese
exports", "US imports to Germany"), for the rules that take a flow as the whole side of a balance.

The words leave two readings of such a flow: the place's own ("Chinese exports" in an article on
China) or the trade with it as a partner ("EU imports to Germany": Germany's imports from the EU).
So such a flow is never the whole side of another holder's balance ("Germany's exports ... EU
imports"), and never where the article states the same flow with no place before it ("imports
... calculated at X"): that one is the whole (:mod:`aktobe_facts.text.draftbalances`).

A place is a word of a country's or a people's name (:func:`~aktobe_facts.text.draftroles.place_words`)
or a capital word, an acronym among them ("EU", "GCC"), that is no possessive ("Germany's" is a
holder, :mod:`aktobe_facts.text.whose`), no month or word of time ("January exports"), and no
sentence's first word that names no place ("Total imports").
"""

from __future__ import annotations

import re

from aktobe_facts.text.draftroles import Role, place_words
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.roletime import MONTH

_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+\Z")
_TIME = lazy(rf"^(?:{MONTH}|\d+|Q[1-4]|H[12]|FY\d*)$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;]\s+|\n)\s*\Z")
_TRADE = frozenset(("exports", "imports", "turnover"))


def place_before(text: str, sentence_start: int, role: Role) -> str | None:
    """The place named right before a trade flow's noun, lower-cased, or None."""
    if role.name not in _TRADE:
        return None
    m = _WORD_BEFORE.search(text, max(sentence_start, role.start - 40), role.start)
    if m is None:
        return None
    word = m.group(1)
    low = word.lower()
    if not word[:1].isupper() or low.endswith(("'s", "’s", "s'", "s’")) or _TIME.match(word):
        return None
    first = _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()) is not None
    if first and low not in place_words() and not word.isupper():
        return None  # "Total imports", "Merchandise exports": a sentence's capital, no place
    return low


def same_place(place: str, holders: frozenset[str]) -> bool:
    """The place names one of the holders: the word itself or its people's ("German" and
    "Germany", "Chinese" and "China": one stem of four letters)."""
    return any(place == h or (len(place) > 3 and place[:4] == h[:4]) for h in holders)
