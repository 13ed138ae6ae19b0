"""A total and its parts a year (or period) before, for a draft (``kind = "sum"``): "Revenue
reached 3.37 trillion, up from 3.29 trillion a year earlier ... Non-tax revenue dropped to 314.1
billion from 481.0 billion": where a sum is drafted (by the rules before this one) and its total
and every part has its earlier value in its own sentence (:mod:`aktobe_facts.text.draftearlier`),
the earlier values make the same sum, when the periods their words name fit each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftearlier import earlier_values, one_period_back
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftparts import sum_relation
from aktobe_facts.text.draftroles import roles


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    before = earlier_values(article, roles(article))
    placed = {p.figure.id: p for p in article.figures}
    totals = {r.fields.get("total") for r in drafted if r.kind == "sum"}
    found: list[DraftRelation] = []
    for relation in drafted:
        total, parts = relation.fields.get("total"), relation.fields.get("parts")
        if relation.kind != "sum" or not isinstance(total, str) or not isinstance(parts, list):
            continue
        members = [total, *parts]
        if not all(m in before for m in members):
            continue
        earlier = [before[m][0] for m in members]
        times = [before[m][1] for m in members]
        if len(set(earlier)) < len(earlier) or earlier[0] in totals:
            continue  # one figure twice, or a sum of that total drafted before
        if not all(a.fits(b) for a, b in combinations(times, 2)):
            continue
        if not one_period_back(article, list(zip(members, earlier, strict=True))):
            continue  # "... from 0.60 trillion in 2029" among values a year earlier
        totals.add(earlier[0])
        quote = " … ".join(" ".join(placed[e].figure.phrase.value.split()) for e in earlier)
        exhaustive = relation.fields.get("exhaustive") is True
        whole, *rest = (placed[e] for e in earlier)
        found.append(sum_relation(whole, rest, exhaustive, quote))
    return found, []
