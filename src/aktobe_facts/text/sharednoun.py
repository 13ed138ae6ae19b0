"""A noun of change that percents share after them, for a draft: "the 16.9 percent and 10.3
percent reductions, respectively, in grain and oil tonnage" (two falls), "5 percent and 7 percent
declines in wheat and barley output", "the 12 percent increases in both" (one rise each), and
the singular after "the" as after "a": "the 16.9 percent reduction in grain tonnage".

Each percent is read as the change the noun names, written with the noun in the singular ("16.9
percent reduction", a fall of 16.9 percent, as "a 16.9 percent reduction" is), with a note when
the noun was printed after a list or in the plural. Only where the words leave no other reading:

- a plural noun ("reductions", "increases", "losses") only after a list of two or more percents
  joined by commas and "and", or after "the" and one percent, and followed by "respectively",
  "in", "of", "for", "on", or the clause's end (many plurals of change are also verbs: "a growth
  of 5 percent increases revenue" is no increase of 5 percent);
- the singular only after "the" and the one percent ("the 5 percent cut").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from aktobe_facts.reading.changewords import CHANGE_NOUNS
from aktobe_facts.reading.numbers import GrammarError, Stated

_PERCENT = r"[-+−]?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)"
_LIST = rf"(?P<list>(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_PERCENT})*)"
_PLURAL = re.compile(
    rf"{_LIST}\s*(?P<noun>{CHANGE_NOUNS})(?:e?s)\b"
    r"(?=\s*,?\s*(?:respectively\b|in\b|of\b|for\b|on\b)|\s*[,.;:)]|\s*$)",
    re.IGNORECASE,
)
"""After a percent: more percents of the list, then the plural noun they share, then words that
make it a noun ("in grain", ", respectively")."""
_SINGULAR = re.compile(rf"\s*(?P<noun>{CHANGE_NOUNS})\b(?!-)", re.IGNORECASE)
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PREVIOUS = re.compile(rf"(?:{_PERCENT})(?:\s*,\s*(?:and\s+)?|\s+and\s+)$", re.IGNORECASE)


def shared_noun(
    text: str, head: int, stop: int, value: str, stated: Stated, read: Callable[[str], Stated]
) -> tuple[Stated, int, str, str | None] | None:
    """The percent ``value`` (read as ``stated``, from ``head`` to ``stop``) as the change a noun
    after it names: the reading, where the phrase ends, its value and a note; or None."""
    unit = stated.unit
    if unit is None or unit.kind != "percent" or stated.direction is not None:
        return None
    if stated.negative or stated.qualifier is not None or stated.is_range:
        return None
    the = _THE.search(text, max(0, head - 5), head) is not None
    listed = _PREVIOUS.search(text, max(0, head - 40), head) is not None
    plural = _PLURAL.match(text, stop)
    if plural is not None and (the or listed or plural.group("list")):
        noun = plural.group("noun").lower()
        end = plural.end() if not plural.group("list") else stop
        word = plural.group(0).split()[-1]
        note = f'printed "{value}" before "{word}", the noun of change its list shares'
    else:
        single = _SINGULAR.match(text, stop)
        if single is None or not the:
            return None
        noun, end, note = single.group("noun").lower(), single.end(), None
    changed = f"{value} {noun}"
    if note is not None:
        note += f': "{changed}"'
    try:
        return read(changed), end, changed, note
    except GrammarError:
        return None
