"""The year a comparison's "same period" names, read as the same months of that year.

"Exports came to $54 billion from January to October 2014, against $53 billion in the same period
of 2013": the base is January to October 2013, never the whole of 2013. A year read right after
"the same period", "the corresponding quarter", "the same months" or "the like period" ("in the
same period of 2013", "over the corresponding period in 2009", "the same period last year" with a
dateline) is that year's part the article's figures are of: the last period the article named
before it that is no comparison's and lies within one year, its months moved to the earlier year;
"the same month" only of a month, the other words only of more than one ("by the end of July
2018 against X in the same period of 2017" may be of the seven months, or of July).
A span of months whose year no one can date ("Over the first two months of the year", with no
dateline) still gives its months to a "same period" of its own sentence: "against 680 in the same
period of 2030" after it is January and February 2030. Where no such period stands before it (or
the last one named is a whole year, a fiscal year or lies in that year or a later one, or the
undated span is one month, or a span whose months are not given: "over the three months"), the
year is left as it was read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import msgspec

from aktobe_facts.reading.periods import PeriodError, parse_period
from aktobe_facts.text.datelines import Dateline
from aktobe_facts.text.periodnames import NamedPeriod, named_periods, undated_spans

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
    undated = False  # whether ``current`` is a span no one dates, read in a stand-in year
    for sentence in sentences:
        found: list[NamedPeriod] = []
        opens = undated_spans(text, sentence, periods[sentence])
        events: list[NamedPeriod | Span] = [*periods[sentence], *opens]
        events.sort(key=lambda e: e[0] if isinstance(e, tuple) else e.start)
        for event in events:
            if isinstance(event, tuple):
                current, undated = _months_only(text, event), True
                continue
            period = event
            if not period.base:
                current, undated = period, False
            elif current is not None and _YEAR.fullmatch(period.text):
                period = _moved(text, sentence, period, current, undated)
            found.append(period)
        if undated:
            current = None  # a span no one dates is its sentence's alone
        out[sentence] = found
    return out


_STAND_IN = Dateline(2000, 12)
"""A year and a month to read an undated span's months in ("the first two months of the year" as
2000-01/2000-02): only its months are taken, never the year."""


def _months_only(text: str, span: Span) -> NamedPeriod | None:
    """The months of a span no one dates ("Over the first half of the year"), read in a stand-in
    year; None where its words do not give them ("over the three months")."""
    read = [p for p in named_periods(text, span, _STAND_IN) if not p.base]
    if len(read) != 1 or (months := parse_period(read[0].text).months()) is None or months < 2:
        return None  # "in November": maybe the month of a forecast, not of the figures
    return read[0]


def _moved(
    text: str, sentence: Span, year: NamedPeriod, current: NamedPeriod, undated: bool
) -> NamedPeriod:
    """The "same period" of ``year``: ``current``'s months in it, where the words say so
    (``undated``: ``current``'s year is a stand-in, its months alone are known)."""
    within = _part_of_year(current)
    earlier = int(year.text)
    if within is None or (earlier >= within and not undated):
        return year
    words = _SAME_BEFORE.search(text, max(sentence[0], year.start - _REACH), year.start)
    if words is None:
        return year
    if (parse_period(current.text).months() == 1) != (words.group(1).lower() == "month"):
        return year  # a month's "same month"; "the same period" of a span of months

    moved = _YEAR.sub(lambda m: f"{int(m.group(0)) - within + earlier:04d}", current.text)
    return msgspec.structs.replace(year, text=moved)
