"""Shares: the members of a group of percentages must fit in 100 percent, given their rounding.

With a remainder member ("and other sectors") the check reports the remainder's size, and tests it
when the article states it. An exhaustive group (the file says its members cover the whole) must be
able to add up to exactly 100. A group that fits as stated but not at the readings the other
relations of a joint conflict pin a member to fails there
(:func:`~aktobe_facts.relations.verdicts.judged`).
"""

from __future__ import annotations

from functools import partial

from aktobe_facts.checks._common import stated_step
from aktobe_facts.claims.model import ClaimsFile, Group
from aktobe_facts.findings import Finding, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.units import lookup_unit
from aktobe_facts.relations.verdicts import judged

ID = "shares"
say = Verdicts(ID)
TITLE = "Shares of a whole fit in 100 percent"
HELP = (
    "The stated members of a [[group]] of shares must not exceed 100 percent given their rounding; "
    "with a remainder member the remainder's size is reported (and tested if stated); an "
    "exhaustive group must be able to add up to 100."
)
HUNDRED = Fraction(100)


def check(doc: ClaimsFile) -> list[Finding]:
    groups = {g.id: g for g in doc.groups}
    return [
        judged(doc, r, _group(doc, groups[r.id]), ID)
        for r in doc.relations_of("shares")
        if r.id in groups
    ]


def _sum_text(printed: Fraction, total: Interval) -> str:
    percent = lookup_unit("percent")
    return f"as printed {fmt.value(printed, percent)}; with rounding {fmt.interval(total, percent)}"


def _rest_text(rest: Interval, rest_printed: Fraction) -> str:
    percent = lookup_unit("percent")
    return (
        f"the rest: 100 − sum = {fmt.interval(rest, percent)} "
        f"(as printed {fmt.value(rest_printed, percent)})"
    )


def _group(doc: ClaimsFile, group: Group) -> Finding:
    percent = lookup_unit("percent")
    members = [c for c in (doc.claim(m) for m in group.members) if c is not None]
    stated = [c for c in members if c.value is not None and not c.remainder]
    remainder = next((c for c in members if c.remainder), None)
    total = Interval.point(0)
    for c in stated:
        assert c.value is not None
        # a share of a whole is never below 0, even when written "less than 5 percent"
        total = total + c.value.require().clamp_lo(Fraction(0))
    printed = sum((c.value.value for c in stated if c.value is not None), Fraction(0))
    ids = tuple(c.id for c in members)
    steps: list[Step] = [stated_step(c.id, c.value) for c in stated if c.value is not None]
    steps.append(Step.later("sum", partial(_sum_text, printed, total)))
    label = group.label or group.id
    # the texts of a pass are functions: made only when the run shows them (findings.Text)
    summed = say.about(ids, group.line, inputs=steps, result=partial(fmt.interval, total, percent))
    if total.lo is not None and total.lo > HUNDRED:
        return summed.failed(
            f"the shares of {label} add up to at least {fmt.value(total.lo, percent)}, "
            "more than 100 percent even at the low end of their rounding",
            bound="at most 100 percent",
            nearest=f"{fmt.value(total.lo - HUNDRED, percent)} too much",
        )
    rest = (Interval.point(HUNDRED) - total).clamp_lo(Fraction(0))
    if remainder is not None:
        rest_printed = HUNDRED - printed
        steps.append(Step.later(remainder.id, partial(_rest_text, rest, rest_printed)))
        rest_of = say.about(
            ids, group.line, inputs=steps, result=partial(fmt.interval, rest, percent)
        )
        if remainder.value is not None:
            steps.append(stated_step(remainder.id, remainder.value))
            if remainder.value.require().intersect(rest) is None:
                return rest_of.failed(
                    f'the remainder "{remainder.value.text}" of {label} does not fit: the other '
                    f"shares leave {fmt.interval(rest, percent)}",
                    bound=fmt.interval(remainder.value.interval, percent),
                    suggestion=f"about {fmt.value(rest_printed, percent)}",
                )
        return rest_of.passed(
            lambda: (
                f"the stated shares of {label} add up to {fmt.value(printed, percent)}; "
                f"'{remainder.id}' is the rest, {fmt.value(rest_printed, percent)} "
                f"({fmt.interval(rest, percent)} given the rounding)"
            )
        )
    if group.exhaustive and not total.contains(HUNDRED):
        gap = total.distance(HUNDRED)
        return summed.failed(
            f"the shares of {label} cover the whole but add up to {fmt.interval(total, percent)}, "
            "which cannot be 100 percent",
            bound="exactly 100 percent",
            nearest=f"{fmt.value(gap, percent)} away from 100",
        )
    return summed.passed(
        lambda: (
            f"the shares of {label} add up to {fmt.value(printed, percent)} "
            f"({fmt.interval(total, percent)} given the rounding)"
            + ("" if group.exhaustive else f", leaving {fmt.interval(rest, percent)} unnamed")
        )
    )
