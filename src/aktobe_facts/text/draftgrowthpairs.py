"""Two growths and the two levels they reached, listed in one order, for a draft: "their profits
dipped by 18.9% and 18.51% to Rs 815 million and Rs 927.6 million respectively", "arrivals dropped
by 0.1 percent in February and 2.5 percent in March to 197,517 and 188,076 compared with 197,697
and 192,841": the first percent is the growth of the first level (over the first base), the
second of the second.

Drafted only when the words leave one reading: the first percent carries its verb of change ("dipped
by 18.9%") and the second none of its own, its sign the first one's (the draft signs it so,
:mod:`aktobe_facts.text.draftsigns`); between them only "and" and the words of a period; then
"to", the two levels of one measure joined by "and"; after them the sentence's end, its clause's
or "respectively", or the two bases of that measure after "compared with", "from" or "against",
joined by "and"; no other figure in the sentence after them. Such a list is never read as one
growth's current value (:func:`paired` tells :mod:`aktobe_facts.text.draftgrowth` to leave it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aktobe_facts.text.draftfigures import (
    Drafted,
    DraftRelation,
    Figure,
    Sentence,
    between,
    is_measure,
    is_percent,
    quote,
    same_measure,
    words_after,
)
from aktobe_facts.text.roletime import MONTH

_WHEN = (
    rf"(?:(?:in|for|during)\s+(?:the\s+)?(?:§|{MONTH})(?:\s+(?:this|last)\s+year)?|"
    r"(?:this|last)\s+year|year-on-year|y/y|yoy)"
)
_AND = re.compile(rf"^(?:{_WHEN}\s+)?and$")
_REACHED = r"(?:respectively,?\s+)?to(?:\s+reach)?"
"""Before the levels: "to", "to reach", "respectively to" ("rose 2 percent and 3.6 percent
respectively to $1.27 trillion and $1.71 trillion")."""
_TO = re.compile(rf"^(?:{_WHEN}\s+)?{_REACHED}$")
_WHEN_WORD = (
    rf"(?:in|for|during|over|of|on|the|a|this|last|past|same|previous|first|second|third|"
    rf"fourth|full|whole|half|halves|quarter|quarters|year|years|month|months|period|week|weeks|"
    rf"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{{1,4}}|§|{MONTH}|"
    rf"year-on-year|y/y|yoy|month-on-month|m/m)"
)
_ANY_WHEN = rf"(?:{_WHEN_WORD}\s+)*"
_ANY_AND = re.compile(rf"^{_ANY_WHEN}and$")
_ANY_TO = re.compile(rf"^(?:(?:{_WHEN_WORD}|and)(?:\s*,)?\s+)*{_REACHED}$")
"""The gaps of a list whose items name any period ("in March and 5 percent in the first quarter
to", "year on year in June and July, to": the periods listed too): never read as one growth's
current value, though drafted only with the periods of :data:`_WHEN`."""
_BOTH = re.compile(r"^and$")
_BASES = re.compile(r"^(?:compared(?:\s+(?:to|with))?|from|against|versus)$")
_SPAN = r"(?:year|half|quarter|month|months|period|season)"
_EARLIER = (
    r"(?:(?:a|one|the)\s+(?:year|month|quarter)\s+(?:earlier|before|ago)|last\s+year|"
    rf"(?:(?:in|for|during|of)\s+)?(?:the\s+)?(?:(?:same|previous|prior|preceding|"
    rf"year-earlier)\s+{_SPAN}(?:\s+(?:of\s+)?(?:§|last\s+year))?|§))"
)
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MONTHS = (
    rf"(?:(?:first|second|third|fourth|last|past)\s+(?:half|quarter|{_COUNT}\s+months)|"
    rf"{_COUNT}\s+months)(?:\s+(?:ended|ending|to|through)\s+(?:§|(?:{MONTH})(?:\s+\d{{1,2}})?))?"
)
_COMPARED = (
    r"(?:the\s+)?(?:same|corresponding)\s+(?:year|half|quarter|month|months|period)"
    r"(?:\s+(?:a\s+year\s+(?:earlier|ago|before)|(?:of\s+)?(?:§|last\s+year)))?|"
    r"a\s+year\s+(?:earlier|ago|before)|§"
)
_TAIL = re.compile(
    rf"^(?:,?\s*respectively)?,?\s*(?:(?:in|for|during|over)\s+(?:the\s+)?(?:§|{_MONTHS})\s*)?"
    rf"(?:(?:from|on|over|compared\s+(?:to|with))\s+(?:{_COMPARED})\s*)?(?:,?\s*respectively)?"
    r"\s*(?P<end>[.;]|,\s+(?P<ing>[a-z]+ing\b)?|$)"
)
"""After the two levels: "respectively", their period and the period compared with ("in the six
months ended June 30 from the same period a year earlier"), then the sentence's end or its
clause's; never words of another basis ("in real terms"). Later figures only in a clause on a
participle, what the two flows made (", generating a trade surplus of $435 billion"); a clause of
its own subject with a figure (", while imports reached $500 million") leaves the list to the
editor, as it did before."""
_SAID = r"(?:according\s+to|(?:[a-z]+\s+){1,4}(?:said|says|reported|reports|showed|shows))\b"
_BASES_END = re.compile(
    rf"^,?\s*(?:respectively\s*)?(?:{_EARLIER}\s*)*(?:respectively\s*)?(?:[.;]|,\s*{_SAID}|$)"
)
"""After the two bases: the sentence's or clause's end (or ", the office said"), or only the words
of their period ("a year earlier", "in 2022", "in the same period of 2022"); never "expected by
analysts", "in the budget plan", ", the forecast": a forecast or a plan is no base of a growth."""


class _Pair:
    """The two growths, their levels and, where given, their bases, in the list's order."""

    def __init__(self, growths: list[Figure], levels: list[Figure], bases: list[Figure]) -> None:
        self.growths, self.levels, self.bases = growths, levels, bases


def relations(text: str, sentences: Sequence[Sentence]) -> Drafted:
    """The growth of each level of a listed pair."""
    found: list[DraftRelation] = []
    for sentence in sentences:
        for pair in _pairs(text, sentence):
            for k, growth in enumerate(pair.growths):
                level = pair.levels[k]
                fields: dict[str, str | list[str]] = {"growth": growth.id, "current": level.id}
                if pair.bases:
                    fields["base"] = pair.bases[k].id
                found.append(DraftRelation("", "growth", fields, quote(text, growth, level)))
    return found, []


def paired(text: str, sentence: Sentence) -> set[str]:
    """The ids of the percents of the sentence listed before a list of two levels ("by P and Q
    to X and Y"), drafted here or not at all: never Q as the growth of X. Two growths joined by
    "and" alone, the second with no word of its own ("fell by 4 and 6 percent, to X from Y"), are
    a list too: two things' changes, or two measures' of one, never both X's, and which of them
    is X's the words leave open."""
    found = _listed(text, sentence, _ANY_AND, _ANY_TO)
    ids = {f.id for i in found for f in sentence.figures[i : i + 2]}
    for first, second in pairwise(sentence.figures):
        if _growths(first, second) and _BOTH.match(_gap(text, sentence, first, second)):
            ids |= {first.id, second.id}
    return ids


def _listed(
    text: str, sentence: Sentence, and_: re.Pattern[str] = _AND, to: re.Pattern[str] = _TO
) -> list[int]:
    """Where "P and Q to X and Y" starts: two percents, the second with no word of its own, only
    "and" and periods between them, "to", two levels joined by "and" (of one measure or not)."""
    figures = sentence.figures
    found: list[int] = []
    for i in range(len(figures) - 3):
        first, second, one, two = figures[i : i + 4]
        levels = all(is_measure(f) and not is_percent(f) for f in (one, two))
        if not (_growths(first, second) and levels):
            continue
        if not and_.match(_gap(text, sentence, first, second)):
            continue
        if to.match(_gap(text, sentence, second, one)) and _BOTH.match(
            _gap(text, sentence, one, two)
        ):
            found.append(i)
    return found


def _pairs(text: str, sentence: Sentence) -> list[_Pair]:
    """The listed pairs whose signs agree and whose sentence ends after the levels, or after
    their two bases."""
    figures = list(sentence.figures)
    found: list[_Pair] = []
    for i in _listed(text, sentence):
        first, second, one, two = figures[i : i + 4]
        if not same_measure(one, two):
            continue  # "to $310 million and 220,000 tonnes": left to the editor
        if first.phrase.stated.negative != second.phrase.stated.negative:
            continue  # "fell 5 percent and 3 percent": the second's sign is the editor's
        rest = figures[i + 4 :]
        bases: list[Figure] = []
        if len(rest) == 2 and _BASES.match(_gap(text, sentence, two, rest[0])):
            if not (_BOTH.match(_gap(text, sentence, *rest)) and _levels(*rest)):
                continue
            if not same_measure(one, rest[0]):
                continue
            if not _BASES_END.match(words_after(text, sentence, rest[1])):
                continue  # "compared with A and B expected by analysts": a forecast, no base
            bases = rest
        elif not _ends(words_after(text, sentence, two), bool(rest)):
            continue
        found.append(_Pair([first, second], [one, two], bases))
    return found


def _ends(words: str, figures_after: bool) -> bool:
    """The words after the levels end their clause (:data:`_TAIL`), a later figure only in a
    clause on a participle."""
    tail = _TAIL.match(words)
    return tail is not None and (not figures_after or tail.group("ing") is not None)


def _growths(first: Figure, second: Figure) -> bool:
    """The first percent carries its verb, the second no word of its own."""
    a, b = first.phrase.stated, second.phrase.stated
    return (
        is_percent(first)
        and is_percent(second)
        and first.kind == "growth"
        and second.kind in (None, "growth")
        and a.direction is not None
        and b.qualifier is None
        and not re.match(r"[A-Za-z]", b.text)
    )


def _levels(one: Figure, two: Figure) -> bool:
    return is_measure(one) and is_measure(two) and not is_percent(one) and same_measure(one, two)


def _gap(text: str, sentence: Sentence, a: Figure, b: Figure) -> str:
    """The words between two figures, a count's own noun after the first left out ("12.5 million
    visitors and")."""
    return _past_noun(a, between(text, a.phrase.outer_end, b.phrase.start, sentence.periods))


def _past_noun(figure: Figure, words: str) -> str:
    words = words.strip(" ,")
    noun = (figure.noun or "").lower()
    if noun and words.split(" ", 1)[0] == noun:
        words = words[len(noun) :]
    return words.strip(" ,")
