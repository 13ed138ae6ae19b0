"""Is a (sub)system consistent? Decided exactly: by propagation, a witness, or the exact solver.

In order, cheapest first:

1. propagation (:mod:`~aktobe_facts.solve.propagate`): an empty box proves a conflict;
2. the witness search (:mod:`~aktobe_facts.solve.witness`): a verified assignment proves
   consistency;
3. only if neither decides, z3 (:mod:`~aktobe_facts.solve.smt`): its model is converted to exact
   fractions and verified (or used to guide the witness search), its unsat answer comes with a core.

A :class:`Verdict` says which of them decided. ``unknown`` is left when z3 times out or cannot be
imported; a caller then reports nothing rather than guess.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Literal

from msgspec import Struct

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.solve.box import Box
from aktobe_facts.solve.propagate import Conflict, Network
from aktobe_facts.solve.system import System
from aktobe_facts.solve.witness import search, verify

Status = Literal["consistent", "conflict", "unknown"]
Method = Literal["propagation", "witness", "solver", "none"]


class Verdict(Struct, frozen=True):
    status: Status
    by: Method
    witness: dict[str, Fraction] | None = None  # verified, when consistent
    core: frozenset[int] | None = None  # a conflicting set of items (not minimal), on conflict
    boxes: dict[str, Box] | None = None  # the propagated boxes, when propagation found no conflict

    @property
    def consistent(self) -> bool:
        return self.status == "consistent"

    @property
    def conflict(self) -> bool:
        return self.status == "conflict"


SOLVER_STEPS = 2_500_000
"""The solver's steps for one file, all its calls together (five calls at their limit,
:data:`aktobe_facts.solve.smt.STEPS`): past them, what propagation cannot decide stays undecided (a
claims file may come from anyone). Counted in z3's own steps, so that a verdict is the same on
any machine under any load."""

SOLVER_SECONDS = 60.0
"""A wall-clock guard for one file, far above what :data:`SOLVER_STEPS` takes: only for a hostile
file whose solver steps each take long."""


class Decider:
    """Decides subsystems of one system, remembering each answer (minimisation asks often)."""

    def __init__(
        self,
        system: System,
        *,
        use_solver: bool = True,
        solver_seconds: float = SOLVER_SECONDS,
        solver_steps: int = SOLVER_STEPS,
    ) -> None:
        self.system = system
        self.use_solver = use_solver
        self.memo: dict[frozenset[int], Verdict] = {}
        self.solver_calls = 0
        self.solver_left = solver_seconds
        self.steps_left = solver_steps
        # how the budget bore on the answers since :meth:`watch`: the fewest steps left when the
        # solver was asked, and whether it was not asked for want of steps or seconds
        self.lowest: int | None = None
        self.refused = False

    def watch(self) -> None:
        """Start noting how the budget bears on the answers (:attr:`lowest`, :attr:`refused`)."""
        self.lowest = None
        self.refused = False

    def noted(self, other: Decider) -> None:
        """Take in what ``other`` (a decider made with this one's budget left) noted."""
        if other.lowest is not None:
            self.lowest = other.lowest if self.lowest is None else min(self.lowest, other.lowest)
        self.refused = self.refused or other.refused

    def __call__(self, items: Iterable[int]) -> Verdict:
        key = frozenset(items)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = self._decide(key)
        return found

    def without_solver(self, items: Iterable[int]) -> Verdict:
        """Propagation and the witness search only: ``unknown`` where the solver would be needed
        (then not remembered, so that a later call may still ask the solver)."""
        key = frozenset(items)
        found = self.memo.get(key)
        if found is None:
            found = self._decide(key, solver=False)
            if found.status != "unknown":
                self.memo[key] = found
        return found

    def _decide(self, items: frozenset[int], *, solver: bool = True) -> Verdict:
        network = Network(self.system, items)
        try:
            dom = network.initial()
            network.propagate(dom)
        except Conflict:
            return Verdict("conflict", "propagation", core=network.explain())
        values = search(network, dom)
        if values is not None:
            return Verdict("consistent", "witness", witness=values, boxes=dom)
        if not (solver and self.use_solver):
            return Verdict("unknown", "none", boxes=dom)
        if self.solver_left <= 0 or self.steps_left <= 0:
            self.refused = True
            return Verdict("unknown", "none", boxes=dom)
        self.lowest = self.steps_left if self.lowest is None else min(self.lowest, self.steps_left)
        started = time.perf_counter()
        try:
            return self._solver(network, dom)
        finally:
            self.solver_left -= time.perf_counter() - started

    def _solver(self, network: Network, dom: dict[str, Box]) -> Verdict:
        try:
            from aktobe_facts.solve import smt

            self.solver_calls += 1
            result = smt.decide(self.system, network.items)
        except ImportError:  # pragma: no cover - z3-solver is a dependency
            return Verdict("unknown", "none", boxes=dom)
        self.steps_left -= result.steps
        if result.status == "unsat":
            assert result.core is not None
            return Verdict("conflict", "solver", core=result.core)
        if result.status == "sat" and result.model is not None:
            if verify(network, result.model):
                return Verdict("consistent", "solver", witness=result.model, boxes=dom)
            # an algebraic value rounded to a fraction: let the search start from z3's values
            values = search(network, dom, preferred=result.model)
            if values is not None:
                return Verdict("consistent", "solver", witness=values, boxes=dom)
        return Verdict("unknown", "none", boxes=dom)
