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
from bisect import bisect_right
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Placed
from aktobe_facts.text.sentences import Span

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


class Recalled:
    """Whether the words before a figure in its sentence, after any figure of ``figures`` before
    it, recall it from another period. The ends of each sentence's figures are sorted once and
    the figure before is looked up (each figure asked went through all of ``figures``: quadratic
    in a long article of one paragraph, twenty-sixth session)."""

    def __init__(self, text: str, figures: Sequence[Placed]) -> None:
        self.text = text
        self.ends: dict[Span, list[int]] = {}
        for p in figures:
            self.ends.setdefault(p.sentence, []).append(p.figure.phrase.outer_end)
        for ends in self.ends.values():
            ends.sort()

    def __call__(self, placed: Placed) -> bool:
        at = placed.figure.phrase.start
        ends = self.ends.get(placed.sentence, [])
        k = bisect_right(ends, at)  # the figures that end at or before it
        start = max(placed.sentence[0], ends[k - 1]) if k else placed.sentence[0]
        before = self.text[start:at]
        return bool(_SINCE.search(before) or _LAST.search(before))
