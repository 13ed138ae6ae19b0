"""The exact rational type every interval end and computed figure uses.

``Fraction`` is :class:`quicktions.Fraction`, a compiled implementation of the standard library's
:class:`fractions.Fraction`: the same arithmetic, comparisons, hashing and rounding, about five
times faster at the comparisons and arithmetic the checks spend their time on (measured: see
BENCHMARKS.md). The standard library's class is used when quicktions cannot be imported; a test
runs the seed article both ways and gets the same report, byte for byte.

For callers of the Python API: interval ends are then not instances of ``fractions.Fraction``
(both are ``numbers.Rational``; test with that); standard fractions passed in mix with them and
compare equal; and quicktions parses some strings the standard class refuses (``"1/-2"``), which
does not matter here: the tool makes a fraction from text only of digits it has read
(:func:`of_digits`). Type checkers see the standard library's class, whose interface quicktions
copies.

A fraction is never made from a string of one character with quicktions' own constructor: its
parser (1.17 to 1.24, the newest) fills a buffer of NULs as long as the string, and for one
character ``b"\\0" * 1`` is the interpreter's shared one-byte object ``b"\\0"`` itself, so the
digit is written into it: every ``b"\\0"`` of the process, in any module, then holds that digit
(``b"\\x00" in data`` found a NUL in any text with a "5" after ``Fraction("5")``).
:func:`of_digits` makes such a fraction from the integer.
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

__all__ = ["Fraction", "of_digits"]


def of_digits(text: str) -> Fraction:
    """``Fraction(text)`` for a decimal string (``"1.5"``, ``"420"``, ``"7"``), made without
    handing quicktions a string of one character (see the module's notes)."""
    return Fraction(int(text)) if len(text) == 1 else Fraction(text)
