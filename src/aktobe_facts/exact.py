"""The exact rational type every interval end and computed figure uses.

``Fraction`` is :class:`quicktions.Fraction`, a compiled implementation of the standard library's
:class:`fractions.Fraction` with the same behaviour and interface, about five times faster at the
comparisons and arithmetic the checks spend their time on (measured: ``python bench/run.py``; see
BENCHMARKS.md). The standard library's class is used when quicktions cannot be imported, so the
results never depend on which one is installed; type checkers see the standard library's class,
whose interface quicktions copies.
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
