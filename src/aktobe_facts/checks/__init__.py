"""The check registry: one module per family of relations, listed in :data:`CHECKS`.

A check module has an ``ID``, a one-line ``TITLE``, a ``HELP`` text and a pure function
``check(doc) -> list[Finding]``, whose findings it makes with a vocabulary bound to its id
(``say = Verdicts(ID)``: ``say.passed``, ``say.failed``, ``say.undetermined``; see
:class:`~aktobe_facts.findings.Verdicts`). Adding a check means adding a module and one line below. A check
whose findings are about the article's text rather than a relation says ``TESTS_RELATIONS =
False``. Reviews (:data:`REVIEWS`) run after the checks, on their findings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from aktobe_facts.checks import (
    article_hash,
    conversions,
    counterparts,
    coverage,
    cross_rates,
    grim,
    growth,
    index_change,
    index_or_growth,
    joint,
    no_relation,
    part_share,
    periods,
    plausibility,
    points,
    provenance,
    ranks,
    rate_magnitudes,
    ratios,
    reference_rates,
    relation_kinds,
    same_subject,
    separators,
    shares,
    unit_conversions,
    whole_share,
)
from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.findings import Finding


class CheckModule(Protocol):
    @property
    def ID(self) -> str: ...
    @property
    def TITLE(self) -> str: ...
    @property
    def HELP(self) -> str: ...

    def check(self, doc: ClaimsFile) -> list[Finding]: ...


CHECKS: dict[str, CheckModule] = {
    conversions.ID: conversions,
    reference_rates.ID: reference_rates,
    rate_magnitudes.ID: rate_magnitudes,
    cross_rates.ID: cross_rates,
    unit_conversions.ID: unit_conversions,
    counterparts.ID: counterparts,
    shares.ID: shares,
    ratios.ID: ratios,
    periods.ID: periods,
    ranks.ID: ranks,
    growth.ID: growth,
    plausibility.ID: plausibility,
    index_change.ID: index_change,
    index_or_growth.ID: index_or_growth,
    whole_share.ID: whole_share,
    part_share.ID: part_share,
    same_subject.ID: same_subject,
    points.ID: points,
    grim.ID: grim,
    joint.ID: joint,
    article_hash.ID: article_hash,
    provenance.ID: provenance,
    coverage.ID: coverage,
    separators.ID: separators,
    **{kind_check.ID: kind_check for kind_check in relation_kinds.CHECKS},
}


class ReviewModule(Protocol):
    ID: str
    TITLE: str
    HELP: str

    def review(self, doc: ClaimsFile, findings: Sequence[Finding]) -> list[Finding]: ...


REVIEWS: dict[str, ReviewModule] = {
    no_relation.ID: no_relation,
}
"""Reviews of what the checks found, run after them; ``findings`` are those of the checks that
test relations."""

KNOWN: dict[str, CheckModule | ReviewModule] = {**CHECKS, **REVIEWS}
"""Every id ``--select``, ``--ignore``, ``[settings]`` and waivers may name, in report order."""


def tests_relations(check_id: str) -> bool:
    """Whether the check's findings test relations between figures (not the article's text)."""
    return bool(getattr(CHECKS.get(check_id), "TESTS_RELATIONS", True))
