"""Suggested: a month's figure within the figure of a longer span of the same thing, each named
by the words around it (a sum of one part, not exhaustive): "Tourist arrivals for the whole of 2031 rose to
reach nearly 2.6 million. ... Arrivals in December reached 122,759"; "Total nights spent between
January and May reached 6.2 million nights. ... In May, total bed nights came to 1.7 million
nights."

:mod:`aktobe_facts.text.draftwithin` reads the flows the draft gives a role (revenue, exports);
this rule reads any measure by the words of its sentence, for the figures of no role (arrivals,
nights, expenditure):

- a figure's time is what its sentence's words before it name (:func:`read_time`: "in
  December", "between January and May", "for the whole of 2031", "last year"; never the words of a
  comparison after it, "over the same month in 2030"), else what the words before the first
  figure of the nearest sentence before it that names a time name;
- the part names one month, the whole a span of months holding it (or a whole year: a year named,
  "last year", "this year"); where both name a year, the same one;
- both are levels of one measure (an amount of one unit, counts of one thing), and the noun that
  heads the words before each (the last word before its verb once the words of time are taken
  out: "Arrivals in December reached", "Tourist arrivals for the whole of 2031 rose"; a count
  before its verb, its own noun) is one word (its first five letters);
- the whole is the one figure of that measure and noun whose span holds the month: two such
  figures leave it to the editor.

Never a comparison's earlier figure, a change, a rate or average ("per", "average", "a day"), a
figure to come, nor a part whose sentence names a span of its own ("In the first five months,
May alone ..."). Offered, never drafted (issue 13): on the unseen sets, drafted, most such pairs were no relation
the hand files write (a month of one flow within the span is true, but the words do not say it);
the suggestions pool drops the pairs a drafted relation ties already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from aktobe_facts.text.builtpatterns import compiled
from aktobe_facts.text.draftarticle import Article, Placed, clause_of
from aktobe_facts.text.draftcomplement import another_owner, flow_named
from aktobe_facts.text.draftcounts import measures_alike, stated_level
from aktobe_facts.text.draftparts import sum_relation
from aktobe_facts.text.planwords import TO_COME
from aktobe_facts.text.roletime import MONTH, Time, names_none_before, read_time
from aktobe_facts.text.sentences import clause_end, clause_start
from aktobe_facts.text.suggestfigures import Known, Suggestion
from aktobe_facts.text.thisyear import compared

_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|been|reach(?:ed|es|ing)?|rose|rise[sn]?|fell|fall(?:en|s)?|"
    r"grew|grow[sn]?|went|came|come[s]?|stood|stand[s]?|amount(?:ed|s|ing)?|total(?:l?ed|s|l?ing)|"
    r"increas(?:ed|es|ing)|decreas(?:ed|es|ing)|declin(?:ed|es|ing)|dropp?(?:ed|s)?|climb(?:ed|s)?|"
    r"jump(?:ed|s)?|hit|surpass(?:ed|es)?|exceed(?:ed|s)?|topp(?:ed)?|tops?|spent|spend[s]?|"
    r"brought|bring[s]?|earn(?:ed|s)?|receiv(?:ed|es)|welcom(?:ed|es)|record(?:ed|s)|"
    r"regist(?:ered|ers)|visit(?:ed|s)?|made|make[s]?|took|take[s]?|account(?:ed|s)?|"
    r"estimated|generated|added|up|down|exported|imported|exporting|importing)\b",
    re.IGNORECASE,
)
"""The verb that ends a figure's subject ("Arrivals in December reached", "Total nights spent by
inbound tourists went up": "spent" ends it as well)."""
_FLOW_VERB = re.compile(r"export|import", re.IGNORECASE)
_TIME_WORDS = re.compile(
    rf"\b(?:(?:in|for|during|over|between|from|to|of|through|until|and|the|whole|first|last|"
    rf"previous|same|this|next|past|entire|full|calendar|fiscal)\s+)*"
    rf"(?:{MONTH}|(?:19|20)\d\d|years?|months?|quarters?|halves|half|periods?|weeks?|days?|"
    rf"season)\b(?:\s+(?:of\s+)?(?:the\s+)?(?:year|(?:19|20)\d\d))?",
    re.IGNORECASE,
)
_NOT_HEADS = frozenset(
    re.findall(
        r"\w+",
        "total overall combined nearly almost about some around more less than just over under the "
        "and with their its this that these those number value figure figures amount level while "
        "whereas but when which also going means rising outside inside within in of at by on to from "
        "for into through via",
    )
)
_RATE = re.compile(
    r"\b(?:per(?!\s+cent)|average|averaged|mean|daily|a\s+day|a\s+night|each)\b", re.I
)
_BASE = re.compile(
    r"\b(?:(?:when\s+|as\s+)?compared\s+(?:to|with)|against|versus|than|"
    r"(?:on|from|over|with|to)\s+(?:the\s+)?(?:same|corresponding))\b[^,;]*",
    re.IGNORECASE,
)
"""A growth's base before the figure, to the clause's end ("up by 37% on the same period last
year to X", "went up by 24% when compared to May 2022, almost reaching X"): no time of the
figure's own."""
_FISCAL = re.compile(r"\b(?:fiscal|financial\s+year|FY\s?\d|marketing\s+year|season)\b", re.I)
_PER_AFTER = re.compile(r"\s*(?:a|an|per|each)\s+[a-z]", re.IGNORECASE)
_PLAN = re.compile(
    r"\b(?:limit(?:ed)?|ceiling|cap(?:ped)?|targets?|targeted|plan(?:ned)?|budgeted|approved|"
    r"forecasts?|projected|estimates?\s+for|allocat\w*|goal)\b",
    re.IGNORECASE,
)
"""A limit, plan or forecast ("The deficit is limited to X"): no level the months fill."""
_NO_SUM = frozenset({"defic", "surpl", "balan", "gap", "net"})
"""A balance's months may be of either sign: no part of its year (as :mod:`draftwithin`)."""
_PRONOUN = re.compile(r"\b(?:it|they|this|that|these|those|he|she|which|who)\b", re.IGNORECASE)
_COMPARED = re.compile(
    r"\b(?:compar\w*\s+(?:to|with)|against|versus|from|than)\s+(?:\w+\s+){0,3}$", re.I
)
_EARLIER = re.compile(
    r"\b(?:last\s+year|a\s+year\s+(?:earlier|before|ago)|(?:the\s+)?previous\s+year|"
    r"(?:the\s+)?year\s+before|same\s+(?:period|month|time))\b",
    re.IGNORECASE,
)
"""In a figure's clause after it, or in its sentence before it: the figure is a comparison's
earlier value ("That compares to 221,000 arrivals for the same period last year")."""
STEM = 5


MONTH_IN_SPAN = 0.58
"""The rank of a month within its span read by its subject's noun: likelier than a listed
breakdown's (0.55 is likelier still), below a ranked list's members (0.6)."""


def suggestions(article: Article, known: Sequence[Known]) -> list[Suggestion]:
    ids = {k.id for k in known}
    made: list[Suggestion] = []
    for whole, part in pairs(article):
        if whole.figure.id not in ids or part.figure.id not in ids:
            continue
        quote = " … ".join(
            " ".join(clause_of(article.text, p).split())
            for p in sorted([whole, part], key=lambda p: p.figure.phrase.start)
        )
        relation = sum_relation(whole, [part], False, quote)
        why = (
            f"{part.figure.phrase.value} may be a month of {whole.figure.phrase.value}: one measure, "
            "the same noun heads the words before each, and the span the whole's words name holds "
            "the part's month"
        )
        made.append(Suggestion(relation, why, MONTH_IN_SPAN))
    return made


def pairs(article: Article) -> list[tuple[Placed, Placed]]:
    """Each month's figure with the one figure of a longer span holding it."""
    if _FISCAL.search(article.text):
        return []  # a fiscal year's months are not the calendar's
    times, own = _times(article)
    usable = [p for p in article.figures if _usable(article, p)]
    heads = {p.figure.id: _head(article, p) for p in usable}
    flows = {p.figure.id: _flow_of(article, p) for p in usable}
    found: list[tuple[Placed, Placed]] = []
    for part in usable:
        time = times.get(part.figure.id)
        if time is None or time.months is None or time.months[0] != time.months[1]:
            continue
        if heads[part.figure.id] is None or heads[part.figure.id] in _NO_SUM:
            continue
        month = time.months[0]
        wholes = [
            w
            for w in usable
            if w is not part
            and flows[w.figure.id] == flows[part.figure.id]
            and heads[w.figure.id] == heads[part.figure.id]
            and measures_alike(w, part)
            and w.figure.id in own
            and _holds(times.get(w.figure.id), month, time)
        ]
        if len({w.figure.phrase.value for w in wholes}) != 1:
            continue  # none, or two wholes: nothing to offer
        whole = wholes[0]
        if _two_owners(article, whole, part):
            continue  # "Utopia's arrivals for 2031 ... Ruritania's arrivals in December"
        if whole.figure.phrase.stated.value >= part.figure.phrase.stated.value:
            found.append((whole, part))
    return found


def _two_owners(article: Article, whole: Placed, part: Placed) -> bool:
    """The whole's and the part's words name two owners in the possessive form ("Utopia's tourist
    arrivals for the whole of 2031 ... Ruritania's arrivals in December"): another owner's month
    (:func:`~aktobe_facts.text.draftcomplement.another_owner`, read both ways)."""
    text = article.text
    one = text[whole.sentence[0] : whole.figure.phrase.start]
    two = text[part.sentence[0] : part.figure.phrase.start]
    return another_owner(one, [two]) or another_owner(two, [one])


def _flow_of(article: Article, placed: Placed) -> str:
    """The trade flow the words around the figure name, from its list item's start to the next
    item ("to RM74.45 billion in exports and ..."): exports, imports, trade or none."""
    text = article.text
    head = text[placed.sentence[0] : placed.figure.phrase.start]
    cuts = [m.end() for m in _ITEM_BREAK.finditer(head)]
    start = placed.sentence[0] + (cuts[-1] if cuts else 0)
    after = _ITEM_BREAK.search(text, placed.figure.phrase.outer_end, placed.sentence[1])
    end = after.start() if after is not None else placed.sentence[1]
    words = text[start:end]
    own = flow_named(text[placed.figure.phrase.outer_end : end])
    return own or flow_named(words)


def _usable(article: Article, placed: Placed) -> bool:
    """A level of a measure, not an earlier, planned or per-unit figure."""
    if placed.figure.kind not in ("amount", "count") or not stated_level(placed.figure):
        return False
    text = article.text
    if compared(text, placed):
        return False
    start = clause_start(text, placed.sentence[0], placed.figure.phrase.start)
    end = clause_end(text, placed.figure.phrase.outer_end, placed.sentence[1])
    if _COMPARED.search(text[start : placed.figure.phrase.start]) or _EARLIER.search(
        text, placed.figure.phrase.outer_end, end
    ):
        return False  # "That compares to X for the same period last year"
    if _PER_AFTER.match(text, placed.figure.phrase.outer_end):
        return False  # "$51.53 a barrel": a price, no level
    words = text[start : placed.figure.phrase.outer_end + 20]
    return not (TO_COME.search(words) or _RATE.search(words) or _PLAN.search(words))


def _times(article: Article) -> tuple[dict[str, Time], set[str]]:
    """Each figure's time: its sentence's words before it (a growth's base taken out), else its
    clause's after it, else the time the words before the first figure of the nearest sentence
    before it named (a sentence whose first figure is a comparison's earlier one names none)."""
    found: dict[str, Time] = {}
    last: Time | None = None
    own_ids: set[str] = set()
    for figures in article.sentences():
        start = figures[0].sentence[0]
        unnamed = names_none_before(article.text, start, figures[0].sentence[1])
        for k, placed in enumerate(figures):
            at = placed.figure.phrase.start
            before = Time() if unnamed(at) else read_time(_BASE.sub(" ", article.text[start:at]))
            own = before if _named(before) else _time_after(article, placed)
            if _named(own):
                found[placed.figure.id] = own
                own_ids.add(placed.figure.id)
            elif last is not None:
                found[placed.figure.id] = last
            if k == 0 and _named(before) and not compared(article.text, placed):
                last = before
    return found, own_ids


def _time_after(article: Article, placed: Placed) -> Time:
    """The time the figure's clause names after it ("exported X of goods in September"), none
    where a comparison's word stands there ("to X from Y in 2030")."""
    text = article.text
    end = clause_end(text, placed.figure.phrase.outer_end, placed.sentence[1])
    after = text[placed.figure.phrase.outer_end : end]
    if _AFTER_OTHER.search(after) or _EARLIER.search(after):
        return Time()
    return read_time(after)


_AFTER_OTHER = re.compile(r"\b(?:from|than|against|versus|compar\w*|up|down|over|on)\b", re.I)


def _named(time: Time) -> bool:
    return time.months is not None or time.year is not None or time.relative is not None


def _holds(whole: Time | None, month: int, part: Time) -> bool:
    """The whole's span holds the part's month, in one year where both name one."""
    if whole is None or whole.months is None:
        return False  # "last year": the words do not say which year's months
    if part.year is not None and whole.year != part.year:
        return False  # a month of a year named: only within a span of that year
    if whole.relative == "last" and part.relative != "last":
        return False  # "the first five months of last year": the year before the month's
    span = whole.months
    return span[0] < span[1] and span[0] <= month <= span[1]


def _head(article: Article, placed: Placed) -> str | None:
    """The noun that heads the words before the figure's verb: the last word of its subject once
    the words of time are out (its clause's, else its sentence's: "Total nights spent in May went
    up by 24%, almost reaching X"), or a count's own noun when the count opens its subject."""
    text = article.text
    start = clause_start(text, placed.sentence[0], placed.figure.phrase.start)
    for begin in (start, placed.sentence[0]):
        head = _subject_head(article, text[begin : placed.figure.phrase.start])
        if head == "":
            return None  # "when it stood at X", "it had been X": another figure's subject
        if head is not None:
            return head
    noun = placed.figure.noun
    if placed.figure.kind == "count" and noun is not None and not _VERB.fullmatch(noun):
        return noun.lower()[:STEM]
    return None


def _subject_head(article: Article, before: str) -> str | None:
    """The head of the subject of the last clause or list item before the figure ("... to X and
    imports rose by 45% to": "imports")."""
    before = _TIME_WORDS.sub(" ", before)  # "between January and June": no list's "and"
    cuts = [m.end() for m in _ITEM_BREAK.finditer(before)]
    segment = before[cuts[-1] :] if cuts else before
    verb = _VERB.search(segment)
    flow = _FLOW_VERB.match(verb.group(0)) if verb is not None else None
    if flow is not None:
        return flow.group(0).lower()[:STEM]  # "Slovenia exported X": its exports
    # no verb: the figure's own words hold it ("Total arrivals: X", "expenditure surpassed X")
    subject = _TIME_WORDS.sub(" ", segment[: verb.start()] if verb is not None else segment)
    if _PRONOUN.search(subject):
        return ""
    words = [
        w
        for w in re.findall(r"[A-Za-z][a-z-]+", subject)
        if w.lower() not in _NOT_HEADS and not _name(article.text, w)
    ]
    return words[-1].lower()[:STEM] if words else None


_ITEM_BREAK = re.compile(r"\s(?:and|while|whereas|but|as)\s", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _name(text: str, word: str) -> bool:
    """A capitalised word the article never writes in lower case names a place or a maker, no
    measure ("Malta welcomed ..."; "Arrivals in December" is "arrivals" elsewhere). Each
    word's search of the article is made once, not once for each figure whose subject it is in
    (one figure told in n sentences read the article n times)."""
    return word[0].isupper() and compiled(rf"\b{re.escape(word.lower())}").search(text) is None
