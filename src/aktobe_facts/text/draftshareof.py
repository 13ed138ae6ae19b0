"""A share, its part and its whole in one phrase, with the part after "or":

- "Remittances totalled $12.5 million, 60 percent of which, or $7.5 million, came from the north":
  the percent of the amount before it, with the part after "or";
- "The north accounted for 60 percent of the $12.5 million of remittances, or $7.5 million": the
  percent of the amount right after "of", with the part after ", or".

The three figures stand next to each other in the sentence (no other figure between), the part
and the whole in one unit or counts of one thing; a percent that says a change is no share. A
share another drafter already tied is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    between,
    is_measure,
    is_percent,
    quote,
    same_measure,
    words_between,
)
from aktobe_facts.text.growthbasis import other_basis
from aktobe_facts.text.sentences import clause_end

_OF_WHICH = re.compile(
    r"^\s*of\s+(?:which|whom|this|that|it)\s*,?\s*\(?\s*(?:or|i\.e\.|that\s+is)\s*$"
)
"""Between a percent and its part: "of which, or", "of which (or"."""
_LEAD = re.compile(r"^\s*(?:(?:in|for|during|over|by)\s+(?:the\s+)?§\s*)?,\s*$")
"""Between the whole and the percent of "W, P of which, or A" (a period between: "in 2023,")."""
_OF_THE = re.compile(r"^\s*of(?:\s+(?:the|its|their))?\s*$")
"""Between the percent and its whole: "of the"."""
_OR_PART = re.compile(r"^[^;:()]*?,\s*(?:or|i\.e\.|that\s+is)\s*$")
"""From the whole to the part of "P of the W of remittances in 2023, or A"."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    tied = {r.fields.get("share") for r in drafted if r.kind in ("share", "same-whole")}
    found: list[DraftRelation] = []
    for sentence in sentences:
        figures = sentence.figures
        for k in range(len(figures) - 2):
            made = _triple(text, sentence, figures[k], figures[k + 1], figures[k + 2])
            if made is not None and made.fields["share"] not in tied:
                found.append(made)
    return found


def _triple(text: str, sentence: Sentence, a: Figure, b: Figure, c: Figure) -> DraftRelation | None:
    def gap(x: Figure, y: Figure) -> str:
        return words_between(text, sentence, x, y)

    if _share(b) and _LEAD.match(gap(a, b)) and _OF_WHICH.match(gap(b, c)):
        share, whole, part = b, a, c  # "W, P of which, or A"
    elif _share(a) and _OF_THE.match(gap(a, b)) and _OR_PART.match(gap(b, c)):
        share, whole, part = a, b, c  # "P of the W ..., or A"
    else:
        return None
    if not (is_measure(whole) and is_measure(part) and same_measure(whole, part)):
        return None
    if part.phrase.stated.terms != whole.phrase.stated.terms:
        return None  # "or $8.1 million in real terms": the grammar reads the basis into the value
    if _part_of_another_kind(text, sentence, part):
        return None  # "60 percent of the $12.5 million, or $8.1 million in real terms"
    fields: dict[str, str | list[str]] = {"share": share.id, "part": part.id, "whole": whole.id}
    return DraftRelation("", "share", fields, quote(text, a, c))


_SCOPE = re.compile(
    r"\b(?:including|excluding|inclusive|exclusive|net\s+of|not\s+counting|apart\s+from|besides|"
    r"plus|minus|before\s+tax|after\s+tax)\b",
    re.IGNORECASE,
)
"""Words of a part's own scope: "or $9.0 million including transfers" is no part of the whole."""


def _part_of_another_kind(text: str, sentence: Sentence, part: Figure) -> bool:
    """The words after the part, to its clause's end, give it another basis ("in real terms") or
    another scope ("including transfers"): no amount the percent of the whole makes."""
    end = clause_end(text, part.phrase.outer_end, sentence.span[1])
    words = between(text, part.phrase.outer_end, end)
    return other_basis(words, part) or _SCOPE.search(words) is not None


def _share(figure: Figure) -> bool:
    stated = figure.phrase.stated
    return is_percent(figure) and stated.direction is None and not stated.negative
