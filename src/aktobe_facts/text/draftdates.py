"""The period of a drafted conversion whose own sentence names none, for a draft
(:mod:`aktobe_facts.text.draft`).

A pair's conversions share one rate per stated period, and a conversion with no period joins the
one period the others state (``conversions``): a pair left undated may be held to another
period's rate. So:

- an undated pair takes the one period its sentence names after it, with no other amount
  between ("1.37 trillion tenge ($9.14 billion) in revenue, or 7.9% of GDP in 2010");
- else the period the article last named before it (not a comparison's), when no words between
  it and the pair, or in the pair's own sentence, name a period the reader could not date ("this
  year" with no dateline, "in March" with no year): an article's period holds until it names
  another ("Over the ten months", "year-on-year over the period" after "from January to October
  2019" are of it);
- an undated pair the words leave open (a period the reader could not date stands between the
  last one named and it, or in its own sentence), among pairs of one currency pair that state
  exactly one period, would join that period's rate: its counterparts become a note for the editor, not a
  conversion. A pair before any period, with no such words, is of the article's one year.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

import msgspec

from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.reading.periods import PeriodError, parse_period
from aktobe_facts.text.periodnames import NamedPeriod
from aktobe_facts.text.sentences import Span

if TYPE_CHECKING:
    from aktobe_facts.text.draft import DraftClaim

_OTHER_TIME = re.compile(
    r"\b(?:(?:this|current|last|next|previous|past)\s+year|(?:first|second|third|fourth)\s+"
    r"(?:quarter|half)|q[1-4]|h[12]|january|february|march|april|june|july|august|september|"
    r"october|november|december|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
"""Words that may name a period the reader could not date ("this year" with no dateline, "in
March" with no year): between a named period and a figure, they leave the figure's period open."""


_COMPARED = re.compile(
    r"\b(?:same|than|compared|against|versus|vs|from|since|earlier|previous)\b", re.IGNORECASE
)
"""Words before a period that make it a comparison's ("the same period last year")."""


def _currencies(claim: DraftClaim) -> list[frozenset[str]]:
    """The currency pairs a claim converts between (its value's unit and each counterpart's)."""
    keys: list[str] = []
    for written in (claim.value, *claim.counterparts):
        try:
            unit = parse(written or "").unit
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
    others = _other_times(text, named)
    firsts = [s[0] for s in sentences]
    amounts = [c.at[0] for c in claims if c.kind == "amount"]  # claims are in text order
    out: list[DraftClaim] = []
    open_ids: set[str] = set()
    for claim in claims:
        if not claim.counterparts or claim.period is not None or claim.value is None:
            out.append(claim)
            continue
        k = bisect_right(firsts, claim.at[0]) - 1
        sentence = sentences[k] if k >= 0 else (0, len(text))
        later = _later_in_sentence(claim, marks, starts, sentence)
        if later is not None and _count(amounts, claim.at[1], later.start) == 0:
            out.append(msgspec.structs.replace(claim, period=later.text))
            continue
        k = bisect_right(ends, claim.at[0]) - 1
        last = marks[k] if k >= 0 else None
        if last is not None and _count(others, last.end, sentence[1]) == 0:
            out.append(msgspec.structs.replace(claim, period=last.text))
            continue
        out.append(claim)
        if _count(others, last.end if last else sentence[0], sentence[1]) > 0:
            open_ids.add(claim.id)  # a period no one can date is named around it
    return _left_open(out, open_ids)


def _count(positions: Sequence[int], start: int, end: int) -> int:
    """How many of the sorted positions lie in ``[start, end)``."""
    return max(0, bisect_left(positions, end) - bisect_left(positions, start))


def _other_times(text: str, named: Sequence[NamedPeriod]) -> list[int]:
    """Where the article's words may name a period outside the periods read (a base period,
    "the same period of 2018" or "than last year", names no new current period)."""
    inside = bytearray(len(text))
    for p in named:
        inside[p.start : p.end] = b"\x01" * (p.end - p.start)
    return [
        m.start()
        for m in _OTHER_TIME.finditer(text)
        if not inside[m.start()] and not _COMPARED.search(text, max(0, m.start() - 40), m.start())
    ]


def _later_in_sentence(
    claim: DraftClaim, marks: Sequence[NamedPeriod], starts: Sequence[int], sentence: Span
) -> NamedPeriod | None:
    """The one period the claim's sentence names (``starts``: where each of ``marks`` starts),
    if it comes after the claim."""
    own = marks[bisect_left(starts, sentence[0]) : bisect_left(starts, sentence[1])]
    return own[0] if len(own) == 1 and own[0].start >= claim.at[1] else None


def _left_open(claims: list[DraftClaim], open_ids: set[str]) -> tuple[list[DraftClaim], list[str]]:
    """Counterparts of the open conversions that would join the one period their pair states
    become notes."""
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
        if claim.id in open_ids and len(stated) == 1:
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
