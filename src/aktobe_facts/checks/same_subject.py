"""Same subject: claims about the same thing in the same period must be able to be equal.

Claims are grouped in one pass by (subject without case and extra spaces, period, kind, kind of unit);
values of one kind of unit are converted exactly to the first claim's unit (km and miles; people and a
bare count are both heads; each currency is its own kind). A group agrees when its intervals share a
point: the largest lower end is at most the smallest upper end. No pairwise comparison is made.

A group that cannot agree is reported with the two claims at the extremes. When the disagreement is
only between claims of different named ``programme`` values, the file says they are different
schemes: the finding is informational. Otherwise it is a warning (the tool cannot tell which is
wrong, or whether the subjects really are the same).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from msgspec import Struct

from aktobe_facts.checks._common import stated_step
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Said, Severity, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.periods import PeriodError, parse_period
from aktobe_facts.reading.units import ConversionError, UnitSpec, factor

ID = "same-subject"
say = Verdicts(ID)
TITLE = "Claims about the same subject and period agree"
HELP = (
    "Claims with the same subject, period, kind and kind of unit must be able to be equal; a "
    "conflict is a warning, or informational when the claims name different programmes."
)

GroupKey = tuple[str, object, str | None, str, str | None]


class _Member(Struct, frozen=True):
    claim: Claim
    interval: Interval  # in the group's unit
    printed: Fraction


class _Envelope(Struct, frozen=True):
    """The largest lower end and smallest upper end of some members, and whose they are."""

    high_lo: _Member | None
    low_hi: _Member | None

    @property
    def conflict(self) -> bool:
        a, b = self.high_lo, self.low_hi
        if a is None or b is None:
            return False
        assert a.interval.lo is not None and b.interval.hi is not None
        return a.interval.lo > b.interval.hi


def _envelope(members: Iterable[_Member]) -> _Envelope:
    high: _Member | None = None
    low: _Member | None = None
    for m in members:
        lo, hi = m.interval.lo, m.interval.hi
        if lo is not None and (high is None or high.interval.lo is None or lo > high.interval.lo):
            high = m
        if hi is not None and (low is None or low.interval.hi is None or hi < low.interval.hi):
            low = m
    return _Envelope(high, low)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _unit_kind(unit: UnitSpec | None) -> str:
    if unit is None or unit.key == "person":
        return "count"
    return f"currency:{unit.key}" if unit.is_currency else unit.kind


def _conv(a: UnitSpec | None, b: UnitSpec | None) -> Fraction:
    if _unit_kind(a) == "count" and _unit_kind(b) == "count":
        return Fraction(1)
    if a is None or b is None:
        raise ConversionError("a count and a measured quantity")
    return factor(a, b)


def _period_key(text: str | None) -> object:
    if text is None:
        return None
    try:
        return parse_period(text).key
    except PeriodError:
        return _norm(text)


def check(doc: ClaimsFile) -> list[Finding]:
    groups: dict[GroupKey, list[Claim]] = {}
    for claim in doc.claims:
        value = claim.value
        if claim.subject is None or value is None or value.interval is None:
            continue
        per = None if value.per is None else _unit_kind(value.per)
        key = (
            _norm(claim.subject),
            _period_key(claim.period),
            claim.kind,
            _unit_kind(value.unit),
            per,
        )
        groups.setdefault(key, []).append(claim)
    findings: list[Finding] = []
    for claims in groups.values():
        if len(claims) > 1:
            found = _group(claims)
            if found is not None:
                findings.append(found)
    return findings


def _members(claims: list[Claim]) -> list[_Member]:
    first = claims[0].value
    assert first is not None
    members = []
    for claim in claims:
        value = claim.value
        assert value is not None and value.interval is not None
        try:
            conv = _conv(value.unit, first.unit) / _conv(value.per, first.per)
        except ConversionError:
            continue
        members.append(_Member(claim, value.interval.scale(conv), value.value * conv))
    return members


def _group(claims: list[Claim]) -> Finding | None:
    members = _members(claims)
    if len(members) < 2:
        return None
    whole = _envelope(members)
    if not whole.conflict:
        rounding_only = len({m.printed for m in members}) > 1
        return say.passed(
            tuple(m.claim.id for m in members),
            min(m.claim.line for m in members),
            partial(_agree, claims[0], members, whole, rounding_only),
            rounding_only=rounding_only,
        )
    pair, severity = _blame(members, whole)
    a, b = pair
    return say.failed(
        (a.claim.id, b.claim.id),
        min(a.claim.line, b.claim.line),
        partial(_differ, claims[0], members, pair, severity),
        severity=severity,
    )


def _about(first: Claim) -> str:
    return f"'{first.subject}'" + (f" in {first.period}" if first.period else "")


def _steps(members: list[_Member]) -> tuple[Step, ...]:
    return tuple(stated_step(m.claim.id, m.claim.value) for m in members if m.claim.value)


def _agree(first: Claim, members: list[_Member], whole: _Envelope, rounding_only: bool) -> Said:
    assert first.value is not None
    common = Interval(
        whole.high_lo.interval.lo if whole.high_lo else None,
        whole.low_hi.interval.hi if whole.low_hi else None,
    )
    shown = fmt.interval(common, first.value.unit, first.value.per)
    return Said(
        f"{len(members)} claims about {_about(first)} agree: {shown}",
        inputs=_steps(members),
        result=shown,
        margin=f"they meet only in {shown}" if rounding_only else None,
        notes=("as printed the figures differ; they agree only thanks to their rounding",)
        if rounding_only
        else (),
    )


def _differ(
    first: Claim, members: list[_Member], pair: tuple[_Member, _Member], severity: Severity
) -> Said:
    assert first.value is not None
    unit, per = first.value.unit, first.value.per
    a, b = pair
    assert a.interval.lo is not None and b.interval.hi is not None
    gap = a.interval.lo - b.interval.hi
    programmes = ""
    if severity is Severity.INFO:
        programmes = (
            f"; they belong to different programmes ('{a.claim.programme}' and "
            f"'{b.claim.programme}')"
        )
    return Said(
        f"claims about {_about(first)} cannot be equal: '{a.claim.id}' is "
        f"{fmt.interval(a.interval, unit, per)} but '{b.claim.id}' is "
        f"{fmt.interval(b.interval, unit, per)}{programmes}",
        inputs=_steps(members),
        result=f"at least {fmt.value(gap, unit, per)} apart",
        nearest=f"'{a.claim.id}' at {fmt.value(a.interval.lo, unit, per)} and '{b.claim.id}' at "
        f"{fmt.value(b.interval.hi, unit, per)} are the closest values",
        suggestion=None
        if severity is Severity.INFO
        else "if they are one quantity one figure is wrong; if not, make the subjects "
        "differ or name each claim's programme",
    )


def _blame(members: list[_Member], whole: _Envelope) -> tuple[tuple[_Member, _Member], Severity]:
    """The pair to name, and whether the conflict is only between named programmes."""
    by_programme: dict[str | None, list[_Member]] = {}
    for m in members:
        name = m.claim.programme
        by_programme.setdefault(None if name is None else _norm(name), []).append(m)
    for group in by_programme.values():
        inner = _envelope(group)
        if inner.conflict:
            assert inner.high_lo is not None and inner.low_hi is not None
            return (inner.high_lo, inner.low_hi), Severity.WARNING
    assert whole.high_lo is not None and whole.low_hi is not None
    unnamed = by_programme.get(None)
    if unnamed:
        loose = _envelope(unnamed)
        if _Envelope(loose.high_lo, whole.low_hi).conflict:
            assert loose.high_lo is not None
            return (loose.high_lo, whole.low_hi), Severity.WARNING
        if _Envelope(whole.high_lo, loose.low_hi).conflict:
            assert loose.low_hi is not None
            return (whole.high_lo, loose.low_hi), Severity.WARNING
    return (whole.high_lo, whole.low_hi), Severity.INFO
