"""An amount and the share it is of a whole: an amount claim's ``share`` field names the percent
claim for the same part; the whole is that claim's ``of`` or its group's. The ``part-share`` check
reports it; its constraint is the share's: ``share = amount / whole × 100``.
"""

from __future__ import annotations

from aktobe_facts.claims.model import FieldSpec
from aktobe_facts.relations.base import KindSpec
from aktobe_facts.relations.share import tests

SPEC = KindSpec(
    kind="amount-share",
    check="part-share",
    title="An amount agrees with the share it is of its whole",
    help="amount / whole × 100 meets the share (made from an amount claim's 'share' field).",
    fields=(
        FieldSpec("share", "id", "The percent claim.", True, "claim"),
        FieldSpec("part", "id", "The amount claim.", True, "claim"),
        FieldSpec("whole", "id", "The whole.", False, "claim-or-reference"),
    ),
    writable=False,
)

__all__ = ["SPEC", "tests"]
