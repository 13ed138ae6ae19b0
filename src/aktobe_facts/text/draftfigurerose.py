"""A level and the same figure's next level in its sentence's second clause, for a draft (``kind =
"order"``): "In November last year the country received A in remittances, while in the same
month this year the figure rose to B" (B > A); "..., whereas in 2031 it fell to B" (B < A).

A and B are levels of one unit or counts of one thing, next to each other in one sentence. After
A only its own words (no figure, no other clause: "in remittances", ", according to the bank"),
then "while", "whereas" or "but", the second clause's period (never left out: "..., but the
figure fell to B" may be another measure of A's period), and "the figure" (or "the amount", "the
number", "it"; never "the total", a wider figure: "Exports to China were A in May, while the total
fell to B") with a verb of rise or fall right before B: the words name A's figure again and say
which way it moved. A B followed by a percent of its own ("rose to B, or 7
percent more") is left to the growth that ties them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftcounts import measures_alike
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftorder import (
    FALL_VERBS,
    RISE_VERBS,
    order,
    past_words,
    percent_after,
    untied_pairs,
)

_YEAR = r"(?:19|20)\d{2}(?!\d)"
_WHEN = (
    r"(?:in|during|over|by|at|for)\s+"
    rf"(?:(?:the|this|last|that|same|first|second|third|fourth|previous|prior|following|next|"
    rf"corresponding|whole|full|{MONTH_NAMES})\s+)*"
    rf"(?:year|month|quarter|half|period|season|week|{MONTH_NAMES}|{_YEAR})"
    rf"(?:\s+(?:of\s+)?(?:(?:this|last|the\s+previous|the\s+same)\s+year|{_YEAR}))?"
)
"""The second clause's period, and nothing else: "in the same month of this year", "in 2031",
"in May 2031", "for the first half of 2031" (never "for imports": another thing)."""
_AGAIN = re.compile(
    r"^(?:\s+(?:in|of|for|from)\s+(?:[^,;.\d%()]|(?<!\d)(?:19|20)\d{2}(?!\d)){0,40}?)?"
    r"(?:\s*,\s*(?:according\s+to\s+[^,;.\d%()]{0,40}?|[^,;.\d%()]{0,30}?\s+(?:said|says)))?"
    r"\s*+(?:[,;]\s*+)?(?:while|whereas|but)\s+"
    rf"{_WHEN}\s*+(?:,\s*+)?"
    r"(?:the\s+(?:figure|amount|number|value|volume)|it)\s+(?:had\s+|has\s+)?"
    rf"(?:(?P<up>{RISE_VERBS})|(?P<down>{FALL_VERBS}))\s+to\s*$",
    re.IGNORECASE,
)
"""Between A and B: " in remittances, while in the same month of this year the figure rose to"."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found: list[DraftRelation] = []
    for figures, k in untied_pairs(article, drafted, measures_alike):
        a, b = figures[k], figures[k + 1]
        words = _AGAIN.match(text[past_words(text, a) : b.figure.phrase.start])
        if words is None or percent_after(text, figures, k + 1):
            continue
        op = ">" if words.group("up") else "<"
        found.append(order(b, op, [a], text[a.figure.phrase.start : b.figure.phrase.outer_end]))
    return found, []
