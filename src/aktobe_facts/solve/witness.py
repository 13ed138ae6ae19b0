"""A witness: one exact value for every variable that satisfies every constraint of a network.

Propagation alone proves conflicts but not consistency. A witness does: the search fixes the
variables one at a time, the most connected first (an exchange rate before the amounts it
converts), each to a value inside its narrowed box — the figure as printed when it still fits, else
the middle of the box, else either end — and propagates after each choice; a choice that empties a
box is undone and the next one tried. When every variable has a value, :func:`verify` checks the
assignment exactly (:func:`aktobe_facts.solve.expr.holds` for every constraint, every figure inside
its interval) before anyone is told "consistent".

The search gives up (``None``) rather than backtrack over earlier choices: on the tree-shaped
systems articles make, propagation leaves every value of a box extendable and the first choice
succeeds; a cycle of relations can defeat it, and then the exact solver decides.
"""

from __future__ import annotations

from collections.abc import Mapping

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.solve import box
from aktobe_facts.solve.box import Box
from aktobe_facts.solve.expr import holds
from aktobe_facts.solve.propagate import Conflict, Network, Trail


def candidates(domain: Box, preferred: Fraction | None) -> list[Fraction]:
    """The values to try for a variable, best first."""
    lo, hi = domain
    out: list[Fraction] = []
    if preferred is not None and box.contains(domain, preferred):
        out.append(preferred)
    if lo is not None and hi is not None:
        out.append((lo + hi) / 2)
        out.extend((lo, hi))
    elif lo is not None:
        out.extend((lo, lo + 1 if lo >= 0 else lo / 2, 2 * lo + 1))
    elif hi is not None:
        out.extend((hi, hi - 1 if hi <= 0 else hi / 2, 2 * hi - 1))
    else:
        out.extend((box.ZERO, box.ONE, -box.ONE))
    return list(dict.fromkeys(out))


def search(
    network: Network,
    dom: dict[str, Box],
    preferred: Mapping[str, Fraction] | None = None,
) -> dict[str, Fraction] | None:
    """A verified witness from the propagated boxes ``dom`` (not changed), or ``None``."""
    work = dict(dom)
    prefer = dict(preferred or {})
    for item in network.figures:
        figure = network.system.figures[item]
        if figure.printed is not None:
            prefer.setdefault(figure.var, figure.printed)
    order = sorted(work, key=lambda name: (-len(network.watch.get(name, ())), name))
    for name in order:
        if box.is_point(work[name]):
            continue
        for value in candidates(work[name], prefer.get(name)):
            trail: Trail = []
            old = work[name]
            work[name] = (value, value)
            trail.append((name, old))
            try:
                network.propagate(work, network.watch.get(name, ()), trail=trail)
            except Conflict:
                for changed, before in reversed(trail):
                    work[changed] = before
                continue
            break
        else:
            return None
    values: dict[str, Fraction] = {}
    for name, (lo, _hi) in work.items():
        if lo is None:
            return None
        values[name] = lo
    return values if verify(network, values) else None


def verify(network: Network, values: Mapping[str, Fraction]) -> bool:
    """Whether ``values`` satisfies every constraint and lies inside every figure and hard domain
    of the network, decided exactly."""
    system = network.system
    for item in network.figures:
        figure = system.figures[item]
        if figure.var not in values or not box.contains(figure.interval, values[figure.var]):
            return False
    for name, domain in system.hard.items():
        if name in values and not box.contains(domain, values[name]):
            return False
    for constraint in network.constraints:
        try:
            if not holds(constraint, values):
                return False
        except (KeyError, ZeroDivisionError):
            return False
    return True
