"""What a suggester (:mod:`aktobe_facts.text.suggest`) reads and writes: the article's figures
with their final periods and the words naming them, and the suggestions made from them; with the
tests on figures every family needs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from msgspec import Struct

from aktobe_facts.reading.periods import Period, PeriodError, parse_period
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation, is_measure, quote, same_measure


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


def shared_words(*figures: Known) -> str:
    """The words the figures' clauses share, for a reason (empty when none)."""
    common = frozenset.intersection(*(k.subject for k in figures))
    return f", both named '{' '.join(sorted(common))}'" if common else ""


def where_words(a: Known, b: Known) -> str:
    """Where two figures stand, for a reason."""
    one = a.placed.sentence_index == b.placed.sentence_index
    return "in one sentence" if one else "in sentences next to each other"
