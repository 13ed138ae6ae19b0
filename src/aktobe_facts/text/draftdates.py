"""The period of a drafted conversion whose own sentence names none, for a draft
(:mod:`aktobe_facts.text.draft`).

A pair's conversions share one rate per stated period, and a conversion with no period joins the
one period the others state (``conversions``): a pair left undated may be held to another
period's rate. So:

- an undated pair takes the one period its sentence names after it, with no other amount
  between ("1.37 trillion tenge ($9.14 billion) in revenue, or 7.9% of GDP in 2010");
- a comparison's base ("up from X ($Y)") or a pair after a compared period's words in its
  sentence ("In the same period last year, X ($Y)") takes no period it is compared with: it is
  left open, as below;
- else the period the article last named before it (not a comparison's), when no words between
  it and the pair, or in the pair's own sentence, name a period the reader could not date ("this
  year" with no dateline, "in March" with no year): an article's period holds until it names
  another ("Over the ten months", "year-on-year over the period" after "from January to October
  2019" are of it);
- an undated pair the words leave open (a period the reader could not date stands between the
  last one named and it, or in its own sentence), among pairs of one currency pair that state
  exactly one period, would join that period's rate: its counterparts become a note for the editor, not a
  conversion. A pair before any period, with no such words, is of the article's one year.
- an undated pair whose own sentence, or the sentence before, names a period no calendar span
  writes (a fiscal or budget year, "FY14", another calendar's year, "the period under review"
  before any period: :mod:`aktobe_facts.text.unreadperiods`) is of a rate of its own: it stays a
  conversion, ``dated_by`` those words, and the conversions check never joins it to a dated one.

News converts at the day's rate, so conversions held to one rate must be dated alike by the
article's own words, not only given one period. Each conversion's time is the time words that
date it: the first after it in its sentence with no other amount between ("... (EUR 3.8bn) in
October"), else the last before it ("By the end of September the deficit was ..."; a period read
or a word no one can date, "October", "this year"; never a comparison's). Where the conversions
that would share one rate (one currency pair, one period, or none) are dated by different words
("By the end of September ..." and, after "took effect in October", "It raised the limit by ..."),
the article does not make their dates the same. The time dating the most of them (the first in
the text on a tie) keeps its conversions; a conversion of another time stays when it fits the rate
most of those fit (holding it there raises nothing) or disagrees with a conversion of its own time
(it is wrong whatever the date); else it is ``dated_by`` its time's words, and the check holds it
only to the conversions of that time (its conflict would come from the date alone). A span of months
with no year is one time of its own ("From January to November, ..." is not November's, nor is
"in January-November"). A pair before every time word is of the article's one time and is held to
any.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

import msgspec
from msgspec import Struct

from aktobe_facts.reading.interval import Interval, IntervalError, best_overlap
from aktobe_facts.reading.numbers import GrammarError
from aktobe_facts.reading.periods import PeriodError, parse_period
from aktobe_facts.reading.quantities import read
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.periodnames import NamedPeriod
from aktobe_facts.text.phraseread import read as read_value
from aktobe_facts.text.roletime import MONTHS
from aktobe_facts.text.sentences import Span
from aktobe_facts.text.unreadperiods import unread_periods

if TYPE_CHECKING:
    from aktobe_facts.text.draft import DraftClaim

_OTHER_TIME = re.compile(
    r"\b(?:(?:this|current|last|next|previous|past)\s+year|(?:first|second|third|fourth)\s+"
    r"(?:quarter|half)|q[1-4]|h[12]|january|february|march|april|(?<=\b(?:in|of|by)\s)may|june|"
    r"july|august|september|october|november|december|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
"""Words that may name a period the reader could not date ("this year" with no dateline, "in
March" with no year; "May" after "in", "of" or "by", never the verb): between a named period and a
figure, they leave the figure's period open."""


_COMPARED = re.compile(
    r"\b(?:same|than|compared|against|versus|vs|from|since|earlier|previous)\b", re.IGNORECASE
)
"""Words before a period that make it a comparison's ("the same period last year")."""


def _currencies(claim: DraftClaim) -> list[frozenset[str]]:
    """The currency pairs a claim converts between (its value's unit and each counterpart's)."""
    keys: list[str] = []
    for written in (claim.value, *claim.counterparts):
        try:
            unit = read_value(written or "").unit
        except GrammarError:
            return []
        if unit is None:
            return []
        keys.append(unit.key)
    return [frozenset((keys[0], k)) for k in keys[1:] if k != keys[0]]


def dated(
    text: str,
    claims: Sequence[DraftClaim],
    periods: Sequence[NamedPeriod],
    sentences: Sequence[Span],
) -> tuple[list[DraftClaim], list[str]]:
    """The claims, each undated conversion with the period the article leaves it, and the notes
    on the conversions left out (see the module's docstring)."""
    named = sorted(periods, key=lambda p: p.start)
    marks = [p for p in named if not p.base]
    starts, ends = [p.start for p in marks], [p.end for p in marks]
    other_words = _other_times(text, named)
    others = [start for start, _word in other_words]
    unread = unread_periods(text, named)
    unread_at = [start for start, _word in unread]
    firsts = [s[0] for s in sentences]
    values = sorted(_value_at(c, text) for c in claims if c.kind == "amount")
    figures = sorted(_value_at(c, text) for c in claims if c.kind in ("amount", "count"))
    out: list[DraftClaim] = []
    open_ids: dict[str, str | None] = {}  # claim id -> the words that leave it open
    for claim in claims:
        if not claim.counterparts or claim.period is not None or claim.value is None:
            out.append(claim)
            continue
        n = bisect_right(firsts, claim.at[0]) - 1
        sentence = sentences[n] if n >= 0 else (0, len(text))
        later = _later_in_sentence(claim, marks, starts, sentence)
        # no amount or count between the pair's figures and the period (a share may be: "X ($Y)
        # in revenue, or 7.9% of GDP in 2010"); a quote may reach past the next figure ("reached
        # X ($Y) from Z in 2010": 2010 is Z's)
        if later is not None and _count(figures, _figures_end(claim, text), later.start) == 0:
            out.append(msgspec.structs.replace(claim, period=later.text))
            continue
        k = bisect_right(ends, claim.at[0]) - 1
        last = marks[k] if k >= 0 else None
        compared = _compared(text, claim, max(last.end if last else 0, sentence[0]))
        if (
            last is not None
            and not compared
            and not _other_than(text, last, other_words, sentence[1])
        ):
            out.append(msgspec.structs.replace(claim, period=last.text))
            continue
        # a period no one can write as a span ("For the fiscal year 2014, ... . The deficit is
        # X ($Y)": the sentence before dates a pair its own leaves undated): a rate of its own
        before = sentences[n - 1][0] if n > 0 else sentence[0]
        if _count(unread_at, max(last.end if last else 0, before), sentence[1]) > 0:
            words = _unread_words(unread, claim, max(last.end if last else 0, before), sentence)
            out.append(msgspec.structs.replace(claim, dated_by=words))
            continue
        out.append(claim)
        if compared or _count(others, last.end if last else sentence[0], sentence[1]) > 0:
            # a period no one can date is named around it
            open_ids[claim.id] = _unread_words(
                other_words, claim, last.end if last else sentence[0], sentence
            )
    out, notes = _left_open(out, open_ids)
    times = _times(marks, other_words)
    return _one_time_per_rate(text, out, times, sentences, values, notes)


_BASE_BEFORE = lazy(
    r"\b(?:from|against|versus|vs\.?|than|over|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?\Z",
    re.IGNORECASE,
)
"""Right before a figure: the words that make it a comparison's base ("up from X")."""
_COMPARED_TIME = lazy(
    r"\b(?:(?:a|one|two|three)\s+(?:years?|months?|quarters?)\s+(?:earlier|before|ago)|"
    r"(?:the\s+)?(?:same|corresponding|previous|prior|preceding|year-earlier)\s+(?:period|months?|"
    r"quarter|half|year|h[12]|q[1-4])|last\s+year)\b",
    re.IGNORECASE,
)
"""Words of a period compared with: "a year earlier", "in the same period last year", "the
previous H1"."""


def _compared(text: str, claim: DraftClaim, after: int) -> bool:
    """The pair is of a period compared with, never the one named last before it: it is a
    comparison's base ("up from X ($Y) in the same period last year"), or its sentence names the
    compared period between that period and it ("In the previous H1, imports were X ($Y)", "A
    year earlier, ..."). A base's or an earlier period's rate may differ from the current one's."""
    at = _value_at(claim, text)
    if _BASE_BEFORE.search(text[max(0, at - 40) : at]):
        return True
    return after < at and _COMPARED_TIME.search(text, after, at) is not None


def _unread_words(
    words: Sequence[tuple[int, str]], claim: DraftClaim, start: int, sentence: Span
) -> str | None:
    """Of the time words no period read writes, the ones that date the pair: the last of them
    before it from ``start`` on, else the first after it in its sentence, else None."""
    around = [(at, word) for at, word in words if start <= at < sentence[1]]
    before = [word for at, word in around if at < claim.at[0]]
    return before[-1] if before else around[0][1] if around else None


def _count(positions: Sequence[int], start: int, end: int) -> int:
    """How many of the sorted positions lie in ``[start, end)``."""
    return max(0, bisect_left(positions, end) - bisect_left(positions, start))


def _other_times(text: str, named: Sequence[NamedPeriod]) -> list[tuple[int, str]]:
    """Where the article's words may name a period outside the periods read, with those words in
    lower case (a base period, "the same period of 2018" or "than last year", names no new
    current period). A span of months is one time of its own, written "january-november": "From
    January to November, ...", "between March and May", "in January-November" (its last month
    alone, the time of that month's figures, would hold the span's average rate to the month's;
    the "from" of the span is no comparison's)."""
    inside = bytearray(len(text))
    for p in named:
        inside[p.start : p.end] = b"\x01" * (p.end - p.start)
    found: list[tuple[int, str]] = []
    for m in _MONTH_SPAN.finditer(text):
        cue, joint = (m.group("cue") or "").lower(), m.group("joint").lower()
        first, last = (_MONTH_NAMES.index(m.group(g).lower()) for g in ("a", "b"))
        if (joint == "and") != (cue == "between") or (cue == "from" and joint in "-–"):
            continue  # "in March and May", "down from January-November": no span of its own
        if first < last and not inside[m.start("a")]:
            if not _COMPARED.search(text, max(0, m.start() - 40), m.start()):
                found.append((m.start("a"), f"{_MONTH_NAMES[first]}-{_MONTH_NAMES[last]}"))
            inside[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    found += [
        (m.start(), " ".join(m.group(0).lower().split()))
        for m in _OTHER_TIME.finditer(text)
        if not inside[m.start()] and not _COMPARED.search(text, max(0, m.start() - 40), m.start())
    ]
    return sorted(found)


_SPANS = {
    "h1": (1, 6),
    "first half": (1, 6),
    "h2": (7, 12),
    "second half": (7, 12),
    **{f"q{n}": (3 * n - 2, 3 * n) for n in range(1, 5)},
    **{
        f"{word} quarter": (3 * n - 2, 3 * n)
        for n, word in enumerate(("first", "second", "third", "fourth"), 1)
    },
}
"""The months an undated half or quarter names."""
_MONTH_NAMES = list(MONTHS)
_MONTH_SPAN = lazy(
    rf"\b(?:(?P<cue>from|between)\s+)?(?P<a>{'|'.join(_MONTH_NAMES)})\s*"
    rf"(?P<joint>-|–|to|through|until|till|and)\s*(?P<b>{'|'.join(_MONTH_NAMES)})\b",
    re.IGNORECASE,
)
"""A span of months with no year: "from January to November", "between March and May",
"January-November"."""


def _other_than(
    text: str, last: NamedPeriod, words: Sequence[tuple[int, str]], end: int
) -> list[tuple[int, str]]:
    """The undated time words between the last named period and ``end`` that may name another
    period than it: a half, a quarter or a span of months with the same months as the named
    period ("in H1", "during the January-June period" after "the first half of 2018") tells that
    period again, undated as it is (eighteenth session's fresh texts: eleven conversions of a
    half-year's trade left undrafted)."""
    return [(at, word) for at, word in words if last.end <= at < end and not _told(word, last)]


def _told(word: str, last: NamedPeriod) -> bool:
    """The undated time word names the months of the named period again: a half, a quarter or a
    span of months ("january-june") of the same months."""
    span = period_span(last.text)
    if span is None or span[0].year != span[1].year:
        return False
    named = _SPANS.get(word)
    if named is None and "-" in word:  # a span of months, "january-june"
        first, second = (_MONTH_NAMES.index(w) + 1 for w in word.split("-"))
        named = (first, second)
    return named == (span[0].month, span[1].month)


_Time = tuple[int, str]
"""A time word of the article: where it starts, and what it names (a period as a claims file
writes it, or the words no one can date, in lower case)."""


def _times(marks: Sequence[NamedPeriod], others: Sequence[tuple[int, str]]) -> list[_Time]:
    """Every time the article names for its figures (not a comparison's), in text order; an
    undated word that names the months of the period named last before it again ("from January
    to June" after "in the first half of 2018") is that period's time."""
    starts = [p.start for p in marks]
    told: list[_Time] = []
    for at, word in others:
        k = bisect_right(starts, at) - 1
        if k >= 0 and marks[k].end <= at and _told(word, marks[k]):
            word = marks[k].text
        told.append((at, word))
    return sorted([(p.start, p.text) for p in marks] + told)


def _time_of(
    claim: DraftClaim,
    times: Sequence[_Time],
    starts: Sequence[int],
    sentence: Span,
    amounts: Sequence[int],
    text: str,
) -> str | None:
    """The time that dates a conversion: the first time word after its figures in its sentence
    with no other amount between, else the last one before its value, else None."""
    value = _value_at(claim, text)
    end = _figures_end(claim, text)
    k = bisect_left(starts, end)
    if k < len(times) and times[k][0] < sentence[1] and _count(amounts, end, times[k][0]) == 0:
        return times[k][1]
    k = bisect_left(starts, value) - 1
    return times[k][1] if k >= 0 else None


def _figures_end(claim: DraftClaim, text: str) -> int:
    """Where a claim's figures end in the article: its value, then its last counterpart."""
    end = _value_at(claim, text) + len(claim.value or "")
    for written in claim.counterparts:
        found = text.find(written, end, claim.at[1])
        end = end if found < 0 else found + len(written)
    return end


def _value_at(claim: DraftClaim, text: str) -> int:
    """Where a claim's value stands in the article (its quote may start before it)."""
    found = text.find(claim.value or "", claim.at[0], claim.at[1])
    return claim.at[0] if found < 0 else found


def _one_time_per_rate(
    text: str,
    claims: list[DraftClaim],
    times: Sequence[_Time],
    sentences: Sequence[Span],
    amounts: Sequence[int],
    notes: list[str],
) -> tuple[list[DraftClaim], list[str]]:
    """Conversions that would share one rate but that the article dates by different time words,
    and that cannot share the rate of the time dating the most of them while agreeing with the
    other conversions of their own time: each is ``dated_by`` its time's words, so that the
    conversions of that time share a rate of their own ("january-november", "september")."""
    starts = [start for start, _ in times]
    firsts = [s[0] for s in sentences]
    stated: dict[frozenset[str], set[tuple[date, date]]] = {}
    for claim in claims:
        span = period_span(claim.period)
        for pair in _currencies(claim):
            if span is not None:
                stated.setdefault(pair, set()).add(span)
    rates: dict[tuple[frozenset[str], tuple[date, date] | None], list[_Dated]] = {}
    for claim in claims:
        if not claim.counterparts or claim.dated_by is not None:
            continue  # no conversion, or one of a rate of its own
        k = bisect_right(firsts, claim.at[0]) - 1
        sentence = sentences[k] if k >= 0 else (0, len(text))
        time = _time_of(claim, times, starts, sentence, amounts, text)
        span = period_span(claim.period)
        for pair, rate in _rates(claim).items():
            spans = stated.get(pair, set())
            if time is None or (span is None and len(spans) > 1):
                continue  # of the article's one time, or alone: it may be of any period
            key = span if span is not None else next(iter(spans), None)
            rates.setdefault((pair, key), []).append(_Dated(claim.id, time, rate))
    apart: dict[str, tuple[str, str]] = {}  # claim id -> its time and the time kept
    for held in rates.values():
        for dated_apart, kept in _dated_apart(held):
            apart.setdefault(dated_apart.claim, (dated_apart.time, kept))
    if not apart:
        return claims, notes
    out = [
        msgspec.structs.replace(c, dated_by=apart[c.id][0]) if c.id in apart else c for c in claims
    ]
    return out, notes


class _Dated(Struct, frozen=True):
    """A conversion's implied rate and the time words that date it."""

    claim: str
    time: str
    rate: Interval


def _dated_apart(held: list[_Dated]) -> list[tuple[_Dated, str]]:
    """The conversions of one rate whose conflict with it comes from their date: of a time other
    than the one dating the most (the first in the text on a tie), outside the rate most of that
    time's conversions fit, and agreeing with every other conversion of their own time (one that
    disagrees with its own time's is wrong whatever the date: it stays, to be found)."""
    counts: dict[str, int] = {}
    for dated in held:
        counts[dated.time] = counts.get(dated.time, 0) + 1
    if len(counts) < 2:
        return []
    kept = max(counts, key=lambda t: counts[t])
    region = best_overlap([d.rate for d in held if d.time == kept]).region
    return [
        (dated, kept)
        for dated in held
        if dated.time != kept
        and dated.rate.intersect(region) is None
        and all(
            other.rate.intersect(dated.rate) is not None
            for other in held
            if other.time == dated.time and other is not dated
        )
    ]


def _rates(claim: DraftClaim) -> dict[frozenset[str], Interval]:
    """The rate each of a claim's conversions implies, as read by default, in the order of its
    currencies' keys; none for a figure that does not read as an amount."""
    try:
        value = read(read_value(claim.value or ""))
        counterparts = [read(read_value(c)) for c in claim.counterparts]
    except GrammarError:
        return {}
    found: dict[frozenset[str], Interval] = {}
    for other in counterparts:
        if value.unit is None or other.unit is None or value.interval is None:
            continue
        if other.interval is None or value.unit.key == other.unit.key:
            continue
        top, bottom = sorted((value, other), key=lambda q: q.unit.key if q.unit else "")
        assert top.interval is not None and bottom.interval is not None
        try:
            found[frozenset((value.unit.key, other.unit.key))] = top.interval / bottom.interval
        except IntervalError:
            continue  # a zero amount: no rate
    return found


def _later_in_sentence(
    claim: DraftClaim, marks: Sequence[NamedPeriod], starts: Sequence[int], sentence: Span
) -> NamedPeriod | None:
    """The one period the claim's sentence names (``starts``: where each of ``marks`` starts),
    if it comes after the claim."""
    own = marks[bisect_left(starts, sentence[0]) : bisect_left(starts, sentence[1])]
    return own[0] if len(own) == 1 and own[0].start >= claim.at[1] else None


def _left_open(
    claims: list[DraftClaim], open_ids: dict[str, str | None]
) -> tuple[list[DraftClaim], list[str]]:
    """The open conversions that would join the one period their pair states: ``dated_by`` the
    words that leave them open ("this year" with no dateline, "From January to November"), else
    (a comparison's base, no such words) their counterparts become notes."""
    spans: dict[frozenset[str], dict[tuple[date, date], str]] = {}
    for claim in claims:
        span = period_span(claim.period)
        for pair in _currencies(claim):
            if span is not None and claim.period is not None:
                spans.setdefault(pair, {}).setdefault(span, claim.period)
    out: list[DraftClaim] = []
    notes: list[str] = []
    for claim in claims:
        stated = {k: v for pair in _currencies(claim) for k, v in spans.get(pair, {}).items()}
        if claim.id in open_ids and len(stated) == 1 and open_ids[claim.id] is not None:
            claim = msgspec.structs.replace(claim, dated_by=open_ids[claim.id])
        elif claim.id in open_ids and len(stated) == 1:
            period = next(iter(stated.values()))
            written = ", ".join(f"'{c}'" for c in claim.counterparts)
            notes.append(
                f"{claim.id} ('{claim.value}') converted to {written}: the words leave its period"
                f" open and its pair's other conversions are of {period}, so it is not drafted as"
                " a conversion; add counterpart and period if it is of that period"
            )
            claim = msgspec.structs.replace(claim, counterparts=())
        out.append(claim)
    return out, notes


def period_span(period: str | None) -> tuple[date, date] | None:
    """The first and last day of a period (one span however it is written), or None."""
    try:
        return parse_period(period or "").key
    except PeriodError:
        return None
