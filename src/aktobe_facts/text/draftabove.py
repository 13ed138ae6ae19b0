"""A level a percent above or below another, for a draft: "X, some P percent above the Y target"
is X = Y × (1 + P/100), a growth from Y to X (``kind = "growth"``); "X, or P percent below the Y
target" is X = Y × (1 − P/100) (``kind = "equation"``).

X and Y are levels of one measure (:func:`aktobe_facts.text.draftfigures.same_measure`: amounts
of one unit, counts of one thing), never percents: "a rate of 6.5 percent, 2 percent above the
4.5 percent target" may mean points, and is left alone. Between X and P only the rest of X's clause
(no figure), then a comma (", or", ", which is") or a verb of being ("was"); between P and Y only
"above" or "below" and a few words naming Y ("the full-year", "last year's"). P is a plain percent
(no word of change of its own, no range, at most "about" or "some" before it); Y is no bound
("above more than Y") and no range's first end ("above Y to Z"). A percent below Y of 100 or more
is no level's distance below another, and gets nothing. Pairs another drafter tied are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.reading.changewords import CHANGE_NOUNS
from aktobe_facts.reading.numbers import Qualifier
from aktobe_facts.text.draftarticle import tied
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_measure,
    is_percent,
    quote,
    same_measure,
    same_per,
    words_between,
)
from aktobe_facts.text.draftgrowth import a_level
from aktobe_facts.text.growthbasis import growth_of_other_basis
from aktobe_facts.text.lazypatterns import lazy

_BEFORE = re.compile(
    r"^(?:[^,;:.\d%()]{0,50},\s*(?:which\s+(?:is|was)|that\s+is|or|i\.e\.)?|"
    r"(?P<subject>[^,;:.\d%()]{0,50})\b(?:was|were|is|are|stood|stands|came\s+in|ran))\s*$",
    re.IGNORECASE,
)
"""Between X and P: the rest of X's clause, then a comma (", or", ", which is") or a verb of being
("the deficit of X was P percent above")."""
_ANOTHER_SUBJECT = re.compile(
    r"\b(?:and|as|while|whereas|but|because|since|when|though|although|where|after|before|if|"
    r"yet|with)\b",
    re.IGNORECASE,
)
"""Between X and the verb of being: another clause opens, whose subject is the verb's ("Revenue
was X and costs were P percent above the Y planned", "X as costs were", "X while imports ran")."""
_ANOTHER_COMPARISON = re.compile(
    r"\b(?:above|below|over|under|than|short|and|or|but|though|although|yet|while|whereas)\b",
    re.IGNORECASE,
)
"""Between "above" (or "below") and Y: a second comparison or a second object, P's being complete
before it ("P percent above May but below the Y target", "P percent above target and well above
the Y of 2023", "above its own target and the Y of its rival")."""
_CHANGE_AFTER = lazy(rf"\s+(?:{CHANGE_NOUNS}|cuts?|hikes?|boosts?)\b", re.IGNORECASE)
"""Right after Y: a noun of change ("the level before the Y cut"): Y is a change, no level."""
_AFTER = re.compile(
    r"^\s*(?P<way>above|below)\s+(?!(?:than|that|which|what)\b)[^,;:.\d%()]{0,40}$",
    re.IGNORECASE,
)
"""Between P and Y: "above the", "below last year's", "above the full-year" (Y's own words)."""
_RANGE_ON = re.compile(r"\s*(?:to|and|-|–)\s*\S*\d", re.IGNORECASE)
"""After Y: "to Z", "and Z": Y is a range's first end, or one of two figures."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The growths and equations of "X, P percent above (below) Y" in each sentence."""
    pairs = [set(tied(r)) for r in drafted]
    found: list[DraftRelation] = []
    for sentence in sentences:
        figures = sentence.figures
        for k in range(len(figures) - 2):
            x, p, y = figures[k : k + 3]
            if any(p.id in pair for pair in pairs) or any({x.id, y.id} <= s for s in pairs):
                continue
            way = _way(text, sentence, x, p, y)
            if way is None or growth_of_other_basis(text, sentence, p, [x, y]):
                continue  # "3 percent above the Y of a year earlier in real terms": X is nominal
            said = quote(text, x, y)
            if way == "above":
                fields: dict[str, str | list[str] | bool] = {
                    "growth": p.id,
                    "current": x.id,
                    "base": y.id,
                }
                found.append(DraftRelation("", "growth", fields, said))
            elif p.phrase.stated.value < 100:
                expr = f'{x.id} = {y.id} * ("100 percent" - {p.id})'
                found.append(DraftRelation("", "equation", {"expr": expr}, said))
    return found


def _way(text: str, sentence: Sentence, x: Figure, p: Figure, y: Figure) -> str | None:
    """ "above" or "below" where the words put X that far from Y, else None."""
    if not (_levels(x, y) and _plain_percent(p)):
        return None
    if y.phrase.stated.qualifier not in (None, Qualifier.APPROX) or y.phrase.stated.is_range:
        return None  # "above more than Y": a bound
    before = _BEFORE.match(words_between(text, sentence, x, p))
    if before is None or _ANOTHER_SUBJECT.search(before.group("subject") or ""):
        return None
    after = _AFTER.match(words_between(text, sentence, p, y))
    if after is None or _RANGE_ON.match(text, y.phrase.outer_end):
        return None
    if _ANOTHER_COMPARISON.search(after.group(0), after.end("way")):
        return None  # "P percent above May but below the Y target": P is May's
    if _CHANGE_AFTER.match(text, y.phrase.outer_end):
        return None  # "above the level before the $1.8 billion cut"
    return after.group("way").lower()


def _levels(x: Figure, y: Figure) -> bool:
    return (
        is_measure(x)
        and is_measure(y)
        and a_level(x)
        and a_level(y)
        and same_measure(x, y)
        and same_per(x, y)
    )


def _plain_percent(p: Figure) -> bool:
    stated = p.phrase.stated
    return (
        is_percent(p)
        and p.kind is None
        and stated.direction is None
        and not stated.negative
        and not stated.is_range
        and stated.qualifier in (None, Qualifier.APPROX)
    )
