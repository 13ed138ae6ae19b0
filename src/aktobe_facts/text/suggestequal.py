"""Suggested: one figure given twice (``kind = "equal"``). Two levels of one measure printed with
the same value in two sentences of the article, of one period (or with one period named at most),
that no rule ties: a headline's figure and the body's, or a total told again in a later paragraph
where the words name it otherwise.

Only where the words naming the two name one thing (:func:`one_subject`: one's words all the
other's, "exports" and "the country's exports"): one value of two measures ("oil revenue" and
"spending on education", each 2.1 trillion tenge) was offered before and never meant
(docs/corpus.md, the eleventh session).

The rank is the share of such candidates on the open sets that were no relation the hand files
write and the draft misses (docs/corpus.md, the eleventh session).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.suggestfigures import (
    MONTHS,
    Known,
    Suggestion,
    comparable,
    joined,
    measure_words,
    one_subject,
    shown,
)

TWICE = 0.5
"""Rank of one value of one measure in two sentences (on the open sets 2 of 4 were a relation the
hand files write and the draft does not)."""


def _one_thing(a: Known, b: Known) -> bool:
    """Whether the two figures' words name one thing: one's words all the other's
    (:func:`one_subject`), or, where one figure's own words name nothing ("of which about 48% or
    23.2 billion drams"), both sentences name one flow (:attr:`Known.flows`) and their clauses
    name no two months ("$1.21 billion in December" is no "$1.21 billion in November")."""
    if one_subject(a, b):
        return True
    if a.subject and b.subject:
        return False
    if not a.flows & b.flows:
        return False
    months_a, months_b = (_months(k.before) for k in (a, b))
    return not (months_a and months_b and months_a != months_b)


def _months(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", text)) & MONTHS


def suggestions(article: Article, known: Sequence[Known]) -> list[Suggestion]:
    made: list[Suggestion] = []
    for a, b in _same_value(known):
        if a.placed.sentence_index == b.placed.sentence_index or not comparable(a, b):
            continue
        if a.period is not None and b.period is not None and a.period != b.period:
            continue
        if not _one_thing(a, b):
            continue
        relation = DraftRelation("", "equal", {"claims": [a.id, b.id]}, joined(article, a, b))
        why = f"{shown(b)} may be {shown(a)} given again: {measure_words(a)} of one value"
        made.append(Suggestion(relation, why, TWICE))
    return made


def by_value(known: Sequence[Known]) -> list[list[int]]:
    """The places in ``known`` of the figures printed with each value (digits and scale)."""
    found: dict[tuple[object, object], list[int]] = {}
    for index, k in enumerate(known):
        stated = k.placed.figure.phrase.stated
        found.setdefault((stated.digits, stated.exponent), []).append(index)
    return list(found.values())


def _same_value(known: Sequence[Known]) -> list[tuple[Known, Known]]:
    """Every two figures printed with one value (digits and scale) that no drafted relation ties
    already, in the order of the pairs of ``known``: only they can be one figure given twice, so
    the others are never paired (an article's every two figures were, quadratic in its figures),
    and :func:`aktobe_facts.text.suggest.suggested` drops a pair a drafted relation ties (one
    figure told again in each of 1,000 sentences, all tied by one drafted "equal", made 499,500
    pairs, each compared, quoted and dropped: the draft took 8.5 s of CPU, 4.2 s now)."""
    pairs: list[tuple[int, int]] = []
    for same in by_value(known):
        # the ids after each figure, less those it is tied to, as a difference of sets: one
        # figure told again in each sentence, all tied by one drafted "equal", was a loop over
        # every pair of them to make none
        place = {known[i].id: i for i in same}
        later = set(place)
        for i in same:
            later.discard(known[i].id)
            pairs += [(i, place[c]) for c in later.difference(known[i].tied)]
    pairs.sort()
    return [(known[i], known[j]) for i, j in pairs]
