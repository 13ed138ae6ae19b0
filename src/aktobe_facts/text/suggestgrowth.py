"""Suggested: a growth between two levels (``kind = "growth"``: growth, current, base). A percent
of change, or a bare percent the words do not make a share, and two levels of one measure in one
sentence, in its sentence or the sentence next to it in its paragraph, of two periods (or with one
period named at most): of the pairs in reach, the one whose change the percent describes best is
offered, in that order (for a rise the larger is the current value). No rule drafts it where a
word of the rules' patterns is missing ("improved 10.9 percent to X from Y"). The pair is chosen
by its arithmetic, so a slip in the article larger than the gap to another pair is offered
against that pair: the editor reads the quote.

The rank of each cue is the share of such candidates on the open sets that were no relation the
hand files write and the draft misses (docs/corpus.md, the eleventh session); a growth the draft
already ties in a growth relation gets none (:mod:`aktobe_facts.text.suggest`).
"""

from __future__ import annotations

from collections.abc import Sequence

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.suggestfigures import (
    Known,
    Suggestion,
    comparable,
    joined,
    measure_words,
    shared_words,
    shown,
    where_words,
)

GROWTH_SENTENCE = 0.75
"""Rank of a growth and both levels in one sentence (on the open sets 2 of 8 were a relation the
hand files write and the draft does not: most such growths the rules draft already)."""
NEXT_SENTENCE = 0.67
"""Rank of a growth and two levels of one sentence next to the growth's in one paragraph (4 of
12)."""
BARE_SENTENCE = 0.75
"""Rank of a percent the draft left with no kind (a growth or a share: the words do not say) and
both levels in its sentence (7 of 28); with the levels in the next sentence it is not offered (2
of 31 before one pair was kept a growth)."""


def suggestions(article: Article, known: Sequence[Known]) -> list[Suggestion]:
    """For each percent of change, the one pair of levels most likely its own, in the order that
    makes it a growth from the base to the current value: the one whose change the percent
    describes best, then the one whose periods are named (both, then one), then the nearest.
    Every pair of four levels in reach, as first offered, filled the cap with one growth's
    pairs; the nearest pair alone took "an increase of 18.98 percent over September 2030" in a
    sentence of three levels as August's over September 2030's."""
    made: list[Suggestion] = []
    for g in (k for k in known if _rate(k)):
        pairs = [
            (current, base, rank)
            for i, a in enumerate(known)
            for b in known[i + 1 :]
            if (rank := _rank(g, a, b)) is not None
            and comparable(a, b)
            and _two_periods(a, b)
            and a.placed.figure.phrase.stated.value != b.placed.figure.phrase.stated.value
            for current, base in ((a, b), (b, a))
        ]
        if not pairs:
            continue
        rate = g.placed.figure.phrase.stated.value
        current, base, rank = min(
            pairs, key=lambda p: (_off(rate, p[0], p[1]), _undated(p[0], p[1]), _apart(g, p[0]))
        )
        made.append(_growth(article, g, current, base, rank))
    return made


def _off(rate: Fraction, current: Known, base: Known) -> Fraction:
    """How far the percent is from the change from the base to the current value, in points."""
    now = current.placed.figure.phrase.stated.value
    then = base.placed.figure.phrase.stated.value
    return abs((now - then) * 100 / then - rate) if then else Fraction(10**9)


def _undated(a: Known, b: Known) -> int:
    """How many of the two levels have no period named."""
    return (a.period is None) + (b.period is None)


def _apart(g: Known, a: Known) -> int:
    return abs(a.placed.figure.phrase.start - g.placed.figure.phrase.start)


def _rate(k: Known) -> bool:
    figure = k.placed.figure
    unit = figure.phrase.stated.unit
    if unit is None or unit.kind != "percent" or figure.phrase.stated.is_range:
        return False
    return figure.kind == "growth" or (figure.kind is None and figure.phrase.stated.value != 0)


def _rank(g: Known, a: Known, b: Known) -> float | None:
    pg, pa, pb = g.placed, a.placed, b.placed
    if pa.sentence_index != pb.sentence_index or pa.paragraph != pg.paragraph:
        return None
    if pa.sentence_index == pg.sentence_index:
        return BARE_SENTENCE if pg.figure.kind is None else GROWTH_SENTENCE
    if abs(pa.sentence_index - pg.sentence_index) == 1 and pg.figure.kind == "growth":
        return NEXT_SENTENCE
    return None


def _two_periods(a: Known, b: Known) -> bool:
    return a.period != b.period or a.period is None


def _growth(article: Article, g: Known, current: Known, base: Known, rank: float) -> Suggestion:
    relation = DraftRelation(
        "",
        "growth",
        {"growth": g.id, "current": current.id, "base": base.id},
        joined(article, g, current, base),
    )
    why = (
        f"{shown(g)} may be the growth from {shown(base)} to {shown(current)}: "
        f"two {measure_words(current)}, the growth and levels {where_words(g, current)}"
        f"{shared_words(current, base)}"
    )
    return Suggestion(relation, why, rank)
