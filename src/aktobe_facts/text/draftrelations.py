"""The relations a sentence's words make certain, for a draft (:mod:`aktobe_facts.text.draft`).

Only structures whose words leave one reading are drafted, between figures next to each other in
one sentence (nothing but the linking words between them):

- growth: "X, which is P percent more than ... B" and "X, a P percent increase compared to B"
  (current X, base B); "rose P percent to X", "up P percent to X" (current X); "P percent, from A
  to B" (base A, current B);
- change: "X, which is N, or P percent more" (current X, amount N, percent P) and "up P percent,
  or N, to X" / "up N, or P percent, to X".

Base and current figures must be in one currency or unit. Anything less certain is left to the
editor: a draft relation is one a careful editor would write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aktobe_facts.text.phrases import Phrase

_LINK = r"\s*,?\s*(?:which\s+is\s+|that\s+is\s+|or\s+|an?\s+|(?:up|down)\s+(?:by\s+)?)?"
_AFTER_X = re.compile(rf"^{_LINK}$", re.IGNORECASE)
"""Between a figure and its growth or change: "X, which is P percent more", "X, a P percent"."""
_COMPARED = re.compile(
    r"^\s*(?:more|less|higher|lower|increase|decrease|rise|growth|fall|drop|up|down)?\s*"
    r"(?:year-on-year\s+|yoy\s+|y/y\s+)?(?:(?:compared\s+(?:to|with)|than|from|over|on)\b"
    r"[^.;\d]{0,40}?\(?|\()\s*$",
    re.IGNORECASE,
)
"""Between a growth and its base: "more than in 2021 (", "increase compared to"."""
_TO = re.compile(
    r"^\s*,?\s*(?:and\s+)?(?:(?:reach(?:ed|ing)?|amount(?:ed|ing)\s+to|totall?(?:ed|ing)|to\s+"
    r"reach|up\s+to|to|stood\s+at|at)\s*)$",
    re.IGNORECASE,
)
"""Between a growth and the value it reached: "to", "and reached", "up to", "to reach"."""
_FROM = re.compile(r"^\s*,?\s*from\s*$", re.IGNORECASE)
_FROM_TO = re.compile(r"^[^.;\d]{0,30}?\bto\s*$", re.IGNORECASE)
_OR = re.compile(r"^\s*,?\s*or\s*$", re.IGNORECASE)
_FALL = re.compile(
    r"\b(?:decreas|fell|fall|declin|drop|down|lower|less|reduc|shr[ai]nk|contract)\w*", re.I
)
_MORE = re.compile(r"\s*(more|less|higher|lower)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Figure:
    """A claim of the sentence: its id, kind and phrase."""

    id: str
    kind: str | None
    phrase: Phrase


@dataclass(frozen=True, slots=True)
class DraftRelation:
    id: str
    kind: str
    fields: dict[str, str] = field(default_factory=dict)
    quote: str = ""


def sentence_relations(text: str, figures: list[Figure]) -> tuple[list[DraftRelation], list[str]]:
    """The growth and change relations of one sentence's figures, in order, and notes for the
    editor on the growth figures whose relation the words leave uncertain."""
    found: list[DraftRelation] = []
    notes: list[str] = []
    used: set[str] = set()
    for i, figure in enumerate(figures):
        if figure.id in used or not _percent(figure) or figure.kind != "growth":
            continue
        made = _change(text, figures, i) or _growth(text, figures, i)
        if made is not None:
            found.append(made)
            used.update(made.fields.values())
            continue
        amounts = [f.id for f in figures if _amount(f) and f.id not in used]
        if amounts:
            notes.append(
                f"{figure.id} ({figure.phrase.value!r}) may be the growth or change of "
                f"{', '.join(amounts)}: the words do not make it certain; add a [[relation]] "
                'kind = "growth" or "change" if the article means it'
            )
    return found, notes


def _gap(text: str, a: Figure, b: Figure) -> str:
    return text[a.phrase.outer_end : b.phrase.start]


def _percent(figure: Figure) -> bool:
    unit = figure.phrase.stated.unit
    return unit is not None and unit.kind == "percent"


def _amount(figure: Figure) -> bool:
    unit = figure.phrase.stated.unit
    return figure.kind == "amount" and unit is not None and not figure.phrase.stated.is_range


def _same_unit(a: Figure, b: Figure) -> bool:
    ua, ub = a.phrase.stated.unit, b.phrase.stated.unit
    return ua is not None and ub is not None and ua.key == ub.key


def _at(figures: list[Figure], i: int) -> Figure | None:
    return figures[i] if 0 <= i < len(figures) else None


def _quote(text: str, first: Figure, last: Figure) -> str:
    return " ".join(text[first.phrase.start : last.phrase.outer_end].split())


def _next_to(text: str, pattern: re.Pattern[str], a: Figure | None, b: Figure | None) -> bool:
    """``a`` and ``b`` are amounts of one unit with only ``pattern``'s words between them."""
    if a is None or b is None or not _amount(a) or not _amount(b):
        return False
    return _same_unit(a, b) and pattern.match(_gap(text, a, b)) is not None


def _growth(text: str, figures: list[Figure], i: int) -> DraftRelation | None:
    growth = figures[i]
    before, after, following = (_at(figures, i + k) for k in (-1, 1, 2))
    fields = {"growth": growth.id}
    first = last = growth
    if before is not None and _amount(before) and _AFTER_X.match(_gap(text, before, growth)):
        fields["current"], first = before.id, before
        if (
            after is not None
            and _same_unit(before, after)
            and _amount(after)
            and _COMPARED.match(_gap(text, growth, after))
        ):
            fields["base"], last = after.id, after
    elif after is not None and _amount(after) and _TO.match(_gap(text, growth, after)):
        fields["current"], last = after.id, after
    elif (
        after is not None
        and _FROM.match(_gap(text, growth, after))
        and _next_to(text, _FROM_TO, after, following)
    ):
        assert following is not None
        fields["base"], fields["current"], last = after.id, following.id, following
    after_word = _MORE.match(text, growth.phrase.outer_end)
    lower = after_word is not None and after_word.group(1).lower() in ("less", "lower")
    if len(fields) == 1 or (lower and not growth.phrase.stated.negative):
        return None  # "19% lower" written as "19%": the sign is the editor's to settle
    return DraftRelation("", "growth", fields, _quote(text, first, last))


def _change(text: str, figures: list[Figure], i: int) -> DraftRelation | None:
    """ "X, N, or P percent more", "P percent, or N, to X": a change with its amount and percent."""
    percent = figures[i]
    before, after = _at(figures, i - 1), _at(figures, i + 1)
    if before is not None and _amount(before) and _OR.match(_gap(text, before, percent)):
        amount, first = before, _at(figures, i - 2)
        more = _MORE.match(text, percent.phrase.outer_end)
        if more is not None and first is not None and _next_to(text, _AFTER_X, first, amount):
            fields = {"amount": amount.id, "current": first.id, "percent": percent.id}
            if more.group(1).lower() in ("less", "lower"):
                fields["direction"] = "fall"
            return DraftRelation("", "change", fields, _quote(text, first, percent))
        target, start, prev = after, amount, percent
    elif after is not None and _amount(after) and _OR.match(_gap(text, percent, after)):
        amount, target, start, prev = after, _at(figures, i + 2), percent, after
    else:
        return None
    if target is None or not _amount(target) or not _same_unit(amount, target):
        return None
    if percent.phrase.stated.negative != amount.phrase.stated.negative:
        return None  # "fell by 8 percent, or 63 million": the signs are the editor's to settle
    if not _TO.match(_gap(text, prev, target)):
        return None
    fields = {"amount": amount.id, "current": target.id, "percent": percent.id}
    words = text[max(0, start.phrase.start - 40) : target.phrase.start]
    if _FALL.search(words):
        fields["direction"] = "fall"
    return DraftRelation("", "change", fields, _quote(text, start, target))
