"""A figure's earlier value in its own sentence, for a draft: "revenues were 326.6 billion, up from
313.9 billion a year earlier", "widened to 1.12 trillion in the nine months, from 970.2 billion in
the same period last year", "reached 3.37 trillion, 2.2 percent higher than last year's 3.29
trillion": the second amount is the first one's flow in the period compared with.

Read only where the words leave one reading: the next amount of the same unit after the figure in
its sentence (percents between are the change), with nothing between but the change and its
period and a comparison's words right before it ("from", "than", "compared with", "against"),
no word of another flow between and nothing after it but a period before the clause ends.
:mod:`aktobe_facts.text.draftbalances` drafts the balance of a year before from the earlier
values of a balance's three figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.reading.periods import PeriodError, parse_period
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftroles import Role
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import level
from aktobe_facts.text.roletime import COUNTS, MONTHS, UNIT_MONTHS, Time, count_of, read_time

_CUE = lazy(
    r"(?:\b(?:up|down|rising|falling|increasing|decreasing|rose|fell|grew)\s+)?"
    r"\b(?:from|than|compared\s+(?:to|with)|against|versus|vs\.?)\s+"
    r"(?:(?:(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:earlier|ago|before)|"
    r"the\s+year\s+before)['’]s\s+)?$",
    re.IGNORECASE,
)
"""A comparison's words right before the earlier figure."""
_PERIOD_WORDS = (
    r"in|during|for|over|of|the|a|an|first|second|third|fourth|last|same|period|this|years?|months?|quarters?|half|"
    r"to|at|as|end|through|earlier|ago|before|previous|prior|\d{4}|[a-z]+-(?:month|quarter|year)s?|"
    + "|".join((*COUNTS, *MONTHS))
)
_BETWEEN = lazy(
    rf"(?>\s|\b(?:{_PERIOD_WORDS}|by|and|or|up|down|higher|lower|more|less|above|below|"
    r"rise|fall|increase|decrease|[a-z]+ed|on|year-on-year|annual|annually|percent|per\s+cent)"
    r"\b|[\d.,%@-])*",
    re.IGNORECASE,
)
"""What may stand between a figure and its earlier one, the change's percent written "@": periods,
a change's words and a comparison's ("to 1.12 trillion in the first nine months of the year, from",
", 2.2 percent higher than last year's")."""
_AFTER = lazy(rf"(?:[\s,.]|\b(?:{_PERIOD_WORDS})\b)*", re.IGNORECASE)
"""After the earlier figure to its clause's end: a period at most."""
_BREAK = re.compile(r"[;:()]|\b(?:while|whereas|but|and\s+(?:its|the|their))\b", re.IGNORECASE)


def earlier_values(article: Article, named: dict[str, Role]) -> dict[str, tuple[str, Time]]:
    """For each figure with a role, the id of its earlier value in its sentence and the period its
    words name (:func:`aktobe_facts.text.roletime.read_time`)."""
    text = article.text
    found: dict[str, tuple[str, Time]] = {}
    for figures in article.sentences():
        for k, placed in enumerate(figures):
            role = named.get(placed.figure.id)
            if role is None or role.earlier:
                continue
            moved = _moved_from(text, figures, k, named)
            if moved is not None:
                found[placed.figure.id] = moved
                continue
            later = _next_level(figures, k)
            if later is None or later.figure.id in named:
                continue
            between = _between(text, placed, later, figures)
            if between is None:
                continue
            cue = _CUE.search(between)
            if cue is None or not _BETWEEN.fullmatch(between[: cue.start()]):
                continue
            end = _clause_end(text, later)
            after = text[later.figure.phrase.outer_end : end]
            if not _AFTER.fullmatch(after):
                continue
            found[placed.figure.id] = (later.figure.id, read_time(cue.group(0) + " " + after))
    return found


def _moved_from(
    text: str, figures: list[Placed], k: int, named: dict[str, Role]
) -> tuple[str, Time] | None:
    """The figure before the k-th in a move "from A to B" (A read as the same flow's earlier
    level, :mod:`aktobe_facts.text.draftroles`), with the period its words name ("from A in 2030
    to B"): "Imports rose 20.2% from 171.3 billion dirhams to 206 billion dirhams"."""
    if k == 0:
        return None
    before, placed = figures[k - 1], figures[k]
    role, earlier = named[placed.figure.id], named.get(before.figure.id)
    if earlier is None or not earlier.earlier or earlier.name != role.name:
        return None
    if earlier.part != role.part or earlier.owner != role.owner:
        return None
    gap = _FROM_TO.fullmatch(text, before.figure.phrase.outer_end, placed.figure.phrase.start)
    if gap is None:
        return None
    return before.figure.id, read_time(gap.group(1) or "")


_FROM_TO = re.compile(r"((?:\s+(?:in|for)\s+[^,;.\d%()]{0,30}?\d{0,4})?)\s*,?\s*to\s+", re.I)
"""Between A and B in "from A in 2030 to B", the earlier figure's period in its group."""


def _next_level(figures: list[Placed], k: int) -> Placed | None:
    """The next figure after the k-th that is a level; None if the next level is of another unit."""
    unit = figures[k].figure.phrase.stated.unit
    for placed in figures[k + 1 :]:
        stated = placed.figure.phrase.stated
        if stated.unit is not None and stated.unit.kind == "percent":
            continue
        same = unit is not None and stated.unit is not None and stated.unit.key == unit.key
        return placed if same and level(placed.figure.phrase) else None
    return None


def _between(text: str, placed: Placed, later: Placed, figures: list[Placed]) -> str | None:
    """The words between the two figures, each percent between written "@"; None when anything
    breaks the clause."""
    start, end = placed.figure.phrase.outer_end, later.figure.phrase.start
    pieces: list[str] = []
    for other in figures[placed.index + 1 : later.index]:
        pieces.append(text[start : other.figure.phrase.start])
        pieces.append(" @ ")
        start = other.figure.phrase.outer_end
    pieces.append(text[start:end])
    between = "".join(pieces)
    return None if _BREAK.search(between) else between


def _clause_end(text: str, placed: Placed) -> int:
    found = re.compile(r"[,;]|\s(?:while|whereas|but|and)\s").search(
        text, placed.figure.phrase.outer_end, placed.sentence[1]
    )
    return placed.sentence[1] if found is None else found.start()


_BACK = lazy(
    r"\b(?:(?P<n>an?|one|two|three|four|five|six|\d{1,2})\s+(?P<u>year|month|quarter)s?\s+"
    r"(?:earlier|ago|before|previously)|(?:the\s+)?(?:previous|prior|preceding|last)\s+"
    r"(?P<u2>year|month|quarter)|the\s+(?P<u3>year|month|quarter)\s+before)\b",
    re.IGNORECASE,
)
"""Words that say how far back an earlier value lies: "a year earlier", "two years ago", "the
previous month", "last year's"."""


def _back(words: str) -> int | None:
    """How many months back the words put an earlier value, when they say one distance."""
    found = set()
    for m in _BACK.finditer(words):
        unit = (m.group("u") or m.group("u2") or m.group("u3")).lower()
        count = m.group("n")
        found.add((1 if count is None else count_of(count)) * UNIT_MONTHS[unit])
    return found.pop() if len(found) == 1 else None


def _months(period: str | None) -> tuple[int, int] | None:
    """A period as its first and last month, counted from year 0; None for a period that is no
    run of whole months."""
    if period is None:
        return None
    try:
        span = parse_period(period)
    except PeriodError:
        return None
    if span.months() is None:
        return None
    first = span.start.year * 12 + span.start.month - 1
    return first, span.end.year * 12 + span.end.month - 1


def one_period_back(article: Article, pairs: Sequence[tuple[str, str]]) -> bool:
    """Whether the earlier values of figures that make one sum or balance (pairs of a current
    figure's id and its earlier value's) may all be of one period: they lie back by one distance
    ("a year earlier" and "two years earlier" do not), and where a period can be told, from an
    earlier value's own ("in the first half of 2030") or from its current figure's moved back by
    the distance ("in 2031 ... a year earlier": 2030), it is one period; an earlier value that
    names its own months with no year and no distance, beside others that name one, lies that
    distance back from its figure (:func:`_moved_back`: "from B in February" beside "a year earlier" after "in
    March" does not)."""
    placed = {p.figure.id: p for p in article.figures}
    backs: set[int] = set()
    spans: set[tuple[int, int]] = set()
    dated: list[tuple[Time, Time]] = []  # (the earlier value's own period, its figure's)
    for current, earlier in pairs:
        now, then = placed.get(current), placed.get(earlier)
        if now is None or then is None:
            continue
        start = min(now.figure.phrase.outer_end, then.figure.phrase.start)
        end = _clause_end(article.text, then)
        back = _back(article.text[start:end])
        if back is not None:
            backs.add(back)
        elif _months(then.figure.period) is None:  # no dated period: the spans below cannot tell
            own = read_time(article.text[then.figure.phrase.outer_end : end])
            if own.named and own.year is None:
                text = article.text
                dated.append((own, read_time(text[now.sentence[0] : then.figure.phrase.start])))
        span = _months(then.figure.period)
        moved = _months(now.figure.period)
        if span is None and moved is not None and back is not None:
            span = (moved[0] - back, moved[1] - back)
        if span is not None:
            spans.add(span)
    if len(backs) == 1 and not all(_moved_back(own, now, *backs) for own, now in dated):
        return False  # "from A a year earlier" beside "from B in February" after "in March"
    return len(backs) <= 1 and len(spans) <= 1


def _moved_back(own: Time, now: Time, back: int) -> bool:
    """An earlier value's own months, named with no year, are its figure's moved back by the
    distance the others name: "in March ... from B in March" a year back, "from B in February" a
    month back, "in the first quarter" a quarter back from the second (or the fourth from the
    first, the year before's), never other months, nor months named where its figure's are not
    known."""
    if own.months is None:
        return True  # "from B last year": no months of its own
    if now.months is None:
        return False
    first, last = ((month - 1 - back) % 12 + 1 for month in now.months)
    return own.months == (first, last)
