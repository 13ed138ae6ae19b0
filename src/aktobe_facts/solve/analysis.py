"""One article's joint system analysed: its conflicts, each minimal with the figure at fault, and
the readings its relations narrow the figures to.

The system splits into components that share no variable. A component whose relations one
per-relation check tests together (a currency pair's conversions; a group of shares) holds nothing
that check does not already see, and is left to it. In every other component:

1. each relation's own conflicts are found first (with the figures it reads) and set aside: the
   relation's check reports them, and they must not be reported twice, nor spoil the joint search;
2. the rest is decided jointly; each conflict found is minimised, and its relations set aside in
   turn until the rest is consistent (or :data:`MAX_CONFLICTS` is reached, or it cannot be decided);
3. for each conflict that no single check tests (its relations span more than one scope), the
   figure at fault is computed against the consistent rest of the article;
4. the consistent rest's propagated boxes are the narrowed readings of its figures.
"""

from __future__ import annotations

import math

import msgspec
from msgspec import Struct, field

from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.solve.box import Box
from aktobe_facts.solve.builder import Compiled
from aktobe_facts.solve.conflicts import MinimalConflict, find_conflicts
from aktobe_facts.solve.decide import Decider
from aktobe_facts.solve.fault import Fault, faults
from aktobe_facts.solve.system import System
from aktobe_facts.solve.wiring import compile_file

MAX_CONFLICTS = 10  # per component; each costs a minimisation and a range per figure


class JointConflict(Struct, frozen=True):
    conflict: MinimalConflict
    relations: tuple[str, ...]  # the labels of its constraints
    faults: tuple[Fault, ...]
    other_reading: int | None = None  # a figure whose other separator reading removes it
    clean: bool = True  # its component had no conflict of a single check set aside


class Analysis(Struct):
    compiled: Compiled
    conflicts: list[JointConflict] = field(default_factory=list)  # only the joint ones
    set_aside: list[MinimalConflict] = field(default_factory=list)  # conflicts of one check
    undecided: list[frozenset[int]] = field(default_factory=list)  # components left undecided
    consistent: list[frozenset[int]] = field(default_factory=list)  # joint components that hold
    readings: dict[str, Box] = field(default_factory=dict)  # narrowed boxes of those components
    solver_calls: int = 0

    @property
    def system(self) -> System:
        return self.compiled.system


def labels(system: System, items: frozenset[int]) -> tuple[str, ...]:
    return tuple(sorted({system.constraint(i).relation for i in system.constraint_items(items)}))


def analyse(doc: ClaimsFile) -> Analysis:
    """The joint analysis of ``doc`` (computed once, kept in ``doc.cache``)."""
    cached = doc.cache.get("joint_analysis")
    if isinstance(cached, Analysis):
        return cached
    result = analyse_compiled(compile_file(doc))
    doc.cache["joint_analysis"] = result
    return result


def analyse_compiled(compiled: Compiled) -> Analysis:
    system = compiled.system
    decide = Decider(system)
    result = Analysis(compiled)
    scopes = tuple(compiled.scopes)
    for component in system.components():
        if compiled.within_one_check(labels(system, component)):
            continue
        key = _key(system, component, scopes)
        done = _taken(key, decide.steps_left)
        if done is None:
            steps, calls = decide.steps_left, decide.solver_calls
            decide.watch()
            done = _analysed(compiled, decide, component)
            done = msgspec.structs.replace(
                done,
                steps=steps - decide.steps_left,
                calls=decide.solver_calls - calls,
                made_at=steps,
                above=_above(decide, steps),
            )
            _remember(key, done)
        else:  # the same component met before: its budget is spent as it was then
            decide.steps_left -= done.steps
            decide.solver_calls += done.calls
        result.set_aside.extend(done.set_aside)
        result.conflicts.extend(done.conflicts)
        if done.consistent is not None:
            result.consistent.append(done.consistent)
            result.readings.update(done.readings)
        if done.undecided is not None:
            result.undecided.append(done.undecided)
    result.solver_calls = decide.solver_calls
    return result


class _Component(Struct, frozen=True):
    """What the analysis of one component adds to a file's :class:`Analysis`."""

    set_aside: tuple[MinimalConflict, ...] = ()
    conflicts: tuple[JointConflict, ...] = ()
    consistent: frozenset[int] | None = None
    readings: dict[str, Box] = field(default_factory=dict)
    undecided: frozenset[int] | None = None
    steps: int = 0  # the solver's steps it took
    calls: int = 0  # the solver's calls it made
    made_at: int = 0  # the solver's steps left for the file when it was made
    above: float | None = None  # it is the same with any steps left above this (None: made_at only)


MAX_REMEMBERED = 4_096
"""Components whose analysis a process keeps. The separators check analyses its file again for
each figure it reads the other way (:mod:`aktobe_facts.checks.separators`): every component but
the figure's own is the same as before, so its analysis is taken, not made again (a long article
of figures in two number styles: twenty analyses of the whole file were most of its check)."""
_DONE: dict[tuple[object, ...], list[_Component]] = {}
_kept = [0]  # the analyses _DONE holds


def _taken(key: tuple[object, ...], steps: int) -> _Component | None:
    """The analysis of a component met before with ``steps`` left for the file: one made with
    as many, or one the budget did not bear on at any number above its bound
    (:func:`_above`)."""
    for done in _DONE.get(key, ()):
        if done.made_at == steps or (done.above is not None and steps > done.above):
            return done
    return None


def _remember(key: tuple[object, ...], done: _Component) -> None:
    if _kept[0] >= MAX_REMEMBERED:
        _DONE.clear()
        _kept[0] = 0
    _DONE.setdefault(key, []).append(done)
    _kept[0] += 1


def _above(decide: Decider, steps: int) -> float | None:
    """The steps left above which an analysis begun with ``steps`` left comes out the same.
    The budget bears on an analysis only where the solver is asked: it is asked while steps are
    left, else the answer is unknown. An analysis that asked it with ``lowest`` left at the
    least is the same begun with any number left above ``steps - lowest`` (each ask then finds
    steps left, and the solver spends the same steps); one that never asked it, with any
    number; one that went without it for want of steps or seconds, only with ``steps``."""
    if decide.refused:
        return None
    if decide.lowest is None:
        return -math.inf
    return steps - decide.lowest


def _key(
    system: System, component: frozenset[int], scopes: tuple[frozenset[str], ...]
) -> tuple[object, ...]:
    """All that the analysis of ``component`` reads but the solver's steps left (the entries
    under a key say for which steps left each holds): its items (numbered as in the system)
    with their figures and constraints, the hard domains of their variables and the checks'
    scopes; a component equal in all of them is analysed the same."""
    items = tuple(sorted(component))
    content = tuple(
        system.figure(i) if system.is_figure(i) else system.constraint(i) for i in items
    )
    hard = tuple(
        sorted((n, system.hard[n]) for n in system.variables_of(items) if n in system.hard)
    )
    return (items, content, hard, scopes)


def _analysed(compiled: Compiled, decide: Decider, component: frozenset[int]) -> _Component:
    """Steps 1 to 4 of the module's list on one component."""
    system = compiled.system
    own = Analysis(compiled)  # what the component sets aside
    # a component that holds as a whole holds in every part: no relation alone conflicts
    whole = decide.without_solver(component)
    remaining = component if whole.consistent else _set_aside_own(decide, component, own)
    found, rest, verdict = find_conflicts(decide, remaining, MAX_CONFLICTS)
    joint: list[JointConflict] = []
    for conflict in found:
        names = labels(system, conflict.items)
        if compiled.within_one_check(names):
            own.set_aside.append(conflict)
        else:
            figure_faults = (
                tuple(faults(decide, conflict.items, rest)) if verdict.consistent else ()
            )
            other = _other_reading(system, conflict.items)
            joint.append(JointConflict(conflict, names, figure_faults, other))
    clean = not own.set_aside
    return _Component(
        tuple(own.set_aside),
        tuple(msgspec.structs.replace(j, clean=clean) for j in joint),
        rest if verdict.consistent else None,
        dict(verdict.boxes) if verdict.consistent and verdict.boxes is not None else {},
        rest if not verdict.consistent and not verdict.conflict else None,
    )


def _other_reading(system: System, items: frozenset[int]) -> int | None:
    """A figure of the conflict whose other reading of an ambiguous separator resolves it."""
    for item in system.figure_items(items):
        alternative = system.figure(item).alternative
        if (
            alternative is not None
            and Decider(system.with_interval(item, alternative))(items).consistent
        ):
            return item
    return None


def _set_aside_own(decide: Decider, component: frozenset[int], result: Analysis) -> frozenset[int]:
    """``component`` without the conflicts each relation has alone (its own check reports them)."""
    system = decide.system
    by_label: dict[str, set[int]] = {}
    for item in system.constraint_items(component):
        by_label.setdefault(system.constraint(item).relation, set()).add(item)
    figures_of: dict[str, list[int]] = {}  # once, not per label: a label's figures by variable
    for i in system.figure_items(component):
        figures_of.setdefault(system.figure(i).var, []).append(i)
    remaining = component
    for items in by_label.values():
        names = system.variables_of(items)
        own = frozenset(items).union(*(figures_of.get(name, ()) for name in names))
        if not decide(own).conflict:
            continue
        found, _rest, _verdict = find_conflicts(decide, own, MAX_CONFLICTS)
        for conflict in found:
            result.set_aside.append(conflict)
            remaining = remaining - set(system.constraint_items(conflict.items))
    return remaining
