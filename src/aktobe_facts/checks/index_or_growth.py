"""Index or growth: "increased by 127.4 percent" may be an index read as a growth.

Statistics offices of many economies (Kazakhstan, Uzbekistan, Russia among them) publish indices:
the level as a percent of the previous period, 100 being no change. "127.4 percent" there is a rise
of 27.4 percent, and a writer who adds "increased by" makes it read as a growth of 127.4 percent,
2.274 times the base. A growth above 100 percent worded as an increase (its quote or note says only
"rose", "increased", "grew" ...) has both readings:

* as a growth g: current = base × (1 + g/100);
* as an index g: current = base × g/100, a change of g − 100 percent.

The finding is a warning giving both readings (as intervals), never an error: the tool cannot know
which the source meant. With ``of`` (the current value) and ``base`` stated in one unit, it says
which reading their ratio fits; when only the growth reading fits, the figures settle it and the
finding is a pass. ``means = "relative"`` on the claim says the editor checked that it is a growth
(a pass, info); ``kind = "index"`` makes it an index.
"""

from __future__ import annotations

import re

from aktobe_facts.checks._common import (
    direction,
    is_percent,
    quantities_of,
    same_unit_pair,
    stated_step,
)
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.units import lookup_unit

ID = "index-or-growth"
say = Verdicts(ID)
TITLE = "A growth above 100 percent worded as an increase may be an index"
HELP = (
    "A growth above 100 percent written as an increase ('increased by 127.4 percent') may be an "
    "index (the level as a percent of the previous period: a rise of 27.4 percent). A warning "
    "gives both readings, and which one the current and base values fit; never an error."
)
HUNDRED = Fraction(100)


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    for claim in doc.claims:
        if claim.kind not in ("growth", None) or not is_percent(claim.value):
            continue
        assert claim.value is not None
        stated = claim.value.require()
        if stated.lo is None or stated.lo <= HUNDRED or direction(claim) != "rise":
            continue
        if claim.kind is None and _level(claim):
            continue  # "up from 103.0 per cent", "rose to 138.1 percent": a level, no change
        findings.append(_readings(doc, claim, stated))
    return findings


def _level(claim: Claim) -> bool:
    """The quote puts "to" or "from" right before the value: the level a rate reached or left
    ("natural gas inflation rose to 138.1 per cent, up from 103.0 per cent"), never the size of
    an increase that an index could have been read as (a claim of no kind; one the editor made a
    growth keeps the warning: "rose to 127.4 percent" as a growth may be an index)."""
    assert claim.value is not None
    written = r"\s+".join(re.escape(part) for part in claim.value.text.split())
    return re.search(rf"\b(?:to|from)\s+{written}", claim.quote, re.IGNORECASE) is not None


def _readings(doc: ClaimsFile, claim: Claim, stated: Interval) -> Finding:
    assert claim.value is not None
    g = claim.value
    percent = lookup_unit("percent")
    as_growth = Interval.point(1) + stated.scale(Fraction(1, 100))
    as_index = stated.scale(Fraction(1, 100))
    change = stated - Interval.point(HUNDRED)
    steps = [
        stated_step(claim.id, g),
        Step("as a growth", f"current = base × (1 + g/100) = base × {fmt.interval(as_growth)}"),
        Step(
            "as an index",
            f"current = base × g/100 = base × {fmt.interval(as_index)}: a change of "
            f"{fmt.interval(change, percent)}",
        ),
    ]
    both = (
        f'"{g.text}" worded as an increase reads two ways: as a growth, the value is '
        f"{fmt.number(1 + g.value / HUNDRED, 4)} times the base; as an index (the level as a "
        f"percent of the previous period, as statistics offices publish), "
        f"{fmt.number(g.value / HUNDRED, 4)} times the base, a rise of "
        f"{fmt.value(g.value - HUNDRED, percent)}"
    )
    ids: tuple[str, ...] = (claim.id,)
    fits = _fits(doc, claim, as_growth, as_index, steps)
    if fits is not None:
        ids = (claim.id, *fits[1])
    settled = None
    if claim.means == "relative":
        settled = 'means = "relative" says it is a growth'
    elif fits is not None and fits[0] == "growth":
        settled = "the current and base values fit the growth reading only"
    if settled is not None:
        return say.passed(ids, claim.line, f"{both}; {settled}", inputs=steps)
    told = "" if fits is None else f"; the current and base values fit {fits[0]}"
    return say.undetermined(
        ids,
        claim.line,
        both + told,
        inputs=steps,
        result=f"as a growth × {fmt.interval(as_growth)}; as an index × {fmt.interval(as_index)}",
        suggestion='check the source: for an index write kind = "index" (or the change, '
        f'"{fmt.value(g.value - HUNDRED, percent)}"); for a growth set means = "relative"',
    )


def _fits(
    doc: ClaimsFile, claim: Claim, as_growth: Interval, as_index: Interval, steps: list[Step]
) -> tuple[str, tuple[str, str]] | None:
    """Which reading the stated current (``of``) and base (``base``) values fit, when both are
    stated in one unit: "growth", "the index reading only", "both readings" or "neither reading"."""
    pair = _current_and_base(doc, claim)
    if pair is None:
        return _fits_change(doc, claim, as_growth, as_index, steps)
    found = same_unit_pair(quantities_of(doc, pair[0]), quantities_of(doc, pair[1]))
    if found is None:
        return None
    current, base = found[0].require(), found[1].require()
    if not base.is_positive():
        return None
    ratio = current / base
    steps.append(
        Step(
            "current / base",
            f'"{found[0].text}" / "{found[1].text}" = {fmt.interval(ratio)}',
        )
    )
    return _reading(ratio, as_growth, as_index, pair)


def _fits_change(
    doc: ClaimsFile, claim: Claim, as_growth: Interval, as_index: Interval, steps: list[Step]
) -> tuple[str, tuple[str, str]] | None:
    """Which reading a rise's amount of change and the level it reached fit, from a
    ``[[relation]]`` of kind change that names the claim as its percent, with no base: the base
    is the level less the change ("rose by 1 192 units, a gain of 223.2%, to 1 726": 534)."""
    for relation in doc.relations_of("change"):
        amount, current = relation.ref("amount"), relation.ref("current")
        if relation.ref("percent") != claim.id or amount is None or current is None:
            continue
        if relation.ref("base") is not None or relation.ref("direction") == "fall":
            continue
        found = same_unit_pair(quantities_of(doc, current), quantities_of(doc, amount))
        if found is None:
            continue
        level, change = found[0].require(), found[1].require()
        base = level - (change if change.is_positive() else -change)
        if not base.is_positive():
            continue
        ratio = level / base
        steps.append(
            Step(
                "current / (current - change)",
                f'"{found[0].text}" / ("{found[0].text}" - "{found[1].text}") = '
                f"{fmt.interval(ratio)}",
            )
        )
        return _reading(ratio, as_growth, as_index, (current, amount))
    return None


def _reading(
    ratio: Interval, as_growth: Interval, as_index: Interval, ids: tuple[str, str]
) -> tuple[str, tuple[str, str]]:
    growth = ratio.intersect(as_growth) is not None
    index = ratio.intersect(as_index) is not None
    if growth and not index:
        return "growth", ids
    if index and not growth:
        return "the index reading only", ids
    return ("both readings" if growth else "neither reading"), ids


def _current_and_base(doc: ClaimsFile, claim: Claim) -> tuple[str, str] | None:
    """The current and base values of the growth: its own ``of`` and ``base``, else those of a
    ``[[relation]]`` of kind growth that names it (a relation tests it as the older fields do)."""
    if claim.of is not None and claim.base is not None:
        return claim.of, claim.base
    for relation in doc.relations_of("growth"):
        current, base = relation.ref("current"), relation.ref("base")
        if relation.ref("growth") == claim.id and current is not None and base is not None:
            return current, base
    return None
