"""A total whose own words name its two parts, and the parts told after it, for a draft (``kind =
"sum"``, exhaustive): "The islands welcomed 1,314,875 total visitors, stayover arrivals and cruise
passengers together, from January to June. ... Stayover visitation grew by 15.9% to a total of
252,928 guests. Cruise passenger arrivals totalled 1,061,947 passengers."

The words right after the total ("A and B together", "A and B combined", between commas) say that
the total is those two and nothing else; each part is the one figure after it (at most three
sentences on, in its paragraph or the next) of the total's measure whose clause names the first
word of one of the two and not the other's ("Stayover visitation", "Cruise passenger arrivals").
Every figure is a level, no comparison's earlier figure (the complement rule's candidates,
:func:`aktobe_facts.text.draftcomplement.candidate`), and their contexts name one period. Two
figures naming one side, or none, leave it to the editor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text import draftcomplement
from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftcounts import count_level
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftorigin import ORIGIN
from aktobe_facts.text.draftparts import sum_relation
from aktobe_facts.text.levels import alike, level
from aktobe_facts.text.periodcontext import clash, context_of, one_context
from aktobe_facts.text.roletime import read_time

_NAMED = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s*,\s*(?P<a>[a-z][\w-]*)(?:\s+[a-z][\w-]*)?\s+and\s+"
    r"(?P<b>[a-z][\w-]*)(?:\s+[a-z][\w-]*)?\s+(?:together|combined)\s*[,.]",
    re.IGNORECASE,
)
"""After the total and its noun: ", stayover arrivals and cruise passengers together," (the first
word of each part's name)."""
_CLAUSE_END = re.compile(r"[,;.]")
"""After the parts' names, the clause's end: the words before it name the total's period ("from
January to June")."""
AHEAD = 3
"""Sentences read after the total for its parts."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found: list[DraftRelation] = []
    for whole in article.figures:
        m = _NAMED.match(text, whole.figure.phrase.outer_end)
        if m is None or not _level(whole) or not draftcomplement.candidate(article, whole):
            continue
        names = (m.group("a").lower(), m.group("b").lower())
        if names[0] == names[1]:
            continue
        later = [
            p
            for p in article.figures
            if whole.sentence_index < p.sentence_index <= whole.sentence_index + AHEAD
            and p.paragraph - whole.paragraph <= 1
            and _same_measure(whole, p)
            and draftcomplement.candidate(article, p)
        ]
        parts: list[Placed] = []
        for mine, other in (names, names[::-1]):
            sides = [p for p in later if _names(article, p, mine) and not _names(article, p, other)]
            if len(sides) != 1:
                break
            parts.append(sides[0])
        if len(parts) != 2 or not one_context(article, whole, *parts):
            continue
        if any(ORIGIN.search(draftcomplement.clause_text(article, p)) for p in parts):
            continue  # "Stayover visitation from Canada was A": a part of the side, not all of it
        aside = read_time(_CLAUSE_END.split(text[m.end() : whole.sentence[1]], maxsplit=1)[0])
        if any(clash(aside, context_of(article, p)) for p in parts):
            continue  # "A and B together, from January to June" ... "A in the first quarter"
        if any(whole.figure.id in tied(r) and parts[0].figure.id in tied(r) for r in drafted):
            continue
        quote = " … ".join(draftcomplement.clause_text(article, p) for p in (whole, *parts))
        found.append(sum_relation(whole, parts, True, quote))
    return found, []


def _level(placed: Placed) -> bool:
    return level(placed.figure.phrase) or count_level(placed.figure)


def _same_measure(whole: Placed, part: Placed) -> bool:
    """Two counts (the parts' nouns may be their own: "guests", "passengers"), or two amounts of
    one unit."""
    if count_level(whole.figure):
        return count_level(part.figure)
    return level(part.figure.phrase) and alike(whole, part)


def _names(article: Article, placed: Placed, word: str) -> bool:
    clause = draftcomplement.clause_text(article, placed)
    return re.search(rf"\b{re.escape(word)}", clause, re.IGNORECASE) is not None
