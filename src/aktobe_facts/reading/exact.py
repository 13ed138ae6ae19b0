"""The exact rational type every interval end and computed figure uses.

``Fraction`` is :class:`quicktions.Fraction`, a compiled implementation of the standard library's
:class:`fractions.Fraction`: the same arithmetic, comparisons, hashing and rounding, about five
times faster at the comparisons and arithmetic the checks spend their time on (measured: see
BENCHMARKS.md). The standard library's class is used when quicktions cannot be imported; a test
runs the seed article both ways and gets the same report, byte for byte.

For callers of the Python API: interval ends are then not instances of ``fractions.Fraction``
(both are ``numbers.Rational``; test with that); standard fractions passed in mix with them and
compare equal; and quicktions parses some strings the standard class refuses (``"1/-2"``), which
does not matter here: the tool never makes a fraction from text. Type checkers see the standard
library's class, whose interface quicktions copies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fractions import Fraction
else:
    try:
        from quicktions import Fraction
    except ImportError:  # pragma: no cover - quicktions ships wheels for the supported platforms
        from fractions import Fraction

__all__ = ["Fraction"]
