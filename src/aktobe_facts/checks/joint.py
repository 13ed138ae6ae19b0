"""Joint consistency: all relations of the article at once, for the conflicts no single one shows.

Every figure a relation reads is a variable inside its stated interval and every relation a
constraint (:mod:`aktobe_facts.solve`); the article is consistent exactly when they all have one
common solution, decided with exact rationals. Each relation is tested on its own by its check; this
check reports only a conflict whose minimal set of figures spans relations that no single check
tests together (an increase in two currencies, the amounts it is the difference of, and the rate
the other conversions fix), with:

* the minimal set: the figures and relations that cannot all be right (drop any one and the rest
  agree);
* for each figure, the range it would need for the rest of the set to hold, and whether changing
  that figure alone makes the article consistent, and to what range (the figure at fault).

A file whose relations share figures across checks and hold together gets a pass that lists the
figures those relations narrow (a dollar figure pinned by the article's rate): per-relation verdicts
read the stated widths, this one the narrowed ones.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.findings import Finding, Severity, Step, Verdicts
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.solve.narrowing import REPORTED, Narrowing, narrowing, row_check

if TYPE_CHECKING:  # the solver's modules are imported when a file has relations to solve
    from aktobe_facts.solve.analysis import Analysis, JointConflict
    from aktobe_facts.solve.box import Box
    from aktobe_facts.solve.fault import Fault, Range
    from aktobe_facts.solve.system import Figure

ID = "joint"
say = Verdicts(ID)
TITLE = "All relations hold at once"
HELP = (
    "Every figure a relation reads is a variable inside its stated interval and every relation a "
    "constraint; a conflict that no single relation shows (its minimal set spans relations no "
    "one check tests together) is an error naming the smallest set of figures that cannot all be "
    "right and, for each, the range it would need."
)


def check(doc: ClaimsFile) -> list[Finding]:
    found = narrowing(doc)
    if found is None:
        return []
    analysis = found.analysis
    reported = doc.cache.get(REPORTED)
    findings = [
        conflict_finding(analysis, c)
        for index, c in enumerate(analysis.conflicts)
        if not _reported_by_a_row(found, index, reported)
    ]
    findings.extend(_undecided(analysis, items) for items in analysis.undecided)
    if analysis.consistent and not analysis.conflicts and not findings:
        findings.append(_holds(analysis))
    return findings


def _reported_by_a_row(found: Narrowing, index: int, reported: object) -> bool:
    """Whether the row of a relation in conflict ``index``, failing at its pinned readings, reports
    it in this run (its check is reported: when unknown, the joint check reports it too)."""
    owner = found.owner(index)
    if owner is None or not isinstance(reported, frozenset):
        return False
    return row_check(found, owner) in reported


def _shown(analysis: Analysis, var: str, b: Box | None) -> str:
    if b is None:
        return "no value"
    unit, per = analysis.compiled.units.get(var, (None, None))
    return fmt.interval(Interval(b[0], b[1]), unit, per)


def _value(analysis: Analysis, var: str, x: Fraction) -> str:
    unit, per = analysis.compiled.units.get(var, (None, None))
    return fmt.value(x, unit, per)


def _figure_step(analysis: Analysis, figure: Figure, fault: Fault | None) -> Step:
    return Step.later(figure.claim, partial(_figure_text, analysis, figure, fault))


def _figure_text(analysis: Analysis, figure: Figure, fault: Fault | None) -> str:
    text = f'"{figure.text}" = {_shown(analysis, figure.var, figure.interval)}'
    if fault is None:
        return text
    if fault.alone is not None:
        return (
            f"{text}; changing it alone to {_range(analysis, figure.var, fault.alone)} makes the "
            f"article consistent{_outer(analysis, figure.var, fault.alone)}"
        )
    text += "; changing it alone is not enough"
    if fault.needed is None and figure.nonnegative:
        text += " (no value of it at or above zero fits the rest of the set)"
    elif fault.needed is not None and _bounded(fault.needed):
        text += (
            f" (the rest of the set needs {_range(analysis, figure.var, fault.needed)}"
            f"{_outer(analysis, figure.var, fault.needed)})"
        )
    return text


def _bounded(r: Range) -> bool:
    lo, hi = r.box
    return not (hi is None and (lo is None or lo <= 0))


def _range(analysis: Analysis, var: str, r: Range) -> str:
    """The values shown to fit (both ends checked with a witness)."""
    if not _bounded(r):
        return "any value"
    if r.inner is None:
        return f"a value within {_shown(analysis, var, r.box)}"
    return _shown(analysis, var, r.inner)


def _outer(analysis: Analysis, var: str, r: Range) -> str:
    """How far the values could at most reach, when that is more than shown to fit."""
    if r.exact or r.inner is None or not _bounded(r):
        return ""
    return f"; no value outside {_shown(analysis, var, r.box)} can"


def conflict_finding(analysis: Analysis, joint: JointConflict) -> Finding:
    """The joint finding of one conflict: its minimal set, the arithmetic and the figure at fault."""
    system = analysis.system
    items = joint.conflict.items
    figures = [system.figure(i) for i in system.figure_items(items)]
    constraints = system.constraint_items(items)
    by_figure = {f.figure: f for f in joint.faults}
    words = [analysis.compiled.words[i - len(system.figures)] for i in constraints]
    claims = tuple(
        dict.fromkeys(
            [f.claim for f in figures]
            + [c for i in constraints for c in system.constraint(i).claims]
        )
    )
    lines = [f.line for f in figures if f.line is not None]
    lines += [system.constraint(i).line or 0 for i in constraints]
    line = min((n for n in lines if n), default=0)
    steps = [
        _figure_step(analysis, system.figure(i), by_figure.get(i))
        for i in system.figure_items(items)
    ]
    steps.extend(
        Step(system.constraint(i).relation, w) for i, w in zip(constraints, words, strict=True)
    )
    fixes = [(system.figure(f.figure), f.alone) for f in joint.faults if f.alone is not None]
    if fixes:
        suggestion = "; or ".join(
            f'change "{fig.text}" to {_range(analysis, fig.var, r)}' for fig, r in fixes
        )
    else:
        suggestion = "no single figure's change is enough: at least two of them are wrong"
    proof = "interval propagation" if joint.conflict.by == "propagation" else "the exact solver"
    notes = [
        "each relation alone fits its figures; they cannot all hold at once",
        f"decided exactly (rational arithmetic) by {proof}",
    ]
    if not joint.conflict.minimal:
        notes.append("not every smaller set could be decided: the set may not be minimal")
    names = set_names(analysis, joint)
    severity = Severity.ERROR
    if joint.other_reading is not None:
        ambiguous = system.figure(joint.other_reading)
        severity = Severity.WARNING
        notes.insert(
            0,
            f'"{ambiguous.text}" read with its separator\'s other meaning '
            f"({_shown(analysis, ambiguous.var, ambiguous.alternative)}) makes these figures agree: "
            "the separator is ambiguous, so this is a warning",
        )
    return say.failed(
        claims,
        line,
        f"{names} cannot all be right: " + "; ".join(words),
        severity=severity,
        inputs=steps,
        result="no common solution",
        bound="all these relations at once",
        nearest=_nearest(analysis, fixes),
        suggestion=suggestion,
        notes=notes,
    )


def set_names(analysis: Analysis, joint: JointConflict) -> str:
    """The figures of a conflict's minimal set, as the article writes them."""
    system = analysis.system
    return ", ".join(
        f'"{system.figure(i).text}"' for i in system.figure_items(joint.conflict.items)
    )


def _nearest(analysis: Analysis, fixes: list[tuple[Figure, Range]]) -> str | None:
    """The smallest change, relative to the figure, that makes the article consistent."""
    best: tuple[Fraction, Figure, Fraction] | None = None
    for figure, r in fixes:
        if figure.printed is None or figure.printed == 0:
            continue
        if r.inner is None:
            continue
        lo, hi = r.inner
        target = figure.printed
        if lo is not None and target < lo:
            target = lo
        elif hi is not None and target > hi:
            target = hi
        change = abs(target - figure.printed) / abs(figure.printed)
        if best is None or change < best[0]:
            best = (change, figure, target)
    if best is None:
        return None
    change, figure, target = best
    return (
        f'the smallest change: "{figure.text}" to {_value(analysis, figure.var, target)} '
        f"({float(change) * 100:.1f}% off as printed)"
    )


def _figures(
    analysis: Analysis, items: frozenset[int]
) -> tuple[list[Figure], tuple[str, ...], int]:
    """The figures of ``items``, the claims that state them, and the first line."""
    system = analysis.system
    figures = [system.figure(i) for i in system.figure_items(items)]
    claims = tuple(dict.fromkeys(f.claim for f in figures))
    return figures, claims, min((f.line for f in figures if f.line), default=0)


def _undecided(analysis: Analysis, items: frozenset[int]) -> Finding:
    _figs, claims, line = _figures(analysis, items)
    return say.undetermined(
        claims,
        line,
        f"the relations over {len(claims)} claims could not be decided together "
        "(the exact solver ran out of time)",
    )


def _holds(analysis: Analysis) -> Finding:
    system = analysis.system
    items = frozenset().union(*analysis.consistent)
    figures, claims, line = _figures(analysis, items)
    relations = {system.constraint(i).relation for i in system.constraint_items(items)}
    narrowed = [f for f in figures if _narrower(analysis.readings.get(f.var), f.interval)]
    steps = tuple(Step.later(f.claim, partial(_narrowed_text, analysis, f)) for f in narrowed)
    message = (
        f"the {len(relations)} relations over {len(figures)} figures that share figures across "
        "checks have a common solution"
    )
    if narrowed:
        message += f"; together they narrow {len(narrowed)} figure(s) beyond their stated rounding"
    return say.passed(
        claims,
        line,
        message,
        inputs=steps,
        notes=(
            "each figure is tested here at the width the other relations allow: a verdict that "
            "passes at the stated width but not at the narrowed one would be an error above",
        )
        if narrowed
        else (),
    )


def _narrower(reading: Box | None, stated: Box) -> bool:
    if reading is None:
        return False
    lo, hi = reading
    slo, shi = stated
    return (lo is not None and (slo is None or lo > slo)) or (
        hi is not None and (shi is None or hi < shi)
    )


def _narrowed_text(analysis: Analysis, figure: Figure) -> str:
    return (
        f'"{figure.text}" = {_shown(analysis, figure.var, figure.interval)} as stated; '
        f"{_shown(analysis, figure.var, analysis.readings.get(figure.var))} with the other relations"
    )
