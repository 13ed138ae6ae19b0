"""Two levels each set against its own figure of a second pair, "respectively", for a draft
(``kind = "order"``): "fuel excise at A and tobacco excise at B, both below their targets of C
and D, respectively": A < C and B < D; "above" (or "over", "higher than", "exceeding") the other
way.

A, B, C and D are four figures in a row of one sentence, levels of one unit
(:func:`aktobe_facts.text.levels.alike`), none a bound; between A and B only B's label and
"and"; between B and C a comma, "both" or "each" (or neither), the side and a few words naming C
and D ("their targets of", "the budgeted"); between C and D "and"; after D "respectively" (a
comma before it or none). Without "respectively" the words do not pair them (A and B may both be
below the smaller of C and D), and nothing is drafted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from aktobe_facts.reading.numbers import Qualifier
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation, between
from aktobe_facts.text.draftorder import order
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import alike

_LABEL_AND = lazy(
    r"^(?:[a-z][a-z'’-]*\s+){0,4}?,?\s*and(?:\s+[a-z][a-z'’-]*){0,4}?(?:\s+(?:at|of|to))?\s*$"
)
"""Between A and B: A's words, "and", B's label ("and tobacco excise at")."""
_SIDE = lazy(
    r"^(?:\s+[a-z][a-z'’-]*){0,4}?\s*,\s*(?:(?:both|each|all)\s+)?(?:(?:came\s+in|were|was|are|is|"
    r"remained|stayed)\s+)?(?:well\s+|far\s+|slightly\s+|just\s+)?"
    r"(?:(?P<below>below|under|lower\s+than|short\s+of)|(?P<above>above|over|higher\s+than|"
    r"exceeding|ahead\s+of))(?:\s+(?:the|their|its))?(?:\s+[a-z][a-z'’-]*){0,3}?(?:\s+of)?\s*$"
)
"""Between B and C: B's words, a comma, "both", the side and the words naming C and D."""
_AND = re.compile(r"\s*,?\s*and\s*$")
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b")


def _bound(figure: Placed) -> bool:
    return figure.figure.phrase.stated.qualifier in (Qualifier.LOWER, Qualifier.UPPER)


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    return [o for four in _fours(article) for o in _paired(article.text, *four)], []


def _fours(article: Article) -> Iterator[tuple[Placed, Placed, Placed, Placed]]:
    """Every four figures in a row of one sentence."""
    for figures in article.sentences():
        yield from zip(figures, figures[1:], figures[2:], figures[3:], strict=False)


def _paired(text: str, a: Placed, b: Placed, c: Placed, d: Placed) -> list[DraftRelation]:
    """A against C and B against D, where the words pair them; [] where they do not."""
    if not all(alike(a, f) for f in (b, c, d)) or any(_bound(f) for f in (a, b, c, d)):
        return []
    side = _SIDE.match(between(text, b.figure.phrase.outer_end, c.figure.phrase.start))
    label = _LABEL_AND.match(between(text, a.figure.phrase.outer_end, b.figure.phrase.start))
    if side is None or label is None:
        return []
    if not _AND.match(text, c.figure.phrase.outer_end, d.figure.phrase.start):
        return []
    if not _RESPECTIVELY.match(text, d.figure.phrase.outer_end):
        return []
    op = "<" if side.group("below") else ">"
    quote = " ".join(text[a.figure.phrase.start : d.figure.phrase.outer_end].split())
    return [order(a, op, [c], quote), order(b, op, [d], quote)]
