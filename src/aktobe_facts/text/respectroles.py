"""The roles a "respectively" gives a list of levels, for :mod:`aktobe_facts.text.draftroles`:
"China's imports and exports rose 2 percent and 3.6 percent respectively to $1.27 trillion and
$1.71 trillion" (the first level the imports', the second the exports'); "revenue and spending
came to A and B, respectively".

Only where the words leave one reading: the sentence names two or three flows' nouns in one list
(exports, imports, revenue, spending, each once: "imports and exports", "revenue, spending and
..."), at a clause's start (after at most an article, "its", "their" or a name's possessive,
"China's"), with no word of a part before the list or right after a noun ("oil exports and
imports", "imports from and exports to ASEAN" are left), no part after the list ("exports and
imports of gold"); then as many levels of one unit, listed with only commas and "and" between, no
other level between the nouns and them, none of which the words gave a role; and "respectively"
once in the sentence, between the list of nouns and the clause's end after the levels. The first
level takes the first noun's flow, and so on, with the period its own clause names and the plan
its sentence's words make it ("were forecast to reach A and B respectively": forecasts, as each
level's own words would make it).
"""

from __future__ import annotations

import re
from itertools import pairwise

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import same_unit
from aktobe_facts.text.draftroles import FAMILIES, Role, planned
from aktobe_facts.text.figuretime import is_earlier, time_of
from aktobe_facts.text.levels import level
from aktobe_facts.text.sentences import LIST_JOIN
from aktobe_facts.text.whose import whose

_FLOWS = {
    "exports": "exports",
    "imports": "imports",
    "revenue": "revenue",
    "revenues": "revenue",
    "spending": "spending",
    "expenditure": "spending",
    "expenditures": "spending",
}
_NOUN = r"(exports|imports|revenues?|spending|expenditures?)"
_LIST = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:while|whereas|and|but)\s+)"
    r"(?P<head>(?:(?:the|its|their)\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:'s|’s)\s+)?)"
    rf"\b{_NOUN}(?:\s*,\s*{_NOUN})?\s*,?\s+and\s+{_NOUN}\b"
    r"(?!\s+(?:of|from|to|with|for|on)\b)",
    re.IGNORECASE,
)
"""Two or three flows' nouns in one list at a clause's start: "China's imports and exports"."""
_PARTNER = re.compile(r"^\s*(?:from|to|with)\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def listed(article: Article, named: dict[str, Role]) -> dict[str, Role]:
    """The roles, with those a "respectively" gives a list of levels after its flows' nouns."""
    text = article.text
    out = dict(named)
    for figures in article.sentences():
        start, end = figures[0].sentence
        sentence = text[start:end]
        said_at = list(_RESPECTIVELY.finditer(sentence))
        if len(said_at) != 1:
            continue
        nouns = list(_LIST.finditer(sentence))
        if len(nouns) != 1:
            continue
        m = nouns[0]
        spans = [m.span(g) for g in (2, 3, 4) if m.group(g) is not None]
        flows = [_FLOWS[sentence[a:b].lower()] for a, b in spans]
        if len(set(flows)) != len(flows):
            continue
        after_nouns = start + m.end()
        listed_at = (start + m.start(2), after_nouns)
        levels = _levels(text, figures, after_nouns, len(flows), out, listed_at)
        if levels is None:
            continue
        said = said_at[0].start() + start
        if said < after_nouns or not _in_clause(text, figures, levels[-1], said):
            continue
        mine = whose(m.group("head"))
        for k, (placed, flow) in enumerate(zip(levels, flows, strict=True)):
            index = figures.index(placed)
            out[placed.figure.id] = Role(
                flow,
                FAMILIES.get(flow),
                None,
                frozenset(),
                planned(text, start, placed.figure.phrase.start),  # "were forecast to reach"
                time_of(text, figures, index),
                is_earlier(text, figures, index),
                start + spans[k][0],
                None,
                mine,
            )
    return out


def _levels(
    text: str,
    figures: list[Placed],
    after: int,
    count: int,
    named: dict[str, Role],
    nouns: tuple[int, int],
) -> list[Placed] | None:
    """The ``count`` levels right after the nouns (percents may stand between), listed with only
    commas and "and" between, of one unit, none with a role of words other than the list's own
    (a role read from the list's nearest noun, "revenue and spending came to A": A as spending,
    is the list's to give); no other level before them."""
    amounts = [
        p
        for p in figures
        if p.figure.phrase.start >= after and level(p.figure.phrase) and p.figure.kind == "amount"
    ]
    others = [p for p in figures if p.figure.phrase.start >= after and p not in amounts]
    if len(amounts) < count:
        return None
    chosen = amounts[:count]
    first = figures.index(chosen[0])
    last = figures.index(chosen[-1])
    if figures[first : last + 1] != chosen:
        return None  # another figure inside the list
    if any(
        p.figure.kind == "amount"
        for p in others
        if p.figure.phrase.start < chosen[0].figure.phrase.start
    ):
        return None
    gaps = [text[a.figure.phrase.outer_end : b.figure.phrase.start] for a, b in pairwise(chosen)]
    if not all(LIST_JOIN.fullmatch(g) for g in gaps):
        return None
    if last + 1 < len(figures) and LIST_JOIN.fullmatch(
        text[chosen[-1].figure.phrase.outer_end : figures[last + 1].figure.phrase.start]
    ):
        return None  # a longer list than of nouns
    if not all(same_unit(chosen[0].figure, p.figure) for p in chosen[1:]):
        return None
    if any(
        not nouns[0] <= named[p.figure.id].start < nouns[1] for p in chosen if p.figure.id in named
    ):
        return None
    return chosen


def _in_clause(text: str, figures: list[Placed], last: Placed, said: int) -> bool:
    """ "respectively" before the levels ("rose 2 percent and 3.6 percent respectively to"), or
    after the last one in its clause, no figure between."""
    if said < last.figure.phrase.start:
        return True
    words = text[last.figure.phrase.outer_end : said]
    return not re.search(r"[.;]", words) and not any(
        last.figure.phrase.start < p.figure.phrase.start < said for p in figures
    )
