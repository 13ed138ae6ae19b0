"""A growth's base after ", up from" ("increased by 49.1 percent in August to X, up from Y in
August 2021"), for :mod:`aktobe_facts.text.draftgrowth`: tied only where the words make the base
the growth's own.

", up from Y" after "to X" may name another period's level than the growth's base: "rose 3%
year on year to X in April, up from Y in March" (a month-on-month move beside a yearly growth),
"falling 11.6% to X in January, down from Y" (December's level, or the year before's: the words do
not say). Y is the base only when

- the way of ", up from" or ", down from" is the growth's (a rise up from, a fall down from);
- the growth names no distance of comparison but the year ("month on month" is another base);
- Y's own words name the period one year before the current's: the same month, months or
  year-long span a year earlier ("in August 2021" after "in August" or "in August 2022"; "in
  2022" after "in 2023"), or "a year earlier", "a year ago", "last year", or "the same (or
  corresponding) period of" the year before the current's ("falling 11.6% to X in the first
  month of 2021, down from Y in the corresponding period of 2020").
"""

from __future__ import annotations

import re

from aktobe_facts.reading.numbers import Direction
from aktobe_facts.text.draftfigures import Figure, Sentence
from aktobe_facts.text.growthbasis import (
    BASE_DISTANCE,
    GROWTH_DISTANCE,
    first_distance,
    words_to_next,
)
from aktobe_facts.text.roletime import Time, read_time

_UP_FROM = re.compile(
    r"(?:\s*(?:in|for|during)\s+(?:the\s+)?(?:(?:first|last|\w+)\s+(?:\w+\s+)?(?:months?|weeks?|"
    r"quarters?|half)\s+of\s+)?§)?\s*,\s*(?P<way>up|down)\s+from\s*",
    re.IGNORECASE,
)
"""From the current value to its base: ", up from", ", down from", after the current's own
period ("in §, up from", "in the first month of §, down from": the draft writes a named period
as §)."""


def year_before(
    text: str, sentence: Sentence, percent: Figure, current: Figure, gap: str, base: Figure
) -> bool:
    """``base``, after ``gap`` (the words from ``current`` to it), is the growth's base as the
    module's rules say."""
    m = _UP_FROM.fullmatch(gap)
    if m is None:
        return False
    stated = percent.phrase.stated
    fall = stated.negative or stated.direction == Direction.DOWN
    if (m.group("way").lower() == "down") != fall:
        return False  # "fell 5% to X, up from Y": the words disagree
    if first_distance(GROWTH_DISTANCE, words_to_next(text, sentence, percent)) not in (
        None,
        "year",
    ):
        return False  # "rose 3% month on month to X, up from Y a year earlier"
    own = words_to_next(text, sentence, base)
    if first_distance(BASE_DISTANCE, own) is not None:
        return first_distance(BASE_DISTANCE, own) == "year"  # "up from Y a year earlier"
    then = read_time(re.split(r"[,;]", own)[0])
    now = _current_time(text, percent, current)
    if _SAME_SPAN.match(own) and then.year is not None:  # "in the same period of 2020"
        return now.year is None or int(now.year) == int(then.year) + 1
    return _a_year_apart(now, then)


_SAME_SPAN = re.compile(
    r"\s*(?:in|for|during)\s+the\s+(?:same|corresponding|comparable)\s+(?:period|months?|"
    r"quarter|half|weeks?)\s+(?:of|in)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
"""Y's own words name the current's span by reference, in a year of their own ("down from Y in
the corresponding period of 2020", "up from Y in the same months of 2030"): the same span a year
earlier when that year is the one before the current's."""


def _current_time(text: str, percent: Figure, current: Figure) -> Time:
    """The period the words between the growth and its current value name ("increased by 49.1
    percent in August to X"), else the current value's own words up to the comma."""
    between = read_time(text[percent.phrase.outer_end : current.phrase.start])
    if between.named:
        return between
    return read_time(
        re.split(r"[,;]", text[current.phrase.outer_end : current.phrase.outer_end + 60])[0]
    )


def _a_year_apart(now: Time, then: Time) -> bool:
    """``then`` is the same span of months as ``now`` one year before (``now``'s year may go
    unnamed: "in August ... in August 2021")."""
    if then.year is None or then.months is None or now.months != then.months:
        return False
    if now.relative is not None or then.relative is not None or now.dates or then.dates:
        return False
    return now.year is None or int(now.year) == int(then.year) + 1
