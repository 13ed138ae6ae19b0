"""The current value of a growth said of a thing named before, for a draft
(:mod:`aktobe_facts.text.draftgrowth`): "The government has announced a budget of X. ... The
proposed budget is a 6.2 per cent increase over the current fiscal year".

The growth's clause is "The <noun> is" (also "was", "will be", "represents"), the noun with
nothing before it but a word that names the figure of the period being set ("proposed", "new",
"planned", "draft", "approved"; never "revised" or "last year's", another figure). Its current
value is the one amount of the sentences before (up to :data:`LOOK_BACK`) that the same noun
names right before it ("a budget of X", "the budget at X"); none or several leave the growth to
the editor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftfigures import Figure, Sentence, is_amount, singular
from aktobe_facts.text.draftgrowthclause import of_its_figure
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.sentences import clause_start

_IS = lazy(
    r"\W*the\s+(?:(?:proposed|new|planned|draft|approved|adopted|upcoming)\s+)?"
    r"(?P<noun>[a-z]+)\s+(?:is|was|will\s+be|would\s+be|represents|marks)\s+(?:an?\s+)?",
    re.IGNORECASE,
)
_NAMED = r"\b(?:an?|the|its|their)\s+(?:(?:new|proposed|planned|draft|record|total)\s+)?{noun}s?\s+(?:of|at|worth)\s+$"
LOOK_BACK = 3
"""Sentences before a growth read for its current value."""


def current(text: str, sentences: Sequence[Sentence], k: int, growth: Figure) -> Figure | None:
    """The current value of the growth at ``growth`` in sentence ``k``, where the words leave
    one."""
    start = clause_start(text, sentences[k].span[0], growth.phrase.start)
    said = _IS.fullmatch(text, start, growth.phrase.start)
    if said is None or not of_its_figure(text, sentences[k], growth):
        return None  # "The proposed budget is a 6 per cent increase in capital spending"
    noun = re.escape(singular(said.group("noun").lower()))
    named = re.compile(_NAMED.format(noun=noun), re.IGNORECASE)
    found = [
        f
        for s in sentences[max(0, k - LOOK_BACK) : k]
        for f in s.figures
        if is_amount(f) and named.search(text, max(s.span[0], f.phrase.start - 80), f.phrase.start)
    ]
    return found[0] if len(found) == 1 else None
