"""A flow broken down clause by clause, for a draft (``kind = "sum"``): "By source, the revenue was
broken down as follows: 3.8 billion came from oil, the regions brought in 1.9 billion, fees were
0.7 billion, and customs added 0.4 billion."

A sentence that opens on "By source," (or "By sector,", ... as :mod:`aktobe_facts.text.draftparts`
reads them) and names the flow it breaks down ("the revenue", "the spending", "exports") before
its first amount; its items are its clauses after that, parted by commas, each with exactly one
amount of one unit. The whole is the article's one current figure of that flow
(:mod:`aktobe_facts.text.draftroles`: no part, not a comparison's earlier figure), outside the
list. Not exhaustive unless the last item is "the rest" or the "other" ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftparts import LEAD, sum_relation
from aktobe_facts.text.draftroles import Role, roles
from aktobe_facts.text.levels import alike, level

_FLOW = re.compile(
    r"\bthe\s+(?:(?:total|overall|whole)\s+)?(revenues?|income|receipts|spending|expenditures?|"
    r"exports|imports)\b",
    re.IGNORECASE,
)
_NAMES = {"income": "revenue", "receipts": "revenue", "exports": "exports", "imports": "imports"}
_CUT = re.compile(r",\s*(?:and\s+)?")
_COMPARED = re.compile(
    r"\s*(?:(?:up|down|rising|falling|increasing|decreasing)\s+)?(?:from|against|compared\s+"
    r"(?:with|to)|versus|vs\.?|than)\b",
    re.IGNORECASE,
)
"""A clause that opens on a comparison: its figure is the item before's earlier value, no item."""
_OTHERS = re.compile(r"\b(?:others?|the\s+rest|remaining|remainder)\b", re.IGNORECASE)


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    named = roles(article)
    text = article.text
    taken = {
        part
        for r in drafted
        if r.kind == "sum" and isinstance(listed := r.fields.get("parts"), list)
        for part in listed
    }
    found: list[DraftRelation] = []
    for figures in article.sentences():
        lead = LEAD.match(text, figures[0].sentence[0])
        if lead is None or taken & {p.figure.id for p in figures}:
            continue
        flow = _FLOW.search(text, lead.end(), figures[0].figure.phrase.start)
        items = _items(text, figures, figures[0].figure.phrase.start)
        if flow is None or len(items) < 2:
            continue
        word = flow.group(1).lower()
        name = _NAMES.get(word, "spending" if word.startswith(("spend", "expend")) else "revenue")
        wholes = [
            p
            for p in article.figures
            if p not in items
            and (r := named.get(p.figure.id)) is not None
            and _whole(r, name)
            and alike(p, items[0])
        ]
        if len(wholes) != 1:
            continue
        last = text[items[-2].figure.phrase.outer_end : items[-1].figure.phrase.start]
        quote = text[figures[0].sentence[0] : items[-1].figure.phrase.outer_end]
        found.append(sum_relation(wholes[0], items, _OTHERS.search(last) is not None, quote))
    return found, []


def _whole(role: Role, name: str) -> bool:
    return role.name == name and role.part is None and not role.earlier


def _items(text: str, figures: list[Placed], start: int) -> list[Placed]:
    """One amount from each clause after ``start``, parted by commas; none unless every clause has
    exactly one amount of the first one's unit, and no other figure."""
    end = figures[0].sentence[1]
    cuts = [start, *(start + m.end() for m in _CUT.finditer(text[start:end])), end]
    items: list[Placed] = []
    for a, b in pairwise(cuts):
        inside = [p for p in figures if a <= p.figure.phrase.start < b]
        if len(inside) != 1 or not level(inside[0].figure.phrase):
            return []
        if _COMPARED.match(text, a, inside[0].figure.phrase.start):
            return []  # "fees were 0.4 billion, up from 0.2 billion": an item's earlier value
        if items and not alike(items[0], inside[0]):
            return []
        items.append(inside[0])
    return items
