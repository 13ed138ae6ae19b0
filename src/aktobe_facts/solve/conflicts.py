"""Minimal conflicts: the smallest sets of figures and relations that cannot all be right.

A conflicting set found by propagation's reasons (or z3's unsat core) may hold items that play no
part. The deletion filter drops each item in turn and keeps it out when the rest still conflicts;
what remains is minimal: every subset by one is consistent, each shown by a verified witness (when
one of those subsets cannot be decided, the set is reported as not shown minimal).
"""

from __future__ import annotations

from msgspec import Struct

from aktobe_facts.solve.decide import Decider, Verdict


class MinimalConflict(Struct, frozen=True):
    items: frozenset[int]
    minimal: bool  # every subset by one was shown consistent by a verified witness
    by: str  # what proved the conflict: propagation or the solver


MAX_MINIMISED = 300
"""Items of a conflicting set the deletion filter works on (each drop re-decides the rest: a set
this large is left as found and reported as not shown minimal)."""


def minimise(decide: Decider, start: frozenset[int]) -> MinimalConflict:
    """Drop every item of the conflicting set ``start`` that the conflict does not need."""
    first = decide(start)
    if not first.conflict:
        raise ValueError("minimise needs a conflicting set")
    core = first.core if first.core is not None and first.core < start else start
    if not decide(core).conflict:
        core = start
    if len(core) > MAX_MINIMISED:
        return MinimalConflict(core, False, first.by)
    # constraints before figures: a conflict is then told by as few relations as it needs
    order = decide.system.constraint_items(core) + decide.system.figure_items(core)
    for item in order:
        if item not in core:
            continue
        rest = core - {item}
        verdict = decide(rest)
        if verdict.conflict:
            # a solver's core of the rest may be smaller still
            smaller = verdict.core
            if smaller is not None and smaller < rest and decide(smaller).conflict:
                rest = smaller
            core = rest
    minimal = all(decide(core - {item}).consistent for item in core)
    by = decide(core).by
    return MinimalConflict(core, minimal, by)


def find_conflicts(
    decide: Decider, items: frozenset[int], limit: int
) -> tuple[list[MinimalConflict], frozenset[int], Verdict]:
    """Up to ``limit`` minimal conflicts of ``items``, one component at a time.

    After each conflict its relations are set aside (or, for two figures of one variable, its
    figures) and the rest decided again, until it is consistent, undecided, or the limit is
    reached. Returns the conflicts, the items left, and the verdict on them.
    """
    system = decide.system
    found: list[MinimalConflict] = []
    remaining = items
    verdict = decide(remaining)
    while verdict.conflict and len(found) < limit:
        start = verdict.core if verdict.core is not None else remaining
        conflict = minimise(decide, start & remaining if start & remaining else remaining)
        found.append(conflict)
        drop = system.constraint_items(conflict.items) or system.figure_items(conflict.items)
        remaining = remaining - set(drop)
        verdict = decide(remaining)
    return found, remaining, verdict
