"""Levels listed before their growths, for a draft: "land-based [$16.8 billion] and sea-based
[$4.5 billion] workers grew by 2.2 percent and 3.5 percent year-on-year, respectively", "1.4
million visits and 4 million overnight stays, 37.1% and 22.1% up year-on-year": the first percent
is the growth of the first level, the second of the second (the list's order, as an editor reads
it).

Drafted only when the words leave one reading: two or three levels of one unit (visits and nights are two counts), each after the
one before with only "and" or a comma and the words of what it is between ("and the FDI sector
(including crude oil)"), never a verb or another clause; right after the last level (its own
noun and a comma aside) at most one verb of change, then as many percents as levels, joined by
"and" or commas, with no word of their own before them; after the last percent only the words of
the comparison's period ("year-on-year", "on the same period last year"), "respectively" and the
clause's end. The list must say which way the figures went (a verb before the percents or a word
of change in one of them), and every percent must carry that sign: a fall whose percents the draft
writes without their minus is left to the editor, as are lists whose levels or percents are of
more than one kind. Growths another rule already tied are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aktobe_facts.reading.changewords import FALL_VERBS, RISE_VERBS, alternation, finite_forms
from aktobe_facts.reading.numbers import Direction
from aktobe_facts.text import draftfigures as fig
from aktobe_facts.text.draftfigures import DraftRelation, Figure, Sentence
from aktobe_facts.text.growthbasis import list_of_other_basis
from aktobe_facts.text.lazypatterns import lazy

_FALL = alternation(finite_forms(FALL_VERBS))
_RISE = alternation(finite_forms(RISE_VERBS))
_NOT_NOUN = (
    r"(?:and|or|but|while|whereas|which|that|who|was|were|is|are|be|been|has|have|had|will|would|"
    r"than|compared|against|versus|respectively|each|both|up|down|"
    rf"\w+ed|{_FALL}|{_RISE})"
)
_NOUN = rf"(?:(?!{_NOT_NOUN}\b)[A-Za-z][\w'’&.-]*|\([^()\d%]{{1,40}}\)|[\[\]()])"
_WHOLE_NOUN = _NOUN.replace(r"[\w'’&.-]*|", r"[\w'’&.-]*+|")
"""A noun whose word is never cut in two: the same strings as :data:`_NOUN` where nothing that
may follow a noun can start inside a word (in :data:`_LEVELS`: another noun, "and", "the" or a
last "to" only add to the count of nouns or take the word's end, and the whole word takes it as
well). A word cut in every way was tried before a gap was refused: 38 ms for one gap of 108
characters, most of the time of this module (nineteenth session, speed19)."""
_LEVELS = lazy(
    rf"^(?:{_WHOLE_NOUN}\s*){{0,3}}(?:,\s*)?(?:and\b\s*)?(?:the\s+)?(?:{_WHOLE_NOUN}\s*){{0,5}}"
    r"(?:\bto|,\s*at)?$",
    re.IGNORECASE,
)
"""Between two listed levels: "and", ", " with the words of what each is ("visits and", "] and
sea-based [", "and the FDI sector (including crude oil)", "and imports to": the verb of the
first level's clause left out of the second's; "Same-day visitors, at A, and overnight visitors,
at B": each level set off by commas after its noun)."""
_WHEN = (
    r"(?:in|for|during|over|through)\s+(?:the\s+)?§(?:\s*['’]s(?:\s+(?:first|second|third|"
    r"fourth|last|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|months?|quarters?|"
    r"half|weeks?))+)?"
)
_VERB = lazy(
    rf"^(?:(?:{_NOUN}\s*){{0,3}})?(?:,?\s*respectively)?(?:,?\s*{_WHEN})?,?\s*"
    rf"(?:(?:were|was|have|has)\s+)?(?:(?P<down>{_FALL})|(?P<up>{_RISE}))?(?:\s+by)?$",
    re.IGNORECASE,
)
"""From the last level to the first percent: its own noun ("workers", or the bracket a level
stands in: "same-day visitors (1.3 million) increased"), "respectively" and the levels' period
("collected $292.3 billion and $84.5 billion, respectively, in 2018's first two months, up"), a
comma and at most one verb of change ("grew by", "increasing")."""
JOIN = re.compile(r"^(?:,\s*)?(?:and\b\s*)?$")
_PERIOD = (
    r"(?:year[- ]on[- ]year|y/y|yoy|annually|on\s+an?\s+annual\s+basis|"
    r"(?:on|over|from|compared\s+(?:to|with))\s+(?:the\s+)?(?:same|corresponding)\s+"
    r"(?:period|month|quarter|months)(?:\s+(?:of\s+)?(?:last|the\s+previous)\s+year)?|"
    r"(?:from|on|over)\s+a\s+year\s+(?:earlier|ago|before))"
)
_SAID = (
    r",\s*[\"”]?\s*(?:according\s+to\b|(?:[\w.'’-]+\s+){1,5}(?:said|says|reported|reports|"
    r"added|noted|told)\b)"
)
END = lazy(
    rf"^\s*(?:{_PERIOD}\s*)?(?:,?\s*respectively)?\s*[\"”]?\s*(?:[.;]|$|{_SAID})", re.IGNORECASE
)
"""After the last percent: the comparison's period, "respectively" and the clause's end (or a
quote's, and who said it); never "of the total" (shares), "in volume" or another figure."""


def listed(text: str, sentence: Sentence) -> set[str]:
    """The ids of the sentence's percents listed after as many levels, drafted here or not at
    all: never the first percent as the growth of the last level, the figure before it
    (:mod:`aktobe_facts.text.draftgrowth` leaves them)."""
    figures = list(sentence.figures)
    found: set[str] = set()
    for n in (3, 2):
        for i in range(len(figures) - 2 * n + 1):
            levels, growths = figures[i : i + n], figures[i + n : i + 2 * n]
            if _shaped(text, sentence, levels, growths, ended=False) is not None:
                found |= {g.id for g in growths}
    return found


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The growth of each level of a list whose percents follow it in the same order."""
    tied = {r.fields.get("growth") for r in drafted if r.kind in ("growth", "change")}
    tied |= {r.fields.get("percent") for r in drafted if r.kind == "change"}
    found: list[DraftRelation] = []
    for sentence in sentences:
        figures = list(sentence.figures)
        for n in (3, 2):
            for i in range(len(figures) - 2 * n + 1):
                levels, growths = figures[i : i + n], figures[i + n : i + 2 * n]
                if any(g.id in tied for g in growths):
                    continue
                if i > 0 and _joins(text, sentence, figures[i - 1], levels[0]):
                    continue  # a longer list of levels than of percents
                if not _listed(text, sentence, levels, growths):
                    continue
                for level, growth in zip(levels, growths, strict=True):
                    fields: dict[str, str | list[str] | bool] = {
                        "growth": growth.id,
                        "current": level.id,
                    }
                    found.append(
                        DraftRelation("", "growth", fields, fig.quote(text, level, growth))
                    )
                tied |= {g.id for g in growths}
    return found


def _gap(text: str, sentence: Sentence, a: Figure, b: Figure) -> str:
    return fig.between(text, a.phrase.outer_end, b.phrase.start, sentence.periods).strip()


def _joins(text: str, sentence: Sentence, a: Figure, b: Figure) -> bool:
    return (
        fig.is_measure(a)
        and not fig.is_percent(a)
        and _LEVELS.match(_gap(text, sentence, a, b)) is not None
    )


def _listed(text: str, sentence: Sentence, levels: list[Figure], growths: list[Figure]) -> bool:
    """The list's shape, levels of one unit and percents of no other kind, one sign."""
    verb = _shaped(text, sentence, levels, growths)
    if verb is None:
        return False
    if not all(_alike(levels[0], f) for f in levels[1:]):
        return False  # "$310 million and 220,000 tonnes": left to the editor
    if not all(g.kind in (None, "growth") for g in growths):
        return False
    if any(g.phrase.stated.qualifier is not None for g in growths):
        return False
    if list_of_other_basis(text, levels[-1].phrase.outer_end, sentence, growths):
        return False  # "... grew by 2.2 percent and 3.5 percent in real terms": no nominal level's
    return _one_sign(verb, growths)


def _shaped(
    text: str, sentence: Sentence, levels: list[Figure], growths: list[Figure], ended: bool = True
) -> re.Match[str] | None:
    """The words of a list of levels and then of as many percents (the match of the words
    between the last level and the first percent), whatever their kinds and signs; with
    ``ended``, only where the clause ends after the last percent (:data:`END`). Without it, any
    words may follow: "A and B, up P and Q from 2028" or "..., compared with C and D" is still a
    list, no growth P of B, though its base is left to the editor."""
    if not all(fig.is_measure(f) and not fig.is_percent(f) for f in levels):
        return None
    if not all(fig.is_percent(g) for g in growths):
        return None
    gaps = [_gap(text, sentence, a, b) for a, b in pairwise(levels)]
    if not all(_LEVELS.match(gap) for gap in gaps) or "and" not in " ".join(gaps).split():
        return None
    joins = [_gap(text, sentence, a, b) for a, b in pairwise(growths)]
    if not all(JOIN.match(j) for j in joins) or not joins[-1].endswith("and"):
        return None
    if ended and END.match(text[growths[-1].phrase.outer_end : sentence.span[1]]) is None:
        return None
    return _VERB.match(_gap(text, sentence, levels[-1], growths[0]))


def _alike(a: Figure, b: Figure) -> bool:
    """Two amounts in one unit, or two counts (of one noun or not: "visitors" and "nights")."""
    counts = a.kind == b.kind == "count"
    return (fig.same_unit(a, b) or counts) and fig.same_per(a, b)


def _one_sign(verb: re.Match[str], growths: list[Figure]) -> bool:
    """The list says which way the figures went, and every percent carries that sign: the verb
    before them or a word of change in one of them, never two ways."""
    ways = {Direction.DOWN} if verb.group("down") else {Direction.UP} if verb.group("up") else set()
    for g in growths:
        stated = g.phrase.stated
        if stated.direction is not None:
            ways.add(stated.direction)
        elif stated.negative:
            ways.add(Direction.DOWN)
        if re.match(r"\s*[A-Za-z]", stated.text) and stated.direction is None:
            return False  # a word of its own before the percent that is no change: another figure
    if len(ways) != 1:
        return False
    down = Direction.DOWN in ways
    return all(g.phrase.stated.negative == down for g in growths)


def opens_list(text: str, sentence: Sentence, i: int) -> bool:
    """The percent at ``i`` is followed, with only a comma or "and" between, by another percent
    ("... 73,457 and 71,721 yuan, up 11.7, 8.2, 6.5 and 9.6 percent"): the first of a list whose
    members are each the growth of their own listed level, never alone the growth of the figure
    right before the list (:func:`listed` drafts the lists whose order is certain)."""
    figures = sentence.figures
    if i + 1 >= len(figures) or not fig.is_percent(figures[i + 1]):
        return False
    gap = text[figures[i].phrase.outer_end : figures[i + 1].phrase.start]
    return bool(gap.strip()) and JOIN.match(gap.strip()) is not None
