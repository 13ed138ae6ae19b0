"""An amount of change with the two levels it moved between, in one clause, for a draft
(``kind = "change"``): D = X − Y (a fall's D = Y − X).

- "Exports increased by D to X, up from Y a year earlier"; "Imports fell by D to X from Y";
  "The bank added D jobs to reach X, from Y": the amount, the level reached, the level before;
- "Revenue rose by D from Y to X": the level before first.

D is a figure whose own words say it is a change: a verb of rise or fall right before it
("increased by", "fell", "added", "shed") or a word of its own the figure's grammar reads
("down $2 billion"). Between D and X only "to", "to reach", "reaching", "to stand at" or "at" and
a period the words name; between X and Y only a period, a comma and "up from", "down from",
"from", "compared with", "against"; after Y only its own words (:func:`base_ends`). All three
are of one measure (one unit, or counts of one thing), plain (no bound or range) and levels but
D; no relation drafted before ties D to either level.

Guards, each by its reason:

- a base of another span of time than the level ("rose by D to X in June, up from Y in the first
  half"): where both name their period, the two are as long (:func:`_spans_alike`);
- D named with its own percent or base already (a growth's "or" amount) is left to that relation;
- a base more than a year before the level ("rose by D to X in 2030, up from Y in 2025", "up from
  Y two years earlier"): D is as likely the last year's change as the five years'
  (:func:`_within_a_year`, :data:`_LONG_AGO`);
- a base of another owner ("compared with Y for Uzbekistan", "at Rival Corp"):
  :func:`~aktobe_facts.text.draftgrowth.base_ends`;
- another basis in the clause ("rose by D to X in real terms, up from Y", "excluding
  acquisitions"): the change is of other figures than the printed levels
  (:func:`growthbasis.net_or_other_basis`).

With the two levels missing, "rose by D to X" alone tests nothing and gets nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.changedranges import APART
from aktobe_facts.text.draftarticle import tied
from aktobe_facts.text.draftcounts import count_level
from aktobe_facts.text.draftdates import period_span
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_measure,
    quote,
    same_measure,
    words_between,
)
from aktobe_facts.text.draftgrowth import base_ends
from aktobe_facts.text.growthbasis import net_or_other_basis
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.levels import level
from aktobe_facts.text.sentences import clause_start

_RISE = (
    r"increas(?:ed|es|ing)|r(?:ose|ises?|ising|isen)|gr(?:ew|ows?|owing|own)|climb(?:ed|s|ing)|"
    r"jump(?:ed|s|ing)|expand(?:ed|s|ing)|widen(?:ed|s|ing)|add(?:ed|s|ing)|gain(?:ed|s|ing)|"
    r"(?:an?\s+)?(?:increase|rise|gain|jump)\s+of"
)
_FALL = (
    r"decreas(?:ed|es|ing)|f(?:ell|alls?|alling|allen)|declin(?:ed|es|ing)|dropp?(?:ed|s|ing)|"
    r"shr(?:ank|inks?|inking|unk)|narrow(?:ed|s|ing)|slipp?(?:ed|s|ing)|shed(?:s|ding)?|"
    r"los(?:t|es?|ing)|(?:an?\s+)?(?:decrease|decline|fall|drop|reduction)\s+of"
)
_VERB_BEFORE = lazy(rf"\b(?:(?P<up>{_RISE})|(?P<down>{_FALL}))\s+(?:by\s+)?$", re.IGNORECASE)
"""Right before D, in its clause: the verb or noun that makes D a change and signs it."""
_TO = r"\s*(?:in\s+§\s*|§\s*)?,?\s*(?:to|to\s+reach|reaching|to\s+stand\s+at|at)\s*$"
_FROM = (
    r"\s*(?:(?:in|as\s+at|as\s+of|during|for)\s+§\s*|§\s*)?,?\s*(?:(?:up|down)\s+)?"
    r"(?:from|compared\s+(?:to|with)|against)(?:\s+the)?\s*$"
)
_D_TO_X = re.compile(rf"^{_TO}", re.IGNORECASE)
_X_FROM_Y = re.compile(rf"^{_FROM}", re.IGNORECASE)
_D_FROM_Y = re.compile(
    rf"^\s*(?:(?:{APART}|(?:in|during|over|for)\s+§)\s*)?,?\s*from(?:\s+the)?\s*$",
    re.IGNORECASE,
)
"""Between D and Y in "rose by D from Y to X"; D's span of time may stand between ("dropped by
D during the year, from Y to X": `changedranges.APART`, twentieth session, recall20)."""
_Y_TO_X = re.compile(r"^\s*(?:in\s+§\s*|§\s*)?,?\s*to\s*$", re.IGNORECASE)


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The article's amounts of change with both their levels."""
    pairs = [set(tied(r)) for r in drafted]
    found: list[DraftRelation] = []
    for sentence in sentences:
        figures = sentence.figures
        for k in range(len(figures) - 2):
            d, a, b = figures[k : k + 3]
            made = _levels(text, sentence, d, a, b)
            if made is None:
                continue
            x, y = made
            if any(d.id in p and (x.id in p or y.id in p) for p in pairs):
                continue  # "rose 9 percent, or D, to X": the growth's amount, drafted already
            fall = _sign(text, sentence, d)
            if fall is None or _other_basis(text, sentence, d):
                continue
            fields: dict[str, str | list[str] | bool] = {
                "amount": d.id,
                "current": x.id,
                "base": y.id,
            }
            if fall:
                fields["direction"] = "fall"
            found.append(DraftRelation("", "change", fields, quote(text, d, a, b)))
    return found


def _levels(
    text: str, sentence: Sentence, d: Figure, a: Figure, b: Figure
) -> tuple[Figure, Figure] | None:
    """The level reached and the level before, in the order the words give them after D."""
    if not all(_alike(d, f) and _a_level(f) for f in (a, b)):
        return None
    first, second = words_between(text, sentence, d, a), words_between(text, sentence, a, b)
    if a.noun and second.lstrip().lower().startswith(a.noun.lower() + ","):
        second = second.lstrip()[len(a.noun) :]  # "14.2 million jobs, from": the count's noun
    if _D_TO_X.match(first) and _X_FROM_Y.match(second):
        x, y = a, b
    elif _D_FROM_Y.match(first) and _Y_TO_X.match(second):
        y, x = a, b
    else:
        return None
    if not base_ends(text, sentence, b):
        return None
    if not _SAME_SPAN.match(text, y.phrase.outer_end) and not _spans_alike(x, y):
        return None
    if not _within_a_year(x, y) or _LONG_AGO.match(text, y.phrase.outer_end, sentence.span[1]):
        return None
    return x, y


_LONG_AGO = lazy(
    r"\s*,?\s*(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|(?!0*1\b)\d+)\s+years?|"
    r"(?:a|one|two|three|several)\s+decades?)\s+(?:earlier|ago|before|previously)\b|"
    r"\s*,?\s*(?:at|in|by)\s+the\s+(?:start|beginning|turn)\s+of\s+the\s+(?:decade|century)\b|"
    r"\s*,?\s*before\s+the\s+(?:pandemic|crisis|war)\b",
    re.IGNORECASE,
)
"""After the base, words that put it more than a year before the level ("up from Y two years
earlier", "2 years earlier", "at the start of the decade", "before the pandemic"; never "1 year
earlier", a year back as "a year earlier" is): D is as likely the last year's
change as the whole span's (the reason of :func:`_within_a_year`, where the base's period is
named by its distance or an event instead of a date)."""


def _within_a_year(x: Figure, y: Figure) -> bool:
    """Where both levels name their period, the base starts at most a year before the level:
    "to X in 2030, up from Y in 2025" leaves D open (the last year's change, or the five years'?)."""
    now, then = period_span(x.period), period_span(y.period)
    if now is None or then is None:
        return True
    return (now[0] - then[0]).days <= 369


def _other_basis(text: str, sentence: Sentence, d: Figure) -> bool:
    """The clause of D names another basis than the printed figures' or what they are net of."""
    start = clause_start(text, sentence.span[0], d.phrase.start)
    return net_or_other_basis(text[start : sentence.span[1]])


_SAME_SPAN = re.compile(
    r"\s*(?:(?:recorded|registered|reported|posted)\s+)?(?:(?:in|during|over|for)\s+the\s+same\s+"
    r"(?:period|months?|quarter|half)|(?:a|one)\s+year\s+(?:earlier|ago|before))\b",
    re.IGNORECASE,
)
"""After the base, words that make its span the level's a year before ("recorded in the same
period last year", "a year earlier"): the draft's period for it may be coarser, its span is the
level's."""


def _a_level(figure: Figure) -> bool:
    """A level in a unit, or a count's level ("14.2 million jobs")."""
    return level(figure.phrase) or count_level(figure)


def _alike(d: Figure, level_figure: Figure) -> bool:
    """One measure, neither a range nor bounded ("more than X" leaves D open)."""
    return (
        is_measure(d)
        and is_measure(level_figure)
        and same_measure(d, level_figure)
        and d.phrase.stated.qualifier is None
        and level_figure.phrase.stated.qualifier is None
        and not d.phrase.stated.is_range
    )


def _sign(text: str, sentence: Sentence, d: Figure) -> bool | None:
    """True for a fall, False for a rise, None where D's words say neither: its own word ("down
    $2 billion", "fell by $2 billion" read with the figure) or the verb right before it."""
    stated = d.phrase.stated
    if stated.direction is not None:
        return stated.negative
    start = clause_start(text, sentence.span[0], d.phrase.start)
    verb = _VERB_BEFORE.search(text, start, d.phrase.start)
    if verb is None:
        return None
    return verb.group("down") is not None


def _spans_alike(x: Figure, y: Figure) -> bool:
    """Where both levels name their period, the two are as long: a month's level is never
    compared with a half-year's ("to X in June, up from Y in the first half")."""
    now, then = period_span(x.period), period_span(y.period)
    if now is None or then is None:
        return True
    return abs((now[1] - now[0]).days - (then[1] - then[0]).days) <= 3
