"""One ``equal`` relation for the figures it ties, for a draft: an ``equal`` whose claims another
``equal`` holds already (all of them, or the same ones drafted before) is left out.

Several rules read one figure given twice, each from its own words: a headline's growth told again
in the body (:mod:`aktobe_facts.text.draftheadline`) and the growths of a figure given twice
(:func:`aktobe_facts.text.draftequal.growths`) both tied "up 5.3%" of a headline to "up 5.3%" of
the body, with two quotes; the check then counted one pair twice. The relation kept is the one
holding the most figures, the first drafted among equals.
"""

from __future__ import annotations

from collections.abc import Sequence

from aktobe_facts.text.draftfigures import DraftRelation


def once(relations: Sequence[DraftRelation]) -> list[DraftRelation]:
    """``relations`` without each ``equal`` whose claims another ``equal`` holds: a strict part
    of its claims, or the same claims drafted before it."""
    tied = [(i, claims) for i, r in enumerate(relations) if (claims := _claims(r)) is not None]
    held = {
        i for i, mine in tied if any(mine < other or (mine == other and j < i) for j, other in tied)
    }
    return [r for i, r in enumerate(relations) if i not in held]


def _claims(relation: DraftRelation) -> frozenset[str] | None:
    claims = relation.fields.get("claims")
    if relation.kind != "equal" or not isinstance(claims, list):
        return None
    return frozenset(claims)
