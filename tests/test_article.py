"""End to end: the seed article's claims.toml gives the verdicts the article calls for."""

from __future__ import annotations

import json
from fractions import Fraction

from typer.testing import CliRunner

from aktobe_facts.api import check_file
from aktobe_facts.claims.loader import load
from aktobe_facts.cli import app
from aktobe_facts.findings import Finding, Outcome, Severity
from aktobe_facts.relations.rates import rate_table
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


def _by_check() -> dict[str, list[Finding]]:
    found: dict[str, list[Finding]] = {}
    for f in check_file(CLAIMS).findings:
        found.setdefault(f.check, []).append(f)
    return found


def test_article_relations_of_the_full_catalogue() -> None:
    found = _by_check()
    # housing: a plausibility warning with the ×1000 suggestion, never an error
    (housing,) = found["plausibility"]
    assert housing.outcome is Outcome.FAIL and housing.severity is Severity.WARNING
    assert housing.suggestion is not None
    assert "did the article mean 1,040 thousand square meters?" in housing.suggestion
    # the road-condition change: percent or percentage points?
    (roads,) = found["percent-points"]
    assert roads.outcome is Outcome.UNDETERMINED and roads.severity is Severity.WARNING
    assert roads.claims == ("road_condition_change",)
    # the territory share passes against the declared areas
    (territory,) = found["share-of-whole"]
    assert territory.outcome is Outcome.PASS and "11.03" in territory.message
    # the 2019 base is reported: about 606.4 to 607.1 billion tenge
    (growth,) = found["growth"]
    assert growth.outcome is Outcome.PASS
    assert "[606.423, 607.086] billion tenge" in growth.message
    # the article's rate fits the end-of-2020 reference rate, not the 2020 average
    (reference,) = found["reference-rates"]
    assert reference.outcome is Outcome.PASS
    assert reference.message.index("nbk_usd_kzt_2020_end") < reference.message.index("not ")
    # the two grant counts are about different programmes: info, not a warning
    (grants,) = found["same-subject"]
    assert grants.severity is Severity.INFO
    # the periods, the rank and the index readings pass
    assert all(f.outcome is Outcome.PASS for f in found["periods"] + found["ranks"])
    assert any("1.8 percent fall" in f.message for f in found["index-change"])


def test_article_raises_no_false_error() -> None:
    errors = [
        f
        for fs in _by_check().values()
        for f in fs
        if f.is_problem and f.severity is Severity.ERROR
    ]
    assert [f.check for f in errors] == ["missing-counterpart"]
