"""A change "in double digits", for a draft: "Arrivals rose by double digits in July", "a
double-digit rise in exports", "double-digit growth". The grammar reads the words as a percent
from 10 to under 100 (:data:`aktobe_facts.reading.numbers.DOUBLE_DIGITS`); this finds them in
running text, where they hold no digit for the numeral scanner to find.

Only where the words make it a change: a verb of rise or fall right before ("rose by double
digits", "grew double digits"), or a noun of change right after ("double-digit growth", "a
double-digit decline", "double-digit percentage gains"). "Double-digit inflation", "double-digit
unemployment" or "double-digit rates" are levels, not changes, and are left unread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from aktobe_facts.reading.changewords import CHANGE_NOUNS, FALL_FORMS, RISE_FORMS
from aktobe_facts.reading.numbers import GrammarError, Stated

if TYPE_CHECKING:
    from aktobe_facts.text.phrases import Phrase

_DOUBLE = r"double[\s-]+digits?"


@cache
def _forms() -> re.Pattern[str]:
    verbs = sorted({*RISE_FORMS, *FALL_FORMS}, key=len, reverse=True)
    verb = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    return re.compile(
        rf"\b(?P<verb>(?:{verb})(?:\s+by)?\s+{_DOUBLE})\b"
        rf"|\b(?P<noun>(?:(?P<article>an?|the)\s+)?{_DOUBLE}\s+"
        rf"(?:(?:percent(?:age)?|per\s+cent)\s+)?(?P<n>{CHANGE_NOUNS})(?:e?s)?)\b",
        re.IGNORECASE,
    )


def double_digits(text: str, read: Callable[[str], Stated]) -> list[Phrase]:
    """The changes in double digits of ``text``, as phrases (the change's words as written)."""
    from aktobe_facts.text.phrases import Phrase

    if "igit" not in text:
        return []
    found = []
    for m in _forms().finditer(text):
        start = m.start("verb") if m.group("verb") else m.start("noun")
        if m.group("article") and m.group("article").lower() == "the":
            start = m.end("article") + 1  # "the double-digit rise": a rise, as "a ..." is
        end = m.end()
        singular = m.end("n") if m.group("noun") else end  # "gains": each a gain
        value = " ".join(text[start:singular].split())
        try:
            stated = read(value)
        except GrammarError:
            continue
        if stated.direction is None:
            continue
        found.append(Phrase(start, end, value, stated, (), end))
    return found
