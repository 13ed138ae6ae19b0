"""The registry of relation kinds: kind name -> module (see the package's docstring).

A kind's module is imported when a file first has a relation of that kind (the seed has 6 of
18): each module imported costs the cold start whether it runs or not (BENCHMARKS.md).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module
from types import ModuleType

from aktobe_facts.claims.model import ClaimsFile, Relation
from aktobe_facts.findings import Finding
from aktobe_facts.relations.base import KindSpec
from aktobe_facts.solve.expr import Constraint

_MODULES = {
    "sum": "sum_of_parts",
    "difference": "difference",
    "multiple": "multiple",
    "change": "change",
    "per": "per",
    "average": "average",
    "equal": "equal",
    "order": "order",
    "same-whole": "same_whole",
    "share": "share",
    "growth": "growth",
    "ratio": "ratio",
    "shares": "shares",
    "amount-share": "amount_share",
    "conversion": "conversion",
    "same": "same",
    "of": "of",
    "equation": "general",  # the grammar of aktobe_facts.relations.equation
}
"""Each kind's module in :mod:`aktobe_facts.relations`, by the kind's name (its ``SPEC.kind``)."""


class _Kinds(Mapping[str, ModuleType]):
    """The kinds' modules by name, each imported when first looked up."""

    def __init__(self) -> None:
        self._loaded: dict[str, ModuleType] = {}

    def __getitem__(self, kind: str) -> ModuleType:
        module = self._loaded.get(kind)
        if module is None:
            module = import_module(f"aktobe_facts.relations.{_MODULES[kind]}")
            self._loaded[kind] = module
        return module

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


KINDS: Mapping[str, ModuleType] = _Kinds()
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
