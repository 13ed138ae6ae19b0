"""Difference stated as a third figure: a deficit (spending minus revenue), a trade balance
(exports minus imports), an amount "excluding" one of its parts.

``result = minuend − subtrahend``, in every unit or currency all three are stated in.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.relations.base import KindSpec, Problem, Test
from aktobe_facts.relations.common import alike, in_common_units
from aktobe_facts.solve.expr import BinOp, Expr, Rel

SPEC = KindSpec(
    kind="difference",
    check="difference",
    title="A stated difference equals the figures it is the difference of",
    help="result = minuend − subtrahend (a deficit is spending − revenue, a trade balance "
    "exports − imports, an amount 'excluding' a part is the total − the part), in every "
    "currency or unit all three are stated in.",
    fields=(
        FieldSpec("result", "id", "The claim stating the difference.", True, "claim"),
        FieldSpec("minuend", "id", "The figure subtracted from.", True, "claim-or-reference"),
        FieldSpec("subtrahend", "id", "The figure subtracted.", True, "claim-or-reference"),
    ),
)
FIELDS = ("result", "minuend", "subtrahend")


def validate(relation: Relation, doc: ClaimsFile) -> Problem | None:
    ids = [relation.ref(f) for f in FIELDS]
    if len(set(ids)) != len(ids):
        return Problem("subtrahend", "the result, minuend and subtrahend must be three claims")
    return alike(doc, relation, FIELDS)


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    result, minuend, subtrahend = (relation.ref(f) for f in FIELDS)
    if result is None or minuend is None or subtrahend is None:
        return []

    def make(terms: dict[str, Expr]) -> tuple[Expr, Rel, Expr]:
        return terms[result], "=", BinOp("-", terms[minuend], terms[subtrahend])

    what = relation.label or f"'{result}' is '{minuend}' minus '{subtrahend}'"
    return in_common_units(doc, relation, (result, minuend, subtrahend), make, what)
