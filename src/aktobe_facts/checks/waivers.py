"""Waivers and severity overrides: the last step between the checks and the report.

A ``[[waiver]]`` accepts one finding: same check id and the same claim ids (in any order). The
finding is still reported, marked waived with the reason, and never fails the gate. A waiver that
matches nothing, or has expired, is itself a warning, so that waivers do not rot.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import replace

from aktobe_facts.checks import KNOWN
from aktobe_facts.claims.model import ClaimsFile, Waiver
from aktobe_facts.findings import Finding, Severity, Verdicts

ID = "waivers"
say = Verdicts(ID)
CHECK_IDS: tuple[str, ...] = (*KNOWN, ID)
"""Every check id a user can name (``--select``, ``--ignore``, ``[settings]``): the registry's
checks and reviews, then this one, which runs after them on their findings."""


def apply_severity(findings: list[Finding], overrides: dict[str, str]) -> list[Finding]:
    """Give the problems of a check the severity the configuration sets for it."""
    if not overrides:
        return findings
    return [
        replace(f, severity=Severity(overrides[f.check]))
        if f.check in overrides and f.is_problem
        else f
        for f in findings
    ]


def apply_waivers(
    doc: ClaimsFile,
    findings: list[Finding],
    today: dt.date | None = None,
    *,
    ran: Collection[str] | None = None,
    report: bool = True,
) -> list[Finding]:
    """Mark the findings the file waives; add a warning for each waiver that is unused or expired.

    ``ran``: the checks that ran (default: all). A waiver of a known check that did not run
    (``--select``, ``--ignore``) is not called unused: nothing could have matched it. With
    ``report=False`` (the ``waivers`` check itself not selected) waivers are applied, never
    reported.
    """
    if not doc.waivers:
        return findings
    today = today or dt.date.today()
    active: dict[tuple[str, frozenset[str]], Waiver] = {}
    extra: list[Finding] = []
    for waiver in doc.waivers:
        if waiver.expires is not None and _expired(waiver.expires, today):
            extra.append(_stale(waiver, f"expired on {waiver.expires}; it no longer applies"))
            continue
        active[(waiver.check, frozenset(waiver.claims))] = waiver
    used: set[tuple[str, frozenset[str]]] = set()
    out = []
    for f in findings:
        key = (f.check, frozenset(f.claims))
        match = active.get(key)
        if match is not None and f.is_problem:
            used.add(key)
            f = replace(f, waived=match.reason)
        out.append(f)
    if not report:
        return out
    for key, waiver in active.items():
        judged = ran is None or waiver.check in ran or waiver.check not in KNOWN
        if key not in used and judged:
            extra.append(
                _stale(waiver, "matches no finding; remove it or correct its check and claims")
            )
    return out + extra


def _expired(text: str, today: dt.date) -> bool:
    """Past its date; a date that is not real (the loader refuses it) counts as expired, never as
    a waiver for ever."""
    try:
        return dt.date.fromisoformat(text) < today
    except ValueError:
        return True


def _stale(waiver: Waiver, why: str) -> Finding:
    claims = ", ".join(waiver.claims)
    return say.failed(
        waiver.claims,
        waiver.line,
        f"the waiver of {waiver.check} for {claims} {why}",
        severity=Severity.WARNING,
        notes=(f"reason given: {waiver.reason}",),
    )
