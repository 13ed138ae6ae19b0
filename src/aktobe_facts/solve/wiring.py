"""The relations of a claims file as constraints, for the joint system.

Every typed relation (:mod:`aktobe_facts.relations`) gives its constraints through its kind's
``tests`` (the registry's ``constraints``): the same constraints its own check judges, over the
same figures, so the joint system never asks more of a figure than the relations themselves do.
Added here, because no kind states them as constraints yet:

* cross rates: ``A/B × B/C = A/C`` for three currencies whose rates the article's conversions fix
  (what the cross-rates check tests);
* an index tied to its change by ``same_as``: ``change = index − 100``, when the direction of the
  change is certain (what the index-change check tests).

Each relation is first a :class:`Candidate`: its labels, the claims whose figures it reads, and a
function that adds its constraints to a :class:`Builder`. Most files' relations never share a figure
with a relation another check tests (a group of shares; a currency pair's conversions): those are
left to their checks without building anything; only the relations of groups that span several
checks are built (:func:`compile_file`).

Labels say which check tests a constraint: a relation's id, except conversions, labelled by their
currency pair (the conversions check tests all of a pair's conversions together). A relation that
reads a rate is tested by its check together with that pair's conversions (its *scope*).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from types import ModuleType
from typing import TYPE_CHECKING

import msgspec
from msgspec import Struct

from aktobe_facts.checks._common import direction, is_percent
from aktobe_facts.claims.model import Claim, ClaimsFile, Relation
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.relations.rates import triangles
from aktobe_facts.relations.terms import figure, var_name
from aktobe_facts.solve.expr import BinOp, Const, Constraint, Expr, Var, constraint_names
from aktobe_facts.solve.scope import (
    CONVERSIONS,
    canonical_rate,
    pool,
    rate_pool,
    rate_var,
    spans_checks,
)
from aktobe_facts.solve.unionfind import DisjointSets

if TYPE_CHECKING:  # the builder is imported when a file has a system to build
    from aktobe_facts.solve.builder import Builder, Compiled

HUNDRED = Const(Fraction(100))


Built = tuple[Constraint, str, frozenset[str]]
"""A relation's constraint, with its words and the figures it reads (found once: the quick test
and the pruning of conversions compared with nothing both read them, for every relation)."""


def _built(constraint: Constraint, what: str) -> Built:
    return constraint, what, frozenset(constraint_names(constraint))


class Candidate(Struct, frozen=True):
    """One relation of the file, before it is built."""

    labels: tuple[str, ...]  # the labels of its constraints
    claims: tuple[str, ...]  # the claims and references whose figures it reads
    built: tuple[Built, ...]  # its constraints, each with its words and figures
    scope: tuple[str, ...] = ()  # every label its own check tests together with it

    def build(self, b: Builder) -> None:
        for constraint, what, _ in self.built:
            b.add(constraint, what)


Compiler = Callable[[ClaimsFile], Iterator[Candidate]]


def _rates(names: Iterable[str]) -> list[str]:
    """The conversions labels of the rates among a constraint's figures."""
    return sorted(rate_pool(n) for n in names if n.startswith("rate:"))


TYPED = "typed_candidates"
"""The ``doc.cache`` key of each relation's candidate (``None``: it has none), by its place in
``doc.relations``. The separators check gives a file with one figure read the other way the
candidates of the relations that cannot read that figure (:mod:`aktobe_facts.checks._tied`)."""


def typed_relations(doc: ClaimsFile) -> Iterator[Candidate]:
    given = doc.cache.get(TYPED)
    kept: dict[int, Candidate | None] = given if isinstance(given, dict) else {}
    made: dict[int, Candidate | None] = {}
    for place, relation in enumerate(doc.relations):
        found = kept[place] if place in kept else _typed(doc, relation)
        made[place] = found
        if found is not None:
            yield found
    doc.cache[TYPED] = made


def _typed(doc: ClaimsFile, relation: Relation) -> Candidate | None:
    from aktobe_facts.relations.registry import KINDS  # the registry imports the checks

    module: ModuleType | None = KINDS.get(relation.kind)
    if module is None:
        return None
    built: list[Built] = []
    read: set[str] = set()
    for test in module.tests(doc, relation):
        c = test.constraint
        names = frozenset(constraint_names(c))
        rates = _rates(names)
        if relation.kind == "conversion":
            c = msgspec.structs.replace(c, relation=rates[0] if rates else relation.id)
        built.append((c, test.what, names))
        read.update(rates)
    if not built:
        return None
    labels = tuple(dict.fromkeys(c.relation for c, _, _ in built))
    scope = tuple(dict.fromkeys((*labels, *sorted(read)))) if read - set(labels) else ()
    return Candidate(labels, relation.members, tuple(built), scope)


def cross_rates(doc: ClaimsFile) -> Iterator[Candidate]:
    for (a, m, c), legs in triangles(doc):
        am, mc, ac = (leg.tag for leg in legs)
        claims = tuple(dict.fromkeys(p.claim.id for leg in legs for p in leg.pairs))
        when = next((f"@{leg.tag}" for leg in legs if leg.tag is not None), "")
        label = f"cross-rates:{a}/{m}/{c}{when}"
        constraint = Constraint(
            BinOp("*", Var(rate_var(a, m, am)), Var(rate_var(m, c, mc))),
            "=",
            Var(rate_var(a, c, ac)),
            label,
        )
        words = f"{a} per {m} × {m} per {c} = {a} per {c}"
        scope = (label, *(pool(leg.top, leg.bottom, leg.tag) for leg in legs))
        yield Candidate((label,), claims, (_built(constraint, words),), scope)


def index_change(doc: ClaimsFile) -> Iterator[Candidate]:
    seen: set[frozenset[str]] = set()
    for claim in doc.claims:
        if claim.same_as is None:
            continue
        other = doc.claim(claim.same_as)
        if other is None:
            continue
        if _is_index(other) and not _is_index(claim):
            index, partner = other, claim
        elif _is_index(claim):
            index, partner = claim, other
        else:
            continue
        key = frozenset((index.id, partner.id))
        value = partner.value
        if key in seen or value is None or value.interval is None or index.value is None:
            continue
        seen.add(key)
        if value.unit is None or value.unit.kind not in ("percent", "points"):
            continue
        change: Expr = Var(var_name(doc, partner.id, value))
        if _is_index(partner):
            change = BinOp("-", change, HUNDRED)
        elif not value.stated.negative:
            way = direction(partner)
            if way is None:
                continue  # a rise or a fall? the index-change check says so; nothing to add
            if way == "fall":
                change = BinOp("*", Const(Fraction(-1)), change)
        label = f"index-change:{index.id}"
        constraint = Constraint(
            change,
            "=",
            BinOp("-", Var(var_name(doc, index.id, index.value)), HUNDRED),
            label,
            (index.id, partner.id),
            index.line,
        )
        words = f'"{value.text}" is the change the index "{index.value.text}" states'
        yield Candidate((label,), (index.id, partner.id), (_built(constraint, words),))


def _is_index(claim: Claim) -> bool:
    return claim.kind == "index" and is_percent(claim.value)


COMPILERS: tuple[Compiler, ...] = (typed_relations, cross_rates, index_change)


def candidates(doc: ClaimsFile) -> list[Candidate]:
    """Every relation of the file as a candidate (computed once per document)."""
    cached = doc.cache.get("joint_candidates")
    if isinstance(cached, list):
        return cached
    found = _deciding(doc, [candidate for compiler in COMPILERS for candidate in compiler(doc)])
    doc.cache["joint_candidates"] = found
    return found


def _deciding(doc: ClaimsFile, found: list[Candidate]) -> list[Candidate]:
    """The candidates without the conversions compared with nothing: a pair alone in its rate
    (the one conversion of its year, or an undated one among several years) whose rate no other
    constraint reads. Its constraint ``x = y × rate`` holds for any values of its two figures
    (the rate is free: ``x / y``), so it decides nothing; kept, it would tie its figures to other
    relations and a joint pass would read as a test of a pair that nothing tested (its
    conversions row says it is undetermined)."""
    readers: dict[str, int] = {}
    for candidate in found:
        for _, _, names in candidate.built:
            for name in names:
                if name.startswith("rate:"):
                    rate = canonical_rate(name)
                    readers[rate] = readers.get(rate, 0) + 1
    kept: list[Candidate] = []
    for candidate in found:
        built = tuple(b for b in candidate.built if not _compared_with_nothing(doc, b[0], readers))
        if len(built) == len(candidate.built):
            kept.append(candidate)
        elif built:
            labels = tuple(dict.fromkeys(c.relation for c, _, _ in built))
            kept.append(msgspec.structs.replace(candidate, labels=labels, built=built))
    return kept


def _compared_with_nothing(doc: ClaimsFile, c: Constraint, readers: dict[str, int]) -> bool:
    """``x = y × rate`` of a conversion whose rate only it reads, over two figures above zero
    (then ``rate = x / y`` fits any values of them)."""
    right = c.right
    if not (
        c.relation.startswith(CONVERSIONS)
        and c.rel == "="
        and isinstance(c.left, Var)
        and isinstance(right, BinOp)
        and right.op == "*"
        and isinstance(right.left, Var)
        and isinstance(right.right, Var)
        and right.right.name.startswith("rate:")
        and readers.get(canonical_rate(right.right.name)) == 1
    ):
        return False
    return all(_positive(doc, name) for name in (c.left.name, right.left.name))


def _positive(doc: ClaimsFile, name: str) -> bool:
    found = figure(doc, name)
    return found is not None and found.interval.lo is not None and found.interval.lo > 0


def _scopes(found: Iterable[Candidate]) -> list[frozenset[str]]:
    return [frozenset(c.scope) for c in found if c.scope]


def has_joint_part(doc: ClaimsFile) -> bool:
    """Whether some relations of the file that share a figure are tested by no single check: the
    exact test (:func:`aktobe_facts.solve.scope.spans_checks`) that lets most files skip building
    and analysing a system (and importing the solver)."""
    cached = doc.cache.get("joint_part")
    if isinstance(cached, bool):
        return cached
    found = candidates(doc)
    read = ((names, c.relation) for candidate in found for c, _, names in candidate.built)
    result = spans_checks(read, _scopes(found))
    doc.cache["joint_part"] = result
    return result


def joint_groups(found: Iterable[Candidate]) -> list[list[Candidate]]:
    """The candidates that share a claim, grouped (transitively): the parts of one system."""
    sets = DisjointSets()
    chosen = list(found)
    for index, candidate in enumerate(chosen):
        sets.join((f"#{index}", *candidate.claims, *candidate.labels))
    groups: dict[str, list[Candidate]] = {}
    for index, candidate in enumerate(chosen):
        groups.setdefault(sets.find(f"#{index}"), []).append(candidate)
    return list(groups.values())


def compile_file(doc: ClaimsFile, *, everything: bool = False) -> Compiled:
    """The file's joint system: the relations of every group of relations that share claims and
    that no single check tests together (``everything``: all relations). Computed once per
    document and kept in ``doc.cache``."""
    from aktobe_facts.solve.builder import Builder, Compiled

    key = "joint_system_all" if everything else "joint_system"
    cached = doc.cache.get(key)
    if isinstance(cached, Compiled):
        return cached

    found = candidates(doc)
    builder = Builder(doc, scopes=_scopes(found))
    for group in joint_groups(found):
        labels = {label for c in group for label in c.labels}
        if everything or not builder.within_one_check(labels):
            for candidate in group:
                candidate.build(builder)
    compiled = builder.build()
    doc.cache[key] = compiled
    return compiled
