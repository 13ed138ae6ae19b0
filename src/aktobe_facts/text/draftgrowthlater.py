"""A growth stated before its flow's figures, for a draft: "Tunisia's trade deficit widened by 15
percent in the first seven months ... a 23.3 percent growth in exports" in the lead, "exports
reached around TND23580.1 million by the end of July 2018 against TND19128.9 million in the same
period of 2017" further on: the growth of that current value over that base.

Read from the relations drafted before (a growth already tied to a current value is left alone)
and the roles of the article's figures (:mod:`aktobe_facts.text.draftroles`): the growth's clause
up to it and the three words after it name one flow, and no other measure than its value
("in volume", "in real terms") (exports, imports, revenue, spending, a deficit or surplus) and no other, and no
word right before the flow's noun makes it a part ("tax revenue"); the current value is the one
figure of the whole article the words give that flow (whole, reported, no comparison's earlier
figure), in a later sentence, of the growth's period where the words of both name one (the
growth's drafted period against the months the flow's words name), with its earlier value
in its own sentence (:func:`aktobe_facts.text.draftearlier.earlier_values`: "against Y in the same
period of 2017"). A growth and its current value alone test nothing, so nothing less is drafted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftarticle import Article, Placed, in_sentence, tied
from aktobe_facts.text.draftearlier import earlier_values
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_measure,
    is_percent,
    same_measure,
)
from aktobe_facts.text.draftgrowthnamed import FLOWS
from aktobe_facts.text.draftroles import reported_whole, roles
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.roletime import Time, read_time
from aktobe_facts.text.sentences import clause_end, clause_start

_FLOW = lazy(
    r"(?:(?P<before>[A-Za-z][\w'’-]*)\s+)?\b(?:"
    + "|".join(rf"(?P<{name}>{words})" for name, words in FLOWS.items())
    + r")\b",
    re.IGNORECASE,
)
_WHOLE_BEFORE = lazy(
    r"^(?:the|its|their|total|overall|nominal|aggregate|trade|goods|merchandise|budget|fiscal|"
    r"in|of|and|by|a|an|[a-z]+['’]s)$",
    re.IGNORECASE,
)
"""A word right before a flow's noun that makes no part of it ("Tunisia's trade deficit", "growth
in exports"); any other ("tax revenue", "oil exports") names a part."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    article = Article.of(text, sentences)
    taken = {
        i
        for r in drafted
        if r.kind in ("growth", "change")
        for k, v in r.fields.items()
        if k in ("growth", "current")
        for i in ([v] if isinstance(v, str) else [])
    }
    named = roles(article)
    earlier = earlier_values(article, named)
    found: list[DraftRelation] = []
    for placed in article.figures:
        growth = placed.figure
        if growth.kind != "growth" or growth.id in taken or not is_percent(growth):
            continue
        start = clause_start(text, placed.sentence[0], growth.phrase.start)
        end = clause_end(text, growth.phrase.outer_end, placed.sentence[1])
        after = _NEXT_WORDS.match(text, growth.phrase.outer_end, end)
        words = text[start : after.end() if after else growth.phrase.outer_end]
        flow = _one_flow(words)
        if flow is None or _MEASURE.search(text, start, end):
            continue  # "exports grew 5 percent in volume": no growth of their value
        currents = [p for p in article.figures if reported_whole(named.get(p.figure.id), flow)]
        if len(currents) != 1 or currents[0].sentence_index <= placed.sentence_index:
            continue
        current = currents[0]
        when = _time(growth.period)
        if when is None or not named[current.figure.id].time.fits(when):
            continue  # "rose 5 percent in 2022": not 2023's figure
        if not _alone_compared(article, growth, current, text[start:end]):
            continue  # "surge 21 percent in the quarter" over "September's X against August's Y"
        if current.figure.id not in earlier or any(
            current.figure.id in tied(r) for r in drafted if r.kind in ("growth", "change")
        ):
            continue
        fields = {
            "growth": growth.id,
            "current": current.figure.id,
            "base": earlier[current.figure.id][0],
        }
        said = " … ".join(
            " ".join(text[a:b].split())
            for a, b in (
                (start, growth.phrase.outer_end),
                (current.sentence[0], current.sentence[1]),
            )
        )
        found.append(DraftRelation("", "growth", fields, said))
    return found


_SPAN = lazy(
    rf"\b(?:quarters?|half|halves|months?|weeks?|[qh][1-4]|{MONTH_NAMES})\b", re.IGNORECASE
)
"""Words of a growth's clause that name a span of the year ("during 1st quarter", "in May")."""


def _alone_compared(article: Article, growth: Figure, current: Placed, clause: str) -> bool:
    """The current value is the growth's beyond doubt: where the growth's clause names a span of
    the year ("during 1st quarter"), the current's own words name the same months; its sentence
    states no growth of its own ("a decrease of 8.43 percent over August": that comparison is
    another one) and compares it with one earlier level only ("X as against Y in August and Z
    in September a year before": no base of a growth printed elsewhere)."""
    if _SPAN.search(clause):
        ours = read_time(clause).months
        text = article.text
        theirs = read_time(text[current.sentence[0] : current.sentence[1]]).months
        if ours is None or ours != theirs:
            return False
    beside = [p.figure for p in in_sentence(article, current.sentence_index)]
    if any(f.kind == "growth" and f.id != growth.id for f in beside):
        return False
    levels = [f for f in beside if is_measure(f) and same_measure(current.figure, f)]
    return len(levels) <= 2


_PERIOD = re.compile(r"(\d{4})(?:-(\d{2}))?(?:/(\d{4})-(\d{2}))?")
_PART = re.compile(r"(\d{4})-([HQ])([1-4])")


def _time(period: str | None) -> Time | None:
    """The period of a drafted claim as the words of a role name it ("2018-01/2018-07": the
    first seven months of 2018; "2031-H1": its first half); an empty Time for none, None for
    one this cannot read (never taken for any period)."""
    if period is None:
        return Time()
    part = _PART.fullmatch(period)
    if part is not None:
        size = 6 if part.group(2) == "H" else 3
        last = int(part.group(3)) * size
        return Time(part.group(1), (last - size + 1, last)) if last <= 12 else None
    m = _PERIOD.fullmatch(period)
    if m is None or (m.group(3) and m.group(3) != m.group(1)):
        return None
    first = int(m.group(2) or 1)
    last = int(m.group(4) or m.group(2) or 12)
    return Time(m.group(1), (first, last))


_MEASURE = re.compile(
    r"\b(?:volumes?|quantit(?:y|ies)|tonnage|real|terms|prices?|units?|physical)\b", re.IGNORECASE
)
"""Words in a growth's clause that make it a growth of another measure than the value."""
_NEXT_WORDS = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,3}")
"""The words right after a growth that may name its flow ("a 23.3 percent growth in exports")."""


def _one_flow(clause: str) -> str | None:
    """The one flow a growth's clause names as a whole, else None."""
    names = set()
    for m in _FLOW.finditer(clause):
        before = m.group("before")
        if before is not None and not _WHOLE_BEFORE.match(before):
            return None  # "oil exports": a part
        names.add(next(name for name in FLOWS if m.group(name)))
    return names.pop() if len(names) == 1 else None
