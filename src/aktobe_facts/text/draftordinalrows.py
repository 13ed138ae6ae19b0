"""Rows ranked by an ordinal, for a draft (``kind = "order"``): a list whose lines each open on a
place in digits, then a name and its figure ("1st Netherlands: 3,445,000", "2nd USA: 2,210,000",
"3rd United Kingdom: 1,944,000"): the figure of each place is not below the next place's.

A row is one line: its place ("1st", "2nd", "3rd", "4th", ..., the suffix right for the digits;
a dash or bullet may stand before it), a name with no digits, a colon, a dash or a tab, then its
figure, the first of its line. Two rows are ranked when the second is the line right after the
first, its place the next one, and their figures are levels of one unit or counts of one thing.
Nothing is drafted for a list whose heading (the line before its first row) ranks it by a change
("largest increases", its figures levels) or from the bottom ("lowest", "cheapest"), nor where a
figure of the list is signed or a fall (a rank of falls runs the other way on signed figures).
Twenty-eighth session (within28).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftcounts import measures_alike
from aktobe_facts.text.draftfigures import DraftRelation, is_percent
from aktobe_facts.text.draftorder import order
from aktobe_facts.text.draftranked import BY_CHANGE

_ROW = re.compile(
    r"[ \t]*(?:[-*•·][ \t]*)?(?P<place>[1-9]\d?)(?P<suffix>st|nd|rd|th)\b\.?[ \t]+"
    r"(?P<name>[^\d\n:;–—\t]{1,60}?)(?:[ \t]*[:–—][ \t]*|[ \t]+-[ \t]+|\t+)",
    re.IGNORECASE,
)
"""From a line's start to its figure: its place, a name and the mark before the figure."""
_FROM_BOTTOM = re.compile(
    r"\b(?:lowest|least|smallest|fewest|cheapest|weakest|worst|bottom)\b", re.IGNORECASE
)
"""A heading that ranks its rows from the bottom: the first place holds the least."""
_DAY = re.compile(rf"^(?:of\s+)?{MONTH_NAMES}\b", re.IGNORECASE)
"""A row's name that is a month: its ordinal is a day ("1st of May: 3,100"), no place."""


def _suffix(place: int) -> str:
    """The suffix an ordinal in digits takes: "1st", "2nd", "3rd", "11th", "22nd"."""
    if place % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(place % 10, "th")


def _line(text: str, at: int) -> tuple[int, int]:
    """The start and end of the line holding ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _row(text: str, placed: Placed) -> tuple[int, int, int] | None:
    """The place of a row whose figure ``placed`` is, with its line's start and end, or None."""
    start, end = _line(text, placed.figure.phrase.start)
    m = _ROW.fullmatch(text, start, placed.figure.phrase.start)
    if m is None:
        return None
    place = int(m.group("place"))
    if m.group("suffix").lower() != _suffix(place) or _DAY.match(m.group("name")):
        return None
    return place, start, end


def _heading(text: str, start: int) -> str:
    """The line before a row's (the list's heading), or ""."""
    if start == 0:
        return ""
    before, _ = _line(text, start - 1)
    return text[before : start - 1]


def _plain(placed: Placed) -> bool:
    """A figure with no sign, fall or range, which a rank of levels may hold."""
    stated = placed.figure.phrase.stated
    return stated.direction in (None, "up") and not stated.negative and not stated.is_range


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    rows: list[tuple[Placed, int, int, int]] = []
    for placed in article.figures:
        row = _row(text, placed)
        if row is not None:
            rows.append((placed, row[0], row[1], row[2]))
    lists: list[list[tuple[Placed, int, int, int]]] = []
    for item in rows:
        last = lists[-1][-1] if lists else None
        if last is not None and item[1] == last[1] + 1 and item[2] == last[3] + 1:
            lists[-1].append(item)  # the next place on the next line
        else:
            lists.append([item])
    found: list[DraftRelation] = []
    for ranked in lists:
        figures = [r[0] for r in ranked]
        if len(figures) < 2 or not all(_plain(p) for p in figures):
            continue
        heading = _heading(text, ranked[0][2])
        if _FROM_BOTTOM.search(heading):
            continue
        if BY_CHANGE.search(heading) and not all(is_percent(p.figure) for p in figures):
            continue  # "Largest increases: 1st Peru: 120,000": ranked by a change, not the level
        for (left, _, start, _), (right, _, next_start, _) in pairwise(ranked):
            if not measures_alike(left, right):
                continue
            quote = " … ".join(
                (
                    text[start : left.figure.phrase.outer_end],
                    text[next_start : right.figure.phrase.outer_end],
                )
            )
            found.append(order(left, ">=", [right], quote))
    return found, []
