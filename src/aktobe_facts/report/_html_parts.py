"""Pieces of the HTML report: escaping, verdict words and classes, finding cards and tooltips.

Every text that comes from a claims file or an article goes through :func:`esc`, which escapes
markup characters and quotes and replaces hidden characters (controls, bidirectional and other
invisible format characters, lone surrogates) one for one, so character offsets into the article stay valid in the page.
"""

from __future__ import annotations

import html

from aktobe_facts.findings import UNTESTED, Finding, Outcome, Severity
from aktobe_facts.visible import blanked

# Verdicts from worst to mildest; a mark or card has the class ``v-<verdict>``.
VERDICT_RANK = {
    "error": 7,
    "warning": 6,
    "info": 5,
    "pass": 4,
    "waived": 3,
    "none": 2,
    "uncovered": 1,
    "ignored": 0,
}
VERDICT_LABEL = {
    "error": "error",
    "warning": "warning",
    "info": "info",
    "pass": "pass",
    "waived": "waived",
    "none": "no relation tested",
    "uncovered": "not covered by a claim",
    "ignored": "ignored",
}
_OUTCOME_MARK = {Outcome.PASS: "✓", Outcome.FAIL: "✗", Outcome.UNDETERMINED: "?"}
TOOLTIP_FINDINGS = 8
"""A tooltip lists at most this many findings; the details panel shows them all."""


def esc(text: str) -> str:
    """Text for an HTML element or a quoted attribute value, one character for one.

    A carriage return becomes ``&#13;`` (the parser would fold a literal one into a line feed);
    every other hidden character (:mod:`aktobe_facts.visible`: controls, bidirectional and other
    invisible format characters, lone surrogates, noncharacters) becomes U+FFFD.
    """
    return blanked(html.escape(text, quote=True)).replace("\r", "&#13;")


def finding_verdict(finding: Finding) -> str:
    """``pass``, ``waived``, or the severity of a problem."""
    if finding.outcome is Outcome.PASS:
        return "pass"
    if finding.waived is not None:
        return "waived"
    return finding.severity.value


def mark_verdict(findings: list[Finding]) -> str:
    """A claim's verdict: its worst problem that is not waived; ``pass`` if it has no such
    problem; ``none`` if no relation names it."""
    if all(f.check == UNTESTED for f in findings):
        return "none"
    problems = [f.severity for f in findings if f.is_problem and f.waived is None]
    if not problems:
        return "pass"
    return max(problems, key=lambda s: s.rank).value


def outcome_words(finding: Finding) -> str:
    """``✓ pass``, ``✗ fail · error``, ``? undetermined · warning``."""
    words = f"{_OUTCOME_MARK[finding.outcome]} {finding.outcome.value}"
    if finding.outcome is not Outcome.PASS:
        words += f" · {finding.severity.value}"
    return words


def arithmetic(finding: Finding) -> list[tuple[str, str]]:
    """The finding's arithmetic as (label, text) rows, in reading order."""
    rows = [(step.label, step.text) for step in finding.inputs]
    for label, value in (
        ("result", finding.result),
        ("bound", finding.bound),
        ("nearest", finding.nearest),
        ("suggestion", finding.suggestion),
        ("margin", finding.margin),
    ):
        if value:
            rows.append((label, value))
    if finding.rounding_only:
        rows.append(("rounding", "holds only within the stated rounding, not as printed"))
    if finding.narrowed:
        rows.append(("narrowed", finding.narrowed))
    rows.extend(("note", note) for note in finding.notes)
    return rows


def card(finding: Finding) -> str:
    """One finding as an ``<article>``: verdict, check, line, claims, message and arithmetic."""
    verdict = finding_verdict(finding)
    claims = ", ".join(f"<code>{esc(c)}</code>" for c in finding.claims)
    parts = [
        f'<article class="card v-{verdict}" data-check="{esc(finding.check)}" '
        f'data-claims="{esc(" ".join(finding.claims))}">',
        f'<header><span class="badge v-{verdict}">{esc(outcome_words(finding))}</span> '
        f"<strong>{esc(finding.check)}</strong> · line {finding.line}"
        + (f" · {claims}" if claims else "")
        + "</header>",
    ]
    if finding.waived is not None:
        parts.append(f'<p class="waived-note">Waived: {esc(finding.waived)}</p>')
    parts.append(f'<p class="message">{esc(finding.message)}</p>')
    rows = arithmetic(finding)
    if rows:
        parts.append('<dl class="arith">')
        parts.extend(f"<dt>{esc(label)}</dt><dd>{esc(text)}</dd>" for label, text in rows)
        parts.append("</dl>")
    parts.append("</article>")
    return "\n".join(parts)


def tooltip(findings: list[Finding]) -> str:
    """Plain text for a ``title`` attribute: each finding with its arithmetic (not escaped)."""
    blocks = []
    for finding in findings[:TOOLTIP_FINDINGS]:
        head = f"{outcome_words(finding)} — {finding.check}, line {finding.line}"
        if finding.waived is not None:
            head += f" (waived: {finding.waived})"
        lines = [head, finding.message]
        lines += [f"  {label}: {text}" for label, text in arithmetic(finding)]
        blocks.append("\n".join(lines))
    left = len(findings) - TOOLTIP_FINDINGS
    if left > 0:
        blocks.append(f"… and {left} more (click the number to see all)")
    return "\n\n".join(blocks)


def template_id(prefix: str, index: int) -> str:
    """The id of the ``<template>`` holding the card of a file's finding ``index``."""
    return f"{prefix}-t{index}"


def worst(verdicts: list[str]) -> str:
    return max(verdicts, key=VERDICT_RANK.__getitem__)


def severity_counts(findings: list[Finding]) -> dict[Severity, int]:
    """Problems that are not waived, by severity."""
    counts = dict.fromkeys(Severity, 0)
    for f in findings:
        if f.is_problem and f.waived is None:
            counts[f.severity] += 1
    return counts
