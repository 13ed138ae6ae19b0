"""From a claims file to a :class:`~aktobe_facts.solve.system.System`: the variables and figures a
relation names, and its constraints.

The relations' constraints (:func:`aktobe_facts.relations.registry.constraints`) name variables by
the conventions of :mod:`aktobe_facts.solve.expr`; the :class:`Builder` adds, for each variable a
constraint names, the figure that states it (:func:`aktobe_facts.relations.terms.figure`: its
interval, unit and text). Only figures that some relation reads become variables, so a file's
system is no larger than its relations. ``"rate:<A>/<B>"`` (``A`` per one ``B``) is a variable of
its own, shared by every conversion of that pair as the conversions check shares one rate, and
fixed by those conversions, not given the common rate as a domain: a conflict with a conversion
then names its figures. A pair named both ways round gets a constraint that the two rates are
reciprocals.

Each constraint carries the label of the relation it comes from; a *scope* is a set of labels that
one per-relation check tests together (the conversions of a pair; a share of a whole converted at
the article's rate together with that rate's conversions). A conflict inside one scope is that
check's to report; the joint check reports the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from msgspec import Struct, field

from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.fmt import singular
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.units import UnitSpec, currency
from aktobe_facts.relations.terms import figure, never_negative
from aktobe_facts.solve.box import Box
from aktobe_facts.solve.expr import BinOp, Const, Constraint, Expr, Neg, Var, constraint_names
from aktobe_facts.solve.scope import pool, rate_var, split_rate, within
from aktobe_facts.solve.system import Figure, System

NONNEGATIVE: Box = (Fraction(0), None)


class Compiled(Struct, frozen=True):
    """A file's system, with what its messages need."""

    system: System
    units: dict[str, tuple[UnitSpec | None, UnitSpec | None]]  # variable -> unit, per
    words: tuple[str, ...]  # each constraint in words, by constraint index
    scopes: tuple[frozenset[str], ...]

    def within_one_check(self, labels: Iterable[str]) -> bool:
        """Whether one per-relation check tests all these relation labels together."""
        return within(self.scopes, labels)


class Builder(Struct):
    doc: ClaimsFile
    figures: list[Figure] = field(default_factory=list)
    constraints: list[Constraint] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    scopes: list[frozenset[str]] = field(default_factory=list)
    hard: dict[str, Box] = field(default_factory=dict)
    units: dict[str, tuple[UnitSpec | None, UnitSpec | None]] = field(default_factory=dict)
    _known: set[str] = field(default_factory=set)

    def within_one_check(self, labels: Iterable[str]) -> bool:
        return within(self.scopes, labels)

    def add(self, constraint: Constraint, words: str | None = None) -> None:
        """A constraint over variables named by the conventions of
        :mod:`aktobe_facts.solve.expr`: the figure of each variable is added the first time it
        is named (a rate is a variable of its own, not negative: the conversions fix it)."""
        for name in sorted(constraint_names(constraint)):
            self._ensure(name)
        self.constraints.append(constraint)
        self.words.append(words or "")

    def _ensure(self, name: str) -> None:
        if name in self._known:
            return
        self._known.add(name)
        if name.startswith("rate:"):
            top, bottom, _tag = split_rate(name)
            self.hard[name] = NONNEGATIVE
            self.units[name] = (currency(top), currency(bottom))
            return
        found = figure(self.doc, name)
        if found is None:
            return  # a variable no figure states: unbounded
        q = found.quantity
        self.units[name] = (found.unit, q.per if q is not None else None)
        other = q.alternative.interval if q is not None and q.alternative is not None else None
        claim = self.doc.claim(found.owner)
        if claim is not None and claim.kind == "count" and _at_least_zero(found.interval):
            # a count is never below zero: the range a figure at fault would need, found with
            # its own interval dropped, is not "any value" because -1 jobs would fit
            self.hard[name] = NONNEGATIVE
        reference = self.doc.reference(found.owner)
        line = claim.line if claim else reference.line if reference else None
        iv = found.interval
        self.figures.append(
            Figure(
                name,
                (iv.lo, iv.hi),
                found.owner,
                found.shown,
                found.printed,
                line,
                None if other is None else (other.lo, other.hi),
                never_negative(self.doc, found),
            )
        )

    def build(self) -> Compiled:
        # a pair's rate named both ways round: the two are reciprocals
        for name in sorted(self.hard):
            if name.startswith("rate:"):
                top, bottom, tag = split_rate(name)
                other = rate_var(bottom, top, tag)
                if other in self.hard and top < bottom:
                    self.add(
                        Constraint(
                            BinOp("*", Var(name), Var(other)),
                            "=",
                            Const(Fraction(1)),
                            pool(top, bottom, tag),
                        ),
                        f"{top} per {bottom} and {bottom} per {top} are reciprocals",
                    )
        system = System(tuple(self.figures), tuple(self.constraints), dict(self.hard))
        names = {f.var: f'"{f.text}"' for f in self.figures if f.text}
        for name, (unit, per) in self.units.items():
            if name.startswith("rate:") and unit is not None and per is not None:
                names[name] = f"the article's rate ({unit.label} per {singular(per)})"
        words = tuple(
            f"{what}: {show(c, names)}" if what else show(c, names)
            for c, what in zip(self.constraints, self.words, strict=True)
        )
        return Compiled(system, self.units, words, tuple(self.scopes))


def show(constraint: Constraint, names: Mapping[str, str] | None = None) -> str:
    """A constraint as a formula over its figures (each shown as ``names`` says, else by its
    variable's name)."""
    shown = names or {}
    left, right = _expr(constraint.left, shown), _expr(constraint.right, shown)
    return f"{left} {_REL[constraint.rel]} {right}"


_REL = {"=": "=", "<=": "≤", ">=": "≥", "<": "<", ">": ">"}


def _expr(expr: Expr, names: Mapping[str, str], parent: int = 0) -> str:
    from aktobe_facts.reading.fmt import number

    if isinstance(expr, Var):
        return names.get(expr.name, expr.name)
    if isinstance(expr, Const):
        return number(expr.value, 12, scale_words=False)
    if isinstance(expr, Neg):
        return f"−{_expr(expr.operand, names, 3)}"
    level = 1 if expr.op in "+-" else 2
    sign = {"+": "+", "-": "−", "*": "×", "/": "÷"}[expr.op]
    text = f"{_expr(expr.left, names, level)} {sign} {_expr(expr.right, names, level + 1)}"
    return f"({text})" if level < parent else text


def _at_least_zero(iv: Interval) -> bool:
    return iv.lo is not None and iv.lo >= 0
