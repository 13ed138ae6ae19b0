"""A headline's figure printed with a decimal comma in an article whose body prints it with a
point: "Adjusted Income Grows 47.1% In Q2 To R$ 2,649 Billion" over a body's "an adjusted net
income of R$ 2.649 billion" (a Brazilian agency's headline in English; held25).

Read as English, "2,649 Billion" is a thousand times the body's figure, and every relation with
it is wrong (a growth to it passes with an impossible base). A headline restates the body's figures;
so a headline figure with one comma and exactly three digits after it, a scale word and a unit,
whose digits with a point are a figure of the body in the same unit and scale ("R$ 2.649
billion") while no figure of the body reads as the comma's thousands ("2,649 billion"), is that
figure: its value is written with the point, with a note. Anything else is left as the grammar
read it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import msgspec

from aktobe_facts.reading.numbers import GrammarError, Stated
from aktobe_facts.text.phraseread import read
from aktobe_facts.text.phrases import Phrase
from aktobe_facts.text.sentences import headline_end

_ONE_COMMA = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{3})(?![\d,.])")
"""One comma and exactly three digits after it, nothing else: "2,649"."""


def headline_decimals(text: str, phrases: Sequence[Phrase]) -> list[Phrase]:
    """The phrases, a headline's figure the body gives with a point read as the body's."""
    end = headline_end(text)
    if end == 0:
        return list(phrases)
    body = [p for p in phrases if p.start >= end]
    return [_as_body(p, body) if p.start < end else p for p in phrases]


def _as_body(phrase: Phrase, body: Sequence[Phrase]) -> Phrase:
    stated = phrase.stated
    comma = _ONE_COMMA.search(phrase.value)
    if comma is None or stated.unit is None or not stated.exponent or stated.high is not None:
        return phrase
    value = phrase.value[: comma.start()] + f"{comma[1]}.{comma[2]}" + phrase.value[comma.end() :]
    try:
        pointed = read(value)
    except GrammarError:
        return phrase
    if not any(_same(pointed, p) for p in body) or any(_same(stated, p) for p in body):
        return phrase
    note = f'printed "{phrase.value}" in the headline: a decimal comma, as the body gives it'
    return msgspec.structs.replace(phrase, value=value, stated=pointed, note=note)


def _same(stated: Stated, other: Phrase) -> bool:
    """The two values are one figure as printed: digits, scale, unit and sign."""
    theirs = other.stated
    return (
        stated.digits == theirs.digits
        and stated.exponent == theirs.exponent
        and stated.unit == theirs.unit
        and stated.negative == theirs.negative
    )
