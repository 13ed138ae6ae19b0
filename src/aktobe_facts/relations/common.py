"""Helpers the relation kinds share: tests in every common unit, validation of members' units,
and the generic check that turns a kind's tests into findings."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from aktobe_facts.claims.model import ClaimsFile, Relation
from aktobe_facts.findings import Finding, Severity, Verdicts
from aktobe_facts.reading.unitalgebra import Compound
from aktobe_facts.reading.units import UnitSpec
from aktobe_facts.relations.base import Problem, Test
from aktobe_facts.relations.terms import common_units, quantities, term
from aktobe_facts.solve.expr import BinOp, Constraint, Expr, Rel

Make = Callable[[dict[str, Expr]], tuple[Expr, Rel, Expr]]


def total(terms: Sequence[Expr]) -> Expr:
    """``a + b + c`` as a tree (left to right)."""
    out = terms[0]
    for t in terms[1:]:
        out = BinOp("+", out, t)
    return out


def unit_words(unit: UnitSpec | None) -> str:
    return "as counts" if unit is None else f"in {unit.label}"


def in_common_units(
    doc: ClaimsFile,
    relation: Relation,
    ids: tuple[str, ...],
    make: Make,
    what: str,
    *,
    every_unit: bool = True,
) -> list[Test]:
    """One test per unit all of ``ids`` are stated in ("in every currency given"); with none,
    one test through the article's rate. ``make`` builds ``left rel right`` from each id's term."""
    units = common_units(doc, ids)
    if not every_unit:
        units = units[:1]
    tests: list[Test] = []
    for unit in units:
        terms = {i: term(doc, i, unit) for i in dict.fromkeys(ids)}
        known = {i: t for i, t in terms.items() if t is not None}
        if len(known) != len(terms):
            continue
        left, rel, right = make(known)
        c = Constraint(left, rel, right, relation.id, relation.members, relation.line)
        words = what if len(units) == 1 else f"{what} ({unit_words(unit)})"
        tests.append(Test(c, shown_unit(doc, ids[0], unit), words))
    return tests


def shown_unit(doc: ClaimsFile, ref_id: str, unit: UnitSpec | None) -> UnitSpec | None:
    """``unit`` as a finding shows the claim's figures in it: with the "per" unit the claim's
    figure in that unit is stated per ("tonnes per hectare"), the members of a relation being all
    per one unit (:func:`alike`)."""
    for q in quantities(doc, ref_id):
        if q.unit == unit and q.per is not None:
            return per_unit(q.unit, q.per)
    return unit


def per_unit(unit: UnitSpec | None, per: UnitSpec | None) -> UnitSpec | None:
    """One unit to show a figure of ``unit`` per ``per`` in ("tonnes per hectare")."""
    return unit if per is None else Compound.of(unit, per).as_spec()


def check_tests(
    doc: ClaimsFile, relation: Relation, tests: list[Test], check_id: str
) -> list[Finding]:
    """The findings of a relation's tests; with no test, an undetermined finding saying why (a
    warning where a unit or rate is missing, info where the fields leave nothing to test)."""
    from aktobe_facts.relations.verdicts import finding

    if tests:
        return [finding(doc, relation, t, check_id) for t in tests]
    labels = {
        m: [q.unit.label if q.unit else "a count" for q in quantities(doc, m)]
        for m in relation.members
    }
    units = "; ".join(f"'{m}' in " + ", ".join(said) for m, said in labels.items())
    say = Verdicts(check_id)
    if labels and set.intersection(*(set(said) for said in labels.values())):
        # nothing is wrong: the relation, as written, holds at every value (an amount of change
        # with its current value only); said as the info a claim in no relation gets
        why = (
            f"{relation.name}: its fields leave nothing to test: every value of its figures "
            f"({units}) satisfies it; the field it compares them with is not given"
        )
        return [say.undetermined(relation.members, relation.line, why, severity=Severity.INFO)]
    why = (
        f"{relation.name}: its figures are not stated in one unit and no rate the article's "
        f"pairs share converts them ({units})"
    )
    return [say.undetermined(relation.members, relation.line, why)]


_FAMILIES = {"percent": "percent", "points": "percentage points"}


def family(doc: ClaimsFile, ref_id: str) -> str | None:
    """What kind of figure a claim states: a currency amount, a count, a length, a percent..."""
    stated = quantities(doc, ref_id)
    if not stated:
        return None
    unit = stated[0].unit
    if unit is None or unit.key == "person":
        return "count"
    if unit.is_currency:
        return "money"
    return unit.kind


def alike(doc: ClaimsFile, relation: Relation, field_names: Sequence[str]) -> Problem | None:
    """The figures named by ``field_names`` must be of one kind (money, counts, a length, ...),
    else they cannot be added, subtracted or compared."""
    seen: tuple[str, str, str] | None = None
    for name in field_names:
        ids = relation.refs(name) or ((relation.ref(name),) if relation.ref(name) else ())
        for ref_id in ids:
            assert ref_id is not None
            kind = family(doc, ref_id)
            if kind is None:
                return Problem(name, f"'{ref_id}' states no number to relate")
            if seen is None:
                seen = (kind, ref_id, name)
            elif kind != seen[0]:
                return Problem(
                    name,
                    f"'{ref_id}' is {_FAMILIES.get(kind, kind)} but '{seen[1]}' is "
                    f"{_FAMILIES.get(seen[0], seen[0])}: a {relation.kind} relates figures of "
                    "one kind",
                )
            elif _per(doc, ref_id) != _per(doc, seen[1]):
                return Problem(
                    name,
                    f"'{ref_id}' is {_per_words(doc, ref_id)} but '{seen[1]}' is "
                    f"{_per_words(doc, seen[1])}: a {relation.kind} relates figures per one "
                    "unit (write both per the same unit)",
                )
    return None


def _per(doc: ClaimsFile, ref_id: str) -> str | None:
    """The key of the unit a claim's value is per ("tenge per kilogram": kilogram), if any."""
    per = quantities(doc, ref_id)[0].per
    return None if per is None else per.key


def _per_words(doc: ClaimsFile, ref_id: str) -> str:
    per = quantities(doc, ref_id)[0].per
    return "a total, per no unit" if per is None else f"per {per.label}"


def percent_claim(doc: ClaimsFile, relation: Relation, name: str) -> Problem | None:
    """The claim named by field ``name`` must state a percent."""
    ref_id = relation.ref(name)
    if ref_id is None:
        return None
    stated = quantities(doc, ref_id)
    if not stated or stated[0].unit is None or stated[0].unit.kind != "percent":
        return Problem(name, f"'{ref_id}' must state a percent")
    return None
