"""Rate magnitudes: with no declared reference, an implied rate must have the magnitude of the
currency's usual rate (the built-in table of :mod:`aktobe_facts.reading.magnitudes`).

A scale word slipped in a conversion ("2.4 trillion soums ($190,000)") moves the implied rate by a
power of a thousand. The check compares each pair's rate with the built-in annual averages of the
pair's period (the claim's ``period``, else the year of ``[article] date``, else every year of the
table), so a slip is caught even in an article with a single pair in that currency. The thresholds
(:mod:`aktobe_facts.checks._scale`) never let a rate a few times off make a finding:

* within a factor of 30 of the table for some value: a pass (info), listing the pairs;
* a power of a thousand off (every value within a factor of 5 of it): an error with the figure meant;
* otherwise far off (30 to 200 times, say): a warning, naming the factor (the currency may be
  another than the word suggests, or a figure wrong).

Currency pairs with a declared reference are left to ``reference-rates``; pairs the ``conversions``
check already reports as outliers are left to it. A currency with no row in the table, or a period
before the table's first year for the currency (or in a year its row leaves out), is said to be
untested (info).
"""

from __future__ import annotations

import re
from functools import cache, partial

from aktobe_facts.checks._common import rate_text
from aktobe_facts.checks._scale import against, factor_text, near_band, slip_finding
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Severity, Step, Verdicts
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.magnitudes import ROWS, Magnitude, magnitude
from aktobe_facts.reading.periods import PeriodError, parse_period
from aktobe_facts.relations.rates import PairEstimate, PairRate, rate_groups

ID = "rate-magnitudes"
say = Verdicts(ID)
TITLE = "Implied rates have the magnitude of the currency's usual rate"
HELP = (
    "With no declared reference rate, each currency pair's implied rate is compared with a "
    "built-in table of annual average rates against the US dollar (sources named per currency): "
    "a rate a power of a thousand off is an error with the figure meant; within a factor of 30 "
    "it passes."
)


@cache
def _year() -> re.Pattern[str]:
    return re.compile(r"\s*(\d{4})(?!\d)")


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    for estimate in sorted(rate_groups(doc), key=lambda e: e.label()):
        if estimate.pairs and not estimate.references:
            findings.extend(_estimate(doc, estimate))
    return findings


def years(doc: ClaimsFile, claim: Claim) -> tuple[int, int] | None:
    """The calendar years of a claim: its period's, else the article's date's, else ``None``."""
    if claim.period is not None:
        try:
            period = parse_period(claim.period)
        except PeriodError:
            period = None
        if period is not None:
            return period.start.year, period.end.year
    found = _year().match(doc.article.get("date") or "")
    if found is not None:
        year = int(found.group(1))
        return year, year
    return None


def _tested(estimate: PairEstimate) -> tuple[PairRate, ...]:
    """The pairs to compare: all, less those the conversions check reports as outliers."""
    if estimate.common is None and estimate.article_rate is not None:
        outliers = set(map(id, estimate.outliers))
        return tuple(p for p in estimate.pairs if id(p) not in outliers)
    return estimate.pairs


def _estimate(doc: ClaimsFile, estimate: PairEstimate) -> list[Finding]:
    top, bottom = estimate.top, estimate.bottom
    unknown = [code for code in (top, bottom) if code not in ROWS]
    pairs = _tested(estimate)
    ids = tuple(dict.fromkeys(p.claim.id for p in pairs))
    line = min(p.claim.line for p in pairs)
    if unknown:
        return [
            say.undetermined(
                ids,
                line,
                f"no built-in rate for {' and '.join(unknown)}: the magnitude of the rates in "
                f"{estimate.label()} is not tested (declare a reference rate to test them)",
                severity=Severity.INFO,
            )
        ]
    findings: list[Finding] = []
    near: list[Step] = []
    untested: list[str] = []
    for pair in pairs:
        span = years(doc, pair.claim)
        usual = magnitude(top, bottom, *(span if span is not None else (None, None)))
        if usual is None:
            untested.append(pair.claim.id)
            continue
        step = Step.later(pair.claim.id, partial(_step_text, pair, estimate, usual))
        # near some year exactly when within a factor of 30 of the range of the years (their
        # bands overlap): one comparison for most pairs
        if pair.interval.intersect(near_band(usual.range)) is not None:
            near.append(step)
            continue
        found = against(pair.interval, [Interval.point(rate) for _, rate in usual.rates])
        if found is None:
            untested.append(pair.claim.id)
            continue
        year, rate = usual.rates[found[0]]
        shown = f"{rate_text(Interval.point(rate), top, bottom)} ({year} annual average)"
        calibration = found[1]
        if calibration.verdict == "near":
            near.append(step)
        elif calibration.verdict == "slip":
            assert calibration.power is not None
            findings.append(_slip(pair, estimate, usual, calibration.power, step, shown))
        else:
            how = factor_text(calibration.ratio)
            findings.append(_far(pair, estimate, usual, how, step, shown))
    if near:
        findings.insert(0, _pass(estimate, near, ids, line))
    if untested:
        findings.append(
            say.undetermined(
                tuple(untested),
                line,
                f"the built-in table has no rate of {estimate.label()} for the period of "
                + ", ".join(f"'{i}'" for i in untested)
                + " (before its first year for the currency, or a year its source does not "
                "give): not tested",
                severity=Severity.INFO,
            )
        )
    return findings


def _usual(usual: Magnitude, estimate: PairEstimate) -> str:
    shown = rate_text(usual.range, estimate.top, estimate.bottom)
    return f"annual average {shown} ({usual.years})"


def _step_text(pair: PairRate, estimate: PairEstimate, usual: Magnitude) -> str:
    implied = rate_text(pair.interval, estimate.top, estimate.bottom)
    return (
        f'"{pair.top.text}" / "{pair.bottom.text}" = {implied}; built-in {_usual(usual, estimate)}'
    )


def _sources(usual: Magnitude) -> tuple[str, ...]:
    return tuple(f"built-in rate from: {source}" for source in usual.sources)


def _pass(estimate: PairEstimate, steps: list[Step], ids: tuple[str, ...], line: int) -> Finding:
    count = "the conversion" if len(steps) == 1 else f"the {len(steps)} conversions"
    return say.passed(
        ids,
        line,
        f"{count} in {estimate.label()} {'has' if len(steps) == 1 else 'have'} the magnitude "
        "of the built-in annual average rate (within a factor of 30): no scale word slipped",
        inputs=steps,
    )


def _slip(
    pair: PairRate, estimate: PairEstimate, usual: Magnitude, power: int, step: Step, shown: str
) -> Finding:
    return slip_finding(
        ID,
        pair,
        estimate,
        power,
        off=f"the usual rate {shown}",
        inputs=(step,),
        bound=_usual(usual, estimate),
        notes=_sources(usual),
    )


def _far(
    pair: PairRate, estimate: PairEstimate, usual: Magnitude, how: str, step: Step, shown: str
) -> Finding:
    claim = pair.claim
    implied = rate_text(pair.interval, estimate.top, estimate.bottom)
    return say.failed(
        (claim.id,),
        claim.line,
        f'"{pair.top.text}" and "{pair.bottom.text}" imply {implied}, {how} the nearest '
        f"built-in rate, {shown}: check the figures and the currencies",
        severity=Severity.WARNING,
        inputs=(step,),
        result=implied,
        bound=_usual(usual, estimate),
        notes=_sources(usual),
    )
