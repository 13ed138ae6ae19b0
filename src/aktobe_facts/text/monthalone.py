"""A sentence that opens on a month "alone" ("In May alone, sales reached X", "June on its own
brought X"): its figures are a part of a longer span's, never the whole of that span's figures
(:mod:`aktobe_facts.text.draftwithin` drafts the month within its span); a list in the sentences
after it naming no period may be the month's or the span's (:func:`whole_of_later_parts`, a guard of
:mod:`aktobe_facts.text.draftrules`)."""

from __future__ import annotations

import re

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftroles import roles
from aktobe_facts.text.roletime import MONTH

ALONE = re.compile(
    rf"\W*(?:(?:in|for|during)\s+)?(?:the\s+month\s+of\s+)?(?P<when>(?:{MONTH})(?:\s+(?:19|20)\d\d)?)"
    r"\s*,?\s+(?:alone|on\s+its\s+own|by\s+itself)\b",
    re.IGNORECASE,
)
"""A sentence's opening: a month (with its year or none), then "alone" or "on its own"."""


def opens_alone(text: str, sentence_start: int) -> bool:
    """The sentence starting at ``sentence_start`` opens on a month alone."""
    return ALONE.match(text, sentence_start) is not None


def whole_of_later_parts(article: Article, relation: DraftRelation) -> bool:
    """A sum whose total opens a sentence on a month alone and one of whose parts stands in a later
    sentence naming no period of its own ("In October alone, exports were X. The domestic sector
    contributed A of the total": the total the list is of may be October's or the span's before
    it, and the words do not say which)."""
    total, parts = relation.fields.get("total"), relation.fields.get("parts")
    if relation.kind != "sum" or not isinstance(total, str) or not isinstance(parts, list):
        return False
    placed = {p.figure.id: p for p in article.figures}
    whole = placed.get(total)
    if whole is None or not opens_alone(article.text, whole.sentence[0]):
        return False
    named = roles(article)
    return any(
        (part := placed.get(p)) is not None
        and part.sentence_index > whole.sentence_index
        and ((role := named.get(p)) is None or not role.time.named)
        for p in parts
        if isinstance(p, str)
    )
