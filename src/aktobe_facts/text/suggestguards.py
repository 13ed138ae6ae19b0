"""Words that make a figure no actual level of its period, for the suggesters
(:mod:`aktobe_facts.text.suggest`): a forecast's ("exports could reach $480 million", "were seen
at", "on track to") and a rate's or an average's ("ran at an annual rate of $280 billion", "$25
billion a month on average", "averaged"). Such a figure is no share's whole and no month's level
inside a span, nor a span holding a month."""

from __future__ import annotations

import re

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.suggestfigures import Known

_FORECAST = lazy(
    r"\b(?:could|might|would|will|likely|unlikely|expects?|expected|expecting|forecasts?|"
    r"forecasted|projects|projected|predicts?|predicted|anticipated|seen\s+(?:at|to|reaching)|"
    r"on\s+(?:track|course|pace)|set\s+to|poised|may\s+(?:reach|rise|fall|climb|top|exceed|"
    r"hit|grow|total|come|be|increase|decrease|drop))\b"
)
"""Words of a forecast in the lower-cased words of a figure's clause before it ("may" only before
a verb: "in May exports came to" is a month)."""

_RATE_BEFORE = re.compile(
    r"\b(?:annual(?:i[sz]ed)?\s+rate|annuali[sz]ed|averag(?:e|ed|es|ing)|on\s+average|"
    r"monthly\s+average|run[\s-]rate)\b"
)
_RATE_AFTER = lazy(
    r"\s*(?:(?:a|per|each)\s+(?:month|year|day|week|quarter)\b|on\s+(?:an?\s+)?average\b|"
    r"annuali[sz]ed\b|at\s+an?\s+annual)",
    re.IGNORECASE,
)


def forecast(k: Known) -> bool:
    """Whether the words of a figure's clause before it make it a forecast."""
    return _FORECAST.search(k.before) is not None


def rate(article: Article, k: Known) -> bool:
    """Whether the figure is a rate or an average, not the level of its period: the words of its
    clause before it ("ran at an annual rate of", "averaged") or right after it ("a month on
    average", "per month")."""
    if _RATE_BEFORE.search(k.before):
        return True
    return _RATE_AFTER.match(article.text, k.placed.figure.phrase.outer_end) is not None
