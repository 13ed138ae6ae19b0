"""What each figure of a "respectively" list is of, for a draft's claim ids: "the 16.9 percent and
10.3 percent reductions, respectively, in grain and oil tonnage" (`grain_tonnage_growth`,
`oil_tonnage_growth`), "those from Italy and France 20.4 percent and 20.5 percent, respectively"
(`italy_growth`, `france_growth`).

The figures are the run of two or more joined only by commas and "and" (a shared plural noun of
change may follow them) right before "respectively"; the items are named right after it ("in",
"for", "of", "to", "from" and a list) or right before the first figure ("from", "to", "in", "for"
and a list), and count as many as the figures, else nothing is named. A last item's words after
its first ("oil tonnage") serve the items before it of one word ("grain"): "grain tonnage".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftwords import content
from aktobe_facts.text.lazypatterns import lazy

_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\s+)", re.IGNORECASE)
_ITEM = r"[\w'’-]+(?:\s+[\w'’-]+)?"
_TO_RESPECTIVELY = lazy(
    r"(?:\s+[a-z]+s)?\s*,?\s*respectively\b\s*,?\s*(?:(?:in|for|of|to|from)\s+"
    rf"(?P<items>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+and\s+{_ITEM}))?",
    re.IGNORECASE,
)
"""After the last figure: a plural noun, "respectively", and perhaps the items it names."""
_ITEMS_BEFORE = lazy(
    r"\b(?:from|to|in|for)\s+(?P<items>(?:[A-Z][\w'’-]*\s*,\s*)*[A-Z][\w'’-]*\s+and\s+"
    r"[A-Z][\w'’-]*)\s*$"
)
"""Before the first figure: "from Italy and France", "to Egypt, Morocco and Libya"."""
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


def respective_names(text: str, spans: Sequence[tuple[int, int]]) -> dict[int, list[str]]:
    """The words each figure of a "respectively" list is named by, by the figure's start;
    ``spans`` are the sentence's figures (start, end), in order."""
    named: dict[int, list[str]] = {}
    k = 0
    while k < len(spans):
        run = [spans[k]]
        while k + len(run) < len(spans) and _JOIN.fullmatch(
            text, run[-1][1], spans[k + len(run)][0]
        ):
            run.append(spans[k + len(run)])
        k += len(run)
        if len(run) < 2:
            continue
        after = _TO_RESPECTIVELY.match(text, run[-1][1])
        if after is None:
            continue
        items = _items(after.group("items")) if after.group("items") else None
        if items is None or len(items) != len(run):
            before = _ITEMS_BEFORE.search(text, max(0, run[0][0] - 120), run[0][0])
            items = _items(before.group("items")) if before is not None else None
        if items is None or len(items) != len(run):
            continue
        for (start, _end), words in zip(run, items, strict=True):
            named[start] = words
    return named


def _items(listed: str) -> list[list[str]] | None:
    """The list's items as words ("grain and oil tonnage": grain tonnage, oil tonnage)."""
    parts = [content(p) for p in _SPLIT.split(listed.strip()) if p.strip()]
    if not parts or any(not p for p in parts):
        return None
    last = parts[-1]
    if len(last) > 1 and all(len(p) == 1 for p in parts[:-1]):
        parts = [[*p, *last[1:]] for p in parts[:-1]] + [last]
    return parts
