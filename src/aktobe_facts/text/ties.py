"""Which drafted relations tie figures together, looked up by claim: a rule that asks it of each
pair of figures went through every relation drafted before for each pair (in a long article,
the figures times the relations)."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from aktobe_facts.text.draftarticle import tied
from aktobe_facts.text.draftfigures import DraftRelation


class Ties:
    """The relations given, each claim with the relations that tie it (by their number)."""

    def __init__(self, relations: Iterable[DraftRelation]) -> None:
        self._of: dict[str, set[int]] = {}
        self._count = 0
        for n, relation in enumerate(relations):
            self._count += 1
            for word in tied(relation):
                self._of.setdefault(word, set()).add(n)

    def together(self, ids: Collection[str]) -> bool:
        """Whether one relation ties every id of ``ids``: ``any(set(ids) <= set(tied(r)) for r
        in relations)``."""
        found: set[int] | None = None
        for claim in ids:
            mine = self._of.get(claim)
            if not mine:
                return False
            found = set(mine) if found is None else found & mine
            if not found:
                return False
        return found is not None or self._count > 0
