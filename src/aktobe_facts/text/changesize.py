"""The size of a change named by its noun: "a decrease in the goods deficit of $12.5 billion",
"an increase in oil revenue of 3 billion", "a rise of $4 billion". The figure after "of" or "by"
is how much the thing changed, never its level: no balance's result, no part of a whole and no
share's part (a percent joined to it by "or" is the change's too).

"A net loss of X" is a level of a result, not a change of one: "loss" is no noun of change here.
"""

from __future__ import annotations

import re

from aktobe_facts.reading.changewords import FALL_NOUNS, RISE_NOUNS
from aktobe_facts.text.lazypatterns import lazy

_NOUNS = "|".join(sorted(({*RISE_NOUNS, *FALL_NOUNS} - {"loss"}), key=len, reverse=True))
_SIZED = lazy(
    rf"\b(?:{_NOUNS})\s+(?:(?:in|of)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[A-Za-z][\w'’&-]*\s+){1,5}?)?(?:of|by|amounting\s+to)\s+(?:some\s+|about\s+|nearly\s+)?$",
    re.IGNORECASE,
)
"""Right before a figure: a noun of change, what changed ("in the goods deficit", at most five
words, no figure, comma or bracket between) and "of" or "by"."""
REACH = 90
"""How far before the figure the words are read."""


def sized_change(text: str, start: int, begin: int = 0) -> bool:
    """The figure at ``start`` is the size of a change its noun names just before it (read from
    ``begin``, its sentence's start, at most :data:`REACH` characters back)."""
    return _SIZED.search(text, max(begin, start - REACH), start) is not None
