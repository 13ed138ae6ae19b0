"""Equality: claims that state the same figure must be able to be equal (a budget "in balance":
revenue equals spending; one amount given twice in the article).

``first = other`` for each other claim, in every unit or currency both are stated in.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.relations.base import KindSpec, Problem, Test
from aktobe_facts.relations.common import alike, in_common_units
from aktobe_facts.solve.expr import Expr, Rel

SPEC = KindSpec(
    kind="equal",
    check="equal",
    title="Claims stated as equal can be",
    help="Every claim listed equals the first (a budget in balance: revenue = spending), in every "
    "currency or unit both are stated in.",
    fields=(
        FieldSpec(
            "claims",
            "id-list",
            "The claims that are equal (two or more).",
            True,
            "claim-or-reference",
        ),
    ),
)


def validate(relation: Relation, doc: ClaimsFile) -> Problem | None:
    ids = relation.refs("claims")
    if len(ids) < 2:
        return Problem("claims", "an equality needs at least two claims")
    if len(set(ids)) != len(ids):
        return Problem("claims", "a claim is listed twice")
    return alike(doc, relation, ("claims",))


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    ids = relation.refs("claims")
    found: list[Test] = []
    for other in ids[1:]:

        def make(terms: dict[str, Expr], other: str = other) -> tuple[Expr, Rel, Expr]:
            return terms[ids[0]], "=", terms[other]

        what = relation.label or f"'{ids[0]}' equals '{other}'"
        found += in_common_units(doc, relation, (ids[0], other), make, what)
    return found
