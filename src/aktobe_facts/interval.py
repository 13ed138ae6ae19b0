"""Exact closed intervals over the rationals.

Every stated number becomes an :class:`Interval` with exact rational ends
(:mod:`aktobe_facts.exact`), so no float rounding can ever decide a verdict. An end may be ``None`` (unbounded), which is how "more than 1,100"
(no upper end) is held.

All intervals are *closed*. "More than 1,100" is strictly above 1,100, but holding it as ``[1100, ∞)``
is the wider reading: a relation is only called inconsistent when no value of the wider interval fits,
so the closed form can never cause a false alarm (it can only miss a clash that lies exactly on an end).
"""

from __future__ import annotations

from dataclasses import dataclass

from aktobe_facts.exact import Fraction

Bound = Fraction | None


class IntervalError(ArithmeticError):
    """An operation with no meaningful interval result (such as dividing by an interval holding 0)."""


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval ``[lo, hi]``; ``None`` is an unbounded end."""

    lo: Bound
    hi: Bound

    def __post_init__(self) -> None:
        if self.lo is not None and self.hi is not None and self.lo > self.hi:
            raise IntervalError(f"empty interval [{self.lo}, {self.hi}]")

    # -- construction -------------------------------------------------------------------------
    @staticmethod
    def point(value: Fraction | int) -> Interval:
        v = Fraction(value)
        return Interval(v, v)

    @staticmethod
    def around(value: Fraction, half_width: Fraction) -> Interval:
        return Interval(value - half_width, value + half_width)

    # -- predicates ---------------------------------------------------------------------------
    @property
    def bounded(self) -> bool:
        return self.lo is not None and self.hi is not None

    @property
    def is_point(self) -> bool:
        return self.lo is not None and self.lo == self.hi

    def contains(self, value: Fraction | int) -> bool:
        v = Fraction(value)
        return (self.lo is None or self.lo <= v) and (self.hi is None or v <= self.hi)

    def is_positive(self) -> bool:
        """True when every value is strictly above zero."""
        return self.lo is not None and self.lo > 0

    # -- set operations -----------------------------------------------------------------------
    def intersect(self, other: Interval) -> Interval | None:
        """The common part, or ``None`` when the two do not meet."""
        lo = _max_lo(self.lo, other.lo)
        hi = _min_hi(self.hi, other.hi)
        if lo is not None and hi is not None and lo > hi:
            return None
        return Interval(lo, hi)

    def hull(self, other: Interval) -> Interval:
        lo = None if self.lo is None or other.lo is None else min(self.lo, other.lo)
        hi = None if self.hi is None or other.hi is None else max(self.hi, other.hi)
        return Interval(lo, hi)

    def distance(self, value: Fraction) -> Fraction:
        """How far ``value`` lies outside the interval (0 when inside)."""
        if self.lo is not None and value < self.lo:
            return self.lo - value
        if self.hi is not None and value > self.hi:
            return value - self.hi
        return Fraction(0)

    def nearest(self, value: Fraction) -> Fraction:
        """The value of the interval closest to ``value``."""
        if self.lo is not None and value < self.lo:
            return self.lo
        if self.hi is not None and value > self.hi:
            return self.hi
        return value

    def midpoint(self) -> Fraction | None:
        if self.lo is None or self.hi is None:
            return None
        return (self.lo + self.hi) / 2

    def clamp_lo(self, floor: Fraction) -> Interval:
        """Raise the lower end to ``floor`` (used for quantities that cannot be negative)."""
        lo = floor if self.lo is None or self.lo < floor else self.lo
        hi = self.hi if self.hi is None or self.hi >= lo else lo
        return Interval(lo, hi)

    # -- arithmetic ---------------------------------------------------------------------------
    def __add__(self, other: Interval) -> Interval:
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        return Interval(lo, hi)

    def __neg__(self) -> Interval:
        return Interval(
            None if self.hi is None else -self.hi, None if self.lo is None else -self.lo
        )

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def scale(self, factor: Fraction | int) -> Interval:
        f = Fraction(factor)
        lo = None if self.lo is None else self.lo * f
        hi = None if self.hi is None else self.hi * f
        return Interval(lo, hi) if f >= 0 else Interval(hi, lo)

    def __mul__(self, other: Interval) -> Interval:
        if _non_negative(self) and _non_negative(other):
            # the common case (amounts, counts, rates): the ends multiply in order
            assert self.lo is not None and other.lo is not None
            lo = self.lo * other.lo
            hi = None if self.hi is None or other.hi is None else self.hi * other.hi
            return Interval(lo, hi)
        if self.bounded and other.bounded:
            assert self.lo is not None and self.hi is not None
            assert other.lo is not None and other.hi is not None
            products = [
                self.lo * other.lo,
                self.lo * other.hi,
                self.hi * other.lo,
                self.hi * other.hi,
            ]
            return Interval(min(products), max(products))
        return Interval(None, None)

    def reciprocal(self) -> Interval:
        """``1 / x`` for an interval that does not hold zero."""
        if self.contains(0):
            raise IntervalError("division by an interval that contains zero")
        if self.lo is not None and self.lo > 0:
            return Interval(
                Fraction(0) if self.hi is None else 1 / self.hi,
                1 / self.lo,
            )
        # wholly negative
        assert self.hi is not None
        return Interval(1 / self.hi, Fraction(0) if self.lo is None else 1 / self.lo)

    def __truediv__(self, other: Interval) -> Interval:
        return self * other.reciprocal()


def _non_negative(x: Interval) -> bool:
    return x.lo is not None and x.lo >= 0


def _max_lo(a: Bound, b: Bound) -> Bound:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def _min_hi(a: Bound, b: Bound) -> Bound:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def intersect_all(intervals: list[Interval]) -> Interval | None:
    """The common part of all intervals, or ``None`` when there is none."""
    if not intervals:
        return None
    result: Interval | None = intervals[0]
    for item in intervals[1:]:
        if result is None:
            return None
        result = result.intersect(item)
    return result


@dataclass(frozen=True, slots=True)
class BestFit:
    """The region where the greatest number of intervals overlap, and which ones do."""

    region: Interval
    members: tuple[int, ...]


def best_overlap(intervals: list[Interval]) -> BestFit:
    """Find the region covered by the most intervals with one sweep over their ends.

    The sweep sorts the ends once (O(n log n)); at equal positions an opening end is counted
    before a closing one, because the intervals are closed and touching ones share a point.
    Ties between regions of equal count go to the leftmost region.
    """
    if not intervals:
        raise ValueError("best_overlap needs at least one interval")
    # ends: (position, kind, index); kind 0 opens, 1 closes; None lower ends sort first.
    events: list[tuple[int, Fraction, int, int]] = []
    for index, item in enumerate(intervals):
        events.append((0, Fraction(0), 0, index) if item.lo is None else (1, item.lo, 0, index))
        events.append((2, Fraction(0), 1, index) if item.hi is None else (1, item.hi, 1, index))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    active: set[int] = set()
    best_count = -1
    best_lo: Bound = None
    best_members: frozenset[int] = frozenset()
    best_hi: Bound = None
    tracking = False
    for tier, pos, kind, index in events:
        position: Bound = None if tier != 1 else pos
        if kind == 0:
            active.add(index)
            if len(active) > best_count:
                best_count = len(active)
                best_lo = position
                best_members = frozenset(active)
                tracking = True
        else:
            if tracking:
                best_hi = position
                tracking = False
            active.discard(index)
    return BestFit(Interval(best_lo, best_hi), tuple(sorted(best_members)))


def positive_reciprocal(x: Interval) -> Interval:
    """``1 / x`` for an interval of positive magnitudes whose lower end may be the limit 0.

    Amounts, counts and rates are above zero; a bound written "less than US$1 million" is held as
    [0, 1 million], where 0 is a limit, not a value. Its reciprocal is [1/hi, ∞) (and [0, ∞) when
    ``x`` has no upper end). Raises :class:`IntervalError` when ``x`` holds no positive value.
    """
    if x.hi is not None and x.hi <= 0:
        raise IntervalError("the reciprocal of an interval with no positive value")
    if x.lo is not None and x.lo < 0:
        raise IntervalError("positive_reciprocal of an interval with negative values")
    lo = Fraction(0) if x.hi is None else 1 / x.hi
    hi = None if x.lo is None or x.lo == 0 else 1 / x.lo
    return Interval(lo, hi)
