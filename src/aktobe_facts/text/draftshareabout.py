"""Shares stated after a comparison's other figure, for a draft (``kind = "share"``): the share is
of the figure the clause is about, not of the figure it was compared with.

- "Spending expanded 5.2 percent to X from Y a year earlier, which is P percent of the revised
  full-year target of W": the growth drafted there has X as its current value and Y as its base,
  so P is X's share of W (Y is of the year before; the target is of this year);
- "That is lower than the programmed Y for the period, and equivalent to P percent of the revised
  W full-year ceiling": the figure "That" names (:mod:`aktobe_facts.text.draftthat`), X, is the
  part.

The share comes right after Y and a few words of its own (", which is", ", and that is", ", and
equivalent to"), states its whole W in its own words
(:func:`aktobe_facts.text.draftshares.stated_whole`) and is no growth; X, Y and W are amounts of
one unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text import draftthat
from aktobe_facts.text.draftcounts import count_level, one_measure
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    between,
    is_amount,
    is_percent,
    quote,
)
from aktobe_facts.text.draftshares import stated_whole
from aktobe_facts.text.lazypatterns import lazy

_JOIN = lazy(
    r"^[^,;.\d%()]{0,40}?,\s*(?:and\s+)?(?:(?:which|that|this)\s+(?:is|was|represents|represented|"
    r"equals|equalled|equaled|makes|made)\s+|(?:equivalent|equal)\s+to\s+|representing\s+)"
    r"(?:(?:about|some|nearly|almost|roughly|around)\s+)?$"
)
"""From Y to the share: " a year earlier, which is", " for the period, and equivalent to"."""
_EARLIER = re.compile(
    r"\b(?:(?:that|last|previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|before|ago)|"
    r"the\s+year\s+before)\b",
    re.IGNORECASE,
)
"""Words of the share's whole that make it the earlier figure's: "of that year's plan"."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The shares of the article stated after a comparison's other figure."""
    compared = _compared(text, sentences, drafted)
    found: list[DraftRelation] = []
    for sentence in sentences:
        figures = {f.id: f for f in sentence.figures}
        for k, share in enumerate(sentence.figures[1:], start=1):
            other = sentence.figures[k - 1]
            part_id = compared.get(other.id)
            if (
                part_id is None
                or not is_share(share)
                or not (is_amount(other) or count_level(other))
            ):
                continue
            gap = between(text, other.phrase.outer_end, share.phrase.start) + " "
            whole = stated_whole(text, sentence, share)
            part = figures.get(part_id) or _anywhere(sentences, part_id)
            if _JOIN.match(gap) is None or whole is None or part is None:
                continue
            if _EARLIER.search(text, share.phrase.outer_end, whole.phrase.start):
                continue  # "40 percent of that year's plan": the earlier figure's share
            if not (one_measure(part, whole) and one_measure(part, other)):
                continue
            fields = {"share": share.id, "part": part.id, "whole": whole.id}
            found.append(DraftRelation("", "share", fields, quote(text, other, share)))
    return found


def _compared(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> dict[str, str]:
    """Each figure a drafted growth or change compares its current value with (its base), and
    each figure a sentence opening on "That is more than" compares the figure before with, mapped
    to that current value or figure."""
    found: dict[str, str] = {}
    for relation in drafted:
        current, base = relation.fields.get("current"), relation.fields.get("base")
        growth = relation.kind in ("growth", "change")
        if growth and isinstance(current, str) and isinstance(base, str):
            found[base] = current
    for _, x, _, y in draftthat.compared(text, sentences, drafted):
        found[y.id] = x.id
    return found


def is_share(figure: Figure) -> bool:
    """A percent that may be a share: no growth, change or sign, at most 100."""
    stated = figure.phrase.stated
    plain = stated.direction is None and not stated.negative and stated.value <= 100
    return is_percent(figure) and figure.kind in (None, "share") and plain


def _anywhere(sentences: Sequence[Sentence], figure_id: str) -> Figure | None:
    return next((f for s in sentences for f in s.figures if f.id == figure_id), None)
