"""A count's noun of several words, said again after its amount of change: the words between the
count and its change are its own.

"with 33,883 paid room nights in October, an 11% increase or 3,361 more paid room nights compared
to October 2029", "3,418 passengers total, a 2% increase or 63 more passengers than October 2029",
'358,217 "paid room nights," an increase of 12% or an additional 38,631 "paid room nights"': the
amount of change counts what the level counts, in the same words, so the words after the level,
to its period and the comma, name the level's own thing (never another thing the change could be
of), and the level is the change's current value. The growth reader takes off a count's one-word
noun before the comma already (``draftgrowth.past_counted``); a noun of several words, or one
followed by the level's period or "total", is left to the amount's words to confirm.

Only where the words repeat: "33,883 paid room nights in October, an 11% increase or 3,361 more
visitors" names two things and keeps its reading.
"""

from __future__ import annotations

import re

from aktobe_facts.text.draftfigures import Figure, Sentence, between

_QUOTES = re.compile(r"[\"“”„«»]")
_NOUN = re.compile(r"(?:[a-z][a-z'’-]*\s+){0,3}[a-z][a-z'’-]*")
"""The first words after a figure: the noun it counts (one to four words)."""
_LEVEL_STOP = re.compile(r"\s+(?:in|for|during|over|on|at|to|from|total|§)\b|\s*[,;.(]")
"""Where the level's noun ends: its period, "total", or its clause's mark."""
_OWN_TAIL = re.compile(r"^\s*(?:(?:in\s+)?total\s*)?")
"""After the level's noun: "total" or "in total", its own."""
_MORE = re.compile(r"^\s*(?:more|fewer|less|additional|extra|further)\b\s*")
"""Right after the amount of change: its word of more or less (or "an additional" before it)."""
_AMOUNT_STOP = re.compile(
    r"\s+(?:than|compared|as|against|versus|vs|from|over|on|in|year-on-year|§)\b|\s*[,;.(]"
)


def _plain(text: str) -> str:
    return " ".join(_QUOTES.sub(" ", text).split())


def _noun(words: str, stop: re.Pattern[str]) -> str | None:
    end = stop.search(words)
    head = words[: end.start()] if end is not None else words
    return head.strip() if _NOUN.fullmatch(head.strip()) else None


def past_repeated(
    text: str, sentence: Sentence, level: Figure, first: Figure, amount: Figure
) -> str | None:
    """The words between ``level`` and ``first`` (its change's first figure) without the level's
    noun and "total", when the amount of change is followed by the same noun; None when it is not
    (or the level has no noun of its own there)."""
    gap = _plain(between(text, level.phrase.outer_end, first.phrase.start, sentence.periods))
    after = _plain(between(text, amount.phrase.outer_end, sentence.span[1], sentence.periods))
    own = _noun(gap, _LEVEL_STOP)
    said_again = _noun(_MORE.sub("", after, count=1), _AMOUNT_STOP)
    if own is None or said_again is None or own != said_again:
        return None
    rest = gap[len(own) :]
    rest = _OWN_TAIL.sub("", rest, count=1)
    return " " + rest.lstrip() + " "
