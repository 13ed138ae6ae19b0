"""A figure whose scale word is left to the figure before it in one comparison: "$216.4 million
from $170.8 in 2009", "$180.2 million in 2010 and $170.8 in 2009", "from 1.2 billion to 1.5".

Only in that close structure: the figure before has a scale word (and perhaps a unit), the figure
after has neither and is written in digits with the same currency sign or none, nothing but the
first figure's period stands between them before "and", "from", "to", "against", "versus" or
"compared with", nothing but a period or the end of the clause follows the second, and the two
numbers as printed are within ten times of each other. The second is then read with the first's
scale and unit words ("$170.8 million"), with a note for the editor; read alone, "$170.8" was 170.8
dollars beside a figure of millions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import msgspec

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import GrammarError, Stated, pow10
from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.lazypatterns import lazy

if TYPE_CHECKING:
    from aktobe_facts.text.phrases import Phrase

_PERIOD = (
    rf"(?:the\s+)?(?:same|previous|prior|first|second|third|fourth|last|corresponding|"
    rf"(?:19|20)\d\d|{MONTH_NAMES}\b)"
)
_BETWEEN = re.compile(
    r"\s*(?:(?:in|for|during)\s+[\w\s-]{0,30}?(?:19|20)\d\d\s*,?\s*)?"
    r"(?:and|from|to|against|versus|vs\.?|compared\s+(?:with|to))\s+",
    re.IGNORECASE,
)
_AFTER = lazy(
    rf"\s*(?:[.,;:)]|$)|\s+(?:(?:in|for|during)\s+{_PERIOD}|a\s+year\s+(?:earlier|before|ago)|"
    r"last\s+year)",
    re.IGNORECASE,
)
NUMERAL = re.compile(r"\d[\d,.]*\d|\d")
MAX_RATIO = 10
"""The two numbers as printed are within this factor of each other: a comparison of like figures."""


def scaled(text: str, phrases: list[Phrase], read: Callable[[str], Stated]) -> list[Phrase]:
    """``phrases`` with each figure whose scale is left to the figure before it read with it."""
    out = list(phrases)
    for k in range(1, len(out)):
        before, phrase = out[k - 1], out[k]
        value = _with_scale(text, before, phrase)
        if value is None:
            continue
        try:
            stated = read(value)
        except GrammarError:
            continue
        if stated.unit != before.stated.unit or stated.exponent != before.stated.exponent:
            continue
        note = f'printed "{phrase.value}" with the scale of the figure before it: {value}'
        out[k] = msgspec.structs.replace(phrase, value=value, stated=stated, note=note)
    return out


def _with_scale(text: str, before: Phrase, phrase: Phrase) -> str | None:
    """The value of ``phrase`` with the scale and unit words of ``before``, where the two stand
    in the close structure above; else None."""
    first, second = before.stated, phrase.stated
    if (
        not first.exponent
        or first.scale_word is None
        or first.is_range
        or first.per is not None
        or second.exponent
        or second.is_range
        or second.word is not None
        or second.per is not None
        or phrase.note is not None
        or not phrase.value[-1:].isdigit()
        or (second.unit is not None and second.unit != first.unit)
    ):
        return None
    if _BETWEEN.fullmatch(text, before.outer_end, phrase.start) is None:
        return None
    if _AFTER.match(text, phrase.end) is None:
        return None
    numerals = list(NUMERAL.finditer(before.value))
    if not numerals or not second.value:
        return None
    ratio = abs(second.value / (first.value / pow10(first.exponent)))
    if not Fraction(1, MAX_RATIO) <= ratio <= MAX_RATIO:
        return None
    tail = before.value[numerals[-1].end() :].strip()
    return f"{phrase.value} {tail}" if tail else None
