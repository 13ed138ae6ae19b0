"""Average: a stated average of stated figures ("an average of 3.1 billion a year over 2019-2021").

``value = (a + b + …) / n``, in every unit or currency all are stated in.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.relations.base import KindSpec, Problem, Test
from aktobe_facts.relations.common import alike, in_common_units, total
from aktobe_facts.solve.expr import BinOp, Const, Expr, Rel

SPEC = KindSpec(
    kind="average",
    check="average",
    title="A stated average fits the figures it averages",
    help="value = (sum of the figures) / their number, in every currency or unit all are stated "
    "in.",
    fields=(
        FieldSpec("value", "id", "The claim stating the average.", True, "claim"),
        FieldSpec(
            "of", "id-list", "The figures averaged (two or more).", True, "claim-or-reference"
        ),
    ),
)


def validate(relation: Relation, doc: ClaimsFile) -> Problem | None:
    if len(relation.refs("of")) < 2:
        return Problem("of", "an average needs at least two figures")
    if relation.ref("value") in relation.refs("of"):
        return Problem("of", "the average cannot be one of the figures averaged")
    return alike(doc, relation, ("value", "of"))


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    value = relation.ref("value")
    items = relation.refs("of")
    if value is None or len(items) < 2:
        return []

    def make(terms: dict[str, Expr]) -> tuple[Expr, Rel, Expr]:
        mean = BinOp("/", total([terms[i] for i in items]), Const(Fraction(len(items))))
        return terms[value], "=", mean

    what = relation.label or f"'{value}' is the average of {len(items)} figures"
    return in_common_units(doc, relation, (value, *items), make, what)
