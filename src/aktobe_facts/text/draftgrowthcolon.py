"""A growth told before a colon and its two levels after it, for a draft (``kind = "growth"``):
"Most of the gain came from transshipment, which saw a 7.11% increase: the port moved 20,233,379
tonnes of it in 2024, against 18,890,485 tonnes the year before."

The colon says that the clause after it spells out the change before it, so the growth's
current value is X, the first figure after the colon, and its base Y, the figure after X's
words of comparison ("against", "compared with", "up from", "from"), even where the two clauses
name the thing in different words ("an 8% rise in bunker calls ...: about 349 vessels came to
the port for bunkers ..., up from 323 vessels"; "Incoming traffic rose by 25.33%, the bulletin
says: the port reported 10,101,128 tons landed in 2009 against 8,059,273 tonnes in 2008").

Only where the sentence holds nothing else: the percent, a growth no relation ties yet, is the
one figure before the colon; X and Y, levels of one measure, are the only figures after it, with
no semicolon, colon or bracket between them. Anything that may make the levels another thing's
or another measure's draws nothing:

- words of another measure in the sentence ("in value", "volume", "prices", "average", "per"),
  or levels that are counts after a growth of a thing measured in a unit ("an 8% rise in cargo:
  349 vessels came");
- words that make the levels a part ("of which", "including", "alone", "only"), or a proper
  name after the colon that is no month (a partner or a place: "shipments to China reached X
  against Y" is no growth of all exports);
- a trade or budget flow the levels' clause names and the growth's does not ("Imports rose 8
  percent: exports reached X against Y");
- periods that disagree (X's is the growth's where both name one, Y's the year before X's) or a
  sign that does not (a rise with X below Y): the checks of :mod:`draftgrowthjoin`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftcounts import one_measure, stated_level
from aktobe_facts.text.draftfigures import DraftRelation, Figure, Sentence, is_percent
from aktobe_facts.text.draftgrowthjoin import EARLIER, periods_agree, sign_agrees
from aktobe_facts.text.draftroles import flow_words_in
from aktobe_facts.text.roletime import MONTHS, read_time

_COLON = re.compile(r":(?=\s)")
"""The colon that opens the clause of levels (never a time's "10:30")."""
_GAP = re.compile(r"[^;:()\[\]]*")
"""Between the levels, and between the growth and the colon: no other clause or aside."""
_MEASURE = re.compile(
    r"\b(?:value|values|volumes?|quantit(?:y|ies)|tonnage|prices?|real\s+terms|average|"
    r"per|rate|share|index)\b",
    re.IGNORECASE,
)
"""Words of another measure than a level's: the growth may be of a value, the levels volumes."""
_MEASURED = re.compile(
    r"\b(?:cargo|freight|throughput|tonnage|turnover|revenues?|sales|earnings|income|output|"
    r"production|spending|investments?|exports|imports|trade|deposits|loans|debts?)\b",
    re.IGNORECASE,
)
"""Things a growth's words may name that are measured in a unit, never counted as the levels are
("an 8% rise in cargo: 349 vessels came in May, up from 340": the ships that brought the cargo,
whose count need not have grown as the cargo did)."""
_PART = re.compile(
    r"\b(?:of\s+which|including|excluding|except|alone|only|each|mostly|mainly|partly)\b",
    re.IGNORECASE,
)
"""Words that make the levels a part of the growth's thing."""
_CAPITAL = re.compile(r"\b[A-Z][\w'’-]*")
_OPENERS = frozenset(["the", "it", "its", "they", "their", "this", "these", "that"])
"""Capitalised words that may open the clause of levels and name no one."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    taken = {v for r in drafted for v in r.fields.values() if isinstance(v, str)}
    found: list[DraftRelation] = []
    for sentence in sentences:
        made = _growth(text, sentence)
        if made is None:
            continue
        growth, x, y = made
        if {growth.id, x.id, y.id} & taken:
            continue
        fields = {"growth": growth.id, "current": x.id, "base": y.id}
        quote = " ".join(text[growth.phrase.start : y.phrase.outer_end].split())
        found.append(DraftRelation("", "growth", fields, quote))
    return found


def _growth(text: str, sentence: Sentence) -> tuple[Figure, Figure, Figure] | None:
    """The growth before the sentence's colon and its levels X and Y after it."""
    start, end = sentence.span
    colons = list(_COLON.finditer(text, start, end))
    if len(colons) != 1:
        return None
    colon = colons[0].start()
    before = [f for f in sentence.figures if f.phrase.start < colon]
    after = [f for f in sentence.figures if f.phrase.start > colon]
    if len(before) != 1 or len(after) != 2:
        return None
    growth, (x, y) = before[0], after
    if not _a_growth(growth) or not (stated_level(x) and stated_level(y) and one_measure(y, x)):
        return None
    if not _GAP.fullmatch(text, growth.phrase.outer_end, colon):
        return None
    gap = text[x.phrase.outer_end : y.phrase.start]
    if not _GAP.fullmatch(gap) or EARLIER.search(gap) is None:
        return None
    head, levels = text[start:colon], text[colon + 1 : y.phrase.outer_end]
    if _MEASURE.search(text, start, end) or _PART.search(levels) or _named(levels):
        return None
    if flow_words_in(levels) - flow_words_in(head):
        return None
    if x.kind == "count" and _MEASURED.search(head) and not _MEASURED.search(levels):
        return None  # "an 8% rise in cargo: 349 vessels came": a count of ships is no cargo
    if not (periods_agree(growth, x, y) and sign_agrees(growth, x, y)):
        return None
    told, reached = read_time(head), read_time(text[colon + 1 : y.phrase.start])
    if told.months and reached.months and told.months != reached.months:
        return None  # "rose 8% in the first quarter: 349 vessels came in March": March's levels
    return growth, x, y


def _a_growth(figure: Figure) -> bool:
    """A growth's percent: no range, no points."""
    stated = figure.phrase.stated
    return figure.kind == "growth" and is_percent(figure) and not stated.is_range


def _named(words: str) -> bool:
    """A proper name that is no month among the words (a partner, a place, a firm)."""
    return any(
        m.group(0).lower() not in MONTHS and m.group(0).lower() not in _OPENERS
        for m in _CAPITAL.finditer(words)
    )
