"""Missing counterparts: "140 million tenge (US$)" prints a currency with no number.

The finding is an error with the value that fits: the amount converted at the article's own common
implied rate (else at a declared reference rate), as a range that the amount's rounding and the rate
interval allow, and as one figure rounded the way the article writes figures in that currency.

:func:`suggest` computes that value; ``aktobe-facts fill`` writes it into the claims file, marked
``computed``. A computed counterpart is not an article figure: this check reports it as info while
it still fits the amount, and warns when it no longer does.
"""

from __future__ import annotations

from functools import partial

from msgspec import Struct

from aktobe_facts.checks._common import centre, stated_step
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Said, Severity, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.reading.units import ConversionError, UnitSpec, factor
from aktobe_facts.relations.rates import lookup, rate_table

ID = "missing-counterpart"
say = Verdicts(ID)
TITLE = "Every counterpart has a number"
HELP = (
    'A counterpart written with no number, such as "(US$)", is an error. The finding suggests the '
    "value at the article's common implied rate, as a range and rounded as the article writes "
    "figures."
)
DEFAULT_DIGITS = 3


class Suggestion(Struct, frozen=True):
    """The figure that fits a counterpart the article left out."""

    unit: UnitSpec
    fitting: Interval  # every figure the amount's rounding and the rate interval allow
    rate: Step  # the rate, shown the way round that is at least 1, and where it comes from
    central: Fraction | None  # the amount at the central rate
    digits: int  # significant digits the article writes figures in this unit with
    figure: str | None  # the central amount as the article writes figures: "US$332,000"
    rate_text: str | None  # the central rate: "421.343 tenge per US dollar"
    source: str  # "the article's common implied rate", "reference 'nbk_usd_kzt_2020_end'"


def suggest(doc: ClaimsFile, value: Quantity, want: UnitSpec) -> Suggestion | None:
    """The figure in ``want`` that fits ``value``, or None when no rate is known."""
    assert value.unit is not None
    rate = _rate(doc, value.unit, want)
    if rate is None:
        return None
    rate_interval, source = rate
    # show the rate the way round that is at least 1 (tenge per US$, not US$ per tenge)
    flip = rate_interval.hi is not None and rate_interval.hi < 1 and rate_interval.is_positive()
    shown_rate = rate_interval.reciprocal() if flip else rate_interval
    top, bottom = (value.unit, want) if flip else (want, value.unit)
    mid = centre(shown_rate)  # none for an open-ended rate: no central figure to suggest
    digits = _digits(doc).get(want.key, DEFAULT_DIGITS)
    central = figure = rate_text = None
    if mid is not None and mid != 0:
        central = value.value / mid if flip else value.value * mid
        figure = fmt.article_style(central, want, digits)
        rate_text = fmt.value(mid, top, bottom)
    return Suggestion(
        unit=want,
        fitting=value.require() * rate_interval,
        rate=Step("rate", f"{fmt.interval(shown_rate, top, bottom)} ({source})"),
        central=central,
        digits=digits,
        figure=figure,
        rate_text=rate_text,
        source=source,
    )


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    for claim in doc.claims:
        findings.extend(
            _missing(doc, claim, other) for other in claim.counterparts if other.missing
        )
        findings.extend(_computed(doc, claim, other) for other in claim.computed)
    return findings


def _digits(doc: ClaimsFile) -> dict[str, int]:
    """The most significant digits the file's figures show in each unit ("US$328 million": 3)."""
    cached = doc.cache.get("digits_by_unit")
    if isinstance(cached, dict):
        return cached
    result: dict[str, int] = {}
    for claim in doc.claims:
        for q in claim.quantities():
            if q.missing or q.unit is None:
                continue
            result[q.unit.key] = max(result.get(q.unit.key, 0), q.stated.significant_digits)
    doc.cache["digits_by_unit"] = result
    return result


def _missing(doc: ClaimsFile, claim: Claim, other: Quantity) -> Finding:
    """An error whatever the rate: the figure that would fit is words (made when shown)."""
    return say.failed((claim.id,), claim.line, partial(_missing_words, doc, claim, other))


def _missing_words(doc: ClaimsFile, claim: Claim, other: Quantity) -> Said:
    value = claim.value
    assert value is not None and value.unit is not None and other.unit is not None
    want: UnitSpec = other.unit
    steps: list[Step] = [stated_step(claim.id, value)]
    message = (
        f'"{other.text}" has no number: the article does not give the {want.label} '
        f'figure for "{value.text}"'
    )
    found = suggest(doc, value, want)
    if found is None:
        return Said(
            message + f"; no rate between {value.unit.label} and {want.label} is known to "
            "suggest one (state another pair or declare a reference rate)",
            inputs=steps,
        )
    steps.append(found.rate)
    central = found.central
    return Said(
        message,
        inputs=steps,
        result=f"{fmt.interval(found.fitting, want)} fits the amount and the rate",
        nearest=None if central is None else f"about {fmt.value(central, want, sig=4)}",
        suggestion=None
        if found.figure is None
        else f'write "{found.figure}" (at the central rate {found.rate_text})',
    )


def _computed(doc: ClaimsFile, claim: Claim, other: Quantity) -> Finding:
    """A counterpart ``fill`` computed: info while it fits the amount, a warning once it does not."""
    value = claim.value
    assert value is not None and value.unit is not None and other.unit is not None
    steps = (stated_step(claim.id, value), stated_step("computed", other))
    what = f'"{other.text}" is computed, not stated by the article'
    found = suggest(doc, value, other.unit)
    if found is None:
        return say.undetermined(
            (claim.id,),
            claim.line,
            what + f"; no rate between {value.unit.label} and "
            f"{other.unit.label} is known to test it",
            severity=Severity.INFO,
            inputs=steps,
        )
    inputs = (*steps, found.rate)
    result = f"{fmt.interval(found.fitting, other.unit)} fits the amount and the rate"
    if other.require().intersect(found.fitting) is not None:
        return say.passed(
            (claim.id,),
            claim.line,
            what + f'; it fits "{value.text}" at {found.source}',
            inputs=inputs,
            result=result,
        )
    return say.failed(
        (claim.id,),
        claim.line,
        what + f'; it no longer fits "{value.text}" at {found.source}',
        severity=Severity.WARNING,
        inputs=inputs,
        result=result,
        bound=result,
        suggestion=None
        if found.figure is None
        else f'write "{found.figure}" (at the central rate {found.rate_text}) in counterpart '
        "and computed",
    )


def _rate(doc: ClaimsFile, have: UnitSpec, want: UnitSpec) -> tuple[Interval, str] | None:
    if not have.is_currency and not want.is_currency:
        try:
            return Interval.point(factor(have, want)), "exact unit conversion"
        except ConversionError:
            return None
    return lookup(rate_table(doc), have.key, want.key)
