"""Shares of one unstated whole: revenue and spending both given as a percent of GDP imply a GDP
each, and it must be the same GDP.

``part₁ × 100 ÷ share₁ = partᵢ × 100 ÷ shareᵢ`` (each side is the whole its part and percent
imply), with the parts in every unit or currency all are stated in.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.relations.base import KindSpec, Problem, Test
from aktobe_facts.relations.common import alike, in_common_units
from aktobe_facts.relations.terms import quantities, var_name
from aktobe_facts.solve.expr import BinOp, Const, Expr, Rel, Var

SPEC = KindSpec(
    kind="same-whole",
    check="same-whole",
    title="Shares of one whole imply the same whole",
    help="Each part over its percent gives the whole: revenue at 21 percent of GDP and spending "
    "at 24 percent of GDP must imply one GDP.",
    fields=(
        FieldSpec("parts", "id-list", "The amounts (two or more).", True, "claim-or-reference"),
        FieldSpec(
            "shares",
            "id-list",
            "The percent of the whole each part is, in the same order.",
            True,
            "claim",
        ),
    ),
)


def validate(relation: Relation, doc: ClaimsFile) -> Problem | None:
    parts, shares = relation.refs("parts"), relation.refs("shares")
    if len(parts) < 2:
        return Problem("parts", "shares of one whole need at least two parts")
    if len(shares) != len(parts):
        return Problem("shares", f"{len(parts)} parts need {len(parts)} shares, one each")
    if len(set(parts + shares)) != 2 * len(parts):
        return Problem("shares", "a claim is listed twice")
    for ref_id in shares:
        stated = quantities(doc, ref_id)
        if not stated or stated[0].unit is None or stated[0].unit.kind != "percent":
            return Problem("shares", f"'{ref_id}' must state a percent")
    return alike(doc, relation, ("parts",))


def whole(part: Expr, percent: Expr) -> Expr:
    """``part × 100 ÷ percent``: the whole a part and its percent imply."""
    return BinOp("/", BinOp("*", part, Const(Fraction(100))), percent)


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    parts, shares = relation.refs("parts"), relation.refs("shares")
    if len(parts) < 2 or len(shares) != len(parts):
        return []
    percents: list[Expr] = []
    for ref_id in shares:
        stated = quantities(doc, ref_id)
        if not stated:
            return []
        percents.append(Var(var_name(doc, ref_id, stated[0])))
    found: list[Test] = []
    for i in range(1, len(parts)):

        def make(terms: dict[str, Expr], i: int = i) -> tuple[Expr, Rel, Expr]:
            return whole(terms[parts[0]], percents[0]), "=", whole(terms[parts[i]], percents[i])

        what = relation.label or f"'{parts[0]}' and '{parts[i]}' imply one whole"
        found += in_common_units(doc, relation, (parts[0], parts[i]), make, what)
    return found
