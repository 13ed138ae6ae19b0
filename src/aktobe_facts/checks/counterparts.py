"""Missing counterparts: "140 million tenge (US$)" prints a currency with no number.

The finding is an error with the value that fits: the amount converted at the article's own common
implied rate (else at a declared reference rate), as a range that the amount's rounding and the rate
interval allow, and as one figure rounded the way the article writes figures in that currency.
"""

from __future__ import annotations

from aktobe_facts import fmt
from aktobe_facts.checks._common import stated_step
from aktobe_facts.findings import Finding, Outcome, Severity, Step
from aktobe_facts.interval import Interval
from aktobe_facts.model import Claim, ClaimsFile
from aktobe_facts.quantities import Quantity
from aktobe_facts.rates import PairEstimate, lookup, rate_table
from aktobe_facts.units import ConversionError, UnitSpec, factor

ID = "missing-counterpart"
TITLE = "Every counterpart has a number"
HELP = (
    'A counterpart written with no number, such as "(US$)", is an error. The finding suggests the '
    "value at the article's common implied rate, as a range and rounded as the article writes "
    "figures."
)
DEFAULT_DIGITS = 3


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    table: dict[frozenset[str], PairEstimate] | None = None
    digits = _digits_by_unit(doc)
    for claim in doc.claims:
        for other in claim.counterparts:
            if not other.missing:
                continue
            if table is None:
                table = rate_table(doc)
            findings.append(_missing(claim, other, table, digits))
    return findings


def _digits_by_unit(doc: ClaimsFile) -> dict[str, int]:
    """The most significant digits the file's figures show in each unit ("US$328 million": 3)."""
    result: dict[str, int] = {}
    for claim in doc.claims:
        for q in claim.quantities():
            if q.missing or q.unit is None:
                continue
            result[q.unit.key] = max(result.get(q.unit.key, 0), q.stated.significant_digits)
    return result


def _missing(
    claim: Claim, other: Quantity, table: dict[frozenset[str], PairEstimate], digits: dict[str, int]
) -> Finding:
    value = claim.value
    assert value is not None and value.unit is not None and other.unit is not None
    want: UnitSpec = other.unit
    steps: list[Step] = [stated_step(claim.id, value)]
    message = (
        f'"{other.text}" has no number: the article does not give the {want.label} '
        f'figure for "{value.text}"'
    )
    rate = _rate(value.unit, want, table)
    if rate is None:
        return Finding(
            ID,
            Outcome.FAIL,
            Severity.ERROR,
            (claim.id,),
            claim.line,
            message + f"; no rate between {value.unit.label} and {want.label} is known to "
            "suggest one (state another pair or declare a reference rate)",
            inputs=tuple(steps),
        )
    rate_interval, source = rate
    # show the rate the way round that is at least 1 (tenge per US$, not US$ per tenge)
    flip = rate_interval.hi is not None and rate_interval.hi < 1 and rate_interval.is_positive()
    shown_rate = rate_interval.reciprocal() if flip else rate_interval
    top, bottom = (value.unit, want) if flip else (want, value.unit)
    steps.append(Step("rate", f"{fmt.interval(shown_rate, top, bottom)} ({source})"))
    fitting = value.require() * rate_interval
    mid = shown_rate.midpoint()
    sig = digits.get(want.key, DEFAULT_DIGITS)
    central = None
    suggestion = None
    if mid is not None and mid != 0:
        central = value.value / mid if flip else value.value * mid
        suggestion = (
            f'write "{fmt.article_style(central, want, sig)}" '
            f"(at the central rate {fmt.value(mid, top, bottom)})"
        )
    return Finding(
        ID,
        Outcome.FAIL,
        Severity.ERROR,
        (claim.id,),
        claim.line,
        message,
        inputs=tuple(steps),
        result=f"{fmt.interval(fitting, want)} fits the amount and the rate",
        nearest=None if central is None else f"about {fmt.value(central, want, sig=4)}",
        suggestion=suggestion,
    )


def _rate(
    have: UnitSpec, want: UnitSpec, table: dict[frozenset[str], PairEstimate]
) -> tuple[Interval, str] | None:
    if not have.is_currency and not want.is_currency:
        try:
            return Interval.point(factor(have, want)), "exact unit conversion"
        except ConversionError:
            return None
    return lookup(table, have.key, want.key)
