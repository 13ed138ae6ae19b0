"""``--format html`` without a browser: self-contained, escaped, marks by verdict, counts, errors."""

from __future__ import annotations

import base64
import hashlib
import re
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aktobe_facts.api import check_file
from aktobe_facts.cli import app
from aktobe_facts.findings import Finding, Outcome, Severity, Step
from aktobe_facts.report import RenderOptions, formats, html
from aktobe_facts.report._html_parts import esc
from aktobe_facts.result import ArticleView, FileReport, Mark, Report
from html_sample import ARTICLE, EXPECTED_VERDICTS, read_page, sample_report

OPTIONS = RenderOptions()
EVIL = "say \"<script>alert('x')</script>\" & <img src=x onerror=alert(1)>"


@pytest.fixture
def report(tmp_path: Path) -> Report:
    return sample_report(tmp_path)


def test_registered() -> None:
    assert formats()["html"] is html


def test_self_contained(report: Report) -> None:
    page = html.render(report, OPTIONS)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"https?://", page)
    assert not re.search(r"<link[^>]*stylesheet", page, re.I)
    assert "@import" not in page and "url(" not in page
    assert page.count("<script") == 1 and page.count("<style") == 1


def test_policy_allows_only_the_inline_style_and_script(report: Report) -> None:
    page = html.render(report, OPTIONS)
    (style,) = re.findall(r"<style>(.*?)</style>", page, re.S)
    (script,) = re.findall(r"<script>(.*?)</script>", page, re.S)
    (policy,) = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert "default-src 'none'" in policy
    for body in (style, script):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_article_text_and_marks_keep_their_offsets(report: Report) -> None:
    reader = read_page(html.render(report, OPTIONS))
    assert list(reader.texts.values()) == [ARTICLE]  # escaped, and nothing added or lost
    article = report.files[0].article
    assert article is not None
    found = {(int(attrs["data-start"]), int(attrs["data-end"])) for attrs, _, _ in reader.marks}
    assert found == {(m.start, m.end) for m in article.marks}
    for attrs, text, offset in reader.marks:
        assert offset == int(attrs["data-start"])
        assert text == ARTICLE[offset : int(attrs["data-end"])]


def test_mark_class_by_verdict(report: Report) -> None:
    reader = read_page(html.render(report, OPTIONS))
    verdicts = {text: attrs["class"] for attrs, text, _ in reader.marks}
    assert verdicts == {text: f"num v-{v}" for text, v in EXPECTED_VERDICTS.items()}
    by_text = {text: attrs for attrs, text, _ in reader.marks}
    assert "missing-counterpart" in by_text["US$"]["title"]
    assert "grant money per firm" in by_text["34"]["title"]  # the ratio's arithmetic
    assert 'a year, not a "figure" <ok>' in by_text["2020"]["title"]
    assert by_text["34"]["tabindex"] == "0" and by_text["34"]["role"] == "button"
    for attrs, _, _ in reader.marks:  # each finding a mark names has its card
        for ident in attrs["data-findings"].split():
            assert f'<template id="{ident}">' in html.render(report, OPTIONS)


def _one(*findings: Finding, marks: tuple[Mark, ...], text: str) -> str:
    file_report = FileReport(
        "one.toml", 3, list(findings), article=ArticleView("a.txt", text, marks)
    )
    return html.render(Report([file_report]), OPTIONS)


def test_worst_problem_wins_and_waived_problems_do_not_count() -> None:
    text = "A 1 B 2 C 3 D 4"
    marks = tuple(
        Mark(i, i + 1, "claim", (c,)) for i, c in zip((2, 6, 10, 14), "abcd", strict=True)
    )
    base = Finding("shares", Outcome.PASS, Severity.INFO, ("a", "b", "c", "d"), 1, "ok")
    findings = (
        base,
        replace(base, outcome=Outcome.FAIL, severity=Severity.WARNING, claims=("a", "b")),
        replace(base, outcome=Outcome.FAIL, severity=Severity.ERROR, claims=("b",)),
        replace(base, outcome=Outcome.FAIL, severity=Severity.ERROR, claims=("c",), waived="ok"),
        replace(base, outcome=Outcome.UNDETERMINED, severity=Severity.INFO, claims=("d",)),
    )
    reader = read_page(_one(*findings, marks=marks, text=text))
    assert [attrs["class"] for attrs, _, _ in reader.marks] == [
        "num v-warning",
        "num v-error",
        "num v-pass",
        "num v-info",
    ]


def test_escaping_of_claims_and_article_text() -> None:
    finding = Finding(
        "ratios",
        Outcome.FAIL,
        Severity.ERROR,
        ("x",),
        4,
        EVIL,
        inputs=(Step(EVIL, EVIL),),
        result=EVIL,
        bound=EVIL,
        nearest=EVIL,
        suggestion=EVIL,
        notes=(EVIL,),
        waived=None,
    )
    text = f"{EVIL} 12 {EVIL}"
    at = text.index(" 12 ") + 1
    marks = (Mark(at, at + 2, "claim", ("x",), note=EVIL),)
    file_report = FileReport(f"{EVIL}.toml", 1, [finding], article=ArticleView(EVIL, text, marks))
    page = html.render(Report([file_report]), OPTIONS)
    assert "<script>alert" not in page and "<img" not in page
    assert page.count("<script") == 1
    assert esc(EVIL) in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert esc(EVIL) == (
        "say &quot;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&quot; &amp; "
        "&lt;img src=x onerror=alert(1)&gt;"
    )
    reader = read_page(page)
    assert list(reader.texts.values()) == [text]
    ((attrs, mark_text, offset),) = reader.marks
    assert (mark_text, offset) == ("12", at)
    assert EVIL in attrs["title"] and attrs["data-note"] == EVIL


def test_characters_html_cannot_carry_keep_offsets() -> None:
    text = "a\x00b\r\nc\x0c\ud800 12\x85"
    at = text.index("12")
    page = _one(marks=(Mark(at, at + 2, "uncovered"),), text=text)
    reader = read_page(page)
    (article,) = reader.texts.values()
    assert len(article) == len(text) and article[reader.marks[0][2] :].startswith("12")
    assert "\r" in article  # a carriage return is kept as &#13;
    page.encode("utf-8")  # a lone surrogate does not reach the file


def test_marks_that_overlap_or_fall_outside_are_safe() -> None:
    text = "one 123 two\n\n456 three"
    marks = (
        Mark(4, 7, "claim", ("a",)),
        Mark(5, 6, "uncovered"),  # inside another mark
        Mark(9, 15, "claim", ("b",)),  # across a paragraph break: the paragraphs stay together
        Mark(30, 40, "claim", ("c",)),  # outside the text
        Mark(3, 3, "uncovered"),  # empty
    )
    reader = read_page(_one(marks=marks, text=text))
    assert list(reader.texts.values()) == [text]
    pieces = [(text, offset) for _, text, offset in reader.marks]
    assert pieces == [("1", 4), ("2", 5), ("3", 6), ("wo\n\n45", 9)]


def test_summary_counts(report: Report) -> None:
    page = html.render(report, OPTIONS)
    counts = dict(re.findall(r'data-count="(\w+)">(\d+)<', page))
    s = report.summary()
    assert counts == {
        "files": "1",
        "unusable": "0",
        "claims": str(s.claims),
        "relations": str(s.relations),
        "passed": str(s.passed),
        "failed": str(s.failed),
        "undetermined": str(s.undetermined),
        "errors": str(s.errors),
        "warnings": str(s.warnings),
        "infos": str(s.infos),
        "untested": "1",
        "waived": "0",
    }
    assert (s.relations, s.errors, s.warnings, s.untested) == (4, 1, 1, 1)  # with rate-magnitudes
    assert "aktobe-facts: failed" in page
    rows = re.findall(r'<tr class="v-(\w+)" data-verdict="\w+"[^>]*><td>', page)
    # every relation with its verdict, and the claim in no relation (info)
    assert rows == ["pass", "pass", "error", "info", "warning"]
    assert page.count('<article id="f1-c') == 3  # the problems with their arithmetic


def test_unusable_file_shows_its_error(tmp_path: Path, report: Report) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('[[claim]]\nid = "x"\nquote = "<b>"\nvalue = "12 bananas"\n', "utf-8")
    unusable = check_file(broken)
    assert unusable.error is not None
    page = html.render(Report([*report.files, unusable]), OPTIONS)
    section = page[page.index('<section class="file" id="f2"') :]
    assert 'class="load-error v-error" role="alert"' in section
    assert f"line {unusable.error.line}" in section
    assert esc(unusable.error.message) in section
    assert "<h3>Relations</h3>" not in section
    assert 'data-count="unusable">1<' in page


def test_file_without_article_shows_tables_only(tmp_path: Path) -> None:
    file_report = sample_report(tmp_path).files[0]
    file_report.article = None
    page = html.render(Report([file_report]), OPTIONS)
    assert 'class="article-text"' not in page and 'class="panel"' not in page
    assert "<h3>Relations</h3>" in page and "<h3>Problems</h3>" in page


def test_clean_file_and_verbose(tmp_path: Path) -> None:
    text = textwrap.dedent("""\
        [[claim]]
        id = "a"
        quote = "646.8 billion tenge (US$1.5 billion)"
        value = "646.8 billion tenge"
        counterpart = "US$1.5 billion"

        [[claim]]
        id = "b"
        quote = "212 billion tenge (US$500 million)"
        value = "212 billion tenge"
        counterpart = "US$500 million"
        """)
    (tmp_path / "ok.toml").write_text(text, encoding="utf-8")
    clean = Report([check_file(tmp_path / "ok.toml")])
    page = html.render(clean, OPTIONS)
    assert "aktobe-facts: passed" in page and "No problems." in page
    verbose = html.render(clean, RenderOptions(verbose=True))
    assert "Problems and arithmetic" in verbose


def test_cli_writes_html(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sample_report(tmp_path)  # writes claims.toml
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "claims.toml", "--output", "report.html"])
    assert result.exit_code == 1, result.output
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "missing-counterpart" in page
    result = CliRunner().invoke(app, ["check", "claims.toml", "--format", "html"])
    assert result.stdout.startswith("<!DOCTYPE html>")
