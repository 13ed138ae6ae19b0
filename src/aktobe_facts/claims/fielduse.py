"""No silent no-op: the fields a check can never read on the claim they are written on.

A field that loads but that no check reads on that claim tests nothing, and a clean table then
reads as "all tested". Each rule below says when a linking or qualifying field can be read (by
which check) and, when it cannot, why, so the loader refuses it (exit 2) instead. A field is
refused only when no check could read it whatever else the file states; one that some check
reads given more figures (a share's whole with no amount of the part yet) loads, and a claim that
takes part in no relation is listed by the ``no-relation`` review.

tests/test_fielduse.py holds one case per rule: the refusal, and a claim on which the same field is
read (removing it changes the findings).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from operator import attrgetter

from msgspec import Struct

from aktobe_facts.claims.model import Claim, Reference
from aktobe_facts.reading.numbers import Qualifier
from aktobe_facts.reading.quantities import Quantity


class Unread(Struct, frozen=True):
    """A field no check reads on the claim (or reference) it is written on, and why."""

    field: str
    message: str


Figures = Mapping[str, Claim | Reference]


def _unit_kind(q: Quantity | None) -> str | None:
    if q is None or q.missing or q.unit is None:
        return None
    return q.unit.kind


def _relative(q: Quantity | None) -> bool:
    """In percent or percentage points."""
    return _unit_kind(q) in ("percent", "points")


def _value(item: Claim | Reference | None) -> Quantity | None:
    return None if item is None else item.value


def _is_index(claim: Claim | None) -> bool:
    return claim is not None and claim.kind == "index" and _unit_kind(claim.value) == "percent"


def _describe(claim: Claim) -> str:
    what = f'"{claim.value.text}"' if claim.value is not None else "no value"
    return f"'{claim.id}' is {what}" + (f' of kind "{claim.kind}"' if claim.kind else "")


def _period_of(claim: Claim, figures: Figures) -> str | None:
    if claim.period is not None:
        return claim.period
    target = figures.get(claim.of) if claim.of is not None else None
    return target.period if isinstance(target, Claim) else None


def _of(claim: Claim, figures: Figures) -> str | None:
    if claim.of is None or (claim.base_period is not None and _period_of(claim, figures)):
        return None  # the periods check compares the base period with the 'of' claim's period
    if claim.part is not None:
        return None  # share-of-whole; 'part' has its own rule
    if not _relative(claim.value):
        return (
            f"{_describe(claim)}; 'of' is read for a share, a growth or a change in percent or "
            "percentage points (the whole, the current value, the base share), or to find the "
            "period a 'base_period' is compared with; an amount or count with 'of' tests nothing"
        )
    if claim.kind == "index":
        return (
            f"{_describe(claim)}; an index is compared with the change it states ('same_as'), "
            "never with an 'of'"
        )
    target = _value(figures.get(claim.of))
    if claim.kind == "change" and not _relative(target):
        return (
            f"{_describe(claim)} and '{claim.of}' is not a percent: 'of' of a change names the "
            "share it changes; a change in percent of an amount or count is a growth (kind = "
            '"growth", with of = the current value)'
        )
    return None


def _part(claim: Claim, figures: Figures) -> str | None:
    if claim.part is None:
        return None
    if claim.of is None:
        return "'part' is read with 'of' (the whole it is a part of); give 'of' too"
    if _unit_kind(claim.value) != "percent":
        return f"{_describe(claim)}; a share with 'part' and 'of' must be in percent"
    return None


def _base(claim: Claim, figures: Figures) -> str | None:
    if claim.base is None or (claim.kind == "growth" and _unit_kind(claim.value) == "percent"):
        return None
    return f"{_describe(claim)}; 'base' is read for a growth in percent (kind = \"growth\") only"


def _same_as(claim: Claim, figures: Figures) -> str | None:
    if claim.same_as is None:
        return None
    target = figures.get(claim.same_as)
    if _is_index(claim) or (isinstance(target, Claim) and _is_index(target)):
        return None
    other = _describe(target) if isinstance(target, Claim) else f"'{claim.same_as}'"
    return (
        f"{_describe(claim)} and {other}: 'same_as' ties an index (kind = \"index\", in percent) "
        "to the change it states, and neither is an index"
    )


def _means(claim: Claim, figures: Figures) -> str | None:
    if claim.means is None or (claim.kind == "change" and _relative(claim.value)):
        return None
    if claim.kind == "growth" and _unit_kind(claim.value) == "percent":
        return None  # index-or-growth: means = "relative" settles a growth above 100 percent
    return (
        f"{_describe(claim)}; 'means' says how a change (kind = \"change\") or a growth in "
        "percent is read"
    )


def _after(claim: Claim, figures: Figures) -> str | None:
    if not claim.after or claim.kind == "rank":
        return None
    return f"{_describe(claim)}; 'after' lists the places named before a rank (kind = \"rank\")"


def _base_period(claim: Claim, figures: Figures) -> str | None:
    if claim.base_period is None or claim.kind == "growth" or _period_of(claim, figures):
        return None
    return (
        "the base period is compared with the claim's 'period' (or the period of its 'of' "
        "claim), and there is none; give 'period'"
    )


_RULES: tuple[tuple[str, Callable[[Claim, Figures], str | None]], ...] = (
    ("of", _of),
    ("part", _part),
    ("base", _base),
    ("same_as", _same_as),
    ("means", _means),
    ("after", _after),
    ("base_period", _base_period),
)


_fields_of_rules = attrgetter(*(field for field, _ in _RULES))
_NONE_GIVEN = _fields_of_rules(Claim("", 0, "", None))
"""The rules' fields as a claim that gives none of them has them: each rule passes such a claim."""


def rounding(quantity: Quantity | None, exact: bool, precision: bool) -> Unread | None:
    """``exact`` or ``precision`` on a figure with no rounding to declare (a bound, an
    ordinal), or both at once (``exact`` wins)."""
    if quantity is None or not (exact or precision):
        return None
    field = "exact" if exact else "precision"
    if exact and precision:
        return Unread(
            "precision",
            "'exact' and 'precision' together: exact wins, so precision would do nothing; keep one",
        )
    stated = quantity.stated
    if stated.qualifier in (Qualifier.LOWER, Qualifier.UPPER):
        return Unread(field, f'"{quantity.text}" is a bound, with no rounding to declare')
    if stated.fraction and precision:
        return Unread(
            field,
            f'"{quantity.text}" is a fraction in words, approximate by the file\'s tolerance '
            "(approx): no step to declare; exact = true takes it as exact",
        )
    if stated.exact_word:
        return Unread(field, f'"{quantity.text}" is an ordinal, exact already')
    return None


def unread(claim: Claim, figures: Figures, exact: bool, precision: bool) -> Iterator[Unread]:
    """The fields of ``claim`` no check reads. ``exact`` and ``precision``: whether the file
    gives them (the model keeps only their effect on the interval)."""
    if _fields_of_rules(claim) != _NONE_GIVEN:  # most claims give none: no rule to ask
        for field, rule in _RULES:
            message = rule(claim, figures)
            if message is not None:
                yield Unread(field, message)
    found = rounding(claim.value, exact, precision)
    if found is not None:
        yield found
