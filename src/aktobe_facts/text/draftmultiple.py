"""Multiples the words state between two figures of one sentence, for a draft: "X, almost twice as
much as in 2021 (Y)", "X, three times as much as Y", "X, up 2.4-fold from Y", "grew 3.1 times,
from Y to X". The relation is ``multiple``: X = factor × Y, the factor as the article writes it
("almost twice", read one-sided as the docs say) or the claim that states its digits ("3.1").

Only where the words leave one reading: both figures stated levels of one unit (or counts of one
thing: "12.5 million visitors, more than double the 5 million visitors"), the factor between them
with "as much as" (or "as many", "as high", "as large"), "from", "on", "compared to", or "from Y to
X" after the factor; or a factor right before Y, after X and its period ("X in 2023, more than
double the Y of 2022", "X, nearly triple Y", "X, twice the Y", "X, half the Y"). "N times more than"
and "N times higher than" are left alone: news writes them for both N and N + 1 times; a fold
after a change ("up fourfold from Y") is written as the range of both readings ("4 to 5 times").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise

from aktobe_facts.relations.multiple import FactorError, read_factor
from aktobe_facts.text.changedranges import MULTIPLE_ENDINGS, MULTIPLE_STEMS
from aktobe_facts.text.draftfigures import (
    Drafted,
    DraftRelation,
    Figure,
    Sentence,
    between,
    is_measure,
    quote,
    same_measure,
    words_between,
)

_NUMBER = r"(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten)"
_FACTOR = (
    r"(?P<factor>(?:(?:almost|nearly|about|around|roughly|some|just\s+over|just\s+under)\s+)?"
    rf"(?:twice|{_NUMBER}(?:\s+times|\s*-?\s*folds?\b)))"
)
_TIME = r"(?:(?:in|for|during|over|of)\s+(?:the\s+)?)?§"
_AS_MUCH = re.compile(
    rf"^,?\s*(?:which\s+is\s+|or\s+)?{_FACTOR}\s+as\s+(?:much|many|high|large|big)\s+as"
    rf"(?:\s+{_TIME})?(?:\s*\(|(?:\s+[a-z][\w'’-]*){{1,3}}\s*\()?$"
)
"""Between X and Y: ", almost twice as much as in § (", ", three times as much as", ", three
times as much as imports (" (a thing of its own named, its figure in parentheses)."""
_UP_FROM = re.compile(
    rf"^,?\s*(?:(?:up|rising|growing|an?)\s+)?{_FACTOR}(?:\s+(?:increase|rise|growth|jump))?\s+"
    rf"(?:from|on|over|compared\s+(?:to|with)|against|versus)(?:\s+{_TIME})?\s*\(?$"
)
"""Between X and Y: ", up 2.4-fold from", ", a 2.4-fold increase on § ("."""
_THE = re.compile(
    rf"^\s*(?:of(?:\s+[a-z][\w'’-]*){{1,3}}\s*)?(?:{_TIME}\s*)?,?\s*(?:which\s+is\s+|or\s+)?"
    r"(?P<factor>(?:(?:more\s+than|almost|nearly|about|around|roughly|some|just\s+over|"
    r"just\s+under)\s+)?(?:double|triple|quadruple|twice|half|"
    rf"{_NUMBER}\s+times|(?:a|one)\s+(?:third|quarter|fifth)|two\s+thirds|three\s+quarters))"
    r"(?:\s+as\s+(?:much|many|high|large|big)\s+as|\s+of)?(?:\s+(?:the|its|their))?$"
)
"""Between X and Y (after X's own "of <noun>" and period): ", more than double the", ", nearly
triple the", " in §, twice as much as the", " of exports in §, about a third of the"."""
_FROM_TO = re.compile(
    rf"(?:increased|grew|rose|jumped|surged|soared|expanded)\s+(?:by\s+)?{_FACTOR},?\s+from\s*$"
)
"""Before Y in "grew 3.1 times, from Y to X"."""
_TO = re.compile(rf"^(?:{_TIME}\s*)?,?\s*to\s*$")
_TIMES_VERB = (
    r"(?P<factor>(?:(?:more\s+than|almost|nearly|roughly|about)\s+)?"
    rf"(?P<verb>{MULTIPLE_STEMS})){MULTIPLE_ENDINGS}"
)
"""A verb that says the factor: "halve", "doubled", "nearly tripling" ("more than doubled")."""
_VERB_FROM = re.compile(rf"\b{_TIMES_VERB}\s+from\s*$")
"""Before Y in "saw exports halve from Y to X"."""
_VERB_TO = re.compile(
    rf"^(?:{_TIME}\s*)?(?:,\s*(?:and\s+)?|\s*and\s+)(?:(?:will|would|should|could|may|"
    r"(?:is|are)\s+(?:set|expected|projected|forecast)\s+to)\s+)?"
    rf"{_TIMES_VERB}\s+to\s*$"
)
"""Between Y and X in "a deficit of Y in §, halving to X", "Y in § and will halve to X"."""
_VERB_FACTOR = {"halv": "half", "doubl": "double", "tripl": "triple", "quadrupl": "quadruple"}


def relations(text: str, sentences: Sequence[Sentence]) -> Drafted:
    found: list[DraftRelation] = []
    for sentence in sentences:
        levels = [f for f in sentence.figures if _level(f)]
        for x, y in pairwise(levels):
            if not same_measure(x, y):
                continue
            gap = words_between(text, sentence, x, y)
            m = _AS_MUCH.match(gap) or _UP_FROM.match(gap) or _THE.match(gap)
            head = between(text, sentence.span[0], x.phrase.start, sentence.periods)
            before = _FROM_TO.search(head)
            verb = _VERB_FROM.search(head) if _TO.match(gap) else _VERB_TO.match(gap)
            if verb is not None:  # "halve from Y to X", "Y, halving to X"
                factor = _verb_factor(verb)
                made = _multiple(text, sentence, (y, x), factor, (sentence.span[0], x))
            elif m is not None:
                factor = m.group("factor")
                if m.re is _UP_FROM:
                    factor = _either(factor)
                made = _multiple(text, sentence, (x, y), factor, (x.phrase.end, y))
            elif before is not None and _TO.match(gap):
                made = _multiple(
                    text,
                    sentence,
                    (y, x),
                    _either(before.group("factor")),
                    (sentence.span[0], x),
                )
            else:
                continue
            if made is not None:
                found.append(made)
    return found, []


def _verb_factor(verb: re.Match[str]) -> str:
    """The factor a verb says, as a factor in words ("nearly halved": "nearly half")."""
    said = " ".join(verb.group("factor").split())
    return said[: -len(verb.group("verb"))] + _VERB_FACTOR[verb.group("verb").lower()]


_FOLD = re.compile(r"(\d+(?:\.\d+)?|[a-z]+)\s*-?\s*folds?", re.IGNORECASE)


def _either(factor: str) -> str:
    """A fold after a change ("up fourfold from", "increased by 2.4-fold, from") is N times the
    base to most writers and N + 1 times to some: written as the range of both readings ("4 to 5
    times", "2.4 to 3.4 times"), which fails only what both fail. A fold with a qualifier
    ("almost fourfold") or words of its own is left as written."""
    m = _FOLD.fullmatch(" ".join(factor.split()))
    if m is None:
        return factor
    try:
        printed = read_factor(factor).printed
    except FactorError:
        return factor
    if printed is None:
        return factor
    low = Decimal(m.group(1)) if m.group(1)[0].isdigit() else Decimal(int(printed))
    return f"{low} to {low + 1} times"


def _level(figure: Figure) -> bool:
    stated = figure.phrase.stated
    return is_measure(figure) and stated.direction is None and not stated.negative


def _multiple(
    text: str,
    sentence: Sentence,
    pair: tuple[Figure, Figure],
    factor: str,
    within: tuple[int, Figure],
) -> DraftRelation | None:
    """value = factor × of for ``pair`` (value, of); the factor's claim is looked for from the
    offset to the figure of ``within``."""
    written = " ".join(factor.split())
    try:
        read_factor(written)
    except FactorError:
        return None  # a factor the claims file cannot read: left to the editor
    value, of = pair
    fields = {
        "value": value.id,
        "of": of.id,
        "factor": _factor(sentence, within, written),
    }
    first, last = sorted(pair, key=lambda f: f.phrase.start)
    return DraftRelation("", "multiple", fields, quote(text, first, last))


def _factor(sentence: Sentence, within: tuple[int, Figure], written: str) -> str:
    """The claim that states the factor's digits when the draft made one ("3.1" of "3.1 times"),
    else the factor as written ("almost twice", "2.4-fold")."""
    number = written.split()[-2] if written.endswith(" times") else ""
    start, stop = within[0], within[1].phrase.start
    inside = [
        f
        for f in sentence.figures
        if f.phrase.stated.unit is None
        and start <= f.phrase.start < stop
        and f.phrase.value == number
    ]
    digits = number[:1].isdigit() and written == f"{number} times"
    return inside[-1].id if inside and digits else written  # "three times": in words, approximate
