"""Parts listed in the sentence after their total, on a pronoun for it, for a draft (``kind =
"sum"``, not exhaustive): "Education gets 2.1 billion lari in 2031. That sum includes 887.7
million lari for teachers' salaries and 347.3 million lari for university staff."

The sentence opens on "That sum", "This amount", "The figure", "The total", "This", "It" (also
"That allocation", "The money") and "includes", "included", "comprises" or "covers"; the parts
are the amounts of one unit listed after the verb (:func:`aktobe_facts.text.draftparts.list_after`).
The total is the one level of the parts' unit in the nearest sentence before with any
(:func:`aktobe_facts.text.draftparts.total_before`: the same or the paragraph before, no figure of
another period of that unit before it in its paragraph, no rate a year). A total that is a change
("Revenue fell by 2 billion. This includes ...": a fall's parts may be of either sign) or a part
of its own period's other figure, and a part of another period than its total, draft nothing. A
rise told with "the increase includes" is :mod:`aktobe_facts.text.draftraised`'s. "Covers"
lists parts only where each is paid for a purpose (:mod:`aktobe_facts.text.paidfor`: "covers A
for salaries", never "covers a 70 million dollar project").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftparts import list_after, sum_relation, total_before
from aktobe_facts.text.levels import level
from aktobe_facts.text.paidfor import COVERS, paid_for

_INCLUDES = re.compile(
    r"\W*(?:(?:that|this|the)\s+(?P<money>sum|amount|figure|total|allocation|money)|this|it)\s+"
    r"(?:also\s+)?(?P<verb>includes|included|comprises|comprised|covers|covered)\s",
    re.IGNORECASE,
)
"""From a sentence's start to its parts: "That sum includes", "This amount covers", "It
included"."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found: list[DraftRelation] = []
    sentences = article.sentences()
    for number, figures in enumerate(sentences):
        opened = _INCLUDES.match(text, figures[0].sentence[0])
        if opened is None:
            continue
        parts = list_after(text, figures, opened.end())
        if not parts or _said(drafted, parts):
            continue
        if COVERS.fullmatch(opened.group("verb")) and (
            opened.group("money") is None or not paid_for(text, parts)
        ):
            continue  # "It covers 300 million dollars for flood damage": a policy's, no part
        total = total_before(text, sentences[:number], parts[0])
        if total is None or not _fits(total, parts):
            continue
        quote = text[figures[0].sentence[0] : parts[-1].figure.phrase.outer_end]
        found.append(sum_relation(total, parts, False, quote))
    return found, []


def _said(drafted: Sequence[DraftRelation], parts: list[Placed]) -> bool:
    """A sum drafted before holds one of the parts already."""
    ids = {p.figure.id for p in parts}
    return any(
        r.kind == "sum" and isinstance(listed := r.fields.get("parts"), list) and ids & set(listed)
        for r in drafted
    )


def _fits(total: Placed, parts: list[Placed]) -> bool:
    """The total is a level, and no part names another period than the total's."""
    if not level(total.figure.phrase) or total.figure.phrase.stated.qualifier is not None:
        return False
    period = total.figure.period
    return all(p.figure.period in (None, period) for p in parts)
