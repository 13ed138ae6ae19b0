"""Suggested: a flow's month within the flow's running span, by the months their own words name
(a sum of one part: the span's figure at or above the month's). Two levels the draft's roles
(:mod:`aktobe_facts.text.draftroles`) make the reported figures of one flow (one name, no
partner or product of its own, neither a plan nor a comparison's earlier figure, no two owners),
whose own words name months (:class:`aktobe_facts.text.roletime.Time`: "Imports in May were up
18.2% to $19 billion", "Over the first five months of this year ... imports were up 15.2% to
$88.21 billion") the one inside the other, of one year or none named and no year before, anywhere
in the article. Where the draft dates both, :mod:`aktobe_facts.text.suggestwithin` offers the
pair by their periods; an article dated by no year ("Bangkok, 2017" over "in May") leaves their
periods open, and the roles' months still tie them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial
from operator import ne

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftroles import Role
from aktobe_facts.text.laterpairs import later
from aktobe_facts.text.suggestfigures import (
    Known,
    Suggestion,
    comparable,
    measure_words,
    part_of,
    shown,
)
from aktobe_facts.text.suggestguards import rate

SPAN = 0.6
"""Rank of a flow's month within its running span named by the roles' months (measured on the
open sets and the fresh texts' development half)."""
NOW = frozenset([None, "this"])
"""Relative years of the current period: none named, or "this year"."""


def suggestions(article: Article, known: Sequence[Known]) -> list[Suggestion]:
    made: list[Suggestion] = []
    for a, b in _flow_pairs(known):
        ra, rb = a.role, b.role
        if ra is None or rb is None or not _one_flow(ra, rb) or not comparable(a, b):
            continue
        held = inner(ra, rb)
        if held is None:
            continue
        part, whole = (a, b) if held is ra else (b, a)
        if part.placed.figure.phrase.stated.value >= whole.placed.figure.phrase.stated.value:
            continue
        if rate(article, part) or rate(article, whole):
            continue  # "ran at an annual rate of $280 billion": no month's level
        relation = part_of(article, whole, part)
        why = (
            f"{shown(part)} may be a part of {shown(whole)}: both {measure_words(whole)} of "
            f"{ra.name}, the months the one's words name inside the other's"
        )
        made.append(Suggestion(relation, why, SPAN))
    return made


def _flow_pairs(known: Sequence[Known]) -> Iterator[tuple[Known, Known]]:
    """Each two figures that :func:`_one_flow` may pair, in the order of every pair (each figure
    with the later ones, in turn): levels whose roles name one flow, none a plan's or an earlier
    figure, in one year and of other months (:func:`inner` takes no other pair), looked up by
    them, not by going through every pair of a long article nor every pair of one flow told
    again and again."""
    by_year: dict[tuple[str, str | None], dict[tuple[int, int], list[int]]] = {}
    for n, k in enumerate(known):
        role = k.role
        if role is None or not k.level or role.plan or role.earlier:
            continue
        if (months := _months(role)) is not None:
            by_months = by_year.setdefault((role.name, role.time.year), {})
            by_months.setdefault(months, []).append(n)
    for i, a in enumerate(known):
        if a.role is None or (own := _months(a.role)) is None:
            continue
        for j in later(by_year.get((a.role.name, a.role.time.year), {}), i, partial(ne, own)):
            yield a, known[j]


def _months(role: Role) -> tuple[int, int] | None:
    """The months of a role :func:`inner` may pair, else None."""
    time = role.time
    return time.months if not time.dates and time.relative in NOW else None


def _one_flow(a: Role, b: Role) -> bool:
    return (
        a.name == b.name
        and (a.part, a.partner) == (b.part, b.partner)
        and not a.plan
        and not b.plan
        and not a.earlier
        and not b.earlier
        and not (a.whose and b.whose and not a.whose & b.whose)
        and a.name not in ("deficit", "surplus")
    )


def inner(a: Role, b: Role) -> Role | None:
    """The role whose months lie inside the other's span (a span of more months), of one year
    or none named and neither an earlier year; None when neither."""
    ta, tb = a.time, b.time
    if ta.months is None or tb.months is None or ta.dates or tb.dates:
        return None
    if ta.year != tb.year or ta.relative not in NOW or tb.relative not in NOW:
        return None
    (a0, a1), (b0, b1) = ta.months, tb.months
    if b0 <= a0 and a1 <= b1 and (a0, a1) != (b0, b1):
        return a
    if a0 <= b0 and b1 <= a1 and (a0, a1) != (b0, b1):
        return b
    return None
