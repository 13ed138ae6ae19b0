"""A growth's amount of change said after it as what the rise brought, for a draft (``kind =
"change"``): "revenue of US$1.263 billion, an increase of 10% on the year, bringing additional
revenue of US$34.7 million" is the rise of the revenue as a percent and as an amount, so the growth
drafted before becomes a change (D = X − base, P = D / base × 100, the base where the growth has
one).

Read from the growths drafted before: the figure right after the growth (after its base, where it
has one) is D, of the current value X's measure, below X and plain (no bound, range or word of
change of its own); between them only the growth's own words ("on the year"), a comma, a verb of
bringing ("bringing", "adding", "generating", "which brought") and "additional" or "extra". A
noun after those words must be one the words of X's clause name ("additional revenue" after
"revenue of X"): "exports rose 10 percent to X, bringing additional tax revenue of D" is another
thing's amount, and nothing is drafted.

D's clause must end right after it (a comma, a full stop, "and"): words after D name a recipient,
a period or a part of its own ("bringing additional revenue of US$34.7 million to the state
budget", "... in the first quarter alone", "... since 2025", "adding an extra US$34.7 million in
dividends for the treasury"), whose amount need not be the rise of X. A growth of another basis
("an increase of 10% in real terms, bringing additional revenue of D") is no rise of the printed
X, and nothing is drafted either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_measure,
    names,
    quote,
    same_measure,
    singular,
    words_between,
)
from aktobe_facts.text.draftgrowth import a_level
from aktobe_facts.text.growthbasis import net_or_other_basis
from aktobe_facts.text.lazypatterns import lazy

_BROUGHT = lazy(
    r"^[^,;:.\d%()]{0,30},\s*(?:bringing|adding|generating|yielding|(?:which|that)\s+(?:brought|"
    r"added|generated|yielded|means|meant))\s+(?:in\s+)?(?:an?\s+)?(?:additional|extra)\s+"
    r"(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+)?(?:of\s+|worth\s+)?$",
    re.IGNORECASE,
)
"""Between the growth (or its base) and D: ", bringing additional revenue of", ", adding an extra"
(the growth's own words of time before the comma)."""
_ENDS = re.compile(r"\s*(?:[,.;)]|$|(?:and|but|while|whereas)\b)", re.IGNORECASE)
"""Right after D: its clause ends (no recipient, period or part of its own)."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The relations drafted before, each growth whose amount of change the words say after it
    made a change."""
    placed = {f.id: (s, f) for s in sentences for f in s.figures}
    return [_with_amount(text, placed, r) for r in drafted]


def _with_amount(
    text: str, placed: dict[str, tuple[Sentence, Figure]], relation: DraftRelation
) -> DraftRelation:
    fields = relation.fields
    if relation.kind != "growth" or "current" not in fields:
        return relation
    growth, current = str(fields["growth"]), str(fields["current"])
    last = str(fields.get("base", growth))
    if growth not in placed or current not in placed or last not in placed:
        return relation
    sentence, percent = placed[growth]
    if percent.phrase.stated.negative:
        return relation  # "additional" after a fall: no amount of this change
    x, before = placed[current][1], placed[last][1]
    figures = list(sentence.figures)
    if placed[last][0] is not sentence or x not in figures:
        return relation
    k = figures.index(before)
    if figures.index(x) > figures.index(percent) or k + 1 >= len(figures):
        return relation  # the current value after the growth: "rose P to X, bringing ..."
    d = figures[k + 1]
    if not _amount_of(x, d):
        return relation
    between = words_between(text, sentence, before, d)
    words = _BROUGHT.match(between + " ")
    if words is None or net_or_other_basis(text[percent.phrase.start : d.phrase.start]):
        return relation  # "an increase of 10% in real terms, bringing ...": another basis
    if _ENDS.match(text, d.phrase.outer_end) is None:
        return relation  # "bringing additional revenue of D to the state budget": another's
    noun = words.group("noun")
    if noun and not {singular(w) for w in noun.lower().split()} & names(text, sentence, x):
        return relation  # "bringing additional tax revenue of D": another thing's amount
    made: dict[str, str | list[str] | bool] = {"amount": d.id, "current": current}
    if "base" in fields:
        made["base"] = fields["base"]
    made["percent"] = growth
    return DraftRelation(relation.id, "change", made, quote(text, x, d))


def _amount_of(x: Figure, d: Figure) -> bool:
    """D may be X's amount of change: one measure, plain, below X."""
    stated = d.phrase.stated
    return (
        is_measure(d)
        and same_measure(x, d)
        and a_level(d)
        and stated.qualifier is None
        and stated.value < x.phrase.stated.value
    )
