"""A flow of a period as the sum of the same flow in the parts of that period, for a draft (``kind
= "sum"``, exhaustive): "In 2031 the treasury took in 3.5 billion. The year's revenue was 1.7
billion in the first half and 1.8 billion in the second."

The whole is a flow (:mod:`aktobe_facts.text.draftroles`) whose words name a span of months; the
parts are figures of the same flow, owner, plan and unit, none a part or a comparison's earlier
figure, whose months tile the whole's span exactly (halves, quarters, months: no gap, no overlap)
in a year that fits the whole's, in the whole's paragraph or the next. Drafted only when one whole
and one set of parts fit: a second figure of the whole (the same year's flow given twice, "10
trillion" and later "10 billion") leaves it to the editor.
"""

from __future__ import annotations

from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed, in_paragraphs
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftparts import sum_relation
from aktobe_facts.text.draftroles import Role, roles
from aktobe_facts.text.levels import alike
from aktobe_facts.text.roletime import Time
from aktobe_facts.text.whose import one_owner


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    named = roles(article)
    found: list[DraftRelation] = []
    text = article.text
    for whole in article.figures:
        role = named.get(whole.figure.id)
        if role is None or not plain(role) or role.time.months is None:
            continue
        near = _near(article, named, whole, role)
        if near is None:
            continue
        parts = _tiling(near, named, role)
        if parts is None or _tied(drafted, whole, parts):
            continue
        quote = " … ".join(
            " ".join(text[named[p.figure.id].start : p.figure.phrase.outer_end].split())
            for p in [whole, *parts]
        )
        found.append(sum_relation(whole, parts, True, quote))
    return found, []


def _near(
    article: Article, named: dict[str, Role], whole: Placed, role: Role
) -> list[Placed] | None:
    """The figures of the whole's flow in its paragraph and the next, in order; None when one
    has the whole's months (a rival: the whole given twice, never a sum), found at the first
    such figure, not after reading every other (one flow told in n sentences of a paragraph
    cost n * n)."""
    near: list[Placed] = []
    for p in in_paragraphs(article, whole.paragraph, whole.paragraph + 1):
        if (
            p is not whole
            and alike(p, whole)
            and (r := named.get(p.figure.id)) is not None
            and plain(r)
            and one_flow(r, role)
            and (r.time.year is not None or unbroken(article.figures, whole, p, named))
        ):
            if r.time.months == role.time.months:
                return None
            near.append(p)
    return near


def plain(role: Role) -> bool:
    return role.part is None and not role.earlier


def one_flow(a: Role, b: Role) -> bool:
    owners = not (a.owner and b.owner) or a.owner == b.owner
    family = a.family is None or b.family is None or a.family == b.family
    mine = one_owner(a.whose, b.whose)  # never Kazakhstan's March within Uzbekistan's quarter
    return a.name == b.name and family and owners and mine and a.plan == b.plan


def _tiling(near: list[Placed], named: dict[str, Role], whole: Role) -> list[Placed] | None:
    """The figures whose months tile the whole's, in order; None unless exactly one figure starts
    at each step, the last ends at the whole's end and no other figure falls inside."""
    if whole.time.months is None:
        return None
    first, last = whole.time.months
    spans: dict[str, tuple[int, int]] = {}
    for p in near:
        time = named[p.figure.id].time
        months = time.months
        if months is None or months == whole.time.months or not one_year(time, whole):
            continue
        if first <= months[0] <= months[1] <= last:
            spans[p.figure.id] = months
    parts: list[Placed] = []
    at = first
    while at <= last:
        starting = [p for p in near if p.figure.id in spans and spans[p.figure.id][0] == at]
        if len(starting) != 1:
            return None
        parts.append(starting[0])
        at = spans[starting[0].figure.id][1] + 1
    return parts if len(parts) >= 2 and len(parts) == len(spans) else None


def unbroken(
    figures: tuple[Placed, ...], whole: Placed, part: Placed, named: dict[str, Role]
) -> bool:
    """No figure between the whole and a part that names no year names a year other than the
    whole's: "In 2020 ..." after the halves of 2019 starts another year."""
    a, b = sorted((figures.index(whole), figures.index(part)))
    year = named[whole.figure.id].time.year
    return all(
        (r := named.get(p.figure.id)) is None or r.time.year in (None, year)
        for p in figures[a + 1 : b]
    )


def one_year(part: Time, whole: Role) -> bool:
    """The part's words name the whole's year, or none."""
    year, relative = whole.time.year, whole.time.relative
    return part.year in (None, year) and part.relative in (None, relative)


def _tied(drafted: Sequence[DraftRelation], whole: Placed, parts: list[Placed]) -> bool:
    ids = {p.figure.id for p in parts}
    return any(
        r.kind == "sum"
        and r.fields.get("total") == whole.figure.id
        and isinstance(drafted_parts := r.fields.get("parts"), list)
        and ids & set(drafted_parts)
        for r in drafted
    )
