"""Sound verdicts on one constraint: a pass has a witness inside the intervals, a fail has none."""

from __future__ import annotations

import contextlib
from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.exact import Fraction
from aktobe_facts.findings import Outcome
from aktobe_facts.interval import Interval, IntervalError
from aktobe_facts.relations.judge import evaluate_interval, judge
from aktobe_facts.solve.expr import BinOp, Const, Constraint, Expr, Neg, Rel, Var, evaluate, holds

F = Fraction
a, b, c = Var("a"), Var("b"), Var("c")
BOX = {"a": Interval(F(1), F(2)), "b": Interval(F(3), F(4)), "c": Interval(F(5), None)}


def k(x: int | str) -> Const:
    return Const(F(x))


@pytest.mark.parametrize(
    ("left", "rel", "right", "outcome"),
    [
        (BinOp("+", a, b), "=", k(5), Outcome.PASS),
        (BinOp("+", a, b), "=", k(7), Outcome.FAIL),
        (BinOp("+", a, b), "<=", k(4), Outcome.PASS),  # only at the corner a = 1, b = 3
        (BinOp("+", a, b), "<", k(4), Outcome.FAIL),  # the corner does not satisfy "<"
        (BinOp("+", a, b), ">", k(6), Outcome.FAIL),
        (BinOp("+", a, b), ">=", k(6), Outcome.PASS),
        (BinOp("*", a, b), "=", c, Outcome.PASS),
        (BinOp("/", a, b), ">", k("0.5"), Outcome.PASS),
        (BinOp("/", a, b), ">", k(1), Outcome.FAIL),
        (c, ">=", k(10**30), Outcome.PASS),  # an unbounded figure reaches it
        (c, "<", k(5), Outcome.FAIL),
        (Neg(a), "<=", k(-2), Outcome.PASS),
        (BinOp("-", a, a), "=", k(0), Outcome.PASS),  # a figure used twice: witness found
        (BinOp("*", a, a), "=", k(2), Outcome.PASS),  # root bracketed, not exact (sqrt 2)
        (BinOp("*", a, a), "=", k(5), Outcome.FAIL),
        (BinOp("-", a, a), "=", k(1), Outcome.UNDETERMINED),  # [-1, 1] holds 1, yet a - a is 0
        (BinOp("/", k(1), BinOp("-", a, a)), "=", k(1), Outcome.UNDETERMINED),  # divisor 0
    ],
)
def test_verdicts(left: Expr, rel: Rel, right: Expr, outcome: Outcome) -> None:
    constraint = Constraint(left, rel, right, "r")
    verdict = judge(constraint, BOX)
    assert verdict.outcome is outcome
    if outcome is Outcome.PASS:
        assert verdict.witness is not None
        _check_witness(constraint, verdict.witness, verdict.exact, verdict.other, BOX)
    if outcome is Outcome.UNDETERMINED:
        assert verdict.reason


def test_fail_reports_both_sides() -> None:
    verdict = judge(Constraint(BinOp("+", a, b), "=", k(7), "r"), BOX)
    assert (verdict.left, verdict.right) == (Interval(F(4), F(6)), Interval.point(7))


def test_a_root_is_exact_when_the_changing_figure_appears_once() -> None:
    # 3 * a / b = 1.1 has the root a = 1.1 b / 3; no corner satisfies it
    constraint = Constraint(BinOp("/", BinOp("*", k(3), a), b), "=", k("1.1"), "r")
    verdict = judge(constraint, BOX)
    assert verdict.outcome is Outcome.PASS and verdict.exact
    assert verdict.witness is not None and holds(constraint, verdict.witness)
    assert verdict.witness not in [{"a": x, "b": y} for x in (1, 2) for y in (3, 4)]


def test_sqrt_two_is_bracketed() -> None:
    verdict = judge(Constraint(BinOp("*", a, a), "=", k(2), "r"), BOX)
    assert verdict.outcome is Outcome.PASS and not verdict.exact
    assert verdict.witness is not None and verdict.other is not None
    low, high = sorted([verdict.witness["a"], verdict.other["a"]])
    assert low * low < 2 < high * high and high - low < F(1, 10**18)


# -- the soundness property --------------------------------------------------------------------

NAMES = ("a", "b", "c")


@st.composite
def boxes(draw: st.DrawFn) -> dict[str, Interval]:
    box = {}
    for name in NAMES:
        lo = F(draw(st.integers(-20, 20)), draw(st.sampled_from([1, 2, 4])))
        width = F(draw(st.integers(0, 12)), draw(st.sampled_from([1, 3])))
        shape = draw(st.sampled_from(["closed"] * 6 + ["point", "lower", "upper"]))
        if shape == "point":
            box[name] = Interval.point(lo)
        elif shape == "lower":
            box[name] = Interval(lo, None)
        elif shape == "upper":
            box[name] = Interval(None, lo)
        else:
            box[name] = Interval(lo, lo + width)
    return box


def expressions() -> st.SearchStrategy[Expr]:
    leaves = st.one_of(
        st.sampled_from(NAMES).map(Var), st.integers(-6, 6).map(lambda n: Const(F(n)))
    )
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            inner.map(Neg), st.builds(BinOp, st.sampled_from(["+", "-", "*", "/"]), inner, inner)
        ),
        max_leaves=6,
    )


def _inside(point: dict[str, Fraction] | object, box: dict[str, Interval]) -> bool:
    assert isinstance(point, dict)
    return all(box[name].contains(value) for name, value in point.items())


def _check_witness(
    constraint: Constraint,
    witness: object,
    exact: bool,
    other: object,
    box: dict[str, Interval],
) -> None:
    assert isinstance(witness, dict) and _inside(witness, box)
    if exact:
        assert holds(constraint, witness)
        return
    # a bracket: both ends inside, the two sides cross between them, no divisor zero in the box
    assert constraint.rel == "=" and isinstance(other, dict) and _inside(other, box)
    difference = BinOp("-", constraint.left, constraint.right)
    assert evaluate(difference, witness) * evaluate(difference, other) < 0
    evaluate_interval(difference, box)  # raises if a divisor may be zero (no continuity)


def _samples(
    box: dict[str, Interval], extra: list[dict[str, Fraction]]
) -> list[dict[str, Fraction]]:
    ends = []
    for name in NAMES:
        iv = box[name]
        lo = iv.lo if iv.lo is not None else (iv.hi - 1000 if iv.hi is not None else F(-1000))
        hi = iv.hi if iv.hi is not None else lo + 1000
        ends.append((lo, (lo + hi) / 2, hi))
    points = [dict(zip(NAMES, values, strict=True)) for values in product(*ends)]
    return points + extra


@given(
    expressions(),
    st.sampled_from(["=", "<=", ">=", "<", ">"]),
    expressions(),
    boxes(),
    st.lists(st.tuples(*[st.fractions(0, 1)] * 3), max_size=5),
)
def test_soundness(
    left: Expr, rel: Rel, right: Expr, box: dict[str, Interval], spots: list[tuple[F, ...]]
) -> None:
    constraint = Constraint(left, rel, right, "r")
    verdict = judge(constraint, box)
    if verdict.outcome is Outcome.PASS:
        _check_witness(constraint, verdict.witness, verdict.exact, verdict.other, box)
    elif verdict.outcome is Outcome.FAIL:
        # no point of the box satisfies it: corners, middles and random points inside
        extra = []
        for spot in spots:
            point = {}
            for name, t in zip(NAMES, spot, strict=True):
                iv = box[name]
                lo = iv.lo if iv.lo is not None else F(-(10**6))
                hi = iv.hi if iv.hi is not None else lo + 10**6
                point[name] = lo + F(t) * (hi - lo)
            extra.append(point)
        for point in _samples(box, extra):
            with contextlib.suppress(ZeroDivisionError):
                assert not holds(constraint, point), point
        # and interval arithmetic over the box is what proved it
        assert verdict.left is not None and verdict.right is not None


def test_fail_needs_interval_arithmetic() -> None:
    # dividing by a range that holds zero: never a fail, even where every value tried misses
    constraint = Constraint(BinOp("/", k(1), a), "=", k(100), "r")
    verdict = judge(constraint, {"a": Interval(F(-1), F(1))})
    assert verdict.outcome is Outcome.PASS  # a = 1/100 is inside
    assert verdict.witness == {"a": F(1, 100)}
    never = Constraint(BinOp("/", k(1), BinOp("*", a, a)), "<", k(0), "r")
    result = judge(never, {"a": Interval(F(-1), F(1))})
    assert result.outcome is Outcome.UNDETERMINED
    with pytest.raises(IntervalError):
        evaluate_interval(never.left, {"a": Interval(F(-1), F(1))})
