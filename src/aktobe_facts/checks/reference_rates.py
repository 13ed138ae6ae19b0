"""Reference rates: the article's implied rate against declared exchange rates, by date.

References can hold rates for dates or periods ("420.91 tenge per US$" at the end of 2020, "412.95"
as the 2020 average). The check says which declared rates the article's rate fits and how far it is
from the others. A rate that fits none is a warning (the article may have used a rate of another
date). A pair whose rate is off every reference by a power of a thousand is an error with the
figure meant ("2.4 trillion soums ($190,000)": did the article mean "$190 million"?), also when the
article's pairs share no rate (the reference then tells the slipped pair from the others); the
thresholds, which no rate of another date can reach, are in :mod:`aktobe_facts.checks._scale`.
"""

from __future__ import annotations

from functools import partial

from aktobe_facts.checks._common import percent_off, rate_text, scale_words
from aktobe_facts.checks._scale import NEAR, POWERS, SLIP_BAND, slip_finding
from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.findings import Finding, Severity, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval, first_meeting, first_within
from aktobe_facts.relations.rates import PairEstimate, PairRate, ReferenceRate, rate_groups

ID = "reference-rates"
say = Verdicts(ID)
TITLE = "Implied rates fit a declared reference rate"
HELP = (
    "Compares each currency pair's implied rate with the reference rates the file declares "
    "(with their dates and sources); suggests the scale slip when a figure is off by a factor "
    "near a thousand or a million."
)


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    for estimate in sorted(rate_groups(doc), key=lambda e: e.label()):
        if estimate.pairs and estimate.references:
            findings.extend(_compare(estimate))
    return findings


def _describe(ref: ReferenceRate, estimate: PairEstimate) -> str:
    text = f"{ref.reference.id} ({rate_text(ref.interval, estimate.top, estimate.bottom)}"
    return text + (f", {ref.reference.date})" if ref.reference.date else ")")


def _reference_text(ref: ReferenceRate, estimate: PairEstimate) -> str:
    return f"{rate_text(ref.interval, estimate.top, estimate.bottom)} — {ref.reference.source}"


def _compare(estimate: PairEstimate) -> list[Finding]:
    rate = estimate.article_rate
    pairs = estimate.pairs
    ids = tuple(dict.fromkeys(p.claim.id for p in pairs))
    line = min(p.claim.line for p in pairs)
    # steps and a pass's words are made when a report shows them (findings.Text)
    references = [
        Step.later(r.reference.id, partial(_reference_text, r, estimate))
        for r in estimate.references
    ]
    if rate is None:
        # the conversions check reports pairs that do not agree among themselves; a pair off
        # every reference by a power of a thousand is named here, which tells the pairs apart
        return _slips(estimate, references)
    shown = partial(rate_text, rate, estimate.top, estimate.bottom)
    steps = [Step.later("article", lambda: f"implied rate {shown()}"), *references]
    fits: list[ReferenceRate] = []
    misses: list[ReferenceRate] = []
    for r in estimate.references:
        (fits if rate.intersect(r.interval) is not None else misses).append(r)

    def far() -> str:
        return "; ".join(
            f"{_describe(r, estimate)} is {_distance(r.interval, rate)}" for r in misses
        )

    if fits:

        def message() -> str:
            text = "the article's implied rate fits " + "; ".join(
                _describe(r, estimate) for r in fits
            )
            return text + "; not " + far() if misses else text

        return [say.passed(ids, line, message, inputs=steps, result=shown)]
    slips = _slips(estimate, steps)
    if slips:
        return slips
    return [
        say.failed(
            ids,
            line,
            f"the article's implied rate {shown()} fits none of the declared reference rates: "
            + far(),
            severity=Severity.WARNING,
            inputs=steps,
            result=shown,
            bound="a declared reference rate",
            notes=("the article may use a rate of another date; declare it to test against it",),
        )
    ]


def _distance(ref: Interval, rate: Interval) -> str:
    mid = ref.midpoint()
    if mid is None or mid <= 0:
        return "elsewhere"
    side = "below" if rate.lo is not None and mid < rate.lo else "above"
    nearest = rate.nearest(mid)
    ratio = max(nearest / mid, mid / nearest)
    if ratio > 2:
        return f"{side} it by a factor of about {fmt.number(ratio, 2)}"
    return f"{percent_off(mid, rate)} {side} it"


def _slips(estimate: PairEstimate, steps: list[Step]) -> list[Finding]:
    """Pairs whose implied rate is off every declared reference by a power of a thousand (see
    :mod:`aktobe_facts.checks._scale` for the thresholds): errors, with the figure meant."""
    refs = estimate.references
    return [
        _slip_finding(pair, refs[hit[0]], hit[1], estimate, steps)
        for pair, hit in zip(estimate.pairs, _slipped(estimate), strict=True)
        if hit is not None
    ]


def _slipped(estimate: PairEstimate) -> list[tuple[int, int] | None]:
    """For each pair, what :func:`~aktobe_facts.checks._scale.against` says of its rate and the
    references when it is a slip: ``(reference index, power)``; else ``None``.

    Found for all pairs at once with interval queries over the references (:func:`first_meeting`,
    :func:`first_within`): calibrating each pair against each reference is quadratic (10,000
    references took 107 s). A rate has a reference's magnitude when it meets the reference
    widened by :data:`NEAR` either way; it is off by 10^k from a reference inside the band that
    the rate, moved by 10^k and widened by :data:`SLIP_BAND`, allows.
    """
    pairs = estimate.pairs
    # the references there is something to compare with, and where each is in the file's list
    where: list[int] = []
    targets: list[Interval] = []
    wide: list[Interval] = []
    for index, ref in enumerate(estimate.references):
        lo, hi = ref.interval.lo, ref.interval.hi
        if lo is not None and hi is not None and lo > 0:
            where.append(index)
            targets.append(ref.interval)
            wide.append(Interval(lo / NEAR, hi * NEAR))
    # a rate that can be above zero, clamped at zero, is compared; one with no reference of its
    # magnitude can be a slip only if it is bounded and above zero
    rates = {
        i: p.interval.clamp_lo(Fraction(0))
        for i, p in enumerate(pairs)
        if p.interval.hi is None or p.interval.hi > 0
    }
    near = first_meeting(list(rates.values()), wide)
    open_ = [
        (i, rate.lo, rate.hi)
        for (i, rate), found in zip(rates.items(), near, strict=True)
        if found is None and rate.lo and rate.hi is not None
    ]
    result: list[tuple[int, int] | None] = [None] * len(pairs)
    for power in POWERS:
        factor = Fraction(10) ** power
        asked = [
            (i, Interval(hi * factor / SLIP_BAND, lo * factor * SLIP_BAND))
            for i, lo, hi in open_
            if hi * factor / SLIP_BAND <= lo * factor * SLIP_BAND
        ]
        found = first_within([band for _, band in asked], targets)
        for (i, _), first in zip(asked, found, strict=True):
            best = result[i]
            if first is not None and (best is None or where[first] < best[0]):
                result[i] = (where[first], power)
    return result


def _slip_finding(
    pair: PairRate, ref: ReferenceRate, slip: int, estimate: PairEstimate, steps: list[Step]
) -> Finding:
    implied = rate_text(pair.interval, estimate.top, estimate.bottom)
    return slip_finding(
        ID,
        pair,
        estimate,
        slip,
        off=f"from {ref.reference.id}",
        inputs=(
            *steps,
            Step(pair.claim.id, f'"{pair.top.text}" / "{pair.bottom.text}" = {implied}'),
        ),
        bound=rate_text(ref.interval, estimate.top, estimate.bottom),
        notes=(
            f"a rate off a reference by a factor of {scale_words(abs(slip))} is a scale word "
            "slipped, not a rate of another date",
        ),
    )
