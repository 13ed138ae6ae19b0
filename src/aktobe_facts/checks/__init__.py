"""The check registry: one module per family of relations, listed in :data:`CHECKS`.

A check module has an ``ID``, a one-line ``TITLE``, a ``HELP`` text and a pure function
``check(doc) -> list[Finding]``. Adding a check means adding a module and one line below.
"""

from __future__ import annotations

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
from aktobe_facts.findings import Finding
from aktobe_facts.model import ClaimsFile


class CheckModule(Protocol):
    ID: str
    TITLE: str
    HELP: str

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
    article_hash.ID: article_hash,
    provenance.ID: provenance,
    coverage.ID: coverage,
    separators.ID: separators,
    **{kind_check.ID: kind_check for kind_check in relation_kinds.CHECKS},
}
