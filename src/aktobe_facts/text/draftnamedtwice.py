"""One amount given twice and named by the same words, for a draft: an ``equal`` relation between
two amounts of one unit and value as stated ("Rs. 7,997 billion" and "Rs7.997 trillion" are one
value) in two sentences, when their clauses name the same thing and neither is of another
period: "Exports rose 11.8 per cent to RM74.45 billion in February" and, paragraphs on, "Exports
picked up sharply by 11.8 per cent to RM74.45 billion". A count's level is given twice the same
way ("totaling 453,612 arrivals" ... "453,612 visitors were stopovers"): two counts of one value,
keyed apart from every amount in a unit, under the same guards; a clause that opens on a
participle of a level ("totaling", "reaching") is named by the clause before it, and two counts'
clauses share a thing only by a word that is no verb ("numbered") and that neither qualifies its
own way ("Yacht calls" and "Ferry calls": two kinds of calls).

:mod:`aktobe_facts.text.draftequal` ties the amounts a budget's role names (a deficit, the
revenue); this rule ties the others a news article gives twice (exports, a harvest, a ministry's
spending), so it asks more of the words: the two clauses share a noun that names a thing (no word
of a total, a unit or a period: "total", "figure"), the value appears exactly twice in the
article, and neither figure is a comparison's earlier one ("up from X", "than X"). Two round
figures of different things ("education 3.1 billion somoni" and "energy 3.1 billion somoni") share
no noun and are never tied; nor are two months' figures of one flow ("$1.32 billion in February"
and "$1.32 billion in July": two periods), nor figures whose sentences name two periods, or one
a period and the other none, nor figures whose contexts name two (:mod:`aktobe_facts.text.
periodcontext`: "In May ..." and "Over the first five months ..."). Two figures that both have a
budget's role are left to
:mod:`aktobe_facts.text.draftequal`, which tells a plan from a report ("The deficit came to X.
The ministry plans a deficit of X.": two figures).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftcounts import count_level
from aktobe_facts.text.draftequal import equal_relation
from aktobe_facts.text.draftfigures import DraftRelation, singular, subject_words
from aktobe_facts.text.draftroles import roles
from aktobe_facts.text.draftwords import content
from aktobe_facts.text.levels import level
from aktobe_facts.text.periodcontext import one_context
from aktobe_facts.text.roletime import MONTHS, Time, read_time
from aktobe_facts.text.sentences import clause_end, clause_start, headline_end

_EARLIER = re.compile(
    r"\b(?:from|than|compared|against|versus|vs|earlier|before|ago|previous|prior|last)\b",
    re.IGNORECASE,
)
"""In a figure's clause: the figure is one compared with ("up from X", "X a year earlier")."""
_EARLIER_AFTER = re.compile(r"\b(?:earlier|before|ago|previous|prior|last)\b", re.IGNORECASE)
"""After a figure: an earlier time it is of ("X a year earlier", "X last year")."""
_GENERIC = frozenset(
    [
        "total",
        "overall",
        "whole",
        "sum",
        "amount",
        "figure",
        "value",
        "level",
        "all",
        "combined",
        "aggregate",
        "record",
        "high",
        "low",
        "billion",
        "million",
        "trillion",
        "thousand",
        "percent",
        "cent",
        "share",
    ]
)
"""Words that name no thing of their own: two clauses sharing only these name nothing alike."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    """The amounts given twice under one name (a rule of :mod:`aktobe_facts.text.draftrules`)."""
    text = article.text
    taken = {c for r in drafted if r.kind == "equal" for c in tied(r)}
    named = roles(article)
    headed = headline_end(text)  # a headline's figure: text/draftheadline.py ties it
    by_value: dict[tuple[str, object], list[Placed]] = {}
    for placed in article.figures:
        phrase = placed.figure.phrase
        if level(phrase) and phrase.stated.unit is not None:
            key: tuple[str, object] = (phrase.stated.unit.key, phrase.stated.value)
        elif count_level(placed.figure):
            key = ("count", phrase.stated.value)
        else:
            continue
        by_value.setdefault(key, []).append(placed)
    found = []
    for pair in by_value.values():
        ids = {p.figure.id for p in pair}
        if len(pair) != 2 or ids & taken or ids <= set(named):
            continue  # two figures with a budget's role: draftequal's to tie or not
        a, b = pair
        if a.sentence_index == b.sentence_index or a.figure.phrase.start < headed:
            continue
        if a.figure.phrase.stated.qualifier != b.figure.phrase.stated.qualifier:
            continue  # "about X" and "X": the editor's to settle
        if not _same_period(article, a, b) or earlier(text, a) or earlier(text, b):
            continue
        if not one_context(article, a, b):
            continue  # "In May ... 2.4 million tonnes" and "Over the five months ... 2.4 million
        if _another_holder(text, a, b):
            continue  # "Ford sold 21,000 cars. Toyota also sold 21,000 cars": two makers' figures
        if any(_BY.search(_clause(text, p)[0]) for p in pair):
            continue  # "raised the plan by X": a change's size, no level given again
        if len({_RATE.search(_clause(text, p)[0]) is None for p in pair}) == 2:
            continue  # "Per-day exports ... X" and "Steel exports ... X": a rate and a level
        shared = named_words(text, a) & named_words(text, b)
        if count_level(a.figure) and count_level(b.figure):
            # a count's clauses must share a thing, not a verb ("numbered", "welcomed"), and not
            # one that each qualifies its own way ("Yacht calls" and "Ferry calls")
            shared = {
                w
                for w in shared
                if not _VERB_WORD.fullmatch(w) and not _qualified_apart(text, a, b, w)
            }
        if shared:
            found.append(equal_relation([a, b]))
    return found, []


_VERB_WORD = re.compile(
    r"\w+(?:ed|ing)|numbers?|totals?|came|come|comes|rose|fell|grew|went|were|was|is|are|saw|"
    r"made|took|brought|sent|got|had|has|have",
    re.IGNORECASE,
)
"""Words of a count's clause that are its verb, no thing it names."""
_NO_MODIFIER = frozenset(
    re.findall(
        r"\S+",
        "the a an its their his her our this that these those of in at to for on from by with and "
        "or all total some more were was is are be been",
    )
)
"""Words before a shared noun that qualify it as no other thing."""


def _qualified_apart(text: str, a: Placed, b: Placed, word: str) -> bool:
    """Each count's clause says which of the shared noun's things it counts, and they differ:
    "Yacht calls numbered 2,418" and "Ferry calls numbered 2,418" (two kinds of calls)."""
    said = [_modifier(" ".join(_clause(text, p)), word) for p in (a, b)]
    return None not in said and said[0] != said[1]


def _modifier(clause: str, word: str) -> str | None:
    """The word right before ``word`` in the clause (no mark between), where it qualifies it."""
    for match in re.finditer(r"([A-Za-z][\w'’-]*)[ ]+([A-Za-z][\w'’-]*)", clause):
        first, noun = match.group(1).lower(), match.group(2).lower()
        if singular(noun) == word or noun == word:
            return None if first in _NO_MODIFIER else singular(first)
    return None


def _another_holder(text: str, a: Placed, b: Placed) -> bool:
    """The later figure's clause says another holder did the same ("also", "too", "likewise",
    "as well", "matching"), and the two clauses name their holders by names apart: "Ford sold
    21,000 cars in May. Toyota also sold 21,000 cars in May" (two makers' equal counts, no one
    figure given twice)."""
    later = b if a.figure.phrase.start < b.figure.phrase.start else a
    first = a if later is b else b
    if _ALSO.search(" ".join(_clause(text, later))) is None:
        return False
    names = [_names(_clause(text, p)[0]) for p in (first, later)]
    return bool(names[0]) and bool(names[1]) and not names[0] & names[1]


def _names(words: str) -> set[str]:
    """The capitalised names of a clause's words (months and days left out)."""
    return {w for w in _NAME.findall(words) if w.lower() not in _TIME_NAMES}


_ALSO = re.compile(r"\b(?:also|too|likewise|as\s+well|matching|similarly)\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*\b")
_TIME_NAMES = frozenset(MONTHS).union(
    re.findall(
        r"\S+",
        "monday tuesday wednesday thursday friday saturday sunday in the a an its it their they "
        "his her this that these those we our officials",
    )
)
"""Capitalised words that name no holder: months, days, a sentence's first grammar word."""


_BY = re.compile(r"\bby\s*$", re.IGNORECASE)
_RATE = re.compile(
    r"\b(?:per[\s-]+(?:day|week|month|capita|head|person)|daily|weekly|average|mean|median)\b",
    re.IGNORECASE,
)
"""Words of a rate in a figure's clause before it ("Per-day exports also advanced 8.5 percent to",
"average daily spending"): one of two figures a rate, the other a level, are never one amount."""


def _clause(text: str, placed: Placed) -> tuple[str, str]:
    """The words of a figure's clause before it and after it."""
    phrase = placed.figure.phrase
    start = clause_start(text, placed.sentence[0], phrase.start)
    end = clause_end(text, phrase.outer_end, placed.sentence[1])
    return text[start : phrase.start], text[phrase.outer_end : end]


_PARTICIPLE = re.compile(
    r"\W*(?:totall?ing|reaching|amounting\s+to|bringing\s+(?:the\s+total\s+)?to|standing\s+at)\b",
    re.IGNORECASE,
)
"""A clause that opens on a participle of a level: its subject is the clause's before it."""


def named_words(text: str, placed: Placed) -> set[str]:
    """The things a figure's clause names, before and after it; never the words of its unit
    ("dollars": "copper had earned 0.9 billion dollars" and "Russia 0.9 billion dollars" name no
    thing alike) nor what a count counts ("Bus sales rose ... to 21,000 units" and "Truck sales
    rose ... to 21,000 units": two counts of units, no one thing)."""
    before, after = _clause(text, placed)
    phrase = placed.figure.phrase
    if _PARTICIPLE.match(before):  # "stopovers grew 17.5 percent, totaling X arrivals": stopovers
        start = phrase.start - len(before)
        before = text[clause_start(text, placed.sentence[0], max(start - 1, 0)) : phrase.start]
    unit = subject_words(content(text[phrase.start : phrase.outer_end]))
    if placed.figure.noun is not None:  # what a count counts names no thing of its own
        unit |= subject_words(content(placed.figure.noun))
    return {w for w in subject_words(content(f"{before} {after}")) if w not in _GENERIC | unit}


def earlier(text: str, placed: Placed) -> bool:
    """The figure is a comparison's earlier one: a word of comparison right before it in its
    clause, or a word of an earlier time after it, before any other figure ("X a year earlier";
    not "X in 2019 from Y in 2018", where Y is the earlier one)."""
    before, after = _clause(text, placed)
    last = " ".join(before.split()[-3:])
    head = re.split(r"\d", after, maxsplit=1)[0]
    return _EARLIER.search(last) is not None or _EARLIER_AFTER.search(head) is not None


def _same_period(article: Article, a: Placed, b: Placed) -> bool:
    """The two figures' periods agree: the periods the draft gave them, where it gave both ("in
    2030 from Y in 2029" and "for 2030": one), else the periods their sentences name, both none
    or one the same ("in January" and "In February the deficit was": two). A period a sentence
    names only as a comparison's base ("The budget amounts to X, compared to Y in 2029") is the
    earlier figure's, not the figure's: it is left out where the other sentence names no base,
    or the same one, and the sentence names no other ("The new budget of X ..." names none: one
    period)."""
    x, y = a.figure.period, b.figure.period
    if x is not None and y is not None:
        return x == y  # each figure's own period, as the draft read it
    bases = [_bases(article, p) for p in (a, b)]
    if bases[0] and bases[1] and bases[0] != bases[1]:
        return False  # "compared to 2028" and "compared to 2029": two years compared with
    ta, tb = (_sentence_time(article, p) for p in (a, b))
    return ta.same(tb) if ta.named and tb.named else not (ta.named or tb.named)


def _sentence_time(article: Article, placed: Placed) -> Time:
    """The period the figure's sentence names, none where it names only a comparison's base."""
    start, end = placed.sentence
    own = read_time(_own_words(article, placed))
    return read_time(article.text[start:end]) if own.named else own


def _bases(article: Article, placed: Placed) -> tuple[str, ...]:
    """The periods the figure's sentence names as a comparison's base, as its words print them."""
    periods = article.read[placed.sentence_index].periods if article.read else ()
    return tuple(" ".join(p.text.lower().split()) for p in periods if p.base)


def _own_words(article: Article, placed: Placed) -> str:
    """The words of the figure's sentence, each period named as a comparison's base blanked."""
    start, end = placed.sentence
    words = list(article.text[start:end])
    periods = article.read[placed.sentence_index].periods if article.read else ()
    for period in periods:
        if period.base and start <= period.start and period.end <= end:
            words[period.start - start : period.end - start] = " " * (period.end - period.start)
    return "".join(words)
