"""A part that names its owner, another than its total's, is no part of it, whichever rule paired
them: "Exports of Kazakhstan reached A ... Uzbekistan's exports to Russia came to B" makes no sum
of A (Uzbekistan's exports are none of Kazakhstan's). Both must name an owner (a possessive, or a
country after the flow's "of": :attr:`~aktobe_facts.text.draftroles.Role.whose`); a part that
names none is left to the rule that paired it."""

from __future__ import annotations

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftroles import roles


def another_owner_part(article: Article, relation: DraftRelation) -> bool:
    """A sum whose total names an owner and one of whose parts names another."""
    total, parts = relation.fields.get("total"), relation.fields.get("parts")
    if relation.kind != "sum" or not isinstance(total, str) or not isinstance(parts, list):
        return False
    named = roles(article)
    whole = named.get(total)
    if whole is None or not whole.whose:
        return False
    return any(
        (role := named.get(p)) is not None and bool(role.whose) and not whole.whose <= role.whose
        for p in parts
        if isinstance(p, str)
    )
