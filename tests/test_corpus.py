"""The corpus of real articles (tests/corpus/): each is checked and must give exactly the errors and
warnings its ``expected.toml`` lists — no missed inconsistency, no false error or warning.

Each folder holds ``article.txt`` (a real article retold in our own words around its numeric
phrases, which are kept exactly as printed), ``claims.toml`` (written by hand, with the source's
URL and date in ``[article]``) and ``expected.toml``::

    consistent = false
    [[finding]]
    checks = ["difference", "joint"]   # any of these checks may report it
    claims = ["deficit_h1"]            # the finding names at least these claims
    severity = "error"
    why = "..."                        # the arithmetic, in words, for the reader of the test
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import tomli

from aktobe_facts.api import check_file
from aktobe_facts.findings import Finding, Severity

CORPUS = Path(__file__).parent / "corpus"
ARTICLES = sorted(p.name for p in CORPUS.iterdir() if (p / "claims.toml").is_file())
SHOWN = (Severity.ERROR, Severity.WARNING)


@dataclass(frozen=True)
class Expected:
    checks: tuple[str, ...]
    claims: tuple[str, ...]
    severity: Severity
    why: str

    def matches(self, finding: Finding) -> bool:
        return (
            finding.check in self.checks
            and finding.severity is self.severity
            and set(self.claims) <= set(finding.claims)
        )


def expectations(name: str) -> tuple[bool, list[Expected]]:
    data = tomli.loads((CORPUS / name / "expected.toml").read_text(encoding="utf-8"))
    found = [
        Expected(
            tuple(entry["checks"]),
            tuple(entry["claims"]),
            Severity(entry["severity"]),
            entry["why"],
        )
        for entry in data.get("finding", [])
    ]
    return bool(data["consistent"]), found


def problems(name: str) -> list[Finding]:
    report = check_file(CORPUS / name / "claims.toml")
    assert report.error is None, f"{name}: {report.error}"
    return [f for f in report.findings if f.is_problem and f.severity in SHOWN and not f.waived]


def test_the_corpus_is_large_and_mixed() -> None:
    consistent = [name for name in ARTICLES if expectations(name)[0]]
    assert len(ARTICLES) >= 15
    assert len(ARTICLES) - len(consistent) >= len(ARTICLES) / 3


@pytest.mark.parametrize("name", ARTICLES)
def test_article_gives_exactly_its_expected_findings(name: str) -> None:
    consistent, expected = expectations(name)
    found = problems(name)
    missed = [e for e in expected if not any(e.matches(f) for f in found)]
    assert not missed, f"{name}: missed {[e.why for e in missed]}"
    false = [f for f in found if not any(e.matches(f) for e in expected)]
    assert not false, f"{name}: not expected: {[(f.check, f.message) for f in false]}"
    errors = [f for f in found if f.severity is Severity.ERROR]
    assert bool(errors) is not consistent


def test_every_article_is_in_the_corpus_table() -> None:
    table = (Path(__file__).parents[1] / "docs" / "corpus.md").read_text(encoding="utf-8")
    for name in ARTICLES:
        assert f"`{name}`" in table, name
