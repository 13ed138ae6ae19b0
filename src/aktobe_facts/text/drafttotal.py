"""A total stated after its parts in one sentence.

- "The north produced A and the south B, a total of X" (also "for a total of", "a combined X",
  "together amounting to X", "X in all"): the parts add up to the total, an exhaustive ``sum``.
- "The ministry approved A for roads and B for schools, bringing the total to X" (also "taking
  the total to", "lifting its total to"): the total is a running one, which may hold more than
  the parts named here, so the parts do not exceed it (a ``sum`` that is not exhaustive).

The parts are every figure of the sentence before the total, all amounts of the total's unit
(another unit or a percent among them, and the words leave the list uncertain: nothing is
drafted), at least two, each pair joined by a comma, "and", "while" or "whereas" ("A is for roads
while B is for schools, bringing the total to X"), and of one period where the draft dated them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation, is_measure, same_measure, same_per
from aktobe_facts.text.draftparts import sum_relation

_CUE = re.compile(
    r"(?:(?P<sum>(?:(?:for|with|making)\s+)?an?\s+(?:combined\s+|overall\s+|grand\s+)?total\s+of|"
    r"a\s+combined|together\s+(?:amounting\s+to|making|worth)|"
    r"(?:amounting|adding\s+up)\s+to\s+a\s+total\s+of)|"
    r"(?P<running>(?:bringing|brought|taking|took|lifting|raising|pushing)\s+"
    r"(?:the|its|their|the\s+overall|the\s+cumulative)\s+total\s+to))\s*$",
    re.IGNORECASE,
)
"""The words right before a total, after a comma, dash or parenthesis."""
_OF_WHOLE = re.compile(
    r"(?:(?:^|[,;:])\s*(?:out\s+)?|\b(?:half|halves|most|bulk|majority|part|parts|portion|"
    r"share|fraction|some|much|rest|remainder|balance|none|thirds?|quarters?|fifths?|tenths?)\s+)"
    r"of\s+(?:the\s+|an?\s+|its\s+|their\s+|this\s+|these\s+)?$",
    re.IGNORECASE,
)
"""Between the sentence's start (or a break) and its first figure: "Of the 1.2 million tonnes
harvested, A ... and B" opens on a whole broken down, never one of the parts; so does a word of
a part of it before "of" ("Half of the $8 million went to roads and $3 million to schools,
bringing the total to $7 million": half of A is the part, and A + B exceeds the total; "the bulk
of A", "most of A" alike: review26). A noun that names the figure itself before "of" ("an
allocation of A is for roads while B ...") leaves A a part."""
_JOIN = re.compile(r"^(?:[^,;:()]*?)(?:,|\band\b|\bwhile\b|\bwhereas\b)", re.IGNORECASE)
"""Between two parts: a comma, "and", "while" or "whereas", and no other break."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    totals = {r.fields.get("total") for r in drafted if r.kind == "sum"}
    found: list[DraftRelation] = []
    text = article.text
    for sentence in article.sentences():
        for k in range(2, len(sentence)):
            total = sentence[k]
            if total.figure.id in totals:
                continue
            made = _total(text, sentence[:k], total)
            if made is not None:
                found.append(made)
    return found, []


def _total(text: str, before: list[Placed], total: Placed) -> DraftRelation | None:
    figure = total.figure
    last = before[-1].figure
    lead = text[last.phrase.outer_end : figure.phrase.start]
    cue = _CUE.search(lead)
    if cue is None or not is_measure(figure):
        return None
    if not lead[: cue.start()].rstrip().endswith((",", "(", "–", "—", "-")):
        return None  # the cue starts a clause of its own, after the last part's
    if ";" in lead or ":" in lead:
        return None  # "A and B; to pay for it, a total of X was borrowed": a clause of its own
    parts = list(before)
    if _OF_WHOLE.search(text[parts[0].sentence[0] : parts[0].figure.phrase.start]):
        return None  # "Of the 1.2 million tonnes harvested, A ... and B, a total of X"
    if any(not is_measure(p.figure) or not same_measure(p.figure, figure) for p in parts):
        return None
    if any(not same_per(p.figure, figure) for p in parts):
        return None  # "£4.2 million on roads and £310 per household": a rate is no part
    if len({p.figure.noun for p in parts} - {None}) > 1:
        return None  # "1,200 visitors and 300 hotels": counts of two things
    for a, b in pairwise(parts):
        gap = text[a.figure.phrase.outer_end : b.figure.phrase.start]
        if not _JOIN.match(gap):
            return None
    periods = {p.figure.period for p in (*parts, total) if p.figure.period is not None}
    if len(periods) > 1:
        return None
    quote = text[parts[0].figure.phrase.start : figure.phrase.outer_end]
    return sum_relation(total, parts, cue.group("sum") is not None, quote)
