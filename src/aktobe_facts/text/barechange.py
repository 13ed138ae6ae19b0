"""A change printed with no percent sign: "an 11.43 increase over $953 million".

A writer who drops the sign leaves a bare number between "a" or "an" and a noun of change. It is
read as a percent only where nothing else can be meant: the figure it is compared with ("over",
"from", "on", "compared with", "against") is an amount with a unit the bare number lacks (a money
increase would carry the currency: "a $109 million increase"; points of an index compare with a
level of no unit), and the article writes its other changes in percent. Elsewhere the number is
left unread for the editor, never drafted as a count: "a 5 increase" says neither 5 what nor of
what.
"""

from __future__ import annotations

import re

from aktobe_facts.reading.changewords import CHANGE_NOUNS
from aktobe_facts.reading.numbers import GrammarError, parse

_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_NOUN = re.compile(
    rf"[ \u00a0]+({CHANGE_NOUNS})\b"
    r"(?P<base>\s+(?:over|from|on|compared\s+(?:with|to)|against)\s+)?",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_PERCENT = re.compile(r"\d\s*(?:%|percent\b|per\s*cent\b)", re.IGNORECASE)
_WORDS = 4  # a base's sign, number, scale and unit: "$953 million", "US$ 5 billion", "86 tonnes"


def bare_change(text: str, start: int, end: int) -> tuple[str, int, str] | bool:
    """For the digits at ``text[start:end]``: the value a claims file writes, where it ends and
    the note for the editor when they are a change in percent with no sign; True when they are a
    bare change that is left unread; False when they are no bare change."""
    noun = _NOUN.match(text, end)
    if (
        noun is None
        or not _NUMBER.fullmatch(text, start, end)
        or not _BEFORE.search(text, max(0, start - 4), start)
    ):
        return False
    if noun.group("base") is None or not _has_unit(text, noun.end()):
        return True
    percents = [m.start() for m in _PERCENT.finditer(text)]
    if not any(p < start or p >= noun.end() for p in percents):
        return True  # the article writes no other change in percent
    printed = f"{text[start:end]} {noun.group(1)}"
    value = f"{text[start:end]} percent {noun.group(1).lower()}"
    note = f'printed "{printed}" with no percent sign: read as {value}, as the article writes its other changes'
    return value, noun.end(1), note


def _has_unit(text: str, position: int) -> bool:
    """The figure at ``position`` has a unit other than a percent or points ("$953 million")."""
    words = text[position : position + 60].split()[:_WORDS]
    for count in range(len(words), 0, -1):
        try:
            stated = parse(" ".join(words[:count]).rstrip(".,;:)"))
        except GrammarError:
            continue
        return stated.unit is not None and stated.unit.kind not in ("percent", "points")
    return False
