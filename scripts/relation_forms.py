"""A relation's constraint by the roles of its claims, whatever kind it is written as: for
scripts/draft_vs_hand.py, which matches a draft's relations against a hand-written file's.

One constraint can be written several ways: a growth as ``kind = "growth"`` or as the equation
``current = base * ("100 percent" + growth)``; a difference ``r = m - s`` as the sum ``m = r + s``;
a one-part sum as the order ``total >= part``; an equal, an order or a sum as an equation over lone
ids. A :class:`Form` is the constraint with its claims in their roles, so two relations are the
same when one of their forms is (:func:`same_form`). A form never loosens a match: each role must
hold the same claims, an order its direction and a growth its sign.

A hand file often uses a growth whose base is not printed inside a larger equation
(``australia / (1 + australia_growth / "100 percent") + ... <= earnings / (...)``). The term
``australia / (1 + australia_growth / "100 percent")`` is that growth's base: the very constraint
a drafted ``growth`` with no base states. Such terms are :func:`terms`: a drafted relation that is
one of them is a relation of the hand file (precision), but the hand's equation, which says more,
is not recalled by it. :func:`implied` adds the like parts of other kinds: a ``change`` with its
percent states the growth between its current value and its base ("down 22.1% to 40,939" within
"fell by 11,600 (down 22.1% to 40,939)"), a growth with both its figures states their order
("up from D2.9 Million to D5.9 billion": the later is the larger), and so does a difference whose
result is printed with its sign ("short of its $143 million budget by $3.8 million").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import permutations
from typing import Any, Protocol

from aktobe_facts.claims.model import ClaimsFile, Relation
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.relations.general import tests as equation_tests
from aktobe_facts.solve.expr import BinOp, Constraint, Expr, Neg, Var, evaluate, variables


class Figure(Protocol):
    """A stated figure (``draft_vs_hand.Figure``): the same as another, or not."""

    def same(self, other: Any) -> bool: ...


Member = tuple[Figure, ...]
"""One claim, by the figures it states."""
Figures = Callable[[ClaimsFile, str], Member]


@dataclass(frozen=True)
class Form:
    """A constraint by roles: ``kind`` names it with what its roles cannot say ("growth to, fall":
    a fall to a stated value whose base is not printed; "order >"; "sum exhaustive"), and ``roles``
    holds each role's claims in the kind's order (growth, current, base; total, parts; larger,
    smaller; the equal claims)."""

    kind: str
    roles: tuple[tuple[Member, ...], ...]


def same_form(a: Form, b: Form) -> bool:
    """One kind, and each role's claims the same ones (a claim is the same when the figures of
    one are among the other's: a counterpart the other does not state is no difference)."""
    if a.kind != b.kind or len(a.roles) != len(b.roles):
        return False
    return all(_same_claims(x, y) for x, y in zip(a.roles, b.roles, strict=True))


def _same_claims(a: tuple[Member, ...], b: tuple[Member, ...]) -> bool:
    if len(a) != len(b):
        return False
    if len(a) > 6:  # a long list: in the order both sides list it
        return all(_same_claim(x, y) for x, y in zip(a, b, strict=True))
    return any(all(_same_claim(x, y) for x, y in zip(a, p, strict=True)) for p in permutations(b))


def _same_claim(a: Member, b: Member) -> bool:
    def within(x: Member, y: Member) -> bool:
        return all(any(f.same(g) for g in y) for f in x)

    return bool(a) and bool(b) and (within(a, b) or within(b, a))


def forms(doc: ClaimsFile, relation: Relation, figures: Figures) -> tuple[Form, ...]:
    """The forms of the relation's whole constraint (none for the kinds written one way only)."""
    kind = relation.kind
    if kind == "equation":
        constraint = _constraint(doc, relation)
        return () if constraint is None else _equation_forms(doc, constraint, figures)

    def members(name: str) -> tuple[Member, ...]:
        one = relation.ref(name)
        return tuple(figures(doc, i) for i in (relation.refs(name) or ((one,) if one else ())))

    if kind == "growth":
        growth = relation.ref("growth")
        sign = _sign(doc, growth) if growth and not relation.flag("real") else None
        if sign is None:  # a real growth is not compared with amounts
            return ()
        return _growth(sign, members("growth"), members("current"), members("base"))
    if kind == "sum":
        if relation.flag("exhaustive"):
            return _sums("=", members("total"), members("parts"))
        return _sums(">=", members("total"), members("parts"))
    if kind == "difference":  # result = minuend - subtrahend: minuend = result + subtrahend
        return _sums("=", members("minuend"), members("result") + members("subtrahend"))
    if kind == "equal":
        return (Form("equal", (members("claims"),)),)
    if kind == "share":  # share = part / whole (x 100 percent)
        roles = (members("share"), members("part"), members("whole"))
        return (Form("ratio", roles),) if all(len(r) == 1 and r[0] for r in roles) else ()
    op = relation.values.get("op")
    if kind == "order" and op in (">", ">="):
        return (Form(f"order {op}", (members("left"), members("right"))),)
    if kind == "order" and op in ("<", "<="):
        return (Form(f"order {'>' if op == '<' else '>='}", (members("right"), members("left"))),)
    return ()


def terms(doc: ClaimsFile, relation: Relation, figures: Figures) -> tuple[Form, ...]:
    """The growths a written equation uses inside it: ``x / (1 + g / "100 percent")`` (the base
    of a growth ``g`` to ``x``) and ``x * ("100 percent" + g)`` (the value a growth ``g`` from
    ``x`` reaches), each a form of a growth whose other figure is not printed; and ``c = (a + b) *
    ("100 percent" + g)``, a growth to ``c`` from a base the hand adds up of other claims."""
    constraint = _constraint(doc, relation) if relation.kind == "equation" else None
    if constraint is None:
        return ()
    found: list[Form] = []
    left, right = constraint.left, constraint.right
    if constraint.rel == "=":
        for one, other in ((left, right), (right, left)):
            if isinstance(one, Var) and isinstance(other, BinOp):
                found += _growth_of_term(doc, other, figures(doc, _id(one.name)), figures, True)
    work: list[Expr] = [constraint.left, constraint.right]
    while work:
        expr = work.pop()
        if isinstance(expr, Neg):
            work.append(expr.operand)
        elif isinstance(expr, BinOp):
            work += [expr.left, expr.right]
            found += _growth_of_term(doc, expr, (), figures)
    return tuple(found)


def implied(doc: ClaimsFile, relation: Relation, figures: Figures) -> tuple[Form, ...]:
    """What a hand relation states inside it that a drafted relation may state alone: the growths
    a written equation uses (:func:`terms`), the growth of a change's percent, and the order of
    every growth's current value and base that both are claims."""
    found = terms(doc, relation, figures) + _change_growth(doc, relation, figures)
    found += _difference_order(doc, relation, figures)
    growths = [f for f in (*forms(doc, relation, figures), *found) if f.kind.startswith("growth, ")]
    return found + tuple(o for g in growths for o in _growth_order(g))


def _change_growth(doc: ClaimsFile, relation: Relation, figures: Figures) -> tuple[Form, ...]:
    """A change's percent is the growth from its base to its current value (percent = amount /
    base × 100, amount = current − base), signed as the change check signs it: a fall written
    without a minus (``direction = "fall"``) is a fall."""
    percent = relation.ref("percent")
    claim = None if percent is None else doc.claim(percent)
    if relation.kind != "change" or claim is None or claim.value is None:
        return ()
    fall = relation.values.get("direction") == "fall" and not claim.value.stated.negative
    sign = _sign(doc, claim.id, -1 if fall else 1)
    if sign is None:
        return ()

    def members(name: str) -> tuple[Member, ...]:
        one = relation.ref(name)
        return (figures(doc, one),) if one else ()

    return _growth(sign, (figures(doc, claim.id),), members("current"), members("base"))


def _difference_order(doc: ClaimsFile, relation: Relation, figures: Figures) -> tuple[Form, ...]:
    """A difference whose result states a sign orders its two sides: ``r = m - s`` with ``r``
    printed above zero puts ``m`` above ``s`` ("falling short of its $143 million budget by $3.8
    million": the $139.2 million below the $143 million), below zero the other way; strictly, so
    also at or above."""
    result = relation.ref("result")
    minuend, subtrahend = relation.ref("minuend"), relation.ref("subtrahend")
    if relation.kind != "difference" or not (result and minuend and subtrahend):
        return ()
    sign = _sign(doc, result)
    if sign is None:
        return ()
    larger, smaller = figures(doc, minuend), figures(doc, subtrahend)
    if sign == "fall":
        larger, smaller = smaller, larger
    return tuple(Form(f"order {op}", ((larger,), (smaller,))) for op in (">", ">="))


def _growth_order(growth: Form) -> tuple[Form, ...]:
    """A growth between two claims orders them: a rise's current value above its base, a fall's
    below (strictly, so also at or above, at or below)."""
    _, current, base = growth.roles
    larger, smaller = (current, base) if growth.kind == "growth, rise" else (base, current)
    return tuple(Form(f"order {op}", (larger, smaller)) for op in (">", ">="))


def _constraint(doc: ClaimsFile, relation: Relation) -> Constraint | None:
    found = equation_tests(doc, relation)
    return found[0].constraint if found else None


def _growth(
    sign: str, growth: tuple[Member, ...], current: tuple[Member, ...], base: tuple[Member, ...]
) -> tuple[Form, ...]:
    """A growth's form by the figures it has: both, or only its current value ("to") or its base
    ("from"), the other not printed."""
    current = tuple(m for m in current if m)
    base = tuple(m for m in base if m)
    if len(growth) != 1 or not growth[0] or len(current) > 1 or len(base) > 1:
        return ()
    if current and base:
        return (Form(f"growth, {sign}", (growth, current, base)),)
    if current:
        return (Form(f"growth to, {sign}", (growth, current)),)
    if base:
        return (Form(f"growth from, {sign}", (growth, base)),)
    return ()


def _sign(doc: ClaimsFile, claim_id: str, times: int = 1) -> str | None:
    """ "rise" or "fall": the sign of a growth claim's stated value (times -1 where an equation
    takes it from 100 percent); None when it states none, or zero."""
    claim = doc.claim(claim_id)
    if claim is None or claim.value is None or claim.value.missing:
        return None
    value = claim.value.stated.value * times
    return None if value == 0 else "rise" if value > 0 else "fall"


def _sums(rel: str, big: tuple[Member, ...], small: tuple[Member, ...]) -> tuple[Form, ...]:
    """``sum(big) rel sum(small)`` when one side is one claim: two claims equal or in order, a
    total and its parts (all of them with "=", some with ">=")."""
    if rel == "=" and len(big) > len(small):
        big, small = small, big
    if len(big) != 1 or not small:
        return ()
    if len(small) == 1:
        if rel == "=":
            return (Form("equal", ((big[0], small[0]),)),)
        # total >= its one part is the order; a strict order is no sum
        return (Form(f"order {rel}", (big, small)),) + (
            (Form("sum", (big, small)),) * (rel == ">=")
        )
    if rel == ">":
        return ()
    return (Form("sum exhaustive" if rel == "=" else "sum", (big, small)),)


def _equation_forms(doc: ClaimsFile, constraint: Constraint, figures: Figures) -> tuple[Form, ...]:
    """The named kinds an equation over lone ids is: ``a = b * (100 percent + g)`` a growth,
    ``a = b`` equal, ``a > b`` an order, ``a = b + c`` or ``a - b = c`` a sum of all the parts,
    ``a >= b + c`` a sum of some."""
    left, right, rel = constraint.left, constraint.right, constraint.rel
    if rel in ("<", "<="):
        left, right, rel = right, left, ">" if rel == "<" else ">="
    found: list[Form] = []
    if rel == "=":
        for one, other in ((left, right), (right, left)):
            if isinstance(one, Var) and isinstance(other, BinOp):
                found += _growth_of_term(doc, other, figures(doc, _id(one.name)), figures)
    found += _ratio(doc, constraint, figures)
    signed = _added(left, 1)
    against = _added(right, -1)
    if signed is not None and against is not None:
        signed += against
        plus = tuple(figures(doc, _id(v.name)) for v, s in signed if s > 0)
        minus = tuple(figures(doc, _id(v.name)) for v, s in signed if s < 0)
        found += _sums(rel, plus, minus)
    return tuple(found)


def _ratio(doc: ClaimsFile, constraint: Constraint, figures: Figures) -> tuple[Form, ...]:
    """An equation of three claims that holds exactly where ``s = a / b`` (``s`` a percent): the
    share ``s`` of ``a`` in ``b`` ("exports covered imports at a rate of 112 percent": cover =
    exports / imports), the constraint a drafted ``share`` states (share = part / whole x 100).
    Decided by values on the compiled constraint, which holds a percent as its number (112):
    at every point, true with ``s`` at 100 a / b and false with ``s`` one above it, however
    the hand arranged the sides."""
    names = sorted(variables(constraint.left) | variables(constraint.right))
    if constraint.rel != "=" or len(names) != 3:
        return ()
    for share in (n for n in names if _percent(doc, _id(n))):
        part, whole = (n for n in names if n != share)
        for a, b in ((part, whole), (whole, part)):
            try:
                holds = all(
                    _holds(
                        constraint,
                        {a: Fraction(x), b: Fraction(y), share: 100 * Fraction(x, y) + d},
                    )
                    == (d == 0)
                    for x, y in ((1, 1), (3, 2), (7, 5), (2, 9))
                    for d in (0, 1)
                )
            except ZeroDivisionError:
                holds = False
            if holds:
                roles = tuple((figures(doc, _id(n)),) for n in (share, a, b))
                return (Form("ratio", roles),)
    return ()


def _holds(constraint: Constraint, values: dict[str, Fraction]) -> bool:
    return evaluate(constraint.left, values) == evaluate(constraint.right, values)


def _id(name: str) -> str:
    return name.partition("@")[0]


def _added(expr: Expr, sign: int) -> list[tuple[Var, int]] | None:
    """``a + b - c`` as its lone ids with their signs; None if anything else is in it."""
    if isinstance(expr, Var):
        return [(expr, sign)]
    if isinstance(expr, Neg):
        return _added(expr.operand, -sign)
    if isinstance(expr, BinOp) and expr.op in ("+", "-"):
        left, right = _added(expr.left, sign), _added(expr.right, sign if expr.op == "+" else -sign)
        return None if left is None or right is None else left + right
    return None


def _growth_of_term(
    doc: ClaimsFile, expr: BinOp, equal_to: Member, figures: Figures, several: bool = False
) -> tuple[Form, ...]:
    """A term over figures x and one growth claim g that is x × F or x ÷ F, F the factor of g
    (1 + g/100, in any spelling: ``1 + g / "100 percent"``, ``"100 percent" + g``, ``"100
    percent" - g`` for a fall written without its sign): x ÷ F is the base of a growth to x, x ×
    F the value a growth from x reaches. ``equal_to`` is the claim the term equals, when the
    equation says so; the growth then has both its figures. Where x is no one claim but several
    added (``(air + cruise) * ("100 percent" + g)``: last year's total, not printed, as the sum of
    its parts), the growth has only the figure the term equals: its value reached (x × F) or its
    base (x ÷ F), as a drafted growth with no base or no current value states it: a part of the
    equation (:func:`terms`, with ``several``), never the whole of it.

    Whether it is such a term is decided by its values, not its spelling: the term must be S(x) ×
    c × (1 + s × g / 100) or S(x) ÷ (c × (1 + s × g / 100)) for every x and g, S(x) linear in the
    figures (their sum, one figure being its own), with s ±1 and c 1; inside a larger equation c
    may be 100 too (a factor in percent, whose unit the equation folds into the whole side; the
    constraint keeps no unit of a term)."""
    names = variables(expr)
    growths = [n for n in names if _percent(doc, n)]
    if len(names) < 2 or len(growths) != 1:
        return ()
    (g,), xs = growths, sorted(names - set(growths))
    if several != (len(xs) > 1) or (several and not equal_to):
        return ()  # several figures: only where the equation says which claim the term equals
    points = (0, 10, 30, -20, 7, 250)
    ones = dict.fromkeys(xs, Fraction(1))
    others = {x: Fraction(2 + 3 * i) for i, x in enumerate(xs)}  # another point: 2, 5, 8 ...
    try:
        at = {v: evaluate(expr, {**ones, g: Fraction(v)}) for v in points}
        size = at[0] / evaluate(expr, {**others, g: Fraction(0)})
        for v in points:
            doubled = evaluate(expr, {**{x: 2 * y for x, y in ones.items()}, g: Fraction(v)})
            elsewhere = evaluate(expr, {**others, g: Fraction(v)})
            if doubled != 2 * at[v] or elsewhere * size != at[v]:
                return ()  # not S(x) times a function of g, S linear
        if len(xs) > 1:
            at = {v: at[v] / evaluate(expr, {**ones, g: Fraction(0)}) for v in points}
    except ZeroDivisionError:
        return ()
    scales = (1,) if equal_to else (1, 100)
    for s, c in ((s, c) for s in (1, -1) for c in scales):
        factor = {v: c * (1 + Fraction(s * v, 100)) for v in points}
        sign = _sign(doc, g, s)
        grows = (figures(doc, g),)
        one = (figures(doc, _id(xs[0])),) if len(xs) == 1 else ()
        if len(xs) > 1:
            factor = {v: factor[v] / factor[0] for v in points}  # S(x) holds the scale
        if sign is not None and all(at[v] == factor[v] for v in points):
            # x times the factor: x is the base, the term the value the growth reaches
            return _growth(sign, grows, (equal_to,), one)
        if sign is not None and all(at[v] * factor[v] == 1 for v in points):
            # x over the factor: x is the value reached, the term its base
            return _growth(sign, grows, one, (equal_to,))
    return ()


def _percent(doc: ClaimsFile, name: str) -> bool:
    claim = doc.claim(name)
    unit = None if claim is None or claim.value is None else claim.value.stated.unit
    return unit is not None and unit.kind == "percent"
