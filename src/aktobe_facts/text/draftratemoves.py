"""A rate or share that moved, in two percents, for a draft (``kind = "order"``):

- "inflation eased to 5.2 percent in May from 6.1 percent in April", "annual growth in loans
  slowed to 7.1 percent from 28.8 percent", "the jobless rate rose from 5.8% to 6.2%", "the rate
  was 6.1% in April and dipped to 5.2% in May": the verb of rise or fall says which is larger
  (the moves of :mod:`aktobe_facts.text.draftorder`, with their guards);
- "exports covered 43.2% of imports, down from 45.6% a year earlier", "the coverage was 43.1%,
  down from last year's 45.5%", "the jobless rate stood at 6.2%, up from 5.8%": "up from" and
  "down from" after the later figure (:mod:`aktobe_facts.text.draftupfrom`).

Both are plain percents (no sign, range, rate per, bound or word of change of their own: "up 5
percent" is a growth, tied by its own rule; before "up from" or "down from" a growth may carry its
word of rise: "rents rose 8.5% in July from a year ago, down from 9.1% in June", never a fall's
"fell 5 percent, down from 3 percent"), of one kind (rates or shares, or growth rates), and
the earlier one names no whole of its own other than the later one's ("43.2% of imports, down
from 45.6%": the whole is understood; never "from 20 percent to 25 percent of the total", where
the whole is written once after the second, nor "12% of exports, up from 10% of imports").
A sentence that gives the change in points ("a drop of 0.4 percentage points") is left to the
change in points (:mod:`aktobe_facts.text.draftpoints`). A move of a share with its whole after
the later figure ("rising to 5.0 percent of GDP from 4.4 percent") is
:mod:`aktobe_facts.text.draftorder`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftfigures import DraftRelation, is_percent
from aktobe_facts.text.draftorder import moves
from aktobe_facts.text.draftupfrom import compared_after

_STOP = r"(?:from|to|in|for|at|on|and|or|against|compared|versus|up|down|an?|by|as|with|while)\b"
_WHOLE = re.compile(
    rf"\s+of\s+(?:the\s+)?(?P<whole>(?:(?!{_STOP})[a-z][\w'’-]*)(?:\s+(?!{_STOP})[a-z][\w'’-]*)"
    r"{0,2})",
    re.IGNORECASE,
)
"""A percent's whole right after it: "of imports", "of total exports"."""
_POINTS = re.compile(r"\bpoints?\b|\bpp\b|\bbps?\b", re.IGNORECASE)
"""A change in points in the sentence: the change's rule ties the two percents."""
_KINDS = (frozenset({None, "share"}), frozenset({None, "growth"}))
"""Kinds of percent one move can tie: rates and shares, or growth rates."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    same = partial(_rates_alike, article.text, False)
    rises = partial(_rates_alike, article.text, True)
    found = moves(article, drafted, same, past_whole)
    found += compared_after(article, [*drafted, *found], rises, past_whole, True)
    return [r for r in found if not _in_points(article, r)], []


def _plain(placed: Placed, rises: bool) -> bool:
    """A percent with no sign, range, rate per or bound; with ``rises`` a growth may carry its
    word of rise ("rose 8.5%")."""
    figure = placed.figure
    stated = figure.phrase.stated
    rise = rises and figure.kind == "growth" and stated.direction == "up"
    return (
        is_percent(figure)
        and (stated.direction is None or rise)
        and not stated.negative
        and not stated.is_range
        and stated.per is None
        and stated.qualifier is None
    )


def whole(text: str, placed: Placed) -> str | None:
    """A percent's whole right after it ("imports" of "43.2% of imports"), or None."""
    m = _WHOLE.match(text, placed.figure.phrase.outer_end)
    return None if m is None else m.group("whole").lower()


def past_whole(text: str, placed: Placed) -> int:
    """Where a percent's words end: after its whole ("43.2% of imports"), else after it."""
    m = _WHOLE.match(text, placed.figure.phrase.outer_end)
    return placed.figure.phrase.outer_end if m is None else m.end()


def _rates_alike(text: str, rises: bool, a: Placed, b: Placed) -> bool:
    """Two plain percents of one kind, the later naming no whole but the earlier's; with
    ``rises``, growths with their word of rise too ("rose 8.5% ..., down from 9.1% in June")."""
    if not (_plain(a, rises) and _plain(b, rises)):
        return False
    if not any({a.figure.kind, b.figure.kind} <= kinds for kinds in _KINDS):
        return False
    earlier, later = sorted((a, b), key=lambda p: p.figure.phrase.start)
    return whole(text, later) in (None, whole(text, earlier))


def _in_points(article: Article, relation: DraftRelation) -> bool:
    ids = set(tied(relation))
    return any(
        p.figure.id in ids and _POINTS.search(article.text, p.sentence[0], p.sentence[1])
        for p in article.figures
    )
