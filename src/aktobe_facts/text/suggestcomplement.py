"""Suggested: a "non-" part of a trade flow within the nearest whole of its flow (a sum, not
exhaustive): "Ruritania's non-oil exports rose 8 percent to $1.2 billion in May 2031. Overall
exports increased 30 percent in May 2031 to $5.6 billion." Offered, never drafted: with no figure
of the bare side ("oil exports"), the words do not say that the figure nearest the part, of its
flow and measure, is the whole it is a part of (:mod:`aktobe_facts.text.draftcomplement` drafts
the two sides with their whole). The list guards of :mod:`aktobe_facts.text.suggestlistguard`
are asked too.
"""

from __future__ import annotations

from collections.abc import Sequence

from aktobe_facts.text import draftcomplement
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.suggestfigures import Known, Suggestion
from aktobe_facts.text.suggestlistguard import offered

LONE_PART = 0.55
"""The rank of a lone "non-" part: as likely as a breakdown its sentence lists after a total."""


def suggestions(article: Article, known: Sequence[Known]) -> list[Suggestion]:
    by_id = {k.id: k for k in known}
    made: list[Suggestion] = []
    for whole, part in draftcomplement.lone_parts(article):
        if whole.figure.id not in by_id or part.figure.id not in by_id:
            continue
        offer = offered(
            article,
            by_id[whole.figure.id],
            [by_id[part.figure.id]],
            LONE_PART,
            'the nearest figure of its flow, the part named by a "non-" word',
        )
        if offer is not None:
            made.append(offer)
    return made
