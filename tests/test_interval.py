"""Exact interval arithmetic, checked against brute-force sampling of the intervals' points."""

from __future__ import annotations

import operator
from collections.abc import Callable
from fractions import Fraction
from itertools import product

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from aktobe_facts.reading.interval import (
    Interval,
    IntervalError,
    best_overlap,
    intersect_all,
)

F = Fraction
Op = Callable[[Fraction, Fraction], Fraction]

fractions = st.builds(Fraction, st.integers(-600, 600), st.integers(1, 12))
unit_steps = st.lists(st.builds(Fraction, st.integers(0, 16), st.just(16)), min_size=1, max_size=4)
FAR = (F(1), F(7, 2), F(1000), F(10**6))


@st.composite
def bounded(draw: st.DrawFn) -> Interval:
    a, b = draw(fractions), draw(fractions)
    return Interval(min(a, b), max(a, b))


@st.composite
def any_interval(draw: st.DrawFn) -> Interval:
    iv = draw(bounded())
    lo = None if draw(st.integers(0, 3)) == 0 else iv.lo
    hi = None if draw(st.integers(0, 3)) == 0 else iv.hi
    return Interval(lo, hi)


def points(iv: Interval, steps: list[Fraction]) -> list[Fraction]:
    """Points of ``iv``: its finite ends, points in between, and far points along unbounded sides."""
    out: list[Fraction] = []
    if iv.lo is not None and iv.hi is not None:
        out += [iv.lo, iv.hi, (iv.lo + iv.hi) / 2]
        out += [iv.lo + t * (iv.hi - iv.lo) for t in steps]
    elif iv.lo is not None:
        out += [iv.lo] + [iv.lo + d * (1 + t) for d in FAR for t in steps[:1]]
    elif iv.hi is not None:
        out += [iv.hi] + [iv.hi - d * (1 + t) for d in FAR for t in steps[:1]]
    else:
        out += [F(0), *(d for d in FAR), *(-d for d in FAR), *steps]
    if iv.contains(0):
        out.append(F(0))
    assert all(iv.contains(p) for p in out)
    return out


def ends(iv: Interval) -> list[Fraction]:
    assert iv.lo is not None and iv.hi is not None
    return [iv.lo, iv.hi]


OPS: dict[str, tuple[Op, Callable[[Interval, Interval], Interval]]] = {
    "+": (operator.add, operator.add),
    "-": (operator.sub, operator.sub),
    "*": (operator.mul, operator.mul),
}


# -- soundness and tightness ------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(any_interval(), any_interval(), unit_steps, st.sampled_from(sorted(OPS)))
def test_add_sub_mul_are_sound(a: Interval, b: Interval, steps: list[Fraction], name: str) -> None:
    point_op, interval_op = OPS[name]
    result = interval_op(a, b)
    for x, y in product(points(a, steps), points(b, steps)):
        assert result.contains(point_op(x, y)), (a, name, b, x, y, result)


@settings(max_examples=150, deadline=None)
@given(bounded(), bounded(), st.sampled_from(sorted(OPS)))
def test_add_sub_mul_of_bounded_are_tight(a: Interval, b: Interval, name: str) -> None:
    point_op, interval_op = OPS[name]
    result = interval_op(a, b)
    corners = [point_op(x, y) for x, y in product(ends(a), ends(b))]
    assert result.bounded
    assert result.lo == min(corners)
    assert result.hi == max(corners)


@settings(max_examples=150, deadline=None)
@given(any_interval(), any_interval(), unit_steps)
def test_division_is_sound_or_refuses_zero(a: Interval, b: Interval, steps: list[Fraction]) -> None:
    if b.contains(0):
        with pytest.raises(IntervalError, match="contains zero"):
            _ = a / b
        return
    result = a / b
    for x, y in product(points(a, steps), points(b, steps)):
        assert result.contains(x / y), (a, b, x, y, result)


@settings(max_examples=150, deadline=None)
@given(bounded(), bounded())
def test_division_of_bounded_is_tight(a: Interval, b: Interval) -> None:
    assume(not b.contains(0))
    result = a / b
    corners = [x / y for x, y in product(ends(a), ends(b))]
    assert result.lo == min(corners) and result.hi == max(corners)


@settings(max_examples=150, deadline=None)
@given(any_interval(), unit_steps)
def test_reciprocal(a: Interval, steps: list[Fraction]) -> None:
    if a.contains(0):
        with pytest.raises(IntervalError):
            a.reciprocal()
        return
    result = a.reciprocal()
    for x in points(a, steps):
        assert result.contains(1 / x)
    if a.bounded:
        assert sorted(ends(result)) == sorted(1 / x for x in ends(a))
    else:
        # 1/x tends to 0 along the unbounded side, so 0 is the tight end there
        assert 0 in (result.lo, result.hi)


@settings(max_examples=150, deadline=None)
@given(any_interval(), fractions, unit_steps)
def test_scale(a: Interval, k: Fraction, steps: list[Fraction]) -> None:
    result = a.scale(k)
    for x in points(a, steps):
        assert result.contains(x * k)
    if a.bounded:
        assert sorted(ends(result)) == sorted(x * k for x in ends(a))


@settings(max_examples=150, deadline=None)
@given(any_interval())
def test_negation_swaps_the_ends(a: Interval) -> None:
    n = -a
    assert n.lo == (None if a.hi is None else -a.hi)
    assert n.hi == (None if a.lo is None else -a.lo)
    assert -n == a


@settings(max_examples=150, deadline=None)
@given(any_interval(), any_interval(), unit_steps)
def test_intersect_matches_brute_force(a: Interval, b: Interval, steps: list[Fraction]) -> None:
    result = a.intersect(b)
    # a common point exists exactly when the larger lower end is not above the smaller upper end
    los = [x for x in (a.lo, b.lo) if x is not None]
    his = [x for x in (a.hi, b.hi) if x is not None]
    meet = not los or not his or max(los) <= min(his)
    assert (result is not None) == meet
    assert a.intersect(b) == b.intersect(a)
    for x in points(a, steps) + points(b, steps):
        in_both = a.contains(x) and b.contains(x)
        assert in_both == (result is not None and result.contains(x))
    if result is not None:
        assert result.lo == (max(los) if len(los) else None)
        assert result.hi == (min(his) if len(his) else None)


@settings(max_examples=150, deadline=None)
@given(any_interval(), any_interval(), unit_steps)
def test_hull_is_the_smallest_cover(a: Interval, b: Interval, steps: list[Fraction]) -> None:
    h = a.hull(b)
    for x in points(a, steps) + points(b, steps):
        assert h.contains(x)
    assert h.lo == (None if a.lo is None or b.lo is None else min(a.lo, b.lo))
    assert h.hi == (None if a.hi is None or b.hi is None else max(a.hi, b.hi))


@settings(max_examples=150, deadline=None)
@given(st.lists(any_interval(), min_size=1, max_size=6))
def test_intersect_all_is_the_fold(items: list[Interval]) -> None:
    expected: Interval | None = items[0]
    for item in items[1:]:
        expected = None if expected is None else expected.intersect(item)
    assert intersect_all(items) == expected


# -- best_overlap -----------------------------------------------------------------------------

small_ends = st.integers(min_value=-6, max_value=6).map(Fraction)


@st.composite
def crowded(draw: st.DrawFn) -> Interval:
    """Intervals over a few integer ends, so that ties and touching ends are frequent."""
    a, b = draw(small_ends), draw(small_ends)
    lo, hi = min(a, b), max(a, b)
    return Interval(
        None if draw(st.integers(0, 5)) == 0 else lo,
        None if draw(st.integers(0, 5)) == 0 else hi,
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(crowded(), min_size=1, max_size=8))
def test_best_overlap_matches_brute_force(items: list[Interval]) -> None:
    best = best_overlap(items)
    finite = sorted({e for iv in items for e in (iv.lo, iv.hi) if e is not None})
    candidates = [F(-100), *finite, F(100)]

    def depth(x: Fraction) -> int:
        return sum(1 for iv in items if iv.contains(x))

    most = max(depth(x) for x in candidates)
    assert len(best.members) == most
    members = [items[i] for i in best.members]
    # the region is exactly where all the members meet, and they all contain it
    assert intersect_all(members) == best.region
    for iv in members:
        assert iv.intersect(best.region) == best.region
    # nothing outside the members covers its points
    probe = best.region.lo if best.region.lo is not None else F(-100)
    assert {i for i, iv in enumerate(items) if iv.contains(probe)} == set(best.members)
    # ties go to the leftmost region
    if best.region.lo is not None:
        assert all(depth(x) < most for x in candidates if x < best.region.lo)


def test_best_overlap_examples() -> None:
    items = [Interval(F(1), F(3)), Interval(F(2), F(5)), Interval(F(10), F(12))]
    best = best_overlap(items)
    assert best.members == (0, 1)
    assert best.region == Interval(F(2), F(3))
    # touching closed intervals share their end
    touching = best_overlap([Interval(F(0), F(1)), Interval(F(1), F(2))])
    assert touching.region == Interval.point(1) and touching.members == (0, 1)
    # a tie goes left
    tie = best_overlap([Interval(F(5), F(6)), Interval(F(0), F(1))])
    assert tie.region == Interval(F(0), F(1)) and tie.members == (1,)
    # unbounded ends
    open_ended = best_overlap([Interval(None, F(4)), Interval(F(2), None), Interval(F(3), F(9))])
    assert open_ended.region == Interval(F(3), F(4)) and open_ended.members == (0, 1, 2)
    everything = best_overlap([Interval(None, None), Interval(None, F(0))])
    assert everything.region == Interval(None, F(0)) and everything.members == (0, 1)


def test_best_overlap_needs_an_interval() -> None:
    with pytest.raises(ValueError, match="at least one"):
        best_overlap([])


# -- examples and the rest of the API ---------------------------------------------------------


def test_arithmetic_examples() -> None:
    a, b = Interval(F(1), F(2)), Interval(F(-3), F(4))
    assert a + b == Interval(F(-2), F(6))
    assert a - b == Interval(F(-3), F(5))
    assert a * b == Interval(F(-6), F(8))
    assert Interval(F(6), F(8)) / Interval(F(2), F(4)) == Interval(F(3, 2), F(4))
    assert Interval(F(-4), F(-2)).reciprocal() == Interval(F(-1, 2), F(-1, 4))
    assert a.scale(-2) == Interval(F(-4), F(-2))


def test_unbounded_examples() -> None:
    more = Interval(F(1100), None)
    assert more + Interval(F(1), F(2)) == Interval(F(1101), None)
    assert more * Interval(F(2), F(3)) == Interval(F(2200), None)
    assert more / Interval(F(2), F(4)) == Interval(F(275), None)
    assert Interval(F(2), None).reciprocal() == Interval(F(0), F(1, 2))
    assert Interval(None, F(-4)).reciprocal() == Interval(F(-1, 4), F(0))
    assert Interval(F(1), F(3)) / Interval(F(2), None) == Interval(F(0), F(3, 2))
    assert (-more).lo is None and (-more).hi == -1100
    assert Interval(F(-1), F(2)) * more == Interval(None, None)
    assert not more.bounded and more.contains(10**30) and not more.contains(1099)


@pytest.mark.parametrize(
    "zero",
    [
        Interval(F(-1), F(1)),
        Interval(F(0), F(2)),
        Interval(F(-2), F(0)),
        Interval.point(0),
        Interval(None, None),
        Interval(None, F(0)),
        Interval(F(0), None),
        Interval(None, F(5)),
        Interval(F(-5), None),
    ],
)
def test_division_by_an_interval_holding_zero(zero: Interval) -> None:
    with pytest.raises(IntervalError, match="contains zero"):
        _ = Interval(F(1), F(2)) / zero


def test_empty_interval_is_refused() -> None:
    with pytest.raises(IntervalError, match="empty interval"):
        Interval(F(2), F(1))
    assert Interval(F(1), F(1)).is_point


def test_helpers() -> None:
    iv = Interval(F(10), F(20))
    assert iv.distance(F(5)) == 5 and iv.distance(F(25)) == 5 and iv.distance(F(15)) == 0
    assert iv.nearest(F(5)) == 10 and iv.nearest(F(25)) == 20 and iv.nearest(F(12)) == 12
    assert iv.midpoint() == 15 and Interval(F(1), None).midpoint() is None
    assert Interval.around(F(10), F(1, 2)) == Interval(F(19, 2), F(21, 2))
    assert Interval(F(-3), F(5)).clamp_lo(F(0)) == Interval(F(0), F(5))
    assert Interval(None, F(5)).clamp_lo(F(0)) == Interval(F(0), F(5))
    assert Interval(F(2), F(5)).clamp_lo(F(0)) == Interval(F(2), F(5))
    assert Interval(F(-5), F(-3)).clamp_lo(F(0)) == Interval.point(0)
    assert Interval(F(1), F(2)).is_positive() and not Interval(F(0), F(2)).is_positive()
    assert not Interval(None, F(2)).is_positive()
    assert intersect_all([]) is None
