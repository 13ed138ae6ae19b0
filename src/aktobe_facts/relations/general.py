"""The general relation, ``kind = "equation"``: an equation or inequality over claim ids, for
what the named kinds do not say (``expr = "exports - imports = balance"``, ``expr = "a + b <= 0.5
* total"``). The grammar and its unit checks are :mod:`aktobe_facts.relations.equation`'s; this
module makes it a kind: an unreadable equation is an exit-2 error naming the token at fault, and a
readable one is tested like every other relation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.relations.base import KindSpec, Problem, Test

if TYPE_CHECKING:  # the grammar is imported only by a file that has an equation
    from aktobe_facts.relations.equation import Equation

SPEC = KindSpec(
    kind="equation",
    check="equation",
    title="A written equation or inequality over claims holds",
    help="expr: claim ids with + − × ÷, parentheses, = ≤ ≥ < > and quoted figures with units "
    '("5 percent"), units checked; it must hold for some values inside the stated intervals.',
    fields=(
        FieldSpec(
            "expr",
            "string",
            'The relation over claim ids: "deficit = spending - revenue".',
            required=True,
        ),
    ),
)


def _parse(relation: Relation, doc: ClaimsFile) -> Equation:
    from aktobe_facts.relations.equation import Figures, parse_equation

    figures = doc.cache.get("equation_figures")
    if not isinstance(figures, Figures):
        figures = doc.cache["equation_figures"] = Figures.of(doc.claims, doc.references)
    return parse_equation(
        str(relation.values.get("expr", "")),
        figures,
        relation=relation.id,
        line=relation.line,
        locale=doc.settings.locale,
        aliases=doc.settings.currencies,
    )


def validate(relation: Relation, doc: ClaimsFile) -> Problem | None:
    from aktobe_facts.relations.equation import EquationError

    try:
        _parse(relation, doc)
    except EquationError as exc:
        at = f" (at {exc.token!r})" if exc.token else ""
        return Problem("expr", f"column {exc.column}: {exc.message}{at}")
    return None


def complete(relation: Relation, doc: ClaimsFile) -> Relation:
    """The relation with the claims its equation names as members."""
    return msgspec.structs.replace(relation, members=_parse(relation, doc).constraint.claims)


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    from aktobe_facts.relations.equation import EquationError

    try:
        equation = _parse(relation, doc)
    except EquationError:
        return []
    what = relation.label or f"'{relation.id}'"
    return [Test(equation.constraint, equation.unit.as_spec(), what)]
