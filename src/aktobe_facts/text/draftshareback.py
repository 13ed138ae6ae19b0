"""Shares of the figure of the sentence before, for a draft (``kind = "share"``): the part and its
percent in a sentence whose words point back to the whole with certainty.

- "Remittances totalled $12.5 million in 2023. Of this, 60 percent, or $7.5 million, came from
  the north." (also "Of that amount, $7.5 million, or 60 percent, ..."): a sentence opening on "Of
  this", "Of that", "Of it" or "Of these" (with "amount", "sum" or "total" or not), whose share
  and part name no whole of their own;
  The same sentence may give each part's percent in parentheses right after it ("Of this, $7.5
  million (60 percent) came from the north and $5 million (40 percent) from the south");
- "The north accounted for 60 percent of this, or $7.5 million.": "P of this, or A".

The whole is the one figure of the part's unit (or a count of its thing,
:mod:`aktobe_facts.text.draftcounts`) in the nearest sentence before that has any, at most
:data:`LOOK_BACK` back; two such figures there leave the pronoun open and draft nothing. A share
another drafter already tied is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aktobe_facts.text.draftcounts import one_measure, stated_level
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_amount,
    quote,
    words_between,
)
from aktobe_facts.text.draftshareabout import is_share
from aktobe_facts.text.draftshares import share_pairs
from aktobe_facts.text.periodcontext import figures_one_context

_OPENS = re.compile(
    r"\W*of\s+(?:this|that|these|it)(?:\s+(?:amount|sum|total|figure))?\s*,", re.IGNORECASE
)
"""A sentence that opens on the figure before: "Of this,", "Of that amount,"."""
_OF_THIS_OR = re.compile(
    r"\s*of\s+(?:this|that|it)(?:\s+(?:amount|sum|total|figure))?\s*,\s*(?:or|i\.e\.|that\s+is)\s*",
    re.IGNORECASE,
)
"""Between a share and its part: " of this, or "."""
_IN_PARENS = re.compile(r"\s*\(\s*")
_CLOSED = re.compile(r"\s*\)")
"""A part's percent alone in parentheses right after it: "$7.5 million (60 percent)"."""
LOOK_BACK = 3


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    tied = {r.fields.get("share") for r in drafted if r.kind in ("share", "same-whole")}
    found: list[DraftRelation] = []
    for k, sentence in enumerate(sentences):
        for share, part in _pairs(text, sentence):
            whole = _before(sentences, k, part) if share.id not in tied else None
            if whole is not None and figures_one_context(text, sentences, whole, part):
                fields: dict[str, str | list[str]] = {
                    "share": share.id,
                    "part": part.id,
                    "whole": whole.id,
                }
                found.append(DraftRelation("", "share", fields, quote(text, share, part)))
    return found


def _pairs(text: str, sentence: Sentence) -> list[tuple[Figure, Figure]]:
    """The share and part pairs of a sentence whose whole is the figure before."""
    found = []
    opens = _OPENS.match(text, sentence.span[0]) is not None
    if opens:
        found += [(p.share, p.part) for p in share_pairs(text, sentence) if not p.named]
    for a, b in pairwise(sentence.figures):
        gap = words_between(text, sentence, a, b)
        if is_share(a) and _measure(b) and _OF_THIS_OR.fullmatch(gap):
            found.append((a, b))
        elif opens and _measure(a) and is_share(b) and _in_parens(text, gap, b):
            found.append((b, a))  # "Of this, A (P) came from ..."
    return found


def _in_parens(text: str, gap: str, share: Figure) -> bool:
    closed = _CLOSED.match(text, share.phrase.outer_end) is not None
    return _IN_PARENS.fullmatch(gap) is not None and closed


def _measure(figure: Figure) -> bool:
    return is_amount(figure) or stated_level(figure)


def _before(sentences: Sequence[Sentence], k: int, part: Figure) -> Figure | None:
    """The one figure of the part's unit or thing in the nearest sentence before with any."""
    for back in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
        same = [f for f in sentences[back].figures if stated_level(f) and one_measure(f, part)]
        if same:
            return same[0] if len(same) == 1 else None
    return None
