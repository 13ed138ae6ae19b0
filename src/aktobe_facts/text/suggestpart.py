"""Suggested: a part at or below its whole (a sum of one part, as an editor writes "five of the
22 projects ... in the capital"). Two levels of one measure (one currency or unit, or counts of
one thing) and one period, in one sentence, or in sentences next to each other in one paragraph
whose words name one thing ("imports" and "imports of cars"): the smaller is offered as a part of
the larger. The words rarely say "of which", so no drafting rule makes it certain.

Only where the part's words are the whole's with a restricting word ("exports" and "exports to
China"), never two things of one flow ("exports to China" and "exports to Italy", "wheat" and
"barley", "gold output" and "copper output"), two flows ("revenue" and "spending", "exports" and
"imports"), a balance or a gap ("the trade deficit", "$127 million more than planned"), a
comparison's two sides ("against a forecast of"), a part naming two things ("exports to Russia and
Belarus") or a whole naming one said before ("these exports"): each was offered before, and
each offer of nonsense costs the editor's time and trust (docs/corpus.md, the eleventh session).

The rank of each cue is the share of such candidates on the open sets that were no relation the
hand files write and the draft misses (docs/corpus.md, the eleventh session): lower is likelier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftroles import FLOW_WORDS, SERVICE_KINDS, Role
from aktobe_facts.text.siblingflows import siblings
from aktobe_facts.text.suggestfigures import (
    Known,
    Suggestion,
    comparable,
    measure_words,
    part_of,
    period_words,
    shared_words,
    shown,
    where_words,
)
from aktobe_facts.text.suggestspan import inner

ONE_SENTENCE = 0.51
"""Rank of two figures of one sentence whose words do not name two different things (on the open
sets 63 of 129 were a relation the hand files write and the draft does not, before the guards
of one thing)."""
NEXT_SENTENCE = 0.53
"""Rank of two figures of sentences next to each other in one paragraph whose clauses share a
word ("Exports ... Exports of machinery ...": 7 of 15, before the guards of one thing); other
pairs of sentences are not offered (about one in ten)."""

BALANCE = frozenset(
    ["surplus", "surplu", "deficit", "balance", "gap", "difference", "shortfall", "net"]
)
"""Words of a balance or a gap: a difference of two flows, no part of either."""
COMPARED = frozenset(
    [
        "against",
        "compared",
        "versus",
        "vs",
        "than",
        "forecast",
        "forecasts",
        "expected",
        "expects",
        "expect",
        "planned",
        "plan",
        "target",
        "estimate",
        "estimated",
        "projected",
    ]
)
"""Words of a comparison of two figures (with a plan or forecast, "more than"): a sentence with
one sets its figures side by side, not one within the other."""
JOINED = frozenset(["and", "or", "plus"])
"""Words joining two things in a part's clause ("exports to Russia and Belarus"): a union of
things, which the whole need not contain."""
BEFORE = frozenset(["these", "those", "this", "that", "such", "its", "their", "them", "it"])
"""Words of a whole's clause naming something said before ("the value of these exports"): what
the whole is lies outside its words."""


BALANCES = frozenset(["deficit", "surplus"])
"""Roles of a balance (:mod:`aktobe_facts.text.draftroles`)."""
TRADED = frozenset(["exports", "imports"])
"""The flows a turnover holds."""
SCOPES = frozenset(
    ["domestic", "total", "overall", "merchandise", "goods", "national", "general", "gross"]
)
"""Part words of a flow that name its scope, not one of its parts ("domestic exports" hold the
tea exports): a whole so named still holds the flow's products and partners."""


def suggestions(article: Article, known: Sequence[Known]) -> list[Suggestion]:
    made: list[Suggestion] = []
    for a, b in _near(known):
        if a.period != b.period or not comparable(a, b):
            continue
        va, vb = a.placed.figure.phrase.stated.value, b.placed.figure.phrase.stated.value
        if va == vb:
            continue
        whole, part = (a, b) if va > vb else (b, a)
        rank = _rank(whole, part)
        if rank is not None and refusal(article, whole, part) is None:
            made.append(_part_of(article, whole, part, rank))
    return made


def _near(known: Sequence[Known]) -> list[tuple[Known, Known]]:
    """Every two figures of one sentence or of two sentences one after the other, in the order
    of the pairs of ``known``: only they are ranked (:func:`_rank`), so the others are never
    paired (an article's every two figures were, quadratic in its figures)."""
    by_sentence: dict[int, list[int]] = {}
    for index, k in enumerate(known):
        by_sentence.setdefault(k.placed.sentence_index, []).append(index)
    pairs = sorted(
        (i, j)
        for i, k in enumerate(known)
        for near in (-1, 0, 1)
        for j in by_sentence.get(k.placed.sentence_index + near, ())
        if j > i
    )
    return [(known[i], known[j]) for i, j in pairs]


def _rank(whole: Known, part: Known) -> float | None:
    apart = abs(whole.placed.sentence_index - part.placed.sentence_index)
    if apart == 0:
        return ONE_SENTENCE
    if apart == 1 and whole.placed.paragraph == part.placed.paragraph:
        return NEXT_SENTENCE
    return None


def refusal(article: Article, whole: Known, part: Known) -> str | None:
    """Why the smaller figure is no part of the larger, when the words say so, else None: the
    reason's name (for the measure of which guard refuses what, docs/corpus.md).

    Where the draft gave both figures a flow's role (:mod:`aktobe_facts.text.draftroles`), the
    roles decide: two flows ("flows": revenue and spending, exports and imports; a turnover holds
    its exports and imports), a plan's or an earlier period's figure beside another ("plan"),
    a whole of one partner ("partners": exports to Italy hold no exports to China), of one owner
    ("owners": Kazakhstan's exports hold no Uzbekistan's), one part of the flow beside another
    ("siblings": tax revenue holds no non-tax revenue; a scope such as "domestic exports" holds
    its products), or a part no narrower than its whole ("unrestricted": the flow twice). Else the
    words decide: the part's are the whole's with a restricting word ("not-restricting"), and no
    other figure stands in either's clause ("shared-clause"). Both ways never a balance or a gap
    ("balance"), a part naming two things ("union"), a whole naming one said before
    ("named-before") or a sentence setting figures side by side ("compared")."""
    whole_words = _words(whole.before)
    part_words = _words(part.before)
    flow, piece = whole.role, part.role
    if (
        set(whole_words + part_words) & BALANCE
        or (whole.subject | part.subject) & BALANCE
        or any(r is not None and r.name in BALANCES for r in (flow, piece))
    ):
        return "balance"
    named_whole, named_part = whole.flows, part.flows
    if (
        named_whole
        and named_part
        and not named_whole & named_part
        and "turnover" not in named_whole
    ):
        return "flows"
    if flow is not None and piece is not None:
        if siblings(article.text, whole.placed, flow, part.placed, piece):
            return "siblings"  # "crude oil exports" beside "liquefied natural gas (LNG) exports"
        why = _by_roles(flow, piece, part.subject, _modifiers(whole.before, flow.name))
        if why is not None:
            return why
    elif not whole.subject or not whole.subject < part.subject:
        return "not-restricting"
    elif whole.shares or part.shares:
        return "shared-clause"
    if set(part_words[1:]) & JOINED:
        return "union"
    if set(whole_words) & BEFORE:
        return "named-before"
    if any(set(_words(_sentence(article, k))) & COMPARED for k in (whole, part)):
        return "compared"
    return None


def _by_roles(
    flow: Role, piece: Role, named: frozenset[str], whole_named: frozenset[str] = frozenset()
) -> str | None:
    """:func:`refusal` where both figures have a flow's role; ``named`` what the part's words
    name (a part restating its whole's part word, "the province's exports of machinery" beside
    "exports of the province", is narrower, not a sibling), ``whole_named`` the whole's: its
    words, its scope and owners aside, are the part's too ("AUD receipts" hold no "US dollar
    receipts"), and two scopes of a flow are siblings ("services exports" are no part of
    "merchandise exports", nor "re-exports" of "domestic exports"). The months both roles name
    are one or the part's inside the whole's span ("coffee exports in May" are no part of
    "exports in April")."""
    if flow.name != piece.name and not (flow.name == "turnover" and piece.name in TRADED):
        return "flows"
    if flow.plan != piece.plan or flow.earlier != piece.earlier:
        return "plan"
    if _other_time(flow, piece):
        return "time"
    scope = {*named_scope(flow, whole_named)}
    if piece.part in SIBLING_SCOPES and scope & SIBLING_SCOPES[piece.part]:
        return "siblings"
    extra = whole_named - SCOPE_WORDS - VALUE_WORDS - flow.owner - flow.whose - named
    if {w for w in extra if w.rstrip("s") not in named}:
        return "not-restricting"
    if flow.partner is not None and flow.partner != piece.partner:
        return "partners"
    if flow.whose and piece.whose and not flow.whose & piece.whose:
        return "owners"
    if flow.owner and piece.owner and not flow.owner & piece.owner:
        return "owners"
    broad = flow.part is None or flow.part in SCOPES or flow.part in named
    if not broad and flow.part != piece.part:
        return "siblings"
    narrower = (
        flow.name != piece.name
        or (piece.partner is not None and flow.partner is None)
        or (piece.part is not None and piece.part != flow.part and broad)
    )
    return None if narrower else "unrestricted"


SCOPE_WORDS = frozenset([*SCOPES, "good"])
""":data:`SCOPES` and the singular a figure's words give them."""
VALUE_WORDS = frozenset(
    [
        "earning",
        "earnings",
        "value",
        "proceed",
        "proceeds",
        "income",
        "worth",
        "foreign",
        "external",
        "overseas",
        "international",
        "trade",
    ]
)
"""Words of a whole's clause naming the flow itself or its value ("earnings from domestic
exports", "foreign trade"), not a part of it."""
_GOODS_SCOPES = frozenset(["goods", "good", "merchandise"])
SIBLING_SCOPES = {
    **dict.fromkeys(SERVICE_KINDS, _GOODS_SCOPES),
    "re-": frozenset(["domestic"]),
}
"""Part words of a flow naming a scope beside another, by the scopes they lie outside: services
("service imports", "tourism exports") beside goods, re-exports beside domestic exports."""


@lru_cache(maxsize=1024)
def _modifiers(before: str, name: str) -> frozenset[str]:
    """The two words right before the last word naming the flow in a whole's clause ("cad
    receipts": cad; "earnings from domestic exports": from, domestic), its scope, value and
    small words aside."""
    pattern = FLOW_WORDS.get(name)
    found = list(re.finditer(rf"\b(?:{pattern})\b", before)) if pattern else []
    if not found:
        return frozenset()
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", before[: found[-1].start()])[-2:]
    return frozenset(w for w in words if w not in SMALL_WORDS)


SMALL_WORDS = frozenset(
    ["the", "a", "an", "of", "from", "in", "on", "for", "by", "to", "and", "its", "their", "his"]
)
"""Words naming nothing a part restricts."""


def named_scope(flow: Role, whole_named: frozenset[str]) -> frozenset[str]:
    """The scope words a whole's role and words name ("merchandise exports": merchandise)."""
    return (frozenset([flow.part]) if flow.part else frozenset()) | flow.owner | whole_named


def _other_time(flow: Role, piece: Role) -> bool:
    """Whether both roles name months and the part's are neither the whole's nor inside its
    span (:func:`aktobe_facts.text.suggestspan.inner`), or they name two years."""
    ta, tb = flow.time, piece.time
    if ta.year is not None and tb.year is not None and ta.year != tb.year:
        return True
    if ta.months is None or tb.months is None or ta.months == tb.months:
        return False
    return inner(flow, piece) is not piece


@lru_cache(maxsize=1024)
def _words(text: str) -> tuple[str, ...]:
    """The lower-case words of a figure's words before it or of its sentence, kept: asked for
    each figure of each pair (:func:`refusal`)."""
    return tuple(re.findall(r"[a-z]+", text.lower()))


def _sentence(article: Article, k: Known) -> str:
    start, end = k.placed.sentence
    return article.text[start:end]


def _part_of(article: Article, whole: Known, part: Known, rank: float) -> Suggestion:
    relation = part_of(article, whole, part)
    why = (
        f"{shown(part)} may be a part of {shown(whole)}: both {measure_words(whole)} "
        f"{period_words(whole)}, {where_words(whole, part)}{shared_words(whole, part)}"
    )
    return Suggestion(relation, why, rank)
