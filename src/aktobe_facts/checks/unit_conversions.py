"""Unit conversions: a physical quantity given twice ("650 km (404 miles)") must agree.

The counterpart is converted exactly (pint, with fraction factors) into the value's unit and the two
intervals must meet; a counterpart of another dimension ("650 km (404 tonnes)") is an error.
"""

from __future__ import annotations

from aktobe_facts.checks._common import stated_step
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.quantities import Quantity
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
            k = factor(other.unit, value.unit) / _per_factor(other, value)
        except ConversionError as exc:
            findings.append(
                it.failed(f'"{other.text}" cannot be the same as "{value.text}": {exc}')
            )
            continue
        converted = other.require().scale(k)
        shown = fmt.interval(converted, value.unit, value.per)
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
                bound=fmt.interval(value.interval, value.unit, value.per),
                suggestion=f"a figure in {fmt.interval(needed, other.unit, other.per)} for "
                f'"{other.text}"',
            )
        )
    return findings


def _per_factor(other: Quantity, value: Quantity) -> Fraction:
    """The factor between the two figures' "per" units: "6.7 tonnes per ha (2,711 kg per acre)"
    converts the acre to hectares as well as the kilograms to tonnes."""
    if other.per is None and value.per is None:
        return Fraction(1)
    if other.per is None or value.per is None:
        one = other.per or value.per
        assert one is not None
        raise ConversionError(f"one is per {fmt.singular(one)}, the other a total")
    return factor(other.per, value.per)
