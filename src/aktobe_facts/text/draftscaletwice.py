"""One figure given twice with two scale words, for a draft (``kind = "equal"``): "the government
earned N3.53tn and spent N10tn" and, further on, "Of the aggregate expenditure of N10bn, ..." are
one year's spending printed with the same digits and scale words a thousand times apart: one of
the two is a slip, and the equal tests it.

Two levels of one unit are tied when they print the same digits ("10" and "10", never "10" and
"10.4") with scale words a thousand times apart or more ("tn" and "bn", "billion" and "million"),
the same qualifier, and their words give them the same role, of one owner, plan and period
(:func:`aktobe_facts.text.draftequal.same_role`: a year's spending, never a part of it, nor a
comparison's earlier figure), in contexts that name no different periods. A figure with two such
partners, or a pair some relation drafted before ties already other than by an order (a part
within its whole: "spent N10tn, of which N10bn on roads"), gets nothing; an order ("a year's
spending is not below its first months'") holds of one figure as well.

The two must name one owner, word for word (:func:`_one_owner`): the roles' reading that lets a
figure of no owner's words be any owner's ("The government of Nigeria spent N10tn in 2030" and, a
paragraph on, "The state of Lagos spent N10bn in 2030") would tie two governments' spending, where
only the values could say which is whose, and these differ by design.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftequal import equal_relation, same_role
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftroles import Role, roles
from aktobe_facts.text.laterpairs import later
from aktobe_facts.text.levels import level
from aktobe_facts.text.periodcontext import one_context
from aktobe_facts.text.sentences import headline_end
from aktobe_facts.text.ties import Ties


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    named = roles(article)
    headed = headline_end(article.text)
    levels = [
        p
        for p in article.figures
        if (role := named.get(p.figure.id)) is not None
        and not role.earlier
        and level(p.figure.phrase)
        and p.figure.phrase.outer_end > headed
    ]
    ties = Ties(r for r in drafted if r.kind != "order")  # an order holds of one figure
    found = [
        (a, b)
        for a, b in _same_print(levels)
        if _rescaled(a, b)
        and same_role(named[a.figure.id], named[b.figure.id])
        and _one_owner(named[a.figure.id], named[b.figure.id])
        and one_context(article, a, b)
        and not ties.together((a.figure.id, b.figure.id))
    ]
    once = [
        (a, b)
        for a, b in found
        if sum(x in (a, b) for pair in found for x in pair) == 2  # each figure in this pair alone
    ]
    return [equal_relation([a, b]) for a, b in once], []


def _same_print(levels: list[Placed]) -> Iterator[tuple[Placed, Placed]]:
    """The two-figure combinations of ``levels``, in their order, that :func:`_rescaled` may
    take: one unit and the same digits, each with a scale word, the scales a thousand times apart
    or more, looked up by them (not every pair of a long article, nor every pair of one figure
    told again and again)."""
    by_print: dict[tuple[str, str | None], dict[int, list[int]]] = {}
    for n, p in enumerate(levels):
        stated = p.figure.phrase.stated
        if stated.unit is not None and stated.scale_word is not None:
            by_scale = by_print.setdefault((stated.unit.key, stated.digits), {})
            by_scale.setdefault(stated.exponent, []).append(n)
    for i, a in enumerate(levels):
        stated = a.figure.phrase.stated
        if stated.unit is None or stated.scale_word is None:
            continue
        scales = by_print[(stated.unit.key, stated.digits)]
        for j in later(scales, i, partial(_apart, stated.exponent)):
            yield a, levels[j]


def _apart(a: int, b: int) -> bool:
    """Scales a thousand times apart or more (:func:`_rescaled`)."""
    return abs(a - b) >= 3


def _one_owner(a: Role, b: Role) -> bool:
    """The two name the same owner and possessors, or neither names any."""
    return a.owner == b.owner and a.whose == b.whose


def _rescaled(a: Placed, b: Placed) -> bool:
    """The same digits and unit with scale words a thousand times apart or more."""
    x, y = a.figure.phrase.stated, b.figure.phrase.stated
    if x.unit is None or y.unit is None or x.unit.key != y.unit.key or x.per or y.per:
        return False
    if x.digits != y.digits or x.qualifier != y.qualifier or x.is_range or y.is_range:
        return False
    if x.scale_word is None or y.scale_word is None:
        return False  # a figure printed with no scale: text/scaleslip.py's
    return abs(x.exponent - y.exponent) >= 3
