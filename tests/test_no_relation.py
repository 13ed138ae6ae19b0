"""Claims in no relation are listed (info) in every format, so a clean report is not read as
"all tested"; which claims is decided by what the checks' findings name."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from aktobe_facts.api import check_document, check_paths, selected_checks
from aktobe_facts.claims.loader import load
from aktobe_facts.cli import app
from aktobe_facts.findings import Outcome, Severity
from aktobe_facts.report import RenderOptions, formats
from conftest import ROOT, findings_of, load_text

SEED = ROOT / "claims.toml"
SEED_UNTESTED = [
    "projects_count",
    "xray_devices",
    "sme_count",
    "bastau_trainees",
    "entrepreneur_loans",
    "roads_repaired",
    "region_area_rank",
]


def untested(found: list) -> list[str]:  # type: ignore[type-arg]
    return [f.claims[0] for f in found if f.check == "no-relation"]


def test_the_seed_lists_its_claims_in_no_relation_and_keeps_its_verdicts() -> None:
    doc = load(SEED)
    found = check_document(doc)
    assert untested(found) == SEED_UNTESTED
    for f in found:
        if f.check == "no-relation":
            assert (f.outcome, f.severity) == (Outcome.UNDETERMINED, Severity.INFO)
            assert f.message.endswith("takes part in no relation: no check tested it")
    without = check_document(doc, [c for c in selected_checks() if c != "no-relation"])
    assert [f for f in found if f.check != "no-relation"] == without


def test_a_claim_is_in_a_relation_when_a_finding_names_it() -> None:
    base = """
        [[claim]]
        id = "investment"
        quote = "US$7 million"
        value = "US$7 million"

        [[claim]]
        id = "jobs"
        quote = "1,200 jobs"
        value = "1,200"
    """
    assert untested(findings_of(base)) == ["investment", "jobs"]
    ratio = (
        base
        + """
        [[ratio]]
        id = "per_job"
        numerator = "investment"
        denominator = "jobs"
    """
    )
    assert untested(findings_of(ratio)) == []


def test_findings_about_the_text_do_not_count(tmp_path: Path) -> None:
    # the quote is not in the article: provenance names the claim, yet tests no relation
    (tmp_path / "a.txt").write_text("The fund paid US$8 million.\n", encoding="utf-8")
    path = tmp_path / "claims.toml"
    path.write_text(
        '[article]\npath = "a.txt"\n\n[[claim]]\nid = "paid"\nquote = "US$7 million"\n'
        'value = "US$7 million"\n',
        encoding="utf-8",
    )
    found = check_document(load(path))
    assert any(f.check == "provenance" and f.claims == ("paid",) for f in found)
    assert untested(found) == ["paid"]


def test_what_would_test_it() -> None:
    found = findings_of(
        """
        [[claim]]
        id = "roads"
        quote = "three years"
        value = "three years"
        kind = "duration"

        [[claim]]
        id = "place"
        quote = "second"
        value = "second"
        kind = "rank"
        """
    )
    hints = {f.claims[0]: f.suggestion for f in found if f.check == "no-relation"}
    assert hints["roads"] is not None and "period range" in hints["roads"]
    assert hints["place"] is not None and "'after'" in hints["place"]


def test_every_format_shows_them() -> None:
    report = check_paths([SEED])
    assert report.summary().untested == len(SEED_UNTESTED)
    assert report.summary().relations == 15  # the relations tested, as before
    shown = {
        name: module.render(report, RenderOptions(width=200)) for name, module in formats().items()
    }
    for name, text in shown.items():
        assert "region_area_rank" in text, name
    data = json.loads(shown["json"])
    assert data["summary"]["untested"] == len(SEED_UNTESTED)
    assert "7 claims in no relation" in shown["line"]
    assert "7 claim(s) in no relation" in shown["table"]
    assert "7 claim(s) in no relation" in shown["markdown"]


def test_quiet_still_says_why_a_file_is_unusable(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[[claim]]\nid = "a"\nquote = "q"\nvalue = "12 bananas"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "-q", "-f", "table"])
    assert result.exit_code == 2
    shown = " ".join(result.output.split())
    assert "claim 'a': field 'value': unknown unit 'bananas'" in shown
    assert "1 unusable" in shown


def test_it_can_be_ignored_and_waived() -> None:
    text = """
        [[claim]]
        id = "a"
        quote = "5 percent"
        value = "5 percent"
    """
    assert untested(findings_of(text)) == ["a"]
    ignored = load_text(text)
    assert (
        untested(check_document(ignored, [c for c in selected_checks(ignore=["no-relation"])]))
        == []
    )
    waived = findings_of(
        text
        + """
        [[waiver]]
        check = "no-relation"
        claims = ["a"]
        reason = "context only"
        """
    )
    (f,) = [f for f in waived if f.check == "no-relation"]
    assert f.waived == "context only"


def test_a_files_count_of_relations_tested_leaves_out_the_claims_in_no_relation() -> None:
    """Each format's line for a file counts what was tested, as the run's summary does: a claim in
    no relation is a finding that says nothing tested it, so counting it would overstate the test."""
    report = check_paths([SEED])
    summary = report.summary()
    (seed,) = report.files
    everything = len(seed.findings)
    assert everything == summary.relations + len(SEED_UNTESTED)  # the case the count must avoid
    assert seed.tested() == summary.relations
    assert seed.count(Outcome.PASS) == summary.passed
    assert seed.count(Outcome.UNDETERMINED) == summary.undetermined
    lines = {
        "table": f"{summary.claims} claims, {summary.relations} relations tested",
        "github": f"{summary.claims} claims, {summary.relations} relations tested",
        "markdown": f"in {summary.relations} relation(s)",
        "html": f"{summary.claims} claims · {summary.relations} relations tested: "
        f"{summary.passed} passed",
    }
    for name, line in lines.items():
        shown = formats()[name].render(report, RenderOptions(width=200))
        assert line in shown, name
        assert f" {everything} relation" not in shown, name


def test_an_article_whose_figures_nothing_relates_counts_no_relation_tested(
    tmp_path: Path,
) -> None:
    """The checks of an article's text (its hash, its quotes, its numbers' coverage) pass on a text
    whose figures no relation ties: counted as relations, they read as "3 relations: 3 passed" on
    a table that tested nothing (Sweep G, nineteenth session). They are counted apart."""
    article = tmp_path / "loose.txt"
    article.write_text(
        "Ruritania shipped 4.2 million tonnes of barley in 2031. The port hired 12 pilots.\n",
        encoding="utf-8",
    )
    report = check_paths([article])
    summary = report.summary()
    assert (summary.relations, summary.text_checks, summary.passed) == (0, 3, 3)
    assert summary.untested == 2
    (file,) = report.files
    assert (file.tested(), file.text_checks()) == (0, 3)
    lines = {
        "table": ("0 relations tested, 3 checks of the article's text", "0 relations and 3"),
        "github": ("0 relations tested, 3 checks of the article's text", "0 relations and 3"),
        "markdown": ("in 0 relation(s) and 3 checks of the article's text", "| 0 | 3 | 3 |"),
        "html": ("0 relations tested and 3 checks of the article", '"text checks">3<'),
    }
    for name, expected in lines.items():
        shown = formats()[name].render(report, RenderOptions(width=200))
        for line in expected:
            assert line in shown, (name, line)
        assert "3 relations" not in shown, name
    data = json.loads(formats()["json"].render(report, RenderOptions(width=200)))
    assert (data["summary"]["relations"], data["summary"]["text_checks"]) == (0, 3)
