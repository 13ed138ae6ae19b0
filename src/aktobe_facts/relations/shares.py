"""A group of shares of one whole ("49 percent … and other sectors"): a ``[[group]]`` and the
claims whose ``group`` names it; the ``shares`` check reports it.

The stated members add up to at most 100 percent; to exactly 100 with the remainder, or when the
group is exhaustive.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.units import lookup_unit
from aktobe_facts.relations.base import KindSpec, Test
from aktobe_facts.relations.common import total
from aktobe_facts.relations.terms import quantities, var_name
from aktobe_facts.solve.expr import Const, Constraint, Expr, Rel, Var

SPEC = KindSpec(
    kind="shares",
    check="shares",
    title="Shares of a whole fit in 100 percent",
    help="The members of a [[group]] of shares add up to at most 100 percent (exactly 100 with "
    "a remainder or when exhaustive).",
    fields=(
        FieldSpec("members", "id-list", "The shares (claims naming the group).", True, "claim"),
        FieldSpec("of", "id", "The claim whose whole the shares divide.", False, "claim"),
        FieldSpec("exhaustive", "bool", "The members cover the whole."),
        FieldSpec("remainder", "id", "The member that is the rest of the whole.", False, "claim"),
    ),
    writable=False,
)


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    remainder = relation.ref("remainder")
    terms: list[Expr] = []
    for member in relation.refs("members"):
        stated = quantities(doc, member)
        if stated:
            terms.append(Var(var_name(doc, member, stated[0])))
        elif member != remainder:
            return []
    if not terms:
        return []
    closed = relation.flag("exhaustive") or (
        remainder is not None and bool(quantities(doc, remainder))
    )
    rel: Rel = "=" if closed else "<="
    c = Constraint(
        total(terms), rel, Const(Fraction(100)), relation.id, relation.members, relation.line
    )
    return [Test(c, lookup_unit("percent"), f"the shares of {relation.name}")]
