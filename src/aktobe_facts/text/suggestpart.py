"""Suggested: a part at or below its whole (a sum of one part, as an editor writes "five of the
22 projects ... in the capital"). Two levels of one measure (one currency or unit, or counts of
one thing) and one period, in one sentence, or in sentences next to each other in one paragraph
whose words name one thing ("imports" and "imports of cars"): the smaller is offered as a part of
the larger. The words rarely say "of which", so no drafting rule makes it certain.

Only where the part's words are the whole's with a restricting word ("exports" and "exports to
China"), never two things of one flow ("exports to China" and "exports to Italy", "wheat" and
"barley", "gold output" and "copper output"), two flows ("revenue" and "spending", "exports" and
"imports"), a balance or a gap ("the trade deficit", "$127 million more than planned"), a
comparison's two sides ("against a forecast of"), a part naming two things ("exports to Russia and
Belarus") or a whole naming one said before ("these exports"): each was offered before, and
each offer of nonsense costs the editor's time and trust (docs/corpus.md, the eleventh session).

The rank of each cue is the share of such candidates on the open sets that were no relation the
hand files write and the draft misses (docs/corpus.md, the eleventh session): lower is likelier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.suggestfigures import (
    Known,
    Suggestion,
    clause_before,
    comparable,
    measure_words,
    part_of,
    period_words,
    shared_words,
    shares_clause,
    shown,
    where_words,
)

ONE_SENTENCE = 0.51
"""Rank of two figures of one sentence whose words do not name two different things (on the open
sets 63 of 129 were a relation the hand files write and the draft does not, before the guards
of one thing)."""
NEXT_SENTENCE = 0.53
"""Rank of two figures of sentences next to each other in one paragraph whose clauses share a
word ("Exports ... Exports of machinery ...": 7 of 15, before the guards of one thing); other
pairs of sentences are not offered (about one in ten)."""

BALANCE = frozenset(
    ["surplus", "surplu", "deficit", "balance", "gap", "difference", "shortfall", "net"]
)
"""Words of a balance or a gap: a difference of two flows, no part of either."""
COMPARED = frozenset(
    [
        "against",
        "compared",
        "versus",
        "vs",
        "than",
        "forecast",
        "forecasts",
        "expected",
        "expects",
        "expect",
        "planned",
        "plan",
        "target",
        "estimate",
        "estimated",
        "projected",
    ]
)
"""Words of a comparison of two figures (with a plan or forecast, "more than"): a sentence with
one sets its figures side by side, not one within the other."""
JOINED = frozenset(["and", "or", "plus"])
"""Words joining two things in a part's clause ("exports to Russia and Belarus"): a union of
things, which the whole need not contain."""
BEFORE = frozenset(["these", "those", "this", "that", "such", "its", "their", "them", "it"])
"""Words of a whole's clause naming something said before ("the value of these exports"): what
the whole is lies outside its words."""


def suggestions(article: Article, known: Sequence[Known]) -> list[Suggestion]:
    made: list[Suggestion] = []
    for i, a in enumerate(known):
        for b in known[i + 1 :]:
            if a.period != b.period or not comparable(a, b):
                continue
            va, vb = a.placed.figure.phrase.stated.value, b.placed.figure.phrase.stated.value
            if va == vb:
                continue
            whole, part = (a, b) if va > vb else (b, a)
            rank = _rank(whole, part)
            if rank is not None and _one_thing(article, whole, part):
                made.append(_part_of(article, whole, part, rank))
    return made


def _rank(whole: Known, part: Known) -> float | None:
    apart = abs(whole.placed.sentence_index - part.placed.sentence_index)
    if apart == 0:
        return ONE_SENTENCE
    if apart == 1 and whole.placed.paragraph == part.placed.paragraph:
        return NEXT_SENTENCE
    return None


def _one_thing(article: Article, whole: Known, part: Known) -> bool:
    """Whether the part's words are the whole's with a restricting word, and nothing in either's
    words or sentence makes them two things, a balance or a comparison's two sides."""
    if not whole.subject or not whole.subject < part.subject:
        return False
    if shares_clause(article, whole) or shares_clause(article, part):
        return False
    whole_words = _words(clause_before(article, whole))
    part_words = _words(clause_before(article, part))
    if set(whole_words + part_words) & BALANCE or (whole.subject | part.subject) & BALANCE:
        return False
    if set(part_words[1:]) & JOINED or set(whole_words) & BEFORE:
        return False
    return not any(set(_words(_sentence(article, k))) & COMPARED for k in (whole, part))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def _sentence(article: Article, k: Known) -> str:
    start, end = k.placed.sentence
    return article.text[start:end]


def _part_of(article: Article, whole: Known, part: Known, rank: float) -> Suggestion:
    relation = part_of(article, whole, part)
    why = (
        f"{shown(part)} may be a part of {shown(whole)}: both {measure_words(whole)} "
        f"{period_words(whole)}, {where_words(whole, part)}{shared_words(whole, part)}"
    )
    return Suggestion(relation, why, rank)
