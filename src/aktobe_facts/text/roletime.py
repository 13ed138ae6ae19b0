"""The period a figure's own words name (:class:`Time`): a year, a span of its months, or a
relative year, read from a few words ("in January-May 2023", "the five months to May", "for the
whole of last year"), for the roles of :mod:`aktobe_facts.text.draftroles` and the rules that
compare figures' periods."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from msgspec import Struct

from aktobe_facts.text.lazypatterns import lazy


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


MONTHS = _split(
    "january february march april may june july august september october november december"
)

MONTH = "|".join(MONTHS)

COUNTS = _split("one two three four five six seven eight nine ten eleven twelve")

UNIT_MONTHS = {"year": 12, "quarter": 3, "month": 1}
"""The months in each unit a distance of time is told in ("two quarters later")."""


def count_of(word: str) -> int:
    """The number a distance's count word gives: "a" or "an" 1, digits, or one of :data:`COUNTS`."""
    word = word.lower()
    if word in ("a", "an"):
        return 1
    return int(word) if word.isdigit() else COUNTS.index(word) + 1


_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}

TIME_LINK = lazy(
    rf"^(?:in|for|during|over|of|the|first|second|third|fourth|last|past|whole|full|same|this|"
    rf"end|years?|months?|quarter|half|period|q[1-4]|h[12]|\d{{1,4}}|{'|'.join(COUNTS)}|"
    rf"{MONTH})$",
    re.IGNORECASE,
)

_PERIOD_WORDS = frozenset(
    _split(
        "a an at as to and through recorded previous preceding prior corresponding comparable "
        "earlier ago before fiscal calendar financial start beginning"
    )
)
"""Words of a period or that link one, besides :data:`TIME_LINK`'s."""

_CLAUSE_END = re.compile(r"^\s*(?P<words>[^,;.()]{0,60}?)\s*(?:[,;.]|$)")


def names_only_period(words: str) -> bool:
    """Every one of a few words names or links a period ("in the same period a year earlier", "the
    prior month's", "recorded in 2030"): none names a subject ("for the southern province") or an
    estimate ("the central bank had forecast")."""
    parts = re.split(r"[\s/-]+", re.sub(r"['’]s\b", "", words))
    return all(not p or p.lower() in _PERIOD_WORDS or TIME_LINK.match(p) for p in parts)


def period_to_clause_end(after: str) -> bool:
    """The words after a figure, up to its clause's end, name only its period (or nothing)."""
    said = _CLAUSE_END.match(after)
    return said is not None and names_only_period(said.group("words"))


_NOT_A_SPAN = _split(
    "terms basis rate rates rise rises increase increases growth gain gains jump decline declines "
    "fall falls drop drops decrease decreases change changes comparison inflation average pace"
)

_FULL_YEAR = re.compile(
    r"\b(?:(?:the\s+)?(?:whole|full|entire)\s+(?:of\s+)?(?:the\s+)?year|full-year|"
    r"for\s+the\s+year(?!\s+(?:to|so|through|thus|ended|ending|earlier|before|ago|on|over|"
    r"under|in)\b|-)|"
    rf"annual(?!\s+(?:{'|'.join(_NOT_A_SPAN)})\b))\b",
    re.IGNORECASE,
)
"""A whole year: "the whole of the year", "full-year", "for the year" (never "for the year to
March", "so far", "ended June": a span of its own), "annual revenue"; never "annual" that
names a comparison's span or a rate ("in annual terms", "on an annual basis", "an annual rise of
3.6 percent", "at an annual rate": the figure's own period is another)."""

_RELATIVE = re.compile(r"\b(last|this|next|previous|current)\s+year\b", re.IGNORECASE)

_UNNAMED = re.compile(
    r"\bthe\s+(?:(?:fiscal|financial|calendar|business|accounting|reporting)\s+)?"
    r"(?:year|period|month|quarter|half|season)\s+(?:under\s+(?:review|consideration)|in\s+question|"
    r"being\s+reviewed)\b|\bthe\s+(?:reporting|review|reviewed)\s+(?:year|period|month|quarter)\b",
    re.IGNORECASE,
)
"""A period the words point to and never name: "in the fiscal year under review", "the period in
question", "the reporting period". A figure of it is of some period, which no named one is
known to be (:data:`UNNAMED`)."""

UNNAMED = "unnamed"
"""The relative period of a figure whose words point to a period they never name: it fits only
another figure of such words (:meth:`Time.fits`), never a month, a year or a relative year."""

_TO_DATE = re.compile(
    r"\b(?:through|thru|until|till|up\s+to|as\s+of|by)\s+(?:the\s+)?(?:end[-\s](?:of\s+)?)?$|"
    r"\bend[-\s](?:of\s+)?$",
    re.IGNORECASE,
)
"""Words before a month that make a period from the year's start to it."""

_LENGTH_TO = re.compile(
    r"\b(quarter|half(?:[\s-]year)?|year|twelve\s+months)\s+(?:to|ended|ending(?:\s+in)?|through)"
    r"\s+(?:end[-\s](?:of\s+)?)?$",
    re.IGNORECASE,
)
"""Before a month: a span of a length that ends in it ("the quarter to March", "the half year ended
June", "the year to March": the twelve months, across two calendar years where March is not
December)."""
_LENGTHS = {"quarter": 3, "half": 6, "year": 12, "twelve": 12}
_ENDING = re.compile(r"\b(?:to|through|ending(?:\s+in)?|until|till)\s+(?:end[-\s])?$", re.I)


def _number(word: str) -> int:
    low = word.lower()
    return int(low) if low.isdigit() else COUNTS.index(low) + 1


class Time(Struct, frozen=True):
    """The period a figure's own words name: a year, a span of months of it ((1, 5) for
    January-May or the first five months, (1, 12) for a year named alone), or a relative year
    ("last year"); None where they name none."""

    year: str | None = None
    months: tuple[int, int] | None = None
    relative: str | None = None
    dates: tuple[str, ...] = ()
    """The days a running total is dated to ("as of April 1", "by May 1", "since January 1"):
    ``("to 4-1",)``; a figure so dated is one period only with one dated to the same days."""

    @property
    def named(self) -> bool:
        return (self.year, self.months, self.relative, self.dates) != (None, None, None, ())

    def fits(self, other: Time) -> bool:
        """The two may be one period: nothing either names contradicts the other (a dated running
        total fits only one dated alike)."""
        if undated_day(self) or undated_day(other):
            return self.dates == other.dates or to_its_day(self, other)
        if not self.named or not other.named:
            return True
        if self.dates != other.dates:
            return False
        if self.relative != other.relative and not (
            _this_year(self, other) or _this_year(other, self)
        ):
            return False
        years = self.year is None or other.year is None or self.year == other.year
        months = self.months is None or other.months is None or self.months == other.months
        return years and months

    def same(self, other: Time) -> bool:
        """Both name a period and it is one."""
        return self.named and other.named and self.fits(other)


def _this_year(one: Time, other: Time) -> bool:
    """ "the first nine months of this year" and "January to September" with no year: one period
    (a figure that names no year is the article's own year; never last year's)."""
    return one.relative in ("this", "current") and other.relative is None and other.year is None


_DATE = re.compile(
    rf"(?<!from\s)(?<!between\s)(?<!to\s)(?<!and\s)(?<!through\s)(?<!until\s)(?<!till\s)"
    rf"(?:\b(?:{MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH}))\b"
    r"(?:,?\s+(?:19|20)\d\d\b)?"
    r"(?![\d%.,]\d|\s*[-–]\s*\d|\s+(?:to|through|till|until|and)\s+\d)",
    re.IGNORECASE,
)
"""A day of a month ("April 3", "on 9 July", "May 2, 2023"), when it opens no span of days ("from January 1 to
May 31"): the day something was said or done, never the period of a figure."""


_DATED_TOTAL = re.compile(
    rf"\b(?P<word>as\s+(?:of|at)|by|since|(?:at\s+)?the\s+end\s+of)\s+(?:the\s+)?"
    rf"(?:(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH}))\b",
    re.IGNORECASE,
)
"""A day that ends (or starts) a running total: "as of April 1", "as at 31 March", "by 1 May",
"since January 1"."""


_WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_TO_A_DAY_UNNAMED = re.compile(
    r"\b(?:(?P<now>so\s+far(?!\s+(?:as|so)\b)|thus\s+far|to\s+date|"
    r"(?:until|till|up\s+to)\s+now)|"
    r"(?:until|till|up\s+to|as\s+of|by)\s+(?P<day>(?:(?:last|this|past)\s+)?"
    rf"(?:{_WEEKDAY}|week(?:end)?)|yesterday|today))\b",
    re.IGNORECASE,
)
"""Words that date a running total to a day they do not name by its date: "so far", "to date",
"thus far", "until now" (the day the article was written: ``to date``), "until last Friday", "as
of yesterday" (``to last friday``, ``to yesterday``). The total runs from the period's start to
that day: never a full period's figure (a year's, or a headline's that names no period), nor one
of another day (:func:`undated_day`); "so far as" is no time."""
UNNAMED_DAY = "to date"


def undated_day(time: Time) -> bool:
    """The time is a running total's to a day its words do not date (:data:`_TO_A_DAY_UNNAMED`):
    it fits only a figure dated alike (one "so far" and another "to date" are one day's; "until
    last Friday" is another's), never a figure whose words name no period (a headline's "Tax
    revenue surpasses Rs. 3 trillion", the year's expected total) nor a full period's."""
    return any(d.startswith("to ") and not d[3:4].isdigit() for d in time.dates)


def to_its_day(one: Time, other: Time) -> bool:
    """One of the two is a running total to an undated day, the other a span of months that day
    may end (:func:`_to_its_day`)."""
    return _to_its_day(one, other) or _to_its_day(other, one)


def _to_its_day(total: Time, span: Time) -> bool:
    """A running total to an undated day and a span of months short of a year, dated by no day,
    that the day may end: "In the first quarter, exports were X ... The trade surplus for the year
    so far was Y" (the months of the year so far are the quarter's). Never a figure whose words
    name no period nor a whole year's, nor a year the total's words do not name."""
    return (
        undated_day(total)
        and not span.dates
        and span.months is not None
        and span.months != (1, 12)
        and span.relative not in _PAST_YEARS
        and (total.year is None or span.year is None or total.year == span.year)
    )


_PAST_YEARS = frozenset(("last", "previous", "next"))


def _dated_totals(words: str) -> tuple[str, ...]:
    found = set()
    for m in _TO_A_DAY_UNNAMED.finditer(words):
        day = m.group("day")
        found.add(UNNAMED_DAY if day is None else "to " + " ".join(day.lower().split()))
    for m in _DATED_TOTAL.finditer(words):
        month = MONTHS.index((m.group("m1") or m.group("m2")).lower()) + 1
        side = "from" if m.group("word").lower() == "since" else "to"
        found.add(f"{side} {month}-{int(m.group('d1') or m.group('d2'))}")
    return tuple(sorted(found))


_NAMED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d|[.,]\d|%)")
_YEAR = re.compile(r"(?<!\d)(?<!\d[.,])((?:19|20)\d{2})(?!\d|[.,]\d|%)")
_NOT_MAY = r"(?-i:(?!may\b))"
"""Before a month: "may" in lower case is the verb ("fees, which firms may pay instead of GST")."""
_SPAN = re.compile(
    rf"\b{_NOT_MAY}({MONTH})(?:\s*(?:[-–—]|and|to|through)\s*{_NOT_MAY}({MONTH}))?\b",
    re.IGNORECASE,
)
_COUNT = re.compile(rf"\b(?:first\s+)?(\d{{1,2}}|{'|'.join(COUNTS)})[\s-]+months?\b", re.IGNORECASE)
_PART = re.compile(r"\b(first|second|third|fourth)\s+(quarter|half)\b|\b([qh])([1-4])\b", re.I)


_UNIT_COUNT = rf"(?:(?P<n>\d{{1,2}}|{'|'.join(COUNTS)})\s+)?"
_LAST_OF = re.compile(
    rf"\b(?:last|final|closing|latter)\s+{_UNIT_COUNT}(?P<unit>months?|quarters?|half|halves)"
    r"\s+of\s+(?:the\s+)?(?:(?:19|20)\d\d|year|this|last|next|current|previous|that)\b",
    re.IGNORECASE,
)
"""The last months of a year its words name after "of": "the last quarter of 2007" (October to
December), "the final three months of the year", "the latter half of 2010", "the last two quarters
of 2007". Never "last quarter" with no "of" after it: the quarter before the article's, whichever
it is."""
_FIRST_UNITS = re.compile(
    rf"\bfirst\s+(?P<n>\d|{'|'.join(COUNTS)})\s+(?P<unit>quarters|halves)\b"
    r"(?!\s+of\s+(?!(?:the\s+)?(?:year|(?:19|20)\d\d|this|last|next|current)\b))",
    re.IGNORECASE,
)
"""The first quarters of a year: "the first two quarters of 2007" (January to June); never "the
first three quarters of production" (a share of something)."""
_RECENT = re.compile(
    rf"\b(?:last|past|previous|preceding|latest|recent|coming|next|trailing)\s+"
    rf"(?:\d{{1,2}}|{'|'.join(COUNTS)})[\s-]+(?:months?|quarters?)\b(?!\s+of\b)",
    re.IGNORECASE,
)
"""A span counted back (or on) from the day of writing: "in the past six months", "the last 12
months", "the next two quarters": some months, never the year's first ones (nor a calendar
year)."""
_MONTH_QUARTER = re.compile(
    rf"\b(?P<month>{MONTH})(?:\s+(?:19|20)\d\d)?[\s-]+quarter\b", re.IGNORECASE
)
"""A quarter named by its last month, as Australia and New Zealand name them: "the December 2005
quarter" (October to December), "the June quarter", "the September-quarter figures"; never the
month alone."""
_SIZES = {"month": 1, "quarter": 3, "half": 6, "halve": 6}


def months_in(count: str | None, unit: str) -> int:
    """The months of "the last two quarters", "the latter half", "the first three halves": a
    count of a unit (one for a singular with no count); none for a plural with no count ("the
    closing months of 2007": how many, the words do not say; review26). Shared by
    :func:`read_time` and :mod:`aktobe_facts.text.periodnames`, so that the two readings of such
    words cannot drift apart."""
    plural = unit.lower().endswith("s")
    number = count_of(count) if count else 0 if plural else 1
    return number * _SIZES[unit.lower().removesuffix("s")]


def _named_months(words: str) -> tuple[tuple[int, int] | None] | None:
    """The months of a span the general readers would misread, in a one-tuple (its months, or
    None where they are unsure), else None: a quarter named by its last month, the last or the
    first quarters or months of a year, a span counted back from the day of writing."""
    quarter = _MONTH_QUARTER.search(words)
    if quarter is not None:
        last = MONTHS.index(quarter.group("month").lower()) + 1
        return ((last - 2, last) if last >= 3 else None,)  # "the February quarter": two years'
    ending = _LAST_OF.search(words)
    first = _FIRST_UNITS.search(words)
    for found, at_end in ((ending, True), (first, False)):
        if found is None:
            continue
        length = months_in(found.group("n"), found.group("unit"))
        if not 1 <= length <= 12:
            return (None,)
        return ((13 - length, 12) if at_end else (1, length),)
    if _RECENT.search(words):
        return (None,)
    return None


_FISCAL = re.compile(r"\bFY\s?['’]?\d|\bFY\b|\bfiscal\b|\bfinancial\s+year\b", re.IGNORECASE)
"""A fiscal year named: its months are the country's (July to June, April to March), so a count
of its months ("the 11 months of FY 2016") is no January to November; only named months place
them."""


NAMING = re.compile(
    rf"(?:19|20)\d\d|[qh][1-4]|year|period|month|quarter|hal(?:f|ves)|season|annual|{MONTH}",
    re.IGNORECASE,
)
"""What any period :func:`read_time` names needs in its words, read as a bare string (no word's
edge, no lookaround): a year's digits, "Q1" or "H2", a unit of time, "season" (its unnamed
period), "annual" or a month's name. Words where none of them stands name no period, so a rule
that only asks whether the words name one can skip reading them (:func:`names_none_before`). A
reading added to :func:`read_time` that needs another word adds that word here
(tests/test_made_once.py draws words of every reading).

A match of this pattern in words with a stretch of them replaced by a space is one in the words
themselves: none of its forms holds a space."""


def names_none_before(text: str, start: int, end: int) -> Callable[[int], bool]:
    """For the positions of ``text`` from ``start`` to ``end`` (a sentence), whether the words
    from ``start`` up to the position hold none of :data:`NAMING` (so that
    ``read_time(text[start:position])`` names no period, nor the same words with stretches
    replaced by spaces): its first match is found once for the whole stretch, for the rules that
    read the words up to each figure of a sentence."""
    first = NAMING.search(text, start, end)
    at = end if first is None else first.start()
    return lambda position: position <= at


@lru_cache(maxsize=4096)
def read_time(words: str) -> Time:
    """The period named in a few words: "in January-May 2023", "the first nine months", "for the
    five months", "in the first half of 2009", "for 2024", "for the whole of last year". A running
    total dated by a day ("as of April 1, 2024", "since January 1") is that date's (its year, no
    months): never any other date's, nor a span of months the draft cannot tie to the day.

    Kept once read: the rules read the same sentence's words again and again (5,091 reads of
    2,139 texts over the open sets' 90 articles), and the reading depends on the words alone and
    is frozen."""
    dates = _dated_totals(words)
    if dates:
        named = set(_NAMED_YEAR.findall(words))
        return Time(named.pop() if len(named) == 1 else None, None, None, dates)
    words = _DATE.sub(" ", words)
    years = _YEAR.findall(words)
    year = years[-1] if len(set(years)) == 1 else None
    relative = _RELATIVE.search(words)
    rel = relative.group(1).lower() if relative is not None else None
    if rel is None and not years and _UNNAMED.search(words) and not _SPAN.search(words):
        return Time(None, None, UNNAMED)  # "in the fiscal year under review": none named
    months: tuple[int, int] | None = None
    special = _named_months(words)
    if special is not None and not _FISCAL.search(words):
        return Time(year, special[0], rel)
    span = _SPAN.search(words)
    count = _COUNT.search(words)
    part = _PART.search(words)
    if span is None and count is not None and _FISCAL.search(words):
        return Time(year, None, rel)  # "the 11 months of FY 2016": a fiscal year's, months unknown
    if span is not None:
        first = MONTHS.index(span.group(1).lower()) + 1
        last = MONTHS.index(span.group(2).lower()) + 1 if span.group(2) else first
        if not span.group(2) and _TO_DATE.search(words, 0, span.start()):
            first = 1  # "through September", "as of end-September": the year to date
        ending = not span.group(2) and _ENDING.search(words, 0, span.start())
        if count is not None and count.end() <= span.start() and ending:
            number = _number(count.group(1))  # "the five months to May"
            first = last - number + 1 if 1 <= number <= last else first
        lasting = _LENGTH_TO.search(words, 0, span.start()) if not span.group(2) else None
        if lasting is not None:  # "the quarter to March", "the year to March": never March alone
            number = _LENGTHS[lasting.group(1).lower().split()[0].split("-")[0]]
            first = last - number + 1
            if first < 1:
                return Time(None, None, rel, ())  # "the year to March": two calendar years'
        months = (first, last) if first <= last else None
    elif count is not None:
        number = _number(count.group(1))
        months = (1, number) if 1 <= number <= 12 else None
    elif part is not None:
        if part.group(1):
            which, size = _ORDINAL[part.group(1).lower()], part.group(2).lower()
        else:
            which, size = int(part.group(4)), "quarter" if part.group(3).lower() == "q" else "half"
        length = 3 if size == "quarter" else 6
        months = ((which - 1) * length + 1, which * length) if which * length <= 12 else None
    elif _FULL_YEAR.search(words) or (year is not None and rel is None):
        months = (1, 12)
    return Time(year, months, rel)
