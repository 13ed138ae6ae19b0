"""Growths "in volume" and "in value" of the figures before, for a draft: "Vietnam shipped X
tonnes of rice and earned Y from it. Against the same months of last year that is an increase of
P in volume and Q in value": P is the growth of X, Q of Y.

Drafted only when the words leave one reading: the growth's sentence opens on "that is" (also
"this was", "it represents", after words of time) with no amount before its percents; the first
percent is a rise by its words ("an increase of P", "up P") followed by "in volume" (or "in
value"), then "and", the second percent with no word of its own and the other of the two; the
sentence before has exactly one amount of money (the value) and one of mass or volume (tonnes,
barrels, cubic metres: the volume). A fall leaves the second percent's sign open: nothing is
drafted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aktobe_facts.reading.numbers import Direction
from aktobe_facts.text.draftarticle import tied
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_amount,
    is_percent,
    quote,
)

_THAT = re.compile(
    r"(?:^|[\s,])(?:that|this|it)\s+(?:is|was|represents|represented|marks|marked|means|meant)\s+$",
    re.IGNORECASE,
)
_IN = r"\s+(?:in|by)\s+(?:terms\s+of\s+)?(?P<{name}>volume|value|quantity|money\s+terms)\b"
_FIRST = re.compile(_IN.format(name="first") + r"\s+and\s+(?:by\s+)?$", re.IGNORECASE)
_SECOND = re.compile(_IN.format(name="second"), re.IGNORECASE)
_PHYSICAL = frozenset({"mass", "volume"})


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The growths in volume and value of the article's sentences that state them."""
    used = {v for r in drafted for v in tied(r)}
    found: list[DraftRelation] = []
    for k in range(1, len(sentences)):
        figures = sentences[k].figures
        for first, second in pairwise(figures):
            if first.id in used or second.id in used or not (_rise(first) and _plain(second)):
                continue
            head = text[sentences[k].span[0] : first.phrase.start]
            gap = _FIRST.fullmatch(text, first.phrase.outer_end, second.phrase.start)
            tail = _SECOND.match(text, second.phrase.outer_end)
            if any(is_amount(f) for f in figures if f.phrase.start < first.phrase.start):
                continue
            if gap is None or tail is None or not _THAT.search(head):
                continue
            kinds = (_kind(gap.group("first")), _kind(tail.group("second")))
            currents = _volume_and_value(sentences[k - 1])
            if currents is None or kinds[0] == kinds[1]:
                continue
            if _two_things(text, currents["volume"], currents["value"]):
                continue  # "4.1 million tonnes of rice ... $2.2 billion from coffee"
            for percent, kind in zip((first, second), kinds, strict=True):
                current = currents[kind]
                fields: dict[str, str | list[str] | bool] = {
                    "growth": percent.id,
                    "current": current.id,
                }
                found.append(DraftRelation("", "growth", fields, quote(text, percent)))
    return found


_THING = re.compile(r"\s*(?:of|from|for|on)\s+(?:the\s+)?([a-z][\w-]*)", re.IGNORECASE)
_PRONOUNS = frozenset(["it", "them", "this", "these", "that", "those", "its", "their", "which"])


def _thing(text: str, figure: Figure) -> str | None:
    """The thing the words right after a figure name ("tonnes of rice", "$2.2 billion from
    coffee"), None where they name none or a pronoun ("from it")."""
    m = _THING.match(text, figure.phrase.outer_end)
    word = m.group(1).lower() if m is not None else None
    return None if word is None or word in _PRONOUNS else word


def _two_things(text: str, volume: Figure, value: Figure) -> bool:
    """The volume and the value name two things ("4.1 million tonnes of rice ... earned $2.2
    billion from coffee"): a growth in volume and one in value are of one thing's sales."""
    one, two = _thing(text, volume), _thing(text, value)
    return one is not None and two is not None and one != two


def _kind(word: str) -> str:
    return "value" if word.lower() in ("value", "money terms") else "volume"


def _volume_and_value(sentence: Sentence) -> dict[str, Figure] | None:
    amounts = [f for f in sentence.figures if is_amount(f)]
    money = [f for f in amounts if f.phrase.stated.unit and f.phrase.stated.unit.kind == "currency"]
    physical = [
        f for f in amounts if f.phrase.stated.unit and f.phrase.stated.unit.kind in _PHYSICAL
    ]
    if len(money) != 1 or len(physical) != 1 or len(amounts) != 2:
        return None
    return {"value": money[0], "volume": physical[0]}


def _rise(figure: Figure) -> bool:
    stated = figure.phrase.stated
    return is_percent(figure) and stated.direction == Direction.UP and not stated.negative


def _plain(figure: Figure) -> bool:
    stated = figure.phrase.stated
    plain = stated.direction is None and stated.qualifier is None and not stated.negative
    return is_percent(figure) and plain
