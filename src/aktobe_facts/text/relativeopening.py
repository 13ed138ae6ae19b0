"""A sentence that opens on a time told as a distance from the period named before it ("A year
later, exports came to A", "Two years earlier, ...", "The following year, ..."), for the contexts
of :mod:`aktobe_facts.text.periodcontext`: its figures are of another period than the one before,
so they are never joined with that period's figures. Where the distance and the period before
make the new one certain ("In 2029, ... A year later,": 2030; "in the first quarter of 2029 ...
A quarter later,": April-June 2029), the figures take it (:func:`moved`); else a period of its
own that fits no other (:data:`MOVED`)."""

from __future__ import annotations

import re

from aktobe_facts.text.roletime import COUNTS, UNIT_MONTHS, Time, count_of

_OPENING = re.compile(
    rf"\s*(?:(?P<n>an?|{'|'.join(COUNTS)}|\d{{1,2}}|(?:a\s+)?(?:few|couple\s+of)|several)\s+(?P<u>year|month|quarter|week|day)s?\s+"
    r"(?P<way>later|earlier|before|after|on)|(?:in\s+)?the\s+(?P<next>following|next|previous|"
    r"prior|preceding)\s+(?P<u2>year|month|quarter))\b(?=\s*[,\s])",
    re.IGNORECASE,
)
_BACK = ("earlier", "before", "previous", "prior", "preceding")

MOVED = "moved"
"""The relative period of a sentence's context moved by a distance from a period that leaves the
new one uncertain (a week on, or from a period that names no year): it clashes with every other
context (:func:`aktobe_facts.text.periodcontext.clash`)."""


def opening_shift(text: str, start: int) -> int | None:
    """The distance, in months, by which the sentence starting at ``start`` opens on another
    period than the one before (negative back in time; 0 for a distance of weeks or days, which
    moves no month for certain); None where it opens on no such words."""
    m = _OPENING.match(text, start)
    if m is None:
        return None
    way = (m.group("way") or m.group("next")).lower()
    unit = (m.group("u") or m.group("u2")).lower()
    count = (m.group("n") or "a").lower()
    if unit not in UNIT_MONTHS or not (count in ("a", "an", *COUNTS) or count.isdigit()):
        return 0  # "A week later", "A few years later": no month moved for certain
    months = count_of(count) * UNIT_MONTHS[unit]
    return -months if way in _BACK else months


def moved(before: Time, shift: int, mark: int) -> Time:
    """The period ``before`` moved by ``shift`` months, where certain: a year of digits (with its
    months, which must stay in one year), no relative year and no dated total; else a period of
    its own (:data:`MOVED`, told apart by ``mark``)."""
    own = Time(None, None, f"{MOVED} {mark}")
    if shift == 0 or before.relative is not None or before.dates:
        return own
    if before.year is None or not before.year.isdigit():
        return own
    year = int(before.year)
    if before.months is None:
        return Time(str(year + shift // 12)) if shift % 12 == 0 else own
    first = year * 12 + before.months[0] - 1 + shift
    last = year * 12 + before.months[1] - 1 + shift
    if first // 12 != last // 12:
        return own  # "a quarter later" after November-January: across two years
    return Time(str(first // 12), (first % 12 + 1, last % 12 + 1))


def is_moved(time: Time) -> bool:
    return time.relative is not None and time.relative.startswith(MOVED + " ")
