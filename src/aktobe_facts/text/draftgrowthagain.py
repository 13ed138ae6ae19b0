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
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed, tied
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
    used = {i for r in drafted for i in tied(r)}
    headed = headline_end(text)  # a headline's growth is draftheadline's to tie
    growths = [
        p
        for p in article.figures
        if p.figure.kind == "growth" and _one_value(p) and p.figure.phrase.start > headed
    ]
    found = []
    for placed in article.figures:
        if placed.figure.id in used or placed.figure.kind not in ("growth", None):
            continue
        if not _one_value(placed):
            continue
        words = _naming(article, placed)
        if not words or not any(_FLOW.fullmatch(w) for w in words):
            continue
        earlier = [
            g
            for g in growths
            if g.sentence_index < placed.sentence_index
            and _same_value(g, placed)
            and words <= _words_before(article, g)
            and _one_period(article, g, placed)
            and _one_basis(text, g, placed)
        ]
        if len(earlier) == 1:
            found.append(equal_relation([earlier[0], placed]))
    return found


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
    for other in article.figures:
        if other.sentence_index == placed.sentence_index and other.index == placed.index - 1:
            start = other.figure.phrase.outer_end
    end = placed.figure.phrase.start
    return frozenset(w.lower() for w in _WORD.findall(article.text, start, end))


def _naming(article: Article, placed: Placed) -> frozenset[str]:
    """The words that name the percent: those since the figure before it, less joiners and
    words of change; in a list closed by "respectively", the flow named in its place before."""
    listed = _listed(article, placed)
    if listed is not None:
        return listed
    return frozenset(w for w in _words_before(article, placed) if w not in _NOT_NAMING)


def _listed(article: Article, placed: Placed) -> frozenset[str] | None:
    """In "A ... B, 20 percent and 16.6 percent respectively", the flow named k-th before the
    list for its k-th percent (with the word right before it, "non-oil exports"), when the
    sentence names as many flows there as the list has percents; None where no such list."""
    text = article.text
    runs: list[list[Placed]] = []
    for p in article.figures:
        if p.sentence_index != placed.sentence_index:
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and _JOINED.fullmatch(
            text, last.figure.phrase.outer_end, p.figure.phrase.start
        ):
            runs[-1].append(p)
        else:
            runs.append([p])
    run = next((r for r in runs if placed in r), [])
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
