"""Percent or percentage points: "the share rose by 13 percent" has two readings.

A change in a share or rate (kind = change) stated in percent may be relative (the share times
1 + c/100: from 50 percent, +13 percent is 56.5 percent) or in percentage points (the share plus c:
from 50 percent, 63 percent). Without ``means`` the claim is ambiguous: an undetermined warning that
gives both readings, computed as intervals when ``of`` names the base share. With ``means`` (or a
value written in percentage points) the reading is known: a pass, with the resulting share when the
base is given. A reading whose result lies outside [0, 100] percent for every value is impossible;
when every reading the claim allows is impossible, it is an error.

Changes linked by ``same_as`` to an index, and changes ``of`` an amount, are changes of a level,
not of a share, and are left to the growth and index-change checks.
"""

from __future__ import annotations

from functools import partial

from aktobe_facts.checks._common import is_percent, stated_step
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Said, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.reading.units import lookup_unit

ID = "percent-points"
say = Verdicts(ID)
TITLE = "A change in a share says whether it is relative or in points"
HELP = (
    "A change in a share or rate (kind = change) written in percent is ambiguous without "
    'means = "relative" or "points": a warning gives both readings (as intervals when \'of\' '
    "names the base share). A reading that leaves 0..100 percent for every value is an error."
)
HUNDRED = Fraction(100)
FULL = Interval(Fraction(0), HUNDRED)
_UNITS = frozenset({"percent", "points"})


def check(doc: ClaimsFile) -> list[Finding]:
    linked = _index_linked(doc)
    findings: list[Finding] = []
    for claim in doc.claims:
        q = claim.value
        if claim.kind != "change" or q is None or q.unit is None or q.unit.kind not in _UNITS:
            continue
        if claim.id in linked:
            continue
        base = _base(doc, claim)
        if claim.of is not None and base is None:
            continue  # a change of an amount or a count: relative, and not this check's business
        findings.append(_change(claim, q, base))
    return findings


def _index_linked(doc: ClaimsFile) -> set[str]:
    """Claims tied by same_as to an index: they restate the index, a change of a level."""
    indexes = {c.id for c in doc.claims if c.kind == "index"}
    linked = {c.id for c in doc.claims if c.same_as in indexes}
    linked |= {c.same_as for c in doc.claims if c.id in indexes and c.same_as is not None}
    return linked


def _base(doc: ClaimsFile, claim: Claim) -> Quantity | None:
    """The base share the change starts from: the ``of`` claim or reference, if in percent."""
    if claim.of is None:
        return None
    target = doc.claim(claim.of)
    q = target.value if target is not None else None
    if target is None:
        reference = doc.reference(claim.of)
        q = reference.value if reference is not None else None
    return q if is_percent(q) else None


def _readings(change: Interval, base: Interval) -> dict[str, Interval]:
    return {
        "relative": base * (Interval.point(1) + change.scale(Fraction(1, 100))),
        "points": base + change,
    }


def _reading_text(name: str, value: Quantity, result: Interval | None) -> str:
    """``relative (the share × 1.13 = [56.25, 56.75] percent)``."""
    c = value.value
    size = fmt.number(abs(c))
    if name == "relative":
        formula = f"the share × {fmt.number(1 + c / HUNDRED)}"
    else:
        formula = f"the share {'+' if c >= 0 else '−'} {size} points"
    if result is not None:
        formula += f" = {fmt.interval(result, lookup_unit('percent'))}"
    label = "relative" if name == "relative" else "in percentage points"
    return f"{label} ({formula})"


def _room(change: Quantity, base: Quantity) -> str | None:
    """How far a share can move from its base and stay within 0 to 100 percent."""
    iv = base.require()
    if change.value >= 0:
        if iv.lo is None or iv.lo <= 0:
            return None
        points, relative = HUNDRED - iv.lo, (HUNDRED / iv.lo - 1) * HUNDRED
        return (
            f"from {fmt.value(iv.lo, base.unit)} a share can rise by at most "
            f"{fmt.number(points)} points, or {fmt.number(relative)} percent of itself"
        )
    if iv.hi is None:
        return None
    return (
        f"from {fmt.value(iv.hi, base.unit)} a share can fall by at most "
        f"{fmt.number(iv.hi)} points, or 100 percent of itself"
    )


def _change(claim: Claim, q: Quantity, base: Quantity | None) -> Finding:
    ids = (claim.id,) if claim.of is None else (claim.id, claim.of)
    steps: list[Step] = [stated_step(claim.id, q)]
    in_points = q.unit is not None and q.unit.kind == "points"
    if in_points and claim.means == "relative":
        return say.undetermined(
            ids,
            claim.line,
            f'"{q.text}" is written in percentage points but means = "relative"',
            inputs=steps,
        )
    meaning = "points" if in_points else claim.means
    names = ("relative", "points") if meaning is None else (meaning,)
    results: dict[str, Interval] = {}
    if base is not None:
        results = _readings(q.require(), base.require())
    possible = [n for n in names if n not in results or results[n].intersect(FULL) is not None]
    words = partial(_words, claim, q, base, steps, names, results, possible)
    if not possible:
        return say.failed(ids, claim.line, words)
    if meaning is None:
        return say.undetermined(ids, claim.line, words)
    return say.passed(ids, claim.line, words)


def _words(
    claim: Claim,
    q: Quantity,
    base: Quantity | None,
    steps: list[Step],
    names: tuple[str, ...],
    results: dict[str, Interval],
    possible: list[str],
) -> Said:
    """The readings of the change and the verdict's words: outside 0 to 100 percent, ambiguous
    between its readings, or the one reading it has."""
    if base is not None:
        steps.append(stated_step(claim.of or "base", base))
        for name in names:
            steps.append(Step(name, _reading_text(name, q, results[name])))
    shown = " or ".join(_reading_text(n, q, results.get(n)) for n in names)
    if not possible:
        return Said(
            f'"{q.text}" from "{base.text if base else ""}" takes the share outside 0 to 100 '
            f"percent: {shown}",
            inputs=steps,
            result=shown,
            bound="[0, 100] percent",
            nearest=None if base is None else _room(q, base),
        )
    if len(names) > 1:  # no meaning given: either reading
        only = ""
        if len(possible) == 1:
            only = f"; only the {possible[0]} reading stays within 0 to 100 percent"
        return Said(
            f'"{q.text}" is ambiguous for a change in a share: either {shown}{only}',
            inputs=steps,
            result=shown,
            suggestion='set means = "relative" or means = "points" (or write the value in '
            '"percentage points"), and ask the author which was meant',
        )
    return Said(f'"{q.text}" is {shown}', inputs=steps, result=shown)
