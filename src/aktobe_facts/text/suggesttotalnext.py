"""Suggested: parts listed after one verb in the sentence after their total (a sum, not
exhaustive): "Total remittances rose to $28.2 million in October. Private transfers came to
$25.6 million, employee compensation to $1.7 million and social benefits to $0.1 million."
Offered, never drafted (issue 13): the words do not make it certain that the list breaks down
that total and not another period's, owner's or flow's.

The whole's own words call it a total ("total remittances", "a total of", "in total"; never
"Total" capitalised inside a sentence, a company's name) and its sentence is the one right
before the list (in its paragraph or the one before): its one figure of the parts' unit, or,
where it has several, its one current whole flow (as for :mod:`aktobe_facts.text.draftlisted`:
no part, plan or comparison's earlier figure). The list is three amounts or more of one unit
after one verb, each after a label or a comma (:func:`aktobe_facts.text.draftparts.list_after`),
and every amount of that unit in its sentence. Nothing when a part names a flow other than the
whole's (revenue parts of a spending total), when the whole is a balance, or when a guard of
:mod:`aktobe_facts.text.suggestlistguard` refuses it (another period, a plan, a span's sum, a
rate, changes, an owner's or partner's whole, another flow's verb).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftlisted import whole_before
from aktobe_facts.text.draftparts import list_after
from aktobe_facts.text.draftroles import Role, flows_named, roles
from aktobe_facts.text.draftsharesum import NET
from aktobe_facts.text.levels import alike
from aktobe_facts.text.suggestfigures import Known, Suggestion
from aktobe_facts.text.suggestlistguard import offered

_TOTAL = re.compile(r"\b(?:total|overall|combined|aggregate)\b(?!\s+of\s+the\b)", re.IGNORECASE)
"""The whole's words before it in its clause: "total remittances", "a total of", "in total"."""
_IN_TOTAL = re.compile(r"\s*,?\s*in\s+total\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:]")
LEAST = 3
"""Parts at least: a breakdown, not a pair of figures that may be compared."""
TOTAL_NEXT = 0.6
"""Rank of a total and the list in the sentence after it."""


def suggestions(article: Article, known: Sequence[Known]) -> list[Suggestion]:
    named = roles(article)
    text = article.text
    sentences = article.sentences()
    by_id = {k.id: k for k in known}
    made: list[Suggestion] = []
    for number, figures in enumerate(sentences[1:], start=1):
        before = sentences[number - 1]
        if before[0].paragraph < figures[0].paragraph - 1:
            continue
        listed = list_after(text, figures, figures[0].sentence[0])
        if len(listed) < LEAST or not _whole_list(figures, listed):
            continue
        found = whole_before([before], listed[0], named)
        if found is None or not _called_total(text, found) or NET.search(_words(text, found)):
            continue
        if _other_flow(text, named, found, listed):
            continue
        whole = by_id[found.figure.id]
        parts = [by_id[p.figure.id] for p in listed]
        offer = offered(
            article,
            whole,
            parts,
            TOTAL_NEXT,
            (
                "listed after one verb in the sentence after a figure its words call a total "
                "(not said to be all of it)"
            ),
        )
        if offer is not None:
            made.append(offer)
    return made


def _whole_list(figures: list[Placed], parts: list[Placed]) -> bool:
    """The list holds every amount of its unit in its sentence."""
    listed = {p.figure.id for p in parts}
    return all(p.figure.id in listed for p in figures if alike(p, parts[0]))


def _words(text: str, placed: Placed) -> str:
    """The words of the figure's clause before it."""
    words = text[placed.sentence[0] : placed.figure.phrase.start]
    return _CLAUSE.split(words)[-1]


def _called_total(text: str, whole: Placed) -> bool:
    """The whole's clause calls it a total: "total" in lower case, or "Total" opening its
    sentence ("French major Total invested": a company's name)."""
    words = _words(text, whole)
    return any(
        m.group(0).islower() or not words[: m.start()].strip() for m in _TOTAL.finditer(words)
    ) or bool(_IN_TOTAL.match(text, whole.figure.phrase.outer_end))


def _other_flow(text: str, named: dict[str, Role], whole: Placed, parts: list[Placed]) -> bool:
    """A part whose role, or a word of the list's sentence, names another flow than the whole's
    ("Total revenue ... Spending on schools came to A, ...")."""
    role = named.get(whole.figure.id)
    own = {role.name} if role is not None else set()
    listed = flows_named(text[parts[0].sentence[0] : parts[-1].figure.phrase.outer_end])
    return bool(listed - own) or any(
        (r := named.get(p.figure.id)) is not None and r.name not in own for p in parts
    )
