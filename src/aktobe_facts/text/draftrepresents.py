"""Growths told by a sentence that opens on a pronoun for the figure before it, for a draft
(``kind = "growth"``): "Sales totaled X last month. This represents a 0.4% increase from Y in the
prior month, and a more substantial 5.7% increase from Z in the same month last year": the growth
of X from Y by 0.4 percent, and from Z by 5.7 percent.

X is the figure of Y's unit that the nearest sentence before with any is about
(:func:`aktobe_facts.text.draftthat.named_before`). Each growth is a percent with its article and
at most two words before it ("a more substantial 5.7%"), a noun of change and "from", "over" or
"on" right before its base, a level of X's unit; the list's later items are joined by "and" or a
comma. Anything else drafts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import tied
from aktobe_facts.text.draftcounts import stated_level
from aktobe_facts.text.draftfigures import DraftRelation, Figure, Sentence, is_percent
from aktobe_facts.text.draftthat import named_before

_OPENER = re.compile(
    r"\W*(?:this|that|it)\s+(?:represents|represented|is|was|marks|marked|means|meant)\s+",
    re.IGNORECASE,
)
_BEFORE_PERCENT = re.compile(
    r"(?:\s+(?:in|during|for)\s+[^,;.\d%]{1,40}?)?(?:,?\s*and\s+|,\s*)?an?\s+(?:[a-z-]+\s+){0,2}?",
    re.IGNORECASE,
)
"""Between the opener (or the item before, and the words of its base's period: "in the prior
month") and a growth's percent: its article and a word or two ("a more substantial")."""
_TO_BASE = re.compile(
    r"\s*(?P<noun>increase|rise|gain|jump|decrease|decline|drop|fall)\s+(?:from|over|on)\s+$",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
_FALLS = frozenset(("decrease", "decline", "drop", "fall"))


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    found: list[DraftRelation] = []
    taken = {i for r in drafted for i in tied(r)}
    for k, sentence in enumerate(sentences):
        figures = sentence.figures
        opener = _OPENER.match(text, sentence.span[0])
        if opener is None or len(figures) < 2 or len(figures) % 2:
            continue
        pairs = [(figures[n], figures[n + 1]) for n in range(0, len(figures), 2)]
        at = opener.end()
        items: list[tuple[Figure, Figure]] = []
        for growth, base in pairs:
            if not _an_item(text, at, growth, base):
                items = []
                break
            items.append((growth, base))
            at = base.phrase.outer_end
        if not items or taken & {f.id for pair in items for f in pair}:
            continue
        current = named_before(sentences, k, items[0][1], drafted)
        if current is None or not all(_alike(current, base) for _, base in items):
            continue
        for growth, base in items:
            fields: dict[str, str | list[str] | bool] = {
                "growth": growth.id,
                "current": current.id,
                "base": base.id,
            }
            quote = " ".join(text[growth.phrase.start : base.phrase.outer_end].split())
            found.append(DraftRelation("", "growth", fields, quote))
    return found


def _an_item(text: str, at: int, growth: Figure, base: Figure) -> bool:
    """ "a 0.4% increase from Y": the percent right after its article, its noun of change and
    the base's "from" right before the base, a level with no bound."""
    stated = growth.phrase.stated
    if not is_percent(growth) or stated.negative or stated.is_range or stated.qualifier:
        return False
    number = _PERCENT.search(text, growth.phrase.start, growth.phrase.outer_end)
    if number is None or _BEFORE_PERCENT.fullmatch(text, at, number.start()) is None:
        return False  # the phrase may hold its article and noun: "a 0.4% increase"
    noun = _TO_BASE.fullmatch(text, number.end(), base.phrase.start)
    if noun is None or not stated_level(base) or base.phrase.stated.qualifier:
        return False
    fall = noun.group("noun").lower() in _FALLS
    return stated.direction in (None, "down" if fall else "up")


def _alike(a: Figure, b: Figure) -> bool:
    return a.phrase.stated.unit == b.phrase.stated.unit
