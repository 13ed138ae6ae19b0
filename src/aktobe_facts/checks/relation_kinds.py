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
    """A check module for one relation kind (the registry's ``ID``/``TITLE``/``HELP``/``check``)."""

    def __init__(self, kind: str) -> None:
        kind_spec = spec(KINDS[kind])
        self.kind = kind
        self.ID = kind_spec.check
        self.TITLE = kind_spec.title
        self.HELP = kind_spec.help

    def check(self, doc: ClaimsFile) -> list[Finding]:
        return [f for relation in doc.relations_of(self.kind) for f in check(doc, relation)]


CHECKS = tuple(KindCheck(kind) for kind in ENGINE_KINDS)
