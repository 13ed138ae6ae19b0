"""Narrowed readings in the per-relation verdicts: a figure pinned by other relations is tested at
its pinned width.

Each relation's check tests it at its figures' stated widths. When the joint analysis
(:mod:`~aktobe_facts.solve.analysis`) finds a conflict that spans relations, one of them may fail
once the others of the conflict pin its figures ("2 billion lari ($740 million)" is [1.5, 2.5]
billion lari as stated, but the dollar figure and the article's rate put it near 2.00 billion): then
that relation's own row is the conflict's one report, a fail saying that it fails only at the
pinned readings (:func:`owned`), and the joint check does not report the conflict again.

The pinned readings of a relation ``X`` in a minimal conflict ``C`` are the propagated boxes of
``C`` without ``X``: its other relations and the stated intervals of its figures, all the file's
own. Propagation only removes values that no solution of those has, so every solution of the whole
file lies inside the pinned readings, and a fail on them is a proof that the file cannot hold,
like any other fail. They are used only from a conflict shown minimal, from a component where no
conflict of a single check was set aside (the checks report those; the rest of such a component is
not the article as written), and not removed by the other reading of an ambiguous separator (that
conflict is a warning of the joint check). A conflict whose relations no row can fail at their
pinned readings (a rate that cancels out of a growth, which boxes cannot see) stays the joint
check's.

Nothing here is imported unless a file has relations across checks (as for the joint check).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from msgspec import Struct

from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.findings import Finding, Outcome
from aktobe_facts.reading.interval import Interval
from aktobe_facts.solve.scope import CONVERSIONS

if TYPE_CHECKING:
    from aktobe_facts.solve.analysis import Analysis, JointConflict
    from aktobe_facts.solve.expr import Constraint

JUDGED_BESIDES_THE_ENGINE = ("growth", "amount-share", "share", "shares", "ratio")
"""Relation kinds judged at their pinned readings besides those the relation engine's checks test
(:data:`aktobe_facts.checks.relation_kinds.ENGINE_KINDS`): growth, part and share, share of a
whole, a group of shares, a derived ratio, whose checks have arithmetic of their own and ask for
the row here (:func:`aktobe_facts.relations.verdicts.judged`)."""

REPORTED = "checks_reported"
"""The ``doc.cache`` key under which a run keeps the ids of the checks it reports (set by
:func:`aktobe_facts.api.check_document`): the joint check leaves a conflict to a relation's row
only when that row is reported."""


class Pinned(Struct, frozen=True):
    """A relation's constraint that passes at the stated widths and fails at the pinned ones."""

    index: int  # the conflict's place in the analysis's conflicts
    label: str  # the relation's id
    constraint: Constraint
    stated: Mapping[str, Interval]  # each figure of the constraint as stated
    domains: Mapping[str, Interval]  # each figure as the rest of the conflict pins it
    narrowed: tuple[str, ...]  # the figures read narrower than stated
    by: tuple[str, ...]  # the labels of the relations that pin them


class Narrowing(Struct, frozen=True):
    analysis: Analysis
    owned: tuple[Pinned, ...]  # one for each conflict a relation's row reports
    kinds: Mapping[str, str]  # each owner's kind, by its relation id
    jointly: Mapping[str, int]  # a label in a conflict no row reports: that conflict's place

    def pinned(self, label: str, constraint: Constraint) -> Pinned | None:
        return next(
            (p for p in self.owned if p.label == label and p.constraint == constraint), None
        )

    def owner(self, index: int) -> Pinned | None:
        return next((p for p in self.owned if p.index == index), None)

    def joint(self, pinned: Pinned) -> JointConflict:
        return self.analysis.conflicts[pinned.index]

    def pinned_by(self, pinned: Pinned) -> str:
        """The relations that pin the figures, in words: "the GEL/USD conversions of 'a' and 'b'"."""
        return self._words(pinned.index, pinned.by)

    def alone_phrase(self, label: str) -> str | None:
        """For a relation in a conflict the joint check reports: that it holds only alone."""
        index = self.jointly.get(label)
        if index is None:
            return None
        others = [x for x in self.analysis.conflicts[index].relations if x != label]
        return f"holds alone, not together with {self._words(index, others)} (see joint)"

    def _words(self, index: int, labels: Iterable[str]) -> str:
        system = self.analysis.system
        rest = system.constraint_items(self.analysis.conflicts[index].conflict.items)
        parts = []
        for label in labels:
            claims = [
                f"'{claim}'"
                for claim in dict.fromkeys(
                    claim
                    for i in rest
                    if system.constraint(i).relation == label
                    for claim in system.constraint(i).claims
                )
            ]
            if label.startswith(CONVERSIONS):
                of = " of " + _joined(claims) if claims else ""
                parts.append(f"the {label[len(CONVERSIONS) :]} conversions{of}")
            else:
                parts.append(f"'{label}' ({', '.join(claims)})" if claims else f"'{label}'")
        return _joined(parts)


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def applies(doc: ClaimsFile) -> bool:
    """Whether the file has relations that the joint analysis may tie across checks (two
    ``[[relation]]`` tables may, with no claim field that makes one)."""
    return bool(
        doc.groups or doc.ratios or len(doc.relations) > 1 or any(_related(c) for c in doc.claims)
    )


def _related(claim: Claim) -> bool:
    return bool(claim.counterparts or claim.base or claim.share or claim.part or claim.same_as)


def narrowing(doc: ClaimsFile) -> Narrowing | None:
    """The relations judged at their pinned readings (computed once, kept in ``doc.cache``);
    ``None`` for a file with no relations across checks."""
    cached = doc.cache.get("narrowing")
    if isinstance(cached, Narrowing):
        return cached
    if not applies(doc):
        return None
    from aktobe_facts.solve.wiring import has_joint_part

    if not has_joint_part(doc):  # nothing ties checks together: the solver is not imported
        return None
    from aktobe_facts.solve.analysis import analyse

    analysis = analyse(doc)
    order = {r.id: n for n, r in enumerate(doc.relations) if _judged(r.kind)}
    owned = []
    for index, joint in enumerate(analysis.conflicts):
        if not (joint.conflict.minimal and joint.clean and joint.other_reading is None):
            continue
        candidates = sorted((order[x], x) for x in joint.relations if x in order)
        for _, label in candidates:
            found = _pinned(doc, analysis, index, label)
            if found is not None:
                owned.append(found)
                break
    kinds = {r.id: r.kind for r in doc.relations if any(p.label == r.id for p in owned)}
    reported = [i for i in range(len(analysis.conflicts)) if all(p.index != i for p in owned)]
    jointly = {label: i for i in reversed(reported) for label in analysis.conflicts[i].relations}
    result = Narrowing(analysis, tuple(owned), kinds, jointly)
    doc.cache["narrowing"] = result
    return result


def alone(doc: ClaimsFile, label: str, passed: Finding) -> Finding:
    """A pass of a relation (``label``: its id, or a currency pair's conversions) in a conflict
    the joint check reports says that it holds only alone, so that no clean tick stands beside the
    joint finding about it."""
    found = narrowing(doc) if passed.outcome is Outcome.PASS else None
    phrase = None if found is None else found.alone_phrase(label)
    if phrase is None:
        return passed
    return replace(passed, message=f"{passed.message}; {phrase}", narrowed=phrase)


def pinned(doc: ClaimsFile, label: str, constraint: Constraint) -> Pinned | None:
    """The conflict the row of relation ``label`` reports for ``constraint``, if it owns one."""
    found = narrowing(doc)
    return None if found is None else found.pinned(label, constraint)


def _check_of(kind: str) -> str | None:
    from aktobe_facts.relations.registry import KINDS, spec

    module = KINDS.get(kind)
    return None if module is None else spec(module).check


def _judged(kind: str) -> bool:
    from aktobe_facts.checks.relation_kinds import ENGINE_KINDS  # the checks import this module

    return kind in ENGINE_KINDS or kind in JUDGED_BESIDES_THE_ENGINE


def row_check(found: Narrowing, owner: Pinned) -> str | None:
    """The check whose row reports ``owner``'s conflict."""
    kinds = found.kinds
    return _check_of(kinds[owner.label]) if owner.label in kinds else None


def _pinned(doc: ClaimsFile, analysis: Analysis, index: int, label: str) -> Pinned | None:
    from aktobe_facts.relations.engine import Verdict, decide
    from aktobe_facts.relations.terms import figure
    from aktobe_facts.solve.expr import constraint_names
    from aktobe_facts.solve.propagate import Conflict, Network

    system = analysis.system
    items = analysis.conflicts[index].conflict.items
    own = [i for i in system.constraint_items(items) if system.constraint(i).relation == label]
    rest = items - set(own)
    network = Network(system, rest)
    try:
        boxes = network.initial()
        network.propagate(boxes)
    except Conflict:  # a minimal conflict without one of its relations holds: cannot happen
        return None
    by = tuple(dict.fromkeys(system.constraint(i).relation for i in system.constraint_items(rest)))
    for item in own:
        c = system.constraint(item)
        stated: dict[str, Interval] = {}
        for name in sorted(constraint_names(c)):
            found = figure(doc, name)
            if found is None:
                break
            stated[name] = found.interval
        else:
            domains = dict(stated)
            narrowed = []
            for name, iv in stated.items():
                if name not in boxes:
                    continue
                lo, hi = boxes[name]
                tighter = iv.intersect(Interval(lo, hi))
                if tighter is None:  # no value the others allow: pinned to nothing
                    tighter = Interval(lo, hi)
                if tighter != iv:
                    domains[name] = tighter
                    narrowed.append(name)
            if (
                narrowed
                and decide(c, stated).verdict is Verdict.PASS
                and decide(c, domains).verdict is Verdict.FAIL
            ):
                return Pinned(index, label, c, stated, domains, tuple(narrowed), by)
    return None
