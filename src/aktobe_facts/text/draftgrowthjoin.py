"""A growth whose current value and base are in the next sentence, joined by the subject noun
both name, for a draft: "The mill said its wool sales slumped 33.5 percent from the year before.
/ The mill booked US$48 billion in wool sales, against US$72 billion in 2029."

Keyed to no role (:mod:`aktobe_facts.text.draftroles`): any flow or stock the words name. A
growth in percent that no relation ties yet, the one percent of its sentence, which holds no
level of its own, and stated right after its verb ("slumped 33.5 percent", "were up 12
percent"); its subject noun is the last noun before the verb, after the words of its period are
set aside ("its wool sales for last year": "sales"). The next sentence, in the same paragraph or
the paragraph after the lead's, holds exactly two levels, X then Y, of one unit and no other
figure; the subject noun is X's own (the head of the words right after X, "in wool sales", or of
its clause's subject before a modifier: not "profit from wool sales"), and Y follows an earlier
figure's word right before it ("against", "compared with", "from", "versus") with no figure
between X and Y. The periods do not disagree (X's is the growth's where both have one; Y's, where
named, the year before X's or the growth's), and the growth's sign is X's side of Y. Anything else
drafts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.reading.periods import year_earlier
from aktobe_facts.text.draftcounts import count_level, one_measure, stated_level
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_amount,
    is_percent,
    singular,
)
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.periodcontext import figures_one_context
from aktobe_facts.text.roletime import MONTHS
from aktobe_facts.text.sentences import clause_start

_VERB = lazy(
    r"(?P<subject>[^,;:()]*?)\s+(?:(?:has|have|had)\s+)?(?:"
    r"rose|fell|grew|climbed|jumped|surged|soared|slumped|plunged|plummeted|dropped|declined|"
    r"decreased|increased|slid|sank|tumbled|dipped|edged\s+(?:up|down)|"
    r"risen|fallen|grown|climbed|jumped|"
    r"(?:was|were|is|are)\s+(?:up|down))"
    r"(?:\s+by)?(?:\s+(?:some|about|around|nearly|almost|roughly|over|more\s+than))?\s*$",
    re.IGNORECASE,
)
"""The words right before a growth: its subject, a verb of growth and "by"."""
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NO_NOUN = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "that",
        "these",
        "those",
        "of",
        "for",
        "in",
        "on",
        "at",
        "during",
        "over",
        "to",
        "and",
        "or",
        "by",
        "last",
        "first",
        "second",
        "third",
        "fourth",
        "next",
        "previous",
        "past",
        "same",
        "whole",
        "full",
        "current",
        "this",
        "year",
        "years",
        "month",
        "months",
        "quarter",
        "quarters",
        "half",
        "week",
        "weeks",
        "period",
        "fiscal",
        "calendar",
        "said",
        "says",
        "say",
        "reported",
        "report",
        "reports",
        "showed",
        "shows",
        "data",
        *MONTHS,
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
    ]
)
"""Words that are no subject's noun: articles, prepositions, periods, verbs of saying."""
EARLIER = re.compile(
    r"(?:,\s*)?(?:as\s+)?(?:against|compared\s+(?:with|to)|versus|vs\.?|(?:(?:up|down)\s*)?from)\s+"
    r"(?:(?:the|some|about|around|nearly|almost|roughly)\s+)?$",
    re.IGNORECASE,
)
"""The words right before a comparison's earlier figure: "against", "compared with", "from"."""
_GAP = re.compile(r"[^;:()]*", re.IGNORECASE)


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    taken = {v for r in drafted for v in r.fields.values() if isinstance(v, str)}
    found: list[DraftRelation] = []
    for k, sentence in enumerate(sentences[:-1]):
        percents = [f for f in sentence.figures if is_percent(f)]
        if len(percents) != 1 or any(stated_level(f) for f in sentence.figures):
            continue
        growth = percents[0]
        if growth.kind != "growth" or growth.id in taken:
            continue
        noun = _subject(text, sentence, growth)
        following = sentences[k + 1]
        if noun is None or not _joined(text, sentences, k):
            continue
        pair = _pair(text, following, noun)
        if pair is None:
            continue
        x, y = pair
        if x.id in taken or y.id in taken or not periods_agree(growth, x, y):
            continue
        if not figures_one_context(text, sentences, growth, x):
            continue  # "slumped P in the first quarter. For the whole of 2030, ... X": no
            # period of the growth's own (a quarter of no year), but its context's
        if not sign_agrees(growth, x, y):
            continue
        fields = {"growth": growth.id, "current": x.id, "base": y.id}
        said = " … ".join(" ".join(text[a:b].split()) for a, b in (sentence.span, following.span))
        found.append(DraftRelation("", "growth", fields, said))
    return found


def _subject(text: str, sentence: Sentence, growth: Figure) -> str | None:
    """The growth's subject noun: the last noun before its verb, periods aside."""
    start = clause_start(text, sentence.span[0], growth.phrase.start)
    digit = _DIGIT.search(text, growth.phrase.start, growth.phrase.end)
    if digit is None:
        return None
    m = _VERB.fullmatch(text, start, digit.start())  # the phrase may hold its verb
    if m is None:
        return None
    subject = _SAID.split(m.group("subject"))[-1]
    words = [w.lower() for w in _WORD.findall(subject)]
    if any(w in _MEASURE for w in words):
        return None  # "the volume of exports": no growth of a value
    kept: list[str] = []
    for w in words:
        if w in _CUT and any(v not in _NO_NOUN for v in kept):
            break  # "wool sales for the season": the period's words after the noun
        kept.append(w)
    if "of" in kept:  # "sales of natural gas", "the number of tourists"
        before = [w for w in kept[: kept.index("of")] if w not in _NO_NOUN]
        if before and before[-1] not in _GENERIC:
            kept = kept[: kept.index("of")]
    nouns = [w for w in kept if w not in _NO_NOUN and not w.isdigit() and w not in _GENERIC]
    return singular(nouns[-1]) if nouns else None


_SAID = re.compile(
    r"\b(?:said|says|reported|reports|showed|shows|announced|estimated)(?:\s+that)?\b",
    re.IGNORECASE,
)
"""A verb of saying in the growth's clause: its subject is the words after it."""
_CUT = frozenset(
    [
        "for",
        "in",
        "during",
        "over",
        "on",
        "at",
        "from",
        "to",
        "since",
        "through",
        "between",
        "this",
        "last",
        "by",
    ]
)
"""Words that open a period's or a place's phrase after the subject's noun."""
_GENERIC = frozenset(["number", "value", "amount", "total", "level", "sum", "figure"])
_MEASURE = frozenset(
    [
        "volume",
        "volumes",
        "quantity",
        "quantities",
        "tonnage",
        "price",
        "prices",
        "real",
        "terms",
        "units",
        "physical",
    ]
)
"""Words of the subject that make the growth one of another measure than its figures'."""


def _joined(text: str, sentences: Sequence[Sentence], k: int) -> bool:
    """The sentence after k is in k's paragraph, or opens the paragraph after the lead's: the
    first paragraph that ends as a sentence does (a headline, a date line or a source line before
    it ends on no full stop)."""
    if not _broken(text, sentences, k):
        return True
    for m in _PARAGRAPH.finditer(text):
        if _ENDS.search(m.group(0)):
            return m.start() <= sentences[k].span[0] < m.end()
    return False


_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")
"""A paragraph: text up to a blank line."""
_ENDS = re.compile(r"[.!?][\"'”’)]*\s*$")


def _broken(text: str, sentences: Sequence[Sentence], k: int) -> bool:
    """A paragraph ends after sentence k (a blank line)."""
    gap = text[sentences[k].span[1] : sentences[k + 1].span[0]]
    return _BLANK.search(gap) is not None


_BLANK = re.compile(r"\n[ \t]*\n")


def _pair(text: str, sentence: Sentence, noun: str) -> tuple[Figure, Figure] | None:
    """X and Y of the sentence after the growth, when it names the growth's noun."""
    figures = sentence.figures
    if len(figures) != 2:
        return None
    x, y = figures
    if not (stated_level(x) and stated_level(y) and one_measure(y, x)):
        return None
    if not (is_amount(x) or count_level(x)):
        return None
    between = text[x.phrase.outer_end : y.phrase.start]
    if _GAP.fullmatch(between) is None or EARLIER.search(between) is None:
        return None
    return (x, y) if _own_noun(text, sentence, x, noun) else None


def _own_noun(text: str, sentence: Sentence, x: Figure, noun: str) -> bool:
    """The noun is X's own: the head of the words right after it ("30 million lari in wool
    sales", "2.2 million tonnes of cargo"), or of its clause's subject, before any word that
    opens a modifier ("Profit from wool sales was X" is profit's, not the sales')."""
    after = _AFTER.match(text, x.phrase.outer_end)
    if after is not None:
        named = _WORD.findall(after.group("words"))
        cut = (k for k, w in enumerate(named) if w.lower() in _NOT_HEAD)
        kept = named[: next(cut, None)]  # "in wool sales in 2031"; "of profit from wool sales"
        if kept and singular(kept[-1].lower()) == noun:
            return True
    start = clause_start(text, sentence.span[0], x.phrase.start)
    words = [w.lower() for w in _WORD.findall(text, start, x.phrase.start)]
    for k, w in enumerate(words):
        if singular(w) == noun:
            return True
        if w in _MODIFIER and not (k and words[k - 1] in _GENERIC):
            return False  # "profit from wool sales", "the share of wool sales"
    return False


_AFTER = re.compile(r"\s+(?:in|of)\s+(?P<words>[^,;:.\d()]*)", re.IGNORECASE)
"""The words right after X that name what it counts, up to a comma: "in wool sales"."""
_MODIFIER = frozenset(["from", "of", "for", "in", "on", "at", "by", "with", "to", "per"])
"""Words that open a modifier of a subject's head: a noun after them is not the head."""
_NOT_HEAD = _NO_NOUN | _MODIFIER
"""Words no head noun is: the two sets above, joined once."""


def periods_agree(growth: Figure, x: Figure, y: Figure) -> bool:
    """X's period is the growth's where both name one; Y's, where named, is the year before X's
    (or the growth's): "compared with X in 2019" is no base of a growth of 2031 on 2030."""
    if growth.period is not None and x.period is not None and growth.period != x.period:
        return False
    current = x.period or growth.period
    if current is None or y.period is None:
        return True
    return y.period == year_earlier(current)


def sign_agrees(growth: Figure, x: Figure, y: Figure) -> bool:
    """The growth's sign is X's side of Y (a fall when X is below Y)."""
    a, b = x.phrase.stated.value, y.phrase.stated.value  # levels: no range, digits printed
    if a == b:
        return False
    stated = growth.phrase.stated
    down = stated.negative or stated.direction == "down"
    return (a < b) == down
