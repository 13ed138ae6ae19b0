"""The period a figure's context gives it, for the rules that join figures of different sentences
(:func:`one_context`).

A figure whose own words name a period (its role's :class:`~aktobe_facts.text.roletime.Time`,
read by :mod:`aktobe_facts.text.figuretime`) has that period. One whose words name none takes the
period named last before it in its sentence (by a flow's figure or a change's: "the surplus
widened 8 percent in the first three months, with exports to Japan falling to X": the three
months'; never by a share's, whose period words are its whole's: "13.6% of the target for 2012"),
else the one period the sentences before it named
last: by a sentence that opens on it ("Taking the first five months of the year together, the
surplus was X. Exports rose to Y": the five months'), or by the lead ("The trade surplus in May
was X. ... Imports fell to Y": May's), also by a sentence whose first figure is a level of no
flow's noun that names its period with a verb ("Ruritania exported X in May, while imports rose
to Y. ... Imports from the EU rose to Z": May's, so no part of the five months' imports named
after them). A sentence whose figures name two periods ("revenue was A in H1 and B in H2") leaves
no context after it; a comparison's earlier figure ("against X a year
earlier") sets none and takes none (the guard is then silent). A sentence that opens on a time
told as a distance from the one before ("A year later, exports came to A") moves the context by it
(:mod:`aktobe_facts.text.relativeopening`): 2030 after 2029, or a period that fits no other where
the distance or the period before leaves the new one uncertain.

Two figures of different sentences whose contexts name different periods are never joined: May's
imports are no flow of the five months' balance, however near their sentences stand. Figures of
one sentence are left to the rule's own reading (a period named after both may be theirs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import combinations

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import Figure, Sentence
from aktobe_facts.text.draftroles import roles
from aktobe_facts.text.figuretime import is_earlier, time_of
from aktobe_facts.text.keptlast import kept_last
from aktobe_facts.text.relativeopening import is_moved, moved, opening_shift
from aktobe_facts.text.roletime import Time, to_its_day


def one_context(article: Article, *figures: Placed) -> bool:
    """No two of the figures, in different sentences, have contexts that name different periods
    (:func:`clash`). A guard only: a rule counts its candidates before it, so that a figure it
    leaves alone is never taken for being the one left ("Together the deficit came to X" after
    February's revenue and spending: the two months', though February was named last)."""
    contexts = _contexts(article)
    return not any(
        a.sentence_index != b.sentence_index and clash(contexts[a.figure.id], contexts[b.figure.id])
        for a, b in combinations(figures, 2)
    )


def context_of(article: Article, placed: Placed) -> Time:
    """The period the figure's context gives it (its own words' first, else the one the words
    before it set)."""
    return _contexts(article)[placed.figure.id]


def figures_one_context(text: str, sentences: Sequence[Sentence], *figures: Figure) -> bool:
    """:func:`one_context` for the rules that read sentences and their figures rather than the
    article (a growth joined to the next sentence's levels, a share of the figure before)."""
    article, placed = _placed(text, sentences)
    return one_context(article, *(placed[f.id] for f in figures))


def context_time(text: str, sentences: Sequence[Sentence], figure: Figure) -> Time:
    """The period a figure's context gives it (its own words' first, else the one the words
    before it set; :func:`_contexts`), for a rule that reads sentences."""
    article, placed = _placed(text, sentences)
    return _contexts(article)[placed[figure.id].figure.id]


class _Last:
    """The article read last from its text and sentences, with its figures by claim id: the
    rules ask about many pairs of one article, which is built once, not once per pair. Kept by
    the very objects it was built from (a rule never changes the sentences it is given)."""

    text: str | None = None
    sentences: Sequence[Sentence] | None = None
    built: tuple[Article, dict[str, Placed]] | None = None


def _placed(text: str, sentences: Sequence[Sentence]) -> tuple[Article, dict[str, Placed]]:
    if _Last.built is None or _Last.text is not text or _Last.sentences is not sentences:
        article = Article.of(text, sentences)
        _Last.text, _Last.sentences = text, sentences
        _Last.built = article, {p.figure.id: p for p in article.figures}
    return _Last.built


def clash(a: Time, b: Time) -> bool:
    """The two periods differ in what both name: their months, their years, or their relative
    years ("last year", "this year"). A relative year and a year clash in nothing (with no
    article date, "February this year" may be February 2020). A period a sentence's opening
    moved by a distance the words leave uncertain
    (:data:`~aktobe_facts.text.relativeopening.MOVED`) clashes with every other named one."""
    this = ("this", "current")
    relative = (
        a.relative is not None
        and b.relative is not None
        and a.relative != b.relative
        and not (a.relative in this and b.relative in this)
    )
    return (
        # "as of April 1" and "as of May 1"; "so far" may end the first quarter (roletime)
        (a.named and b.named and a.dates != b.dates and not to_its_day(a, b))
        or (a.months is not None and b.months is not None and a.months != b.months)
        or (a.year is not None and b.year is not None and a.year != b.year)
        or relative
        or (a.named and b.named and a.relative != b.relative and (is_moved(a) or is_moved(b)))
    )


_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:while|whereas|but|and)\b")


def _one_clause(text: str, first: Placed, later: Placed) -> bool:
    """No clause breaks between the two figures (a comma, a dash, "while", "and")."""
    between = text[
        first.figure.phrase.outer_end or first.figure.phrase.end : later.figure.phrase.start
    ]
    return _CLAUSE_BREAK.search(between) is None


@kept_last
@lru_cache(maxsize=1)
def _contexts(article: Article) -> dict[str, Time]:
    """Each figure's context period, by claim id (kept for the article read last)."""
    named = roles(article)
    text = article.text
    found: dict[str, Time] = {}
    carried = Time()  # the one period the sentences before named last
    for figures in article.sentences():
        first = figures[0]
        shift = opening_shift(text, first.sentence[0])
        if shift is not None:  # "A year later, exports came to A": no figure of the year before
            carried = moved(carried, shift, first.sentence_index)
        last = carried
        periods: set[Time] = set()
        carrying: list[Placed] = []  # the figures that took the period of the sentences before
        namer: Placed | None = None  # the first figure whose own words name the sentence's period
        for k, placed in enumerate(figures):
            role = named.get(placed.figure.id)
            if role is None:  # no flow's figure ("wages took A in 2030"): its own words' period
                own = Time() if is_earlier(text, figures, k) else time_of(text, figures, k)
                found[placed.figure.id] = own if own.named else last
                if own.named and placed.figure.kind in ("growth", "change"):
                    last = own  # a change's period is its clause's, for the flows after it
                elif own.named and placed.figure.kind == "amount" and k == 0:
                    # a sentence's first level names its period with a verb, no flow's noun
                    # ("Ruritania exported X in May, while imports rose to Y"): the sentence's
                    # period and the context after it, never a later figure's (an earlier
                    # value's "when 2.4 million tons were produced" in 2030)
                    last = own
                    periods.add(own)
                continue
            if role.earlier:
                found[placed.figure.id] = Time()
                continue
            if role.time.named:
                last = role.time
                periods.add(role.time)
                namer = namer or placed
            elif last is carried and carried.named:
                carrying.append(placed)
            found[placed.figure.id] = last
        if len(periods) == 1 and namer is not None:
            # the one period a clause names after its first figures is theirs, not the period of
            # the sentences before ("Ghana exported X of beans out of a total output of Y in the
            # 2030/31 season" after January's exports: the season's); a figure of another clause
            # keeps it ("Of the aggregate of X, Y went out in the first half": X is the year's)
            (named_after,) = periods
            for placed in carrying:
                if _one_clause(text, placed, namer):
                    found[placed.figure.id] = named_after
        if periods:
            (carried,) = periods if len(periods) == 1 else (Time(),)
    return found
