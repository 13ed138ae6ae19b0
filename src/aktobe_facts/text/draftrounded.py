"""One figure given twice at another precision, for a draft: an ``equal`` relation between "a
deficit of 280.5 billion rupees in the five months to May" and, paragraphs later, "an overall
deficit of 280 billion rupees" up to May.

The two must have one role, part, owner and plan (:mod:`aktobe_facts.text.draftroles`), and both
must name their period, the same one: the subject and period are then certain, and the figures
differ only by how they are written, the coarser one the finer one rounded or cut short to its
last digit. Where the article has a third figure of that role and period that is not such a
rounding of the others, none is tied (a second deficit of the period is then something else).
Nor where one figure's sentence names an area the other's does not ("Tax revenue of the north came
to 12.5 million euros" is no rounding of the country's 12.48 million).
Figures of one value are :mod:`aktobe_facts.text.draftequal`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftequal import equal_relation, grouped
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftroles import Role, roles
from aktobe_facts.text.lazypatterns import lazy


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    named = roles(article)
    equal = {c for r in drafted if r.kind == "equal" for c in _claims(r)}

    def together(a: Placed, b: Placed) -> bool:
        one = _one_subject(named[a.figure.id], named[b.figure.id])
        return one and _same_unit(a, b) and _areas(article, a) == _areas(article, b)

    found = []
    for group in grouped(article, named, together):
        values = {p.figure.phrase.stated.value for p in group}
        if len(group) < 2 or len(values) < 2 or equal & {p.figure.id for p in group}:
            continue
        if all(_rounding(a, b) for a, b in combinations(group, 2)):
            found.append(equal_relation(group))
    return found, []


def _claims(relation: DraftRelation) -> list[str]:
    claims = relation.fields.get("claims")
    return claims if isinstance(claims, list) else []


def _one_subject(a: Role, b: Role) -> bool:
    owners = not a.owner or not b.owner or a.owner == b.owner
    family = a.family is None or b.family is None or a.family == b.family
    same = a.name == b.name and a.part == b.part and a.plan == b.plan
    return same and family and owners and a.time.same(b.time)


_AREA = lazy(
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|"
    r"southern|eastern|western|regions?|provinces?|districts?|counties|county|"
    r"municipalit(?:y|ies)|cit(?:y|ies)|oblasts?)\b",
    re.IGNORECASE,
)
"""Words that name an area within a country: a figure of one is no rounding of the country's
(not "capital", "central" or "state", which name spending and budgets more often than places)."""


def _areas(article: Article, placed: Placed) -> frozenset[str]:
    """The area words of the figure's sentence (a figure's area may stand before or after it)."""
    start, end = placed.sentence
    return frozenset(m.group(0).lower() for m in _AREA.finditer(article.text, start, end))


def _same_unit(a: Placed, b: Placed) -> bool:
    ua, ub = a.figure.phrase.stated.unit, b.figure.phrase.stated.unit
    return ua is not None and ub is not None and ua.key == ub.key


def _step(placed: Placed) -> Fraction:
    """The value of the last digit written: 1 billion for "280 billion", 0.1 billion for "280.5"."""
    stated = placed.figure.phrase.stated
    digits = stated.digits or ""
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    return Fraction(10) ** (stated.exponent - decimals)


def _rounding(a: Placed, b: Placed) -> bool:
    """The coarser figure is the finer one rounded, or cut short, to its last digit (equal figures
    too)."""
    if a.figure.phrase.stated.qualifier != b.figure.phrase.stated.qualifier:
        return False
    coarse, fine = (a, b) if _step(a) >= _step(b) else (b, a)
    step = _step(coarse)
    x, y = coarse.figure.phrase.stated.value, fine.figure.phrase.stated.value
    rounded = 2 * abs(x - y) <= step
    cut = x <= y < x + step
    return rounded or cut
