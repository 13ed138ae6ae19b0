"""Constraint propagation to a fixpoint: every box narrowed by every constraint until nothing moves.

A :class:`Network` holds the items of one (sub)system: the boxes its figures and hard domains give
the variables, and its constraints with, for each variable, the constraints that read it. Revising
a constraint (:func:`~aktobe_facts.solve.hc4.revise`) that narrows a variable queues that
variable's other constraints. The loop ends at a fixpoint, at an empty box (a proof of conflict), or
after a bounded number of revisions (around a cycle of constraints boxes can keep shrinking by
ever smaller steps): the boxes are then still enclosures, only not the tightest.

With ``reasons``, each end of each box remembers the items that justify it (the figure that set it,
or the constraint that narrowed it and the reasons of the boxes that constraint read). When a box
empties, the reasons of its two ends are a conflicting set of items, usually far smaller than the
system: the start of conflict minimisation.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from aktobe_facts.solve import box
from aktobe_facts.solve.box import Box, Empty
from aktobe_facts.solve.expr import Constraint, constraint_names
from aktobe_facts.solve.hc4 import revise
from aktobe_facts.solve.system import System

Reasons = dict[str, tuple[frozenset[int], frozenset[int]]]
Trail = list[tuple[str, Box]]

REVISIONS_PER_CONSTRAINT = 60


class Conflict(Exception):
    """Propagation emptied a box; ``items`` justify it when reasons were kept."""

    def __init__(self, items: frozenset[int]) -> None:
        super().__init__("no common solution")
        self.items = items


class Network:
    """The figures and constraints of ``items`` of ``system``, ready to propagate."""

    def __init__(self, system: System, items: Iterable[int]) -> None:
        self.system = system
        chosen = sorted(items)
        self.items = frozenset(chosen)
        self.constraint_items: list[int] = []
        self.constraints: list[Constraint] = []
        self.vars_of: list[tuple[str, ...]] = []
        self.watch: dict[str, list[int]] = {}
        self.figures: list[int] = []
        for item in chosen:
            if system.is_figure(item):
                self.figures.append(item)
                continue
            c = system.constraint(item)
            index = len(self.constraints)
            self.constraint_items.append(item)
            self.constraints.append(c)
            names = tuple(sorted(constraint_names(c)))
            self.vars_of.append(names)
            for name in names:
                self.watch.setdefault(name, []).append(index)
        self.budget = REVISIONS_PER_CONSTRAINT * len(self.constraints) + 100
        self.complete = True  # False when the last propagation stopped at the budget

    def variables(self) -> set[str]:
        names = set(self.watch)
        names.update(self.system.figures[i].var for i in self.figures)
        return names

    def initial(self, reasons: Reasons | None = None) -> dict[str, Box]:
        """The boxes of the variables before any constraint: hard domains and stated figures.

        Raises :class:`Conflict` when two figures of one variable do not meet.
        """
        dom: dict[str, Box] = {}
        for name in self.variables():
            dom[name] = self.system.hard.get(name, box.ENTIRE)
            if reasons is not None:
                reasons[name] = (frozenset(), frozenset())
        for item in self.figures:
            figure = self.system.figures[item]
            old = dom[figure.var]
            try:
                new = box.intersect(old, figure.interval)
            except Empty:
                if reasons is None:
                    raise Conflict(frozenset()) from None
                lo_r, hi_r = reasons[figure.var]
                raise Conflict(lo_r | hi_r | {item}) from None
            dom[figure.var] = new
            if reasons is not None:
                lo_r, hi_r = reasons[figure.var]
                reasons[figure.var] = (
                    frozenset((item,)) if new[0] != old[0] else lo_r,
                    frozenset((item,)) if new[1] != old[1] else hi_r,
                )
        return dom

    def propagate(
        self,
        dom: dict[str, Box],
        queue: Iterable[int] | None = None,
        *,
        trail: Trail | None = None,
        reasons: Reasons | None = None,
    ) -> None:
        """Narrow ``dom`` in place to a fixpoint (or the budget); raises :class:`Conflict`.

        ``queue``: the constraints to revise first (all when ``None``); ``trail`` receives the old
        box of every variable changed, so a caller can undo.
        """
        pending = deque(range(len(self.constraints)) if queue is None else queue)
        queued = [False] * len(self.constraints)
        for index in pending:
            queued[index] = True
        revisions = 0
        current = -1
        because: frozenset[int] = frozenset()

        def narrow(name: str, new: Box) -> None:
            old = dom.get(name, box.ENTIRE)
            narrowed = box.intersect(old, box.outward(new))
            if narrowed == old:
                return
            dom[name] = narrowed
            if trail is not None:
                trail.append((name, old))
            if reasons is not None:
                lo_r, hi_r = reasons.get(name, (frozenset(), frozenset()))
                reasons[name] = (
                    because if narrowed[0] != old[0] else lo_r,
                    because if narrowed[1] != old[1] else hi_r,
                )
            if box.width_shrank(old, narrowed):
                for other in self.watch.get(name, ()):
                    if other != current and not queued[other]:
                        queued[other] = True
                        pending.append(other)

        self.complete = True
        while pending:
            if revisions >= self.budget:
                self.complete = False
                return
            current = pending.popleft()
            queued[current] = False
            revisions += 1
            if reasons is not None:
                because = frozenset((self.constraint_items[current],)).union(
                    *(r for name in self.vars_of[current] for r in reasons.get(name, ()))
                )
            try:
                revise(self.constraints[current], dom, narrow)
            except Empty:
                raise Conflict(because if reasons is not None else frozenset()) from None

    def explain(self) -> frozenset[int]:
        """A conflicting set of items, from the reasons of a propagation that empties a box
        (the whole network when propagation finds no conflict)."""
        reasons: Reasons = {}
        try:
            dom = self.initial(reasons)
            self.propagate(dom, reasons=reasons)
        except Conflict as conflict:
            return conflict.items
        return self.items
