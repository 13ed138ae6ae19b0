"""The growth of the pair the sentence before compares, told by a sentence that opens on a
pronoun, for a draft: "Earnings will reach X this year compared to Y recorded last year. This
would be a P % increase in rupee terms": the growth of X over Y by P.

Drafted only when the words leave one reading. The growth's sentence opens on "this" (also
"that", "it") and a verb of being ("is", "was", "would be", "will be", "represents", "marks"),
its percent right after its article and at most two words ("a sharp 9.5% rise") with a noun of
change after it, or after "an increase of" ("a decline of"), and no other figure. Nothing follows
the noun to the sentence's end but "in nominal terms" or "in <the levels' currency> terms" ("in
rupee terms"): any other words may name another base ("over the 2020 level", "on the year", "year
on year"; with a level after "from", "over" or "on" that is
:mod:`aktobe_facts.text.draftrepresents`' growth), another measure ("in real terms", "in dollar
terms" of rupee levels, "in arrivals", "in the number of rooms") or another rate ("per year"), so
the growth may be no growth of the pair (review25). The sentence before has
exactly two figures, levels of one unit, the first the current value and the second its base,
joined by "compared to" ("compared with", "against", "as against", "versus", "from", "up from",
"down from") with nothing but "the" after it (never "compared to a target of Y"), and nothing after
the base but its time ("recorded last year", "a year earlier"; never "Y in Thailand", "Y
forecast": review25); "from Y to X" and anything else draft nothing. The
percent's direction agrees with its noun ("a 9.5% increase" is a rise, "a 4% decline" a fall).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.reading.numbers import Direction
from aktobe_facts.text.draftarticle import tied
from aktobe_facts.text.draftcounts import past_noun, stated_level
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_percent,
    quote,
    same_unit,
)
from aktobe_facts.text.roletime import names_only_period

_VERB = r"\W*(?:this|that|it)\s+(?:is|was|would\s+be|will\s+be|represents|represented|marks|marked)"
_OPENER = re.compile(_VERB + r"\s+an?\s+(?:[a-z-]+\s+){0,2}?$", re.IGNORECASE)
"""Before "a 9.5 % increase": the pronoun, its verb, the article and at most two words."""
_NOUN_OF = re.compile(
    _VERB
    + r"\s+an?\s+(?P<noun>increase|rise|gain|jump|growth|decrease|decline|drop|fall)\s+of\s+$",
    re.IGNORECASE,
)
"""Before the percent of "This is an increase of 9.5%"."""
_NOUN = re.compile(
    r"\s*(?P<noun>increase|rise|gain|jump|growth|decrease|decline|drop|fall)\b",
    re.IGNORECASE,
)
_FALLS = frozenset(("decrease", "decline", "drop", "fall"))
_COMPARED = re.compile(
    r"[^\d;]*?\b(?:compared\s+(?:to|with)|as\s+against|against|versus|vs\.?|(?:up\s+|down\s+)?from)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"(?:\s+in\s+(?P<word>[a-z]+)\s+terms)?(?:\s*,?\s+(?:while|whereas|but)\s[\s\S]*)?\W*",
    re.IGNORECASE,
)
"""After the noun of change to the sentence's end: at most "in rupee terms", a clause of its own
("while the value would drop in terms of dollars") and the full stop."""
_PERCENT = re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The growths of the article's compared pairs that the sentence after them tells."""
    taken = {i for r in drafted for i in tied(r)}
    found: list[DraftRelation] = []
    for k in range(1, len(sentences)):
        figures = sentences[k].figures
        if len(figures) != 1 or figures[0].id in taken:
            continue
        growth = figures[0]
        pair = _compared(text, sentences[k - 1])
        if pair is None or not _told(text, sentences[k], growth, pair):
            continue
        current, base = pair
        fields: dict[str, str | list[str] | bool] = {
            "growth": growth.id,
            "current": current.id,
            "base": base.id,
        }
        found.append(DraftRelation("", "growth", fields, quote(text, growth)))
    return found


def _told(text: str, sentence: Sentence, growth: Figure, pair: tuple[Figure, Figure]) -> bool:
    """ "This would be a 9.5 % increase": the opener, the percent and its noun, nothing after it
    but the pair's own terms ("in rupee terms")."""
    stated = growth.phrase.stated
    if not is_percent(growth) or stated.is_range or stated.qualifier:
        return False
    number = _PERCENT.search(text, growth.phrase.start, growth.phrase.outer_end)
    if number is None:
        return False
    noun = _NOUN_OF.fullmatch(text, sentence.span[0], number.start())
    if noun is None and _OPENER.fullmatch(text, sentence.span[0], number.start()) is not None:
        noun = _NOUN.match(text, number.end())
    if noun is None or not _own_terms(
        text, max(noun.end(), growth.phrase.outer_end), sentence.span[1], pair
    ):
        return False
    if noun.group("noun").lower() in _FALLS:  # "a decline of 20 percent" reads as minus 20
        return stated.direction in (None, Direction.DOWN)
    return not stated.negative and stated.direction in (None, Direction.UP)


def _compared(text: str, sentence: Sentence) -> tuple[Figure, Figure] | None:
    """The sentence's current value and its base: its only two figures, levels of one unit, the
    base after "compared to" (or the like) right after the current value's words."""
    if len(sentence.figures) != 2:
        return None
    current, base = sentence.figures
    if not (stated_level(current) and stated_level(base) and same_unit(current, base)):
        return None
    if current.phrase.stated.qualifier or base.phrase.stated.qualifier:
        return None
    if _COMPARED.fullmatch(text, current.phrase.outer_end, base.phrase.start) is None:
        return None  # "compared to a target of Y", "compared to the forecast Y": no base
    if not _earlier_time(text[past_noun(text, base) : sentence.span[1]]):
        return None  # "compared to Y in Thailand", "compared to Y forecast": no earlier level
    return current, base


def _earlier_time(words: str) -> bool:
    """The words after the base to the sentence's end name nothing but a period ("recorded last
    year", "a year earlier", "in the same period of 2012"), or are none."""
    return names_only_period(" ".join(re.sub(r"[^\w'’-]+", " ", words).split()))


def _own_terms(text: str, start: int, end: int, pair: tuple[Figure, Figure]) -> bool:
    """Whether the words from ``start`` to the sentence's ``end`` are none, "in nominal terms" or
    "in <a word of both levels' quotes> terms" ("in rupee terms" of "380 billion rupee" and "160
    billion rupees")."""
    tail = _TAIL.fullmatch(text, start, max(start, end))
    if tail is None:
        return False
    word = tail.group("word")
    if word is None or word.lower() == "nominal":
        return True
    stem = word.lower().removesuffix("s")
    return all(stem in quote(text, f).lower() for f in pair)
