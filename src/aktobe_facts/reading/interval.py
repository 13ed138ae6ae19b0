"""Exact closed intervals over the rationals.

Every stated number becomes an :class:`Interval` with exact rational ends
(:mod:`aktobe_facts.reading.exact`), so no float rounding can ever decide a verdict. An end may be ``None`` (unbounded), which is how "more than 1,100"
(no upper end) is held.

All intervals are *closed*. "More than 1,100" is strictly above 1,100, but holding it as ``[1100, ∞)``
is the wider reading: a relation is only called inconsistent when no value of the wider interval fits,
so the closed form can never cause a false alarm (it can only miss a clash that lies exactly on an end).
"""

from __future__ import annotations

from bisect import bisect_right

from msgspec import Struct

from aktobe_facts.reading.exact import Fraction

Bound = Fraction | None


class IntervalError(ArithmeticError):
    """An operation with no meaningful interval result (such as dividing by an interval holding 0)."""


class Interval(Struct, frozen=True):
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


def intersect_others(intervals: list[Interval]) -> list[Interval | None]:
    """For each interval, the common part of all the others (``None`` when they do not meet):
    what :func:`intersect_all` gives with that one left out, for all of them in linear time."""
    whole = Interval(None, None)
    before: list[Interval | None] = [whole]
    for item in intervals[:-1]:
        last = before[-1]
        before.append(None if last is None else last.intersect(item))
    result: list[Interval | None] = [None] * len(intervals)
    after: Interval | None = whole
    for index in range(len(intervals) - 1, -1, -1):
        first = before[index]
        result[index] = None if first is None or after is None else first.intersect(after)
        item = intervals[index]
        after = None if after is None else after.intersect(item)
    return result


class BestFit(Struct, frozen=True):
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
    active = 0
    best_count = -1
    best_at = 0  # the event where the best region starts
    best_lo: Bound = None
    best_hi: Bound = None
    tracking = False
    for at, (tier, pos, kind, _index) in enumerate(events):
        position: Bound = None if tier != 1 else pos
        if kind == 0:
            active += 1
            if active > best_count:
                best_count, best_at, best_lo = active, at, position
                tracking = True
        else:
            if tracking:
                best_hi = position
                tracking = False
            active -= 1
    # the members: the intervals open at that event (replayed once, rather than a copy of the
    # open set each time the count grows, which is quadratic for nested intervals)
    members: set[int] = set()
    for _tier, _pos, kind, index in events[: best_at + 1]:
        if kind == 0:
            members.add(index)
        else:
            members.discard(index)
    return BestFit(Interval(best_lo, best_hi), tuple(sorted(members)))


def first_meeting(queries: list[Interval], targets: list[Interval]) -> list[int | None]:
    """For each query, the lowest index of a target it meets (``None`` when it meets none):
    ``[x, y]`` meets ``[a, b]`` when ``a <= y`` and ``b >= x``."""
    return _least_dominated(
        [(_key(q.hi, 1), _neg(_key(q.lo, -1))) for q in queries],
        [(_key(t.lo, -1), _neg(_key(t.hi, 1))) for t in targets],
    )


def first_within(queries: list[Interval], targets: list[Interval]) -> list[int | None]:
    """For each query, the lowest index of a target that lies inside it (``None`` when none
    does): ``[a, b]`` lies in ``[x, y]`` when ``a >= x`` and ``b <= y``."""
    return _least_dominated(
        [(_neg(_key(q.lo, -1)), _key(q.hi, 1)) for q in queries],
        [(_neg(_key(t.lo, -1)), _key(t.hi, 1)) for t in targets],
    )


_Key = tuple[int, Fraction]  # (0, 0): minus infinity; (1, v): v; (2, 0): plus infinity


def _key(end: Bound, unbounded: int) -> _Key:
    """An interval end as a sort key; ``unbounded`` is -1 for a lower end, 1 for an upper."""
    return (1 + unbounded, Fraction(0)) if end is None else (1, end)


def _neg(key: _Key) -> _Key:
    return (2 - key[0], -key[1])


def _least_dominated(
    queries: list[tuple[_Key, _Key]], targets: list[tuple[_Key, _Key]]
) -> list[int | None]:
    """For each query ``(u, v)``, the lowest index of a target ``(s, t)`` with ``s <= u`` and
    ``t <= v``, or ``None``.

    One sweep over the queries by ``u`` adds the targets by ``s`` to a Fenwick tree of least
    indexes kept in the order of ``t``: O((queries + targets) log targets), where testing every
    query against every target is quadratic (10,000 reference rates took 107 s).
    """
    n = len(targets)
    result: list[int | None] = [None] * len(queries)
    if n == 0:
        return result
    by_t = sorted(range(n), key=lambda j: targets[j][1])
    rank = [0] * n
    for r, j in enumerate(by_t):
        rank[j] = r + 1
    t_keys = [targets[j][1] for j in by_t]
    by_s = sorted(range(n), key=lambda j: targets[j][0])
    tree = [n] * (n + 1)  # least index in each Fenwick range; n stands for none
    added = 0
    for i in sorted(range(len(queries)), key=lambda i: queries[i][0]):
        u, v = queries[i]
        while added < n and targets[by_s[added]][0] <= u:
            index = by_s[added]
            position = rank[index]
            while position <= n:
                tree[position] = min(tree[position], index)
                position += position & -position
            added += 1
        count = bisect_right(t_keys, v)
        least = n
        while count > 0:
            least = min(least, tree[count])
            count -= count & -count
        result[i] = None if least == n else least
    return result


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
