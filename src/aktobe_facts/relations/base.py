"""What every relation kind declares: its fields (the loader validates them, the schema is made
from them), the check that reports it, and how it becomes constraints.

A kind is a module with ``SPEC`` (a :class:`KindSpec`), ``tests(doc, relation) -> list[Test]`` and,
optionally, ``validate(relation, doc) -> Problem | None`` for what the field types cannot say (a
list too short, units that cannot be added). :func:`constraints` and the relation checks are built
on ``tests``; kinds whose findings an older check module writes (growth, shares, ratios) say so in
``SPEC.check`` and have no test of their own.
"""

from __future__ import annotations

from msgspec import Struct

from aktobe_facts.claims.model import FieldSpec
from aktobe_facts.reading.units import UnitSpec
from aktobe_facts.solve.expr import Constraint


class KindSpec(Struct, frozen=True):
    kind: str
    check: str  # the check id whose findings report relations of this kind
    title: str  # one line, for the check's title
    help: str  # what it tests, for `--help`, the schema and the docs
    fields: tuple[FieldSpec, ...]
    writable: bool = True  # may be written as a [[relation]] (not only made from older fields)


class Test(Struct, frozen=True):
    """One constraint of a relation, with what the finding says about it."""

    constraint: Constraint
    unit: UnitSpec | None  # the unit both sides are in (for showing their intervals)
    what: str  # "the regions' figures add up to the national total"
    result: str | None = None  # the figure the constraint states (its left side), if one claim


class Problem(Struct, frozen=True):
    """A relation that cannot be used as written: an exit-2 error on one field."""

    field: str
    message: str
