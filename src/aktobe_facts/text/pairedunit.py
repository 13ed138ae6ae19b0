"""A number with a glued "m", "k" or "b" and no unit ("rose to 309.5m from 249.8m barrels"):
the letter is its scale and the unit is the one of the figure it is paired with."""

from __future__ import annotations

import re

from aktobe_facts.reading.numbers import GrammarError, Stated
from aktobe_facts.text.phraseends import longest
from aktobe_facts.text.phraseread import read

_GLUED_M = re.compile(r"\d[\d.,]*[mkb]", re.IGNORECASE)
_PAIR_WORDS = r"(?:from|to|and|against|versus|vs\.?|compared\s+(?:with|to))"
_PAIR_QUALIFIER = r"(?:(?:just\s+)?(?:under|over|about|nearly|around|some|almost)\s+)?"
_PAIR_AFTER = re.compile(rf"\s+{_PAIR_WORDS}\s+{_PAIR_QUALIFIER}(\d[\d.,]*)([mkb])(?=\s)")
_PAIR_BEFORE = re.compile(
    rf"(\d[\d.,]*)([mkb])((?:\s+[^\W\d_]+){{1,3}}?)\s+{_PAIR_WORDS}\s+{_PAIR_QUALIFIER}$"
)


def paired_unit(text: str, head: int, stop: int, value: str) -> tuple[Stated, str, str] | None:
    """ "rose to 309.5m from 249.8m barrels", "from 249.8m barrels to 309.5m": a number with a
    glued "m" (or "k", "b") and no unit, read as metres alone, whose pair across "from", "to" or
    "and" has the same letter before a unit that is no length: the letter is its scale too and
    the unit is the pair's (the reading, a note for the editor and the value)."""
    if _GLUED_M.fullmatch(value) is None:
        return None
    letter = value[-1].lower()
    after = _PAIR_AFTER.match(text, stop)
    before = _PAIR_BEFORE.search(text, max(0, head - 60), head)
    candidates = []
    if after is not None and after.group(2).lower() == letter:
        found = longest(text, after.start(1), after.end(1))
        if found is not None:
            candidates.append(text[after.end(2) : found[1]])
    if before is not None and before.group(2).lower() == letter:
        candidates.append(before.group(3))
    for words in candidates:
        unit_words = " ".join(words.split())
        if not unit_words:
            continue
        try:
            paired = read(f"{value} {unit_words}")
        except GrammarError:
            continue
        unit = paired.unit
        if (
            unit is not None
            and unit.kind not in ("length", "percent", "points")
            and paired.exponent
        ):
            note = f'printed "{value}" with the unit of the figure it is paired with: {value} {unit_words}'
            return paired, note, f"{value} {unit_words}"
    return None


_MILLION_M = re.compile(r"\d{1,3}(?:,\d{3})*\.\d+m")
_COUNTED_AFTER = re.compile(r"\s+([a-z][a-z-]*[a-z]s)\b")
_NOT_COUNTED = frozenset({"is", "was", "has", "does", "as", "its", "this", "thus", "plus", "less"})
_WHOLE_MILLION_M = re.compile(r"\d{1,3}m")
_SOLD_COUNTS = frozenset(
    {"units", "customers", "subscribers", "users", "passengers", "visitors", "shares", "copies"}
)
"""Nouns of things a company sells or serves, counted by the million: after them a whole number's
glued "m" is million too ("at 9m units"); no length is written so ("400m hurdles" stays a length)."""


def counted_million(text: str, stop: int, value: str) -> tuple[Stated, str, str] | None:
    """ "2.12m trips": a number with a decimal point, a glued "m" and a plural noun after it that
    the grammar reads as no unit is a count in millions of that noun, never a length (news writes
    a length with a decimal as "2.12-metre" or "2.12 metres"; a race's "400m hurdles" has no
    decimal point), and so is a whole number before a noun of :data:`_SOLD_COUNTS` ("9m units"):
    the reading as millions, a note for the editor and the value printed."""
    noun = _COUNTED_AFTER.match(text, stop)
    if noun is None or noun.group(1) in _NOT_COUNTED:
        return None
    if _MILLION_M.fullmatch(value) is None and not (
        _WHOLE_MILLION_M.fullmatch(value) and noun.group(1) in _SOLD_COUNTS
    ):
        return None
    try:
        stated = read(f"{value[:-1]} million")
    except GrammarError:
        return None
    note = f'printed "{value} {noun.group(1)}": a glued "m" before a counted noun is million'
    return stated, note, f"{value[:-1]} million"
