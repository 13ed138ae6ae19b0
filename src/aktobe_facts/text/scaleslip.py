"""A money figure printed without its scale among figures of its currency that carry one: "imports
fell €1,622 or 12% to €11,649m" has lost the "m" of €1,622m, which read as written is 1,622 euros.
The words do not say so for certain, so the draft reads it as printed and relates it to no figure
of its currency printed with a scale word ("m", "bn", "million", "thousand") that is a thousand
times larger or more: a relation that holds only across such a factor tests the slip, not the
article. Rates, averages and products ("€1,500 per grant" of "€3 million", a conversion at "$1 =
1.39 dinars") are left alone: their figures are of different sizes by nature."""

from __future__ import annotations

from collections.abc import Mapping

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.text.draftfigures import DraftRelation, Figure

FACTOR = 1000
"""A scaled figure this many times the unscaled one's size or more: a scale slip."""
_ACROSS_SIZES = frozenset({"per", "average", "ratio"})
"""Relations whose figures differ in size by nature: never a slip."""


def slipped(relation: DraftRelation, ids: list[str], figures: Mapping[str, Figure]) -> bool:
    """The relation ties an amount of money printed with no scale word to one of its currency
    printed with one and at least :data:`FACTOR` times as large."""
    if relation.kind in _ACROSS_SIZES:
        return False
    expression = relation.fields.get("expr")
    if isinstance(expression, str) and "*" in expression:
        return False  # a product: a conversion at a stated rate ("$1 = 1.39 dinars"), a unit price
    tied = [figures[i] for i in ids if i in figures]
    bare = [f for f in tied if _money(f) and f.phrase.stated.scale_word is None]
    scaled = [f for f in tied if _money(f) and f.phrase.stated.scale_word is not None]
    return any(
        _same_currency(a, b) and abs(b.phrase.stated.value) >= FACTOR * abs(a.phrase.stated.value)
        for a in bare
        for b in scaled
        if a.phrase.stated.value != Fraction(0)
    )


def _money(figure: Figure) -> bool:
    stated = figure.phrase.stated
    return (
        figure.kind == "amount"
        and stated.unit is not None
        and stated.unit.is_currency
        and stated.per is None
        and not stated.is_range
    )


def _same_currency(a: Figure, b: Figure) -> bool:
    ua, ub = a.phrase.stated.unit, b.phrase.stated.unit
    return ua is not None and ub is not None and ua.key == ub.key
