"""A record and the record it beat, for a draft (``kind = "order"``):

- "Rice output is pegged at 93.88 million tonnes, a new record. The previous high was 92.78
  million tonnes, produced in 2011-12.": X > Y; "Sales hit a record $12.5 million in 2031, and the
  previous record, $10 million, dates from 2019": X > Y;
- "a record low of 2.1 percent ... the previous low was 2.4 percent": X < Y.

X is a figure the words call a record ("a record X", "a record high of X", "X, a new record"; "a
record low" for a low); Y is the figure right after "the previous record", "high", "peak" or
"best" ("low" for a low) and a verb of being, "of" or a comma, later in X's sentence or at the
start of the next one. Both are levels of one unit, counts of one thing or percents of one kind
(:func:`aktobe_facts.text.draftorder.comparable`); Y read with a bound, and a pair a rule before
tied, are left alone, and so is a Y whose words before "the previous" say more than X's month or
year and a joining word ("For rice, the previous high was Y": another subject). A record "since
2015" or "for a May" beats no figure the article gives: the words must name the previous record
itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftcounts import past_noun
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftorder import comparable, order
from aktobe_facts.text.figuretime import segment_start
from aktobe_facts.text.roletime import MONTH

_RECORD = r"(?:new\s+|fresh\s+|all-time\s+)?record(?:\s+(?:(?P<low>low)|high))?"
_BEFORE = re.compile(rf"\b(?:a|an)\s+{_RECORD}\s+(?:of\s+)?$", re.IGNORECASE)
"""Right before X: "a record", "a new record high of", "a record low of"."""
_AFTER = re.compile(
    r"(?:\s+(?:in|for|during|over|by|at|as\s+of)\s+[^,;.()\d]{0,30}?(?:\d{4}(?:[-/]\d{2,4})?)?)?"
    rf"\s*,\s*(?:a|an)\s+{_RECORD}\b",
    re.IGNORECASE,
)
"""Right after X and its own period: ", a new record", " in 2023, a record"."""
_PREVIOUS = re.compile(
    r"\bthe\s+(?:previous|prior|old|earlier)\s+(?:(?P<low>low)|record|high|peak|best)\b"
    r"(?:\s+(?:was|stood\s+at|had\s+been|of)|\s*,)\s*$",
    re.IGNORECASE,
)
"""Right before Y: "the previous high was", "the previous record of", "the previous record,"."""
_LEAD_IN = re.compile(
    rf"\s*(?:(?:in|during|for|by|as\s+of)\s+(?:(?:{MONTH})\b\s*)?(?:\d{{4}}(?:[-/]\d{{2,4}})?)?\s*)?"
    r"[,;:\u2014-]?\s*(?:(?:and|but|while|whereas|beating|topping|surpassing|breaking)\s+)?$",
    re.IGNORECASE,
)
"""All the words allowed between X (or the start of Y's sentence) and "the previous record": X's
own month or year and a joining word ("in 2031, and", "beating"). Anything else may name another
subject ("For rice, the previous high", "In the rival chain, the previous record"): nothing drafted."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    pairs = [set(tied(r)) for r in drafted]
    by_sentence = article.sentences()
    found: list[DraftRelation] = []
    for n, figures in enumerate(by_sentence):
        for k, x in enumerate(figures):
            low = _record(text, figures, k)
            if low is None:
                continue
            later = figures[k + 1 :] + (by_sentence[n + 1] if n + 1 < len(by_sentence) else [])
            previous = _previous(text, x, later, low)
            if previous is None:
                continue
            y, named = previous
            if any({x.figure.id, y.figure.id} <= p for p in pairs):
                continue
            quote = text[x.figure.phrase.start : x.figure.phrase.outer_end] + " … "
            quote += text[named : y.figure.phrase.outer_end]
            found.append(order(x, "<" if low else ">", [y], quote))
    return found, []


def _record(text: str, figures: list[Placed], k: int) -> bool | None:
    """Whether the words call the figure a record low (True) or a record (False); None: neither."""
    x = figures[k]
    start = segment_start(figures, k)
    said = _BEFORE.search(text, start, x.figure.phrase.start) or _AFTER.match(
        text, past_noun(text, x.figure)
    )
    return None if said is None else said.group("low") is not None


def _previous(text: str, x: Placed, later: list[Placed], low: bool) -> tuple[Placed, int] | None:
    """The first figure after X named "the previous record" (of X's kind) and where its words
    start, or None."""
    for y in later:
        start = max(y.sentence[0], x.figure.phrase.outer_end)
        words = _PREVIOUS.search(text, start, y.figure.phrase.start)
        if words is None:
            continue
        if not _LEAD_IN.fullmatch(text, start, words.start()):
            return None
        same_kind = (words.group("low") is not None) == low
        plain = y.figure.phrase.stated.qualifier in (None, "about")
        return (y, words.start()) if same_kind and plain and comparable(x, y) else None
    return None
