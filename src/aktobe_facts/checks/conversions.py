"""Conversions: all amounts a file states in one currency pair must share one rate.

A rate moves over time, and a month, a quarter, a half-year and a year are different averaging
periods: when a pair's claims state more than one period, each stated span's conversions share a
rate of their own ("2019-H1" and "2019-01/2019-06" are one span; June is another), and a
conversion with no period stands alone (it may be of any of them); with one period stated, it
joins that period's. Claims ``dated_by`` the same words (no period dates them: "For the fiscal year
2014", "january-november") share a rate of their own, apart from the others.

Each amount stated in two currencies implies a rate interval once each figure's rounding is
respected ("646.8 billion tenge (US$1.5 billion)": [417.3, 446.1] tenge per US$). The pairs pass
when the intervals meet; the common rate is reported, and flagged as a rounding-only pass when the
figures as printed disagree.

When they cannot meet, in this order:

* an ambiguous separator ("2,350" in a file that writes decimal commas) is tried under its other
  reading: if that makes the pairs agree, a warning says which reading is consistent;
* a converted figure printed with more digits than its source ("€4.7 million ($5.13 million)") is
  given its source's relative precision: if that makes the pairs agree, a warning names the claims
  that may carry false precision;
* otherwise the rate most pairs fit is found with one sweep over the interval ends, and each pair
  outside it is an error with the counterpart figure that would fit (and the scale slip, when a
  factor near a thousand or a million would make it fit). With no strict majority, one error names
  all pairs and blames none.
"""

from __future__ import annotations

from functools import partial

from aktobe_facts.checks._common import (
    centre,
    percent_off,
    rate_text,
    scale_slip,
    scale_words,
    stated_step,
)
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Said, Severity, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import (
    Interval,
    intersect_all,
    intersect_others,
    positive_reciprocal,
)
from aktobe_facts.reading.quantities import Quantity, rounding_step
from aktobe_facts.relations.rates import PairEstimate, PairRate, rate_groups

ID = "conversions"
say = Verdicts(ID)
TITLE = "Amounts in two currencies share one rate"
HELP = (
    "Every amount stated in two currencies implies an exchange-rate interval once each figure's "
    "rounding is respected; all of a file's pairs in one currency pair and one stated period must share "
    "one rate."
)


def check(doc: ClaimsFile) -> list[Finding]:
    from aktobe_facts.solve.narrowing import alone
    from aktobe_facts.solve.scope import pool  # the joint system's label of a pair

    findings: list[Finding] = []
    for estimate in sorted(rate_groups(doc), key=lambda e: e.label()):
        if estimate.pairs:
            label = pool(estimate.top, estimate.bottom, estimate.tag)
            findings.extend(alone(doc, label, f) for f in _agreement(estimate))
        findings.extend(_degenerate(claim, a, b) for claim, a, b in estimate.degenerate)
    return findings


def _degenerate(claim: Claim, a: Quantity, b: Quantity) -> Finding:
    """A pair with a zero or negative amount: no rate can make it a conversion."""
    steps = (stated_step(claim.id, a), stated_step(claim.id, b))
    ia, ib = a.require(), b.require()
    if (ia.lo is not None and ia.lo < 0) or (ib.lo is not None and ib.lo < 0):
        message = f'"{a.text}" and "{b.text}": an amount converted into another currency cannot be negative'
    elif a.value == 0 and b.value == 0:
        return say.passed(
            (claim.id,), claim.line, f'"{a.text}" and "{b.text}" are both zero', inputs=steps
        )
    else:
        zero, other = (a, b) if a.value == 0 else (b, a)
        message = f'"{zero.text}" cannot be "{other.text}" at any exchange rate'
    return say.failed(
        (claim.id,), claim.line, message, inputs=steps, bound="two amounts above zero"
    )


def _when(estimate: PairEstimate) -> str:
    """The period of a pair's conversions split by period ("in 2019"), else nothing."""
    return f" in {estimate.period}" if estimate.tag is not None and estimate.period else ""


def _text(interval: Interval | None, estimate: PairEstimate) -> str:
    return rate_text(interval, estimate.top, estimate.bottom)


def _pair_step(pair: PairRate, estimate: PairEstimate) -> Step:
    return Step.later(pair.claim.id, partial(_pair_text, pair, estimate))


def _pair_text(pair: PairRate, estimate: PairEstimate) -> str:
    return (
        f'"{pair.top.text}" / "{pair.bottom.text}" = {_text(pair.interval, estimate)} '
        f"(as printed: {fmt.number(pair.naive, 4)})"
    )


def _ids(pairs: tuple[PairRate, ...] | list[PairRate]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.claim.id for p in pairs))


def _agreement(estimate: PairEstimate) -> list[Finding]:
    pairs = estimate.pairs
    steps = tuple(_pair_step(p, estimate) for p in pairs)
    line = min(p.claim.line for p in pairs)
    common = estimate.common
    if common is None:
        return _disagreement(estimate, steps, line)
    if len(pairs) == 1:
        if estimate.references:
            return []  # a lone pair is tested against the references (reference-rates)
        undated = estimate.tag is not None and estimate.period is None
        return [
            say.undetermined(
                _ids(pairs),
                line,
                f"one conversion in {estimate.label()}; its implied rate is "
                f"{_text(common, estimate)}, with nothing to compare it with "
                + (
                    "(the words that date it date no other conversion: declare a reference rate "
                    "to test it)"
                    if estimate.dated_by is not None
                    else "(the file's other conversions in this pair are of several periods and "
                    "this one states no period: give it one, or declare a reference rate, to "
                    "test it)"
                    if undated
                    else "(declare a reference rate to test it)"
                ),
                severity=Severity.INFO,
                inputs=steps,
                result=_text(common, estimate),
            )
        ]
    rounding_only = not all(common.contains(p.naive) for p in pairs)
    return [
        say.passed(
            _ids(pairs),
            line,
            partial(_shared, estimate, steps, common, rounding_only),
            rounding_only=rounding_only,
        )
    ]


def _shared(
    estimate: PairEstimate, steps: tuple[Step, ...], common: Interval, rounding_only: bool
) -> Said:
    """The words of conversions that share one rate: the rate, and how much room it has."""
    pairs = estimate.pairs
    naive = [p.naive for p in pairs]
    notes: list[str] = []
    margin = None
    if rounding_only:
        spread = (max(naive) - min(naive)) / min(naive)
        notes.append(
            f"as printed, the rates range from {fmt.number(min(naive), 4)} to "
            f"{fmt.number(max(naive), 4)} ({float(spread) * 100:.1f}% apart): they agree only "
            "thanks to each figure's rounding"
        )
        mid = common.midpoint()
        if mid is not None and common.lo is not None and common.hi is not None:
            width = (common.hi - common.lo) / mid
            margin = f"the shared rate is {float(width) * 100:.2f}% wide"
    notes.extend(_ambiguity_notes(pairs, common))
    shared = _text(common, estimate)
    return Said(
        f"{len(pairs)} conversions share one rate{_when(estimate)}: {shared}",
        inputs=steps,
        result=f"common implied rate {shared}",
        notes=notes,
        margin=margin,
    )


def _ambiguous(pair: PairRate) -> Quantity | None:
    for q in (pair.top, pair.bottom):
        if q.alternative is not None:
            return q
    return None


def _ambiguity_notes(pairs: tuple[PairRate, ...], common: Interval) -> list[str]:
    notes = []
    for pair in pairs:
        q = _ambiguous(pair)
        if q is None or pair.alternative is None or q.alternative is None:
            continue
        other = fmt.number(q.alternative.value)
        if pair.alternative.intersect(common) is None:
            notes.append(
                f'"{q.text}" is read as {fmt.number(q.value)} (the file\'s number style), which '
                f"is consistent; read as {other} it would not be"
            )
        else:
            notes.append(f'"{q.text}" fits read either as {fmt.number(q.value)} or as {other}')
    return notes


def _disagreement(estimate: PairEstimate, steps: tuple[Step, ...], line: int) -> list[Finding]:
    found = _other_reading(estimate, steps, line)
    if found is not None:
        return [found]
    found = _false_precision(estimate, steps, line)
    if found is not None:
        return [found]
    best = estimate.best
    assert best is not None
    region_text = _text(best.region, estimate)
    if estimate.article_rate is None:
        ends = _one_range(estimate)
        return [
            say.failed(
                _ids(estimate.pairs),
                line,
                (
                    ends
                    or f"the {len(estimate.pairs)} conversions in {estimate.label()} cannot share "
                    f"one rate, and no rate fits more than half of them (the best, {region_text}, "
                    f"fits {len(best.members)})"
                ),
                inputs=steps,
                result=f"no common rate; best fit {region_text}",
                bound="one rate for all conversions",
            )
        ]
    return [_outlier(pair, estimate, steps) for pair in estimate.outliers]


def _one_range(estimate: PairEstimate) -> str | None:
    """For the two ends of one range converted end to end, and no other pair: which ends imply
    which rate, else ``None``."""
    pairs = estimate.pairs
    if len(pairs) != 2 or pairs[0].claim is not pairs[1].claim:
        return None
    low, high = pairs
    if not (low.top.text.endswith(" (low end)") and high.top.text.endswith(" (high end)")):
        return None
    return (
        f'the low ends of \'{low.claim.id}\' ("{low.top.text}", "{low.bottom.text}") imply '
        f"{_text(low.interval, estimate)} and its high ends {_text(high.interval, estimate)}: "
        "no one rate converts both, so one end of the range is off"
    )


def _other_reading(estimate: PairEstimate, steps: tuple[Step, ...], line: int) -> Finding | None:
    """Pairs that agree once one ambiguous figure is read with its other separator meaning."""
    pairs = estimate.pairs
    others = intersect_others([p.interval for p in pairs])  # linear, not one pass per pair
    for index, pair in enumerate(pairs):
        q = _ambiguous(pair)
        if pair.alternative is None or q is None or q.alternative is None:
            continue
        rest = others[index]
        common = None if rest is None else rest.intersect(pair.alternative)
        if common is None:
            continue
        other = fmt.number(q.alternative.value)
        return say.failed(
            _ids(pairs),
            line,
            f'the conversions agree only if "{q.text}" is read as {other}, not as '
            f"{fmt.number(q.value)} as this file's number style ({_style(q)}) reads it: the "
            "separator is ambiguous",
            severity=Severity.WARNING,
            inputs=steps,
            result=f"with {other}: common rate {_text(common, estimate)}",
            bound="one rate for all conversions",
            suggestion=f'write "{q.text}" so that its separator cannot be misread '
            f"(for example {fmt.number(q.alternative.value)} in words)",
        )
    return None


def _style(q: Quantity) -> str:
    digits = q.stated.digits or ""
    return "a decimal comma" if "." in digits else "a thousands separator"


def _false_precision(estimate: PairEstimate, steps: tuple[Step, ...], line: int) -> Finding | None:
    """Pairs that agree once each converted figure gets no more precision than its source."""
    widened = []
    changed = []
    for pair in estimate.pairs:
        value, other = pair.sides()
        if value is None or value.interval is None:
            return None
        if other.interval is None:
            return None
        relative = rounding_step(value.stated) / 2 / abs(value.value) if value.value else None
        if relative is None or other.value == 0:
            return None
        wide = Interval.around(other.value, abs(other.value) * relative)
        wide = wide.hull(other.interval)
        if wide != other.interval:
            changed.append(pair)
        top, bottom = (wide, value.interval) if other is pair.top else (value.interval, wide)
        if not bottom.is_positive() or not top.is_positive():
            return None
        widened.append(top * positive_reciprocal(bottom))
    common = intersect_all(widened)
    if common is None or not changed:
        return None
    suspects = [p for p in changed if p.interval.intersect(common) is None] or changed
    names = ", ".join(f"'{p.claim.id}'" for p in suspects)
    return say.failed(
        _ids(estimate.pairs),
        line,
        f"the conversions share one rate only if the converted figures of {names} are read "
        "with no more precision than the amounts they were converted from: they may carry more "
        "digits than their source supports",
        severity=Severity.WARNING,
        inputs=steps,
        result=f"with source precision: common rate {_text(common, estimate)}",
        bound="one rate for all conversions",
        suggestion="round the converted figures to the precision of their source",
        notes=("a figure converted from an already rounded figure cannot be more precise than it",),
    )


def _outlier(pair: PairRate, estimate: PairEstimate, steps: tuple[Step, ...]) -> Finding:
    assert estimate.best is not None
    region = estimate.best.region
    region_text = _text(region, estimate)
    claim = pair.claim
    # the figure to change is the counterpart; the value is what the article converts from
    value, other = pair.sides()
    assert value is not None and value.unit is not None and other.unit is not None
    # the region is top per bottom: bottom = top / rate, top = bottom * rate
    if other is pair.bottom:
        needed = value.require() * positive_reciprocal(region)
    else:
        needed = value.require() * region
    sig = max(other.stated.significant_digits, 2)
    slip = scale_slip(other.require(), needed)
    if slip is not None:
        fixed = fmt.article_style(other.value * Fraction(10) ** slip, other.unit, sig)
        suggestion = (
            f'"{other.text}" is off by a factor of {scale_words(slip)}: did the article mean '
            f'"{fixed}"?'
        )
    elif (mid := centre(needed)) is not None:
        fixed = fmt.article_style(mid, other.unit, sig)
        suggestion = (
            f'write "{fixed}" for "{other.text}" '
            f"(any figure in {fmt.interval(needed, other.unit)} fits)"
        )
    else:
        suggestion = f'a figure of {fmt.interval(needed, other.unit)} for "{other.text}" fits'

    nearest_rate = region.nearest(pair.naive)
    return say.failed(
        (claim.id,),
        claim.line,
        f'"{pair.top.text}" and "{pair.bottom.text}" imply {_text(pair.interval, estimate)}, '
        f"outside the rate {region_text} that {len(estimate.best.members)} of "
        f"{len(estimate.pairs)} conversions share",
        inputs=steps,
        result=f"implied rate {_text(pair.interval, estimate)}",
        bound=f"the shared rate {region_text}",
        nearest=f"nearest consistent rate {_text(Interval.point(nearest_rate), estimate)} "
        f"({percent_off(pair.naive, region)} from the figures as printed)",
        suggestion=suggestion,
    )
