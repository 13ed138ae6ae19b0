"""A draft the loader refuses, less what it refused: never an internal error on an article.

Every rule drafts what a claims file may state, and the draft is loaded before it is checked or
written (:func:`aktobe_facts.text.drafttoml.prove`). When a rule drafts what the loader refuses
(a per-day figure paired with a total; all-capital text's "THE 10 MILLION" as ten million of a
currency "THE", before the draft read codes by ISO 4217), the loader's error names the claim,
relation or group. The draft is then tried again without it, and a note in the saved draft names
what was left out and why: a refused claim's figure is in no claim, so the coverage check shows
it unread, and no relation is checked on a reading the loader does not accept. A refusal that
names none of these stays an internal error: a bug of the drafting as a whole. A draft left with
no claim is an article with nothing to check (:func:`aktobe_facts.text.articlecheck.repaired`,
exit 2), as one with no number is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import msgspec

from aktobe_facts.claims.loader import LoadError

if TYPE_CHECKING:  # the draft module's types, for the checker only
    from aktobe_facts.text.draft import Draft
    from aktobe_facts.text.draftfigures import DraftRelation

MAX_REPAIRS = 50
"""Most items one draft may lose before the refusal stays an internal error."""

_ITEM = re.compile(r"(claim|relation|group) '(.+)'\Z")


def without(found: Draft, error: LoadError) -> Draft | None:
    """``found`` less the claim, relation or group ``error`` names (and what ties to it), with a
    note saying so; None when the error names none of them."""
    named = _ITEM.match(error.item or "")
    if named is None:
        return None
    table, item = named.groups()
    note = f"not drafted: {table} '{item}', which the loader refuses ({error.message})"
    if table == "relation":
        relations = tuple(r for r in found.relations if r.id != item)
        if len(relations) == len(found.relations):
            return None
        return msgspec.structs.replace(found, relations=relations, notes=(*found.notes, note))
    if table == "group":
        if not any(g.id == item for g in found.groups):
            return None
        return msgspec.structs.replace(
            found,
            groups=tuple(g for g in found.groups if g.id != item),
            claims=tuple(
                msgspec.structs.replace(c, group=None) if c.group == item else c
                for c in found.claims
            ),
            relations=tuple(r for r in found.relations if not _ties(r, {item})),
            notes=(*found.notes, note),
        )
    if not any(c.id == item for c in found.claims):
        return None
    return _without_claim(found, item, note)


def _without_claim(found: Draft, item: str, note: str) -> Draft:
    claims = tuple(c for c in found.claims if c.id != item)
    groups = []
    for group in found.groups:
        members = [c.id for c in claims if c.group == group.id]
        if not members:  # its last member gone: claims keep no group of none
            continue
        first = group.first_member if group.first_member in members else members[0]
        groups.append(msgspec.structs.replace(group, first_member=first))
    return msgspec.structs.replace(
        found,
        claims=claims,
        groups=tuple(groups),
        relations=tuple(r for r in found.relations if not _ties(r, {item})),
        suggested=tuple(s for s in found.suggested if not _ties(s.relation, {item})),
        notes=(*found.notes, note),
    )


def _ties(relation: DraftRelation, ids: set[str]) -> bool:
    """Whether ``relation`` names any of ``ids`` in its fields."""
    for value in relation.fields.values():
        if isinstance(value, str) and value in ids:
            return True
        if isinstance(value, list) and ids.intersection(value):
            return True
    return False
