"""Suggested: the members of a ranked list within the whole they rank in (a sum, not exhaustive):
"Foreign direct investment came to 303 million euros in 2011. Austria was the biggest investor
with 77.2 million euros, followed by the Netherlands with 77 million euros and Turkey with 75
million euros." Offered, never drafted (issue 13): the words do not make it certain that the
ranking ranks within that whole and no wider, narrower or other one.

A list the words rank in one sentence (the orders :mod:`aktobe_facts.text.draftranked` and
:mod:`aktobe_facts.text.draftlargest` draft: a word of first place, then "followed by" or "ahead
of") may name the members of one whole: each ranked figure a part of it. The whole is the one
figure of the members' unit (or count of their thing) in the nearest sentence before that has
any, at most three back, in the list's paragraph or the one before; a comparison's other figure
there ("above the 48.5 million euros of 2019") is none, a second one leaves it open. The ranking
words must name what the whole's words name: a word of five letters or more that both clauses
share at its start ("investment" and "investor"; "remittances" and "remittance"), never a word of
time, place or total. Nothing when the list's sentence names a stock, when the whole is a
balance, a change or a share, or when a guard of :mod:`aktobe_facts.text.suggestlistguard`
refuses it (another period, a plan, a span's sum, a rate, changes, a wider ranking, an owner's or
partner's whole, another flow).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text import draftlargest, draftranked
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation, is_percent
from aktobe_facts.text.draftsharesum import NET
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import alike, level
from aktobe_facts.text.suggestfigures import Known, Suggestion
from aktobe_facts.text.suggestlistguard import offered

_RANKS = lazy(
    r"\b(?:top|largest|biggest|leading|main|principal|first|most|best[\w-]*|highest)\b",
    re.IGNORECASE,
)
"""A word of first place before the list's first figure."""
_STOCK = re.compile(r"\b(?:stocks?|cumulative|cumulatively|all[\s-]time)\b", re.IGNORECASE)
_OTHER = re.compile(
    r"\b(?:from|than|against|versus|compared\s+(?:to|with)|above|below|over|under|up|down)"
    r"\s+(?:(?:the|a|its|last\s+year's)\s+)?$",
    re.IGNORECASE,
)
"""Right before a comparison's other figure: it is no whole."""
_WORD = re.compile(r"[A-Za-z]{5,}")
_SHARED_NOT = frozenset(
    [
        "total",
        "overall",
        "first",
        "second",
        "third",
        "their",
        "there",
        "which",
        "while",
        "about",
        "after",
        "before",
        "since",
        "under",
        "other",
        "others",
        "where",
        "these",
        "those",
        "according",
        "largest",
        "biggest",
        "leading",
        "remained",
        "million",
        "billion",
        "trillion",
        "thousand",
        "percent",
        "months",
        "month",
        "years",
        "quarter",
        "period",
        "again",
        "still",
    ]
)
"""Words both clauses may share without naming one thing."""
STEM = 5
BACK = 3
RANKED_IN = 0.6
"""Rank of a ranked list's members within the whole before it."""


def suggestions(article: Article, known: Sequence[Known]) -> list[Suggestion]:
    text = article.text
    placed = {p.figure.id: p for p in article.figures}
    by_id = {k.id: k for k in known}
    ranked, _ = draftranked.relations(article, [])
    largest, _ = draftlargest.relations(article, ranked)
    made: list[Suggestion] = []
    for members in _rankings([*ranked, *largest], placed):
        top = members[0]
        if any(is_percent(m.figure) or not level(m.figure.phrase) for m in members):
            continue
        if _STOCK.search(text, *top.sentence):
            continue
        found = _whole(text, article.sentences(), top)
        if found is None or not _named_alike(text, found, top):
            continue
        whole = by_id[found.figure.id]
        parts = [by_id[m.figure.id] for m in members]
        offer = offered(
            article,
            whole,
            parts,
            RANKED_IN,
            (
                "ranked in the sentence after it, their ranking's words naming what its words name "
                "(not said to be all of it, nor within it)"
            ),
        )
        if offer is not None:
            made.append(offer)
    return made


def _rankings(drafted: Sequence[DraftRelation], placed: dict[str, Placed]) -> list[list[Placed]]:
    """The members of each list ranked in one sentence, in order: the figures of the orders
    drafted with one quote whose first order ranks two figures or more."""
    lists: dict[str, list[str]] = {}
    for r in drafted:
        right = r.fields.get("right")
        if r.kind != "order" or r.fields.get("op") != ">=" or not isinstance(right, list):
            continue
        ids = lists.setdefault(r.quote, [])
        for i in [str(r.fields.get("left")), *right]:
            if i not in ids:
                ids.append(i)
    found = []
    for ids in lists.values():
        members = [placed[i] for i in ids if i in placed]
        if len(members) < 3 or len(members) != len(ids):
            continue
        if len({m.sentence for m in members}) == 1 and all(alike(members[0], m) for m in members):
            found.append(sorted(members, key=lambda m: m.figure.phrase.start))
    return found


def _whole(text: str, sentences: list[list[Placed]], top: Placed) -> Placed | None:
    before = [s for s in sentences if s[0].sentence[1] <= top.sentence[0]][-BACK:]
    for figures in reversed(before):
        if figures[0].paragraph < top.paragraph - 1:
            return None
        same = [p for p in figures if alike(p, top)]
        if not same:
            continue
        wholes = [
            p
            for p in same
            if level(p.figure.phrase)
            and not _OTHER.search(text[p.sentence[0] : p.figure.phrase.start])
        ]
        if len(wholes) != 1:
            return None
        whole = wholes[0]
        start = max(whole.sentence[0], whole.figure.phrase.start - 60)
        return None if NET.search(text, start, whole.figure.phrase.start) else whole
    return None


def _stems(words: str) -> set[str]:
    return {w.lower()[:STEM] for w in _WORD.findall(words) if w.lower() not in _SHARED_NOT}


def _named_alike(text: str, whole: Placed, top: Placed) -> bool:
    """The ranking's words before its first figure share a word's start with the whole's
    clause ("investment", "investor"), and hold a word of first place."""
    ranking = text[top.sentence[0] : top.figure.phrase.start]
    own = text[whole.sentence[0] : min(whole.sentence[1], whole.figure.phrase.outer_end + 40)]
    return bool(_RANKS.search(ranking)) and bool(_stems(ranking) & _stems(own))
