"""The checks of the relation kinds tested by the relation engine (sum, difference, multiple,
change, per, average, equal, order, same-whole, equation): one check per kind, its id the kind's
``SPEC.check``, each running :func:`aktobe_facts.relations.registry.check` on the file's relations
of that kind. (Growth, shares, ratios and the share kinds keep their own check modules.)
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.findings import Finding
from aktobe_facts.relations.registry import KINDS, check, spec

ENGINE_KINDS = (
    "sum",
    "difference",
    "multiple",
    "change",
    "per",
    "average",
    "equal",
    "order",
    "same-whole",
    "equation",
)


class KindCheck:
    """A check module for one relation kind (the registry's ``ID``/``TITLE``/``HELP``/``check``).

    Its id is the kind's name (``SPEC.check`` says so; tests/test_cold_start.py holds it): the kind's
    module is imported only when a file has a relation of the kind, or its title is asked for.
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.ID = kind

    @property
    def TITLE(self) -> str:
        return spec(KINDS[self.kind]).title

    @property
    def HELP(self) -> str:
        return spec(KINDS[self.kind]).help

    def check(self, doc: ClaimsFile) -> list[Finding]:
        return [f for relation in doc.relations_of(self.kind) for f in check(doc, relation)]


CHECKS = tuple(KindCheck(kind) for kind in ENGINE_KINDS)
