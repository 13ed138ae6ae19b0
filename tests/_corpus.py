"""Folders of real articles checked against their expected findings: the corpus (tests/corpus/)
and the held-out sets (tests/heldout/, tests/heldout2/, tests/heldout3/) are read the same way.

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

import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import tomli

from aktobe_facts.api import check_file
from aktobe_facts.findings import Finding, Severity

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
from draft_vs_hand import Article as Article
from draft_vs_hand import measure

SHOWN = (Severity.ERROR, Severity.WARNING)
TABLE = Path(__file__).parents[1] / "docs" / "corpus.md"


def articles(root: Path) -> list[str]:
    """The article folders under ``root`` (those with a hand-written claims file)."""
    return sorted(p.name for p in root.iterdir() if (p / "claims.toml").is_file())


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


def expectations(folder: Path) -> tuple[bool, list[Expected]]:
    data = tomli.loads((folder / "expected.toml").read_text(encoding="utf-8"))
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


def problems(folder: Path) -> list[Finding]:
    report = check_file(folder / "claims.toml")
    assert report.error is None, f"{folder.name}: {report.error}"
    return [f for f in report.findings if f.is_problem and f.severity in SHOWN and not f.waived]


def gives_exactly_its_expected_findings(folder: Path) -> None:
    """The hand-written claims file gives every expected finding and no other error or warning,
    and an error exactly when the article is inconsistent."""
    consistent, expected = expectations(folder)
    found = problems(folder)
    missed = [e for e in expected if not any(e.matches(f) for f in found)]
    assert not missed, f"{folder.name}: missed {[e.why for e in missed]}"
    false = [f for f in found if not any(e.matches(f) for e in expected)]
    assert not false, f"{folder.name}: not expected: {[(f.check, f.message) for f in false]}"
    errors = [f for f in found if f.severity is Severity.ERROR]
    assert bool(errors) is not consistent


def known(names: list[str], false: dict[str, str]) -> list[object]:
    """The articles, each case of ``false`` (article -> why the finding is false) marked as a
    strict expected failure, left to the owners of the code at fault."""
    return [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=false[n])) if n in false else n
        for n in names
    ]


@cache
def draft_row(folder: Path) -> Article:
    """The draft-only path (``check article.txt``) against the folder's hand-written file: made
    once for the tests of one article and of its whole set."""
    row = measure(folder)
    assert isinstance(row, Article), row
    return row


def draft_raises_no_false_finding(folder: Path) -> None:
    """No error the expected findings do not list, and at most one warning on a clean article."""
    row = draft_row(folder)
    assert row.false_errors == [], f"{folder.name}: false errors {row.false_errors}"
    if row.consistent:
        assert len(row.warnings) <= 1, f"{folder.name}: warnings on a clean article {row.warnings}"


def listed_in_the_corpus_table(names: list[str]) -> None:
    table = TABLE.read_text(encoding="utf-8")
    for name in names:
        assert f"`{name}`" in table, name


def is_mixed(root: Path, names: list[str], *, total: int, inconsistent: int, clean: int) -> None:
    """At least ``total`` articles, ``inconsistent`` of them with an expected error and ``clean``
    without one."""
    wrong = [n for n in names if not expectations(root / n)[0]]
    assert len(names) >= total, names
    assert len(wrong) >= inconsistent, wrong
    assert len(names) - len(wrong) >= clean, sorted(set(names) - set(wrong))


def draft_keeps_its_floors(
    rows: tuple[Article, ...], *, recalled: int, precise: int, not_in_hand: int, whole: int
) -> None:
    """The draft-only path recalls and drafts at least as many of the hand files' relations, no
    more relations that are not in them, and finds at least as many articles whole."""
    got = sum(r.recalled for r in rows)
    in_hand = sum(r.precise for r in rows)
    extra = sum(r.drafted for r in rows) - in_hand
    assert got >= recalled, f"recall fell to {got}"
    assert in_hand >= precise, f"drafted relations in the hand files fell to {in_hand}"
    assert extra <= not_in_hand, f"{extra} not in the hand files"
    found = {r.name: f"{r.found} of {r.expected}" for r in rows if r.expected}
    complete = [r.name for r in rows if r.expected and r.found == r.expected]
    assert len(complete) >= whole, found
