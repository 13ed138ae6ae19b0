"""What a claim is about: a claim's ``of`` when no other relation uses it (the whole of a share,
which the ``grim`` and ``part-share`` checks read; the base share of a change in a share, which
``percent-points`` reads). It adds no constraint of its own.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Relation
from aktobe_facts.relations.base import KindSpec, Test

SPEC = KindSpec(
    kind="of",
    check="grim",
    title="A claim is about another",
    help="Made from a claim's 'of' (a share's whole, a change's base share).",
    fields=(
        FieldSpec("claim", "id", "The claim.", True, "claim"),
        FieldSpec("of", "id", "What it is about.", True, "claim-or-reference"),
    ),
    writable=False,
)


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    return []
