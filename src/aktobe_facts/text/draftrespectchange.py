"""Levels listed with "respectively" and their changes listed after, for a draft: "Passenger and
light commercial vehicle sales, at 559 units and 1 726 units respectively, showed an increase of
256 units, or 84.5%, and an increase of 1 192 vehicles, or a gain of 223.2%" (Naamsa via Freight
News, May 2021): the k-th figure of each list is the k-th subject's, and each subject's level,
amount of change and percent are tied as one change relation, the relation
:mod:`aktobe_facts.text.draftgrowth` drafts from "passenger vehicle sales rose by 256 units, or
84.5%, to 559 units" (or, where the groups give percents alone, the growth relation it drafts from
"rose 84.5% to 559 units").

Drafted only where the words leave one reading: the sentence opens with as many subjects as
levels ("A and B sales", "A, B and C exports"), then the levels (2 to 4, of one unit, each a
level by its own words: no sign, range or word of change), "respectively" right after them, at
most one verb of showing, then as many groups as levels, each a change by its own words ("an
increase of 256 units") joined to its percent by "or", or a percent of change alone, the groups
joined by "and" or commas, every group of one shape and its sign, and the clause ends after the
last. Lists of unequal length, a "respectively" after no list of levels, a range ("between A and
B"), a figure of another unit or of no certain kind: nothing drafted. Figures another rule tied
are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aktobe_facts.reading.numbers import Direction
from aktobe_facts.text import draftfigures as fig
from aktobe_facts.text import draftgrowth
from aktobe_facts.text.draftfigures import DraftRelation, Figure, Sentence

_MAX = 4
"""Subjects a list of this kind names in news (two to four: "passenger, light commercial and
heavy vehicles"); a longer list is read by no editor figure by figure."""

_NOUN = r"(?:[A-Za-z][\w'’&.-]*)"
_LEVEL_JOIN = re.compile(rf"^(?:{_NOUN}\s*)?(?:,\s*)?(?:and\s*)?$", re.IGNORECASE)
"""Between two levels: "and", a comma, "units and" (the first level's own noun)."""
_SHOWING = (
    r"(?:showed|shows|show|showing|recorded|records|recording|posted|posting|saw|marked|marking|"
    r"registered|registering|reflecting|reflected|representing|represented)"
)
"""The verbs that set a change beside its subject as a thing seen ("showed an increase of"): a
closed class, as any other verb may give the figures another role ("exceeded", "against")."""
_RESPECTIVELY = re.compile(
    rf"^(?:{_NOUN}\s*)?,?\s*respectively\s*,?\s*(?:{_SHOWING}\s*)?$", re.IGNORECASE
)
"""From the last level to the first change: its noun, "respectively", at most one verb of
showing."""
_OR = re.compile(rf"^(?:{_NOUN}\s*)?,?\s*or\s*$", re.IGNORECASE)
"""Between a change and its percent: "or" ("256 units, or 84.5%")."""
_GROUP_JOIN = re.compile(rf"^(?:{_NOUN}\s*)?,?\s*(?:and\s*)?$", re.IGNORECASE)
"""Between two groups: "and", a comma."""
_END = re.compile(r"^\s*[\"”]?\s*(?:[.;]|$)")
"""After the last group: the sentence's or clause's end."""
_LEAD = re.compile(
    r"^(?P<names>[A-Za-z][\w'’&.\- ,]*?)\s*,?\s*(?:at|of|were|was|are|is|stood\s+at|totalled|"
    r"totaled|reached)?\s*$",
    re.IGNORECASE,
)
"""Before the first level: the subjects and one word that joins them to their levels."""
_ITEM = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_RANGE = re.compile(r"\b(?:between|from|ranging)\s*$", re.IGNORECASE)
"""A range's opening word before the first level: "between A and B" is one figure's bounds."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """Each subject's change (or growth), from the lists of a "respectively" sentence."""
    tied = {v for r in drafted for v in r.fields.values() if isinstance(v, str)}
    found: list[DraftRelation] = []
    for sentence in sentences:
        made = _sentence(text, sentence)
        if made and not any(f in tied for r in made for f in r.fields.values()):
            found += made
    return found


def _sentence(text: str, sentence: Sentence) -> list[DraftRelation]:
    figures = list(sentence.figures)
    for n in range(2, _MAX + 1):
        for size in (2, 1):  # a change with its percent, or a percent alone
            if len(figures) == n + size * n:
                made = _read(text, sentence, figures[:n], figures[n:], size)
                if made:
                    return made
    return []


def _gap(text: str, sentence: Sentence, a: Figure, b: Figure) -> str:
    return fig.between(text, a.phrase.outer_end, b.phrase.start, sentence.periods).strip()


def _read(
    text: str, sentence: Sentence, levels: list[Figure], rest: list[Figure], size: int
) -> list[DraftRelation]:
    n = len(levels)
    groups = [rest[k * size : (k + 1) * size] for k in range(n)]
    if not _subjects(text, sentence, levels[0], n):
        return []
    if not _levels(text, sentence, levels):
        return []
    if not _RESPECTIVELY.match(_gap(text, sentence, levels[-1], groups[0][0])):
        return []
    if not all(_group(text, sentence, levels[0], g) for g in groups):
        return []
    if not all(_GROUP_JOIN.match(_gap(text, sentence, a[-1], b[0])) for a, b in pairwise(groups)):
        return []
    if "and" not in _gap(text, sentence, groups[-2][-1], groups[-1][0]).split():
        return []  # "an increase of A, or P, an increase of B, or Q": no list closed by "and"
    if not _END.match(text[groups[-1][-1].phrase.outer_end : sentence.span[1]]):
        return []
    ways = {_way(g[0]) for g in groups}
    if len(ways) != 1:
        return []  # one list says one way: a rise and a fall in one list are left to the editor
    made = [_relation(text, level, g) for level, g in zip(levels, groups, strict=True)]
    # a rise above 100 percent its figures leave an index or a growth: left, as in its own sentence
    return [
        r
        for r, g in zip(made, groups, strict=True)
        if not draftgrowth.guessed_index([sentence], g[-1], g[0] if len(g) == 2 else None, r)
    ]


def _subjects(text: str, sentence: Sentence, first: Figure, n: int) -> bool:
    """As many subjects as levels open the sentence: "Passenger and light commercial vehicle
    sales, at" names two; "In May, A and B sales, at" opens with a phrase of its own and is
    left."""
    lead = text[sentence.span[0] : first.phrase.start]
    if _RANGE.search(lead):
        return False
    match = _LEAD.match(lead.strip())
    if match is None:
        return False
    items = [i for i in _ITEM.split(match.group("names").strip()) if i.strip()]
    return len(items) == n


def _levels(text: str, sentence: Sentence, levels: list[Figure]) -> bool:
    """Levels of one unit, each a level by its own words, joined by "and" or commas."""
    for level in levels:
        stated = level.phrase.stated
        if not fig.is_measure(level) or fig.is_percent(level):
            return False
        if stated.direction is not None or stated.negative or stated.is_range:
            return False
        if stated.qualifier is not None:
            return False
        if not (fig.same_unit(levels[0], level) or levels[0].kind == level.kind == "count"):
            return False
        if not fig.same_per(levels[0], level):
            return False  # "1.1 million bpd and 0.2 million barrels": a rate and a total
    gaps = [_gap(text, sentence, a, b) for a, b in pairwise(levels)]
    return all(_LEVEL_JOIN.match(g) for g in gaps) and "and" in gaps[-1].split()


def _group(text: str, sentence: Sentence, level: Figure, group: list[Figure]) -> bool:
    """A change by its own words and its percent joined by "or", or a percent of change alone."""
    percent = group[-1]
    if not fig.is_percent(percent) or percent.kind not in (None, "growth"):
        return False
    if percent.phrase.stated.qualifier is not None or percent.phrase.stated.is_range:
        return False
    if len(group) == 1:
        return percent.phrase.stated.direction is not None
    amount = group[0]
    stated = amount.phrase.stated
    if stated.direction is None or stated.qualifier is not None or stated.is_range:
        return False  # "256 units, or 84.5%" says no change: a part and its share, perhaps
    if not fig.is_measure(amount) or fig.is_percent(amount):
        return False
    if not (fig.same_unit(level, amount) or level.kind == amount.kind == "count"):
        return False
    if not fig.same_per(level, amount):
        return False  # "at 1.1 million bpd ... an increase of 50,000 barrels": the loader relates
        # figures per one unit only (the draft did not load: an internal error)
    if percent.phrase.stated.direction not in (None, stated.direction):
        return False
    return _OR.match(_gap(text, sentence, amount, percent)) is not None


def _way(figure: Figure) -> str | None:
    return figure.phrase.stated.direction


def _relation(text: str, level: Figure, group: list[Figure]) -> DraftRelation:
    percent = group[-1]
    if len(group) == 1:
        fields: dict[str, str | list[str] | bool] = {"growth": percent.id, "current": level.id}
        return DraftRelation("", "growth", fields, fig.quote(text, level, percent))
    fields = {"amount": group[0].id, "current": level.id, "percent": percent.id}
    if _way(group[0]) == Direction.DOWN:
        fields["direction"] = "fall"
    return DraftRelation("", "change", fields, fig.quote(text, level, percent))
