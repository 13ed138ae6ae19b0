"""``--format json``: a stable, documented shape (see docs/claims-format.md, "JSON output").

Keys never change meaning within a ``schema`` number; new keys may be added.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from aktobe_facts import __version__
from aktobe_facts.findings import Finding
from aktobe_facts.result import FileReport, Report
from aktobe_facts.visible import json_escaped

NAME = "json"
PASS_INPUTS = "always"
PASS_WORDS = "always"
PROBLEM_INPUTS = "always"
FINDINGS = "always"
SCHEMA_VERSION = 1


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "check": finding.check,
        "outcome": finding.outcome.value,
        "severity": finding.severity.value,
        "claims": list(finding.claims),
        "line": finding.line,
        "message": finding.message,
        "inputs": [{"label": s.label, "text": s.text} for s in finding.inputs],
        "result": finding.result,
        "bound": finding.bound,
        "nearest": finding.nearest,
        "suggestion": finding.suggestion,
        "notes": list(finding.notes),
        "margin": finding.margin,
        "rounding_only": finding.rounding_only,
        "narrowed": finding.narrowed,
        "waived": finding.waived,
    }


def file_dict(report: FileReport) -> dict[str, Any]:
    error = None
    if report.error is not None:
        e = report.error
        error = {
            "message": e.message,
            "line": e.line,
            "column": e.column,
            "item": e.item,
            "field": e.field,
            "text": str(e),
        }
    return {
        "path": report.path,
        "claims": report.claims,
        "suggested": report.suggested,
        "error": error,
        "findings": [finding_dict(f) for f in report.findings],
    }


def to_dict(report: Report) -> dict[str, Any]:
    return {
        "tool": "aktobe-facts",
        "version": __version__,
        "schema": SCHEMA_VERSION,
        "fail_level": report.fail_level.value,
        "exit_code": report.exit_code(),
        "summary": asdict(report.summary()),
        "files": [file_dict(f) for f in report.files],
    }


def render(report: Report, options: object) -> str:
    # exact text, but no hidden character raw: JSON escapes for bidi marks, C1 codes, surrogates
    return json_escaped(json.dumps(to_dict(report), indent=2, ensure_ascii=False)) + "\n"
