"""Growth: ``current = base × (1 + growth / 100)`` (the ``growth`` check reports it).

Written as a ``[[relation]]`` or as a growth claim's ``of`` (the current value) and ``base``. A
growth ``real = true``, or whose value says so ("6.2 percent in real terms", see
:class:`aktobe_facts.reading.numbers.Terms`), is net of price changes: it is never compared with nominal
amounts, and the check says so instead of testing it.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import Terms
from aktobe_facts.relations.base import KindSpec, Problem, Test
from aktobe_facts.relations.common import alike, in_common_units, percent_claim
from aktobe_facts.relations.terms import quantities, var_name
from aktobe_facts.solve.expr import BinOp, Const, Expr, Rel, Var

SPEC = KindSpec(
    kind="growth",
    check="growth",
    title="Growth rates fit the current and base-period values",
    help="current = base × (1 + growth/100) in one unit; a real growth is never tested against "
    "nominal amounts.",
    fields=(
        FieldSpec("growth", "id", "The claim stating the growth in percent.", True, "claim"),
        FieldSpec("current", "id", "The value after the growth.", False, "claim-or-reference"),
        FieldSpec("base", "id", "The base period's value.", False, "claim"),
        FieldSpec(
            "real",
            "bool",
            "The growth is in real terms (net of inflation): not compared with nominal amounts.",
        ),
    ),
)


def validate(relation: Relation, doc: ClaimsFile) -> Problem | None:
    if relation.ref("current") is None and relation.ref("base") is None:
        return Problem("growth", "a growth needs the current value, the base or both")
    if relation.ref("current") is not None and relation.ref("current") == relation.ref("base"):
        return Problem("base", "the current value and the base must be two claims")
    return percent_claim(doc, relation, "growth") or alike(doc, relation, ("current", "base"))


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    growth, current, base = (relation.ref(f) for f in ("growth", "current", "base"))
    if is_real(doc, relation) or growth is None or current is None or base is None:
        return []
    stated = quantities(doc, growth)
    if not stated:
        return []
    g = Var(var_name(doc, growth, stated[0]))

    def make(terms: dict[str, Expr]) -> tuple[Expr, Rel, Expr]:
        factor = BinOp("+", Const(Fraction(1)), BinOp("/", g, Const(Fraction(100))))
        return terms[current], "=", BinOp("*", terms[base], factor)

    tests_ = in_common_units(doc, relation, (current, base), make, f"'{growth}'")
    # never across currencies: the exchange rate moves between the periods
    return [t for t in tests_ if not _through_rate(t)]


def is_real(doc: ClaimsFile, relation: Relation) -> bool:
    """The growth is in real terms: the relation says ``real = true`` or the value "in real terms"."""
    claim = doc.claim(relation.ref("growth") or "")
    value = None if claim is None else claim.value
    return relation.flag("real") or (value is not None and value.stated.terms == Terms.REAL)


def _through_rate(test: Test) -> bool:
    from aktobe_facts.solve.expr import constraint_names

    names = constraint_names(test.constraint)
    return any(n.startswith("rate:") for n in names)
