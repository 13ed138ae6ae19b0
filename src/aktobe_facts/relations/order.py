"""Order between claims: a forecast not below the amount already reached, "the highest in a
decade" against the earlier years' figures, "the largest of the regions", a part not above its
whole.

``left op right`` for each claim of ``right``, with ``op`` one of ``<``, ``<=``, ``>``, ``>=``
(or ``≤``, ``≥``), in every unit or currency both are stated in. A strict order whose figures
may only touch is undetermined, not a fail (a closed interval stands for readings that may be open
at that end).
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.relations.base import KindSpec, Problem, Test
from aktobe_facts.relations.common import alike, in_common_units
from aktobe_facts.solve.expr import Expr, Rel

OPS: dict[str, Rel] = {"<": "<", "<=": "<=", "≤": "<=", ">": ">", ">=": ">=", "≥": ">="}
_WORDS = {"<": "is below", "<=": "is not above", ">": "is above", ">=": "is not below"}

SPEC = KindSpec(
    kind="order",
    check="order",
    title="Claims stated as larger or smaller are so",
    help="left op right for every claim in right (op: <, <=, >, >=): a forecast not below the "
    "amount reached, the highest figure of a decade, the largest of the regions.",
    fields=(
        FieldSpec("left", "id", "The claim compared.", True, "claim-or-reference"),
        FieldSpec(
            "op", "string", "How it compares: <, <=, >, >= (or ≤, ≥).", True, None, tuple(OPS)
        ),
        FieldSpec(
            "right", "id-list", "The claims it is compared with.", True, "claim-or-reference"
        ),
    ),
)


def validate(relation: Relation, doc: ClaimsFile) -> Problem | None:
    if not relation.refs("right"):
        return Problem("right", "an order needs at least one claim to compare with")
    if relation.ref("left") in relation.refs("right"):
        return Problem("right", "a claim cannot be compared with itself")
    return alike(doc, relation, ("left", "right"))


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    left = relation.ref("left")
    op = OPS.get(str(relation.values.get("op")), "<=")
    if left is None:
        return []
    found: list[Test] = []
    for other in relation.refs("right"):

        def make(terms: dict[str, Expr], other: str = other) -> tuple[Expr, Rel, Expr]:
            return terms[left], op, terms[other]

        what = relation.label or f"'{left}' {_WORDS[op]} '{other}'"
        found += in_common_units(doc, relation, (left, other), make, what)
    return found
