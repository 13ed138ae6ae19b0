"""A figure and the number in brackets right after it that restates it more precisely, for a draft
(``kind = "equal"``): "Revenue for the seven months exceeded 7 billion euros (7.036)" is one
figure given twice, "exceeded 7 billion euros" and "7.036 billion euros". The number in brackets
is read in the figure's scale and unit only where it lies inside the figure's interval
(:mod:`aktobe_facts.text.unitleft`); a restatement outside it is no figure of that unit, and
nothing is drafted."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftequal import equal_relation
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.unitleft import restates


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    """The equal relations of each figure and its restatement in brackets (a rule of
    :mod:`aktobe_facts.text.draftrules`)."""
    found = []
    for sentence in article.sentences():
        for before, placed in pairwise(sentence):
            if restates(placed.figure.phrase):
                found.append(equal_relation([before, placed]))
    return found, []
