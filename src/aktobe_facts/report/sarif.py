"""``--format sarif``: a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers.

One run; one rule per registered check plus ``load`` for unusable files; one result per problem
finding (passes are counted in the run's properties, not listed). Each result has a
``partialFingerprints["aktobeFacts/v1"]`` built from the check, the sorted claim ids and the file,
never the line or the wording, so a finding keeps its identity when the file is edited around it.
A waived finding is a result with an ``inSource`` suppression giving the waiver's reason.
The texts a viewer shows (messages, the reason) are made printable (:mod:`aktobe_facts.visible`);
properties keep the exact text, any hidden character in them a JSON escape.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote

from aktobe_facts import __version__
from aktobe_facts.checks import KNOWN
from aktobe_facts.claims.loader import LoadError
from aktobe_facts.findings import Finding, Severity
from aktobe_facts.report import RenderOptions
from aktobe_facts.report._common import load_error_text, position, posix_path, with_suggestion
from aktobe_facts.result import Report
from aktobe_facts.visible import json_escaped, printable

NAME = "sarif"
PASS_INPUTS = "never"
PASS_WORDS = "never"
PROBLEM_INPUTS = "always"
FINDINGS = "always"
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
TOOL_NAME = "aktobe-facts"
FINGERPRINT_KEY = "aktobeFacts/v1"
LOAD_RULE = "load"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

_LOAD_TITLE = "The claims file can be read"
_LOAD_HELP = (
    "A claims file that cannot be used (missing, not TOML, an unknown unit, a malformed number, "
    "a duplicate id, a reference to an unknown claim) is reported at the place it goes wrong; "
    "none of its relations are tested."
)


def information_uri() -> str | None:
    """The project's home page from the installed package's metadata, when it declares one."""
    try:
        meta = metadata.metadata(TOOL_NAME)
    except metadata.PackageNotFoundError:
        return None
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository"} and url.strip():
            return str(url.strip())
    for home in meta.get_all("Home-page") or []:
        if home.strip():
            return str(home.strip())
    return None


def artifact_uri(path: str) -> str:
    """The file as a URI reference: relative as given (forward slashes, percent-encoded).

    An absolute path inside the working directory is made relative to it; another absolute path
    becomes a ``file://`` URI.
    """
    given = Path(posix_path(path))
    if given.is_absolute():
        try:
            given = given.relative_to(Path.cwd())
        except ValueError:
            return given.as_uri()
    # a name that is not UTF-8 (surrogate escapes) is percent-encoded as the bytes it has
    return quote(given.as_posix(), safe="/", errors="surrogateescape")


def fingerprint(check: str, claims: tuple[str, ...] | list[str], uri: str, occurrence: int) -> str:
    """sha256 of the check, the sorted claim ids and the file; the line and message stay out."""
    parts = [check, "\x1f".join(sorted(claims)), uri]
    if occurrence > 1:  # the same check over the same claims twice in one file
        parts.append(str(occurrence))
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()


def rule_name(check_id: str) -> str:
    """``missing-counterpart`` -> ``MissingCounterpart`` (SARIF names are identifiers)."""
    return "".join(word[:1].upper() + word[1:] for word in check_id.replace("_", "-").split("-"))


def _rule(rule_id: str, title: str, help_text: str, level: str = "warning") -> dict[str, Any]:
    """A rule; its default level is only a default: every result states its own level."""
    return {
        "id": rule_id,
        "name": rule_name(rule_id),
        "shortDescription": {"text": title},
        "fullDescription": {"text": help_text},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": level},
    }


def rules(report: Report) -> list[dict[str, Any]]:
    """One rule per registered check, then ``load``, then any check id the registry lacks."""
    found = [_rule(m.ID, m.TITLE, m.HELP) for m in KNOWN.values()]
    found.append(_rule(LOAD_RULE, _LOAD_TITLE, _LOAD_HELP, "error"))
    known = {r["id"] for r in found}
    for finding in report.findings():
        if finding.check not in known:
            known.add(finding.check)
            found.append(_rule(finding.check, finding.check, finding.check))
    return found


def _location(uri: str, line: int | None, column: int | None = None) -> dict[str, Any]:
    start_line, start_column = position(line, column)
    region: dict[str, Any] = {"startLine": start_line}
    if column is not None:
        region["startColumn"] = start_column
    return {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}


def _finding_properties(finding: Finding) -> dict[str, Any]:
    props: dict[str, Any] = {
        "claims": list(finding.claims),
        "outcome": finding.outcome.value,
        "severity": finding.severity.value,
        "steps": [{"label": s.label, "text": s.text} for s in finding.inputs],
    }
    for key, value in (
        ("result", finding.result),
        ("bound", finding.bound),
        ("nearest", finding.nearest),
        ("suggestion", finding.suggestion),
        ("margin", finding.margin),
    ):
        if value is not None:
            props[key] = value
    if finding.notes:
        props["notes"] = list(finding.notes)
    if finding.rounding_only:
        props["roundingOnly"] = True
    if finding.narrowed:
        props["narrowed"] = finding.narrowed
    return props


def _finding_result(
    finding: Finding, uri: str, index: dict[str, int], occurrence: int
) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.check,
        "ruleIndex": index[finding.check],
        "level": LEVELS[finding.severity],
        "message": {"text": with_suggestion(finding)},
        "locations": [_location(uri, finding.line)],
        "partialFingerprints": {
            FINGERPRINT_KEY: fingerprint(finding.check, finding.claims, uri, occurrence)
        },
        "properties": _finding_properties(finding),
    }
    if finding.waived is not None:
        result["suppressions"] = [{"kind": "inSource", "justification": printable(finding.waived)}]
    return result


def _load_result(error: LoadError, uri: str, index: dict[str, int]) -> dict[str, Any]:
    props = {key: value for key, value in (("item", error.item), ("field", error.field)) if value}
    result: dict[str, Any] = {
        "ruleId": LOAD_RULE,
        "ruleIndex": index[LOAD_RULE],
        "level": "error",
        "message": {"text": printable(load_error_text(error))},
        "locations": [_location(uri, error.line, error.column)],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(LOAD_RULE, (), uri, 1)},
    }
    if props:
        result["properties"] = props
    return result


def to_dict(report: Report) -> dict[str, Any]:
    rule_list = rules(report)
    index = {rule["id"]: i for i, rule in enumerate(rule_list)}
    results: list[dict[str, Any]] = []
    for file_report in report.files:
        uri = artifact_uri(file_report.path)
        if file_report.error is not None:
            results.append(_load_result(file_report.error, uri, index))
            continue
        seen: dict[tuple[str, tuple[str, ...]], int] = {}
        for finding in file_report.findings:
            if not finding.is_problem:
                continue
            key = (finding.check, tuple(sorted(finding.claims)))
            seen[key] = seen.get(key, 0) + 1
            results.append(_finding_result(finding, uri, index, seen[key]))
    driver: dict[str, Any] = {"name": TOOL_NAME, "version": __version__}
    home = information_uri()
    if home is not None:
        driver["informationUri"] = home
    driver["rules"] = rule_list
    summary = report.summary()
    return {
        "$schema": SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {"driver": driver},
                "invocations": [
                    {"executionSuccessful": summary.unusable == 0, "exitCode": report.exit_code()}
                ],
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {
                    "failLevel": report.fail_level.value,
                    "summary": asdict(summary),
                },
            }
        ],
    }


def render(report: Report, options: RenderOptions) -> str:
    # exact text, but no hidden character raw: JSON escapes for bidi marks, C1 codes, surrogates
    return json_escaped(json.dumps(to_dict(report), indent=2, ensure_ascii=False)) + "\n"
