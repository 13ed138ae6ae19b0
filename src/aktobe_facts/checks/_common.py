"""Small helpers the checks share: how an input is shown in a finding's arithmetic."""

from __future__ import annotations

from fractions import Fraction

from aktobe_facts import fmt
from aktobe_facts.findings import Step
from aktobe_facts.interval import Interval
from aktobe_facts.quantities import Quantity


def stated_step(claim_id: str, quantity: Quantity) -> Step:
    """``claim 'x': "646.8 billion tenge" = [646.75, 646.85] billion tenge (rounded to ...)``."""
    shown = fmt.interval(quantity.interval, quantity.unit, quantity.per)
    reading = f" ({quantity.reading})" if quantity.reading else ""
    return Step(claim_id, f'"{quantity.text}" = {shown}{reading}')


def percent_off(value: Fraction, target: Interval) -> str:
    """How far ``value`` lies outside ``target``, relative to the nearest end."""
    nearest = target.nearest(value)
    if nearest == 0 or nearest == value:
        return "0%"
    return f"{float(abs(value - nearest) / abs(nearest)) * 100:.1f}%"
