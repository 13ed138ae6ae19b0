"""Per-unit figure: "31 thousand euros per job created", "per resident", "per barrel" tied to the
numerator and the denominator it is the quotient of.

``value = numerator / denominator``, with the numerator taken in the value's unit or currency (the
same unit, an exact conversion, or the article's rate) and the denominator as stated.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.reading.units import UnitSpec
from aktobe_facts.relations.base import KindSpec, Problem, Test
from aktobe_facts.relations.common import family, per_unit
from aktobe_facts.relations.terms import quantities, term, var_name
from aktobe_facts.solve.expr import BinOp, Constraint, Expr, Var

SPEC = KindSpec(
    kind="per",
    check="per",
    title="A per-unit figure is its numerator over its denominator",
    help="value = numerator / denominator: '31 thousand euros per job created' against the "
    "investment and the jobs it divides, in every currency the value is stated in.",
    fields=(
        FieldSpec("value", "id", "The claim stating the per-unit figure.", True, "claim"),
        FieldSpec("numerator", "id", "The figure divided.", True, "claim-or-reference"),
        FieldSpec("denominator", "id", "The figure divided by.", True, "claim-or-reference"),
    ),
)


def validate(relation: Relation, doc: ClaimsFile) -> Problem | None:
    value, numerator, denominator = (relation.ref(f) for f in ("value", "numerator", "denominator"))
    if len({value, numerator, denominator}) != 3:
        return Problem("denominator", "value, numerator and denominator must be three claims")
    for name, ref_id in (("value", value), ("numerator", numerator), ("denominator", denominator)):
        assert ref_id is not None
        if family(doc, ref_id) is None:
            return Problem(name, f"'{ref_id}' states no number to relate")
    assert value is not None and numerator is not None
    if family(doc, value) != family(doc, numerator):
        return Problem(
            "numerator",
            f"'{numerator}' and the per-unit figure '{value}' are not of one kind (the value is "
            "in the numerator's unit per one of the denominator)",
        )
    return None


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    value, numerator, denominator = (relation.ref(f) for f in ("value", "numerator", "denominator"))
    if value is None or numerator is None or denominator is None:
        return []
    bottom = quantities(doc, denominator)
    if not bottom:
        return []
    found: list[Test] = []
    for q in quantities(doc, value):
        top = term(doc, numerator, q.unit)
        below = _denominator(doc, denominator, bottom[0], q.per)
        if top is None or below is None:
            continue  # no test in this unit: the relation says why when none is left
        c = Constraint(
            Var(var_name(doc, value, q)),
            "=",
            BinOp("/", top, below),
            relation.id,
            relation.members,
            relation.line,
        )
        what = relation.label or f"'{value}' is '{numerator}' per '{denominator}'"
        found.append(Test(c, per_unit(q.unit, q.per), what))
    return found


def _denominator(
    doc: ClaimsFile, ref_id: str, first: Quantity, per: UnitSpec | None
) -> Expr | None:
    """The denominator in the value's "per" unit: "300 tenge per kilogram" over "2 tonnes" divides
    by 2,000 kilograms. A count ("per job created") takes a counted denominator as stated; a unit
    the denominator cannot be had in gives no test (``None``), never a quotient off by a scale."""
    if per is None:
        return Var(var_name(doc, ref_id, first))
    exact = term(doc, ref_id, per, rates=False)
    if exact is not None:
        return exact
    if per.kind == "count" and family(doc, ref_id) == "count":
        return Var(var_name(doc, ref_id, first))
    return None
