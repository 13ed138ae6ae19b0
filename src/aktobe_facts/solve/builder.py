"""From a claims file to a :class:`~aktobe_facts.solve.system.System`: the variables and figures a
relation names, and its constraints.

A relation compiler (:mod:`aktobe_facts.solve.wiring`, or a typed relation's ``constraints()``)
asks the :class:`Builder` for the variable of a claim's figure and adds constraints over them. Only
figures that some relation reads become variables, so a file's system is no larger than its
relations. Variable names follow :mod:`aktobe_facts.solve.expr`: ``"<id>"`` for a claim's value (or
a reference's), ``"<id>@<CUR>"`` for its counterpart in a currency, ``"rate:<A>/<B>"`` for the
article's rate (``A`` per one ``B``, one variable per currency pair, shared by every conversion of
that pair as the conversions check shares one rate; the other orientation is its reciprocal).

Each constraint carries the label of the relation it comes from; a *scope* is a set of labels that
one per-relation check tests together (the conversions of a pair; a share of a whole converted at
the article's rate together with that rate's conversions). A conflict inside one scope is that
check's to report; the joint check reports the others.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from aktobe_facts.exact import Fraction
from aktobe_facts.model import ClaimsFile
from aktobe_facts.quantities import Quantity
from aktobe_facts.solve.box import Box
from aktobe_facts.solve.expr import BinOp, Const, Constraint, Expr, Rel, Var, variables
from aktobe_facts.solve.system import Figure, System
from aktobe_facts.units import UnitSpec, currency

NONNEGATIVE: Box = (Fraction(0), None)


@dataclass(frozen=True, slots=True)
class Compiled:
    """A file's system, with what its messages need."""

    system: System
    units: dict[str, tuple[UnitSpec | None, UnitSpec | None]]  # variable -> unit, per
    words: tuple[str, ...]  # each constraint in words, by constraint index
    scopes: tuple[frozenset[str], ...]

    def within_one_check(self, labels: Iterable[str]) -> bool:
        """Whether one per-relation check tests all these relation labels together."""
        return within(self.scopes, labels)


def within(scopes: Iterable[frozenset[str]], labels: Iterable[str]) -> bool:
    """Whether one scope holds all ``labels`` (a single label is always its own check's)."""
    wanted = frozenset(labels)
    return len(wanted) <= 1 or any(wanted <= scope for scope in scopes)


@dataclass
class Builder:
    doc: ClaimsFile
    figures: list[Figure] = field(default_factory=list)
    constraints: list[Constraint] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    scopes: list[frozenset[str]] = field(default_factory=list)
    hard: dict[str, Box] = field(default_factory=dict)
    units: dict[str, tuple[UnitSpec | None, UnitSpec | None]] = field(default_factory=dict)
    _known: set[str] = field(default_factory=set)
    _seen: set[tuple[str, int]] = field(default_factory=set)
    rates: set[str] = field(default_factory=set)

    # -- variables ---------------------------------------------------------------------------
    def quantity_var(self, owner: str, quantity: Quantity, *, first: bool) -> Var:
        """The variable of a stated figure (``first``: the claim's value, else a counterpart);
        its figure is added the first time it is named."""
        name = owner if first or quantity.unit is None else self._counterpart(owner, quantity)
        if quantity.interval is not None and (name, id(quantity)) not in self._seen:
            self._seen.add((name, id(quantity)))
            iv = quantity.interval
            claim = self.doc.claim(owner)
            reference = self.doc.reference(owner)
            line = claim.line if claim else reference.line if reference else None
            other = quantity.alternative.interval if quantity.alternative is not None else None
            alternative = None if other is None else (other.lo, other.hi)
            self.figures.append(
                Figure(
                    name, (iv.lo, iv.hi), owner, quantity.text, quantity.value, line, alternative
                )
            )
        self.units.setdefault(name, (quantity.unit, quantity.per))
        return Var(name)

    def _counterpart(self, owner: str, quantity: Quantity) -> str:
        claim = self.doc.claim(owner)
        assert quantity.unit is not None
        value = claim.value if claim is not None else None
        if value is not None and value.unit is not None and value.unit.key == quantity.unit.key:
            return owner  # a counterpart in the value's own unit is the same figure
        return f"{owner}@{quantity.unit.key}"

    def claim_var(self, owner: str, quantity: Quantity) -> Var:
        """The variable of ``quantity``, one of the figures of claim or reference ``owner``."""
        claim = self.doc.claim(owner)
        first = claim is None or claim.value is quantity
        return self.quantity_var(owner, quantity, first=first)

    def unstated(self, name: str, domain: Box, unit: UnitSpec | None = None) -> Var:
        """A variable no figure states (the rest of a group of shares), inside ``domain``."""
        self.hard[name] = domain
        self.units.setdefault(name, (unit, None))
        return Var(name)

    def rate(self, want: str, have: str, top: str) -> Expr:
        """``want`` per one ``have`` as an expression over the pair's one rate variable, which
        is named with ``top`` (the currency of the pair whose rate is at least 1) on top."""
        bottom = have if want == top else want
        name = f"rate:{top}/{bottom}"
        if name not in self.rates:
            self.rates.add(name)
            self.hard[name] = NONNEGATIVE
            self.units[name] = (currency(top), currency(bottom))
        var = Var(name)
        return var if want == top else BinOp("/", Const(Fraction(1)), var)

    # -- constraints -------------------------------------------------------------------------
    def add(
        self,
        left: Expr,
        rel: Rel,
        right: Expr,
        relation: str,
        words: str,
        *,
        claims: tuple[str, ...] = (),
        line: int | None = None,
    ) -> None:
        self.constraints.append(Constraint(left, rel, right, relation, claims, line))
        self.words.append(words)

    def within_one_check(self, labels: Iterable[str]) -> bool:
        return within(self.scopes, labels)

    def add_constraint(self, constraint: Constraint, words: str | None = None) -> None:
        """A constraint made elsewhere (a typed relation's ``constraints()``): the figures of the
        variables it names are added by the naming conventions of :mod:`aktobe_facts.solve.expr`."""
        for name in sorted(variables(constraint.left) | variables(constraint.right)):
            self._ensure(name)
        self.constraints.append(constraint)
        self.words.append(words or show(constraint))

    def _ensure(self, name: str) -> None:
        if name in self._known:
            return
        self._known.add(name)
        if name.startswith("rate:"):
            top, _, bottom = name[5:].partition("/")
            self.hard.setdefault(name, NONNEGATIVE)
            self.units.setdefault(name, (currency(top), currency(bottom)))
            return
        owner, _, code = name.partition("@")
        claim = self.doc.claim(owner)
        if claim is not None:
            for q in claim.quantities():
                if q.missing:
                    continue
                if not code and q is claim.value:
                    self.quantity_var(owner, q, first=True)
                elif code and q.unit is not None and q.unit.key == code:
                    self.quantity_var(owner, q, first=q is claim.value)
            return
        reference = self.doc.reference(owner)
        if reference is not None and not code:
            self.quantity_var(owner, reference.value, first=True)

    def build(self) -> Compiled:
        # a pair's rate named both ways round: the two are reciprocals
        for name in sorted(self.hard):
            if name.startswith("rate:"):
                top, _, bottom = name[5:].partition("/")
                other = f"rate:{bottom}/{top}"
                if other in self.hard and top < bottom:
                    self.add(
                        BinOp("*", Var(name), Var(other)),
                        "=",
                        Const(Fraction(1)),
                        f"rate:{top}/{bottom}",
                        f"{top} per {bottom} and {bottom} per {top} are reciprocals",
                    )
        system = System(tuple(self.figures), tuple(self.constraints), dict(self.hard))
        return Compiled(system, self.units, tuple(self.words), tuple(self.scopes))


def show(constraint: Constraint) -> str:
    """A constraint as a formula over its figures' names."""
    return f"{_expr(constraint.left)} {constraint.rel} {_expr(constraint.right)}"


def _expr(expr: Expr, parent: int = 0) -> str:
    from aktobe_facts.fmt import number
    from aktobe_facts.solve.expr import Neg

    if isinstance(expr, Var):
        return expr.name
    if isinstance(expr, Const):
        return number(expr.value, 12, scale_words=False)
    if isinstance(expr, Neg):
        return f"−{_expr(expr.operand, 3)}"
    level = 1 if expr.op in "+-" else 2
    sign = {"+": "+", "-": "−", "*": "×", "/": "÷"}[expr.op]
    text = f"{_expr(expr.left, level)} {sign} {_expr(expr.right, level + 1)}"
    return f"({text})" if level < parent else text
