"""A total and its average per day, month or year in one sentence, for a draft
(``kind = "equation"``): the average times the period's days (months, years) is the total.

- "X in 2023, or an average of A a month" and "X in 2023, or A a day": ``A * 12 = X``,
  ``A * 365 = X`` (the total first, the average after "or", "an average of", "with an average of",
  "which works out to");
- "averaged A a day in March, for a total of X" ("or X", "totalling X"; never "bringing the
  total to X", a running total): ``A * 31 = X`` (the average first, after "averaged", "an average of" or "averaging", or
  with "on average" after its rate: "A a day on average in March 2024, or X in the month");
- "averaged A a day over 30 days, a total of X": ``A * 30 = X``, the days as the sentence states
  them.

The number of days, months or years is the period's: the sentence names exactly one period (not a
comparison's base), with its year ("in 2023", "in March 2024"; never "this year" or "so far"), and
both figures are of it, so "X in 2023 against an average of A a month in 2022" drafts nothing; a
month's average over a period that is no whole number of months, and any average per week, draft
nothing either. Both figures are levels of one unit, or counts of one thing; the average says its
rate after it ("a day", "per month", "daily", "bpd") or before it ("an average monthly ... of"). A
figure read per the time unit ("1.1m bpd", "1.2 million euros per month") is multiplied by the
quoted span ('"365 days"'), a figure the grammar reads without it ("50,000 tonnes a day") by the
plain number: both are what the article states, in units the equation check relates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.reading.periods import PeriodError, parse_period
from aktobe_facts.text.builtpatterns import compiled
from aktobe_facts.text.draftfigures import (
    PERIOD,
    Drafted,
    DraftRelation,
    Figure,
    Sentence,
    between,
    is_measure,
    is_percent,
    names,
    quote,
    same_measure,
    subject_words,
)
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.periodnames import NamedPeriod

_UNITS = {"day": "day", "daily": "day", "month": "month", "monthly": "month"}
_UNITS |= {"year": "year", "annual": "year", "annually": "year", "yearly": "year"}
_UNITS |= {"annum": "year"}
_RATE_AFTER = re.compile(
    r"\s*(?:(?:a|an|per|each|every)\s+(?P<unit>day|month|year|annum)|(?P<adverb>daily|monthly|"
    r"annually|yearly))\b(?![\s-]+(?:earlier|ago|before|later|after|to|"
    r"(?:on|over)[\s-]+(?:the\s+)?(?:year|month|day|quarter))\b)",
    re.IGNORECASE,
)
"""Right after the average: "a day", "per month", "annually" (never "a year earlier")."""
_RATE_BEFORE = re.compile(
    r"\b(?:an?\s+|the\s+)?(?:average\s+(?P<adj>daily|monthly|annual|yearly)\s+(?:[a-z-]+\s+){0,3}of"
    r"|(?P<adj2>daily|monthly|annual|yearly)\s+average\s+(?:[a-z-]+\s+){0,2}of"
    r"|(?P<adj3>daily|monthly|annual|yearly)\s+(?:[a-z-]+\s+){0,3}averag(?:ed|ing))\s*$",
    re.IGNORECASE,
)
"""Right before the average: "an average annual investment of", "a daily average of", "daily
crude output averaged"."""
_SPAN = rf"(?:\s(?:in|for|over|during)\s(?:the\s)?{PERIOD}(?:\s?[-–—]\s?{PERIOD})?)?"
_TOTAL_FIRST = lazy(
    rf"^{_SPAN},?\s(?:(?:or|with|for|at|giving|representing|which\sis|that\sis)\s)?"
    r"(?:(?:an?|the)\s)?(?:(?:daily|monthly|annual|yearly)\s)?average"
    r"(?:\s(?:daily|monthly|annual|yearly))?(?P<nouns>(?:\s[a-z-]+){0,2})\sof\s$"
    rf"|^{_SPAN},?\s(?:or|that\sis|averaging)\s$|^{_SPAN}\s\((?:or\s)?$|^{_SPAN}\s?[—–]\s?(?:or\s)?$"
    rf"|^{_SPAN},?\s(?:(?:which|that)\s)?(?:works?\sout\s(?:to|at)|translates?\s(?:in)?to|"
    r"(?:is\s)?(?:the\s)?equivalent\s(?:to|of)|(?:is\s)?equal\sto)\s$"
)
"""Between the total and its average: ", or an average of", ", or", " (", ", which works out to"."""
_AVERAGED = re.compile(
    r"\b(?:averag(?:ed|es|ing)|(?:an?|the)\s+average\s+of|on\s+average)\s*$", re.IGNORECASE
)
"""Before an average that comes first: "averaged", "an average of"."""
_OTHER = lazy(
    r"\s*,?\s*(?:per|each|of|for\s+(?:each|every)|since|before|earlier|ago|"
    r"(?:in|over|during)\s+(?:the\s+)?(?:previous|past|last|prior|preceding|next|coming|"
    r"following)|(?:in|over|during)\s+(?:each|every)\s+of)\b",
    re.IGNORECASE,
)
"""After an average's rate: another denominator ("a month per household") or another time ("a
month in the previous five years")."""
_ON_AVERAGE = re.compile(r"\s+on\s+average\b", re.IGNORECASE)
_THEN_TOTAL = lazy(
    rf"^(?:(?:\son\saverage)?{_SPAN}(?:\son\saverage)?)?,?\s(?:for\s)?"
    r"(?:(?:a|the)\s)?(?:total(?:l?ing)?|sum)(?:\sof)?\s$"
    rf"|^(?:\son\saverage)?{_SPAN},?\s(?:or|totall?ing|amounting\sto)\s$"
)
"""Between an average that comes first and its total: ", for a total of", ", or" (never "bringing
the total to": a running total, which may hold more than the period's)."""
_COMPARED = re.compile(r"\s*(?:more|less|higher|lower|above|below|up|down|than)\b", re.I)
"""After an average's rate: a comparison ("A a month more than"), no average of a total."""
_OVER_DAYS = re.compile(r"^\s(?:over|across|during|in)\s(?:the\s)?$")
"""Between an average and its days: "over 30 days"."""
_TOTAL_AFTER_DAYS = re.compile(r"^,?\s(?:for\s)?(?:(?:a|the)\s)?total(?:\sof)?\s$|^,?\sor\s$")


def relations(text: str, sentences: Sequence[Sentence]) -> Drafted:
    found: list[DraftRelation] = []
    for sentence in sentences:
        figures = sentence.figures
        for k, first in enumerate(figures[:-1]):
            second = figures[k + 1]
            made = _total_first(text, sentence, first, second) or _average_first(
                text, sentence, figures, k
            )
            if made is not None:
                found.append(made)
    return found, []


def _total_first(
    text: str, sentence: Sentence, total: Figure, average: Figure
) -> DraftRelation | None:
    rate = _rate(text, average)
    if rate is None or not _pair(total, average):
        return None
    gap = _gap(text, _end(text, total), average.phrase.start, sentence.periods)
    m = _TOTAL_FIRST.match(gap)
    if m is None or not _named(text, sentence, total, m.group("nouns") or ""):
        return None  # "X, with an average wage of A a month": an average of another thing
    return _equation(text, sentence, average, rate[0], total)


def _average_first(
    text: str, sentence: Sentence, figures: Sequence[Figure], k: int
) -> DraftRelation | None:
    average = figures[k]
    rate = _rate(text, average)
    if rate is None:
        return None
    start = figures[k - 1].phrase.outer_end if k else sentence.span[0]
    after = rate[1]
    if not _AVERAGED.search(text, start, average.phrase.start):
        on_average = _ON_AVERAGE.match(text, after)
        if on_average is None:
            return None
        after = on_average.end()  # "A a day on average in March 2024, or X in the month"
    following = figures[k + 1]
    if following.kind == "duration" and k + 2 < len(figures):
        days = following
        total = figures[k + 2]
        if not _OVER_DAYS.match(_gap(text, after, days.phrase.start)):
            return None
        gap = _gap(text, days.phrase.outer_end, total.phrase.start)
        if not _TOTAL_AFTER_DAYS.match(gap) or not _pair(total, average):
            return None
        count = _days(days, rate[0])
        if count is None:
            return None
        return _written(text, sentence, average, (rate[0], count), total)
    total = following
    if not _pair(total, average):
        return None
    if not _THEN_TOTAL.match(_gap(text, after, total.phrase.start, sentence.periods)):
        return None
    return _equation(text, sentence, average, rate[0], total)


def _gap(text: str, start: int, end: int, periods: Sequence[NamedPeriod] = ()) -> str:
    """The words between two offsets (:func:`between`), with a space at each end."""
    return f" {between(text, start, end, periods)} ".replace(" ,", ",")


def _pair(total: Figure, average: Figure) -> bool:
    """A total and an average of one thing: levels of one unit or counts of one noun, the total
    per nothing."""
    plain = total.phrase.stated.per is None and not total.phrase.stated.is_range
    plain = plain and not is_percent(total)  # percents a month compound: no sum of twelve
    signs = not total.phrase.stated.negative and total.phrase.stated.direction is None
    return (
        plain
        and signs
        and is_measure(total)
        and is_measure(average)
        and total.kind == average.kind
        and same_measure(total, average)
        and average.phrase.stated.direction is None
    )


def _named(text: str, sentence: Sentence, total: Figure, nouns: str) -> bool:
    """The words naming the average ("an average annual investment of") name nothing the total's
    clause does not: an average of the total's thing, not of another."""
    said = subject_words(nouns.split())
    return said <= names(text, sentence, total)


def _end(text: str, figure: Figure) -> int:
    """Where a figure's words end: after the noun a count counts."""
    if figure.noun:
        m = compiled(rf"\s+{re.escape(figure.noun)}\b", re.I).match(text[figure.phrase.outer_end :])
        if m is not None:
            return figure.phrase.outer_end + m.end()
    return figure.phrase.outer_end


def _rate(text: str, figure: Figure) -> tuple[str, int] | None:
    """The time unit a figure is an average per (day, month, year) and where its words end; None
    for a figure that is no such average."""
    per = figure.phrase.stated.per
    if per is not None:
        unit = _UNITS.get(per.key) if per.kind == "time" else None
        after = figure.phrase.outer_end
        if unit is None or _COMPARED.match(text, after) or _OTHER.match(text, after):
            return None  # "A a month per household", "1.2 million euros a month more than"
        return unit, after
    end = _end(text, figure)
    m = _RATE_AFTER.match(text, end)
    if m is not None:
        if _COMPARED.match(text, m.end()) or _OTHER.match(text, m.end()):
            return None  # "A a month more than", "A a month per household", "... in the past"
        return _UNITS[(m.group("unit") or m.group("adverb")).lower()], m.end()
    if _COMPARED.match(text, end):
        return None
    before = _RATE_BEFORE.search(text, max(0, figure.phrase.start - 80), figure.phrase.start)
    if before is not None:
        adjective = before.group("adj") or before.group("adj2") or before.group("adj3")
        return _UNITS[adjective.lower()], end
    return None


_TAIL = lazy(
    rf"^(?:\s*(?:on\s+average|in\s+total|in\s+all|(?:in|during|over|for)\s+(?:the|that|this)\s+"
    rf"(?:month|year|period|quarter|half)|(?:in|during|over|for)\s+(?:the\s+)?{PERIOD}|{PERIOD}))*"
    r"\s*(?:[,;:.)\u2013\u2014]|\s-\s|$)"
)
"""After the later of the two figures (the average's rate, the total's noun) to its clause's end:
nothing, "on average", "in the month", a period of the sentence."""


_PERSONS = lazy(
    r"\b(?:visitors|tourists|travell?ers|holidaymakers|households|families|workers|employees|"
    r"residents|passengers|guests|consumers|shoppers|pilgrims|migrants|students|customers|"
    r"people|citizens|pensioners|farmers|each|every|per\s+(?:person|head|capita))\b",
    re.IGNORECASE,
)
"""People whose money a sentence counts: an average of money a day is then as often each one's."""


def _per_head(text: str, sentence: Sentence, average: Figure) -> bool:
    """An average of money in a sentence about people ("Foreign visitors spent $1.2 billion in
    2031, an average of $150 a day"): each visitor's a day as often as all of theirs, which the
    words do not tell (a count's average, "100,000 passengers a day", is all of theirs)."""
    unit = average.phrase.stated.unit
    if unit is None or not unit.is_currency:
        return False
    return _PERSONS.search(text, sentence.span[0], sentence.span[1]) is not None


def _said_of_another(text: str, sentence: Sentence, end: int) -> bool:
    """The words after the later figure of the two go on naming something: a part ("going to
    China", "at its new furnace"), what is left out ("excluding oil"), another basis ("in real
    terms") or a time the sentence does not date ("over the decade", "in the first quarter"). The
    average and the total are then of different things, or of different times."""
    words = between(text, end, sentence.span[1], sentence.periods)
    return _TAIL.match(" " + words) is None


def _rate_end(text: str, figure: Figure) -> int:
    """Where a figure's words end, with an average's rate ("a month")."""
    rate = _rate(text, figure)
    return _end(text, figure) if rate is None else rate[1]


_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far|year[-\s]to[-\s]date|ytd)\b", re.I)
"""Words of a period not yet over: its days are not the calendar's."""
_WORKDAYS = re.compile(
    r"\b(?:trad(?:ing|ed|es)|sessions?|working|business|exchange|bourse|stocks?|shares)\b", re.I
)
"""Words of markets and work: an average a day over trading or working days, not the calendar's."""


def _equation(
    text: str, sentence: Sentence, average: Figure, unit: str, total: Figure
) -> DraftRelation | None:
    """average × the period's days (months, years) = total, where the sentence names one period
    and both figures are of it."""
    last = max((average, total), key=lambda f: f.phrase.start)
    end = _rate_end(text, last)
    span = _years(text, sentence.span[0], end)
    if span is not None:  # "between 2016 and 2020": the figures are of the span's years
        count = _count(span, unit)
        if count is None or count < 2:
            return None
        return _written(text, sentence, average, (unit, count), total)
    if _per_head(text, sentence, average):
        return None  # "Foreign visitors spent $1.2 billion in 2031, an average of $150 a day"
    if _said_of_another(text, sentence, end):
        return (
            None  # "an average of A a month going to China", "... excluding oil", "in real terms"
        )
    named = [p for p in sentence.periods if p.end <= end]
    if len(named) != 1 or named[0].base or not (average.period == total.period == named[0].text):
        return None  # no period, or another one named before the figures' words end
    if named[0].fiscal:
        return None  # "2011-12" is of 2011-2012, but not two years long
    said = text[named[0].start : named[0].end]
    if not re.search(r"\d{4}", said) or _SO_FAR.search(text, *sentence.span):
        return None  # "this year", "in March": a period the words do not date; "so far this year"
    clause = re.search(r"[,;.]|$", text[end : sentence.span[1]])
    stop = end + (clause.start() if clause else 0)
    if any(end <= p.start < stop and p.text != named[0].text for p in sentence.periods):
        return None  # "X in 2023, an average of A a month in 2022": the average's own period
    count = _count(named[0].text, unit)
    if count is None or count < 2:
        return None
    return _written(text, sentence, average, (unit, count), total)


_YEARS = lazy(
    r"\b(?:between\s+(?P<a>\d{4})\s+and|from\s+(?P<b>\d{4})\s+(?:to|through|until))\s+"
    r"(?P<z>\d{4})\b|\b(?:in|over|during|for)\s+(?:the\s+(?:years|period)\s+)?(?P<c>\d{4})\s*"
    r"[-–—]\s*(?P<y>\d{4})\b",
    re.IGNORECASE,
)
"""A span of years: "between 2016 and 2020", "over 2019-2023"."""


def _years(text: str, start: int, end: int) -> str | None:
    """The span of years the words name from ``start`` to ``end`` ("2016/2020"), when they name
    one span and no other year."""
    spans = list(_YEARS.finditer(text, start, end))
    years = re.findall(r"(?<!\d)(?<!\d[.,])\d{4}(?!\d|[.,]\d)", text[start:end])
    if len(spans) != 1 or len(years) != 2:
        return None
    m = spans[0]
    first = int(m.group("a") or m.group("b") or m.group("c"))
    last = int(m.group("z") or m.group("y"))
    return f"{first}/{last}" if first < last else None


def _count(period: str, unit: str) -> int | None:
    """The days, months or years of a period; None when it is no whole number of them."""
    try:
        span = parse_period(period)
    except PeriodError:
        return None
    if unit == "day":
        return span.days()
    months = span.months()
    if months is None:
        return None
    if unit == "month":
        return months
    return months // 12 if months % 12 == 0 else None


def _days(days: Figure, unit: str) -> int | None:
    """The number of a duration in the average's unit ("30 days" for a daily average)."""
    stated = days.phrase.stated
    if stated.unit is None or stated.qualifier is not None or stated.is_range:
        return None
    if not stated.unit.key.startswith(unit) or stated.value.denominator != 1:
        return None
    return int(stated.value)


def _written(
    text: str, sentence: Sentence, average: Figure, times: tuple[str, int], total: Figure
) -> DraftRelation | None:
    """average × count = total, the count quoted with its unit when the average is read per it."""
    unit, count = times
    if unit == "day" and _WORKDAYS.search(text, *sentence.span):
        return None  # "traded $12.5 billion, or $50 million a day": over its trading days
    per = average.phrase.stated.per
    factor = f'"{count} {unit}s"' if per is not None else str(count)
    expr = f"{average.id} * {factor} = {total.id}"
    return DraftRelation("", "equation", {"expr": expr}, quote(text, average, total))
