"""Digits of every script: a number in one script, with that script's separators, folded to ASCII.

A stated number may be written in the decimal digits of any one script (``\\d`` in a pattern
matches them all). Each script has its own separators: ASCII digits the file's locale, fullwidth
digits the fullwidth forms of the locale's, Arabic-Indic and Persian digits the Arabic decimal and
thousands separators (U+066B, U+066C), every other script (Devanagari, Bengali, Thai, ...) the
locale's. A number is folded to ASCII digits and the locale's separators before it is read; one that
mixes scripts, or uses a separator of another script, is refused with a message naming the
separators its digits take. ``unicodedata`` gives each digit's value and script (its zero).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aktobe_facts.reading.numbers import NumberLocale

SPACES = (" ", "\u00a0", "\u202f", "\u2009")
"""The spaces that group digits in every locale and script."""


class ScriptError(ValueError):
    """A number whose digits or separators do not belong to one script."""


ARABIC_DECIMAL, ARABIC_GROUP = "\u066b", "\u066c"
_ARABIC_ZEROS = frozenset({0x0660, 0x06F0})
_FULLWIDTH_ZERO = 0xFF10


def _fullwidth(ch: str) -> str:
    """The fullwidth form of an ASCII character ("," is "，"); other characters are their own."""
    return chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch


def _script_separators(zero: int, locale: NumberLocale) -> tuple[str, tuple[str, ...]]:
    """The decimal mark and the group separators of numbers whose digits start at ``zero``."""
    if zero in _ARABIC_ZEROS:
        return ARABIC_DECIMAL, (ARABIC_GROUP, *SPACES)
    if zero == _FULLWIDTH_ZERO:
        return _fullwidth(locale.decimal), tuple(dict.fromkeys(map(_fullwidth, locale.groups)))
    return locale.decimal, locale.groups


def all_separators(locale: NumberLocale) -> tuple[str, str]:
    """Every decimal mark and group separator some script may use in this locale, as regex parts."""
    decimals = (locale.decimal, ARABIC_DECIMAL, _fullwidth(locale.decimal))
    groups = (*locale.groups, ARABIC_GROUP, *map(_fullwidth, locale.groups))
    return (
        "(?:" + "|".join(re.escape(d) for d in decimals) + ")",
        "[" + "".join(re.escape(g) for g in dict.fromkeys(groups)) + "]",
    )


def _script(zero: int) -> str:
    import unicodedata

    name = unicodedata.name(chr(zero), "")
    return "ASCII" if zero == 0x30 else name.removesuffix(" DIGIT ZERO").title()


def fold_digits(numeral: str, locale: NumberLocale, original: str) -> str:
    """``numeral`` with ASCII digits and the locale's separators; refuses mixed scripts and
    separators that belong to another script."""
    if numeral.isascii():  # the usual number: no need of unicodedata (imported for the others)
        zeros = {0x30 for ch in numeral if ch.isdecimal()}
    else:
        import unicodedata

        zeros = {ord(ch) - unicodedata.decimal(ch) for ch in numeral if ch.isdecimal()}
    if len(zeros) > 1:
        scripts = " and ".join(sorted(_script(z) for z in zeros))
        raise ScriptError(
            f"malformed number in {original!r}: it mixes digits of two scripts ({scripts}); "
            "write each number in one script"
        )
    zero = zeros.pop()
    decimal, groups = _script_separators(zero, locale)
    if zero == 0x30 and all(ch.isdecimal() or ch == decimal or ch in groups for ch in numeral):
        return numeral
    import unicodedata

    folded: list[str] = []
    for ch in numeral:
        if ch.isdecimal():
            folded.append(chr(0x30 + unicodedata.decimal(ch)))
        elif ch == decimal:
            folded.append(locale.decimal)
        elif ch in groups:
            folded.append(ch if ch in locale.groups else locale.groups[0])
        else:
            shown = " and ".join(f"{g!r} (U+{ord(g):04X})" for g in groups if not g.isspace())
            raise ScriptError(
                f"malformed number in {original!r}: {ch!r} (U+{ord(ch):04X}) is not a separator "
                f"of {_script(zero)} digits, which take {decimal!r} (U+{ord(decimal):04X}) as "
                f"decimal mark" + (f" and {shown} between groups" if shown else "")
            )
    return "".join(folded)


SEPARATORS = frozenset(".,'’" + ARABIC_DECIMAL + ARABIC_GROUP + "，．＇")
"""Every character that separates digits in some script and locale."""
