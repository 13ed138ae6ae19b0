"""The relation engine: exact interval decisions, isolation of one figure, witnesses.

Property tests: a pass comes with a witness inside every interval that satisfies the constraint
exactly; a fail has none (for sampled values of the other figures, the figure isolated lies
outside its interval, or the inequality is broken).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.relations.engine import (
    SLACK,
    Verdict,
    decide,
    enclose,
    isolate,
    multiply,
    needed,
    render,
    witness,
)
from aktobe_facts.solve.expr import BinOp, Const, Constraint, Expr, Neg, Var, evaluate, holds

F = Fraction
X, Y, Z = Var("x"), Var("y"), Var("z")


def c(left: Expr, rel: str, right: Expr) -> Constraint:
    return Constraint(left, rel, right, "r")  # type: ignore[arg-type]


def iv(lo: int | Fraction | None, hi: int | Fraction | None) -> Interval:
    return Interval(None if lo is None else F(lo), None if hi is None else F(hi))


def test_a_sum_that_fits_passes_and_one_that_does_not_fails() -> None:
    doms = {"x": iv(10, 12), "y": iv(3, 4), "z": iv(5, 6)}
    assert decide(c(X, "=", BinOp("+", Y, Z)), doms).verdict is Verdict.PASS
    doms["x"] = iv(11, 12)
    assert decide(c(X, "=", BinOp("+", Y, Z)), doms).verdict is Verdict.FAIL  # y + z <= 10


def test_a_touching_end_passes_an_equality_but_a_strict_order_is_undetermined() -> None:
    doms = {"x": iv(10, 12), "y": iv(0, 10)}
    assert decide(c(X, "=", Y), doms).verdict is Verdict.PASS
    assert decide(c(X, "<=", Y), doms).verdict is Verdict.PASS
    # x < y needs x = y = 10 to be strict: the closed ends may stand for open readings
    assert decide(c(X, "<", Y), doms).verdict is Verdict.UNDETERMINED
    doms["y"] = iv(0, 9)
    assert decide(c(X, "<", Y), doms).verdict is Verdict.FAIL


def test_a_figure_used_twice_is_sampled_not_failed() -> None:
    # x = y / (y + z): the enclosure is too wide; a sampled witness decides it
    expr = BinOp("/", Y, BinOp("+", Y, Z))
    doms = {"x": iv(0, 1), "y": iv(1, 2), "z": iv(1, 2)}
    decision = decide(c(X, "=", expr), doms)
    assert decision.verdict is Verdict.PASS and not decision.exact
    assert decision.witness is not None and holds(c(X, "=", expr), decision.witness)
    # y − y = x with x = 1 has no solution: the enclosure over the whole range ([-1, 1]) cannot
    # prove it, but each half of y's range rules it out
    decision = decide(c(X, "=", BinOp("-", Y, Y)), {"x": iv(1, 1), "y": iv(1, 2)})
    assert decision.verdict is Verdict.FAIL and decision.split


def test_splitting_finds_a_witness_the_grid_misses() -> None:
    # g = a / (t − a) × 100, an amount of change and its percent of the base (the base is the
    # current value minus the change): only a in [12.026, 12.086] fits, between the grid's points
    a, t, g = Var("a"), Var("t"), Var("g")
    expr = BinOp("*", BinOp("/", a, BinOp("-", t, a)), Const(F(100)))
    doms = {
        "a": iv(F(23, 2), F(25, 2)),
        "t": iv(F(1249, 20), F(1251, 20)),
        "g": iv(F(477, 20), F(479, 20)),
    }
    decision = decide(c(g, "=", expr), doms)
    assert decision.verdict is Verdict.PASS and decision.witness is not None
    assert holds(c(g, "=", expr), decision.witness)
    assert all(doms[n].contains(v) for n, v in decision.witness.items())
    # with the percent at 30 no amount fits: every part of a's range is ruled out
    doms["g"] = iv(F(595, 20), F(605, 20))
    assert decide(c(g, "=", expr), doms).verdict is Verdict.FAIL


def test_a_division_by_an_interval_holding_zero_is_never_a_fail() -> None:
    doms = {"x": iv(100, 100), "y": iv(1, 2), "z": iv(0, 3)}
    assert decide(c(X, "=", BinOp("/", Y, Z)), doms).verdict is not Verdict.FAIL


def test_needed_isolates_one_figure() -> None:
    # x = y + z: z must be in [x − y] = [10 − 4, 12 − 3]
    doms = {"x": iv(10, 12), "y": iv(3, 4), "z": iv(0, 1)}
    assert needed(c(X, "=", BinOp("+", Y, Z)), "z", doms) == iv(6, 9)
    # x >= y + z: z at most 12 − 3
    assert needed(c(X, ">=", BinOp("+", Y, Z)), "z", doms) == iv(None, 9)
    # x = 2 × y: y in [5, 6]
    assert needed(c(X, "=", BinOp("*", Const(F(2)), Y)), "y", doms) == iv(5, 6)
    assert isolate(c(X, "=", BinOp("+", Y, Y)), "y") is None


def test_multiply_handles_unbounded_ends() -> None:
    assert multiply(iv(-1, 2), iv(3, None)) == iv(None, None)
    assert multiply(iv(1, 2), iv(None, -3)) == iv(None, -3)
    assert multiply(iv(0, 0), iv(None, None)) == iv(0, 0)


def test_render_keeps_the_grouping() -> None:
    expr = BinOp("/", BinOp("+", X, Y), Const(F(2)))
    assert render(expr) == "(x + y) ÷ 2"
    assert render(BinOp("-", X, BinOp("-", Y, Z))) == "x − (y − z)"
    assert render(Neg(X)) == "−x"


# -- properties -------------------------------------------------------------------------------------

ends = st.integers(min_value=-50, max_value=50)


@st.composite
def intervals(draw: st.DrawFn, positive: bool = False) -> Interval:
    lo = draw(st.integers(min_value=1, max_value=40) if positive else ends)
    width = draw(st.integers(min_value=0, max_value=20))
    return Interval(F(lo), F(lo + width))


@st.composite
def single_use(draw: st.DrawFn) -> tuple[Constraint, dict[str, Interval]]:
    """``x rel a op b`` with every figure once (a sum, difference, product or quotient)."""
    op = draw(st.sampled_from(["+", "-", "*", "/"]))
    rel = draw(st.sampled_from(["=", "<=", ">=", "<", ">"]))
    doms = {
        "x": draw(intervals()),
        "a": draw(intervals()),
        "b": draw(intervals(positive=op == "/")),
    }
    return c(X, rel, BinOp(op, Var("a"), Var("b"))), doms  # type: ignore[arg-type]


def _inside(values: dict[str, Fraction], doms: dict[str, Interval]) -> bool:
    return all(doms[name].contains(v) for name, v in values.items())


@given(single_use())
def test_a_pass_has_a_witness_inside_the_intervals(
    case: tuple[Constraint, dict[str, Interval]],
) -> None:
    constraint, doms = case
    decision = decide(constraint, doms)
    if decision.verdict is Verdict.PASS:
        found = witness(constraint, doms)
        assert found is not None
        assert _inside(found, doms) and holds(constraint, found)


@given(
    single_use(), st.lists(st.tuples(st.integers(0, 8), st.integers(0, 8)), min_size=1, max_size=12)
)
def test_a_fail_has_no_solution_at_sampled_points(
    case: tuple[Constraint, dict[str, Interval]], picks: list[tuple[int, int]]
) -> None:
    constraint, doms = case
    if decide(constraint, doms).verdict is not Verdict.FAIL:
        return
    x_needed = isolate(constraint, "x")
    assert x_needed is not None
    for i, j in picks:
        point = {name: _at(doms[name], k) for name, k in (("a", i), ("b", j))}
        for slack in (F(0), F(-1), F(1), F(-1000), F(1000)):
            scope = {**point, SLACK: slack}
            if not _slack_ok(constraint.rel, slack):
                continue
            x = evaluate(x_needed, scope)
            assert not doms["x"].contains(x) or not holds(constraint, {**point, "x": x})


def _at(domain: Interval, k: int) -> Fraction:
    assert domain.lo is not None and domain.hi is not None
    return domain.lo + (domain.hi - domain.lo) * k / 8


def _slack_ok(rel: str, slack: Fraction) -> bool:
    return {"=": slack == 0, "<=": slack <= 0, "<": slack < 0, ">=": slack >= 0, ">": slack > 0}[
        rel
    ]


@given(single_use())
def test_needed_is_exact_for_single_use_constraints(
    case: tuple[Constraint, dict[str, Interval]],
) -> None:
    """Any value of x inside the needed range (and its interval) leaves the rest satisfiable."""
    constraint, doms = case
    room = needed(constraint, "x", doms)
    if room is None:
        return
    inside = doms["x"].intersect(room)
    if inside is None:
        assert decide(constraint, doms).verdict is not Verdict.PASS
        return
    for value in (inside.lo, inside.hi):
        if value is None:
            continue
        fixed = {**doms, "x": Interval.point(value)}
        assert decide(constraint, fixed).verdict is not Verdict.FAIL


def test_enclose_of_a_constant_expression() -> None:
    assert enclose(BinOp("*", Const(F(3)), Const(F(4))), {}) == iv(12, 12)


def test_a_sampled_witness_stays_inside_an_open_ended_interval() -> None:
    """x × x × x = y has one real root: 9 for y = 729, −39 for y = −59319. With x "at most 5" or
    "at least −20" (open at one end) the root is outside, so the verdict is never a pass found at
    a point outside the interval (5 × 2 − 1 = 9, −20 × 2 + 1 = −39)."""
    cube = BinOp("*", BinOp("*", X, X), X)
    for domain, y in ((iv(None, 5), 729), (iv(-20, None), -59319)):
        doms = {"x": domain, "y": iv(y, y)}
        decision = decide(c(cube, "=", Y), doms)
        assert decision.verdict is not Verdict.PASS, decision.witness
