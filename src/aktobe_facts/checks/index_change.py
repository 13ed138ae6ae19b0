"""Index and change: an index of 98.2 percent (the level as a percent of the previous period) is a
change of 98.2 − 100 = −1.8 percent, "a 1.8 percent fall".

A claim linked to the index by ``same_as`` (either way round) states the change in other words and
must agree: the change interval the index implies must meet the stated change's interval. A change
written without a minus sign is read as a fall when its quote or note says so ("fell by 1.8
percent"). An index with no partner is reported with the change it implies.
"""

from __future__ import annotations

from functools import partial

from aktobe_facts.checks._common import (
    ROUNDING_NOTE,
    direction,
    fixed,
    is_percent,
    rounding_margin,
    stated_step,
)
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.units import lookup_unit

ID = "index-change"
say = Verdicts(ID)
TITLE = "An index agrees with the change it states"
HELP = (
    "An index claim (kind = index, in percent of the previous period) implies a change of "
    "index − 100. A claim linked to it with same_as (a change or growth in percent) must agree "
    "within the stated roundings; an index on its own is reported with the change it implies."
)
HUNDRED = Fraction(100)
_CHANGE_UNITS = frozenset({"percent", "points"})


def check(doc: ClaimsFile) -> list[Finding]:
    findings: list[Finding] = []
    seen: set[frozenset[str]] = set()
    # the 'same' relations (a claim's same_as): who restates whom
    restating: dict[str, list[Claim]] = {}
    restated: dict[str, Claim] = {}
    for relation in doc.relations_of("same"):
        one, other = relation.refs("claims")
        first, second = doc.claim(one), doc.claim(other)
        if first is not None:
            restating.setdefault(other, []).append(first)
        if second is not None:
            restated[one] = second
    for claim in doc.claims:
        if not _is_index(claim):
            continue
        if _negative(claim):
            findings.append(_never_negative(claim))
            continue
        partners = list(restating.get(claim.id, ()))
        if claim.id in restated:
            partners.append(restated[claim.id])
        partners = [p for p in partners if not (_is_index(p) and _negative(p))]  # their own error
        if not partners:
            findings.append(_alone(claim))
        for partner in partners:
            key = frozenset((claim.id, partner.id))
            if key not in seen:
                seen.add(key)
                findings.append(_compare(claim, partner))
    return findings


def _is_index(claim: Claim) -> bool:
    return claim.kind == "index" and is_percent(claim.value)


def _negative(index: Claim) -> bool:
    """An index written below zero ("-5 percent"): as printed, before its rounding."""
    return index.value is not None and index.value.value < 0


def _never_negative(index: Claim) -> Finding:
    """An index is a level as a percent of another period's: it can be 0 but never below it."""
    assert index.value is not None
    percent = lookup_unit("percent")
    size = fmt.value(-index.value.value, percent)
    return say.failed(
        (index.id,),
        index.line,
        f"'{index.id}' is an index of \"{index.value.text}\", but an index (the level as a percent "
        "of the previous period) is never negative",
        inputs=(stated_step(index.id, index.value),),
        bound="an index of 0 percent or more",
        suggestion=f'a fall of {size} is an index of "{fmt.value(HUNDRED + index.value.value, percent)}": '
        f'write that, or give the claim kind = "growth" (a change of -{size})',
    )


def _describe(change: Fraction) -> str:
    """``-1.8`` -> ``a 1.8 percent fall``."""
    if change == 0:
        return "no change"
    size = fmt.value(abs(change), lookup_unit("percent"))
    return f"a {size} {'rise' if change > 0 else 'fall'}"


def _alone(index: Claim) -> Finding:
    assert index.value is not None
    percent = lookup_unit("percent")
    change = index.value.require() - Interval.point(HUNDRED)
    printed = index.value.value - HUNDRED
    shown = partial(fmt.interval, change, percent)  # made when shown (findings.Text)
    text = index.value.text
    return say.passed(
        (index.id,),
        index.line,
        lambda: (
            f'an index of "{text}" means {_describe(printed)} against the previous '
            f"period (a change of {shown()})"
        ),
        inputs=(
            stated_step(index.id, index.value),
            Step.later("change", lambda: f"index − 100 = {shown()}"),
        ),
        result=shown,
    )


def _compare(index: Claim, partner: Claim) -> Finding:
    assert index.value is not None
    percent = lookup_unit("percent")
    ids = (index.id, partner.id)
    implied = index.value.require() - Interval.point(HUNDRED)
    implied_printed = index.value.value - HUNDRED
    steps: list[Step] = [
        stated_step(index.id, index.value),
        Step("implied change", f"index − 100 = {fmt.interval(implied, percent)}"),
    ]
    value = partner.value
    if value is None or value.unit is None or value.unit.kind not in _CHANGE_UNITS:
        return say.undetermined(
            ids,
            index.line,
            f"'{partner.id}' is linked to the index '{index.id}' by same_as but states no "
            "change in percent",
            inputs=steps,
        )
    steps.append(stated_step(partner.id, value))
    stated = value.require()
    printed = value.value
    notes: list[str] = []
    if _is_index(partner):
        stated, printed = stated - Interval.point(HUNDRED), printed - HUNDRED
        steps.append(Step("its change", f"index − 100 = {fmt.interval(stated, percent)}"))
    elif not value.stated.negative and direction(partner) == "fall":
        stated, printed = -stated, -printed
        notes.append(f"'{partner.id}' is read as a fall, as its quote or note says")
        steps.append(Step("as a fall", fmt.interval(stated, percent)))
    shown = fmt.interval(implied, percent)
    it = say.about(ids, index.line, inputs=steps, result=shown, notes=notes)
    bound = fmt.interval(stated, percent)
    if implied.intersect(stated) is not None:
        margin = None
        if not implied.contains(printed):
            margin = rounding_margin(implied_printed, implied, stated, percent)
        if margin is not None:
            notes.append(ROUNDING_NOTE)
        return it.passed(
            f'the index "{index.value.text}" is {_describe(implied_printed)}, as '
            f'"{value.text}" says ({shown} meets {bound})',
            bound=bound,
            margin=margin,
        )
    unsure = not value.stated.negative and direction(partner) is None
    if unsure and implied.intersect(-stated) is not None:
        return it.undetermined(
            f'the index "{index.value.text}" is {_describe(implied_printed)}; "{value.text}" '
            "matches it only as a fall, but is written as a rise",
            suggestion=f'write "-{value.text}", or quote the words that say it fell',
        )
    edge = (
        implied.lo
        if stated.hi is not None and implied.lo is not None and implied.lo > stated.hi
        else implied.hi
    )
    assert edge is not None
    decimals = index.value.stated.decimals
    return it.failed(
        f'the index "{index.value.text}" is {_describe(implied_printed)} ({shown}), which '
        f'"{value.text}" ({bound}) cannot be',
        bound=bound,
        nearest=f"the change closest to the stated one: {fmt.value(edge, percent)}",
        suggestion=f'write an index of "{fixed(printed + HUNDRED, decimals, percent)}", or a '
        f'change of "{fixed(implied_printed, decimals, percent)}"',
    )
