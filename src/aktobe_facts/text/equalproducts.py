"""Two figures whose own words name different products, partners or owners are never one figure
given twice, however equal, whichever rule tied them: "Lakeland exported fish products worth DKK
4.4 billion in 2031" and "Lakeland exported wool worth DKK 4.4 billion in 2031" are two exports
of one value; "Cod exported so far this year is valued at 730M DKK" and "Wool exported so far
this year is valued at 730M DKK" two products too. The products are read as
:mod:`aktobe_facts.text.siblingflows` reads them before a flow's noun ("fish exports"), and also
from a flow's verb: its object right before the value's link ("exported fish products worth"),
or its subject when the verb is a participle of a clause whose verb comes after ("Cod exported
so far this year is valued at"). Partners and owners are the role reader's
(:mod:`aktobe_facts.text.draftroles`: "exports to China", "Kazakhstan's exports"), as
:mod:`aktobe_facts.text.sumowners` reads them for a sum. A figure whose words name no product
(a verb with a figure for its object: "growers sold 1.42 million tonnes of lint") holds any,
so the same figure in the lead and the body, or converted, keeps its ``equal``."""

from __future__ import annotations

import re
from itertools import combinations

from aktobe_facts.text.draftarticle import Article, Placed, by_id, tied
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftroles import roles
from aktobe_facts.text.sentences import clause_start
from aktobe_facts.text.siblingflows import products_before

_FLOW = re.compile(
    r"\b(?:(?P<noun>exports|imports|sales|production|output|shipments|harvest)|"
    r"(?P<verb>exported|imported|sold|produced|shipped|harvested))\b",
    re.IGNORECASE,
)
"""A flow's noun or verb in a figure's clause (the flows of
:data:`aktobe_facts.text.draftroles.FLOW_WORDS` and ``OTHER_FLOWS`` that a product names)."""
_OBJECT = re.compile(
    r"\s+(?P<object>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s+"
    r"(?:worth|valued\s+at|totall?ing|amounting\s+to)\b",
    re.IGNORECASE,
)
"""After a flow's verb, its object before the link to its value: "exported fish products worth"."""
_LATER_VERB = re.compile(r"\b(?:is|was|are|were)\s+(?:valued|put|estimated|worth)\b", re.I)
"""After a flow's participle, the clause's own verb: "Cod exported so far this year is valued"."""


def products(text: str, placed: Placed) -> frozenset[str]:
    """The words of the products a figure's clause names at its flow, none where it names none."""
    start = clause_start(text, placed.sentence[0], placed.figure.phrase.start)
    end = placed.figure.phrase.start
    flow = _FLOW.search(text, start, end)
    if flow is None:
        return frozenset()
    head = text[start : flow.start()]
    if flow.group("verb"):
        tail = text[flow.end() : end]
        found = _OBJECT.match(tail)
        if found is not None:
            return _union(products_before(found.group("object"), stop=False))
        if _LATER_VERB.search(tail) is None:
            return frozenset()  # "growers sold 1.42 million tonnes": the verb's subject sells
    return _union(products_before(head, stop=True))


def _union(found: list[frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*found)


def apart(article: Article, relation: DraftRelation) -> bool:
    """An ``equal`` two of whose figures name different products, partners or owners."""
    if relation.kind != "equal":
        return False
    placed = by_id(article)
    ids = [c for c in tied(relation) if c in placed]
    named = roles(article)
    made = {c: products(article.text, placed[c]) for c in ids}  # once a figure, not once a pair
    for a, b in combinations(ids, 2):
        x, y = made[a], made[b]
        if x and y and not x <= y and not y <= x:
            return True  # "fish products" and "wool": two products
        ra, rb = named.get(a), named.get(b)
        if ra is None or rb is None:
            continue
        if ra.partner and rb.partner and ra.partner != rb.partner:
            return True  # "exports to China" and "exports to Russia"
        if ra.whose and rb.whose and not (ra.whose <= rb.whose or rb.whose <= ra.whose):
            return True  # "Kazakhstan's exports" and "Uzbekistan's exports"
    return False
