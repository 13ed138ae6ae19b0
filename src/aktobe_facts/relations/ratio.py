"""Derived ratio: a quantity computed from two claims (investment per job created), with the
plausible bounds the file declares. Written as ``[[ratio]]`` (or a ``[[relation]]`` of kind
``ratio``); the ``ratios`` and ``plausibility`` checks report it.

``min ≤ numerator / denominator ≤ max`` in the numerator's unit.
"""

from __future__ import annotations

from aktobe_facts.claims.model import ClaimsFile, FieldSpec, Ratio, Relation
from aktobe_facts.reading.interval import Interval
from aktobe_facts.relations.base import KindSpec, Problem, Test
from aktobe_facts.relations.terms import Figure, quantities, var_name
from aktobe_facts.solve.expr import BinOp, Constraint, Rel, Var

SPEC = KindSpec(
    kind="ratio",
    check="ratios",
    title="Derived ratios computed and bounded",
    help="numerator / denominator as an interval, in every currency the numerator is known in, "
    "against the declared min and max.",
    fields=(
        FieldSpec("numerator", "id", "The claim divided.", True, "claim-or-reference"),
        FieldSpec("denominator", "id", "The claim divided by.", True, "claim-or-reference"),
        FieldSpec("min", "stated", "Lowest plausible value, in the numerator's unit."),
        FieldSpec("max", "stated", "Highest plausible value, in the numerator's unit."),
        FieldSpec(
            "expect",
            "id",
            "A reference figure the ratio should be near.",
            False,
            "claim-or-reference",
        ),
    ),
)


def as_ratio(relation: Relation) -> Ratio:
    """The relation in the shape the ratios and plausibility checks read."""
    numerator, denominator = relation.ref("numerator"), relation.ref("denominator")
    assert numerator is not None and denominator is not None
    return Ratio(
        relation.id,
        relation.line,
        numerator,
        denominator,
        relation.label,
        relation.quantity("min"),
        relation.quantity("max"),
        relation.ref("expect"),
        relation.note,
    )


def validate(relation: Relation, doc: ClaimsFile) -> Problem | None:
    """What the loader asks of a ``[[ratio]]``, asked of a ``[[relation]]`` of kind ratio."""
    if relation.ref("numerator") == relation.ref("denominator"):
        return Problem("denominator", "the numerator and the denominator must be two claims")
    low, high = relation.quantity("min"), relation.quantity("max")
    if low is not None and high is not None:
        if (low.unit and low.unit.key) != (high.unit and high.unit.key):
            return Problem("max", f'min "{low.text}" and max "{high.text}" must be in one unit')
        if low.value > high.value:
            return Problem("max", f'min "{low.text}" is above max "{high.text}"')
    return None


def figures(relation: Relation, doc: ClaimsFile) -> dict[str, Figure]:
    """The bounds written in the ratio (read when the file was loaded, with its settings).

    A bound is the limit the editor declares, taken as written: "max = 1.009 million lari" is at
    most 1.009 million, not at most the top of its rounding (1.0095 million). The ``ratios`` check
    has always read it so (its message says "at most 1.009 million lari"); the joint system must
    read it the same way, or a ratio the check fails as stated would count as a pass there, and
    a conflict through it would be pinned on a row that does not pass (a seed Hypothesis found for
    tests/test_narrowing.py: a ratio of [1.00908, 1.68294] million lari against that max).
    """
    del doc
    found: dict[str, Figure] = {}
    for bound in ("min", "max"):
        q = relation.quantity(bound)
        if q is not None and not q.missing:
            name = f"{relation.id}#{bound}"
            found[name] = Figure(name, Interval.point(q.value), q.unit, relation.id, q, q.value)
    return found


def tests(doc: ClaimsFile, relation: Relation) -> list[Test]:
    numerator, denominator = relation.ref("numerator"), relation.ref("denominator")
    if numerator is None or denominator is None:
        return []
    if relation.quantity("min") is None and relation.quantity("max") is None:
        return []  # a ratio with no bounds is reported, never constrained
    top, bottom = quantities(doc, numerator), quantities(doc, denominator)
    if not top or not bottom:
        return []
    ratio = BinOp(
        "/", Var(var_name(doc, numerator, top[0])), Var(var_name(doc, denominator, bottom[0]))
    )
    found: list[Test] = []
    bounds: tuple[tuple[str, Rel], ...] = (("min", ">="), ("max", "<="))
    for bound, rel in bounds:
        q = relation.quantity(bound)
        if q is None or (q.unit and q.unit.key) != (top[0].unit and top[0].unit.key):
            continue
        c = Constraint(
            ratio, rel, Var(f"{relation.id}#{bound}"), relation.id, relation.members, relation.line
        )
        found.append(Test(c, top[0].unit, f"{relation.name} against its {bound}"))
    return found
