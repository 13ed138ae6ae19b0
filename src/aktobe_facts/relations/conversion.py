"""Conversion: an amount stated in two currencies or units ("646.8 billion tenge (US$1.5
billion)"), made from a claim's ``counterpart``. The ``conversions``, ``unit-conversions`` and
``cross-rates`` checks report it; its constraints tie the value to each counterpart through the
article's rate of the claim's period (``rate:A/B``, or ``rate:A/B@2018``, ``rate:A/B@2019-H1``
when the pair's conversions are split by period: a figure of its own for the joint solver) or an exact unit factor.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.quantities import range_ends
from aktobe_facts.reading.units import UnitSpec
from aktobe_facts.relations.base import KindSpec, Test
from aktobe_facts.relations.common import per_unit
from aktobe_facts.relations.rates import group_of
from aktobe_facts.relations.terms import end_name, exact_factor, quantities, var_name
from aktobe_facts.solve.expr import BinOp, Const, Constraint, Expr, Var
from aktobe_facts.solve.scope import rate_var

SPEC = KindSpec(
    kind="conversion",
    check="conversions",
    title="Amounts given in two currencies or units agree",
    help="value = counterpart × rate (currencies) or × the exact factor (units).",
    fields=(FieldSpec("claim", "id", "The claim with counterparts.", True, "claim"),),
    writable=False,
)


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    owner = relation.ref("claim")
    if owner is None:
        return []
    stated = quantities(doc, owner)
    found: list[Test] = []
    if len(stated) < 2:
        return found
    first = stated[0]
    left = Var(var_name(doc, owner, first))
    for q in stated[1:]:
        right = Var(var_name(doc, owner, q))
        expr: Expr
        if first.unit is not None and q.unit is not None and first.unit.is_currency:
            a, b = first.unit.key, q.unit.key
            group = group_of(doc, owner, a, b)
            expr = BinOp("*", right, Var(rate_var(a, b, None if group is None else group.tag)))
        else:
            f = exact_factor(q.unit, first.unit)
            g = _per_factor(q.per, first.per)  # "6.7 t/ha (2.71 t/acre)": per unit converted too
            if f is None or g is None:
                continue
            f /= g
            expr = right if f == 1 else BinOp("*", right, Const(f))
        shown = per_unit(first.unit, first.per)
        ends = (range_ends(first), range_ends(q))
        if ends[0] is None or ends[1] is None:
            c = Constraint(left, "=", expr, relation.id, relation.members, relation.line)
            found.append(Test(c, shown, f"'{owner}' in two units"))
            continue
        for which in ("low", "high"):  # "PLN 3-10bn (EUR 0.7-2.4bn)": 3 to 0.7, 10 to 2.4
            end_expr = _renamed(expr, right.name, end_name(right.name, which))
            c = Constraint(
                Var(end_name(left.name, which)),
                "=",
                end_expr,
                relation.id,
                relation.members,
                relation.line,
            )
            found.append(Test(c, shown, f"'{owner}' in two units, the {which} ends"))
    return found


def _renamed(expr: Expr, old: str, new: str) -> Expr:
    """``expr`` (a figure, or a figure times a factor) with the figure ``old`` named ``new``."""
    if isinstance(expr, Var):
        return Var(new) if expr.name == old else expr
    assert isinstance(expr, BinOp)
    return BinOp(expr.op, _renamed(expr.left, old, new), _renamed(expr.right, old, new))


def _per_factor(have: UnitSpec | None, want: UnitSpec | None) -> Fraction | None:
    """The factor between two "per" units (1 when neither has one), ``None`` when none."""
    if have is None or want is None:
        return Fraction(1) if have is want else None
    return exact_factor(have, want)
