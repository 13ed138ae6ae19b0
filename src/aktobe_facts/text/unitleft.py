"""A figure whose currency or unit is left to the figure before it, which it is compared with or
restates: "2.925 billion euros, up in comparison to the 2.98 billion in 2016", "309.5 million
barrels from 249.8 million a year earlier", "exceeded 7 billion euros (7.036)".

Two close structures only, each with a note for the editor (read alone, "the 2.98 billion" is a
count beside an amount of euros, and the relations refuse it):

- **compared**: the figure before is an amount of one currency or unit of measure (no percent,
  points or time; no rate, range or word of change), the figure after is a plain number with the
  same scale word and nothing of its own (no unit, sign, qualifier or word of change), the words
  between are a comparison ("up from", "compared with the", "against", "in comparison to the",
  "than the", "but slightly down from 2015 (", or "and" after the first figure's period), the
  words after it end the clause or name its period ("in 2016", "a year earlier", "over the same
  period"), never a noun it could count, and the two numbers are within ten times of each other;
- **restated**: a bare number alone in brackets right after the figure ("7 billion euros
  (7.036)"), with no scale or the same, that lies inside the figure's interval: the figure
  printed more precisely, in its scale and unit ("7.036 billion euros").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import msgspec

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import GrammarError, Stated
from aktobe_facts.reading.quantities import read as interval_of
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.scaleleft import MAX_RATIO, NUMERAL

if TYPE_CHECKING:
    from aktobe_facts.text.phrases import Phrase

_YEAR = r"(?:19|20)\d\d"
_COMPARED = lazy(
    rf"\)?\s*(?:(?:in|for|during|over)\s+[\w\s-]{{0,30}}?{_YEAR}\s*)?,?\s*"
    r"(?:(?:and|but|while)\s+)?(?:(?:slightly|well|sharply|marginally|much|far|still)\s+)?"
    r"(?:(?:up|down|higher|lower|more|less|above|below)\s+)?"
    r"(?:in\s+comparison\s+(?:to|with)|compared\s+(?:to|with)|as\s+against|against|from|"
    r"versus|vs\.?|than|and)\s+"
    rf"(?:the\s+)?(?:{_YEAR}\s*\(\s*)?",
    re.IGNORECASE,
)
"""Between the figure and the one compared with it ("up in comparison to the", "against", "but
slightly down from 2015 (", "over the same period in 2016 and")."""
_AFTER = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:(?:in|for|during|over)\s+|a\s+year\s+(?:earlier|before|ago)\b|"
    r"(?:last|the\s+previous|the\s+prior)\s+year\b|(?:and|but|while)\b)",
    re.IGNORECASE,
)
"""After the figure compared with: the clause's end or its period, never a noun it could count."""
_BRACKET = re.compile(r"\s*\(\s*")
_NOUN_BRACKET = re.compile(r"(?:\s+[a-z]+)?\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
_TOKEN_START = re.compile(r"(?:^|(?<=\s))\S")
_NO_UNIT_KINDS = frozenset({"percent", "points", "time", "count"})
_COMPARES = "in the unit of the figure it is compared with"
_RESTATES = "the figure before it, printed more precisely"


def restated(text: str, phrases: list[Phrase], read: Callable[[str], Stated]) -> list[Phrase]:
    """``phrases`` with each figure whose unit is left to the figure before it read with it."""
    out = list(phrases)
    for k in range(1, len(out)):
        before, phrase = out[k - 1], out[k]
        if not _bare(phrase):
            continue
        found = None
        if _model(before.stated):
            found = _compared(text, before, phrase)
        if found is None and (_model(before.stated) or _count(before.stated)):
            found = _restated(text, before, phrase)
        if found is None:
            continue
        digits, how = found
        made = _in_unit_of(before, digits, read)
        if made is None or not _fits(before, made[1], phrase.stated, how == _RESTATES):
            continue
        value, stated = made
        note = f'printed "{phrase.value}" with no unit: {how}, {value}'
        out[k] = msgspec.structs.replace(phrase, value=value, stated=stated, note=note)
    return out


def restates(phrase: Phrase) -> bool:
    """The phrase is a number in brackets read as the figure before it printed more precisely."""
    return phrase.note is not None and _RESTATES in phrase.note


def _model(stated: Stated) -> bool:
    """A figure whose unit a later figure may take: an amount of a currency or unit of measure."""
    unit = stated.unit
    return (
        unit is not None
        and unit.kind not in _NO_UNIT_KINDS
        and not unit.noun
        and stated.per is None
        and not stated.is_range
        and stated.direction is None
        and not stated.negative
    )


def _count(stated: Stated) -> bool:
    """A count with a scale word ("12.5 million visitors"), which a number in brackets may
    restate in that scale."""
    return (
        stated.unit is None
        and stated.scale_word is not None
        and stated.per is None
        and not stated.is_range
        and stated.direction is None
        and not stated.negative
    )


def _bare(phrase: Phrase) -> bool:
    stated = phrase.stated
    return (
        stated.unit is None
        and stated.per is None
        and stated.qualifier is None
        and stated.direction is None
        and not stated.negative
        and not stated.is_range
        and stated.word is None
        and phrase.note is None
        and not phrase.counterparts
        and phrase.value[:1].isdigit()
    )


def _compared(text: str, before: Phrase, phrase: Phrase) -> tuple[str, str] | None:
    """The figure compared with ``before``, in its scale: its digits and scale as printed."""
    first, second = before.stated, phrase.stated
    if first.scale_word is None or second.exponent != first.exponent or not second.value:
        return None
    if _COMPARED.fullmatch(text, before.end, phrase.start) is None:
        return None
    if _AFTER.match(text, phrase.end) is None:
        return None
    ratio = abs(first.value / second.value)
    if not Fraction(1, MAX_RATIO) <= ratio <= MAX_RATIO:
        return None
    return phrase.value, _COMPARES


def _restated(text: str, before: Phrase, phrase: Phrase) -> tuple[str, str] | None:
    """The figure alone in brackets right after ``before``, in its scale and inside its interval."""
    first, second = before.stated, phrase.stated
    between = _NOUN_BRACKET if first.unit is None else _BRACKET  # "12.5 million visitors (12.48)"
    if between.fullmatch(text, before.end, phrase.start) is None:
        return None
    if _CLOSE.match(text, phrase.end) is None:
        return None
    if second.exponent and second.exponent != first.exponent:
        return None
    digits = phrase.value if second.exponent else f"{phrase.value} {first.scale_word or ''}"
    return digits.strip(), _RESTATES


def _in_unit_of(
    before: Phrase, digits: str, read: Callable[[str], Stated]
) -> tuple[str, Stated] | None:
    """``digits`` (a number and its scale word) written in the form of ``before`` with no
    qualifier ("exceeded 7 billion euros": "7.036 billion euros"), read back as that unit and
    scale."""
    model = before.value
    numeral = NUMERAL.search(model)
    if numeral is None:
        return None
    rest = model[numeral.end() :]
    scale = before.stated.scale_word
    if scale is not None:
        at = rest.lower().find(scale.lower())
        if at < 0 or rest[:at].strip():
            return None
        rest = rest[at + len(scale) :]
    glued = scale is not None and not model[numeral.end() : numeral.end() + 1].isspace()
    if glued:  # "€5bn": "2.98bn"
        digits = "".join(digits.split())
    prefix = model[: numeral.start()]
    cuts = [len(prefix), *(m.start() for m in reversed(list(_TOKEN_START.finditer(prefix))))]
    for cut in cuts:  # "", "$", "over $": the sign without the qualifier
        value = prefix[cut:] + digits + rest
        try:
            stated = read(value)
        except GrammarError:
            continue
        if (
            stated.unit != before.stated.unit
            or stated.exponent != before.stated.exponent
            or stated.qualifier is not None
            or stated.direction is not None
        ):
            continue
        return value, stated
    return None


def _fits(before: Phrase, stated: Stated, bare: Stated, restating: bool) -> bool:
    """The figure as written in the unit is the number printed (a compared figure has its own
    scale word); a number in brackets restates the figure before only printed to a finer digit
    and inside its interval (a number of the same precision, "7.1 billion euros (6.9)", may be
    the year before's, as some papers print it)."""
    if bare.exponent and stated.value != bare.value:
        return False
    if not restating:
        return True
    finer = stated.last_digit_step() < before.stated.last_digit_step()  # "7 billion (7.036)"
    return finer and interval_of(before.stated).require().contains(stated.value)
