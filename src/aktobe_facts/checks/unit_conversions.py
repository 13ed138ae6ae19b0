"""Unit conversions: a physical quantity given twice ("650 km (404 miles)") must agree.

The counterpart is converted exactly (pint, with fraction factors) into the value's unit and the two
intervals must meet; a counterpart of another dimension ("650 km (404 tonnes)") is an error.
"""

from __future__ import annotations

from aktobe_facts.checks._common import stated_step
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.units import ConversionError, factor

ID = "unit-conversions"
say = Verdicts(ID)
TITLE = "Quantities given in two units agree"
HELP = "A length, area or mass given in two units must agree after exact conversion."


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    for claim in doc.claims:
        findings.extend(_claim(claim))
    return findings


def _claim(claim: Claim) -> list[Finding]:
    value = claim.value
    if value is None or value.unit is None or value.unit.is_currency:
        return []
    findings = []
    for other in claim.counterparts:
        if other.missing or other.unit is None or other.unit.is_currency:
            continue
        steps = (stated_step(claim.id, value), stated_step(claim.id, other))
        it = say.about((claim.id,), claim.line, inputs=steps)
        try:
            k = factor(other.unit, value.unit)
        except ConversionError as exc:
            findings.append(
                it.failed(f'"{other.text}" cannot be the same as "{value.text}": {exc}')
            )
            continue
        converted = other.require().scale(k)
        shown = fmt.interval(converted, value.unit)
        if converted.intersect(value.require()) is not None:
            findings.append(
                it.passed(f'"{other.text}" is {shown}, which meets "{value.text}"', result=shown)
            )
            continue
        needed = value.require().scale(1 / k)
        findings.append(
            it.failed(
                f'"{other.text}" is {shown}, which does not meet "{value.text}"',
                result=shown,
                bound=fmt.interval(value.interval, value.unit),
                suggestion=f'a figure in {fmt.interval(needed, other.unit)} for "{other.text}"',
            )
        )
    return findings
