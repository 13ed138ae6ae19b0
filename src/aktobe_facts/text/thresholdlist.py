"""Percents in brackets after the members of a set the sentence before defines by a change over a
threshold: "82 ports grew, 5 of them by 25% or more. These ports were Chittagong (26%), London
(26%) and Salalah (29%)": each member's percent is its own change, every one past the threshold,
never a share of one whole (the five add up to more than 100 percent)."""

from __future__ import annotations

import re

from aktobe_facts.text.phrases import Phrase

_THESE = re.compile(r"\s*(?:these|those|they)\b", re.IGNORECASE)
"""The list's sentence opens on a word that points back to the set ("These ports were")."""
_PERCENT = r"(?P<{name}>\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)"
_CHANGE = (
    r"(?:growth|increases?|rises?|gains?|jumps?|declines?|falls?|drops?|decreases?|"
    r"grew|rose|fell|dropped|declined|increased|decreased|jumped|gained)"
)
_THRESHOLD = re.compile(
    rf"\b{_CHANGE}\s+(?:of\s+|by\s+)?{_PERCENT.format(name='low')}\s+or\s+(?:more|above|over|higher)\b"
    rf"|\b{_CHANGE}\s+(?:of\s+|by\s+)?(?:more\s+than|over|above|at\s+least)\s+"
    rf"{_PERCENT.format(name='past')}",
    re.IGNORECASE,
)
"""A change over a threshold: "growth of 25% or more", "rose by more than 10 percent"."""
_REACH = 400
"""How far before the list's sentence the sentence before is read."""
_STOP = re.compile(r"[.!?]\s")


def over_threshold(text: str, sentence_start: int, members: list[Phrase]) -> bool:
    """The list's sentence opens on "These" (or "Those", "They"), the sentence before names a
    change over a threshold, and every member's percent is at or past it: the members' changes."""
    if len(members) < 2 or _THESE.match(text, sentence_start) is None:
        return False
    head = text[max(0, sentence_start - _REACH) : sentence_start].rstrip()
    stops = list(_STOP.finditer(head[:-1]))
    before = head[stops[-1].end() :] if stops else head
    found = _THRESHOLD.search(before)
    if found is None:
        return False
    floor = float(found.group("low") or found.group("past"))
    return all(m.stated.value >= floor for m in members)
