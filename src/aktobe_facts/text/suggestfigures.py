"""What a suggester (:mod:`aktobe_facts.text.suggest`) reads and writes: the article's figures
with their final periods and the words naming them, and the suggestions made from them; with the
tests on figures every family needs."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from msgspec import Struct

from aktobe_facts.reading.periods import Period, PeriodError, parse_period
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    is_measure,
    quote,
    same_measure,
    subject_words,
)
from aktobe_facts.text.draftroles import FLOW_WORDS, roles
from aktobe_facts.text.draftwords import content
from aktobe_facts.text.roletime import MONTHS as _MONTH_WORDS
from aktobe_facts.text.sentences import clause_start


class Suggestion(Struct, frozen=True):
    """A relation the words suggest, why (in plain words, for the comment above it) and its rank
    (lower is likelier: a family gives its strongest cue the lowest)."""

    relation: DraftRelation
    why: str
    rank: float


class Known(Struct, frozen=True):
    """A figure of the article with what a suggester compares: its final period (after the
    draft's dating) and what the words of its clause before it name."""

    placed: Placed
    period: str | None
    subject: frozenset[str]

    @property
    def id(self) -> str:
        return self.placed.figure.id


_NOT_NAMES = frozenset(
    [
        "billion",
        "million",
        "trillion",
        "thousand",
        "bn",
        "mn",
        "tn",
        "cent",
        "percent",
        "pct",
        "per",
        "year-on-year",
        "yoy",
        "previou",
        "previous",
        "earlier",
        "last",
        "ago",
        "before",
        "record",
        "high",
        "higher",
        "low",
        "lower",
        "new",
        "current",
        "same",
        "first",
        "second",
        "third",
        "fourth",
        "half",
        "quarter",
        "nine",
        "six",
        "three",
        "seven",
        "eight",
        "ten",
        "two",
        "four",
        "five",
        "compared",
        "comparison",
        "said",
        "says",
        "say",
        "according",
        "data",
        "show",
        "showed",
        "figure",
        "figures",
        "amount",
        "level",
        "value",
        "registered",
        "registering",
        "recorded",
        "reached",
        "stood",
        "worth",
        "valued",
    ]
)
"""Words of a figure's clause that say when, how much or who said it, not what it is."""


def subject_of(words: set[str]) -> frozenset[str]:
    """What a figure's clause names (:func:`aktobe_facts.text.draftfigures.names`) without the
    words of :data:`_NOT_NAMES`."""
    return frozenset(w for w in words if w not in _NOT_NAMES)


MONTHS = frozenset(_MONTH_WORDS)
"""The months' names: a word naming one month names a month's figure, not a span's."""


PLAN_WORDS = frozenset(
    [
        "forecast",
        "forecasts",
        "plan",
        "planned",
        "target",
        "targeted",
        "expected",
        "expects",
        "expect",
        "budget",
        "budgeted",
        "estimate",
        "estimated",
        "projected",
        "projection",
    ]
)
"""Words of a plan or forecast: a figure compared with one is no base of a growth, and a plan's
figure holds no actual month's."""


def flows_named(article: Article, k: Known) -> frozenset[str]:
    """The flows named in a figure's sentence up to it: by the draft's roles
    (:mod:`aktobe_facts.text.draftroles`) of its figures, or where none has one, by the flows'
    words (:data:`FLOW_WORDS`): "in July 2012 it had been EGP 34.2 billion" after "the import bill
    ... increased" names imports."""
    found = roles(article)
    named = frozenset(
        role.name
        for other in article.figures
        if other.sentence_index == k.placed.sentence_index
        and other.figure.phrase.start <= k.placed.figure.phrase.start
        and (role := found.get(other.figure.id)) is not None
    )
    if named:
        return named
    before = article.text[k.placed.sentence[0] : k.placed.figure.phrase.start]
    return frozenset(n for n, w in FLOW_WORDS.items() if re.search(rf"\b(?:{w})\b", before, re.I))


Suggester = Callable[[Article, Sequence[Known]], list[Suggestion]]


def is_level(k: Known) -> bool:
    """An amount of a unit or a count, stated as a level: no change, range, sign, rate or bound
    of one side only."""
    figure = k.placed.figure
    stated = figure.phrase.stated
    if not is_measure(figure) or stated.direction is not None or stated.per is not None:
        return False
    return stated.digits is not None and not stated.negative


def comparable(a: Known, b: Known) -> bool:
    """Two levels of one measure: amounts of one unit or counts of one thing."""
    return is_level(a) and is_level(b) and same_measure(a.placed.figure, b.placed.figure)


def period_of(k: Known) -> Period | None:
    if k.period is None:
        return None
    try:
        return parse_period(k.period)
    except PeriodError:
        return None


def shown(k: Known) -> str:
    """A figure for a reason's words: its id and its value as printed."""
    return f"{k.id} ({k.placed.figure.phrase.value})"


def measure_words(k: Known) -> str:
    """What a figure measures, in plain words: its currency or unit, or what a count counts."""
    figure = k.placed.figure
    unit = figure.phrase.stated.unit
    if unit is not None:
        return f"amounts in {unit.key}" if unit.is_currency else f"amounts in {unit.label}"
    return f"counts of {figure.noun}" if figure.noun else "counts"


def period_words(k: Known) -> str:
    return f"of {k.period}" if k.period else "of no period named"


def joined(article: Article, *figures: Known) -> str:
    """A suggestion's quote: the words from the first figure to the last when they are in one
    sentence, else each figure's phrase, joined by " ... "."""
    if len({k.placed.sentence_index for k in figures}) == 1:
        return quote(article.text, *(k.placed.figure for k in figures))
    ordered = sorted(figures, key=lambda k: k.placed.figure.phrase.start)
    return " ... ".join(quote(article.text, k.placed.figure) for k in ordered)


def part_of(article: Article, whole: Known, part: Known) -> DraftRelation:
    """A one-part sum: the part at or below its whole, as an editor writes it."""
    return DraftRelation(
        "", "sum", {"total": whole.id, "parts": [part.id]}, joined(article, whole, part)
    )


def shared_words(*figures: Known) -> str:
    """The words the figures' clauses share, for a reason (empty when none)."""
    common = frozenset.intersection(*(k.subject for k in figures))
    return f", both named '{' '.join(sorted(common))}'" if common else ""


def where_words(a: Known, b: Known) -> str:
    """Where two figures stand, for a reason."""
    one = a.placed.sentence_index == b.placed.sentence_index
    return "in one sentence" if one else "in sentences next to each other"


def clause_before(article: Article, k: Known) -> str:
    """The words of a figure's clause before it, lower-cased (:func:`clause_start`)."""
    figure = k.placed.figure
    start = clause_start(article.text, k.placed.sentence[0], figure.phrase.start)
    return article.text[start : figure.phrase.start].lower()


def shares_clause(article: Article, k: Known) -> bool:
    """Whether another figure of the sentence stands in a figure's clause before it ("imports
    rose to $420 million and the trade surplus widened to": the surplus's words name imports
    too), so that the words naming it are not its own alone."""
    start = clause_start(article.text, k.placed.sentence[0], k.placed.figure.phrase.start)
    return any(
        other.sentence_index == k.placed.sentence_index
        and start <= other.figure.phrase.start < k.placed.figure.phrase.start
        for other in article.figures
    )


def one_subject(a: Known, b: Known) -> bool:
    """Whether two figures' words name one thing: both name something and one's words are all
    the other's ("exports" and "Kazakhstan's exports"), never two things ("revenue" and
    "spending", "exports to China" and "exports to Italy")."""
    return bool(a.subject and b.subject) and (a.subject <= b.subject or b.subject <= a.subject)


def own_words(article: Article, k: Known) -> frozenset[str]:
    """What the words of a figure's clause name after the figure before it in that clause, if
    any ("and 600 were trucks" after "900 were sedans": the trucks; "and 2.09 billion dollars in
    2030" after "2.32 billion dollars this year": nothing)."""
    figure = k.placed.figure
    start = clause_start(article.text, k.placed.sentence[0], figure.phrase.start)
    for other in article.figures:
        end = other.figure.phrase.outer_end
        if other.sentence_index == k.placed.sentence_index and start <= end <= figure.phrase.start:
            start = max(start, end)
    return subject_of(subject_words(content(article.text[start : figure.phrase.start])))
