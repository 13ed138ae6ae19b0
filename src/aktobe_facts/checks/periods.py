"""Periods: a stated duration must fit its period, and a base period must come first.

A ``kind = "duration"`` claim in years, months or days with a period range ("three years", period
``2018-2020``) is tested against the two lengths of the range: inclusive (2018, 2019 and 2020: three
calendar years) and elapsed (start of 2018 to start of 2020: two years). It passes when either
reading meets the duration's interval, and the finding says which. A span that is not whole months
is held as an interval (a year is 365 or 366 days, a month 28 to 31).

A claim with a ``base_period`` (growth "compared to 2019") must have a period, its own or that of
its ``of`` claim, that the base comes before: the base starts no later and ends earlier.
"""

from __future__ import annotations

from functools import partial

from aktobe_facts.checks._common import stated_step
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Said, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.periods import Period, PeriodError, parse_period, year_earlier
from aktobe_facts.reading.units import UnitSpec

ID = "periods"
say = Verdicts(ID)
TITLE = "Durations fit their periods; base periods come first"
HELP = (
    "A duration claim must fit its period range counted inclusively or as elapsed time "
    "(2018-2020 is 3 calendar years, or 2 elapsed); a base_period must come before the period "
    "it is compared with."
)
_TIME_UNITS = frozenset({"year", "month", "week", "day"})
_PER_UNIT_DAYS = {"year": (365, 366), "month": (28, 31)}
_READINGS = ((True, "counted inclusively"), (False, "elapsed"))


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    for claim in doc.claims:
        if claim.kind == "duration":
            found = _duration(claim)
            if found is not None:
                findings.append(found)
        if claim.base_period is not None:
            found = _base(doc, claim)
            if found is not None:
                findings.append(found)
    return findings


def _period(text: str | None) -> Period | None:
    if text is None:
        return None
    try:
        return parse_period(text)
    except PeriodError:
        return None  # the loader rejects these; a model built by hand may still hold one


def span(period: Period, inclusive: bool, unit_key: str) -> Interval:
    """The length of ``period`` in years, months, weeks or days, exact when it is whole months
    (weeks and days always)."""
    days = period.days(inclusive)
    if unit_key in ("day", "week"):
        return Interval.point(Fraction(days, 7) if unit_key == "week" else days)
    months = period.months(inclusive)
    if months is not None:
        return Interval.point(Fraction(months, 12) if unit_key == "year" else Fraction(months))
    short, long = _PER_UNIT_DAYS[unit_key]
    return Interval(Fraction(days, long), Fraction(days, short))


def _duration(claim: Claim) -> Finding | None:
    period = _period(claim.period)
    value = claim.value
    if period is None or not period.is_range or value is None or value.interval is None:
        return None
    unit = value.unit
    if unit is None or unit.key not in _TIME_UNITS or value.per is not None:
        return None
    lengths = [(span(period, inclusive, unit.key), words) for inclusive, words in _READINGS]
    steps = (
        stated_step(claim.id, value),
        Step.later("period", partial(_lengths, period, unit, lengths)),
    )
    fits = [(iv, words) for iv, words in lengths if iv.intersect(value.interval) is not None]
    if fits:
        rounding_only = not any(iv.contains(value.value) for iv, _ in fits)
        return say.passed(
            (claim.id,),
            claim.line,
            partial(_fitting, claim, period, unit, fits, steps, rounding_only),
            rounding_only=rounding_only,
        )
    return say.failed(
        (claim.id,), claim.line, partial(_not_fitting, claim, period, unit, lengths, steps)
    )


def _lengths(period: Period, unit: UnitSpec, lengths: list[tuple[Interval, str]]) -> str:
    shown = [f"{fmt.interval(iv, unit)} {words}" for iv, words in lengths]
    return f"{period.text}: {shown[0]}, or {shown[1]}"


def _fitting(
    claim: Claim,
    period: Period,
    unit: UnitSpec,
    fits: list[tuple[Interval, str]],
    steps: tuple[Step, ...],
    rounding_only: bool,
) -> Said:
    value = claim.value
    assert value is not None and value.interval is not None
    which = " and ".join(f"{fmt.interval(iv, unit)} {words}" for iv, words in fits)
    margin = None
    notes: tuple[str, ...] = ()
    if rounding_only:
        overlap = fits[0][0].intersect(value.interval)
        margin = f"the stated duration and the period overlap only in {fmt.interval(overlap, unit)}"
        notes = (f'as printed, "{value.text}" is none of the readings; it fits thanks to rounding',)
    return Said(
        f'"{value.text}" fits the period {period.text}: {which}',
        inputs=steps,
        result=which,
        margin=margin,
        notes=notes,
    )


def _not_fitting(
    claim: Claim,
    period: Period,
    unit: UnitSpec,
    lengths: list[tuple[Interval, str]],
    steps: tuple[Step, ...],
) -> Said:
    value = claim.value
    assert value is not None and value.interval is not None
    stated = value.interval
    readings = " or ".join(f"{fmt.interval(iv, unit)} {words}" for iv, words in lengths)
    best_iv, best_words = min(lengths, key=lambda item: _gap(item[0], stated))
    above = best_iv.lo is not None and stated.hi is not None and best_iv.lo > stated.hi
    edge = best_iv.lo if above else best_iv.hi
    assert edge is not None
    notes: list[str] = []
    if unit.key == "year" and period.months(True) is not None:
        years = value.value  # as printed: "four years" and "4 years" alike
        if years.denominator == 1 and years >= 1:
            first = period.end.year - int(years) + 1
            notes.append(
                f"{fmt.value(years, unit)} ending in {period.end.year} would be the period "
                f"{first}-{period.end.year} counted inclusively"
            )
    return Said(
        f'"{value.text}" does not fit the period {period.text}, which is {readings}',
        inputs=steps,
        result=readings,
        bound=fmt.interval(stated, unit),
        nearest=f"{fmt.value(edge, unit)} ({best_words})",
        suggestion=f"{fmt.interval(best_iv, unit)} ({best_words})",
        notes=notes,
    )


def _span(period: Period) -> str:
    return f"{period.text}: {period.start} to {period.end}"


def _gap(a: Interval, b: Interval) -> Fraction:
    """How far apart two intervals are (0 when they meet)."""
    if a.hi is not None and b.lo is not None and a.hi < b.lo:
        return b.lo - a.hi
    if b.hi is not None and a.lo is not None and b.hi < a.lo:
        return a.lo - b.hi
    return Fraction(0)


def _base(doc: ClaimsFile, claim: Claim) -> Finding | None:
    base = _period(claim.base_period)
    own = _period(claim.period)
    whose = "its period"
    if own is None and claim.of is not None:
        target = doc.claim(claim.of)
        own = _period(target.period) if target is not None else None
        whose = f"the period of '{claim.of}'"
    if base is None or own is None:
        return None
    steps = (
        Step.later("base_period", partial(_span, base)),
        Step.later(whose, partial(_span, own)),
    )
    ids = (claim.id,) if whose == "its period" or claim.of is None else (claim.id, claim.of)
    if base.comes_before(own):
        return say.passed(
            ids,
            claim.line,
            f"the base period {base.text} comes before {whose}, {own.text}",
            inputs=steps,
        )
    return say.failed(
        ids,
        claim.line,
        f"the base period {base.text} does not come before {whose}, {own.text}: a growth or "
        "change is measured against an earlier period",
        inputs=steps,
        bound=f"a base that starts no later than {own.start} and ends before {own.end}",
        suggestion=f'"{year_earlier(own.text)}" (the same period a year earlier), '
        "if a year-on-year comparison is meant",
    )
