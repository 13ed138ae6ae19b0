"""Suggested: a flow's month or quarter within its span (a sum of one part: the span's figure at
or above the month's). Two levels of one measure whose periods are both named, the one's inside
the other's ("in February" and "in January-February", "in the second quarter" and "in 2031"),
in one paragraph or in sentences next to each other, whose clauses do not name two different
things. A stock (a debt at the end of March) is no part of a year's: the editor keeps the
suggestion only for a flow.

The rank is the share of such candidates on the open sets that were no relation the hand files
write and the draft misses (docs/corpus.md, the eleventh session).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from functools import partial
from operator import ne

from aktobe_facts.reading.periods import Period
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.laterpairs import later
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.suggestfigures import (
    MONTHS,
    Known,
    Suggestion,
    comparable,
    measure_words,
    part_of,
    planned,
    shown,
)
from aktobe_facts.text.suggestguards import rate

WITHIN = 0.9
"""Rank of a month's or quarter's figure within its span's (on the open sets none of 3 was a
relation the hand files write and the draft does not: the draft's rules read most months within
their spans; the rank keeps these last)."""


def suggestions(article: Article, known: Sequence[Known]) -> list[Suggestion]:
    made: list[Suggestion] = []
    for a, b in _near_pairs(known):
        pa, pb = a.span, b.span
        if pa is None or pb is None or pa.key == pb.key or not _near(a, b):
            continue
        if a.subject and b.subject and not a.subject & b.subject:
            continue
        if _inside(pa, pb):
            part, whole = a, b
        elif _inside(pb, pa):
            part, whole = b, a
        else:
            continue
        if not comparable(a, b) or not _smaller(part, whole) or _month_named(whole):
            continue
        if planned(whole) or planned(part) or _two_flows(a, b):
            continue
        if _compared(article, part) or _change(article, part) or _change(article, whole):
            continue
        if rate(article, part) or rate(article, whole) or _other_balance(article, part, whole):
            continue
        relation = part_of(article, whole, part)
        why = (
            f"{shown(part)} of {part.period} may be a part of {shown(whole)} of "
            f"{whole.period}: both {measure_words(whole)}, the one period inside the other"
        )
        made.append(Suggestion(relation, why, WITHIN))
    return made


def _near_pairs(known: Sequence[Known]) -> Iterator[tuple[Known, Known]]:
    """Each two figures :func:`_near` each other (one paragraph, or sentences next to each
    other), both with a period read and the two periods not one (:func:`suggestions` takes no
    other pair), in the order of every pair (the earlier figure first, then the later by place):
    looked up by paragraph, sentence and period, not by going through every pair of a long
    article nor every pair of one period told again and again in a paragraph."""
    keys = {n: k.span.key for n, k in enumerate(known) if k.span is not None}
    by_paragraph: dict[int, dict[tuple[date, date], list[int]]] = {}
    by_sentence: dict[int, list[int]] = {}
    for n, key in keys.items():
        placed = known[n].placed
        by_paragraph.setdefault(placed.paragraph, {}).setdefault(key, []).append(n)
        by_sentence.setdefault(placed.sentence_index, []).append(n)
    for i, own in keys.items():
        a = known[i]
        near = set(later(by_paragraph[a.placed.paragraph], i, partial(ne, own)))
        for s in range(a.placed.sentence_index - 1, a.placed.sentence_index + 2):
            near.update(n for n in by_sentence.get(s, ()) if n > i and keys[n] != own)
        for j in sorted(near):
            yield a, known[j]


def _month_named(whole: Known) -> bool:
    """Whether the words of the span's figure's clause name one month ("in July 28,053", dated
    the year by the draft): then it is a month's figure, and no span holds the other."""
    return bool(set(re.findall(r"[a-z]+(?:-[a-z]+)*", whole.before)) & MONTHS)


_BASE = lazy(r"\b(?:from|against|versus|vs|than|compared\s+(?:to|with))\s*$")
_BRACKET = re.compile(r"\s*\(\s*$")
_CHANGE_AFTER = re.compile(
    r"[^.;()]{0,30}\(\s*[\d.,]+\s*(?:%|percent|per\s+cent)\s+"
    r"(?:more|less|higher|lower|up|down)\b",
    re.IGNORECASE,
)


def _compared(article: Article, k: Known) -> bool:
    """Whether the figure is the base a comparison sets another beside: its clause's words end
    in a word of comparison ("against 10,954 in March last year", "from $4.09 in December"), or
    it stands in brackets right after another figure ("36,756 (26,958 in August 2015)")."""
    if _BASE.search(k.before):
        return True
    start = k.placed.figure.phrase.start
    return any(
        other.sentence_index == k.placed.sentence_index
        and other.figure.phrase.outer_end <= start
        and _BRACKET.fullmatch(article.text, other.figure.phrase.outer_end, start) is not None
        for other in article.figures
    )


_PERCENT_BRACKET = re.compile(r"(?:%|percent|per\s+cent)\s*\(\s*$", re.IGNORECASE)
_CHANGED_BRACKET = re.compile(
    r"\b(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|gained|lost|up|"
    r"down)\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s*\(\s*$",
    re.IGNORECASE,
)
_HIGHER = re.compile(
    r"\s*\)?\s*,?\s*(?:higher|lower|more|less|above|below|up|down)\b", re.IGNORECASE
)


def _change(article: Article, k: Known) -> bool:
    """Whether the words around the figure make it an amount of change ("$83.6 million in
    September (1.5% more)", "23% ($45.7 million) higher", "rose 5% ($0.9 million)")."""
    text, phrase = article.text, k.placed.figure.phrase
    if _CHANGE_AFTER.match(text, phrase.outer_end) is not None:
        return True
    before = text[max(0, phrase.start - 40) : phrase.start]
    if _CHANGED_BRACKET.search(before):
        return True  # "rose 23% ($45.7 million)"
    return bool(_PERCENT_BRACKET.search(before)) and _HIGHER.match(text, phrase.end) is not None


_BALANCE = re.compile(r"\b(?:deficits?|surplus(?:es)?|balances?|gaps?)\b")
QUALIFIERS = frozenset(
    [
        "current",
        "account",
        "trade",
        "goods",
        "merchandise",
        "services",
        "budget",
        "fiscal",
        "primary",
        "capital",
        "financial",
        "overall",
        "external",
        "commodity",
        "cash",
        "structural",
        "income",
        "oil",
        "non-oil",
        "energy",
    ]
)
"""Words naming which balance a figure is ("the goods surplus", "the current account showed a
surplus")."""


def _qualifiers(text: str) -> frozenset[str] | None:
    """The words of :data:`QUALIFIERS` before the last balance ``text`` names, None where it
    names none."""
    found = list(_BALANCE.finditer(text))
    if not found:
        return None
    last = found[-1]
    return frozenset(re.findall(r"[a-z]+(?:-[a-z]+)*", text[: last.start()])) & QUALIFIERS


def balance_words(article: Article, k: Known) -> frozenset[str] | None:
    """Which balance a figure's clause names ("the goods surplus": goods), None where it names
    none; a balance named by no such word ("the surplus came to") is the one named last before
    it in the article that has them."""
    own = _qualifiers(k.before)
    if own is None or own:
        return own
    earlier = article.text[: k.placed.sentence[0]].lower()
    for sentence in reversed(re.split(r"(?<=[.;])\s+", earlier)):
        named = _qualifiers(sentence)
        if named:
            return named
    return own


def _other_balance(article: Article, a: Known, b: Known) -> bool:
    """Whether both figures are balances that their words do not name alike (a goods surplus is
    no part of a current-account surplus)."""
    wa, wb = balance_words(article, a), balance_words(article, b)
    return wa is not None and wb is not None and wa != wb


def _two_flows(a: Known, b: Known) -> bool:
    """Whether the two figures' sentences name two flows and no flow in common (the country's
    exports in 2012 hold no import bill of July 2012)."""
    named_a, named_b = a.flows, b.flows
    return bool(named_a and named_b) and not named_a & named_b


def _smaller(part: Known, whole: Known) -> bool:
    """A part below its whole: "26,958 in August" is no part of "10,149 in 2015" (a year's
    figure of another kind of visitor)."""
    return part.placed.figure.phrase.stated.value < whole.placed.figure.phrase.stated.value


def _inside(inner: Period, outer: Period) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _near(a: Known, b: Known) -> bool:
    pa, pb = a.placed, b.placed
    return pa.paragraph == pb.paragraph or abs(pa.sentence_index - pb.sentence_index) <= 1
