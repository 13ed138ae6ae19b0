"""Short articles of our own, one per relation kind (tests/relations_articles/<kind>/): the text,
its claims file and the expected findings. Each has a case where the article is wrong and one where
it is right only within rounding; the article is linked, so every quote must be in it and every
number of it in a claim.

``expected.json`` lists, for each finding of the kind's check and each finding of any check that is
not a pass: ``[check, outcome, severity, claims, rounding_only]``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import load
from aktobe_facts.findings import Finding, Outcome
from aktobe_facts.relations.registry import KINDS, spec

HERE = Path(__file__).parent / "relations_articles"
ARTICLES = sorted(p.name for p in HERE.iterdir() if (p / "claims.toml").is_file())


def rows(kind: str, findings: list[Finding]) -> list[list[object]]:
    check = spec(KINDS[kind]).check
    return [
        [f.check, f.outcome.value, f.severity.value, list(f.claims), f.rounding_only]
        for f in findings
        if f.check == check or f.outcome is not Outcome.PASS
    ]


def test_every_kind_written_in_a_claims_file_has_an_article() -> None:
    from aktobe_facts.relations.registry import writable

    assert set(writable()) - {"ratio"} <= set(ARTICLES)  # [[ratio]] has the seed


@pytest.mark.parametrize("kind", ARTICLES)
def test_an_article_gives_its_expected_findings(kind: str) -> None:
    findings = check_document(load(HERE / kind / "claims.toml"))
    expected = json.loads((HERE / kind / "expected.json").read_text("utf-8"))
    assert rows(kind, findings) == expected


@pytest.mark.parametrize("kind", ARTICLES)
def test_each_article_has_a_wrong_case_and_one_right_only_within_rounding(kind: str) -> None:
    check = spec(KINDS[kind]).check
    findings = [f for f in check_document(load(HERE / kind / "claims.toml")) if f.check == check]
    assert any(f.outcome is Outcome.FAIL for f in findings)
    assert any(f.outcome is Outcome.PASS and f.rounding_only for f in findings)
    for f in findings:
        if f.outcome is Outcome.FAIL:
            assert f.result and f.bound and f.inputs  # the arithmetic
            assert f.nearest or f.suggestion  # the nearest consistent value / the fix
