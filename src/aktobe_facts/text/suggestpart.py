"""Suggested: a part at or below its whole (a sum of one part, as an editor writes "five of the
22 projects ... in the capital"). Two levels of one measure (one currency or unit, or counts of
one thing) and one period, in one sentence, or in sentences next to each other in one paragraph
whose words name one thing ("imports" and "imports of cars"): the smaller is offered as a part of
the larger. The words rarely say "of which", so no drafting rule makes it certain.

The rank of each cue is the share of such candidates on the open sets that were no relation the
hand files write and the draft misses (docs/corpus.md, the eleventh session): lower is likelier.
"""

from __future__ import annotations

from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.suggestfigures import (
    Known,
    Suggestion,
    comparable,
    joined,
    measure_words,
    period_words,
    shared_words,
    shown,
    where_words,
)

ONE_SENTENCE = 0.51
"""Rank of two figures of one sentence whose words do not name two different things (on the open
sets 63 of 129 were a relation the hand files write and the draft does not)."""
ONE_SENTENCE_OTHER_WORDS = 0.69
"""Rank of two figures of one sentence whose clauses name different things ("revenue" and
"spending"): more often a pair the editor compares some other way (11 of 35)."""
NEXT_SENTENCE = 0.53
"""Rank of two figures of sentences next to each other in one paragraph whose clauses share a
word ("Exports ... Exports of machinery ...": 7 of 15); other pairs of sentences are not offered
(about one in ten)."""


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
            if rank is not None:
                made.append(_part_of(article, whole, part, rank))
    return made


def _rank(whole: Known, part: Known) -> float | None:
    apart = abs(whole.placed.sentence_index - part.placed.sentence_index)
    shared = bool(whole.subject & part.subject)
    if apart == 0:
        other = bool(whole.subject and part.subject) and not shared
        return ONE_SENTENCE_OTHER_WORDS if other else ONE_SENTENCE
    if apart == 1 and whole.placed.paragraph == part.placed.paragraph and shared:
        return NEXT_SENTENCE
    return None


def _part_of(article: Article, whole: Known, part: Known, rank: float) -> Suggestion:
    relation = DraftRelation(
        "", "sum", {"total": whole.id, "parts": [part.id]}, joined(article, whole, part)
    )
    why = (
        f"{shown(part)} may be a part of {shown(whole)}: both {measure_words(whole)} "
        f"{period_words(whole)}, {where_words(whole, part)}{shared_words(whole, part)}"
    )
    return Suggestion(relation, why, rank)
