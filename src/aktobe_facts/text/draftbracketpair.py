"""A growth and the two levels it is of, in a bracket right after it, for a draft: "the number of
agents grew by 52.4 percent (76,912 from 50,471)", "exports fell 8 percent (from 4,120 to
3,790 tonnes)": the growth of the first level over the second (of the second over the first in
"from Y to X").

Drafted only when the words leave one reading: the percent carries its verb or noun of change
("grew by 52.4 percent", "a rise of 6 percent", the claim's direction) and no bound or range; the
bracket opens right after it and holds nothing but the two figures and "from" (also "up from",
"down from") between them, or "from" and "to" around them; the two are levels of one unit (or two
counts) with no bound of their own. Any other word in the bracket ("76,912 agents in the north
from ...", "against a target of") may name another thing or another base, and drafts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import tied
from aktobe_facts.text.draftcounts import stated_level
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_measure,
    is_percent,
    quote,
    same_measure,
)

_OPEN = re.compile(r"\s*\(\s*(?P<from>from\s+)?")
_AFTER_CURRENT = re.compile(r"\s+(?:(?:up|down)\s+)?from\s+")
_TO = re.compile(r"\s+to\s+")
_CLOSE = re.compile(r"\s*\)")


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The growths whose two levels follow them in a bracket."""
    taken = {i for r in drafted for i in tied(r)}
    found: list[DraftRelation] = []
    for sentence in sentences:
        figures = sentence.figures
        for k in range(len(figures) - 2):
            growth, first, second = figures[k : k + 3]
            if taken & {growth.id, first.id, second.id} or not _a_change(growth):
                continue
            pair = _bracketed(text, growth, first, second)
            if pair is None:
                continue
            ids = {"growth": growth.id, "current": pair[0].id, "base": pair[1].id}
            found.append(DraftRelation("", "growth", dict(ids), quote(text, growth)))
            taken |= set(ids.values())
    return found


def _a_change(growth: Figure) -> bool:
    """A percent that is a growth: its verb or noun of change read with it, no bound, no range."""
    stated = growth.phrase.stated
    return (
        is_percent(growth)
        and growth.kind == "growth"
        and not stated.is_range
        and stated.qualifier is None
    )


def _bracketed(
    text: str, growth: Figure, first: Figure, second: Figure
) -> tuple[Figure, Figure] | None:
    """The current level and its base when the bracket right after the growth holds only them:
    "(X from Y)" or "(from Y to X)"."""
    opening = _OPEN.match(text, growth.phrase.outer_end)
    if opening is None or opening.end() != first.phrase.start:
        return None
    joint = _TO if opening.group("from") else _AFTER_CURRENT
    if joint.fullmatch(text, first.phrase.outer_end, second.phrase.start) is None:
        return None
    if _CLOSE.match(text, second.phrase.outer_end) is None:
        return None
    levels = (first, second)
    if not all(is_measure(f) and stated_level(f) and not f.phrase.stated.qualifier for f in levels):
        return None
    if not same_measure(first, second):
        return None
    return (second, first) if opening.group("from") else (first, second)
