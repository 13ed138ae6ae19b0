"""A share or rate that moved "from A to B percent", drafted from the words that say how much:

- "by N percentage points" (or pp, points) before or after it: the change in points, an
  ``equation`` "B = A + N" (N negative for a fall: "fell by 0.4 percentage points" is −0.4; a fall
  the value does not carry, "from 5.2 to 4.8 percent, a 0.4-point fall", is "B = A − N");
- "by P percent": relative (B = A × (1 + P/100)) or in points, the words do not say which: a note
  for the editor, never a relation (the ``percent-points`` check shows both readings).

Both levels must be written as percents ("from 5.2 to 4.8 percent" states the first as a bare
number: a note).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftfigures import (
    Drafted,
    DraftRelation,
    Figure,
    Sentence,
    between,
    is_percent,
    quote,
)
from aktobe_facts.text.draftgrowth import ONE_TIME
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.sentences import clause_start

_TIMES = rf"(?:,?\s*{ONE_TIME}\s*+)*"  # each period once, its spaces its own (draftgrowth.TIMES)
_TO = lazy(rf"^\s*{_TIMES},?\s*to\s*$")
_BEFORE = lazy(rf"^\s*{_TIMES},?\s*from\s*$")
"""From the change to the first level: "by 0.4 percentage points, from"."""
_AFTER = lazy(
    rf"^\s*{_TIMES},?\s*\(?\s*(?:or\s+|an?\s+|that\s+is\s+|i\.e\.\s+)?(?:by\s+)?(?:up\s+|down\s+)?$"
)
"""From the second level to the change: ", or by", " (", ", a"."""
_FALL = lazy(
    r"\b(?:decreas|fell|fall|declin|drop|down|lower|reduc|shr[ai]nk|contract|cut|slid|eas)\w*",
    re.IGNORECASE,
)


def relations(text: str, sentences: Sequence[Sentence]) -> Drafted:
    found: list[DraftRelation] = []
    notes: list[str] = []
    for sentence in sentences:
        figures = sentence.figures
        for i in range(len(figures) - 1):
            a, b = figures[i], figures[i + 1]
            lead = between(
                text, clause_start(text, sentence.span[0], a.phrase.start), a.phrase.start
            )
            if not re.search(r"\bfrom$", lead) or not _TO.match(_gap(text, sentence, a, b)):
                continue
            change = _change(text, sentence, i)
            if change is None:
                continue
            if not is_percent(b):
                continue  # "by £1 billion, from £20.1 billion to £19 billion": no rate's move
            if not is_percent(a):
                notes.append(_note(a, b, change, "the first level is written with no unit"))
                continue
            if _points(change):
                found.append(_equation(text, sentence, a, b, change))
            elif is_percent(change):
                notes.append(_note(a, b, change, "relative or in percentage points"))
    return found, notes


def _gap(text: str, sentence: Sentence, a: Figure, b: Figure) -> str:
    return between(text, a.phrase.outer_end, b.phrase.start, sentence.periods) + " "


def _change(text: str, sentence: Sentence, i: int) -> Figure | None:
    """The change said next to "from A to B": before A or after B."""
    figures = sentence.figures
    if i > 0 and _BEFORE.match(_gap(text, sentence, figures[i - 1], figures[i])):
        return figures[i - 1]
    if i + 2 < len(figures) and _AFTER.match(_gap(text, sentence, figures[i + 1], figures[i + 2])):
        change = figures[i + 2]
        return None if _compared_further(text, sentence, change) else change
    return None


_OWN_TAIL = lazy(
    rf"^{_TIMES}\s*(?:(?:rise|increase|gain|jump|fall|drop|decline|decrease|reduction|"
    r"improvement|deterioration|change|shift|swing|move)s?)?\s*\)?\s*(?:[,;:.\u2013\u2014]|$)"
)
"""After a change set after "from A to B", to its clause's end: a period, its own noun ("a
0.4-point fall") and nothing else."""


def _compared_further(text: str, sentence: Sentence, change: Figure) -> bool:
    """The change's own words go on to a comparison of their own ("0.4 percentage points above
    the central bank's forecast", "higher than in the euro area", "from a year earlier") or a
    rate ("a year"): the points are another gap than the one from A to B."""
    words = between(text, change.phrase.outer_end, sentence.span[1], sentence.periods)
    return _OWN_TAIL.match(words) is None


def _points(figure: Figure) -> bool:
    unit = figure.phrase.stated.unit
    return unit is not None and unit.kind == "points"


def _equation(text: str, sentence: Sentence, a: Figure, b: Figure, change: Figure) -> DraftRelation:
    stated = change.phrase.stated
    start = clause_start(text, sentence.span[0], min(a.phrase.start, change.phrase.start))
    words = text[start : max(b.phrase.outer_end, change.phrase.outer_end)]
    sign = "-" if not stated.negative and _fell(words, a, b) else "+"
    said = quote(text, a, b, change)
    return DraftRelation("", "equation", {"expr": f"{b.id} = {a.id} {sign} {change.id}"}, said)


_RISE = re.compile(
    r"\b(?:increas|r[io]se|rising|risen|grew|grow|gain|climb|jump|up|higher|widen|accelerat|"
    r"improv|expand|surg|soar)\w*",
    re.IGNORECASE,
)


def _fell(words: str, a: Figure, b: Figure) -> bool:
    """Whether the move from A to B is a fall: by its words, or where they say neither a rise
    nor a fall ("slowed", "moderated", "eased off"), by the two levels as printed."""
    if _FALL.search(words):
        return True
    if _RISE.search(words):
        return False
    return b.phrase.stated.value < a.phrase.stated.value


def _note(a: Figure, b: Figure, change: Figure, why: str) -> str:
    return (
        f"{change.id} ({change.phrase.value!r}) is the change from {a.id} to {b.id}, "
        f"{why}: not drafted; add a [[relation]] if the article says which"
    )
