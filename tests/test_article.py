"""End to end: the seed article's claims.toml gives the verdicts the article calls for."""

from __future__ import annotations

import json
from fractions import Fraction

from typer.testing import CliRunner

from aktobe_facts.api import check_file
from aktobe_facts.cli import app
from aktobe_facts.findings import Finding, Outcome, Severity
from aktobe_facts.loader import load
from aktobe_facts.rates import rate_table
from conftest import ROOT

CLAIMS = ROOT / "claims.toml"


def test_three_conversions_share_one_rate() -> None:
    doc = load(CLAIMS)
    table = rate_table(doc)
    estimate = table[frozenset({"KZT", "USD"})]
    assert len(estimate.pairs) == 3
    naive = sorted(round(float(p.naive), 1) for p in estimate.pairs)
    assert naive == [421.3, 431.2, 442.9]  # they disagree by 5 % as printed
    common = estimate.common
    assert common is not None and common.lo is not None and common.hi is not None
    assert Fraction("420.5") <= common.lo <= Fraction("420.6")
    assert Fraction("422.1") <= common.hi <= Fraction("422.2")


def test_article_findings() -> None:
    report = check_file(CLAIMS)
    assert report.error is None
    by_check: dict[str, list[Finding]] = {}
    for f in report.findings:
        by_check.setdefault(f.check, []).append(f)
    conversions = by_check["conversions"]
    assert all(f.outcome is Outcome.PASS for f in conversions)
    assert "420.548" in conversions[0].message and "422.137" in conversions[0].message
    (missing,) = by_check["missing-counterpart"]
    assert missing.outcome is Outcome.FAIL and missing.severity is Severity.ERROR
    assert missing.claims == ("startup_grants_worth",)
    assert missing.suggestion is not None and "US$332,000" in missing.suggestion
    assert (
        missing.result is not None and "319,801" in missing.result and "344,788" in missing.result
    )
    (shares,) = by_check["shares"]
    assert shares.outcome is Outcome.PASS
    assert "90.5 percent" in shares.message and "9.5 percent" in shares.message
    (ratio,) = by_check["ratios"]
    assert "at most 125.682 million tenge" in ratio.message
    assert "at most US$298,636" in ratio.message
    errors = [f for f in report.findings if f.fails_at(Severity.ERROR)]
    assert errors == [missing]


def test_cli_exit_code_and_json() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["check", str(CLAIMS), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["exit_code"] == 1
    assert data["summary"]["errors"] == 1
    assert data["files"][0]["claims"] == 27
