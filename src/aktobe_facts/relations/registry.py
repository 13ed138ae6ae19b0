"""The registry of relation kinds: kind name -> module (see the package's docstring)."""

from __future__ import annotations

from types import ModuleType

from aktobe_facts.claims.model import ClaimsFile, Relation
from aktobe_facts.findings import Finding
from aktobe_facts.relations import (
    amount_share,
    average,
    change,
    conversion,
    difference,
    equal,
    general,
    growth,
    multiple,
    of,
    order,
    per,
    ratio,
    same,
    same_whole,
    share,
    shares,
    sum_of_parts,
)
from aktobe_facts.relations.base import KindSpec
from aktobe_facts.solve.expr import Constraint

KINDS: dict[str, ModuleType] = {
    module.SPEC.kind: module
    for module in (
        sum_of_parts,
        difference,
        multiple,
        change,
        per,
        average,
        equal,
        order,
        same_whole,
        share,
        growth,
        ratio,
        shares,
        amount_share,
        conversion,
        same,
        of,
        general,  # kind = "equation": the grammar of aktobe_facts.relations.equation
    )
}
"""Every kind of relation, by its ``kind`` name."""


def spec(module: ModuleType) -> KindSpec:
    found = module.SPEC
    assert isinstance(found, KindSpec)
    return found


def writable() -> tuple[str, ...]:
    """The kinds a ``[[relation]]`` table may name."""
    return tuple(k for k, m in KINDS.items() if spec(m).writable)


def constraints(doc: ClaimsFile, relation: Relation) -> list[Constraint]:
    """The relation as constraints over the article's figures (for the joint solver)."""
    module = KINDS.get(relation.kind)
    if module is None:
        return []
    return [t.constraint for t in module.tests(doc, relation)]


def all_constraints(doc: ClaimsFile) -> list[Constraint]:
    """Every constraint of the file, relation by relation."""
    return [c for relation in doc.relations for c in constraints(doc, relation)]


def check(doc: ClaimsFile, relation: Relation) -> list[Finding]:
    """The findings of one relation of a kind tested here (not by an older check module)."""
    from aktobe_facts.relations.common import check_tests

    module = KINDS[relation.kind]
    return check_tests(doc, relation, module.tests(doc, relation), spec(module).check)
