"""The subject of a drafted count, kept only where it cannot make a guess a warning.

A draft gives a count the noun after it as its subject ("visitors", "kilowatt hours"), so that
the same-subject check can catch one figure given twice with two values. But a news sentence lists
the counts of different owners with one noun ("hydro plants made 155.73 billion kilowatt hours,
thermal plants 940.63 billion kilowatt hours"), and the draft cannot tell the owners apart: two
counts with one subject and one period whose figures cannot be equal are as likely different
things as a slip. Such a group's subjects are left out and the editor gets a note: the check
would otherwise warn on a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import msgspec

from aktobe_facts.reading.numbers import GrammarError
from aktobe_facts.reading.quantities import read as quantity
from aktobe_facts.text.phraseread import read

if TYPE_CHECKING:
    from aktobe_facts.text.draft import DraftClaim


def distinct(claims: Sequence[DraftClaim]) -> tuple[list[DraftClaim], list[str]]:
    """The claims with the subjects of each conflicting group left out, and a note per group."""
    groups: dict[tuple[str, str | None], list[int]] = {}
    for k, claim in enumerate(claims):
        if claim.subject is not None:
            groups.setdefault((claim.subject, claim.period), []).append(k)
    out = list(claims)
    notes: list[str] = []
    for (subject, _period), members in groups.items():
        if len(members) < 2 or _may_be_one([claims[k] for k in members]):
            continue
        for k in members:
            out[k] = msgspec.structs.replace(out[k], subject=None)
        ids = ", ".join(claims[k].id for k in members)
        notes.append(
            f"{ids}: counts of {subject!r} in one period with figures that cannot be equal; "
            "no subject drafted, as they may count different things (set one subject on those "
            "that are one figure given twice)"
        )
    return out, notes


def _may_be_one(claims: Sequence[DraftClaim]) -> bool:
    """Whether every figure of the group can be one number (their readings overlap)."""
    shared = None
    for claim in claims:
        try:
            interval = quantity(read(claim.value or "")).interval
        except GrammarError:
            return True  # unread: leave the subject to the check, which says so
        if interval is None:
            return True
        shared = interval if shared is None else shared.intersect(interval)
        if shared is None:
            return False
    return True
