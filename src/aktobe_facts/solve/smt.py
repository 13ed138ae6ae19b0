"""The exact solver (z3, from the ``z3-solver`` package) for what propagation cannot decide.

z3 decides nonlinear real arithmetic exactly (no rounding: its numbers are rationals and algebraic
numbers), gives an unsat core (the items it used to refute the system) and optimises. It is imported
only when a file needs it (about 55-70 ms: more than a whole check of the seed article), which on
the systems articles make is rare: propagation and the witness search decide almost every one
(BENCHMARKS.md).

Nothing z3 says is passed on unchecked: its model is converted to exact fractions (an algebraic
value to a 40-digit rational near it) and a caller verifies it with
:func:`aktobe_facts.solve.witness.verify`; an unsat core is minimised and each of its subsets by one
shown satisfiable by a verified witness (:mod:`aktobe_facts.solve.conflicts`).
"""

from __future__ import annotations

import operator
from typing import Any, Literal

from msgspec import Struct

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.solve.expr import BinOp, Const, Constraint, Expr, Neg, Var
from aktobe_facts.solve.system import System

STEPS = 500_000
"""z3's resource limit for one call (its ``rlimit``): a count of the solver's own steps, the same
on every machine and under any load. A limit in milliseconds made verdicts depend on how busy the
machine was: under load, a corpus article's joint check came out undetermined ("the exact solver
ran out of time") in one run and decided in the next, and a property test failed now and then.
The calls the corpus and held-out files make use 16,000 to 85,000 steps (60 ms to 1.4 s on the
2-core machine under load: z3's nonlinear steps vary in cost), six times under this limit."""

GUARD_MS = 10_000
"""A wall-clock guard for one call, far above what :data:`STEPS` allows on any machine: only for a
hostile file whose few steps each take long (never meant to decide what a normal file gets)."""

Status = Literal["sat", "unsat", "unknown"]


class SmtResult(Struct, frozen=True):
    status: Status
    model: dict[str, Fraction] | None = None
    core: frozenset[int] | None = None
    steps: int = 0  # the steps the call used (of z3's "rlimit count")


_OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def _z3() -> Any:
    """z3, with every term, formula and solver of this call in a context of its own.

    In z3's one shared context, the numbering of terms depends on every term made before in the
    process, and with it the order z3 searches in and the model it returns: a figure's range shown
    to fit was found from another witness after twenty other files than alone, so a ``--jobs`` run
    could print another range than a run of the one file. A fresh context makes a call's answer
    depend on its own system only."""
    import z3  # imported on first use only (see the module's docstring)

    return _InContext(z3, z3.Context())


class _InContext:
    """The z3 module with its constructors (z3's own names) bound to one context; the rest as the
    module has it."""

    def __init__(self, module: Any, ctx: Any) -> None:
        self._module = module
        self._ctx = ctx

    def Real(self, name: str) -> Any:
        return self._module.Real(name, self._ctx)

    def Bool(self, name: str) -> Any:
        return self._module.Bool(name, self._ctx)

    def Q(self, numerator: int, denominator: int) -> Any:
        return self._module.Q(numerator, denominator, self._ctx)

    def And(self, *args: Any) -> Any:
        return self._module.And(*args, self._ctx)

    def Solver(self) -> Any:
        return self._module.Solver(ctx=self._ctx)

    def Optimize(self) -> Any:
        return self._module.Optimize(ctx=self._ctx)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)


def _term(z3: Any, expr: Expr, names: dict[str, Any], nonzero: list[Any]) -> Any:
    if isinstance(expr, Var):
        found = names.get(expr.name)
        if found is None:
            found = names[expr.name] = z3.Real(expr.name)
        return found
    if isinstance(expr, Const):
        return z3.Q(expr.value.numerator, expr.value.denominator)
    if isinstance(expr, Neg):
        return -_term(z3, expr.operand, names, nonzero)
    assert isinstance(expr, BinOp)
    a = _term(z3, expr.left, names, nonzero)
    b = _term(z3, expr.right, names, nonzero)
    if expr.op == "/":
        nonzero.append(b != 0)  # z3's division is total; the article's is not defined at 0
    return _OPS[expr.op](a, b)


def _formula(z3: Any, c: Constraint, names: dict[str, Any]) -> Any:
    nonzero: list[Any] = []
    a = _term(z3, c.left, names, nonzero)
    b = _term(z3, c.right, names, nonzero)
    rel = {
        "=": a == b,
        "<=": a <= b,
        "<": a < b,
        ">=": a >= b,
        ">": a > b,
    }[c.rel]
    return z3.And(rel, *nonzero) if nonzero else rel


def _bounds(z3: Any, term: Any, lo: Fraction | None, hi: Fraction | None) -> list[Any]:
    out = []
    if lo is not None:
        out.append(term >= z3.Q(lo.numerator, lo.denominator))
    if hi is not None:
        out.append(term <= z3.Q(hi.numerator, hi.denominator))
    return out


def _value(z3: Any, value: Any) -> Fraction:
    if z3.is_algebraic_value(value):
        value = value.approx(40)
    return Fraction(value.numerator_as_long(), value.denominator_as_long())


def _build(
    system: System, items: frozenset[int]
) -> tuple[Any, Any, dict[str, Any], dict[Any, int]]:
    z3 = _z3()
    solver = z3.Solver()
    solver.set("rlimit", STEPS)
    solver.set("timeout", GUARD_MS)
    names: dict[str, Any] = {}
    tracked: dict[Any, int] = {}
    for item in sorted(items):
        flag = z3.Bool(f"item{item}")
        tracked[flag] = item
        if system.is_figure(item):
            figure = system.figure(item)
            term = names.get(figure.var)
            if term is None:
                term = names[figure.var] = z3.Real(figure.var)
            solver.add(z3.Implies(flag, z3.And(*_bounds(z3, term, *figure.interval), True)))
        else:
            solver.add(z3.Implies(flag, _formula(z3, system.constraint(item), names)))
    for name, (lo, hi) in system.hard.items():
        if name in names:
            solver.add(*_bounds(z3, names[name], lo, hi))
    return z3, solver, names, tracked


def decide(system: System, items: frozenset[int]) -> SmtResult:
    """Whether the items of ``system`` have a common solution, by z3 (exact)."""
    z3, solver, names, tracked = _build(system, items)
    before = _count(solver)
    verdict = solver.check(*tracked)
    steps = _count(solver) - before
    if verdict == z3.sat:
        model = solver.model()
        values = {
            name: _value(z3, model.eval(term, model_completion=True))
            for name, term in names.items()
        }
        return SmtResult("sat", model=values, steps=steps)
    if verdict == z3.unsat:
        core = frozenset(tracked[flag] for flag in solver.unsat_core())
        return SmtResult("unsat", core=core, steps=steps)
    return SmtResult("unknown", steps=steps)


def _count(solver: Any) -> int:
    """z3's count of steps so far (its "rlimit count", kept for the whole process: a call's own
    steps are the difference; its limit, :data:`STEPS`, counts from where it starts)."""
    stats = solver.statistics()
    names = list(stats.keys())  # z3's Statistics has no membership test of its own
    return int(stats.get_key_value("rlimit count")) if "rlimit count" in names else 0


def optimise(system: System, items: frozenset[int], var: str, *, maximise: bool) -> Fraction | None:
    """The least (or greatest) value of ``var`` over the solutions of ``items``, by z3's
    optimiser; ``None`` when unbounded, unknown or not attained as a rational."""
    z3 = _z3()
    opt = z3.Optimize()
    opt.set("rlimit", STEPS)
    opt.set("timeout", GUARD_MS)
    names: dict[str, Any] = {}
    for item in sorted(items):
        if system.is_figure(item):
            figure = system.figure(item)
            term = names.setdefault(figure.var, z3.Real(figure.var))
            opt.add(*_bounds(z3, term, *figure.interval))
        else:
            opt.add(_formula(z3, system.constraint(item), names))
    for name, (lo, hi) in system.hard.items():
        if name in names:
            opt.add(*_bounds(z3, names[name], lo, hi))
    target = names.setdefault(var, z3.Real(var))
    handle = opt.maximize(target) if maximise else opt.minimize(target)
    if opt.check() != z3.sat:
        return None
    bound = handle.upper() if maximise else handle.lower()
    if not z3.is_rational_value(bound):
        return None  # ±∞, or an infinitesimal ε (a bound not attained)
    return _value(z3, bound)
