"""The parts of an article's text a draft needs: its headline, its sentences and clauses, and the
periods each sentence names ("in 2020", "2018-2020", "January-December 2020", "the first nine
months of 2020"), written the way a claims file writes periods.
"""

from __future__ import annotations

import re

from msgspec import Struct

from aktobe_facts.reading.periods import PeriodError, parse_period
from aktobe_facts.text.phrases import YEAR

Span = tuple[int, int]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_BOUNDARY = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[“\"‘(]?[A-Z0-9])|\s*\n\s*")
_MONTHS = _words(
    "january february march april may june july august september october november december"
)
_MONTH = "|".join(_MONTHS)
_MONTH_RANGE = re.compile(rf"\b({_MONTH})\s*[-–—]\s*({_MONTH})\s+(\d{{4}})\b", re.IGNORECASE)
_COUNTS = {
    w: n
    for n, w in enumerate(
        _words("one two three four five six seven eight nine ten eleven twelve"), 1
    )
}
_FIRST_MONTHS = re.compile(
    r"\bfirst\s+(\d{1,2}|" + "|".join(_COUNTS) + r")\s+months\s+of\s+(\d{4})\b", re.IGNORECASE
)
_YEAR_RANGE = re.compile(r"(?<![\w.,])(\d{4})\s*[-–—]\s*(\d{4})(?![\w.,])")
_BASE_CUE = re.compile(
    r"\b(?:compared\s+(?:to|with)|than|from|since|against|versus|vs\.?)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_CUE_REACH = 120
"""How far before a period its base cue may start: the cue's words and the 40 characters
after them."""
_YEARS_ON = {"this": 0, "current": 0, "last": -1, "next": 1}
_RELATIVE_YEAR = re.compile(r"\b(this|current|last|next)\s+year\b(?![-‐])", re.IGNORECASE)
"""Years counted from the article's own ("the previous year" is counted from the figure's)."""
_CLAUSE_MARKS = ',;:()“"—'


class NamedPeriod(Struct, frozen=True):
    """A period a sentence names: where, as a claims file writes it, and whether it is the base
    of a comparison ("compared to the same period in 2019")."""

    start: int
    end: int
    text: str
    base: bool


def sentences(text: str) -> list[Span]:
    """The sentences of a text, as (start, end) offsets; a line break ends one too."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def headline(text: str) -> str | None:
    """The first line, when it reads as a headline (short, no full stop, more text after it)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or len(lines[0]) > 200 or lines[0][-1] in ".!?:":
        return None
    return lines[0]


def clause_start(text: str, sentence_start: int, position: int) -> int:
    """The start of the clause a position is in: after the last , ; : ( ) — or quote mark."""
    head = text[sentence_start:position]
    cut = max(head.rfind(ch) for ch in _CLAUSE_MARKS)
    return sentence_start + cut + 1 if cut >= 0 else sentence_start


def clause_end(text: str, position: int, sentence_end: int) -> int:
    """The end of the clause a position is in: the next , or ; (or the sentence's end)."""
    m = re.search(r"[,;]", text[position:sentence_end])
    return position + m.start() if m is not None else sentence_end


def named_periods(text: str, sentence: Span, year: int | None = None) -> list[NamedPeriod]:
    """The periods a sentence names, most specific first: months of a year, year ranges, years;
    with the article's ``year`` (its dateline's), "this year", "last year" and "next year"."""
    start, end = sentence
    found: list[NamedPeriod] = []
    taken: set[int] = set()  # the offsets the periods found so far cover

    def add(m: re.Match[str], period: str) -> None:
        begin, stop = start + m.start(), start + m.end()
        if begin in taken:
            return
        try:
            parse_period(period)
        except PeriodError:
            return
        # the cue ends at most 40 characters before the period: reading the sentence from its
        # start for each period made a sentence of many years quadratic
        cue = _BASE_CUE.search(text, max(start, begin - _CUE_REACH), begin)
        found.append(NamedPeriod(begin, stop, period, cue is not None))
        taken.update(range(begin, stop))

    part = text[start:end]
    for m in _MONTH_RANGE.finditer(part):
        first, last = (_MONTHS.index(g.lower()) + 1 for g in m.group(1, 2))
        add(m, f"{m.group(3)}-{first:02d}/{m.group(3)}-{last:02d}")
    for m in _FIRST_MONTHS.finditer(part):
        count = m.group(1).lower()
        months = int(count) if count.isdigit() else _COUNTS[count]
        if 1 <= months <= 12:
            add(m, f"{m.group(2)}-01/{m.group(2)}-{months:02d}")
    for m in _YEAR_RANGE.finditer(part):
        if YEAR.fullmatch(m.group(1)) and YEAR.fullmatch(m.group(2)):
            add(m, f"{m.group(1)}-{m.group(2)}")
    for m in YEAR.finditer(part):
        add(m, m.group(0))
    if year is not None:
        for m in _RELATIVE_YEAR.finditer(part):
            add(m, str(year + _YEARS_ON[m.group(1).lower()]))
    return sorted(found, key=lambda p: p.start)
