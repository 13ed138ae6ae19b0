"""A percent or an amount with a noun of change around it ("a 7 per cent drop", "a 19.5%
year-on-year drop", "a sharp increase of 11.8 per cent"): that change with its direction."""

from __future__ import annotations

import re

from aktobe_facts.reading.changewords import CHANGE_NOUNS
from aktobe_facts.reading.numbers import GrammarError, Stated
from aktobe_facts.text.phraseread import read


def noun_of_change(
    text: str, head: int, stop: int, value: str, stated: Stated
) -> tuple[Stated, int, int, str] | None:
    """ "a 7 per cent drop", "a 7% fall", "an 8 percent rise": a percent between "a" and a noun
    of change is that change with its direction, as the verb of change gives it ("dropped 7 per
    cent"): the reading, where it starts and ends, and its value."""
    unit = stated.unit
    if unit is None or stated.direction is not None:
        return None
    money = unit.is_currency  # "a €33 million fall": an amount, by the nouns of a change alone
    if unit.kind not in ("percent", "points") and not money:
        return None
    article = _ARTICLE_BEFORE.search(text, max(0, head - 4), head)
    noun = _CHANGE_NOUN_AFTER.match(text, stop)
    if article is None or noun is None or (money and noun.group(1).lower() not in _MOVES):
        return None
    changed = f"{article.group(1).lower()} {value} {noun.group(1).lower()}"
    try:
        return read(changed), article.start(1), noun.end(1), changed
    except GrammarError:
        return None


_ARTICLE_BEFORE = re.compile(r"\b(an?)\s+$", re.IGNORECASE)
_CHANGE_NOUN_AFTER = re.compile(
    r"\s+(?:(?:year-on-year|year-over-year|y/y|yoy|annual|yearly|month-on-month|"
    rf"quarter-on-quarter)\s+)?({CHANGE_NOUNS})\b",
    re.IGNORECASE,
)
"""A noun of change right after "a 34-percent", or after the words of the period it is reckoned
over ("a 19.5% year-on-year drop"): its direction is the figure's."""
_MOVES = frozenset(
    ("rise", "increase", "jump", "surge", "climb", "leap", "rebound", "fall", "drop", "decline",
     "decrease", "dip", "slide", "slump", "plunge", "tumble", "reduction")
)  # fmt: skip
"""The nouns of change that make an amount before them a change ("a $2 billion drop"); not those
that name a sum of its own ("a $2 billion loss", "gain", "cut", "boost", "a $1 billion
expansion" of a plant)."""


_TIMED_CHANGE = re.compile(
    r"\b(an?)\s+(?:year-on-year|y/y|yoy|annual|yearly|month-on-month|quarter-on-quarter|sharp|"
    r"slight|steep|strong|modest|marginal|small|significant|substantial|dramatic|robust|moderate|"
    r"considerable|notable)\s+((?:decline|decrease|fall|drop|contraction|rise|increase|gain)\s+of)"
    r"\s+$",
    re.IGNORECASE,
)
"""A change's noun with words of time or of degree between it and "a" ("a year-on-year decline
of", "a sharp increase of"), which the grammar does not take."""


def timed_change(text: str, head: int, stop: int) -> tuple[Stated, int, str] | None:
    """ "a year-on-year decline of 30.6 percent", "a sharp increase of 11.8 per cent": a fall of 30.6
    percent, a rise of 11.8, the value written without the words of time or degree ("a decline of
    30.6 percent"), which the grammar does not take between."""
    m = _TIMED_CHANGE.search(text, max(0, head - 40), head)
    if m is None:
        return None
    noun = m.group(2).lower()
    article = "an" if noun[0] in "aeiou" else "a"  # "a sharp increase of": "an increase of"
    value = f"{article} {noun} {' '.join(text[head:stop].split())}"
    try:
        stated = read(value)
    except GrammarError:
        return None
    return (stated, m.start(), value) if stated.direction is not None else None
