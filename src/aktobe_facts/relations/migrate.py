"""The relations the older fields state, so that files written before ``[[relation]]`` keep
working and every check reads relations.

| older field | relation kind | id |
| --- | --- | --- |
| a claim's numbered ``counterpart`` | ``conversion`` | ``<claim>:conversion`` |
| a growth claim's ``of`` / ``base`` (in percent) | ``growth`` | ``<claim>:growth`` |
| a percent claim's ``part`` and ``of`` | ``share`` | ``<claim>:share`` |
| an amount's ``share`` | ``amount-share`` | ``<claim>:amount-share`` |
| ``same_as`` | ``same`` | ``<claim>:same`` |
| any other ``of`` | ``of`` | ``<claim>:of`` |
| ``[[group]]`` and its members | ``shares`` | the group's id |
| ``[[ratio]]`` | ``ratio`` | the ratio's id |

A ``:`` cannot occur in an id written in the file, so these never clash with one.
"""

from __future__ import annotations

from operator import attrgetter

from aktobe_facts.claims.model import Claim, Group, Ratio, Relation, RelationValue


def _is_percent(claim: Claim) -> bool:
    q = claim.value
    return q is not None and not q.missing and q.unit is not None and q.unit.kind == "percent"


def _relation(claim: Claim, kind: str, values: dict[str, RelationValue], origin: str) -> Relation:
    members: list[str] = []
    for value in values.values():
        for ref in value if isinstance(value, tuple) else (value,):
            if isinstance(ref, str) and ref not in members:
                members.append(ref)
    return Relation(
        f"{claim.id}:{kind}",
        kind,
        claim.line,
        values,
        origin=f"claim '{claim.id}' field {origin}",
        members=tuple(members),
    )


_LINKS = attrgetter("of", "base", "part", "share", "same_as")
_NO_LINKS = (None,) * 5
"""Every relation below needs a counterpart or one of these fields."""


def from_claim(claim: Claim, whole_of_share: str | None) -> list[Relation]:
    """The relations one claim's fields state. ``whole_of_share``: the whole of the claim its
    ``share`` names (that claim's ``of``, or its group's)."""
    if not claim.counterparts and _LINKS(claim) == _NO_LINKS:
        return []  # most claims: no field below is given
    found: list[Relation] = []
    numbered = [q for q in claim.counterparts if not q.missing]
    if numbered and claim.value is not None:
        found.append(_relation(claim, "conversion", {"claim": claim.id}, "'counterpart'"))
    of_used = False
    if claim.kind == "growth" and _is_percent(claim) and (claim.of or claim.base):
        values: dict[str, RelationValue] = {"growth": claim.id}
        if claim.of is not None:
            values["current"] = claim.of
        if claim.base is not None:
            values["base"] = claim.base
        found.append(_relation(claim, "growth", values, "'of'/'base'"))
        of_used = True
    if claim.part is not None and claim.of is not None and _is_percent(claim):
        found.append(
            _relation(
                claim,
                "share",
                {"share": claim.id, "part": claim.part, "whole": claim.of},
                "'part'/'of'",
            )
        )
        of_used = True
    if claim.share is not None and claim.value is not None:
        values = {"share": claim.share, "part": claim.id}
        if whole_of_share is not None:
            values["whole"] = whole_of_share
        found.append(_relation(claim, "amount-share", values, "'share'"))
    if claim.same_as is not None:
        found.append(_relation(claim, "same", {"claims": (claim.id, claim.same_as)}, "'same_as'"))
    if claim.of is not None and not of_used:
        found.append(_relation(claim, "of", {"claim": claim.id, "of": claim.of}, "'of'"))
    return found


def from_group(group: Group, remainder: str | None) -> Relation:
    values: dict[str, RelationValue] = {"members": group.members, "exhaustive": group.exhaustive}
    if group.of is not None:
        values["of"] = group.of
    if remainder is not None:
        values["remainder"] = remainder
    members = group.members + ((group.of,) if group.of else ())
    return Relation(group.id, "shares", group.line, values, group.label, None, "[[group]]", members)


def from_ratio(ratio: Ratio) -> Relation:
    values: dict[str, RelationValue] = {
        "numerator": ratio.numerator,
        "denominator": ratio.denominator,
    }
    if ratio.min is not None:
        values["min"] = ratio.min
    if ratio.max is not None:
        values["max"] = ratio.max
    if ratio.expect is not None:
        values["expect"] = ratio.expect
    members = (ratio.numerator, ratio.denominator) + ((ratio.expect,) if ratio.expect else ())
    return Relation(
        ratio.id, "ratio", ratio.line, values, ratio.label, ratio.note, "[[ratio]]", members
    )


def derived(
    claims: tuple[Claim, ...], groups: tuple[Group, ...], ratios: tuple[Ratio, ...]
) -> list[Relation]:
    """Every relation the older fields of a file state, in file order of their claims."""
    by_id = {c.id: c for c in claims}
    group_of = {g.id: g.of for g in groups}
    found: list[Relation] = []
    for claim in claims:
        whole = None
        if claim.share is not None and claim.share in by_id:
            target = by_id[claim.share]
            whole = target.of if target.of is not None else group_of.get(target.group or "")
        found += from_claim(claim, whole)
    remainders = {c.group: c.id for c in claims if c.remainder and c.group}
    found += [from_group(g, remainders.get(g.id)) for g in groups]
    found += [from_ratio(r) for r in ratios]
    return found
