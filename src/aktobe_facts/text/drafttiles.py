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

import re
from collections.abc import Sequence
from itertools import pairwise

import msgspec

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftparts import sum_relation
from aktobe_facts.text.draftroles import Role, Time, alike, roles


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    named = _respective(article, roles(article))
    found: list[DraftRelation] = []
    text = article.text
    for whole in article.figures:
        role = named.get(whole.figure.id)
        if role is None or not _plain(role) or role.time.months is None:
            continue
        near = [
            p
            for p in article.figures
            if p.paragraph in (whole.paragraph, whole.paragraph + 1)
            and p is not whole
            and alike(p, whole)
            and (r := named.get(p.figure.id)) is not None
            and _plain(r)
            and _one_flow(r, role)
        ]
        parts = _tiling(near, named, role)
        rivals = [p for p in near if named[p.figure.id].time.months == role.time.months]
        if parts is None or rivals or _tied(drafted, whole, parts):
            continue
        quote = " … ".join(
            " ".join(text[named[p.figure.id].start : p.figure.phrase.outer_end].split())
            for p in [whole, *parts]
        )
        found.append(sum_relation(whole, parts, True, quote))
    return found, []


def _plain(role: Role) -> bool:
    return role.part is None and not role.earlier


_ORDINALS = ("first", "second", "third", "fourth")
_RESPECTIVE = re.compile(
    r"\s*(?:in|for|during)\s+the\s+((?:(?:first|second|third|fourth)(?:\s*,\s*|\s+and\s+|"
    r"\s*,\s*and\s+))+(?:first|second|third|fourth))\s+(quarters|halves)\s*,?\s+respectively\b",
    re.IGNORECASE,
)
"""After a list of figures: the periods each is of, in order ("A, B and C in the second, third and
fourth quarters respectively")."""
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _respective(article: Article, named: dict[str, Role]) -> dict[str, Role]:
    """The roles, with the period each figure of a "respectively" list names by its place."""
    text = article.text
    out = dict(named)
    for figures in article.sentences():
        for k, placed in enumerate(figures):
            m = _RESPECTIVE.match(text, placed.figure.phrase.outer_end)
            if m is None:
                continue
            words = re.findall(r"[a-z]+", m.group(1).lower())
            which = [_ORDINALS.index(w) for w in words if w in _ORDINALS]
            length = 3 if m.group(2).lower() == "quarters" else 6
            listed = figures[k - len(which) + 1 : k + 1] if len(which) <= k + 1 else []
            gaps = [
                text[a.figure.phrase.outer_end : b.figure.phrase.start] for a, b in pairwise(listed)
            ]
            if len(listed) != len(which) or not all(_LISTED.fullmatch(g) for g in gaps):
                continue
            for p, w in zip(listed, which, strict=True):
                role = out.get(p.figure.id)
                if role is not None and not role.time.named:
                    months = (w * length + 1, (w + 1) * length)
                    out[p.figure.id] = msgspec.structs.replace(role, time=Time(months=months))
    return out


def _one_flow(a: Role, b: Role) -> bool:
    owners = not (a.owner and b.owner) or a.owner == b.owner
    family = a.family is None or b.family is None or a.family == b.family
    return a.name == b.name and family and owners and a.plan == b.plan


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
        if months is None or months == whole.time.months or not _one_year(time, whole):
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


def _one_year(part: Time, whole: Role) -> bool:
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
