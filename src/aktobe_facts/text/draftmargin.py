"""The margin between a level and another, told after "by" or before "below" and "above", for a
draft (``kind = "difference"``):

- "A ..., falling short of its B budget by G", "A exceeded its B target by G" (an order of A and B
  that a rule before drafted, B followed by its own nouns and "by" G): G = B - A (G = A - B);
- "A, G below the budgeted B", "A, G above the B of 2029": G = B - A (G = A - B);
- "... exceeded their B budget by G, reaching A", "... fell short of the B target by G, at A" (the
  subject's level after the margin): G = A - B (G = B - A).

A, B and G are levels of one unit (:func:`aktobe_facts.text.levels.alike`), next to each other in
one sentence, G a plain figure (no bound, no word of change of its own) whose own words, at most
its period, end its clause: "by G in taxes" names another thing, "by more than G" is a bound, and
neither gets anything; so does B with words of another figure after it ("below the B in taxes and
C in fines").
"More than" and "less than" after G are a change's words (``draftchangeamount``), never this
module's. An order the difference states (A below B, A above B) is left to it
(:func:`orders_told_by_margins`): an editor writes the difference, not both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.reading.numbers import Qualifier
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation, between
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import alike

_NOUNS_BY = lazy(r"^(?:[a-z][a-z'’-]*\s+){0,3}?by\s*$")
"""Between B and G: B's own nouns ("budget", "target for the year") and "by"."""
_OWN_END = lazy(r"^\s*(?:(?:in|for|of|during)\s+(?:the\s+)?§|§)?\s*(?:[,;.]|$)")
"""After G: at most its period, then the end of its clause."""
_BEFORE_GAP = lazy(r"^\s*(?:(?:in|for|during|of)\s+(?:the\s+)?§\s*)?,\s*$")
"""Between A and G: A's clause ends at a comma."""
_SIDE = lazy(
    r"^\s*(?:(?P<below>below|under|short\s+of|(?P<noun>shortfall\s+(?:against|on|from|"
    r"relative\s+to)))|(?P<above>above|over))"
    r"(?:\s+(?:the|its|their|a|an))?(?:\s+[a-z][a-z'’-]*){0,2}?(?:\s+of)?\s*$"
)
"""Between G and B: the side and a few words naming B ("below the budgeted", "above its target
of"; "shortfall against the prorated target of", after "a": twenty-fourth session, orders24)."""
_SHORTFALL_BEFORE = lazy(r"^\s*(?:(?:in|for|during|of)\s+(?:the\s+)?§\s*)?,\s*an?\s*$")
"""Between A and G of "A, a G shortfall against B": A's clause ends at a comma, then "a"."""
_VERB_BEFORE = lazy(
    r"(?:(?P<above>exceeded|exceeds|surpassed|surpasses|topped|tops|beat|beats|outstripped|"
    r"outstrips|overshot|overshoots)|(?P<below>(?:fell|falls|came|comes)\s+short\s+of|missed|"
    r"misses|undershot|undershoots))(?:\s+(?:the|its|their|a|an))?(?:\s+[a-z][a-z'’-]*){0,2}?"
    r"(?:\s+of)?\s*$"
)
"""Before B in its clause, no figure between: the verb of passing or missing and B's words."""
_REACHING = lazy(
    r"^\s*,\s*(?:reaching|to\s+reach|to\s+stand\s+at|standing\s+at|at|totall?ing|amounting\s+to|"
    r"coming\s+to|for\s+a\s+total\s+of)\s*$"
)
"""Between G and A: the subject's level after the margin ("..., reaching A")."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    found: list[DraftRelation] = []
    for figures in article.sentences():
        found += _by_after_order(article, figures, drafted)
        found += _below_above(article, figures)
        found += _level_after(article, figures)
    return found, []


def _words(article: Article, first: Placed, last: Placed) -> str:
    sentence = article.read[first.sentence_index] if article.read else None
    periods = sentence.periods if sentence is not None else ()
    return between(article.text, first.figure.phrase.outer_end, last.figure.phrase.start, periods)


def _tail(article: Article, figure: Placed) -> str:
    sentence = article.read[figure.sentence_index] if article.read else None
    periods = sentence.periods if sentence is not None else ()
    return between(article.text, figure.figure.phrase.outer_end, figure.sentence[1], periods)


def _plain(figure: Placed) -> bool:
    stated = figure.figure.phrase.stated
    bound = stated.qualifier in (Qualifier.LOWER, Qualifier.UPPER)
    return not bound and stated.direction is None and not stated.negative


def _margin(article: Article, gap: Placed, *sides: Placed, ends: bool = True) -> bool:
    """G is a plain level of the sides' unit whose own words end its clause (``ends``)."""
    return (
        all(alike(gap, side) for side in sides)
        and _plain(gap)
        and (not ends or _OWN_END.match(_tail(article, gap)) is not None)
    )


def difference(
    article: Article, gap: Placed, larger: Placed, smaller: Placed, first: Placed, last: Placed
) -> DraftRelation:
    """The difference ``gap`` = ``larger`` − ``smaller``, quoted from ``first`` to ``last`` (also
    :mod:`aktobe_facts.text.draftpartnerbalance`'s)."""
    fields: dict[str, str | list[str] | bool] = {
        "result": gap.figure.id,
        "minuend": larger.figure.id,
        "subtrahend": smaller.figure.id,
    }
    start, end = first.figure.phrase.start, last.figure.phrase.outer_end
    return DraftRelation("", "difference", fields, " ".join(article.text[start:end].split()))


def _by_after_order(
    article: Article, figures: list[Placed], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """ "A, falling short of its B budget by G": the order of A and B a rule drafted, B followed
    by its nouns and "by" G."""
    by_id = {p.figure.id: p for p in figures}
    found: list[DraftRelation] = []
    for order in drafted:
        right = order.fields.get("right")
        left, op = order.fields.get("left"), order.fields.get("op")
        if order.kind != "order" or not isinstance(right, list) or len(right) != 1:
            continue
        a, b = by_id.get(str(left)), by_id.get(right[0])
        if a is None or b is None or op not in ("<", ">") or a.index > b.index:
            continue
        if b.index + 1 >= len(figures):
            continue
        gap = figures[b.index + 1]
        if _NOUNS_BY.match(_words(article, b, gap)) is None or not _margin(article, gap, a, b):
            continue
        larger, smaller = (a, b) if op == ">" else (b, a)
        found.append(difference(article, gap, larger, smaller, a, gap))
    return found


def _below_above(article: Article, figures: list[Placed]) -> list[DraftRelation]:
    """ "A, G below the budgeted B": G = B - A; "above": G = A - B."""
    found: list[DraftRelation] = []
    for a, gap, b in zip(figures, figures[1:], figures[2:], strict=False):
        side = _SIDE.match(_words(article, gap, b))
        before = _SHORTFALL_BEFORE if side is not None and side.group("noun") else _BEFORE_GAP
        if side is None or before.match(_words(article, a, gap)) is None:
            continue
        if not _margin(article, gap, a, b, ends=False) or not _plain(b):
            continue
        if not _OWN_END.match(_tail(article, b)) and not _b_nouns_end(article, b):
            continue
        larger, smaller = (b, a) if side.group("below") else (a, b)
        found.append(difference(article, gap, larger, smaller, a, b))
    return found


_NOUNS_END = lazy(r"^\s*(?:[a-z][a-z'’-]*\s+){0,2}?[a-z][a-z'’-]*\s*(?:[,;.]|$)")


def _b_nouns_end(article: Article, b: Placed) -> bool:
    """After B, a few words of its own to the end of its clause ("budget", "target"), no figure."""
    return _NOUNS_END.match(_tail(article, b)) is not None


def _level_after(article: Article, figures: list[Placed]) -> list[DraftRelation]:
    """ "... exceeded their B budget by G, reaching A": the subject's level after the margin."""
    found: list[DraftRelation] = []
    for b, gap, a in zip(figures, figures[1:], figures[2:], strict=False):
        start = article.read[b.sentence_index].span[0] if article.read else b.sentence[0]
        if b.index > 0:
            start = figures[b.index - 1].figure.phrase.outer_end
        words = between(article.text, start, b.figure.phrase.start)
        verb = _VERB_BEFORE.search(words)
        if verb is None or (b.index > 0 and _CLAUSE_MARK.search(words) is None):
            continue  # "A exceeded B by G": A's, drafted with the order of A and B
        if _NOUNS_BY.match(_words(article, b, gap)) is None:
            continue
        if _REACHING.match(_words(article, gap, a)) is None or not _plain(a):
            continue
        if not _margin(article, gap, a, b, ends=False):
            continue
        if _OWN_END.match(_tail(article, a)) is None:
            continue
        larger, smaller = (a, b) if verb.group("above") else (b, a)
        found.append(difference(article, gap, larger, smaller, b, a))
    return found


_CLAUSE_MARK = re.compile(r"[,;:]")
"""Between the figure before and B: a clause's mark, so B's verb has a subject of its own."""


def orders_told_by_margins(relations: list[DraftRelation]) -> list[DraftRelation]:
    """Without the orders of two figures a drafted difference sets apart by a printed margin
    ("falling short of its B budget by G": the difference G = B - A says A < B)."""
    margins = [
        (r.fields.get("minuend"), r.fields.get("subtrahend"))
        for r in relations
        if r.kind == "difference"
    ]

    def told(order: DraftRelation) -> bool:
        left, right, op = order.fields.get("left"), order.fields.get("right"), order.fields["op"]
        if not isinstance(right, list) or len(right) != 1:
            return False
        pair = (left, right[0]) if op in (">", ">=") else (right[0], left)
        return pair in margins

    return [r for r in relations if r.kind != "order" or not told(r)]
