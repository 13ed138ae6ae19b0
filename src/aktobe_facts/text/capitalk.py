"""A capital "K" glued to an amount that the words around make a count or a sum: a thousand, as
a lower-case "k" glued to a number is (``numbers._thousands_alone``): "jobholders have gone up
400K over the last year" is 400,000. The grammar reads a lone capital K as a name's ("4K", "a
10K run", "401K plans"), for it sees no words around the number; here the word before must be
one that amounts follow (a verb or preposition of change or of level), the number at least ten
(screens' "4K" and "8K"), and nothing but a stop, a clause's end or a word of the sentence's
grammar after it (never a noun: "to 4K screens" stays unread)."""

from __future__ import annotations

import re

from aktobe_facts.reading.numbers import GrammarError, Stated
from aktobe_facts.text.phraseread import read

_K = re.compile(r"K(?![\w$%'’-])")
_AMOUNT_BEFORE = re.compile(
    r"\b(?:up|down|by|to|from|of|about|nearly|almost|around|roughly|some|over|under|than|"
    r"added|gained|lost|shed|cut|created|reached|hit|totall?ed|was|were|is|are|at)\s+$",
    re.IGNORECASE,
)
_GRAMMAR_AFTER = re.compile(
    r"\s*(?:[.,;:)!?]|$|(?:over|in|from|to|since|during|last|this|a|an|the|and|or|but|while|"
    r"compared|against|year-on-year|on|after|before|for|with)\b)",
    re.IGNORECASE,
)

_TEN_OR_MORE = re.compile(r"[1-9]\d")
"""At least two digits before any point: "4K" and "8K" are screens' resolutions."""

NOTE = 'printed "{printed}": a capital K glued to an amount read as a thousand ("{value}")'


def capital_thousand(text: str, head: int, end: int) -> tuple[Stated, int, str] | None:
    """The amount at ``head`` whose digits end at ``end`` with a capital K glued after them, as a
    thousand (its reading, where it ends, its value with a lower-case "k"), or None."""
    k = _K.match(text, end)
    if k is None or _AMOUNT_BEFORE.search(text, max(0, head - 12), head) is None:
        return None
    if _GRAMMAR_AFTER.match(text, k.end()) is None:
        return None
    value = " ".join(text[head:end].split()) + "k"
    try:
        stated = read(value)
    except GrammarError:
        return None
    if (
        stated.unit is not None
        or stated.exponent != 3
        or not _TEN_OR_MORE.match(stated.digits or "")
    ):
        return None
    return stated, k.end(), value
