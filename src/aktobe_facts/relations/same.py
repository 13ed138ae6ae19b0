"""Same fact in other words: a claim's ``same_as`` ("fell by 1.8 percent" for an index of 98.2
percent). The ``index-change`` check reports it (an index against the change it states); it adds
no constraint of its own, since the direction of an unsigned change is read from words.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.relations.base import KindSpec, Test

SPEC = KindSpec(
    kind="same",
    check="index-change",
    title="An index agrees with the change it states",
    help="Made from a claim's same_as.",
    fields=(FieldSpec("claims", "id-list", "The two claims.", True, "claim"),),
    writable=False,
)


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    return []
