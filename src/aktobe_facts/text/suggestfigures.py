"""What a suggester (:mod:`aktobe_facts.text.suggest`) reads and writes: the article's figures
with their final periods and the words naming them, and the suggestions made from them; with the
tests on figures every family needs."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from msgspec import Struct

from aktobe_facts.reading.periods import Period, PeriodError, parse_period
from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_measure,
    names,
    quote,
    same_measure,
    subject_words,
)
from aktobe_facts.text.draftroles import Role, flow_words_in, roles
from aktobe_facts.text.draftwords import content
from aktobe_facts.text.planwords import PLAN_NOUNS, PLANNED
from aktobe_facts.text.roletime import MONTHS as _MONTH_WORDS
from aktobe_facts.text.sentences import clause_start


class Suggestion(Struct, frozen=True):
    """A relation the words suggest, why (in plain words, for the comment above it) and its rank
    (lower is likelier: a family gives its strongest cue the lowest)."""

    relation: DraftRelation
    why: str
    rank: float


class Known(Struct, frozen=True):
    """A figure of the article with what a suggester compares, worked out once per article
    (:func:`known`), never once per pair: its final period (after the draft's dating) and what
    the words of its clause before it name."""

    placed: Placed
    period: str | None
    subject: frozenset[str]
    level: bool  # an amount or a count stated as a level (:func:`_is_level`)
    span: Period | None  # its period read, None where it has none or it cannot be read
    before: str  # the words of its clause before it, lower-cased (:func:`clause_start`)
    flows: frozenset[str]  # the flows its sentence names up to it (:func:`_flows_named`)
    shares: bool  # another figure of its sentence stands in its clause before it
    own: frozenset[str]  # what its clause names after the figure before it (:func:`_own_words`)
    role: Role | None  # its flow's role, where the draft gave it one (draftroles.roles)
    tied: frozenset[str] = frozenset()
    """The claims a drafted relation ties with the figure (:func:`known`'s ``relations``): a
    suggestion of two figures one drafted relation ties is dropped
    (:func:`aktobe_facts.text.suggest.suggested`), so a suggester of pairs need not make it."""

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
    (*PLAN_NOUNS, *PLANNED, "forecasts", "expects", "expect", "budget", "estimated")
)
"""Words of a plan or forecast: a figure compared with one is no base of a growth, and a plan's
figure holds no actual month's."""


def planned(k: Known) -> bool:
    """Whether a figure's clause names a plan, target or forecast (:data:`PLAN_WORDS`: "the
    government's export target for 2013 at EGP 145 billion"): a plan's figure holds no actual
    month's, is no list's total and no share's whole."""
    return bool(set(re.findall(r"[a-z]+", k.before)) & PLAN_WORDS)


def known(
    article: Article,
    periods: Mapping[str, str | None],
    relations: Sequence[DraftRelation] = (),
) -> list[Known]:
    """Every figure of the article, in order, with what the suggesters compare; ``periods``: the
    final period of each claim the draft dated; ``relations``: the drafted ones (each figure's
    :attr:`Known.ties`)."""
    text, found = article.text, roles(article)
    ties: dict[str, list[frozenset[str]]] = {}
    for relation in relations:
        claims = frozenset(tied(relation))
        for claim in claims:
            ties.setdefault(claim, []).append(claims)
    with_it = {c: t[0] if len(t) == 1 else frozenset().union(*t) for c, t in ties.items()}
    sentences = {placed[0].sentence_index: placed for placed in article.sentences()}
    made = []
    for p in article.figures:
        sentence = sentences[p.sentence_index]
        period = periods.get(p.figure.id, p.figure.period)
        start = clause_start(text, p.sentence[0], p.figure.phrase.start)
        made.append(
            Known(
                p,
                period,
                subject_of(names(text, Sentence(p.sentence, ()), p.figure)),
                _is_level(p.figure),
                _period_of(period),
                text[start : p.figure.phrase.start].lower(),
                _flows_named(text, found, sentence, p),
                any(start <= o.figure.phrase.start < p.figure.phrase.start for o in sentence),
                _own_words(text, sentence, p, start),
                found.get(p.figure.id),
                with_it.get(p.figure.id, frozenset()),
            )
        )
    return made


def _flows_named(
    text: str, found: Mapping[str, Role], sentence: Sequence[Placed], p: Placed
) -> frozenset[str]:
    """The flows named in a figure's sentence up to it: by the draft's roles
    (:mod:`aktobe_facts.text.draftroles`) of its figures, or where none has one, by the flows'
    words (:data:`~aktobe_facts.text.draftroles.FLOW_WORDS`): "in July 2012 it had been EGP 34.2 billion" after "the import bill
    ... increased" names imports."""
    named = frozenset(
        role.name
        for other in sentence
        if other.figure.phrase.start <= p.figure.phrase.start
        and (role := found.get(other.figure.id)) is not None
    )
    if named:
        return named
    before = text[p.sentence[0] : p.figure.phrase.start]
    return flow_words_in(before)


Suggester = Callable[[Article, Sequence[Known]], list[Suggestion]]


def _is_level(figure: Figure) -> bool:
    """An amount of a unit or a count, stated as a level: no change, range, sign, rate or bound
    of one side only."""
    stated = figure.phrase.stated
    if not is_measure(figure) or stated.direction is not None or stated.per is not None:
        return False
    return stated.digits is not None and not stated.negative


def comparable(a: Known, b: Known) -> bool:
    """Two levels of one measure: amounts of one unit or counts of one thing."""
    return a.level and b.level and same_measure(a.placed.figure, b.placed.figure)


def _period_of(period: str | None) -> Period | None:
    if period is None:
        return None
    try:
        return parse_period(period)
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


def one_subject(a: Known, b: Known) -> bool:
    """Whether two figures' words name one thing: both name something and one's words are all
    the other's ("exports" and "Kazakhstan's exports"), never two things ("revenue" and
    "spending", "exports to China" and "exports to Italy")."""
    return bool(a.subject and b.subject) and (a.subject <= b.subject or b.subject <= a.subject)


def _own_words(text: str, sentence: Sequence[Placed], p: Placed, start: int) -> frozenset[str]:
    """What the words of a figure's clause (from ``start``) name after the figure before it in
    that clause, if any ("and 600 were trucks" after "900 were sedans": the trucks; "and 2.09
    billion dollars in 2030" after "2.32 billion dollars this year": nothing)."""
    figure = p.figure
    for other in sentence:
        end = other.figure.phrase.outer_end
        if start <= end <= figure.phrase.start:
            start = max(start, end)
    return subject_of(subject_words(content(text[start : figure.phrase.start])))
