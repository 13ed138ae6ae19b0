"""Conversion: an amount stated in two currencies or units ("646.8 billion tenge (US$1.5
billion)"), made from a claim's ``counterpart``. The ``conversions``, ``unit-conversions`` and
``cross-rates`` checks report it; its constraints tie the value to each counterpart through the
article's rate of the claim's period (``rate:A/B``, or ``rate:A/B@2018``, ``rate:A/B@2019-H1``
when the pair's conversions are split by period: a figure of its own for the joint solver) or an exact unit factor.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.units import UnitSpec
from aktobe_facts.relations.base import KindSpec, Test
from aktobe_facts.relations.common import per_unit
from aktobe_facts.relations.rates import group_of
from aktobe_facts.relations.terms import exact_factor, quantities, var_name
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
        c = Constraint(left, "=", expr, relation.id, relation.members, relation.line)
        found.append(Test(c, per_unit(first.unit, first.per), f"'{owner}' in two units"))
    return found


def _per_factor(have: UnitSpec | None, want: UnitSpec | None) -> Fraction | None:
    """The factor between two "per" units (1 when neither has one), ``None`` when none."""
    if have is None or want is None:
        return Fraction(1) if have is want else None
    return exact_factor(have, want)
