"""Whether a figure compared after another ("X in 2030, exceeding 2029's Y ...") is of the same
period and measure as far as the words after it tell, for the comparisons of
:mod:`aktobe_facts.text.draftexceeding` (twenty-fifth session).

The words after Y, up to its clause's end, are Y's own or the comparison's: in "X in 2030, though
they fell short of 2029's Y in the fourth quarter" the quarter may be Y's or the time the
shortfall happened in (the fourth quarter's takings, never X, fell short). Either way a span of
another length than X's makes no order of X and Y certain; nor does a part of a year after Y where
X's words name no period. A margin's period after Y ("short of the Y
budget by G in the first quarter") is the comparison's. A rate after Y ("Y a month", "Y per day", "Y on average") is another
measure than X's level unless X is told at the same rate, and a level's measure after Y ("Y in
operating costs") another than X's unless X names the same ("X in fees, exceeding 2029's Y in
fees"). Words before Y that name its period ("2029's", "the first quarter's") are Y's own: they
count only against a period X names.
"""

from __future__ import annotations

import re

from aktobe_facts.text.draftarticle import Placed
from aktobe_facts.text.draftcounts import past_noun
from aktobe_facts.text.draftfigures import is_percent
from aktobe_facts.text.figuretime import time_of
from aktobe_facts.text.roletime import Time, names_only_period, read_time

_CLAUSE = re.compile(r"[^,;()]*?(?=[,;()]|\s(?:and|while|whereas|but)\s|$)", re.IGNORECASE)
"""The words after a figure to its clause's end (or the next list item's "and")."""

_BY = re.compile(r"\bby\s*$", re.IGNORECASE)
"""After Y and its nouns, before the margin: "the Y budget by G": the margin's words after G
(its period) are the comparison's too."""

_SAME = re.compile(
    r"\b(?:same|corresponding|comparable)\s+(?:period|quarter|half|month|months|time|season)\b",
    re.IGNORECASE,
)
"""Y's period named as X's ("the Y recorded in the same quarter of 2029")."""

_RATE = re.compile(
    r"^\s*(?:(?:a|an|per|each|every)\s+(?:day|week|month|quarter|year|annum|head|person|"
    r"capita|household|unit)|annually|monthly|weekly|daily|yearly|on\s+average|on\s+an?\s+"
    r"(?:annual|monthly|annualised|annualized|average)\b)\b(?!\s+(?:earlier|ago|before|later|prior))",
    re.IGNORECASE,
)
"""A rate right after a figure ("$4 million a month", "per day", "on average"); never a distance
of time ("a year earlier")."""

_MEASURE = re.compile(r"^\s*(?:in|of|worth\s+of)\s+(?P<words>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)*)")
"""A level's measure right after it ("$21.8 million in operating costs", "of revenue")."""
_PERIOD_FIRST = re.compile(
    r"^\s*(?:(?:recorded|registered|reported|posted|seen|collected)\s+)?(?:in|of|for|during)\s+"
    r"(?:(?:fiscal|FY)\s*)?(?:19|20)\d{2}(?:-\d{2,4})?\b",
    re.IGNORECASE,
)
"""A year right after a level, before its measure ("$51.2 million of 2029 in operating costs")."""


_BASIS = re.compile(
    r"\b(?:at\s+(?:constant|current|fixed|real|\d{4})(?:\s+[a-z-]+)?\s+prices|"
    r"in\s+(?:real|nominal|constant|current)(?:\s+[a-z-]+)?\s+terms|(?:seasonally|inflation|"
    r"calendar)[\s-]+adjusted|adjusted\s+for|excluding|not\s+counting|before\s+tax|after\s+tax|"
    r"pre-tax|post-tax)\b",
    re.IGNORECASE,
)
"""Words of a level's basis ("at constant prices", "in real terms", "seasonally adjusted",
"excluding cruise ships", "before tax"): after Y they may be the comparison's, told of X too
("X in 2030, short of the Y of 2029 at constant 2029 prices": X at those prices is unsaid;
review25)."""


def _basis(words: str) -> set[str]:
    return {" ".join(m.lower().split()) for m in _BASIS.findall(words)}


def _after(text: str, placed: Placed, end: int) -> str:
    """The words after a figure (past a count's noun) to its clause's end, before ``end``."""
    start = past_noun(text, placed.figure)
    m = _CLAUSE.match(text, start, max(start, end))
    return m.group(0) if m is not None else ""


def _length(time: Time) -> int | None:
    return None if time.months is None else time.months[1] - time.months[0] + 1


def _measure(words: str) -> str | None:
    """The first word of the measure named right after a level, past its year ("of 2029 in
    operating costs"), or None ("in the fourth quarter", "recorded in 2029": a period, no
    measure)."""
    year = _PERIOD_FIRST.match(words)
    m = _MEASURE.match(words if year is None else words[year.end() :])
    if m is None or names_only_period(m.group("words")):
        return None
    first = m.group("words").split()[0].lower()
    return None if first in ("the", "a", "an", "its", "their") else first.rstrip("s")


def same_terms(text: str, figures: list[Placed], kx: int, ky: int, naming: str) -> bool:
    """Whether X (``figures[kx]``) and the Y compared after it may be told of one period and
    measure: the words after Y name no span of another length than X's period (nor a part of a
    year where X names none), no rate X is not told at and no measure of a level other than X's.
    ``naming`` is the words between the comparison and Y ("2029's", "the first quarter's")."""
    x, y = figures[kx], figures[ky]
    end = figures[ky + 1].figure.phrase.start if ky + 1 < len(figures) else y.sentence[1]
    after_y = _after(text, y, end)
    after_x = _after(text, x, y.figure.phrase.start)
    margin = _BY.search(after_y)
    if margin is not None and ky + 1 < len(figures):  # "Y budget by G in the first quarter"
        gap = figures[ky + 1]
        after_gap = _after(text, gap, gap.sentence[1])
    else:
        after_gap = ""
    if _RATE.match(after_y) and not _RATE.match(after_x):
        return False  # "X, exceeding the Y a month of 2029": a rate against a level
    if not _basis(after_y) <= _basis(after_x):
        return False  # "X, short of the Y of 2029 at constant prices": X at them is unsaid
    if not is_percent(y.figure):
        theirs = _measure(after_y)
        if theirs is not None and theirs != _measure(after_x):
            return False  # "X, exceeding 2029's Y in operating costs": another measure
    if _SAME.search(after_y) or _SAME.search(naming):
        return True  # "the Y recorded in the same quarter of 2029": X's period
    own = _length(time_of(text, figures, kx))
    told_after = _length(read_time(f"{after_y} {after_gap}"))
    told = _length(read_time(f"{naming} {after_y} {after_gap}"))
    if own is not None and told is not None and own != told:
        return False  # "X in 2030, ... 2029's Y in the fourth quarter": a year against a quarter
    return not (own is None and told_after is not None and told_after < 12)
