"""One figure's growths against two bases, for a draft: "26.5 billion USD, up 1.2 percent on May and
17.3 percent on June of last year", "rose 4 percent month-on-month and 12 percent year-on-year":
the second percent, which takes the first one's verb, is a growth of the same figure.

Drafted only when the words leave one reading: the first percent is a drafted rise of a current
value (a fall is left alone, as the second percent's sign is not in its words), its comparison's
words ("on May", "month-on-month", "from a year earlier", "increase over the current fiscal
year") stand right after it, then "and", the second percent with no word of its own before it
(a rise's word after it, "21.56 per cent higher", is its own sign), or with its own noun of change
and article, whose sign is its own after a rise or a fall ("recording a 13.5 percent reduction from
the previous quarter and a 9.8 percent drop year-on-year"), and its own comparison's words right
after it ("than the revised budget").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.reading.numbers import Direction
from aktobe_facts.text.draftfigures import DraftRelation, Figure, Sentence, is_percent
from aktobe_facts.text.lazypatterns import lazy

_BASE = (
    r"(?:(?:on|over|from|than|against|versus|vs\.?|compared\s+(?:to|with))\s+[^,;.\d()]{1,40}?|"
    r"(?:year|month|quarter|week)-(?:on|over)-(?:year|month|quarter|week)|y/y|yoy|m/m)"
)
_BETWEEN = lazy(
    rf"\s+(?:(?:increase|rise|growth|gain)\s+)?{_BASE}\s+and\s+(?:by\s+)?", re.IGNORECASE
)
_AFTER = lazy(rf"\s+{_BASE}(?=\s*(?:[,;.]|$|\band\b))", re.IGNORECASE)


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The second growth of each drafted rise that has one."""
    figures = {f.id: f for s in sentences for f in s.figures}
    following = {a.id: b for s in sentences for a, b in zip(s.figures, s.figures[1:], strict=False)}
    found: list[DraftRelation] = []
    for relation in drafted:
        growth, current = relation.fields.get("growth"), relation.fields.get("current")
        if relation.kind != "growth" or not isinstance(growth, str) or not isinstance(current, str):
            continue
        first, second = figures.get(growth), following.get(growth)
        if first is None or second is None:
            continue
        if not (_rise(first) and _plain(second)) and not (is_percent(first) and _noun(second)):
            continue
        gap = _BETWEEN.fullmatch(text, first.phrase.outer_end, second.phrase.start)
        if gap is None or _AFTER.match(text, second.phrase.outer_end) is None:
            continue
        fields: dict[str, str | list[str] | bool] = {"growth": second.id, "current": current}
        said = " ".join(text[first.phrase.start : second.phrase.outer_end].split())
        found.append(DraftRelation("", "growth", fields, said))
    return found


def _rise(figure: Figure) -> bool:
    stated = figure.phrase.stated
    return is_percent(figure) and not stated.negative and stated.direction in (None, Direction.UP)


def _noun(figure: Figure) -> bool:
    """A percent with its own noun of change and article ("a 9.8 percent drop"): its sign is its
    own, whichever way the first percent went."""
    stated = figure.phrase.stated
    signed = stated.negative or stated.direction is not None
    lead = re.split(r"\d", stated.text, maxsplit=1)[0].strip().lower()
    return is_percent(figure) and figure.kind == "growth" and signed and lead in ("a", "an")


def _plain(figure: Figure) -> bool:
    """A percent with no word before it, and no direction but a rise's of its own ("21.56 per
    cent higher than": the sign its own words give)."""
    stated = figure.phrase.stated
    bare = stated.qualifier is None and not stated.negative
    after = stated.direction == Direction.UP and not re.match(r"[A-Za-z]", stated.text)
    plain = bare and (stated.direction is None or after)
    return is_percent(figure) and plain and figure.kind in (None, "growth")
