"""A growth told again in a later sentence without its level, for a draft (``kind = "equal"``):
"Non-oil exports fell by 25.9 percent to 63.9 billion" ... "With non-oil exports down 25.9 percent
and imports up 2%, the ratio of the two fell"; "Because imports grew faster than non-oil exports,
20 percent and 16.6 percent respectively, ...".

A later percent is an earlier growth given again when

- it is in no relation drafted before (no level of its own: a growth of another figure is
  :mod:`aktobe_facts.text.draftequal`'s), in a later sentence than the growth;
- both print one value with one sign ("2.0 percent" and "2%"; a fall and an unsigned percent are
  two figures);
- the words that name the later percent name a flow (exports, imports, revenue, ...), and each of
  them is a word that names the earlier growth: the words since the figure before it in its
  clause ("and imports up 2%": imports), or, in a list closed by "respectively", the flow named
  in that place before the list ("imports grew faster than non-oil exports, 20 percent and 16.6
  percent respectively": imports, then non-oil exports);
- exactly one earlier growth of the body is so named and valued (two are the editor's to tell
  apart; a headline's growth is :mod:`aktobe_facts.text.draftheadline`'s, whose guards leave
  it untied where two body growths could be it);
- neither names another period than the other's (its own, or its sentence's where it has none),
  and their sentences compare with one kind of
  base and are of one basis: a growth "on a quarterly basis", "month-on-month", "in real terms"
  or "in volume" is no growth told again yearly or in value (``_BASIS``).

A later percent named by "the" or a possessive and a noun of change is a growth told again too,
with no flow's noun (twenty-fourth session, orders24): "a year-on-year increase of 82.3%" ... "the
year-on-year increase of 82.3% in February's collection"; "grew by a robust 17.5 percent in 2016"
... "the islands' 17.5 percent increase in stopover arrivals". The definite words point back to a
growth stated before, so the value must be printed exactly twice in the body (with its sign), the
noun of change must go the earlier growth's way ("the 5% fall" is no rise's), the thing named after
"in" must share each of its words' stems with the earlier growth's sentence ("collection" and
"collected", "stopover" and "Stopovers"), and the period and basis guards above hold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed, in_sentence, tied
from aktobe_facts.text.draftequal import equal_relation
from aktobe_facts.text.draftfigures import DraftRelation, Sentence, is_percent
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.roletime import read_time
from aktobe_facts.text.sentences import headline_end

_FLOW = re.compile(
    r"\b(?:exports?|imports?|re-exports|revenues?|sales|spending|expenditures?|output|production|"
    r"earnings|remittances|arrivals|receipts|income|trade|turnover|investments?|shipments)\b",
    re.IGNORECASE,
)
"""Nouns of a flow: the words that make a later percent a growth told again."""
_NOT_NAMING = frozenset(
    re.findall(
        r"\S+",
        "with and the a an its their up down by rose fell grew increased decreased declined "
        "dropped climbed jumped while as of in on for to than faster slower more less because "
        "since both respectively year-on-year annually which were was is are had has",
    )
)
"""Words that say nothing of which flow a percent is: joiners, verbs and words of change."""
_BASIS = lazy(
    r"\b(?:on\s+an?\s+(?:quarterly|monthly|weekly)\s+basis|(?:quarter|month|week)-on-(?:quarter|"
    r"month|week)|q/q|m/m|qoq|(?:previous|preceding|prior)\s+(?:quarter|month|week)|real\s+terms|"
    r"in\s+volume|by\s+volume|volume\s+terms|seasonally\s+adjusted|on\s+average|average\s+annual|"
    r"annual\s+average|compound|since\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
"""Words of another base or basis than the year before in value (an average over years, "up 5%
a year on average since 2025", is no one year's growth)."""
_WORD = re.compile(r"[a-z][\w'’-]*", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s*", re.IGNORECASE)
_NAMED_FLOW = lazy(rf"(?:([\w'’-]+)\s+)?({_FLOW.pattern})", re.IGNORECASE)


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The equal of each later percent and the one earlier growth it gives again."""
    article = Article.of(text, sentences)
    used = {i for r in drafted if r.kind != "order" for i in tied(r)}  # an order gives no level
    headed = headline_end(text)  # a headline's growth is draftheadline's to tie
    growths = [
        p
        for p in article.figures
        if p.figure.kind == "growth" and _one_value(p) and p.figure.phrase.start > headed
    ]
    found = []
    runs: dict[int, dict[str, list[Placed]]] = {}  # each sentence's lists, made once
    before: dict[str, frozenset[str]] = {}  # each growth's words, read once
    for placed in article.figures:
        if placed.figure.id in used or placed.figure.kind not in ("growth", None):
            continue
        if not _one_value(placed):
            continue
        if placed.sentence_index not in runs:
            runs[placed.sentence_index] = _runs(article, placed.sentence_index)
        words = _naming(article, placed, runs[placed.sentence_index])
        if not words or not any(_FLOW.fullmatch(w) for w in words):
            found += _told_again_by_the(article, placed, growths)
            continue
        earlier = [
            g
            for g in growths
            if g.sentence_index < placed.sentence_index
            and _same_value(g, placed)
            and words <= _words_of(article, g, before)
            and _one_period(article, g, placed)
            and _one_basis(text, g, placed)
        ]
        if len(earlier) == 1:
            found.append(equal_relation([earlier[0], placed]))
    return found


_CHANGE_NOUN = r"(?:(?P<up>increase|rise|growth|gain|jump)|(?P<down>decline|fall|drop|decrease))"
_THE = r"(?:the|its|their|this|that|(?:the\s+)?[\w-]+['’]s?)"
_THE_NOUN_OF = lazy(rf"\b{_THE}\s+(?:[\w-]+\s+){{0,2}}?{_CHANGE_NOUN}\s+of\s*$", re.IGNORECASE)
"""Before the percent: "the year-on-year increase of "."""
_THE_BEFORE = lazy(rf"\b{_THE}\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_NOUN_AFTER = lazy(rf"\s*(?:[\w-]+\s+)?{_CHANGE_NOUN}\b", re.IGNORECASE)
_OWN_NOUN = lazy(rf"\b{_CHANGE_NOUN}\s*$", re.IGNORECASE)
"""Around the percent: "the islands' " before it, " increase" after it or ending its words."""
_THING = lazy(r"^\s+in\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.IGNORECASE)
_THING_END = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "came",
        "comes",
        "has",
        "had",
        "have",
        "will",
        "would",
        "from",
        "to",
        "for",
        "as",
        "which",
        "that",
        "and",
        "but",
        "while",
        "with",
        "by",
        "on",
    ]
)
_STEM = 5


def _told_again_by_the(
    article: Article, placed: Placed, growths: Sequence[Placed]
) -> list[DraftRelation]:
    """The equal of a later percent that "the" and a noun of change name, and the one earlier
    growth of its value and sign, the value printed twice in the body."""
    text = article.text
    start, end = placed.sentence[0], placed.figure.phrase.start
    after = placed.figure.phrase.outer_end
    way = _THE_NOUN_OF.search(text, max(start, end - 80), end)
    rest = after
    if way is None and _THE_BEFORE.search(text, max(start, end - 40), end):
        way = _NOUN_AFTER.match(text, after, placed.sentence[1]) or _OWN_NOUN.search(
            text, end, after
        )  # " increase" after the figure, or its own words' ("17.5 percent increase")
        rest = way.end() if way else after
    if way is None:
        return []
    up = way.group("up") is not None
    thing = _thing(text[rest : placed.sentence[1]])
    same = [g for g in article.figures if is_percent(g.figure) and _same_value(g, placed)]
    headed = headline_end(text)
    if len([g for g in same if g.figure.phrase.start > headed]) != 2:
        return []
    earlier = [
        g
        for g in growths
        if g.sentence_index < placed.sentence_index
        and _same_value(g, placed)
        and _rises(g) == up
        and thing <= _stems(text[g.sentence[0] : g.sentence[1]])
        and _one_period(article, g, placed)
        and _one_basis(text, g, placed)
    ]
    return [equal_relation([earlier[0], placed])] if len(earlier) == 1 else []


def _thing(words: str) -> frozenset[str]:
    """The stems of what a noun of change is "in": "in stopover arrivals" (up to a verb or a
    joiner)."""
    m = _THING.match(words)
    if m is None:
        return frozenset()
    named = []
    for word in m.group(1).split():
        if word.lower() in _THING_END:
            break
        named.append(word)
    return _stems(" ".join(named)) - _stems(" ".join(_NOT_NAMING))


def _stems(words: str) -> frozenset[str]:
    return frozenset(w.lower()[:_STEM] for w in _WORD.findall(words))


def _rises(placed: Placed) -> bool:
    """The growth rises: neither signed below zero nor said to fall."""
    stated = placed.figure.phrase.stated
    return not stated.negative and stated.direction != "down"


def _one_value(placed: Placed) -> bool:
    stated = placed.figure.phrase.stated
    return is_percent(placed.figure) and not stated.is_range and stated.per is None


def _same_value(a: Placed, b: Placed) -> bool:
    x, y = a.figure.phrase.stated, b.figure.phrase.stated
    return x.value == y.value and x.negative == y.negative


def _one_period(article: Article, a: Placed, b: Placed) -> bool:
    """Neither names another period than the other's: their own periods, or where a figure has
    none, those its sentence's words name (:func:`~aktobe_facts.text.roletime.read_time`, a
    quarter or half with no year too: "Exports fell by 2.0 percent to X in 2030" ... "In the fourth
    quarter, imports were up 4.5%": the quarter's growth, no year's told again)."""
    x, y = a.figure.period, b.figure.period
    if x is not None and y is not None:
        return x == y
    text = article.text
    return read_time(text[a.sentence[0] : a.sentence[1]]).fits(
        read_time(text[b.sentence[0] : b.sentence[1]])
    )


def _one_basis(text: str, a: Placed, b: Placed) -> bool:
    def bases(p: Placed) -> frozenset[str]:
        found = _BASIS.findall(text, p.sentence[0], p.sentence[1])
        return frozenset(" ".join(f.lower().split()) for f in found)

    return bases(a) == bases(b)


def _words_before(article: Article, placed: Placed) -> frozenset[str]:
    """The words between the figure before (in its sentence) and this one."""
    start = placed.sentence[0]
    if placed.index > 0:  # the sentence's figures, in order: the one before is at index - 1
        start = in_sentence(article, placed.sentence_index)[
            placed.index - 1
        ].figure.phrase.outer_end
    end = placed.figure.phrase.start
    return frozenset(w.lower() for w in _WORD.findall(article.text, start, end))


def _words_of(article: Article, placed: Placed, kept: dict[str, frozenset[str]]) -> frozenset[str]:
    """:func:`_words_before`, kept by the figure's id (asked for each later percent)."""
    if placed.figure.id not in kept:
        kept[placed.figure.id] = _words_before(article, placed)
    return kept[placed.figure.id]


def _naming(article: Article, placed: Placed, runs: dict[str, list[Placed]]) -> frozenset[str]:
    """The words that name the percent: those since the figure before it, less joiners and
    words of change; in a list closed by "respectively", the flow named in its place before.
    ``runs``: the lists of the percent's sentence (:func:`_runs`)."""
    listed = _listed(article, placed, runs.get(placed.figure.id, []))
    if listed is not None:
        return listed
    return frozenset(w for w in _words_before(article, placed) if w not in _NOT_NAMING)


def _runs(article: Article, sentence_index: int) -> dict[str, list[Placed]]:
    """The runs of a sentence's figures joined by commas and "and", the run of each figure by its
    id: made once a sentence (a sentence of n percents was gone through for each, and the whole
    article's figures with it)."""
    text = article.text
    runs: list[list[Placed]] = []
    for p in in_sentence(article, sentence_index):
        last = runs[-1][-1] if runs else None
        if last is not None and _JOINED.fullmatch(
            text, last.figure.phrase.outer_end, p.figure.phrase.start
        ):
            runs[-1].append(p)
        else:
            runs.append([p])
    return {p.figure.id: run for run in runs for p in run}


def _listed(article: Article, placed: Placed, run: list[Placed]) -> frozenset[str] | None:
    """In "A ... B, 20 percent and 16.6 percent respectively", the flow named k-th before the
    list for its k-th percent (with the word right before it, "non-oil exports"), when the
    sentence names as many flows there as the list has percents; None where no such list.
    ``run``: the figures joined to the percent in its sentence (:func:`_runs`)."""
    text = article.text
    if len(run) < 2 or not _RESPECTIVELY.match(text, run[-1].figure.phrase.outer_end):
        return None
    before = text[placed.sentence[0] : run[0].figure.phrase.start]
    flows = [(m.group(1), m.group(2)) for m in _NAMED_FLOW.finditer(before)]
    if len(flows) != len(run):
        return None
    qualifier, flow = flows[run.index(placed)]
    words = {flow.lower()}
    if qualifier and qualifier.lower() not in _NOT_NAMING:
        words.add(qualifier.lower())
    return frozenset(words)
