"""The periods a sentence of an article names, written the way a claims file writes periods.

A period is read from its whole span of words, so that no part of it is taken for something else
(the "from" of "from January to October 2019" is not a comparison's cue, the "nine" of "the first
nine months" is no figure):

- spans of months: "January-October 2019", "from January to October 2019", "between January and
  July 2023", "Jan-Oct 2019" (``2019-01/2019-10``);
- the first months: "the first nine months of 2019", "9 months of 2019", "9M2019", "9M 2019";
- the months to a month: "the five months to May 2019" (``2019-01/2019-05``), "the year to
  October 2018" and "the twelve months ending October 2018" (``2017-11/2018-10``), never the
  last month alone;
- quarters and halves: "the first quarter of 2023", "Q1 2023", "1Q2023", "H1 2020", "the second
  half of 2020" (``2023-Q1``, ``2020-H1``);
- a month of a year: "in October 2019" (``2019-10``; never "1 October 2019", a day);
- year ranges ("2018-2020") and years;
- fiscal years across two calendar years ("2011-12", "FY2019/20", "2019/2020") as the two years
  they lie in (``2011-2012``), marked ``fiscal``: where a fiscal year starts differs between
  countries, so its figures are of that span, but its length is no count of months or days. A
  part of a fiscal year ("the first half of 2019/20", "July-March of FY2019/20", "the first
  quarter of the current fiscal year") names no calendar period, nor does a year after "fiscal" or
  "FY" alone ("fiscal 2019", "FY2019": a fiscal year named by its first or its last calendar year,
  by country);
- with the article's dateline (:mod:`aktobe_facts.text.datelines`): "this year", "last year", "next
  year", and the same spans with no year ("in January-October", "the first quarter", "in March")
  when the dateline's month makes the year certain: the span ended before the article was written
  in its year, or (a whole year or its last months, written in the first three months of the
  next) in the year before. A span that may be still to come has no year.

Each period says whether it is the base of a comparison ("compared to the same period in 2019").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from msgspec import Struct

from aktobe_facts.reading.periods import PeriodError, parse_period
from aktobe_facts.text.datelines import MONTH_NAMES, Dateline
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.phrases import YEAR
from aktobe_facts.text.roletime import COUNTS, MONTHS, count_of, months_in
from aktobe_facts.text.textnums import FISCAL, fiscal_years

Span = tuple[int, int]


_MONTH = MONTH_NAMES + r"\b\.?"
_FULL_MONTH = "|".join(MONTHS)
_COUNT = r"(?:\d{1,2}|" + "|".join(COUNTS) + ")"
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_ORDINAL = "|".join(_ORDINALS) + "|4th"
_YEAR_WORDS = r"(?:this|current|last|next)\s+year"
_OF_YEAR = (
    rf"(?:,?\s+(?:of\s+)?(?:the\s+)?(?P<y>\d{{4}}(?![\w.,/–—-]\d))"
    rf"|\s+(?:of\s+)?(?:the\s+)?(?P<rel>{_YEAR_WORDS})"
    rf"|\s+of\s+the\s+year\b)?"
)
"""The year after a span, if any: "2019", "of 2019", "of this year"; "of the year" names none."""

_SPAN_JOINT = r"\s*(?:[-–—]|to|through|till|until)\s*"
_READERS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            rf"\b(?:last|final|closing|latter)\s+(?:(?P<n>{_COUNT})\s+)?"
            rf"(?P<p>quarters?|half|halves|months)\s+of\s+(?:the\s+)?"
            rf"(?:(?P<y>\d{{4}})(?![\w.,/–—-]\d)|(?P<rel>{_YEAR_WORDS})|year\b)",
            re.IGNORECASE,
        ),
        "last",
    ),
    (
        re.compile(
            rf"\bfirst\s+(?P<n>{_COUNT})\s+(?P<p>quarters|halves){_OF_YEAR}(?!\s+of\b)",
            re.IGNORECASE,
        ),
        "first parts",
    ),
    (
        re.compile(
            rf"\b(?P<a>{_FULL_MONTH.title()})(?:\s+(?P<y>\d{{4}}))?[\s-]+quarter\b"
            r"(?:\s+of\s+(?P<y2>\d{4})\b)?"
        ),
        "month quarter",
    ),
    (
        re.compile(
            rf"\bthe\s+(?:(?:past|last)\s+)?(?:(?P<n>{_COUNT})\s+months|(?P<whole>year|twelve\s+months)|"
            rf"(?P<quarter>quarter)|(?P<half>half(?:[\s-]year)?))"
            rf"\s+(?:to|ending(?:\s+in)?|ended|through)\s+(?:end[-\s](?:of\s+)?)?(?P<a>{_MONTH})"
            rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?=,?\s+\d{{4}}))?{_OF_YEAR}",
            re.IGNORECASE,
        ),
        "to",
    ),
    (
        re.compile(
            rf"\b(?:from\s+|between\s+)?(?P<a>{_MONTH}){_SPAN_JOINT}(?P<b>{_MONTH}){_OF_YEAR}",
            re.IGNORECASE,
        ),
        "months",
    ),
    (
        re.compile(
            rf"\bbetween\s+(?P<a>{_MONTH})\s+and\s+(?P<b>{_MONTH}){_OF_YEAR}", re.IGNORECASE
        ),
        "months",
    ),
    (
        re.compile(rf"\bfirst\s+(?P<n>{_COUNT})\s+months{_OF_YEAR}", re.IGNORECASE),
        "first",
    ),
    (
        re.compile(
            rf"\b(?P<n>{_COUNT})\s+months\s+of\s+(?:(?P<y>\d{{4}})|(?P<rel>{_YEAR_WORDS}))\b",
            re.IGNORECASE,
        ),
        "first",
    ),
    (re.compile(r"\b(?P<n>\d{1,2})M\s?(?P<y>(?:19|20)\d\d)\b"), "first"),
    (
        re.compile(rf"\b(?P<o>{_ORDINAL})\s+(?P<p>quarter|half){_OF_YEAR}", re.I),
        "part",
    ),
    (
        re.compile(
            r"\b(?:(?P<p>[QH])(?P<o>[1-4])|(?P<o2>[1-4])(?P<p2>[QH]))"
            r"(?:\s*(?:of\s+)?(?P<y>(?:19|20)\d\d))?\b"
        ),
        "part",
    ),
    (
        re.compile(
            rf"(?<!\d)(?<!\d\s)\b(?P<a>{_FULL_MONTH.title()})\s+(?:of\s+)?"
            rf"(?:(?P<y>\d{{4}})\b(?![/–—-]\d)|(?:the\s+)?(?P<rel>{_YEAR_WORDS})\b(?![-‐]))"
        ),
        "month",
    ),
    (
        re.compile(
            rf"\b(?:in|for|during|over|since|until|by)\s+(?P<a>{_FULL_MONTH.title()})\b"
            r"(?!\s*(?:\d|[-–—]|(?:to|through|till|until|and)\s+"
            rf"(?:{_FULL_MONTH.title()})\b))"
        ),
        "month",
    ),
    # "pushes March's 19.5 billion into third place": the month's own figure
    (re.compile(rf"\b(?P<a>{_FULL_MONTH.title()})['’]s\b"), "month's"),
]
_YEAR_RANGE = re.compile(r"(?<![\w.,])(\d{4})\s*[-–—]\s*(\d{4})(?!\w|[.,]\d)")
_CHANGE = r"(?:%|percent|per\s+cent|pc|growth|increase|rise|jump|gain|decline|decrease|fall|drop)"
"""A percent or a noun of change, before the "over" of what it is compared with or spans."""
_BASE_CUE = re.compile(
    r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|with\s+respect\s+to|"
    r"relative\s+to|(?:at|to)\s+the\s+level\s+of|than\b(?:(?<!more than)"
    r"(?<!less than)(?<!fewer than)|"
    r"(?!\s+\S?\d))|against|versus|vs\.?|"
    rf"{_CHANGE}\s+over)\b"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,40}$"
    r"|(?:%|percent|per\s+cent|pc)\s+on\s+(?:the\s+)?(?:" + MONTH_NAMES + r"\s+(?:of\s+)?)?$"
    r"|\b(?:from|since)\b(?!\s+(?:the\s+)?(?!" + MONTH_NAMES + r"\b)(?-i:[A-Z][a-z]))[^.;]{0,40}$"
    r"|\b(?:up|down|rising|falling|increas\w*|decreas\w*|ris\w*|rose|f[ae]ll\w*|grew|declin\w*|"
    r"jump\w*|climb\w*|dropp?\w*)\s+from\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}$"
    r"|\b(?:same|corresponding|like|similar)\s+(?:\w+\s+){0,2}?(?:period|months?|quarter|half|"
    r"days?|weeks?)"
    r"\s+(?:(?:of|in)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before a period that is a comparison's base: "compared to", "in comparison with", "with respect
to", "relative to", "than", "at the level of", "from",
and "over" after a change ("195.47% over the value of the first quarter of 2023"; "over the first half" alone is the
figure's own time), "on" right after a percent ("6.3% on January 2022", as British and Irish papers
compare; "12.9% on April of last year": the year after the month is the base, never the period of
the figures after it); after a word that only compares, a decimal point is no sentence's end
("against $748.02 million last year"), nor after a move's "up from"; "from" alone may name a
source ("rice from 3.48 million ha in the first half"), and before a name other than a month's it
does ("Visitors from North America numbered X in 2013", "Imports from China rose 5% in 2023"); "more than 280 projects this year" is a
bound, no comparison; "the same period", "the corresponding months" or "the like period" (as
Russian agencies write) right before it ("the same period last year")."""
_SOURCE_FROM = re.compile(
    r"from\s+(?![^\d.;,]*\b(?:same|corresponding|like|similar|previous|preceding|prior|last|"
    r"earlier|ago|year|month|quarter|half|levels?|peaks?|highs?|lows?|records?)\b)[^\d.;,]{1,40}?\s(?:in|during|for)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
"""From "from" to a period: a source named in words, then the period's own preposition ("earned
$6.4 billion from oil sales in the first quarter of 2031"): the period is the figure's, no base
(a figure after "from", "up from $5.1 billion in 2030", and a time, "from the same period in
2030", stay bases)."""
_RECORD = re.compile(
    r"\b(?:fastest|highest|strongest|biggest|largest|lowest|weakest|slowest|smallest|best|worst|"
    r"sharpest|steepest|first\s+time|(?:most|least)\s+\w+)\b[^.;,\d]{0,40}$",
    re.IGNORECASE,
)


def _record_since(text: str, start: int, cue: re.Match[str]) -> bool:
    """A base cue "since" after a superlative ("grew at its fastest rate since 2010", "the highest
    increase since the 2009 crisis", "for the first time since 2015"): the year starts the span
    the record is measured over, neither the base of the growth beside it (last year's, 2014's)
    nor its own period."""
    if not cue.group(0).lower().startswith("since"):
        return False
    return _RECORD.search(text, max(start, cue.start() - 60), cue.start()) is not None


_SPANS = frozenset({"first", "part"})
_OWN_SPAN = re.compile(
    rf"{_CHANGE}\s+over\s+(?:the\s+)?(?:(?:first|opening)\s+)?",
    re.IGNORECASE,
)
_NOW = frozenset({"this", "curr"})
"""Right after a change's "over", the year's first months, quarter or half of no earlier year
("an 8% fall over the first two months of the year", "over the first half of this year") are
the span the change is measured over, never its base; "over the first half of 2022" stays one."""
_CUE_REACH = 120
"""How far before a period its base cue may start: the cue's words and the 40 characters
after them."""
_YEARS_ON = {"this": 0, "current": 0, "last": -1, "next": 1}
_RELATIVE_YEAR = re.compile(r"\b(this|current|last|next)\s+year\b(?![-‐])", re.IGNORECASE)
"""Years counted from the article's own ("the previous year" is counted from the figure's)."""
_EARLY_MONTHS = 3
"""An article written in its year's first three months may report the last year's last months."""


_FISCAL_AFTER = re.compile(
    r"\s*(?:\)\s*)?(?:(?:of|in)\s+)?(?:the\s+)?(?:(?:current|last|next|this|previous|same)\s+)?"
    r"(?:(?:fiscal|financial)\s+year\b|fiscal\b|FY\b|FY\d|(?:1[89]|20)\d\d[-–—/]\d\d)",
    re.IGNORECASE,
)
"""After a span of months, a quarter or a half: a fiscal year it is part of, whose calendar
months the words do not give ("the first half of 2019/20", "July-March FY2019/20"). The spaces
around the bracket are one run each, so a long run of spaces is read once, not once per split."""
_OTHER_YEAR_AFTER = re.compile(
    r"\s*,?\s+(?:(?:of|in)\s+)?(?:the|that)\s+(?:previous|preceding|prior|same|following)\s+year\b"
    r"|\s*,?\s+(?:a|one)\s+year\s+(?:earlier|before|ago|previously)\b",
    re.IGNORECASE,
)
"""After a span whose words name no year: a year counted from another period ("the first quarter
of the previous year", "April of the same year", "the first half a year earlier"), never the
dateline's; the span is left unread."""
_FISCAL_WORD = re.compile(r"(?:\b(?:fiscal|financial)\s+(?:year\s+)?|\bFY\s?)$", re.IGNORECASE)
"""Before a year, the words that make it a fiscal year ("fiscal 2019", "FY2019")."""
_PART_BEFORE = lazy(
    r"(?:half|quarter|months|\b[QH][1-4]|\b" + MONTH_NAMES + r"\.?)\s*\)?\s*(?:of\s+)?"
    r"(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)?$",
    re.IGNORECASE,
)
"""Before a fiscal year, a part of it ("the first half of 2019/20", "July-March FY2019/20")."""


class NamedPeriod(Struct, frozen=True):
    """A period a sentence names: where, as a claims file writes it, whether it is the base
    of a comparison ("compared to the same period in 2019"), and whether it is a fiscal year
    written as the calendar years it lies in ("2011-12" as ``2011-2012``: no count of months)."""

    start: int
    end: int
    text: str
    base: bool
    fiscal: bool = False
    possessive: bool = False
    """A month's own figure ("pushes March's 19.5 billion into third place"): the period of the
    figure right after it only, never of the rest of its sentence or of the sentences after."""


def named_periods(
    text: str, sentence: Span, when: Dateline | int | None = None
) -> list[NamedPeriod]:
    """The periods a sentence names, most specific first: spans of months, quarters and halves,
    months of a year, year ranges, years; with the article's dateline (``when``, or its year),
    the relative years and the spans it dates."""
    dateline = Dateline(when, None) if isinstance(when, int) else when
    start, end = sentence
    found: list[NamedPeriod] = []
    taken = bytearray(end - start)  # 1 where a period found so far stands

    def hold(m: re.Match[str]) -> None:
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())

    def add(
        m: re.Match[str],
        period: str | None,
        fiscal: bool = False,
        possessive: bool = False,
        form: str = "",
    ) -> None:
        begin, stop = start + m.start(), start + m.end()
        if period is None or taken.find(1, m.start(), m.end()) >= 0:
            return
        try:
            parse_period(period)
        except PeriodError:
            return
        # the cue ends at most 40 characters before the period: reading the sentence from its
        # start for each period made a sentence of many years quadratic
        cue = _BASE_CUE.search(text, max(start, begin - _CUE_REACH), begin)
        if cue is not None and _SOURCE_FROM.fullmatch(text, cue.start(), begin):
            cue = None  # "earned $6.4 billion from oil sales in the first quarter": a source
        if cue is not None and _record_since(text, start, cue):
            hold(m)  # "its fastest rate since 2010, rising 6.4%": the record's span, no period
            return  # of the figures (nor their base)
        if cue is not None and form in _SPANS and _OWN_SPAN.fullmatch(text, cue.start(), begin):
            rel = m.groupdict().get("rel")
            if m.groupdict().get("y") is None and (rel is None or rel.lower()[:4] in _NOW):
                cue = None  # "a 8% fall over the first two months of the year": its own span
        found.append(NamedPeriod(begin, stop, period, cue is not None, fiscal, possessive))
        hold(m)

    part = text[start:end]
    for m in FISCAL.finditer(part):
        years = fiscal_years(m)
        if years is not None and not _PART_BEFORE.search(part, max(0, m.start() - 40), m.start()):
            add(m, f"{years[0]}-{years[1]}", fiscal=True)
        else:
            hold(m)  # "FY19", or a part of a fiscal year: none of its digits is a calendar year
    for pattern, form in _READERS:
        for m in pattern.finditer(part):
            if _FISCAL_AFTER.match(part, m.end()):  # a part of a fiscal year: no calendar span
                continue
            named = m.groupdict()
            own = named.get("y") or named.get("y2") or named.get("rel")
            if not own and _OTHER_YEAR_AFTER.match(part, m.end()):
                hold(m)  # "the first quarter of the previous year": not the dateline's year
                continue
            period = _READ[form](m, dateline)
            if period is None and form == "last":
                hold(m)  # "the closing months of 2007": some of its months, never the year
            add(m, period, possessive=form == "month's", form=form)
    for m in _YEAR_RANGE.finditer(part):
        if YEAR.fullmatch(m.group(1)) and YEAR.fullmatch(m.group(2)):
            add(m, f"{m.group(1)}-{m.group(2)}")
    for m in YEAR.finditer(part):
        if _FISCAL_WORD.search(part, max(0, m.start() - 20), m.start()) is None:
            add(m, m.group(0))
    if dateline is not None:
        for m in _RELATIVE_YEAR.finditer(part):
            add(m, str(dateline.year + _YEARS_ON[m.group(1).lower()]))
    return sorted(found, key=lambda p: p.start)


_THE_MONTHS = re.compile(
    rf"\b(?:the|these|those)\s+(?:(?:past|last|first)\s+)?{_COUNT}\s+months\b", re.IGNORECASE
)
"""A span of months that refers to a period ("over the three months"), not a duration."""


def undated_spans(text: str, sentence: Span, named: Sequence[NamedPeriod]) -> list[Span]:
    """Where the sentence names a period whose year the words leave open ("in January-October"
    with no dateline, "over the first seven months of this year", "over the three months"):
    none of its numbers is a figure. ``named`` are the sentence's named periods."""
    start, end = sentence
    taken = bytearray(end - start)
    for p in named:
        taken[p.start - start : p.end - start] = b"\x01" * (p.end - p.start)
    spans: list[Span] = []
    part = text[start:end]
    patterns = [pattern for pattern, _form in _READERS] + [_THE_MONTHS]
    for pattern in patterns:
        for m in pattern.finditer(part):
            if taken.find(1, m.start(), m.end()) < 0:
                spans.append((start + m.start(), start + m.end()))
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return sorted(spans)


def _month(word: str) -> int:
    return next(n for n, name in enumerate(MONTHS, 1) if name.startswith(word[:3].lower()))


def _year(m: re.Match[str], last: int, dateline: Dateline | None) -> int | None:
    """The year of a span whose last month is ``last``: the one it names, the relative year it
    names counted from the dateline, else the dateline's year where its month makes it certain."""
    named = m.groupdict()
    if named.get("y"):
        return int(named["y"])
    if dateline is None:
        return None
    if named.get("rel"):
        return dateline.year + _YEARS_ON[named["rel"].split()[0].lower()]
    if dateline.month is None:
        return None
    if last < dateline.month:
        return dateline.year  # the span ended before the article was written
    if dateline.month <= _EARLY_MONTHS and last > 12 - _EARLY_MONTHS + dateline.month - 1:
        return dateline.year - 1  # "January-December" early in the next year
    return None


def _months(m: re.Match[str], dateline: Dateline | None) -> str | None:
    first, last = _month(m.group("a")), _month(m.group("b"))
    year = _year(m, last, dateline)
    if year is None or first > last:
        return None
    return f"{year}-{first:02d}/{year}-{last:02d}"


def _first(m: re.Match[str], dateline: Dateline | None) -> str | None:
    count = count_of(m.group("n"))
    year = _year(m, count, dateline) if 1 <= count <= 12 else None
    return None if year is None else f"{year}-01/{year}-{count:02d}"


def _part(m: re.Match[str], dateline: Dateline | None) -> str | None:
    named = m.groupdict()
    which = named.get("o") or named.get("o2") or ""
    size = (named.get("p") or named.get("p2") or "").lower()
    number = int(which) if which.isdigit() else _ORDINALS.get(which.lower(), 4)
    length = 3 if size in ("quarter", "q") else 6
    if number * length > 12:
        return None
    year = _year(m, number * length, dateline)
    if year is None:
        return None
    return f"{year}-{'Q' if length == 3 else 'H'}{number}"


def _to(m: re.Match[str], dateline: Dateline | None) -> str | None:
    """ "the five months to May 2019" (``2019-01/2019-05``), "the year to October 2018" (the
    twelve months ``2017-11/2018-10``), "the quarter to March 2031" (``2031-01/2031-03``, never
    March alone), "the half year ended June 30, 2031": the span of months that ends in the month
    named."""
    last = _month(m.group("a"))
    count = (
        12 if m.group("whole") else 3 if m.group("quarter") else 6 if m.group("half") else None
    ) or count_of(m.group("n"))
    year = _year(m, last, dateline)
    if year is None or not 1 <= count <= 12:
        return None
    first = last - count + 1
    begin = year if first >= 1 else year - 1
    first = first if first >= 1 else first + 12
    return f"{begin}-{first:02d}/{year}-{last:02d}"


def _months_of(m: re.Match[str]) -> int:
    """The months of "the last two quarters", "the first three halves" (:func:`months_in`)."""
    return months_in(m.group("n"), m.group("p"))


def _span(year: int | None, first: int, last: int) -> str | None:
    if year is None or not 1 <= first <= last <= 12:
        return None
    if last - first == 2 and last % 3 == 0:
        return f"{year}-Q{last // 3}"
    if last - first == 5 and last % 6 == 0:
        return f"{year}-H{last // 6}"
    return f"{year}-{first:02d}/{year}-{last:02d}"


def _last(m: re.Match[str], dateline: Dateline | None) -> str | None:
    """ "the last quarter of 2007" (``2007-Q4``), "the latter half of 2010" (``2010-H2``), "the
    final three months of 2021" (``2021-10/2021-12``): the year's last months, never the year;
    "last quarter" with no year after it is none of these (:mod:`aktobe_facts.text.roletime`)."""
    return _span(_year(m, 12, dateline), 13 - _months_of(m), 12)


def _first_parts(m: re.Match[str], dateline: Dateline | None) -> str | None:
    """ "the first two quarters of 2007": ``2007-H1``; "the first three quarters": January to
    September."""
    length = _months_of(m)
    return _span(_year(m, length, dateline) if length <= 12 else None, 1, length)


def _month_quarter(m: re.Match[str], dateline: Dateline | None) -> str | None:
    """ "the December 2005 quarter" (``2005-Q4``), "the June quarter": a quarter named by its last
    month, as Australia and New Zealand name them, never that month alone."""
    last = _month(m.group("a"))
    year = int(m.group("y2")) if m.group("y2") else _year(m, last, dateline)
    return _span(year, last - 2, last) if last >= 3 else None


def _one_month(m: re.Match[str], dateline: Dateline | None) -> str | None:
    month = _month(m.group("a"))
    year = _year(m, month, dateline)
    return None if year is None else f"{year}-{month:02d}"


_READ: dict[str, Callable[[re.Match[str], Dateline | None], str | None]] = {
    "months": _months,
    "first": _first,
    "part": _part,
    "to": _to,
    "month": _one_month,
    "month's": _one_month,
    "last": _last,
    "first parts": _first_parts,
    "month quarter": _month_quarter,
}
