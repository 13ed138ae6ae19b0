"""Cross rates: with three or more currencies, the article's rates must agree with each other.

Rubles per US$ times US$ per euro must meet the rubles per euro that the article's own pairs imply.
A disagreement often means a figure was converted from an already rounded figure and printed with
more digits than its source supports.
"""

from __future__ import annotations

from aktobe_facts.checks._common import centre, percent_off
from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.findings import Finding, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.units import currency
from aktobe_facts.relations.rates import PairEstimate, oriented, triangles

ID = "cross-rates"
say = Verdicts(ID)
TITLE = "Cross rates of three currencies agree"
HELP = (
    "For every three currencies whose rates the article implies, A per B times B per C must meet "
    "the A per C of the article's own pairs."
)


def check(doc: ClaimsFile) -> list[Finding]:
    return [_triangle(a, b, c, legs) for (a, b, c), legs in triangles(doc)]


def _rate(estimate: PairEstimate, want: str) -> Interval:
    rate = estimate.article_rate
    assert rate is not None  # triangles() keeps only legs with a rate
    return oriented(estimate, rate, want)


def _triangle(
    a: str, b: str, c: str, legs: tuple[PairEstimate, PairEstimate, PairEstimate]
) -> Finding:
    """``legs``: the estimates of a/b, b/c and a/c, of one period."""
    ab = (_rate(legs[0], a),)  # a per b
    bc = (_rate(legs[1], b),)  # b per c
    ac = (_rate(legs[2], a),)  # a per c
    through = ab[0] * bc[0]
    pairs = [p for leg in legs for p in leg.pairs]
    ids = tuple(dict.fromkeys(p.claim.id for p in pairs))
    line = min(p.claim.line for p in pairs)
    ua, ub, uc = currency(a), currency(b), currency(c)
    steps = (
        Step(f"{a} per {b}", fmt.interval(ab[0], ua, ub)),
        Step(f"{b} per {c}", fmt.interval(bc[0], ub, uc)),
        Step(f"{a} per {c} through {b}", fmt.interval(through, ua, uc)),
        Step(f"{a} per {c} stated", fmt.interval(ac[0], ua, uc)),
    )
    if through.intersect(ac[0]) is not None:
        return say.passed(
            ids, line, f"cross rate {a}/{b} × {b}/{c} agrees with {a}/{c}", inputs=steps
        )
    mid = centre(ac[0])
    return say.failed(
        ids,
        line,
        f"cross rates disagree: {a} per {b} times {b} per {c} gives "
        f"{fmt.interval(through, ua, uc)}, but the article's {a}/{c} pairs imply "
        f"{fmt.interval(ac[0], ua, uc)}",
        inputs=steps,
        result=fmt.interval(through, ua, uc),
        bound=fmt.interval(ac[0], ua, uc),
        nearest=None if mid is None else f"{percent_off(mid, through)} apart",
        notes=(
            "a figure converted from an already rounded figure can carry more digits than its "
            "source supports",
        ),
    )
