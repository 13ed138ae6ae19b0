"""What a relation drafter reads and writes (:mod:`aktobe_facts.text.draftrelations`): the article's
sentences, each with its figures (the claims drafted from it) and the periods it names, and the
relations drafted from them; with the tests on figures every drafter needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from msgspec import Struct, field

from aktobe_facts.text.draftwords import content
from aktobe_facts.text.periodnames import NamedPeriod
from aktobe_facts.text.phrases import Phrase
from aktobe_facts.text.roletime import MONTHS
from aktobe_facts.text.sentences import Span, clause_start


class Figure(Struct, frozen=True):
    """A claim of a sentence: its id, kind, phrase and the period the draft gave it."""

    id: str
    kind: str | None
    phrase: Phrase
    period: str | None = None
    noun: str | None = None  # what a count counts: the word right after it ("visitors")


class DraftRelation(Struct, frozen=True):
    id: str
    kind: str
    fields: Mapping[str, str | list[str] | bool] = field(default_factory=dict)
    """Each field's claim or claims, or a flag ("exhaustive")."""
    quote: str = ""

    def first(self) -> str:
        """The id of the first claim the relation ties (for the relation's own id)."""
        value = next((v for v in self.fields.values() if not isinstance(v, bool)), self.kind)
        first = value if isinstance(value, str) else value[0]
        return first.split(" ", 1)[0]  # an equation's expression: its first claim


class Sentence(Struct, frozen=True):
    span: Span
    figures: tuple[Figure, ...]
    periods: tuple[NamedPeriod, ...] = ()


Drafted = tuple[list[DraftRelation], list[str]]
Drafter = Callable[[str, Sequence[Sentence]], Drafted]
"""Relations drafted from an article's sentences, and notes for the editor on the ones the words
leave uncertain."""


def is_percent(figure: Figure) -> bool:
    unit = figure.phrase.stated.unit
    return unit is not None and unit.kind == "percent"


def is_amount(figure: Figure) -> bool:
    """An amount with a unit, not a range."""
    unit = figure.phrase.stated.unit
    return figure.kind == "amount" and unit is not None and not figure.phrase.stated.is_range


def same_unit(a: Figure, b: Figure) -> bool:
    ua, ub = a.phrase.stated.unit, b.phrase.stated.unit
    return ua is not None and ub is not None and ua.key == ub.key


def same_per(a: Figure, b: Figure) -> bool:
    """Both figures per one thing, or neither per any ("$0.05 per share" and "$0.04 per share";
    never "$0.04 per share paid", a counted noun of its own that no growth ties to the first)."""
    pa, pb = a.phrase.stated.per, b.phrase.stated.per
    return (pa is None and pb is None) or (pa is not None and pb is not None and pa.key == pb.key)


def is_measure(figure: Figure) -> bool:
    """An amount with a unit (:func:`is_amount`) or a count ("12.5 million visitors",
    "125,000"), not a range: what a growth stated in one sentence relates."""
    if figure.kind == "count":
        return not figure.phrase.stated.is_range
    return is_amount(figure)


def same_measure(a: Figure, b: Figure) -> bool:
    """Two amounts in one unit (:func:`same_unit`), or two counts of one thing: counts with no
    unit whose nouns agree where both have one ("10 million visitors" and "12.5 million", never
    "8 million nights")."""
    if same_unit(a, b):
        return True
    ua, ub = a.phrase.stated.unit, b.phrase.stated.unit
    if ua is not None or ub is not None or not a.kind == b.kind == "count":
        return False
    return a.noun is None or b.noun is None or a.noun == b.noun


def quote(text: str, *figures: Figure) -> str:
    """The article's words from the first of the figures to the end of the last."""
    start = min(f.phrase.start for f in figures)
    end = max(f.phrase.outer_end for f in figures)
    return " ".join(text[start:end].split())


PERIOD = "§"
"""What :func:`between` writes for a period the sentence names (a sign no article's words hold
between two figures, so a pattern can name it)."""


def between(text: str, start: int, end: int, periods: Sequence[NamedPeriod] = ()) -> str:
    """The words of ``text[start:end]`` in lower case, spaces collapsed, each named period in it
    written :data:`PERIOD` ("in January-May 2019, which is" is "in §, which is")."""
    parts: list[str] = []
    position = start
    for period in periods:
        if period.start >= position and period.end <= end:
            parts += [text[position : period.start].replace(PERIOD, " "), f" {PERIOD} "]
            position = period.end
    parts.append(text[position:end].replace(PERIOD, " "))
    return " ".join("".join(parts).lower().split()).replace(" ,", ",")


def words_after(text: str, sentence: Sentence, figure: Figure) -> str:
    """The sentence's words after a figure (:func:`between`), its own noun left out ("40 ships
    in the port": "in the port")."""
    words = between(text, figure.phrase.outer_end, sentence.span[1], sentence.periods)
    noun = (figure.noun or "").lower()
    return words[len(noun) :].strip() if noun and words.split(" ", 1)[0] == noun else words


_NOT_SUBJECT = frozenset(
    re.findall(
        r"\w+",
        "saw see sees show shows showed recorded posted grow grew grows rise rose rises increase "
        "increased increases fall fell falls decrease decreased decline declined went go goes "
        "expected projected planned forecast set compared up down total overall whereas while "
        "but although though meanwhile however reach reaches reaching amount amounts amounting "
        "came come comes stood stand stands totaled totalled totaling totalling totals "
        "estimated exceeded collected received spent then now against versus half halves quarter "
        "quarters month months year years period periods week weeks day days",
    )
) | frozenset(MONTHS)
"""Words of a clause that name no thing: verbs, links, "total" and words of time ("Revenue for
the half amounted to" names revenue)."""


def subject_words(words: Iterable[str]) -> set[str]:
    """What a clause's content words name, singular, verbs and links aside."""
    return {singular(w) for w in words if w not in _NOT_SUBJECT}


def names(text: str, sentence: Sentence, figure: Figure) -> set[str]:
    """What the words of a figure's clause before it name: "Revenue is planned at" names
    revenue; "Revenue from oil reached" names revenue and oil (a thing of its own)."""
    start = clause_start(text, sentence.span[0], figure.phrase.start)
    return subject_words(content(text[start : figure.phrase.start]))


def singular(word: str) -> str:
    """A word without a plural "s" ("revenues", "expenses"), for matching the same thing."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def words_between(text: str, sentence: Sentence, a: Figure, b: Figure) -> str:
    """The words between two figures of a sentence (:func:`between`), without the noun a count
    counts, which is part of the first figure ("80,000 units in § from": " in § from")."""
    return past_noun(between(text, a.phrase.outer_end, b.phrase.start, sentence.periods), a)


def past_noun(words: str, a: Figure) -> str:
    """The words after figure ``a`` without the noun it counts at their start ("80,000 units in §
    from": " in § from")."""
    bare = words.lstrip()
    if a.noun and (bare + " ").lower().startswith(a.noun + " "):
        return " " + bare[len(a.noun) :]
    return words
