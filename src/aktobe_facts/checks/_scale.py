"""Scale slips of a rate: is an implied rate off from a reference by a power of a thousand?

Shared by ``reference-rates`` (declared references) and ``rate-magnitudes`` (the built-in table),
and meant for the joint solver too: pure functions of intervals.

The thresholds, chosen so that no rate a few percent, or even several times, off is ever called a
slip (a reference of another date, a coarse built-in table, a devaluation within the year):

* :data:`NEAR` = 30: when some value of ``rate / reference`` lies within a factor of 30 either way,
  the rate has the reference's magnitude. Nothing more is said (the other checks test closeness).
* :data:`SLIP_BAND` = 5: a slip of 10^k (k = ±3, ±6, ±9: a thousand, a million, a billion) is
  called only when *every* value of ``rate / reference``, moved by 10^k, lies within a factor of 5
  of 1. With a thousand between slips, a ratio between 30 and 200 (or 5,000 and 200,000, ...) is
  neither near nor a slip: it is only "far".

Only a bounded ratio of positive values can be a slip: a rate from an open-ended figure ("over 6.8
billion manat", a rate of at least 1.68) has every large enough factor "fit", and says nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from msgspec import Struct

from aktobe_facts.checks._common import rate_text, scale_words
from aktobe_facts.findings import Finding, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval, IntervalError, positive_reciprocal
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.relations.rates import PairEstimate, PairRate

NEAR = Fraction(30)
SLIP_BAND = Fraction(5)
POWERS = (3, -3, 6, -6, 9, -9)

Verdict = Literal["near", "slip", "far"]


class Calibration(Struct, frozen=True):
    """How a rate compares with a reference: ``ratio`` = rate / reference, as an interval."""

    ratio: Interval
    verdict: Verdict
    power: int | None = None  # for a slip: rate × 10^power has the reference's magnitude


def calibrate(rate: Interval, reference: Interval) -> Calibration | None:
    """Compare ``rate`` with ``reference`` (both positive magnitudes, in the same orientation).

    ``None`` when the reference has no positive bounded value to compare with.
    """
    if reference.lo is None or reference.hi is None or reference.lo <= 0:
        return None
    if rate.hi is not None and rate.hi <= 0:
        return None
    try:
        ratio = rate.clamp_lo(Fraction(0)) * positive_reciprocal(reference)
    except IntervalError:
        return None
    if ratio.intersect(Interval(1 / NEAR, NEAR)) is not None:
        return Calibration(ratio, "near")
    if ratio.lo is not None and ratio.hi is not None and ratio.lo > 0:
        band = Interval(1 / SLIP_BAND, SLIP_BAND)
        for power in POWERS:
            moved = ratio.scale(Fraction(10) ** power)
            assert moved.lo is not None and moved.hi is not None
            if band.contains(moved.lo) and band.contains(moved.hi):
                return Calibration(ratio, "slip", power)
    return Calibration(ratio, "far")


@lru_cache(maxsize=256)
def near_band(reference: Interval) -> Interval:
    """The rates :func:`calibrate` calls near ``reference`` (positive and bounded): within a
    factor of :data:`NEAR` of it, [lo / 30, hi × 30]."""
    assert reference.lo is not None and reference.hi is not None
    return Interval(reference.lo / NEAR, reference.hi * NEAR)


def against(rate: Interval, references: Sequence[Interval]) -> tuple[int, Calibration] | None:
    """Compare ``rate`` with several references (declared rates, or the built-in rates of the
    years of a period): the index of the one that decides, and its calibration.

    Near when it is near any; otherwise a slip when it is a slip from some (the first); otherwise
    far from the closest. ``None`` when no reference can be compared with.
    """
    far: tuple[Fraction, int, Calibration] | None = None
    slip: tuple[int, Calibration] | None = None
    for index, reference in enumerate(references):
        found = calibrate(rate, reference)
        if found is None:
            continue
        if found.verdict == "near":
            return index, found
        if found.verdict == "slip":
            slip = slip or (index, found)
            continue
        ratio = found.ratio
        distance = ratio.lo if ratio.lo is not None and ratio.lo > 1 else _inverse(ratio.hi)
        if far is None or distance < far[0]:
            far = (distance, index, found)
    if slip is not None:
        return slip
    return None if far is None else (far[1], far[2])


def _inverse(x: Fraction | None) -> Fraction:
    assert x is not None and x > 0
    return 1 / x


def factor_text(ratio: Interval) -> str:
    """``about 1,260 times above`` / ``at least 40 times below``: how far a "far" ratio is."""
    if ratio.lo is not None and ratio.lo > 1:
        if ratio.hi is None:
            return f"at least {fmt.number(ratio.lo, 2)} times above"
        return f"{_between(ratio.lo, ratio.hi)} times above"
    assert ratio.hi is not None
    if ratio.lo is None or ratio.lo == 0:
        return f"at least {fmt.number(1 / ratio.hi, 2)} times below"
    return f"{_between(1 / ratio.hi, 1 / ratio.lo)} times below"


def _between(low: Fraction, high: Fraction) -> str:
    a, b = fmt.number(low, 2), fmt.number(high, 2)
    return f"about {a}" if a == b else f"{a} to {b}"


def slip_finding(
    check: str,
    pair: PairRate,
    estimate: PairEstimate,
    power: int,
    *,
    off: str,
    inputs: tuple[Step, ...],
    bound: str,
    notes: tuple[str, ...],
) -> Finding:
    """The error for a pair whose rate × 10^power has the magnitude of ``off`` (a reference or
    the built-in rate): the converted figure as the article meant it is suggested."""
    claim = pair.claim
    # the figure to change is the counterpart; the value is what the article converts from
    value, other = pair.sides()
    assert value is not None
    implied = rate_text(pair.interval, estimate.top, estimate.bottom)
    return Verdicts(check).failed(
        (claim.id,),
        claim.line,
        f'"{value.text}" for "{other.text}" implies {implied}, off {off} by a factor of '
        f"{scale_words(abs(power))}: a scale word slipped",
        inputs=inputs,
        result=implied,
        bound=bound,
        suggestion=f'did the article mean "{corrected(pair, other, power)}" for "{other.text}"?',
        notes=notes,
    )


def corrected(pair: PairRate, other: Quantity, slip: int) -> str:
    """``other`` as the article meant it, when the pair's rate × 10^slip is the right one.

    rate = top / bottom: the rate moves by 10^slip when the bottom moves by 10^-slip or the top
    by 10^slip.
    """
    exponent = -slip if other is pair.bottom else slip
    sig = max(other.stated.significant_digits, 2)
    return fmt.article_style(other.value * Fraction(10) ** exponent, other.unit, sig)
