"""``--format html``: one self-contained page for reviewers.

Per claims file: the article text (when the report has it) with every marked number highlighted by
its verdict — pass, warning, error, not covered by a claim, ignored — whose findings and arithmetic
show as a tooltip on hover and in a details panel on click (or Enter/Space on a focused number);
then every relation tested with its verdict, and each problem with its arithmetic. The page carries
its style sheet and script inline, loads nothing, and a Content-Security-Policy lets only those two
run. Without JavaScript the tables and tooltips still work. All text from claims files and articles
is escaped.
"""

from __future__ import annotations

import base64
import hashlib

from aktobe_facts import __version__
from aktobe_facts.findings import Finding, Outcome
from aktobe_facts.report import RenderOptions
from aktobe_facts.report._common import (
    load_error_text,
    position,
    summary_text,
    text_checks_part,
    waived_count,
)
from aktobe_facts.report._html_article import article_html
from aktobe_facts.report._html_assets import CSS, JS
from aktobe_facts.report._html_parts import (
    VERDICT_LABEL,
    card,
    esc,
    finding_verdict,
    outcome_words,
    template_id,
    tooltip,
)
from aktobe_facts.result import ArticleView, FileReport, Report

NAME = "html"
PASS_INPUTS = "always"
PASS_WORDS = "always"
PROBLEM_INPUTS = "always"
FINDINGS = "always"

_LEGEND = (
    ("error", "a relation fails"),
    ("warning", "a warning"),
    ("info", "a note"),
    ("pass", "every relation holds"),
    ("none", "no relation tests it"),
    ("uncovered", "a number no claim covers"),
    ("ignored", "ignored by the claims file"),
)
_ALWAYS_IN_LEGEND = {"error", "warning", "pass", "uncovered", "ignored"}


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def render(report: Report, options: RenderOptions) -> str:
    policy = (
        f"default-src 'none'; style-src '{_sha256(CSS)}'; script-src '{_sha256(JS)}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="icon" href="data:,">',
        "<title>aktobe-facts report</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        *_heading(report),
    ]
    for number, file_report in enumerate(report.files, start=1):
        parts.extend(_file(file_report, f"f{number}", options))
    parts += [
        f"<footer>aktobe-facts {esc(__version__)} · {esc(summary_text(report))}</footer>",
        "</main>",
        f"<script>{JS}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _heading(report: Report) -> list[str]:
    s = report.summary()
    passed = report.exit_code() == 0
    failing = sum(1 for f in report.findings() if f.fails_at(report.fail_level))
    verdict = "passed" if passed else "failed"
    detail = (
        f"{failing} finding(s) at or above the {report.fail_level.value} level"
        + (f", {s.unusable} unusable file(s)" if s.unusable else "")
        + f" · exit code {report.exit_code()}"
    )
    counts = {
        "files": s.files,
        "unusable": s.unusable,
        "claims": s.claims,
        "relations": s.relations,
        "text checks": s.text_checks,
        "passed": s.passed,
        "failed": s.failed,
        "undetermined": s.undetermined,
        "errors": s.errors,
        "warnings": s.warnings,
        "infos": s.infos,
        "untested": s.untested,
        "waived": waived_count(report),
    }
    return [
        f'<header class="banner v-{"pass" if passed else "error"}">',
        f"<h1>aktobe-facts: {verdict}</h1>",
        f"<p>{esc(detail)}</p>",
        "</header>",
        '<table class="counts" id="summary">',
        "<caption hidden>Summary</caption>",
        "<tr>" + "".join(f'<th scope="col">{name}</th>' for name in counts) + "</tr>",
        "<tr>"
        + "".join(
            f'<td class="{_count_class(k, v)}" data-count="{k}">{v}</td>' for k, v in counts.items()
        )
        + "</tr>",
        "</table>",
    ]


def _count_class(name: str, count: int) -> str:
    if count and name in ("unusable", "failed", "errors"):
        return "v-error"
    return "v-warning" if count and name == "warnings" else ""


def _file(report: FileReport, prefix: str, options: RenderOptions) -> list[str]:
    out = [
        f'<section class="file" id="{prefix}" aria-labelledby="{prefix}-title">',
        f'<h2 id="{prefix}-title"><code>{esc(report.path)}</code></h2>',
    ]
    if report.error is not None:
        error = report.error
        line, column = position(error.line, error.column)
        where = f"line {line}" + (f", column {column}" if error.column else "")
        out += [
            '<p class="file-meta">Unusable: not checked.</p>',
            f'<div class="load-error v-error" role="alert"><strong>{where}</strong>: '
            f"{esc(load_error_text(error))}</div>",
        ]
    else:
        problems = sum(1 for f in report.findings if f.is_problem)
        out.append(
            f'<p class="file-meta">{report.claims} claims · {report.tested()} relations tested'
            f"{esc(text_checks_part(report.text_checks()))}: {report.count(Outcome.PASS)} passed, {report.count(Outcome.FAIL)} failed, "
            f"{report.count(Outcome.UNDETERMINED)} undetermined · {problems} problem(s)</p>"
        )
    first_mark: dict[str, str] = {}
    if report.article is not None:
        article, first_mark = _article(report.article, report.findings, prefix)
        out += article
    if report.error is None:
        out += _relations(report.findings, prefix, first_mark)
        out += _problems(report.findings, prefix, options)
    out.append("</section>")
    return out


def _article(
    article: ArticleView, findings: list[Finding], prefix: str
) -> tuple[list[str], dict[str, str]]:
    text, first_mark, counts = article_html(article, findings, prefix)
    legend = [
        f'<li><span class="num v-{verdict}">{VERDICT_LABEL[verdict]}</span> {meaning} '
        f'<span class="legend-count">({counts.get(verdict, 0)})</span></li>'
        for verdict, meaning in _LEGEND
        if verdict in _ALWAYS_IN_LEGEND or counts.get(verdict)
    ]
    templates = [
        f'<template id="{template_id(prefix, i)}">{card(f)}</template>'
        for i, f in enumerate(findings)
    ]
    return [
        f"<h3>Article <code>{esc(article.path)}</code></h3>",
        '<ul class="legend" aria-label="Legend">',
        *legend,
        "</ul>",
        '<div class="reading">',
        text,
        f'<aside class="panel" id="{prefix}-panel" aria-label="Details of the selected number" '
        'aria-live="polite">',
        '<div class="panel-top"><h4>Details</h4>'
        '<button type="button" class="panel-close" hidden>Close</button></div>',
        '<p class="hint hint-js">Click a highlighted number, or Tab to it and press Enter, to see '
        "its findings and their arithmetic here. Esc closes.</p>",
        '<p class="hint hint-nojs">Hover over a highlighted number to see its findings and '
        "their arithmetic.</p>",
        '<div class="panel-body"></div>',
        "</aside>",
        "</div>",
        '<div class="templates" hidden>',
        *templates,
        "</div>",
    ], first_mark


def _claim_link(claim: str, first_mark: dict[str, str]) -> str:
    if claim in first_mark:
        return f'<a href="#{first_mark[claim]}"><code>{esc(claim)}</code></a>'
    return f"<code>{esc(claim)}</code>"


def _relations(findings: list[Finding], prefix: str, first_mark: dict[str, str]) -> list[str]:
    if not findings:
        return ["<h3>Relations</h3>", '<p class="clean">No relation tested.</p>']
    rows = []
    for index, finding in enumerate(findings):
        verdict = finding_verdict(finding)
        words = outcome_words(finding) + (" · waived" if finding.waived is not None else "")
        message = esc(finding.message)
        if finding.is_problem:
            message += f' <a href="#{prefix}-c{index}">arithmetic</a>'
        rows.append(
            f'<tr class="v-{verdict}" data-verdict="{verdict}" title="{esc(tooltip([finding]))}">'
            f'<td><span class="badge v-{verdict}">{esc(words)}</span></td>'
            f"<td>{esc(finding.check)}</td>"
            f'<td class="num-cell">{finding.line}</td>'
            f"<td>{', '.join(_claim_link(c, first_mark) for c in finding.claims)}</td>"
            f'<td class="msg">{message}</td></tr>'
        )
    return [
        "<h3>Relations</h3>",
        '<div class="scroll"><table class="relations">',
        '<tr><th scope="col">verdict</th><th scope="col">check</th><th scope="col">line</th>'
        '<th scope="col">claims</th><th scope="col">finding</th></tr>',
        *rows,
        "</table></div>",
    ]


def _problems(findings: list[Finding], prefix: str, options: RenderOptions) -> list[str]:
    shown = [
        (i, f)
        for i, f in enumerate(findings)
        if f.is_problem or (options.verbose and (f.inputs or f.notes))
    ]
    title = "Problems and arithmetic" if options.verbose else "Problems"
    if not shown:
        return [f"<h3>{title}</h3>", '<p class="clean">No problems.</p>']
    cards = [card(f).replace("<article ", f'<article id="{prefix}-c{i}" ', 1) for i, f in shown]
    return [f"<h3>{title}</h3>", *cards]
