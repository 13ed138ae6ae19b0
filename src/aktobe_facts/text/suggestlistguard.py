"""Why a whole and a list in the sentence after it are no sum to offer, if the words say so: the
guards :mod:`aktobe_facts.text.suggestrankedin` and :mod:`aktobe_facts.text.suggesttotalnext`
share. A list after a whole is a breakdown only where both measure one flow of one period, owner
and partner; each guard names a way the sentence after says otherwise.

- ``period``: the list's sentence names a time relative to another ("Last year,", "A year
  earlier,", "Previously,", "in the three preceding years") or a year or month the whole's own
  words do not name (its words up to a comparison's word: "X in 2024 from Y in 2023. In 2023,
  ..." is 2023's list), or the draft dated a member to another period than the whole.
- ``cumulative``: the list adds up over a span ("Since independence", "has been", "has
  invested", "so far", "to date", "cumulative", "all-time").
- ``plan``: the whole's or the list's sentence names a plan or forecast ("is expected to",
  "planned", "projected", "forecast").
- ``rate``: the whole or a member is an average, a rate or a figure per head ("GDP per capita",
  "average investment per project").
- ``change``: the members are changes ("posted the biggest increase with 20 million").
- ``wider``: the list ranks more than the whole holds ("the world's biggest", "across all
  sectors", "overall").
- ``earlier``: the whole is a comparison's other figure ("up by a third on the 201.5 million").
- ``owners``: the whole is one owner's or partner's ("Kazakhstan's total exports", "Chinese
  investment", "Remittances from Russia", "trade between Kazakhstan and China"), or a member's
  name is in the whole's words.
- ``flow``: the list's verb is another flow's than the whole's ("revenue ... allocated",
  "earned" beside a spending).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.planwords import PLAN_NOUN, PLANNED
from aktobe_facts.text.roletime import MONTH
from aktobe_facts.text.suggestfigures import (
    Known,
    Suggestion,
    joined,
    measure_words,
    planned,
    shown,
)
from aktobe_facts.text.whose import whose, within_owner

_RELATIVE = re.compile(
    r"\b(?:last|previous(?:ly)?|earlier|ago|preceding|prior|before|past|then|until|till)\b",
    re.IGNORECASE,
)
_CUMULATIVE = lazy(
    r"\b(?:since|so\s+far|to\s+date|cumulative(?:ly)?|all[\s-]time|has\s+been|have\s+been|"
    r"(?:has|have|had)\s+\w+ed|in\s+total|altogether)\b",
    re.IGNORECASE,
)
_PLAN = lazy(
    rf"\b(?:(?:{PLAN_NOUN})s?|{'|'.join(PLANNED)}|will|would|next|expects?|estimated|"
    rf"to\s+(?:reach|fall|rise))\b",
    re.IGNORECASE,
)
_RATE = re.compile(
    r"\b(?:per|capita|average|averages|averaged|mean|median|rates?|ratio|each|apiece)\b",
    re.IGNORECASE,
)
_CHANGE = re.compile(
    r"\b(?:increases?|increased|rises?|rose|growth|gains?|grew|declines?|declined|drops?|"
    r"dropped|falls?|fell|decreases?|decreased|up|down|more|less|higher|lower|jump(?:ed|s)?)\b",
    re.IGNORECASE,
)
_WIDER = re.compile(
    r"\b(?:world(?:'s|wide)?|global(?:ly)?|international(?:ly)?|across|overall|all)\b",
    re.IGNORECASE,
)
_OTHER = re.compile(
    r"\b(?:from|than|against|versus|compared\s+(?:to|with)|above|below|over|under|up|down|on|"
    r"by\s+\w+\s+\w*\s*on)\s+(?:(?:the|a|its|last\s+year's)\s+)?$",
    re.IGNORECASE,
)
"""Right before a comparison's other figure: it is no whole."""
_CUT = re.compile(
    r"\b(?:from|than|against|versus|compared|up|down|after|before|while|whereas)\b|[;,(]",
    re.IGNORECASE,
)
"""Where a whole's own words end after it: a comparison's or another clause's words."""
_WHEN = re.compile(rf"\b(?:(?:19|20)\d\d|{MONTH}|quarter|half|H[12]|Q[1-4])\b", re.IGNORECASE)
_PARTNER = re.compile(r"\b(?:from|between|with|by)\s+(?:the\s+)?[A-Z]")
_NATION = re.compile(r"\b[A-Z][a-z]+(?:ese|ian|ean|ish|ch|kh|i)\b")
"""A nationality's adjective ("Chinese", "Russian", "Kazakh", "Turkish", "French")."""
_NOT_NATION = frozenset(["foreign", "european", "asian", "african", "american", "international"])
_FLOW_VERBS = re.compile(
    r"\b(?:allocated|allotted|earmarked|spent|paid|invested|earned|received|borrowed|lent|"
    r"exported|imported|sold|bought|disbursed|transferred|collected|raised|granted)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")
STEM = 5


def offered(
    article: Article, whole: Known, parts: Sequence[Known], rank: float, where: str
) -> Suggestion | None:
    """The parts within their whole as a suggestion, ``where`` saying in words where the list
    stands, or None when a guard refuses them (:func:`refusal`)."""
    if refusal(article, whole, parts) is not None:
        return None
    relation = DraftRelation(
        "",
        "sum",
        {"total": whole.id, "parts": [p.id for p in parts]},
        joined(article, whole, *parts),
    )
    why = (
        f"{', '.join(shown(p) for p in parts)} may be parts of {shown(whole)}: "
        f"{measure_words(whole)} {where}"
    )
    return Suggestion(relation, why, rank)


def refusal(
    article: Article, whole: Known, members: Sequence[Known], skip: frozenset[str] = frozenset()
) -> str | None:
    """The name of the guard that refuses a whole and its list, else None; the guards named in
    ``skip`` are not asked (a list the whole's words count: its owner's partners)."""
    text = article.text
    listed = text[slice(*members[0].placed.sentence)]
    own_sentence = text[slice(*whole.placed.sentence)]
    own = _own_words(text, whole)
    if _RELATIVE.search(listed) or any(
        m.period is not None and whole.period is not None and m.period != whole.period
        for m in members
    ):
        return "period"
    if any(w.group(0).lower() not in own.lower() for w in _WHEN.finditer(listed)):
        return "period"
    if _CUMULATIVE.search(listed):
        return "cumulative"
    if _PLAN.search(own_sentence) or _PLAN.search(listed) or planned(whole):
        return "plan"
    if _RATE.search(own) or any(
        k.placed.figure.phrase.stated.per is not None for k in (whole, *members)
    ):
        return "rate"
    head = text[members[0].placed.sentence[0] : members[-1].placed.figure.phrase.start]
    if _CHANGE.search(head) or any(
        m.placed.figure.phrase.stated.direction is not None for m in members
    ):
        return "change"
    if _WIDER.search(head):
        return "wider"
    if _OTHER.search(text[whole.placed.sentence[0] : whole.placed.figure.phrase.start]) or (
        whole.role is not None and (whole.role.earlier or whole.role.plan)
    ):
        return "earlier"
    if "owners" not in skip and _owned(text, whole, members):
        return "owners"
    if _other_flow(listed, own_sentence):
        return "flow"
    return None


def _own_words(text: str, whole: Known) -> str:
    """The whole's clause up to its figure and its words after it up to a comparison's word."""
    start = whole.placed.figure.phrase.start - len(whole.before)
    end = whole.placed.figure.phrase.outer_end
    tail = text[end : whole.placed.sentence[1]]
    cut = _CUT.search(tail)
    return text[start:end] + (tail[: cut.start()] if cut else tail)


def _owned(text: str, whole: Known, members: Sequence[Known]) -> bool:
    """The whole is one owner's or partner's, or names a member."""
    role = whole.role
    if role is not None and (role.partner is not None or role.whose):
        return True
    start = whole.placed.figure.phrase.start
    clause = text[start - len(whole.before) : start]
    owners = whose(clause)
    if _PARTNER.search(clause) or not all(
        within_owner(owners, whose(_clause(text, m)), None) for m in members
    ):
        return True
    if any(n.group(0).lower() not in _NOT_NATION for n in _NATION.finditer(clause)):
        return True
    listed = text[members[0].placed.sentence[0] : members[-1].placed.figure.phrase.start]
    return bool(_names(clause) & _names(listed))


def _clause(text: str, k: Known) -> str:
    start = k.placed.figure.phrase.start
    return text[start - len(k.before) : start]


def _names(words: str) -> set[str]:
    """The capitalised words, lower-cased, but for a month's and "The" or "Total"."""
    return {n.lower() for n in _NAME.findall(words) if not _WHEN.fullmatch(n)} - {"the", "total"}


def _other_flow(listed: str, own_sentence: str) -> bool:
    """The list's verb names a flow whose word's start the whole's sentence does not use."""
    stems = {w.lower()[:STEM] for w in re.findall(r"[A-Za-z]{5,}", own_sentence)}
    return any(v.group(0).lower()[:STEM] not in stems for v in _FLOW_VERBS.finditer(listed))
