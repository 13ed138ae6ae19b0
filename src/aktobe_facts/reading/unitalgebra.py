"""Products and quotients of units ("tenge per US$", "percent × tenge"), checked by pint.

A :class:`Compound` is a product of the tool's units (:class:`~aktobe_facts.reading.units.UnitSpec`) with
whole exponents. Whether two compounds can be added or compared, and the exact factor between
them, is pint's answer (through :func:`aktobe_facts.reading.units.pint_unit`), so the rules are the unit
layer's: every currency is a dimension of its own (tenge and dollars never add up without a rate),
a percent is a hundredth of one (a plain number), a hectare is a hundredth of a km².
"""

from __future__ import annotations

from typing import Any

from msgspec import Struct

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.fmt import singular
from aktobe_facts.reading.units import UnitSpec, pint_unit, registry


class UnitMismatch(ValueError):
    """Two compounds of different dimensions: they cannot be added or compared."""


class Compound(Struct, frozen=True):
    """A product of units with whole exponents, in a fixed order; ``()`` is a plain number."""

    parts: tuple[tuple[UnitSpec, int], ...] = ()

    @staticmethod
    def of(unit: UnitSpec | None, per: UnitSpec | None = None) -> Compound:
        """The compound of a stated figure: its unit, divided by its ``per`` unit if any."""
        result = Compound()
        if unit is not None:
            result = result * Compound(((unit, 1),))
        if per is not None:
            result = result / Compound(((per, 1),))
        return result

    @property
    def plain(self) -> bool:
        return not self.parts

    def _combine(self, other: Compound, sign: int) -> Compound:
        exponents: dict[str, int] = {}
        specs: dict[str, UnitSpec] = {}
        for spec, power in (*self.parts, *((s, sign * p) for s, p in other.parts)):
            specs.setdefault(spec.key, spec)
            exponents[spec.key] = exponents.get(spec.key, 0) + power
        return Compound(tuple((specs[k], p) for k, p in sorted(exponents.items()) if p))

    def __mul__(self, other: Compound) -> Compound:
        return self._combine(other, 1)

    def __truediv__(self, other: Compound) -> Compound:
        return self._combine(other, -1)

    def pint(self) -> Any:
        unit = registry().dimensionless
        for spec, power in self.parts:
            unit = unit * pint_unit(spec) ** power
        return unit

    def factor_to(self, other: Compound) -> Fraction:
        """The exact factor turning a magnitude in ``self`` into ``other``.

        Raises :class:`UnitMismatch` when the two are of different dimensions.
        """
        if self == other:
            return Fraction(1)
        mine, theirs = self.pint(), other.pint()
        if mine.dimensionality != theirs.dimensionality:
            raise UnitMismatch(f"{self.label} and {other.label} are different kinds of quantity")
        return Fraction(registry().Quantity(1, mine).to(theirs).magnitude)

    @property
    def label(self) -> str:
        """In words: ``tenge``, ``tenge per US dollar``, ``km × km``, ``a plain number``."""
        if not self.parts:
            return "a plain number"
        top = [_power(s.label, p) for s, p in self.parts if p > 0]
        bottom = [_power(singular(s), -p) for s, p in self.parts if p < 0]
        text = " × ".join(top) if top else "1"
        if bottom:
            text += " per " + " per ".join(bottom)
        return text

    def as_spec(self) -> UnitSpec | None:
        """One unit to print after a number (a compound one labelled in words), or ``None``."""
        if not self.parts:
            return None
        if len(self.parts) == 1 and self.parts[0][1] == 1:
            return self.parts[0][0]
        return UnitSpec("compound", "compound", self.label)


def _power(label: str, power: int) -> str:
    return label if power == 1 else f"{label}^{power}"
