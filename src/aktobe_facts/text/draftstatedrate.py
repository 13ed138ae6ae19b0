"""The exchange rate an article states for its conversions, for a draft (``kind = "equation"``):
"($1 = 145.5000 Kenyan shillings)", "(1 euro = 4.27 zlotys)".

An amount of exactly one unit of a currency, "=", and an amount of another currency: the rate the
article's conversions between those two currencies were made at. A lone conversion in those
currencies (a figure of one given with a counterpart in the other) is drafted as an equation of
the two at that rate ('earnings = earnings@USD * rate / "$1"'): it is then tested against the rate
the article printed, where the conversions check has nothing to compare it with. Several are left
to the conversions check, which tests them against each other: one slip would be reported twice.

Where the rate stands alone in its sentence or in parentheses of its own at the end of its line
(a news agency's footer, "($1 = 145.5000 Kenyan shillings)") it is the rate of every conversion of
the article; inside a sentence, only of its sentence's conversions. The left side must be one unit exactly, as
printed ("$1", "1 euro"), so the equation divides by an exact figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.text.draftfigures import DraftRelation, Figure, Sentence, quote
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import level

_EQUALS = re.compile(r"\s*=\s*")
ONE = Fraction(1)


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """An equation at the stated rate for each conversion the rate is of."""
    found: list[DraftRelation] = []
    for k, sentence in enumerate(sentences):
        for one, rate in _rates(text, sentence):
            footer = _alone(text, sentence, one, rate) or _note(text, one, rate)
            if not footer and not _of_conversions(text, sentence, one):
                continue  # "At the start of 2029, $1 = 120 shillings", "the budget assumed $1 = 160"
            scope = sentences if footer else [sentences[k]]
            made = [
                equation
                for other in scope
                for figure in other.figures
                if (equation := _equation(text, figure, one, rate)) is not None
            ]
            if len(made) == 1:  # several: the conversions check tests them against each other
                found += made
    return found


def _rates(text: str, sentence: Sentence) -> list[tuple[Figure, Figure]]:
    """The sentence's "one unit = rate" pairs of two currencies."""
    pairs: list[tuple[Figure, Figure]] = []
    figures = sentence.figures
    for a, b in pairwise(figures):
        if not (_currency(a) and _currency(b)) or _key(a) == _key(b):
            continue
        if a.phrase.stated.value != ONE or a.phrase.counterparts or b.phrase.counterparts:
            continue
        if not (level(a.phrase) and level(b.phrase)) or a.phrase.stated.digits is None:
            continue
        if _EQUALS.fullmatch(text, a.phrase.outer_end, b.phrase.start):
            pairs.append((a, b))
    return pairs


def _equation(text: str, figure: Figure, one: Figure, rate: Figure) -> DraftRelation | None:
    """The figure and its counterpart at the rate, where they are in the rate's two currencies."""
    if figure is one or figure is rate or not _currency(figure) or not level(figure.phrase):
        return None
    keys = {_counterpart_key(c, rate) for c in figure.phrase.counterparts}
    unit = "1" if one.phrase.value.strip() == "1" else one.phrase.value
    literal = f'"{unit}"'
    if _key(figure) == _key(rate) and _key(one) in keys:
        expr = f"{figure.id} = {figure.id}@{_key(one)} * {rate.id} / {literal}"
    elif _key(figure) == _key(one) and _key(rate) in keys:
        expr = f"{figure.id}@{_key(rate)} = {figure.id} * {rate.id} / {literal}"
    else:
        return None
    return DraftRelation("", "equation", {"expr": expr}, quote(text, one, rate))


def _currency(figure: Figure) -> bool:
    unit = figure.phrase.stated.unit
    return unit is not None and unit.is_currency


def _key(figure: Figure) -> str:
    unit = figure.phrase.stated.unit
    return "" if unit is None else unit.key


def _counterpart_key(counterpart: str, rate: Figure) -> str | None:
    """The counterpart's currency; a name shared by several currencies ("shillings") is the
    rate's currency when the rate is written with it ("145.5000 Kenyan shillings")."""
    try:
        unit = parse(counterpart).unit
    except GrammarError:
        unit = None
    if unit is not None and unit.is_currency:
        return unit.key
    last = counterpart.split()[-1].lower() if counterpart.split() else ""
    return _key(rate) if last and rate.phrase.value.lower().endswith(" " + last) else None


_OPEN = re.compile(r"\(\s*$")
_CLOSE = re.compile(r"\s*\)[ \t]*(?:\n|$)")


def _note(text: str, one: Figure, rate: Figure) -> bool:
    """The rate stands in parentheses of its own at the end of its line ("... ($42.24 billion).
    ($1 = 36.9290 hryvnias)"): a note on the whole article."""
    opened = _OPEN.search(text, max(0, one.phrase.start - 3), one.phrase.start)
    return opened is not None and _CLOSE.match(text, rate.phrase.outer_end) is not None


_CREDITS = re.compile(
    r"[\s().;:]*(?:(?:(?:additional\s+)?reporting|editing|writing|compiled)\s+by\b[^\n]*)?(?:\n|$)",
    re.IGNORECASE,
)
"""After a rate that is a note, to its line's end: nothing, or an agency's credits ("Reporting by
...; Editing by ...")."""


def _alone(text: str, sentence: Sentence, one: Figure, rate: Figure) -> bool:
    """The rate is all its sentence says ("$1 = 145.5 shillings.") or opens a line of credits
    ("$1 = 161.65 naira Reporting by ..."): a note on the article."""
    start = max(sentence.span[0], text.rfind("\n", 0, one.phrase.start) + 1)
    if len(sentence.figures) != 2 or not re.fullmatch(
        r"[\s().;:]*", text[start : one.phrase.start]
    ):
        return False
    return _CREDITS.match(text, rate.phrase.outer_end) is not None


_AT = re.compile(
    r"(?:\(|\bat|\busing|\b(?:exchange\s+)?rate\s+of|\bconverted\s+at)\s*(?:an?\s+)?$", re.I
)
"""Right before a rate inside a sentence: the conversion's ("at 1 euro = 4.27 zlotys", "(")."""
_OTHER_RATE = lazy(
    r"\b(?:assum\w*|budget\w*|plan\w*|forecast\w*|expect\w*|project\w*|target\w*|earlier|ago|"
    r"previous|last|since|start|beginning|end|official|market|black)\b",
    re.IGNORECASE,
)
"""Words of a rate that is not the conversions': a plan's, a forecast's, another date's, one of
several rates."""


def _of_conversions(text: str, sentence: Sentence, one: Figure) -> bool:
    """A rate inside a sentence is its conversions' where the words right before it say so ("at
    1 euro = 4.27 zlotys") and its clause names no plan, forecast, other date or kind of rate
    ("though the budget had assumed $1 = 160 shillings")."""
    clause = max(text.rfind(",", sentence.span[0], one.phrase.start), sentence.span[0])
    before = text[clause : one.phrase.start]
    return _AT.search(before) is not None and _OTHER_RATE.search(before) is None
