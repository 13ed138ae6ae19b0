"""Shares of the whole a breakdown opens on (``kind = "share"``): "Out of the 3.5 million visitors,
some 2.5 million arrived by air. There were 406,000 overland arrivals (12%). One-day visits
accounted for 625,000 (18%) of the overall number." Each percent alone in brackets after an amount
or count of the paragraph is its figure's share of the 3.5 million the breakdown opened on.

The breakdown opens a sentence on "Of the W," or "Out of the W," (also "these", "those", "its",
"their" for "the"), W a level; its members are the figures of that sentence after W and of the
sentences after it in the same paragraph, each followed by a percent alone in brackets (after the
member's noun words: "406,000 overland arrivals (12%)"), each guard named by its reason
(:func:`refusal`): of W's measure, a count of the breakdown counting W's thing whatever its noun
("measure"); a percent that may be a share, no change or sign,
in a sentence that says no change ("rose to 406,000 (12%)" may be the rise: "moved"); a bracket
that holds the percent alone ("(12% more)", "(12% of imports)": "not alone"). A new paragraph,
a sentence opening on another breakdown, or one opening on a breakdown of the figure before ("Of
these, ..."), ends it.

A member is the breakdown's only where its words say nothing that takes it out of W: a period
other than W's ("In 2029 there were 406,000 overland arrivals (15%)": "period"), a figure to come
("By 2035 the ministry hopes for 406,000 cruise visitors (15%)", "Tax revenue is projected at
...": "to come"), a whole of its own between it and its bracket ("1.1 million of them (44%)", of
the 2.5 million before it: "own whole"), or another owner as its subject ("Neighbouring Utopia
had 406,000 visitors (15%) from Ruritania": "owner"; a name after "from", "to", "in" is a
partner or place, a member: "Visitors from Germany numbered 406,000 (12%)"), a count larger
than W ("The airport handled 4.06 million passengers (15%)": "larger"), a member that names
another flow than W's ("Of the $3.5 billion in exports, ... Imports stood at $406 million (12%)":
"another flow"), a member after "of whom" or "of which" (the figure before's part: "own whole"),
or a count of another source or a revision ("Another source, the hotel association, counted 406,000 overland arrivals
(15%)", "A revised count put overland arrivals at 406,000 (15%)": "another count").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import paragraphs
from aktobe_facts.text.draftcounts import count_level, one_measure, stated_level
from aktobe_facts.text.draftfigures import DraftRelation, Figure, Sentence, quote
from aktobe_facts.text.draftshares import a_share_percent, says_move
from aktobe_facts.text.planwords import TO_COME
from aktobe_facts.text.sentences import Span
from aktobe_facts.text.sentences import sentences as sentence_spans


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The drafted relations with the shares of the members of breakdowns."""
    shared = {r.fields.get("share") for r in drafted if r.kind == "share"}
    breaks = paragraphs(text)
    found: list[DraftRelation] = []
    whole: Figure | None = None
    paragraph = -1
    for sentence in sentences:
        here = sum(1 for b in breaks if b <= sentence.span[0])
        opened = _opened(text, sentence)
        if opened is not None or here != paragraph or _INNER.match(text, sentence.span[0]):
            whole, paragraph = opened, here  # "Of these, ...": a breakdown of the figure before
        if whole is None:
            continue
        figures = list(sentence.figures)
        for k, member in enumerate(figures[:-1]):
            share = figures[k + 1]
            if member is whole or member.phrase.start < whole.phrase.start:
                continue
            if share.id in shared or refusal(text, sentence, whole, member, share) is not None:
                continue
            fields: dict[str, str | list[str]] = {
                "share": share.id,
                "part": member.id,
                "whole": whole.id,
            }
            found.append(DraftRelation("", "share", fields, quote(text, member, share)))
    return [*drafted, *found]


def _opened(text: str, sentence: Sentence) -> Figure | None:
    """The level a sentence opens its breakdown on ("Out of the 3.5 million visitors, ..."), else
    None."""
    if not sentence.figures:
        return None
    first = sentence.figures[0]
    lead = text[sentence.span[0] : first.phrase.start]
    if _OPENS.fullmatch(lead) is None or not stated_level(first):
        return None
    return first


_OPENS = re.compile(
    r"\W*(?:of|out\s+of)\s+(?:the|these|those|its|their)\s+(?:(?:total|overall)\s+)?",
    re.IGNORECASE,
)


def refusal(
    text: str, sentence: Sentence, whole: Figure, member: Figure, share: Figure
) -> str | None:
    """Why ``share`` is not ``member``'s share of ``whole``, or None."""
    counts = count_level(whole) and count_level(member)  # a breakdown's members count its thing
    if not stated_level(member) or not (one_measure(whole, member) or counts):
        return "measure"
    if not a_share_percent(share) or says_move(text, sentence):
        return "moved"
    gap = text[member.phrase.outer_end : share.phrase.start]
    if _OPEN.fullmatch(gap) is None or _CLOSE.match(text, share.phrase.end) is None:
        return "not alone"
    if _OWN_WHOLE.search(gap) or _INNER_BEFORE.search(_before(text, sentence, member)):
        return "own whole"
    if _another_flow(text, sentence, whole, member):
        return "another flow"
    if member.phrase.stated.value > whole.phrase.stated.value:
        return "larger"  # "The airport handled 4.06 million passengers (15%)": another count
    if _ANOTHER_COUNT.search(text, sentence.span[0], sentence.span[1]):
        return "another count"
    if whole.period is not None and member.period is not None and whole.period != member.period:
        return "period"
    if TO_COME.search(text, sentence.span[0], member.phrase.start):
        return "to come"
    if _owners(text, sentence.span[0], member.phrase.start) - _owners(
        text, 0, whole.phrase.outer_end
    ):
        return "owner"
    return None


_ANOTHER_COUNT = re.compile(
    r"\b(?:source|sources|revis\w*|according\s+to|estimat\w*)\b", re.IGNORECASE
)
"""In a member's sentence: a count of another source or a revision ("Another source, the hotel
association, counted 406,000 overland arrivals (15%)", "A revised count put ..."), whose share
may be of its own total, not of W."""
_OWN_WHOLE = re.compile(r"\b(?:of|among)\b", re.IGNORECASE)
"""Between a member and its bracket: a whole of its own ("1.1 million of them (44%)")."""
_INNER = re.compile(
    r"\W*(?:of|out\s+of|among)\s+(?:these|those|them|which|this|that)\b\s*,", re.IGNORECASE
)
"""A sentence's opening that breaks down the figure before ("Of these, 406,000 (16%) came from
Germany": of the 2.5 million named last, as likely as of W): it ends W's breakdown."""
_INNER_BEFORE = re.compile(
    r"\b(?:of|out\s+of|among)\s+(?:whom|which|them|these|those)\b[^,;()]*$", re.IGNORECASE
)
"""Right before a member, in its clause: a whole of its own, the figure before ("Visitors from
Germany numbered 406,000 (12%), of whom 120,000 (30%) came for business": 30% of the 406,000)."""
_FLOW = re.compile(
    r"\b(re-export|export|import|revenue|spen[dt]|expenditure|invest|remittance|loan|deposit)\w*",
    re.IGNORECASE,
)
"""Words of a flow, by their stem ("exports", "exported"): a member that names one W's sentence
does not name is another flow's."""


def _before(text: str, sentence: Sentence, member: Figure) -> str:
    """The words of a member's sentence from the figure before it (or the sentence's start)."""
    return text[_before_start(sentence, member) : member.phrase.start]


def _before_start(sentence: Sentence, member: Figure) -> int:
    """Where a member's own words start: after the figure before it, or at the sentence's start."""
    start = sentence.span[0]
    for figure in sentence.figures:
        if figure.phrase.outer_end <= member.phrase.start:
            start = figure.phrase.outer_end
    return start


def _stem(word: str) -> str:
    low = word.lower()
    return "spend" if low in ("spend", "spent", "expenditure") else low


def _sentence_of(text: str, at: int) -> Span:
    """The sentence the offset ``at`` stands in (a decimal point ends none: "2.5 million")."""
    return next((s for s in sentence_spans(text) if s[0] <= at < s[1]), (0, len(text)))


_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:and|while|whereas|but)\b", re.IGNORECASE)
"""Where a member's own clause starts in the words before it."""


def _another_flow(text: str, sentence: Sentence, whole: Figure, member: Figure) -> bool:
    """The member's own clause names a flow that W's sentence never names outside it ("Of the
    $3.5 billion in exports, ... Imports stood at $406 million (12%)", or in W's own sentence
    "..., while imports reached $0.4 billion (12%)": no part of the exports)."""
    at = _before_start(sentence, member)
    breaks = list(_CLAUSE_BREAK.finditer(text, at, member.phrase.start))
    at = breaks[-1].end() if breaks else at  # the member's own clause: "while imports reached"
    own = {_stem(m) for m in _FLOW.findall(text, at, member.phrase.start)}
    if not own:
        return False
    start, end = _sentence_of(text, whole.phrase.start)
    named = {
        _stem(m.group(1))
        for m in _FLOW.finditer(text, start, end)
        if not at <= m.start() < member.phrase.start
    }
    return not own <= named


_PARTNER_BEFORE = re.compile(r"\b(?:from|to|in|into|at|via|by|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _owners(text: str, start: int, end: int) -> set[str]:
    """The names (capitalised words the article never writes in lower case, never a sentence's
    first word: "There were ...") between ``start`` and ``end`` that stand as an owner, not after
    "from", "to", "in" (a partner or a place)."""
    found = set()
    for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\b", text[start:end]):
        word = m.group(0)
        if m.start() == 0 or re.search(rf"\b{word.lower()}\b", text):
            continue  # "Visits", "The": written in lower case elsewhere
        if _PARTNER_BEFORE.search(text, max(0, start + m.start() - 12), start + m.start()):
            continue
        found.add(word)
    return found


_OPEN = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*\(\s*")
"""From a member to its bracket: its noun words at most, then the opening bracket."""
_CLOSE = re.compile(r"\s*\)")
