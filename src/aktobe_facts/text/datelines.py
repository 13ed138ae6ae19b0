"""The year an article was written, from its dateline ("ASTANA, May 29, 2023 –", "Tashkent,
13 December 2023 (Trend) -") or a date line under its headline ("Published: 2023-05-29"), so that
a draft can date "this year" and "last year" (:func:`aktobe_facts.text.periodnames.named_periods`):
counts of different years are then not taken for one figure.

Only the first lines are read, and only a date standing where a dateline or a date line stands
(at the start of a line, after at most a place name); a date in the story itself says when
something happened, not when the article was written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

MONTH_NAMES = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
"""A month's name, whole or cut short ("Sept"), as the text readers match it (case ignored)."""
_MONTH = MONTH_NAMES + r"\.?"
_YEAR = r"((?:19|20)\d\d)"
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+{_YEAR}|\d{{1,2}}\s+{_MONTH},?\s+{_YEAR}|{_YEAR}-\d\d-\d\d"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./]{_YEAR})"
)
_LEAD = (
    r"(?:(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s*){1,2}|(?:published|date|updated)\s*:?\s*)?"
)
"""Before the date: a place of up to four words, and its country ("TASHKENT, Uzbekistan, March
26, 2024"), or the words of a date line."""
_LINE_MONTH = (
    rf"(?:published|date|updated)\s*:?\s*(?:{_YEAR}-(?:0[1-9]|1[0-2])|{_MONTH},?\s+{_YEAR})"
)
"""A date line that gives the month alone ("Date: 2024-04", "Published: April 2024")."""
_DATELINE = re.compile(
    rf"^[ \t]*(?:{_LEAD}{_DATE}|{_LINE_MONTH})(?=\s*(?:[-–—:(,]|$))", re.IGNORECASE
)
LINES = 3
"""How many of the first non-empty lines may hold the dateline (the headline, a date line, the
first paragraph)."""


_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)


def month_number(name: str) -> int:
    """The month's number, 1 to 12, from its name or abbreviation ("Sept", "september")."""
    return _MONTHS.index(name[:3].lower()) + 1


class Dateline(NamedTuple):
    """When the article was written: its year, and its month where the dateline names one."""

    year: int
    month: int | None


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the article's dateline or date line is (its place and date: "ASTANA, May 29, 2023"),
    if one of its first lines starts with one: the date the article was written, no period of its
    figures."""
    position, seen = 0, 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            m = _DATELINE.match(line)
            if m is not None:
                return position + m.start(), position + m.end()
            seen += 1
            if seen == LINES:
                break
        position += len(line)
    return None


@lru_cache(maxsize=8)
def article_date(text: str) -> Dateline | None:
    """The year and month of the article's dateline or date line, if one of its first lines
    starts with one (a numeric "13.12.2023" gives no month: day and month may be either way).

    Kept for the last few texts: the balance and period rules ask it of the whole article once
    for each figure they try, and splitting a long article into lines each time made the draft
    grow with the square of the article's length (a pure function of the text; its answer is
    a tuple nobody changes)."""
    lines = [line for line in text.splitlines() if line.strip()][:LINES]
    for line in lines:
        m = _DATELINE.match(line)
        if m is None:
            continue
        year = int(next(g for g in m.groups() if g))
        named = re.search(rf"\b{MONTH_NAMES}\b", m.group(0), re.IGNORECASE)
        iso = re.search(r"\d{4}-(\d\d)(?:-\d\d)?", m.group(0))
        if named is not None:
            month: int | None = month_number(named.group(0))
        else:
            month = int(iso.group(1)) if iso is not None else None
        return Dateline(year, month if month is not None and 1 <= month <= 12 else None)
    return None


def article_year(text: str) -> int | None:
    """The year of the article's dateline or date line, if one of its first lines starts with
    one."""
    found = article_date(text)
    return None if found is None else found.year
