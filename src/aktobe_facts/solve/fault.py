"""The figure at fault: for each figure of a conflict, the range it would need for the rest to hold.

For a figure of a minimal conflict, its own interval is dropped and the range of its variable under
everything else is found: first by propagation (an enclosure: no value outside it can work), then
each end is tried as a value with a witness search: an end that gets a verified witness is a value
that works. An end propagation cannot reach (around a cycle of relations it over-approximates) is
approached by bisection from a value known to work, so the range reported as fitting is always made
of checked values, and the enclosure says how far it could at most extend. Asked twice:

* against the rest of the conflict: the range the figure would need for the others to agree;
* against the rest of the article (everything consistent once the other conflicts are set aside):
  whether changing that figure alone makes the article consistent, and to which range.

A figure that cannot be negative (money, a count: ``Figure.nonnegative``) is kept at or above zero
when its interval is dropped: a fix below zero is no fix.
"""

from __future__ import annotations

from msgspec import Struct

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.solve import box
from aktobe_facts.solve.box import Box
from aktobe_facts.solve.decide import Decider
from aktobe_facts.solve.propagate import Conflict, Network
from aktobe_facts.solve.system import System
from aktobe_facts.solve.witness import search


class Range(Struct, frozen=True):
    """The values a figure's variable can take when the other items hold."""

    box: Box  # an enclosure: no value outside it fits (propagation)
    inner: Box | None  # values shown to fit at both ends (verified witnesses); None: none found

    @property
    def exact(self) -> bool:
        return self.inner == self.box


class Fault(Struct, frozen=True):
    figure: int  # the figure's item
    needed: Range | None  # the range for the rest of the conflict (None: no value fits)
    alone: Range | None  # the range for the rest of the article; None: changing it alone fails


BISECTIONS = 12  # steps to bring a verified end towards an end propagation could not reach
MAX_BISECTED = 200  # constraints: above this, ends are only tried, not searched for


def figure_range(decide: Decider, items: frozenset[int], figure: int) -> Range | None:
    """The range of the variable of ``figure`` over the solutions of ``items`` without it."""
    system = decide.system
    var = system.figure(figure).var
    rest = items - {figure}
    verdict = decide(rest)
    if not verdict.consistent or verdict.witness is None:
        return None
    network = Network(system, rest)
    dom = network.initial()
    network.propagate(dom)
    outer = dom.get(var, system.hard.get(var, box.ENTIRE))
    inside = verdict.witness.get(var)
    if inside is None:
        return Range(outer, None)
    steps = BISECTIONS if len(network.constraints) <= MAX_BISECTED else 0
    lo = _reach(network, dom, var, inside, outer[0], steps)
    hi = _reach(network, dom, var, inside, outer[1], steps)
    return Range(outer, (lo, hi))


def _reach(
    network: Network,
    dom: dict[str, Box],
    var: str,
    inside: Fraction,
    end: Fraction | None,
    steps: int,
) -> Fraction:
    """The value nearest ``end`` shown to fit, starting from ``inside`` (which fits)."""
    if end is None or _fits(network, dom, var, end):
        return inside if end is None else end
    for _ in range(steps):
        middle = (inside + end) / 2
        if _fits(network, dom, var, middle):
            inside = middle
        else:
            end = middle
    return inside


def _fits(network: Network, dom: dict[str, Box], var: str, value: Fraction) -> bool:
    """Whether ``var = value`` extends to a verified witness of the network."""
    work = dict(dom)
    work[var] = (value, value)
    try:
        network.propagate(work, network.watch.get(var, ()))
    except Conflict:
        return False
    return search(network, work) is not None


def faults(
    decide: Decider, conflict: frozenset[int], consistent_rest: frozenset[int]
) -> list[Fault]:
    """For each figure of ``conflict``: the range it needs, against the conflict and against
    ``consistent_rest`` (the article's items once every conflict is set aside) with the conflict."""
    system = decide.system
    whole = consistent_rest | conflict
    found = []
    for item in system.figure_items(conflict):
        floored = _floored(decide, item)
        found.append(
            Fault(item, figure_range(floored, conflict, item), figure_range(floored, whole, item))
        )
        decide.solver_left = min(decide.solver_left, floored.solver_left)
        decide.steps_left = min(decide.steps_left, floored.steps_left)
        if floored is not decide:
            decide.noted(floored)
    return found


def _floored(decide: Decider, item: int) -> Decider:
    """The decider to find a figure's range with: for a figure that cannot be negative (money, a
    count), one whose system keeps it at or above zero once its stated interval is dropped, so
    that no range below zero is ever offered as a fix."""
    system = decide.system
    figure = system.figure(item)
    if not figure.nonnegative:
        return decide
    lo, hi = system.hard.get(figure.var, box.ENTIRE)
    floor = Fraction(0) if lo is None else max(lo, Fraction(0))
    hard = {**system.hard, figure.var: (floor, hi)}
    return Decider(
        System(system.figures, system.constraints, hard),
        use_solver=decide.use_solver,
        solver_seconds=decide.solver_left,
        solver_steps=decide.steps_left,
    )
