"""A sound verdict on one constraint over the stated intervals: pass, fail or undetermined.

* **fail** only when interval arithmetic (:mod:`aktobe_facts.interval`) proves that no values
  inside the intervals satisfy it: the interval of ``left - right`` lies wholly on the wrong side
  of zero. Interval arithmetic can only widen a range, never narrow it, so this is never a false
  alarm.
* **pass** only with a witness: values inside the intervals for which the relation holds exactly.
  For an equation, two points inside the intervals on either side of zero, with no divisor that
  can be zero anywhere inside them, prove a root between them (the function is continuous); the
  root is found exactly when the figure that changes along the last step appears once (the
  function is then a ratio of two linear functions of it), else bracketed by halving.
* **undetermined** otherwise: interval arithmetic overstates the range of an expression that uses
  a figure twice, so a relation neither proved broken nor shown to hold is left open, as is one
  whose divisor may be zero.

Unbounded figures ("more than 1,100") are searched for witnesses inside finite parts of their
range (a witness there is a witness of the whole); the failure test uses the whole range.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import product

from aktobe_facts.exact import Fraction
from aktobe_facts.findings import Outcome
from aktobe_facts.interval import Interval, IntervalError
from aktobe_facts.solve.expr import BinOp, Const, Constraint, Expr, Neg, Var, evaluate, holds

MAX_CORNERS_VARIABLES = 10
"""Up to this many figures, every corner of their box is tried as a witness (2^10 = 1,024)."""

_HALVINGS = 64
_PROBES = (2, 8, 20)  # powers of ten: how far an unbounded end is searched for a witness

Point = dict[str, Fraction]


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome with its arithmetic, in the unit of the constraint's left side."""

    outcome: Outcome
    left: Interval | None  # None when a divisor may be zero
    right: Interval | None
    witness: Mapping[str, Fraction] | None = None  # values inside the intervals that satisfy it
    exact: bool = True  # False: ``witness`` is within a bracket around a root (``other``)
    other: Mapping[str, Fraction] | None = None  # the far side of the bracket
    reason: str | None = None  # why undetermined


def evaluate_interval(expr: Expr, intervals: Mapping[str, Interval]) -> Interval:
    """The natural interval extension of ``expr`` (raises :class:`IntervalError` on ``/ 0``)."""
    if isinstance(expr, Var):
        return intervals[expr.name]
    if isinstance(expr, Const):
        return Interval.point(expr.value)
    if isinstance(expr, Neg):
        return -evaluate_interval(expr.operand, intervals)
    a = evaluate_interval(expr.left, intervals)
    b = evaluate_interval(expr.right, intervals)
    if expr.op == "+":
        return a + b
    if expr.op == "-":
        return a - b
    if expr.op == "*":
        return a * b
    return a / b


def judge(constraint: Constraint, intervals: Mapping[str, Interval]) -> Verdict:
    """Decide ``constraint`` for values inside ``intervals`` (one per variable it reads)."""
    difference: Expr = BinOp("-", constraint.left, constraint.right)
    left: Interval | None
    right: Interval | None
    try:
        left = evaluate_interval(constraint.left, intervals)
        right = evaluate_interval(constraint.right, intervals)
    except IntervalError:
        left = right = None
    if left is not None and right is not None and _broken(constraint.rel, left - right):
        return Verdict(Outcome.FAIL, left, right)
    continuous = left is not None
    counts = _occurrences(difference)
    for box in _finite_boxes(sorted(counts), intervals, _scale(difference, intervals)):
        found = _witness(constraint, difference, box, continuous)
        if found is not None:
            return Verdict(Outcome.PASS, left, right, *found)
    if left is None:
        reason = "a divisor may be zero for values inside the stated intervals"
    elif any(n > 1 for n in counts.values()):
        reason = (
            "interval arithmetic cannot decide: a figure used more than once makes the range "
            "of the expression look wider than it is, and no values tried satisfy the relation"
        )
    else:
        reason = (
            "no values tried inside the stated intervals satisfy the relation, and none "
            "can be ruled out (a figure with no upper or lower end)"
        )
    return Verdict(Outcome.UNDETERMINED, left, right, reason=reason)


def _broken(rel: str, d: Interval) -> bool:
    """Whether ``left - right`` inside ``d`` can never satisfy ``rel`` (``d`` over-approximates)."""
    if rel == "=":
        return not d.contains(0)
    if rel in ("<=", "<"):
        return d.lo is not None and (d.lo > 0 if rel == "<=" else d.lo >= 0)
    return d.hi is not None and (d.hi < 0 if rel == ">=" else d.hi <= 0)


def _scale(expr: Expr, intervals: Mapping[str, Interval]) -> Fraction:
    """The largest magnitude among the constants and finite ends an expression reads (at least 1)."""
    sizes = [Fraction(1)]
    stack = [expr]
    while stack:
        item = stack.pop()
        if isinstance(item, Const):
            sizes.append(abs(item.value))
        elif isinstance(item, Var):
            iv = intervals[item.name]
            sizes += [abs(end) for end in (iv.lo, iv.hi) if end is not None]
        elif isinstance(item, Neg):
            stack.append(item.operand)
        elif isinstance(item, BinOp):
            stack += [item.left, item.right]
    return max(sizes)


def _finite_boxes(
    names: list[str], intervals: Mapping[str, Interval], scale: Fraction
) -> list[dict[str, tuple[Fraction, Fraction]]]:
    """The stated box when it is bounded; else finite parts of it, reaching further each time
    (from a stated end, ``scale`` times 100, 10^8 and 10^20)."""
    bounded = all(intervals[n].bounded for n in names)
    boxes = []
    for power in _PROBES[:1] if bounded else _PROBES:
        reach = scale * Fraction(10) ** power
        box = {}
        for name in names:
            iv = intervals[name]
            lo, hi = iv.lo, iv.hi
            if lo is None and hi is None:
                lo, hi = -reach, reach
            elif hi is None:
                assert lo is not None
                hi = lo + reach
            elif lo is None:
                lo = hi - reach
            box[name] = (lo, hi)
        boxes.append(box)
    return boxes


def _value(expr: Expr, point: Mapping[str, Fraction]) -> Fraction | None:
    try:
        return evaluate(expr, point)
    except ZeroDivisionError:
        return None


def _witness(
    constraint: Constraint,
    difference: Expr,
    box: dict[str, tuple[Fraction, Fraction]],
    continuous: bool,
) -> tuple[Point, bool, Point | None] | None:
    """A point of ``box`` where the constraint holds, or (for ``=``) a bracket around a root."""
    below: Point | None = None  # left - right < 0 there
    above: Point | None = None
    candidates = _candidates(difference, box)
    for point in candidates:
        d = _value(difference, point)
        if d is None:
            continue
        if holds(constraint, point):
            return point, True, None
        if d < 0 and below is None:
            below = point
        elif d > 0 and above is None:
            above = point
        if constraint.rel == "=" and continuous and below is not None and above is not None:
            return _root(difference, below, above)
    if constraint.rel == "=":
        # no bracket (or a divisor that may be zero): solve for each figure used once, the
        # others held at a candidate point
        once = [n for n, count in _occurrences(difference).items() if count == 1]
        for point in candidates[:3]:
            for name in once:
                t = _linear_fractional_root(difference, name, point)
                lo, hi = box[name]
                if t is not None and lo <= t <= hi:
                    solved = {**point, name: t}
                    if _value(difference, solved) == 0:
                        return solved, True, None
    return None


def _candidates(expr: Expr, box: dict[str, tuple[Fraction, Fraction]]) -> list[Point]:
    """Points of the box likely to give the extremes of ``expr``: where the ends that give its
    interval bounds meet (the true extremes when each figure appears once), the middle, and for
    a figure used twice every corner (up to :data:`MAX_CORNERS_VARIABLES` figures)."""
    points: list[Point] = []
    try:
        low, high = _ends(expr, box)
        points += [low[1], high[1]]
    except ZeroDivisionError:
        pass
    points.append({n: (lo + hi) / 2 for n, (lo, hi) in box.items()})
    repeated = any(count > 1 for count in _occurrences(expr).values())
    if (repeated or len(points) < 3) and len(box) <= MAX_CORNERS_VARIABLES:
        names = list(box)
        for ends in product((0, 1), repeat=len(names)):
            points.append({n: box[n][e] for n, e in zip(names, ends, strict=True)})
    full = [{**{n: lo for n, (lo, _) in box.items()}, **p} for p in points]
    return full


_End = tuple[Fraction, Point]


def _ends(expr: Expr, box: Mapping[str, tuple[Fraction, Fraction]]) -> tuple[_End, _End]:
    """The lower and upper bound of ``expr``'s interval over the box, each with the corner that
    gives it (raises ``ZeroDivisionError`` when a divisor's range holds zero)."""
    if isinstance(expr, Var):
        lo, hi = box[expr.name]
        return (lo, {expr.name: lo}), (hi, {expr.name: hi})
    if isinstance(expr, Const):
        return (expr.value, {}), (expr.value, {})
    if isinstance(expr, Neg):
        low, high = _ends(expr.operand, box)
        return (-high[0], high[1]), (-low[0], low[1])
    a_low, a_high = _ends(expr.left, box)
    b_low, b_high = _ends(expr.right, box)
    if expr.op == "+":
        return _join(a_low, b_low, a_low[0] + b_low[0]), _join(
            a_high, b_high, a_high[0] + b_high[0]
        )
    if expr.op == "-":
        return _join(a_low, b_high, a_low[0] - b_high[0]), _join(
            a_high, b_low, a_high[0] - b_low[0]
        )
    if expr.op == "/" and b_low[0] <= 0 <= b_high[0]:
        raise ZeroDivisionError("the divisor's range holds zero")
    combos = []
    for a, b in product((a_low, a_high), (b_low, b_high)):
        v = a[0] * b[0] if expr.op == "*" else a[0] / b[0]
        combos.append(_join(a, b, v))
    return min(combos, key=lambda e: e[0]), max(combos, key=lambda e: e[0])


def _join(a: _End, b: _End, value: Fraction) -> _End:
    return value, {**b[1], **a[1]}


def _occurrences(expr: Expr) -> dict[str, int]:
    counts: dict[str, int] = {}
    stack = [expr]
    while stack:
        item = stack.pop()
        if isinstance(item, Var):
            counts[item.name] = counts.get(item.name, 0) + 1
        elif isinstance(item, Neg):
            stack.append(item.operand)
        elif isinstance(item, BinOp):
            stack += [item.left, item.right]
    return counts


def _root(expr: Expr, below: Point, above: Point) -> tuple[Point, bool, Point | None]:
    """A root of continuous ``expr`` between two points where it is negative and positive.

    Walks from ``below`` to ``above`` one figure at a time; on the step where the sign changes,
    solves exactly when that figure appears once, else halves the step to a narrow bracket.
    """
    current = dict(below)
    counts = _occurrences(expr)
    for name in sorted(below):
        if below[name] == above[name]:
            continue
        start = dict(current)
        current[name] = above[name]
        d = evaluate(expr, current)
        if d == 0:
            return current, True, None
        if d < 0:
            continue
        # the sign changes while `name` moves from start[name] to above[name]
        if counts.get(name, 0) == 1:
            t = _linear_fractional_root(expr, name, start)
            if t is not None and min(start[name], above[name]) <= t <= max(
                start[name], above[name]
            ):
                point = {**start, name: t}
                if _value(expr, point) == 0:
                    return point, True, None
        lo, hi = start[name], above[name]  # expr < 0 at lo, > 0 at hi
        for _ in range(_HALVINGS):
            mid = (lo + hi) / 2
            m = evaluate(expr, {**start, name: mid})
            if m == 0:
                return {**start, name: mid}, True, None
            if m < 0:
                lo = mid
            else:
                hi = mid
        return {**start, name: lo}, False, {**start, name: hi}
    raise AssertionError("no sign change between a negative and a positive point")


_Mobius = tuple[Fraction, Fraction, Fraction, Fraction]  # (a t + b) / (c t + d)


def _linear_fractional_root(expr: Expr, name: str, point: Point) -> Fraction | None:
    """Where ``expr``, with every figure but ``name`` fixed at ``point``, is zero; ``name``
    appears once, so the expression is ``(a t + b) / (c t + d)`` in it."""
    try:
        a, b, _, _ = _mobius(expr, name, point)
    except ZeroDivisionError:
        return None
    if a == 0:
        return None
    return -b / a


def _mobius(expr: Expr, name: str, point: Point) -> _Mobius:
    zero, one = Fraction(0), Fraction(1)
    if isinstance(expr, Var):
        return (one, zero, zero, one) if expr.name == name else (zero, point[expr.name], zero, one)
    if isinstance(expr, Const):
        return zero, expr.value, zero, one
    if isinstance(expr, Neg):
        a, b, c, d = _mobius(expr.operand, name, point)
        return -a, -b, c, d
    left = _mobius(expr.left, name, point)
    right = _mobius(expr.right, name, point)
    varies = left if left[0] or left[2] else right
    fixed = right if varies is left else left
    k = fixed[1] / fixed[3]  # the constant side's value
    a, b, c, d = varies
    if expr.op == "+":
        return a + k * c, b + k * d, c, d
    if expr.op == "-":
        if varies is left:
            return a - k * c, b - k * d, c, d
        return -a + k * c, -b + k * d, c, d
    if expr.op == "*":
        return k * a, k * b, c, d
    if varies is left:  # (a t + b) / ((c t + d) k)
        return a, b, c * k, d * k
    return k * c, k * d, a, b  # k / ((a t + b)/(c t + d))
