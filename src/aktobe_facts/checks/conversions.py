"""Conversions: amounts stated in two currencies (or two units) must share one rate.

* All pairs of one currency pair must fit one rate: the intersection of their implied rate intervals
  is not empty. The common rate is reported.
* Where they cannot share one, the rate most pairs fit is found (one sweep over the interval ends) and
  the pairs outside it are named, each with the counterpart figure that would fit.
* With three or more currencies, the cross rates must agree (rubles per US$ times US$ per euro must
  meet rubles per euro).
* Declared reference rates: the check says which ones the article's rate fits and how far the
  others are.
* Physical units given twice ("650 km (404 miles)") must agree after exact conversion.
"""

from __future__ import annotations

from itertools import combinations

from aktobe_facts import fmt
from aktobe_facts.checks._common import percent_off, stated_step
from aktobe_facts.findings import Finding, Outcome, Severity, Step
from aktobe_facts.interval import Interval
from aktobe_facts.model import Claim, ClaimsFile
from aktobe_facts.rates import PairEstimate, PairRate, lookup, rate_table
from aktobe_facts.units import ConversionError, currency, factor

ID = "conversions"
TITLE = "Amounts in two currencies share one rate"
HELP = (
    "Every amount stated in two currencies implies an exchange-rate interval once each figure's "
    "rounding is respected. All of a file's pairs in one currency pair must share one rate; cross "
    "rates must agree; declared reference rates are compared."
)


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    table = rate_table(doc)
    for estimate in sorted(table.values(), key=lambda e: e.label()):
        if not estimate.pairs:
            continue
        findings.extend(_agreement(estimate))
        findings.extend(_references(estimate))
    findings.extend(_cross_rates(table))
    for claim in doc.claims:
        findings.extend(_unit_counterparts(claim))
    return findings


def _rate_text(interval: Interval | None, estimate: PairEstimate) -> str:
    return fmt.interval(interval, currency(estimate.top), currency(estimate.bottom))


def _pair_step(pair: PairRate, estimate: PairEstimate) -> Step:
    return Step(
        pair.claim.id,
        f'"{pair.top.text}" / "{pair.bottom.text}" = {_rate_text(pair.interval, estimate)} '
        f"(as printed: {fmt.number(pair.naive, 4)})",
    )


def _agreement(estimate: PairEstimate) -> list[Finding]:
    pairs = estimate.pairs
    steps = tuple(_pair_step(p, estimate) for p in pairs)
    ids = tuple(dict.fromkeys(p.claim.id for p in pairs))
    first_line = min(p.claim.line for p in pairs)
    if estimate.common is not None:
        if len(pairs) == 1:
            if estimate.references:
                return []  # the reference comparison below is the test of a lone pair
            return [
                Finding(
                    ID,
                    Outcome.UNDETERMINED,
                    Severity.INFO,
                    ids,
                    first_line,
                    f"one conversion in {estimate.label()}; its implied rate is "
                    f"{_rate_text(estimate.common, estimate)}, with nothing to compare it with "
                    "(declare a reference rate to test it)",
                    inputs=steps,
                    result=_rate_text(estimate.common, estimate),
                )
            ]
        naive = [p.naive for p in pairs]
        spread = (max(naive) - min(naive)) / min(naive)
        notes: tuple[str, ...] = ()
        if spread > 0:
            notes = (
                "as printed, the rates range from "
                f"{fmt.number(min(naive), 4)} to {fmt.number(max(naive), 4)} "
                f"({float(spread) * 100:.1f}% apart); each figure's rounding allows one rate",
            )
        return [
            Finding(
                ID,
                Outcome.PASS,
                Severity.INFO,
                ids,
                first_line,
                f"{len(pairs)} conversions share one rate: {_rate_text(estimate.common, estimate)}",
                inputs=steps,
                result=f"common implied rate {_rate_text(estimate.common, estimate)}",
                notes=notes,
            )
        ]
    return _disagreement(estimate, steps, ids, first_line)


def _disagreement(
    estimate: PairEstimate, steps: tuple[Step, ...], ids: tuple[str, ...], first_line: int
) -> list[Finding]:
    assert estimate.best is not None
    best = estimate.best
    region_text = _rate_text(best.region, estimate)
    if estimate.article_rate is None:
        return [
            Finding(
                ID,
                Outcome.FAIL,
                Severity.ERROR,
                ids,
                first_line,
                f"the {len(estimate.pairs)} conversions in {estimate.label()} cannot share one rate, "
                f"and no rate fits more than half of them (the best, {region_text}, fits "
                f"{len(best.members)})",
                inputs=steps,
                result=f"no common rate; best fit {region_text}",
                bound="one rate for all conversions",
            )
        ]
    findings = []
    for pair in estimate.outliers:
        findings.append(_outlier(pair, estimate, steps))
    return findings


def _outlier(pair: PairRate, estimate: PairEstimate, steps: tuple[Step, ...]) -> Finding:
    assert estimate.best is not None
    region = estimate.best.region
    region_text = _rate_text(region, estimate)
    claim = pair.claim
    # the figure to change is the counterpart; the value is what the article converts from
    value = claim.value
    assert value is not None and value.unit is not None
    other = pair.bottom if pair.top is value else pair.top
    assert other.unit is not None
    # the region is top per bottom: bottom = top / rate, top = bottom * rate
    needed = value.require() / region if other is pair.bottom else value.require() * region
    nearest_rate = region.nearest(pair.naive)
    sig = max(other.stated.significant_digits, 2)
    mid = needed.midpoint()
    suggestion = None
    if mid is not None:
        suggestion = (
            f'write "{fmt.article_style(mid, other.unit, sig)}" for "{other.text}" '
            f"(any figure in {fmt.interval(needed, other.unit)} fits)"
        )
    return Finding(
        ID,
        Outcome.FAIL,
        Severity.ERROR,
        (claim.id,),
        claim.line,
        f'"{pair.top.text}" and "{pair.bottom.text}" imply '
        f"{_rate_text(pair.interval, estimate)}, outside the rate {region_text} that "
        f"{len(estimate.best.members)} of {len(estimate.pairs)} conversions share",
        inputs=steps,
        result=f"implied rate {_rate_text(pair.interval, estimate)}",
        bound=f"the shared rate {region_text}",
        nearest=f"nearest consistent rate "
        f"{fmt.value(nearest_rate, currency(estimate.top), currency(estimate.bottom))} "
        f"({percent_off(pair.naive, region)} from the figures as printed)",
        suggestion=suggestion,
    )


def _references(estimate: PairEstimate) -> list[Finding]:
    if not estimate.references:
        return []
    rate = estimate.article_rate
    if rate is None:
        return []
    ids = tuple(dict.fromkeys(p.claim.id for p in estimate.pairs))
    line = min(p.claim.line for p in estimate.pairs)
    steps = [Step("article", f"implied rate {_rate_text(rate, estimate)}")]
    fits, misses = [], []
    for ref in estimate.references:
        ref_text = _rate_text(ref.interval, estimate)
        where = f"{ref.reference.id} ({ref_text}; {ref.reference.source}"
        where += f", {ref.reference.date})" if ref.reference.date else ")"
        steps.append(Step(ref.reference.id, f"{ref_text} — {ref.reference.source}"))
        if rate.intersect(ref.interval) is not None:
            fits.append(where)
        else:
            mid = ref.interval.midpoint()
            off = percent_off(mid, rate) if mid is not None else "?"
            side = (
                "below"
                if ref.interval.hi is not None and rate.lo is not None and ref.interval.hi < rate.lo
                else "above"
            )
            misses.append(f"{where} is {off} {side} it")
    if fits:
        message = "the article's implied rate fits " + "; ".join(fits)
        if misses:
            message += "; not " + "; ".join(misses)
        return [
            Finding(
                ID,
                Outcome.PASS,
                Severity.INFO,
                ids,
                line,
                message,
                inputs=tuple(steps),
                result=_rate_text(rate, estimate),
            )
        ]
    return [
        Finding(
            ID,
            Outcome.FAIL,
            Severity.WARNING,
            ids,
            line,
            f"the article's implied rate {_rate_text(rate, estimate)} fits none of the declared "
            "reference rates: " + "; ".join(misses),
            inputs=tuple(steps),
            result=_rate_text(rate, estimate),
            bound="a declared reference rate",
            notes=("the article may use a rate of another date; declare it to test against it",),
        )
    ]


def _cross_rates(table: dict[frozenset[str], PairEstimate]) -> list[Finding]:
    currencies = sorted({c for key in table for c in key})
    findings: list[Finding] = []
    article_only = {k: v for k, v in table.items() if v.article_rate is not None and v.pairs}
    for a, b, c in combinations(currencies, 3):
        ab = lookup(article_only, b, a)  # a per b
        bc = lookup(article_only, c, b)  # b per c
        ac = lookup(article_only, c, a)  # a per c
        if ab is None or bc is None or ac is None:
            continue
        through = ab[0] * bc[0]
        ids = tuple(
            dict.fromkeys(
                p.claim.id
                for key in (frozenset((a, b)), frozenset((b, c)), frozenset((a, c)))
                for p in article_only[key].pairs
            )
        )
        line = min(
            p.claim.line
            for key in (frozenset((a, b)), frozenset((a, c)))
            for p in article_only[key].pairs
        )
        unit_a, unit_b, unit_c = currency(a), currency(b), currency(c)
        steps = (
            Step(f"{a} per {b}", fmt.interval(ab[0], unit_a, unit_b)),
            Step(f"{b} per {c}", fmt.interval(bc[0], unit_b, unit_c)),
            Step(f"{a} per {c} through {b}", fmt.interval(through, unit_a, unit_c)),
            Step(f"{a} per {c} stated", fmt.interval(ac[0], unit_a, unit_c)),
        )
        if through.intersect(ac[0]) is not None:
            findings.append(
                Finding(
                    ID,
                    Outcome.PASS,
                    Severity.INFO,
                    ids,
                    line,
                    f"cross rate {a}/{b} × {b}/{c} agrees with {a}/{c}",
                    inputs=steps,
                )
            )
        else:
            mid = ac[0].midpoint()
            findings.append(
                Finding(
                    ID,
                    Outcome.FAIL,
                    Severity.ERROR,
                    ids,
                    line,
                    f"cross rates disagree: {a} per {b} times {b} per {c} gives "
                    f"{fmt.interval(through, unit_a, unit_c)}, but the article's {a}/{c} pairs imply "
                    f"{fmt.interval(ac[0], unit_a, unit_c)}",
                    inputs=steps,
                    result=fmt.interval(through, unit_a, unit_c),
                    bound=fmt.interval(ac[0], unit_a, unit_c),
                    nearest=None if mid is None else f"{percent_off(mid, through)} apart",
                    notes=(
                        "a figure converted from an already rounded figure can carry more "
                        "digits than its source supports",
                    ),
                )
            )
    return findings


def _unit_counterparts(claim: Claim) -> list[Finding]:
    value = claim.value
    if value is None or value.unit is None or value.unit.is_currency:
        return []
    findings = []
    for other in claim.counterparts:
        if other.missing or other.unit is None or other.unit.is_currency:
            continue
        steps = (stated_step(claim.id, value), stated_step(claim.id, other))
        try:
            k = factor(other.unit, value.unit)
        except ConversionError as exc:
            findings.append(
                Finding(
                    ID,
                    Outcome.FAIL,
                    Severity.ERROR,
                    (claim.id,),
                    claim.line,
                    f'"{other.text}" cannot be the same as "{value.text}": {exc}',
                    inputs=steps,
                )
            )
            continue
        converted = other.require().scale(k)
        shown = fmt.interval(converted, value.unit)
        if converted.intersect(value.require()) is not None:
            findings.append(
                Finding(
                    ID,
                    Outcome.PASS,
                    Severity.INFO,
                    (claim.id,),
                    claim.line,
                    f'"{other.text}" is {shown}, which meets "{value.text}"',
                    inputs=steps,
                    result=shown,
                )
            )
        else:
            needed = value.require().scale(1 / k)
            findings.append(
                Finding(
                    ID,
                    Outcome.FAIL,
                    Severity.ERROR,
                    (claim.id,),
                    claim.line,
                    f'"{other.text}" is {shown}, which does not meet "{value.text}"',
                    inputs=steps,
                    result=shown,
                    bound=fmt.interval(value.interval, value.unit),
                    suggestion=f'a figure in {fmt.interval(needed, other.unit)} for "{other.text}"',
                )
            )
    return findings
