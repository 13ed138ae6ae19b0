"""Period strings to calendar spans: ``"2020"``, ``"2018-2020"``, ``"2020-01/2020-09"``, ``"2020-Q3"``.

A period is one calendar part or a range of two. A part is a year (``2020``), a half (``2020-H1``),
a quarter (``2020-Q3``), a month (``2020-09``) or a day (``2020-12-31``). A range joins two parts
with ``/`` or a dash (``–``, ``—``); a plain hyphen joins two years (``2018-2020``). Spaces around
the joint are allowed. A range may not end before it starts.

Each period is held as its first day, its last day and the first day of its last part, so it has two
lengths: *inclusive* (``2018-2020`` covers three calendar years) and *elapsed* (from the start of 2018
to the start of 2020: two years).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from msgspec import Struct

FORMS = '"2020", "2018-2020", "2020-01/2020-09", "2020-Q3", "2020-H1" or "2020-12-31"'


class PeriodError(ValueError):
    """A period string that is not one of the accepted forms; the message says which are."""


class Period(Struct, frozen=True):
    """A calendar span: first day, last day (inclusive), and the first day of its last part."""

    text: str
    start: date
    end: date
    last_start: date
    is_range: bool

    @property
    def key(self) -> tuple[date, date]:
        """What identifies the span: "2018-2020" and "2018–2020" have the same key."""
        return (self.start, self.end)

    def months(self, inclusive: bool = True) -> int | None:
        """Whole calendar months covered (inclusive) or elapsed; ``None`` when not month-aligned."""
        if self.start.day != 1:
            return None
        if inclusive:
            if (self.end + timedelta(days=1)).day != 1:
                return None
            after = self.end + timedelta(days=1)
            return _month_index(after) - _month_index(self.start)
        if self.last_start.day != 1:
            return None
        return _month_index(self.last_start) - _month_index(self.start)

    def days(self, inclusive: bool = True) -> int:
        """Calendar days covered (inclusive) or elapsed."""
        if inclusive:
            return (self.end - self.start).days + 1
        return (self.last_start - self.start).days

    def comes_before(self, other: Period) -> bool:
        """True when this span can be a base for ``other``: it starts no later and ends earlier."""
        return self.start <= other.start and self.end < other.end


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


_YEAR = r"(?P<y>\d{4})"
_PART = re.compile(
    _YEAR + r"(?:-(?:(?P<q>[Qq][1-4])|(?P<h>[Hh][12])|(?P<m>\d{2})(?:-(?P<d>\d{2}))?))?"
)
_YEAR_RANGE = re.compile(r"(?P<a>\d{4})\s*-\s*(?P<b>\d{4})")
_JOINTS = ("/", "–", "—")


def _part(text: str, whole: str) -> tuple[date, date]:
    """First and last day of one calendar part."""
    m = _PART.fullmatch(text.strip())
    if m is None:
        raise PeriodError(f"{whole!r} is not a period; write {FORMS}")
    year = int(m.group("y"))
    if year < 1:
        raise PeriodError(f"{whole!r}: year {m.group('y')} is not a calendar year")
    if m.group("q"):
        quarter = int(m.group("q")[1])
        return _months(year, 3 * quarter - 2, 3)
    if m.group("h"):
        half = int(m.group("h")[1])
        return _months(year, 6 * half - 5, 6)
    if m.group("m"):
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            raise PeriodError(f"{whole!r}: {m.group('m')} is not a month (01 to 12)")
        if m.group("d"):
            try:
                day = date(year, month, int(m.group("d")))
            except ValueError:
                raise PeriodError(f"{whole!r}: {text.strip()} is not a calendar day") from None
            return day, day
        return _months(year, month, 1)
    return _months(year, 1, 12)


def _months(year: int, first: int, count: int) -> tuple[date, date]:
    start = date(year, first, 1)
    index = year * 12 + first - 1 + count
    if index // 12 > 9999:
        return start, date(9999, 12, 31)
    return start, date(index // 12, index % 12 + 1, 1) - timedelta(days=1)


@lru_cache(maxsize=4096)
def parse_period(text: str) -> Period:
    """Read a period string; raises :class:`PeriodError` with a plain message when it cannot."""
    stripped = text.strip()
    if not stripped:
        raise PeriodError(f"the period is empty; write {FORMS}")
    pieces: list[str] | None = None
    if m := _YEAR_RANGE.fullmatch(stripped):
        pieces = [m.group("a"), m.group("b")]
    else:
        for joint in _JOINTS:
            if joint in stripped:
                pieces = stripped.split(joint)
                break
    if pieces is None:
        start, end = _part(stripped, text)
        return Period(text, start, end, start, False)
    if len(pieces) != 2:
        raise PeriodError(f"{text!r} is not a period: a range has two ends; write {FORMS}")
    first = _part(pieces[0], text)
    last = _part(pieces[1], text)
    if last[0] < first[0] or last[1] < first[1]:
        raise PeriodError(
            f"{text!r} ends ({pieces[1].strip()}) before it starts ({pieces[0].strip()})"
        )
    return Period(text, first[0], last[1], last[0], True)


def year_earlier(text: str) -> str:
    """The same period a year earlier, written the same way: ``2020-01/2020-09`` -> ``2019-...``."""
    return re.sub(r"\d{4}", lambda m: f"{int(m.group(0)) - 1:04d}", text)


def canonical(period: Period) -> str:
    """One text per span, whatever form it was written in: ``2019``, ``2018-2020``, ``2019-H1``,
    ``2019-Q3``, ``2019-06``, ``2019-01/2019-10``, ``2019-06-30`` (``"2019-01/2019-06"`` and
    ``"2019-H1"`` are both ``2019-H1``)."""
    start, end = period.start, period.end
    months = period.months()
    if months is None:
        return start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    if start.month == 1 and months % 12 == 0:
        return str(start.year) if months == 12 else f"{start.year}-{end.year}"
    first = f"{start.year:04d}-{start.month:02d}"
    if months == 1:
        return first
    if months == 3 and start.month % 3 == 1:
        return f"{start.year:04d}-Q{start.month // 3 + 1}"
    if months == 6 and start.month % 6 == 1:
        return f"{start.year:04d}-H{start.month // 6 + 1}"
    return f"{first}/{end.year:04d}-{end.month:02d}"
