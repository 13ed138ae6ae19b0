"""Sum of parts: a total and the parts it is made of ("six sectors … of a national 4.2 billion",
"22 projects, five of them in the capital", "of which 1.4 billion lari").

``total = part + part + …`` when the parts are the whole of it (``exhaustive = true``), else
``total ≥ part + part + …`` (the parts named leave room for others; a single part never exceeds its
whole). Tested in every unit or currency all the figures are stated in.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.relations.base import KindSpec, Problem, Test
from aktobe_facts.relations.common import alike, in_common_units, total
from aktobe_facts.solve.expr import Expr, Rel

SPEC = KindSpec(
    kind="sum",
    check="sum",
    title="Parts add up to their total",
    help="The parts of a total (amounts or counts) add up to it when exhaustive, and never "
    "exceed it otherwise; tested in every currency or unit they are all stated in.",
    fields=(
        FieldSpec("total", "id", "The claim stating the whole.", True, "claim-or-reference"),
        FieldSpec("parts", "id-list", "The claims stating its parts.", True, "claim"),
        FieldSpec(
            "exhaustive",
            "bool",
            "The parts are the whole total (they must add up to it); by default they may leave "
            "room for parts not named.",
        ),
    ),
)


def validate(relation: Relation, doc: ClaimsFile) -> Problem | None:
    if not relation.refs("parts"):
        return Problem("parts", "a sum needs at least one part")
    if relation.ref("total") in relation.refs("parts"):
        return Problem("parts", "the total cannot be one of its own parts")
    return alike(doc, relation, ("total", "parts"))


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    whole = relation.ref("total")
    parts = relation.refs("parts")
    if whole is None or not parts:
        return []
    exhaustive = relation.flag("exhaustive")

    def make(terms: dict[str, Expr]) -> tuple[Expr, Rel, Expr]:
        rel: Rel = "=" if exhaustive else ">="
        return terms[whole], rel, total([terms[p] for p in parts])

    what = relation.label or (
        f"the parts of '{whole}' add up to it"
        if exhaustive
        else f"the parts of '{whole}' do not exceed it"
    )
    return in_common_units(doc, relation, (whole, *parts), make, what)
