"""Ranked lists, for a draft (``kind = "order"``): the figures of a list the words rank.

- "A was the top trading partner at X, followed by B at Y and C at Z": each figure is not below
  any after it (X >= Y, Z; Y >= Z): "followed by" ranks the whole list;
- "A came first at X, ahead of B at Y, C at Z and D at W": the first figure is not below any of
  the others (X >= Y, Z, W); the words rank only the first.

The figures are levels of one unit (:func:`aktobe_facts.text.draftroles.alike`) in one sentence:
the ranked one with a word of first place in its clause before it ("top", "largest", "first",
"leading"), then "followed by" or "ahead of" after it, then the list, each after a comma or "and"
with no verb between (a part's own share in parentheses, "(8.7%)", is passed over). Anything else
ends the list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation, is_percent
from aktobe_facts.text.draftorder import order
from aktobe_facts.text.draftroles import alike
from aktobe_facts.text.sentences import clause_start

_FIRST = re.compile(
    r"\b(?:top|largest|biggest|leading|main|principal|first|first-ranked|number\s+one|led)\b",
    re.IGNORECASE,
)
"""A word of first place before the ranked figure, in its clause."""
_AFTER = re.compile(r"[\s,]*(?:(?P<chain>followed\s+by)|(?P<first>ahead\s+of))\b", re.IGNORECASE)
"""From the ranked figure to the list: "followed by" ranks every figure; "ahead of" the first."""
_ITEM = re.compile(
    r"^\s*(?:,\s*(?:and\s+|then\s+)?|\s*and\s+|\s*then\s+)?[A-Za-z][^,;.()\d]{0,60}?\s+"
    r"(?:at|with|on|of)\s*$",
    re.IGNORECASE,
)
"""Between two figures of the list: a name and "at" ("and China at", ", ferro-alloys at")."""
_LEAD = re.compile(
    r"^[\s,]*(?:followed\s+by|ahead\s+of)\s+[A-Za-z][^,;.()\d]{0,60}?\s+(?:at|with|on|of)\s*$",
    re.IGNORECASE,
)
"""From the ranked figure to the first of the list: "followed by Turkey at"."""
_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")
_CLOSE = re.compile(r"[^()]{0,80}\)")
_VERB = re.compile(r"\b(?:\w{3,}ed|was|were|is|are|has|have|had|will)\b", re.IGNORECASE)


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found: list[DraftRelation] = []
    for figures in article.sentences():
        for k, top in enumerate(figures):
            start = clause_start(text, top.sentence[0], top.figure.phrase.start)
            if not _FIRST.search(text, start, top.figure.phrase.start):
                continue
            aside = _ASIDE.match(text, top.figure.phrase.outer_end)  # "(21.7% of exports)"
            after = _AFTER.match(text, aside.end() if aside else top.figure.phrase.outer_end)
            if after is None:
                continue
            listed = _list(text, top, figures[k + 1 :])
            if not listed:
                continue
            quote = text[top.figure.phrase.start : listed[-1].figure.phrase.outer_end]
            ranked = [top, *listed]
            firsts = ranked[:-1] if after.group("chain") else ranked[:1]
            for i, left in enumerate(firsts):
                found.append(order(left, ">=", ranked[i + 1 :], quote))
    return found, []


def _list(text: str, top: Placed, rest: list[Placed]) -> list[Placed]:
    """The figures of the list after the ranked one, in order."""
    listed: list[Placed] = []
    position = top.figure.phrase.outer_end
    for placed in rest:
        if is_percent(placed.figure):  # "(8.7%)": the part's own share, to its parenthesis
            opened = (
                text[max(0, placed.figure.phrase.start - 4) : placed.figure.phrase.start]
                .rstrip()
                .endswith("(")
            )
            close = _CLOSE.match(text, placed.figure.phrase.outer_end) if opened else None
            position = close.end() if close else placed.figure.phrase.outer_end
            continue
        gap = _ASIDE.sub(" ", text[position : placed.figure.phrase.start]).replace("(", " ")
        pattern = _ITEM if listed else _LEAD
        words = re.sub(r"followed\s+by", "", gap, flags=re.IGNORECASE)
        if not alike(top, placed) or not pattern.match(gap) or _VERB.search(words):
            break
        listed.append(placed)
        position = placed.figure.phrase.outer_end
    return listed
