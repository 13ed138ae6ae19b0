"""The relations a figure is tied to: its claim's component in the file's relation graph.

Two relations are tied when they name a claim or a reference in common, when one reads a rate
that the other's figures fix, or when the joint system builds them into one part (its candidates'
claims, labels, scopes and rates). A currency pair's rate is kept whole: every conversion that
shares it (one estimate of ``relations.rates.rate_groups``) ties its claims together, so a figure
of one conversion reaches every relation of the pair's other conversions.

The separators check (:mod:`aktobe_facts.checks.separators`) reads an ambiguous figure the other
way and checks its claim's relations again: only the relations tied to the claim can change what
those findings say (a check judges each relation from its own figures, the rates and the joint
analysis, and the analysis of the whole file is still made), so the checks that read the file
relation by relation are given those relations alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aktobe_facts.claims.model import ClaimsFile, Relation
from aktobe_facts.solve.unionfind import DisjointSets

if TYPE_CHECKING:
    from aktobe_facts.relations.rates import PairEstimate
    from aktobe_facts.solve.wiring import Candidate


class Tied:
    """The relations of one file grouped by the claims and references they are tied to."""

    def __init__(self, doc: ClaimsFile) -> None:
        sets = DisjointSets()
        for relation in doc.relations:
            sets.join((f"r:{relation.id}", *(f"c:{m}" for m in relation.members)))
        for estimate in _rate_groups(doc):  # a pair's rate, kept whole
            sets.join(
                (
                    *(f"c:{p.claim.id}" for p in estimate.pairs),
                    *(f"c:{r.reference.id}" for r in estimate.references),
                )
            )
        for candidate in _candidates(doc):
            sets.join(
                (
                    *(f"c:{c}" for c in candidate.claims),
                    *(f"r:{label}" for label in (*candidate.labels, *candidate.scope)),
                    *(
                        f"v:{_canonical(name)}"
                        for _, _, names in candidate.built
                        for name in names
                        if name.startswith("rate:")
                    ),
                )
            )
        self._sets = sets
        self._relations = doc.relations

    def of(self, claim_id: str) -> tuple[Relation, ...]:
        """The relations tied to the claim, in file order."""
        find = self._sets.find
        root = find(f"c:{claim_id}")
        return tuple(r for r in self._relations if find(f"r:{r.id}") == root)


def _canonical(rate: str) -> str:
    from aktobe_facts.solve.scope import canonical_rate

    return canonical_rate(rate)


def _rate_groups(doc: ClaimsFile) -> list[PairEstimate]:
    if not any(c.counterparts for c in doc.claims) and not doc.references:
        return []  # no pair: the rates module is not imported
    from aktobe_facts.relations.rates import rate_groups

    return rate_groups(doc)


def _candidates(doc: ClaimsFile) -> list[Candidate]:
    from aktobe_facts.solve.narrowing import applies

    if not applies(doc):
        return []  # nothing the joint system could tie
    from aktobe_facts.solve.wiring import candidates

    return candidates(doc)
