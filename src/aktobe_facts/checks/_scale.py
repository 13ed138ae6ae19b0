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

from dataclasses import dataclass
from typing import Literal

from aktobe_facts import fmt
from aktobe_facts.exact import Fraction
from aktobe_facts.interval import Interval, IntervalError, positive_reciprocal

NEAR = Fraction(30)
SLIP_BAND = Fraction(5)
POWERS = (3, -3, 6, -6, 9, -9)

Verdict = Literal["near", "slip", "far"]


@dataclass(frozen=True, slots=True)
class Calibration:
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
