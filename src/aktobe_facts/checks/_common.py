"""Small helpers the checks share: how an input is shown in a finding's arithmetic."""

from __future__ import annotations

from fractions import Fraction

from aktobe_facts import fmt
from aktobe_facts.findings import Step
from aktobe_facts.interval import Interval
from aktobe_facts.quantities import Quantity
from aktobe_facts.units import currency


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


SLIP_EXPONENTS = (3, -3, 6, -6, 9, -9)


def scale_slip(value: Interval, target: Interval) -> int | None:
    """The power of ten (±3, ±6, ±9) that brings ``value`` onto ``target``, if one does.

    A figure off by a factor near a thousand or a million is the typical scale-word slip
    ("$190,000" for "$190 million").
    """
    for exponent in SLIP_EXPONENTS:
        if value.scale(Fraction(10) ** exponent).intersect(target) is not None:
            return exponent
    return None


def scale_words(exponent: int) -> str:
    """``3`` -> ``a thousand``; ``-6`` -> ``a millionth``: the factor of a slip in words."""
    names = {3: "thousand", 6: "million", 9: "billion"}
    name = names[abs(exponent)]
    return f"a {name}" if exponent > 0 else f"a {name}th"


def rate_text(interval: Interval | None, top: str, bottom: str) -> str:
    """A rate interval in words: ``[420.548, 422.137] tenge per US dollar``."""
    return fmt.interval(interval, currency(top), currency(bottom))
