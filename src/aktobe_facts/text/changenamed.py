"""An amount that a noun of change names is that change, never a level the change reached.

"Officials put the increase in 2030 at $412 million, a 5.2 per cent rise", "The rise in exports was
$412 million", "the drop in arrivals came to 61,300": the amount is how far the flow moved; a growth
set beside it is the flow's, whose level the sentence does not print, so the amount is never the
growth's current value (read as one, the base would be the amount over one plus the growth, a false
error once any level is read). The noun is the subject of the amount's verb ("was", "came to",
"totalled", "stood at") or what "put ... at" sets, the words between naming only the flow or a
period ("in exports", "in 2030"). A verb that carries the flow to a level ("the increase brought
exports to $6.3 billion", "left them at") makes the amount that level, which keeps its reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftfigures import Figure, Sentence, between, is_percent
from aktobe_facts.text.sentences import clause_start

_NAMED = re.compile(
    r"\b(?:the|this|that|its|their|an?)\s+(?:[a-z]+\s+)?(?:increase|rise|growth|gain|jump|surge|"
    r"climb|decrease|decline|fall|drop|reduction|slump|contraction|expansion)"
    r"(?:\s+(?:in|of|on|for|over)(?:\s+(?!(?:left|brought|took|put|sent|kept|set|made|drove|"
    r"carried|[a-z]+ed)\b)[a-z§'&-]+){1,8}?)?"
    r"\s+(?:at|of|was|were|is|are|came\s+to|amounted\s+to|totall?ed|stood\s+at|reached)\s*$"
)


REACH = 120
"""How far before a figure :func:`names_change` reads."""


def names_change(text: str, start: int, begin: int = 0) -> bool:
    """The words right before ``start`` (read from ``begin``, its sentence's start, at most
    :data:`REACH` characters back) name a change whose size the figure there is: "a decrease in
    the goods deficit of $12.5 billion" is no level of the deficit (no balance's result, no
    part of a whole), "A rise of X" neither; "a net loss of X" is a level."""
    return _NAMED.search(text[max(begin, start - REACH) : start].lower()) is not None


def named(text: str, sentences: Sequence[Sentence], figure: Figure) -> bool:
    """``figure`` is an amount that a noun of change in its clause names (:data:`_NAMED`)."""
    for sentence in sentences:
        if figure in sentence.figures and not is_percent(figure):
            start = clause_start(text, sentence.span[0], figure.phrase.start)
            words = between(text, start, figure.phrase.start, sentence.periods)
            return _NAMED.search(words) is not None
    return False
