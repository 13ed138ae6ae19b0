"""A figure the words recall from another period: "the first deficit since a 479.41 billion yen
deficit booked in January", "Japan last ran a trade deficit in January, of X", "the previous
surplus, X". Such a figure is the last one of its kind before the period the article is about,
never a figure of that period, so no balance of the period's flows
(:mod:`aktobe_facts.text.draftbalances`): where the article states the period's own balance, that
one is drafted (Japan's April 2011 trade, as Xinhua reported it: "the trade balance turned to a
deficit of 463.7 billion yen ... since a 479.41 billion yen deficit booked in January", the
nineteenth session's end-of-session run).

The words are a closed class: "since" governing the figure itself ("since a", "since one of"
right before it; "since January, the deficit reached X" is a span to now, the figure's own);
"last" before a verb of recording ("last ran", "last posted", "last recorded"); "the last",
"the previous" or "the most recent" before a balance's noun."""

from __future__ import annotations

import re

from aktobe_facts.text.draftarticle import Placed

_SINCE = re.compile(r"\bsince\s+(?:a|an|one\s+of|that\s+of)\s*$", re.IGNORECASE)
"""Right before the figure: "since a", "since one of" (the figure is the object of "since")."""
_LAST = re.compile(
    r"\blast\s+(?:ran|run|posted|recorded|reported|logged|booked|registered|saw|showed|had|"
    r"swung\s+(?:in)?to|went\s+into|fell\s+into)\b|"
    r"\b(?:the|its|their|a)\s+(?:last|previous|most\s+recent|prior)\s+(?:(?:monthly|quarterly|"
    r"annual|trade|budget|fiscal|current[- ]account)\s+)?(?:deficit|surplus|gap|shortfall)s?\b",
    re.IGNORECASE,
)
"""In the words before the figure (after any figure before it): "last ran a deficit", "the last
deficit", "its previous surplus"."""


def recalled(text: str, figures: list[Placed], placed: Placed) -> bool:
    """The words before ``placed`` in its sentence, after any figure of ``figures`` before it,
    recall it from another period."""
    start = max(
        [placed.sentence[0]]
        + [
            p.figure.phrase.outer_end
            for p in figures
            if p.sentence == placed.sentence
            and p.figure.phrase.outer_end <= placed.figure.phrase.start
        ]
    )
    before = text[start : placed.figure.phrase.start]
    return bool(_SINCE.search(before) or _LAST.search(before))
