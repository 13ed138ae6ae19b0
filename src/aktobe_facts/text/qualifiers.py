"""A qualifier right before a value ("more than", "Some", "down by") or words that sign it ("an
outflow of"): the value read with them."""

from __future__ import annotations

import re

from aktobe_facts.reading.changewords import FALL_NOUNS, RISE_NOUNS
from aktobe_facts.reading.numbers import GrammarError, Qualifier, Stated
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.phraseread import read

_MADE_UP = re.compile(
    r"\b(?:make|makes|made|making|take|takes|took|taken|taking|use|uses|used|using|eat|eats|ate|"
    r"eaten|eating)\s+up$",
    re.IGNORECASE,
)
"""A verb whose "up" is its own, not a rise: "made up 65.1 percent", "took up 27.8 percent"."""
_QUALIFIER_WORD = re.compile(r"([~\w.]+)\s+")
_DIGIT = re.compile(r"\d")


def qualifier(text: str, head: int, stop: int, bare: Stated) -> tuple[Stated, int, int] | None:
    """A qualifier right before the phrase ("more than", "Some"), or words that sign it ("an
    outflow of"): the reading with them, where it starts and how many words it has."""
    words: list[re.Match[str]] = []
    position = head
    window = text[max(0, head - 40) : head]
    offset = head - len(window)
    for m in reversed(list(_QUALIFIER_WORD.finditer(window))):
        if offset + m.end() != position or _DIGIT.search(m.group(1)):
            break  # a word with digits is a figure of its own: "rose by PHP1 to PHP809"
        words.insert(0, m)
        position = offset + m.start()
        if len(words) == 4:  # "picked up sharply by"
            break
    for count in range(len(words), 0, -1):
        first = offset + words[-count].start()
        try:
            stated = read(" ".join(text[first:stop].split()))
        except GrammarError:
            continue
        if stated.direction is not None and _MADE_UP.search(text, max(0, first - 12), first + 2):
            continue  # "made up 65.1 percent of exports", "took up": a share, not a rise
        if words[-count].group(1).lower() in _CHANGE_NOUNS and _FIGURE_END.search(
            text, max(0, first - 24), first
        ):
            return None  # "a 5 percent rise over $10 million": the rise is the figure before's
        during = stated.unit is not None and stated.unit.kind == "time"
        if during and words[-count].group(1).lower() in ("over", "under"):
            continue  # "over three years" is a span of time, not "more than three years"
        if stated.qualifier == Qualifier.UPPER and _DESTINATION.search(
            text, max(0, first - 40), first
        ):
            continue  # "rose by 11.1 percent up to $12.072 billion": the value it rose to
        if stated.qualifier is not None or stated.direction is not None:
            return stated, first, count  # "more than 5", "down by 70%"
        if stated.negative != bare.negative:
            return stated, first, count  # "an outflow of 164.1 million euro"
    return None


_CHANGE_NOUNS = frozenset((*RISE_NOUNS, *FALL_NOUNS))
_FIGURE_END = re.compile(r"(?:\d|%|\b(?:percent|per\s+cent|pct|points?))\s+$", re.IGNORECASE)
"""A figure's end before a noun of change: the noun and the word after it ("rise over", "increase
from") are that figure's, and the figure after them is its base, never "a rise of more than"."""

_DESTINATION = lazy(
    r"(?:\d\s*(?:%|percent|per\s+cent|pct|percentage\s+points?|times)|\b(?:edg|inch|tick|mov|"
    r"climb|jump|pick|bounc|rebound|spik|soar|surg|leap|rac|shoot|creep)(?:e[ds]|s|ed|ing)?|"
    r"\b(?:went|goes|shot|crept|rose|rises|leapt)|\badd(?:s|ed|ing)?)\s+$",
    re.IGNORECASE,
)
"""Right before "up to": the end of a change's size ("rose by 11.1 percent up to $12.072
billion") or a verb of moving up ("edged up to 3.06 per cent", "ticked up to", "went up to"):
"up to X" is the value reached (as "to X" is), not a bound; so is the total of "added up to X"
("adds up to", the verb of a sum's whole, as "came to"); "up to 10 percent" alone, or after
"planned", "lent" or "expected", stays a bound."""
