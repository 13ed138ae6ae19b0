"""Share of a whole: a percent claim with the part and the whole it divides ("11 percent of the
territory" against the two areas). Written as a ``[[relation]]``, or as a percent claim's
``part`` and ``of`` fields (the ``share-of-whole`` check reports those as it always has).

``share = part / whole × 100``, with the part in the whole's unit (the same unit, an exact
conversion, or the article's rate).
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.units import lookup_unit
from aktobe_facts.relations.base import KindSpec, Problem, Test
from aktobe_facts.relations.common import percent_claim
from aktobe_facts.relations.terms import quantities, term, var_name
from aktobe_facts.solve.expr import BinOp, Const, Constraint, Var

SPEC = KindSpec(
    kind="share",
    check="share-of-whole",
    title="A share matches its part and whole",
    help="share = part / whole × 100, the part converted to the whole's unit.",
    fields=(
        FieldSpec("share", "id", "The claim stating the percent.", True, "claim"),
        FieldSpec("part", "id", "The part.", True, "claim-or-reference"),
        FieldSpec("whole", "id", "The whole.", True, "claim-or-reference"),
    ),
)


def validate(relation: Relation, doc: ClaimsFile) -> Problem | None:
    if relation.ref("part") == relation.ref("whole"):
        return Problem("whole", "the part and the whole must be two claims")
    if relation.ref("share") in (relation.ref("part"), relation.ref("whole")):
        return Problem("share", "the share, the part and the whole must be three claims")
    return percent_claim(doc, relation, "share")


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    share, part, whole = (relation.ref(f) for f in ("share", "part", "whole"))
    if share is None or part is None or whole is None:
        return []
    stated, wholes = quantities(doc, share), quantities(doc, whole)
    if not stated or not wholes:
        return []
    found: list[Test] = []
    for w in wholes:
        top = term(doc, part, w.unit)
        if top is None:
            continue
        ratio = BinOp("/", top, Var(var_name(doc, whole, w)))
        c = Constraint(
            Var(var_name(doc, share, stated[0])),
            "=",
            BinOp("*", ratio, Const(Fraction(100))),
            relation.id,
            relation.members,
            relation.line,
        )
        what = relation.label or f"'{share}' is '{part}' of '{whole}'"
        found.append(Test(c, lookup_unit("percent"), what))
        break
    return found
