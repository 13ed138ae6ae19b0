"""Parts given with their share of a total, for a draft (``kind = "sum"``, not exhaustive): "The
earnings stood at $522 million. From Australia, earnings came to $244.4 million, contributing 46.7
percent to the total. From New Zealand they came to $105.5 million, contributing 20 percent."

Where the drafters before have tied amounts to one whole by their shares (``kind = "share"``:
the part, the percent and the whole, :mod:`aktobe_facts.text.draftshares` and the rules after it),
those amounts are parts of that whole: an amount that is a percent of a total below 100 lies
within it. Only where the words say a part of a total, never a ratio: no share whose words name
a product (GDP), a plan or target, a forecast or limit, or a coverage ("exports covered 43
percent of imports"), and no whole whose own words name one (a revenue "87 percent of the
target of W" is no part of W). A part and its whole are amounts of one unit or counts of one
thing; the parts' percents add up to 100 at most (else some lie within others); a figure the
article gives twice (drafted equal) is one part; two parts at least (one part's share says all
its sum would). Nothing where a sum drafted before ties the whole to one of the parts already,
nor where one part is named by a partner or place and another not (by partner and by product:
they may overlap).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import tied
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_measure,
    is_percent,
    same_measure,
)
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.roletime import MONTH

_RATIO = lazy(
    r"\b(?:gdp|gnp|gross\s+(?:domestic|national)|economy|economic\s+output|targets?|targeted|plan(?:ned|s)?|"
    r"goals?|forecasts?|projections?|projected|budgeted|estimates?|expected|limits?|ceilings?|"
    r"cover\w*|ratio|equivalent|approved|revised|programm?e)\b",
    re.IGNORECASE,
)
"""Words of a share that is a ratio, not a part of a total: of the economy, of a plan."""
NET = re.compile(r"\b(?:deficits?|surplus(?:es)?|balances?|net|gap|shortfall)\b", re.IGNORECASE)
"""Words of a balance: its parts may be of either sign, and its share of a flow is a ratio."""
REACH = 60
"""How many characters after a share's percent, and before a whole, are read for those words."""
_FULL = 100


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    figures = {f.id: f for s in sentences for f in s.figures}
    ends = {f.id: s.span for s in sentences for f in s.figures}
    wholes: dict[str, list[tuple[Figure, Figure]]] = {}
    for relation in drafted:
        if relation.kind != "share":
            continue
        share, part, whole = (figures.get(str(relation.fields.get(k))) for k in _FIELDS)
        if share is None or part is None or whole is None or part.id == whole.id:
            continue
        if not (is_measure(part) and is_measure(whole) and same_measure(part, whole)):
            continue
        if not is_percent(share) or share.phrase.stated.negative:
            continue
        after = text[
            share.phrase.outer_end : min(ends[share.id][1], share.phrase.outer_end + REACH)
        ]
        before = text[max(ends[whole.id][0], whole.phrase.start - REACH) : whole.phrase.outer_end]
        if _RATIO.search(after) or _RATIO.search(before) or _net(text, ends, part, whole):
            continue
        wholes.setdefault(whole.id, []).append((share, part))
    same = [set(tied(r)) for r in drafted if r.kind == "equal"]
    found: list[DraftRelation] = []
    for whole_id, items in wholes.items():
        parts: list[Figure] = []
        percent = 0.0
        for share, part in sorted(items, key=lambda item: item[1].phrase.start):
            if any(part.id in g and g & {p.id for p in parts} for g in same):
                continue  # one part given twice
            if part.id in {p.id for p in parts}:
                continue
            parts.append(part)
            percent += float(share.phrase.stated.value)
        if len(parts) < 2 or percent > _FULL or _tied(drafted, whole_id, parts):
            continue
        if len({_by_partner(text, ends[p.id][0], p) for p in parts}) > 1:
            continue  # one by partner, one by product: they may overlap
            continue
        whole = figures[whole_id]
        quote = " … ".join(
            " ".join(text[f.phrase.start : f.phrase.outer_end].split())
            for f in sorted([whole, *parts], key=lambda f: f.phrase.start)
        )
        fields: dict[str, str | list[str] | bool] = {
            "total": whole_id,
            "parts": [p.id for p in parts],
        }
        found.append(DraftRelation("", "sum", fields, quote))
    return found


_FIELDS = ("share", "part", "whole")


_PARTNER = re.compile(rf"\b(?i:to|from|with|in)\s+(?:the\s+)?(?!(?:{MONTH})\b)[A-Z][A-Za-z]")
"""A part's words that name a partner or a place ("exports to China", "From NZ they")."""


def _by_partner(text: str, start: int, part: Figure) -> bool:
    """The part's sentence names a partner or place before it (else a product, a kind...)."""
    return _PARTNER.search(text, start, part.phrase.start) is not None


def _net(text: str, spans: dict[str, tuple[int, int]], *figures: Figure) -> bool:
    """A figure's words right before it name a balance ("a trade surplus of", "the deficit")."""
    return any(
        NET.search(text, max(spans[f.id][0], f.phrase.start - REACH // 2), f.phrase.start)
        for f in figures
    )


def _tied(drafted: Sequence[DraftRelation], whole: str, parts: list[Figure]) -> bool:
    ids = {p.id for p in parts}
    return any(r.kind == "sum" and whole in tied(r) and ids & set(tied(r)) for r in drafted)
