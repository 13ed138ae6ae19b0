"""A breakdown a sentence announces: "By product category, fruit exports reached A. Exports in the
industrial category totalled B." The flows after such a lead in its paragraph are the categories of
one list, siblings: none is the whole of another, whatever words the role reader
(:mod:`aktobe_facts.text.draftroles`) leaves out of a category's name ("in the industrial category",
"(industrial)", "by industry"). A figure whose own clause calls it the total ("Total exports came
to X", "overall") is the whole still (:mod:`aktobe_facts.text.draftparts`)."""

from __future__ import annotations

import re
from functools import lru_cache

from aktobe_facts.text.draftarticle import Placed, clause_of, paragraph_starts

_LEAD = re.compile(
    r"\bby\s+(?:[a-z][\w-]*\s+){0,2}?(?:categor(?:y|ies)|sectors?|products?|groups?|"
    r"commodit(?:y|ies)|industr(?:y|ies)|branch(?:es)?|types?|items?|kinds?|segments?|"
    r"destinations?|origins?|sources?|chapters?|sections?)\s*[,:]",
    re.IGNORECASE,
)
"""A lead that opens a sentence on the list's dimension: "By product category,", "By sector:",
"By main commodity groups,"."""
_WHOLE = re.compile(r"\b(?:total|overall|aggregate|all|whole|in\s+all|altogether)\b", re.I)
"""Words of a figure's clause that call it the whole, not one of the list's categories."""


def listed_category(text: str, placed: Placed) -> bool:
    """``placed`` stands after a lead of a breakdown that opens a sentence of its paragraph, at or
    before its own sentence, and its clause does not call it the total."""
    breaks = paragraph_starts(text)  # asked for each figure: found once per article
    start = breaks[placed.paragraph - 1] if placed.paragraph > 0 else 0
    end = breaks[placed.paragraph] if placed.paragraph < len(breaks) else len(text)
    at = placed.figure.phrase.start
    lead = _first_lead(text, start, max(at, end))
    if lead is None or lead > at:
        return False
    return _WHOLE.search(clause_of(text, placed)) is None


@lru_cache(maxsize=64)
def _first_lead(text: str, start: int, end: int) -> int | None:
    """The end of the first lead between ``start`` and ``end`` that opens a sentence, None where
    none does: found once a paragraph for all its figures (each figure's search from the
    paragraph's start made a long paragraph's figures quadratic). A lead ends at the first comma
    or colon after its start (its words hold none), so the leads a search up to a figure finds are
    those of the paragraph's search that end by the figure."""
    for lead in _LEAD.finditer(text, start, end):
        before = text[start : lead.start()].rstrip()
        if before and before[-1] not in ".!?":
            continue  # "exports by sector, ...": no lead of a sentence
        return lead.end()
    return None
