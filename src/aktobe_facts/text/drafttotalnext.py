"""Parts listed after one verb in the sentence after their total, for a draft (``kind = "sum"``,
not exhaustive): "Total remittances rose to $28.2 million in October. Private transfers came to
$25.6 million, employee compensation to $1.7 million and social benefits to $0.1 million."

The whole's own words call it a total ("total remittances", "a total of", "in total") and its
sentence is the one right before the list (in its paragraph or the one before): its one figure
of the parts' unit, or, where it has several, its one current whole flow (as for
:mod:`aktobe_facts.text.draftlisted`: no part, plan or comparison's earlier figure). The list is
three amounts or more of one unit after one verb, each after a label or a comma
(:func:`aktobe_facts.text.draftparts.list_after`), and every amount of that unit in its sentence.
Nothing when the list's sentence names a year, month or span its whole's sentence does not ("In
2022 they were A, B and C": another period's breakdown), when a part names a flow other than
the whole's (revenue parts of a spending total), when the whole is a balance, or when a sum drafted
before ties the whole to a part already. Not exhaustive: the words do not say the list is all of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftlisted import whole_before
from aktobe_facts.text.draftparts import list_after, sum_relation
from aktobe_facts.text.draftroles import Role, flows_named, roles
from aktobe_facts.text.levels import alike
from aktobe_facts.text.roletime import MONTH

_TOTAL = re.compile(r"\b(?:total|overall|combined|aggregate)\b(?!\s+of\s+the\b)", re.IGNORECASE)
"""The whole's words before it in its clause: "total remittances", "a total of", "in total"."""
_IN_TOTAL = re.compile(r"\s*,?\s*in\s+total\b", re.IGNORECASE)
_NET = re.compile(r"\b(?:deficits?|surplus(?:es)?|balances?|net|gap|shortfall)\b", re.IGNORECASE)
_WHEN = re.compile(
    rf"\b(?:(?:19|20)\d\d|{MONTH}|quarter|half|H[12]|Q[1-4]|year|months?|weeks?)\b", re.IGNORECASE
)
"""Words of a period: the list's must all be words its whole's sentence uses."""
_CLAUSE = re.compile(r"[,;:]")
LEAST = 3
"""Parts at least: a breakdown, not a pair of figures that may be compared."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    named = roles(article)
    text = article.text
    sentences = article.sentences()
    taken = [set(tied(r)) for r in drafted if r.kind == "sum"]
    found: list[DraftRelation] = []
    for number, figures in enumerate(sentences[1:], start=1):
        before = sentences[number - 1]
        if before[0].paragraph < figures[0].paragraph - 1:
            continue
        parts = list_after(text, figures, figures[0].sentence[0])
        if len(parts) < LEAST or not _whole_list(figures, parts):
            continue
        whole = whole_before([before], parts[0], named)
        if whole is None or not _called_total(text, whole) or _NET.search(_words(text, whole)):
            continue
        if not _same_times(text, whole, parts[0]) or _other_flow(text, named, whole, parts):
            continue
        ids = {whole.figure.id, *(p.figure.id for p in parts)}
        if any(whole.figure.id in t and len(t & ids) > 1 for t in taken):
            continue
        quote = text[parts[0].sentence[0] : parts[-1].figure.phrase.outer_end]
        found.append(sum_relation(whole, parts, False, quote))
    return found, []


def _whole_list(figures: list[Placed], parts: list[Placed]) -> bool:
    """The list holds every amount of its unit in its sentence."""
    listed = {p.figure.id for p in parts}
    return all(p.figure.id in listed for p in figures if alike(p, parts[0]))


def _words(text: str, placed: Placed) -> str:
    """The words of the figure's clause before it."""
    words = text[placed.sentence[0] : placed.figure.phrase.start]
    return _CLAUSE.split(words)[-1]


def _called_total(text: str, whole: Placed) -> bool:
    return bool(
        _TOTAL.search(_words(text, whole)) or _IN_TOTAL.match(text, whole.figure.phrase.outer_end)
    )


def _same_times(text: str, whole: Placed, part: Placed) -> bool:
    """Every period word of the list's sentence is one its whole's sentence uses."""
    own = {w.lower() for w in _WHEN.findall(text, *whole.sentence)}
    return all(w.lower() in own for w in _WHEN.findall(text, *part.sentence))


def _other_flow(text: str, named: dict[str, Role], whole: Placed, parts: list[Placed]) -> bool:
    """A part whose role, or a word of the list's sentence, names another flow than the whole's
    ("Total revenue ... Spending on schools came to A, ...")."""
    role = named.get(whole.figure.id)
    own = {role.name} if role is not None else set()
    listed = flows_named(text[parts[0].sentence[0] : parts[-1].figure.phrase.outer_end])
    return bool(listed - own) or any(
        (r := named.get(p.figure.id)) is not None and r.name not in own for p in parts
    )
