"""An amount or count that is the size of a change its verb told before it, for a draft: "Exports
grew from both the EU, by £2.1 billion, and non-EU countries, by £2.2 billion" (each "by" figure
a rise, never a level of exports), "Arrivals fell in both regions, by 4,000 (north) and 3,500
(south)".

The value's own words do not carry the change ("by £2.1 billion" with no verb of its own), so the
reader gives it no direction, and the rules would take it for a level: a part of the flow's level
named before it. Here a figure is a change when, in its sentence,

- a comma or an opening bracket and "by" stand right before it (", by £2.1 billion", "(by
  4,000)");
- a verb of rise or fall stands before that (:data:`aktobe_facts.text.draftsigns.RISE`, ``FALL``),
  with no other verb of a clause between (:data:`~aktobe_facts.text.draftsigns.CLAUSE_VERB`: "was",
  "reached", "while", "which" ...: another clause's figure);
- no number stands between the verb and the "by" but the figures of earlier items told the same
  way (", by £2.1 billion, and ... , by"): "grew from £18 billion, by £2.1 billion" leaves it
  alone.

The figure's value stays as printed; only the draft reads it as a change (its way the verb's).
"""

from __future__ import annotations

import re

from aktobe_facts.text.draftsigns import CLAUSE_VERB, FALL, RISE
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.sentences import Span

_BY = re.compile(r"[,(]\s*by\s*\Z", re.IGNORECASE)
"""Right before the figure: ", by" or "(by"."""
_VERB = lazy(rf"\b(?:(?P<down>{FALL})|(?P<up>{RISE}))\b", re.IGNORECASE)
_ITEM = re.compile(r"[,(]\s*by\s+[^\s,;()]*\d[^,;()]*", re.IGNORECASE)
"""An earlier item's figure told the same way (", by £2.1 billion"), up to its comma or bracket."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_HEAD = 200
"""The most characters read back from the figure for its verb."""


def way(text: str, sentence: Span, start: int) -> str | None:
    """ "up" or "down" when the figure at ``start`` is the size of a change whose verb stands
    before it across a comma or bracket and "by" (the rules above), else None."""
    begin = max(sentence[0], start - _HEAD)
    head = text[begin:start]
    by = _BY.search(head)
    if by is None:
        return None
    verbs = list(_VERB.finditer(head, 0, by.start()))
    if not verbs:
        return None
    verb = verbs[-1]
    between = _ITEM.sub(" ", head[verb.end() : by.start()])
    if re.search(r"\d", between) or any(CLAUSE_VERB.match(w) for w in _WORD.findall(between)):
        return None
    return "down" if verb.group("down") else "up"
