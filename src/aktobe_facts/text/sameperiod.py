"""The year a comparison's "same period" names, read as the same months of that year.

"Exports came to $54 billion from January to October 2014, against $53 billion in the same period
of 2013": the base is January to October 2013, never the whole of 2013. A year read right after
"the same period", "the corresponding quarter", "the same months" or "the like period" ("in the
same period of 2013", "over the corresponding period in 2009", "the same period last year" with a
dateline) is that year's part the article's figures are of: the last period the article named
before it that is no comparison's and lies within one year, its months moved to the earlier year;
"the same month" only of a month, the other words only of more than one ("by the end of July
2018 against X in the same period of 2017" may be of the seven months, or of July).
Where no such period stands before it (or the last one named is a whole year, a fiscal year or
lies in that year or a later one, or a span no one can date stands between: "Over the first two
months of the year", with no dateline), the year is left as it was read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import msgspec

from aktobe_facts.reading.periods import PeriodError, parse_period
from aktobe_facts.text.periodnames import NamedPeriod, undated_spans

Span = tuple[int, int]

_SAME_BEFORE = re.compile(
    r"\b(?:same|corresponding|like|similar)\s+(period|months|month|quarter|half|time)"
    r"\s+(?:(?:of|in)\s+)?(?:the\s+)?\Z",
    re.IGNORECASE,
)
"""Right before a year: the words of the same part of it ("the same period of ", "the
corresponding quarter ")."""
_YEAR = re.compile(r"\d{4}")
_REACH = 40
"""How far before the year its "same period" words may start."""


def _part_of_year(period: NamedPeriod) -> int | None:
    """The year a period lies within, when it is less than that year (a month, a quarter, a
    half, a span of months); None for a whole year, a range of years or a fiscal year."""
    if period.base or period.fiscal or period.possessive:
        return None
    try:
        span = parse_period(period.text)
    except PeriodError:
        return None
    months = span.months()
    if months is None or months >= 12 or span.start.year != span.end.year:
        return None
    return span.start.year


def same_parts(
    text: str, sentences: Sequence[Span], periods: Mapping[Span, list[NamedPeriod]]
) -> dict[Span, list[NamedPeriod]]:
    """The sentences' periods, each year a "same period" names read as the part of it the
    article's figures are of (see the module's docstring)."""
    out: dict[Span, list[NamedPeriod]] = {}
    current: NamedPeriod | None = None
    for sentence in sentences:
        found: list[NamedPeriod] = []
        open_starts = [a for a, _ in undated_spans(text, sentence, periods[sentence])]
        for period in periods[sentence]:
            if current is not None and any(current.end <= a < period.start for a in open_starts):
                current = None  # "over the first two months of the year": a span no one dates
            if not period.base:
                current = period
            elif current is not None and _YEAR.fullmatch(period.text):
                period = _moved(text, sentence, period, current)
            found.append(period)
        if current is not None and any(current.end <= a for a in open_starts):
            current = None
        out[sentence] = found
    return out


def _moved(text: str, sentence: Span, year: NamedPeriod, current: NamedPeriod) -> NamedPeriod:
    """The "same period" of ``year``: ``current``'s months in it, where the words say so."""
    within = _part_of_year(current)
    earlier = int(year.text)
    if within is None or earlier >= within:
        return year
    words = _SAME_BEFORE.search(text, max(sentence[0], year.start - _REACH), year.start)
    if words is None:
        return year
    if (parse_period(current.text).months() == 1) != (words.group(1).lower() == "month"):
        return year  # a month's "same month"; "the same period" of a span of months

    moved = _YEAR.sub(lambda m: f"{int(m.group(0)) - within + earlier:04d}", current.text)
    return msgspec.structs.replace(year, text=moved)
