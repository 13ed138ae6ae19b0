"""Suggested: a share of a whole both named in the article (``kind = "share"``: share, part,
whole). A percent the draft pairs with its part (:func:`aktobe_facts.text.draftshares.share_pairs`:
"accounted for 17.6 percent of total exports ... with a value of SR23.5 billion", "10.009 billion
euros of exports, representing 72.5% of total exports") whose whole the drafting rules leave open
because the article names more than one figure so, or names it in other words: the level of the
part's measure and period, larger than the part, whose clause names the words after "of" ("of
total exports": a figure whose words name exports), or for "of the total" the flow the part's
sentence names (:attr:`aktobe_facts.text.suggestfigures.Known.flows`) reported whole: the one
figure so named once the figures of other periods and measures, the smaller ones and the plans
are left out (the drafting rules count them in, and draft nothing where two are named).

Never a whole that is a plan's or target's figure, another share's part, or a part of the flow
(a partner's, a product's); never where two figures remain ("44.3% of the total arrivals" after
air arrivals of 554,858 and visitor arrivals of 466,955), nor a percent the words right after make
a change ("$112.9 million, or 16.2%, above July of the year before"); never a share already
drafted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftroles import Role, flow_words_in, reported_whole
from aktobe_facts.text.draftshares import FLOW_NAMES, share_pairs
from aktobe_facts.text.suggestfigures import (
    Known,
    Suggestion,
    comparable,
    joined,
    measure_words,
    planned,
    shown,
)
from aktobe_facts.text.suggestguards import forecast
from aktobe_facts.text.suggestpart import SCOPES

NAMED_WHOLE = 0.6
"""Rank of a share whose whole the words after "of" name (measured on the open sets)."""


_AFTER = re.compile(r"[^.;:()]{0,40}")


def _flows_after(article: Article, k: Known) -> frozenset[str]:
    """The flows the words right after a figure name ("12.976 billion euros of imports")."""
    phrase = k.placed.figure.phrase
    after = _AFTER.match(article.text, phrase.outer_end)
    text = after.group(0) if after is not None else ""
    return flow_words_in(text)


_CHANGE = re.compile(
    r"\s*,?\s*(?:above|below|higher|lower|more|less|up|down|over|under|increase|decrease|rise)\b",
    re.IGNORECASE,
)


def _changed(article: Article, share: Known) -> bool:
    """Whether the words right after the percent make it a change ("$112.9 million, or 16.2%,
    above July of the year before")."""
    return _CHANGE.match(article.text, share.placed.figure.phrase.outer_end) is not None


def _of_flow(
    article: Article, k: Known, role: Role | None, flows: frozenset[str], words: set[str]
) -> bool:
    """Whether a figure may be the whole of the flow the share names: for "of the total" the
    flow the part's sentence names, reported whole (:func:`reported_whole`); for a flow named
    after "of" ("of total exports"), a figure the roles make the whole of that flow (no part,
    partner, plan or earlier figure), whose words name nothing beyond the flow's, its scope
    ("total", "merchandise") and the country or a possessor named by a proper name
    ("Kazakhstan's exports"): a region's, small firms' or insured exports, or "fees levied on
    exports", are no whole of a total's share (:func:`_beyond`)."""
    if not words:
        return len(flows) == 1 and reported_whole(role, next(iter(flows)))
    if not flows:
        return True
    if role is not None and not (
        any(reported_whole(role, flow) for flow in flows) and role.partner is None
    ):
        return False
    return not _beyond(article, k, role, words)


def _other_year(whole: Role | None, part: Role | None) -> bool:
    """Whether the whole's words name an earlier year ("for the whole of last year, turnover
    reached") the part's do not."""
    if whole is None or whole.time.relative in (None, "this"):
        return False
    return part is None or part.time.relative != whole.time.relative


WHOLE_WORDS = frozenset(
    [
        *SCOPES,
        "good",
        "country",
        "countrie",
        "nation",
        "national",
        "economy",
        "kingdom",
        "foreign",
        "external",
        "trade",
    ]
)
"""Words of a whole's clause naming its scope, the flow ("foreign trade turnover") or the
country, not a part of the flow."""
PLACES = frozenset(
    ["region", "province", "state", "zone", "district", "city", "county", "territory", "port"]
)
"""Possessors that are a part of the country, never its whole ("the northern region's")."""


def _beyond(article: Article, k: Known, role: Role | None, words: set[str]) -> frozenset[str]:
    """The words of a whole's clause beyond the flow the share names, its scope and the
    country; a possessor named by a proper name ("Kazakhstan's") aside, unless a place."""
    extra = k.subject - words - WHOLE_WORDS
    if role is not None and role.whose and not role.whose & PLACES:
        start, end = k.placed.sentence
        sentence = article.text[start:end]
        proper = {w for w in role.whose if re.search(rf"\b{w[:1].upper()}{w[1:]}", sentence)}
        extra = extra - proper
    return frozenset(extra)


def suggestions(article: Article, known: Sequence[Known]) -> list[Suggestion]:
    by_id = {k.id: k for k in known}
    pairs = [pair for sentence in article.read for pair in share_pairs(article.text, sentence)]
    parts = {pair.part.id for pair in pairs}
    # the figures any share's whole may be, found once (the tests of each figure alone, in the
    # order of those of each pair below, which keeps the rest)
    levels = [
        k for k in known if k.id not in parts and k.level and not planned(k) and not forecast(k)
    ]
    made: list[Suggestion] = []
    for pair in pairs:
        share, part = by_id.get(pair.share.id), by_id.get(pair.part.id)
        if share is None or part is None:
            continue
        words = set(pair.whole_words)
        flows = frozenset(FLOW_NAMES[w] for w in words if w in FLOW_NAMES) or (
            frozenset() if words else part.flows
        )
        if not words and len(flows) != 1:
            continue
        own = _flows_after(article, part)
        if own and flows and not own & flows:
            continue  # "12.976 billion euros of imports, representing 72.5% of total exports"
        wholes = [
            k
            for k in levels
            if comparable(k, part)
            and k.placed.figure.phrase.stated.value > part.placed.figure.phrase.stated.value
            and (k.period is None or part.period is None or k.period == part.period)
            and (words <= k.subject if words else True)
            and _of_flow(article, k, k.role, flows, words)
            and not _other_year(k.role, part.role)
        ]
        if len(wholes) != 1 or _changed(article, share):
            continue
        whole = wholes[0]
        relation = DraftRelation(
            "",
            "share",
            {"share": share.id, "part": part.id, "whole": whole.id},
            joined(article, share, part, whole),
        )
        why = (
            f"{shown(share)} may be the share {shown(part)} is of {shown(whole)}: "
            f"{measure_words(part)}, the whole named by the words after the percent"
        )
        made.append(Suggestion(relation, why, NAMED_WHOLE))
    return made
