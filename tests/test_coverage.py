"""Coverage: every number of the article lies in a claim's quote or an ignore passage."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aktobe_facts.api import check_document, check_file
from aktobe_facts.claims.loader import load
from aktobe_facts.cli import app
from aktobe_facts.findings import Finding, Outcome, Severity
from aktobe_facts.result import Mark
from conftest import ROOT

Write = Callable[[str, str], Path]

ARTICLE = (
    "Shymkent zoo welcomed 3,450 visitors on its second weekend.\n"
    "Tickets cost 1,500 tenge; call 1414 for tours.\n"
    "Two lions arrived in 2019-2020.\n"
)

CLAIMS = """
[[claim]]
id = "visitors"
quote = "welcomed 3,450 visitors on its second weekend"
value = "3,450"

[[claim]]
id = "price"
quote = "Tickets cost 1,500 tenge"
value = "1,500 tenge"
"""

IGNORE = """
[[ignore]]
quote = "call 1414"
reason = "the zoo's phone number"
"""


def _doc_path(write: Write, tmp_path: Path, claims: str) -> Path:
    (tmp_path / "zoo.txt").write_text(ARTICLE, encoding="utf-8")
    return write('[article]\npath = "zoo.txt"\n' + textwrap.dedent(claims), "claims.toml")


def _coverage(write: Write, tmp_path: Path, claims: str) -> list[Finding]:
    return check_document(load(_doc_path(write, tmp_path, claims)), ["coverage"])


def test_uncovered_numbers_are_warnings_with_place_and_context(
    write_claims: Write, tmp_path: Path
) -> None:
    findings = _coverage(write_claims, tmp_path, CLAIMS + IGNORE)
    uncovered = [f for f in findings if f.severity is Severity.WARNING]
    assert [f.outcome for f in uncovered] == [Outcome.FAIL, Outcome.FAIL]
    two, years = uncovered
    assert two.message.startswith(f'{tmp_path}/zoo.txt:3:1: "Two" is in no claim')
    assert "Two lions arrived" in two.message
    assert years.message.startswith(f'{tmp_path}/zoo.txt:3:22: "2019-2020"')
    assert all(f.line == 2 for f in uncovered)  # the [article] path line of the claims file


def test_the_coverage_ratio_is_an_info_finding(write_claims: Write, tmp_path: Path) -> None:
    findings = _coverage(write_claims, tmp_path, CLAIMS + IGNORE)
    (ratio,) = [f for f in findings if f.severity is Severity.INFO]
    # 3,450 second 1,500 1414 Two 2019-2020: 3 by claims, 1 ignored, 2 uncovered
    assert "4 of 6 numbers" in ratio.message and "(66.7%)" in ratio.message
    assert "3 by claims, 1 ignored, 2 uncovered" in ratio.message
    assert ratio.outcome is Outcome.FAIL


def test_full_coverage_passes(write_claims: Write, tmp_path: Path) -> None:
    more = """
    [[claim]]
    id = "lions"
    quote = "Two lions arrived in 2019-2020"
    value = "two"
    period = "2019-2020"
    """
    findings = _coverage(write_claims, tmp_path, CLAIMS + IGNORE + more)
    assert [(f.outcome, f.severity) for f in findings] == [(Outcome.PASS, Severity.INFO)]
    assert "6 of 6 numbers" in findings[0].message


def test_without_the_ignore_entry_the_phone_number_is_uncovered(
    write_claims: Write, tmp_path: Path
) -> None:
    findings = _coverage(write_claims, tmp_path, CLAIMS)
    texts = [f.message.split(": ")[1] for f in findings if f.severity is Severity.WARNING]
    assert texts[0].startswith('"1414"')


def test_a_stale_ignore_entry_is_a_warning(write_claims: Write, tmp_path: Path) -> None:
    stale = """
    [[ignore]]
    quote = "call 2222"
    reason = "an old number"

    [[ignore]]
    quote = "Shymkent zoo"
    reason = "no number here"
    """
    findings = _coverage(write_claims, tmp_path, CLAIMS + IGNORE + stale)
    messages = [f.message for f in findings if f.message.startswith("the [[ignore]] entry")]
    assert len(messages) == 2
    assert "does not occur" in messages[0] and "holds no number" in messages[1]


def test_marks_for_the_report(write_claims: Write, tmp_path: Path) -> None:
    report = check_file(_doc_path(write_claims, tmp_path, CLAIMS + IGNORE))
    assert report.article is not None
    assert report.article.text == ARTICLE
    marks = {ARTICLE[m.start : m.end]: m for m in report.article.marks}
    assert marks["3,450"] == Mark(22, 27, "claim", ("visitors",))
    assert marks["second"].claims == ("visitors",)
    assert marks["1414"].kind == "ignored" and marks["1414"].note == "the zoo's phone number"
    assert marks["2019-2020"].kind == "uncovered" and marks["Two"].kind == "uncovered"
    assert len(report.article.marks) == 6


def test_overlapping_claims_are_all_named(write_claims: Write, tmp_path: Path) -> None:
    both = CLAIMS + '\n[[claim]]\nid = "weekend"\nquote = "its second weekend"\nvalue = "second"\n'
    report = check_file(_doc_path(write_claims, tmp_path, both))
    assert report.article is not None
    (second,) = [m for m in report.article.marks if ARTICLE[m.start : m.end] == "second"]
    assert second.claims == ("visitors", "weekend")


def test_no_article_no_view(write_claims: Write) -> None:
    assert check_file(write_claims(CLAIMS, "claims.toml")).article is None


SEED = ROOT.parent / "shared" / "seed" / "article.txt"


@pytest.mark.skipif(
    not SEED.is_file(), reason=f"the seed article is not at {SEED} (shared/ beside the repo)"
)
def test_seed_article_end_to_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(
        app, ["check", "claims.toml", "--article", "../shared/seed/article.txt", "--format", "json"]
    )
    assert result.exit_code == 1, result.output  # the missing dollar figure, as without --article
    data = json.loads(result.stdout)
    findings = data["files"][0]["findings"]
    by_check = {f["check"]: f for f in findings if f["check"] in ("provenance", "coverage")}
    assert by_check["provenance"]["outcome"] == "pass"
    assert by_check["provenance"]["message"].startswith("27 of 27 quotes occur")
    assert by_check["coverage"]["outcome"] == "pass"
    assert "38 of 38 numbers" in by_check["coverage"]["message"]
    assert "37 by claims, 1 ignored" in by_check["coverage"]["message"]
    report = check_file(ROOT / "claims.toml", article=SEED)
    assert report.article is not None
    (ignored,) = [m for m in report.article.marks if m.kind == "ignored"]
    assert report.article.text[ignored.start : ignored.end] == "109"
