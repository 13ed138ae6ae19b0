"""A record and the record it beat, or an earlier figure it is compared with, for a draft
(``kind = "order"``):

- "Rice output is pegged at 93.88 million tonnes, a new record. The previous high was 92.78
  million tonnes, produced in 2011-12.": X > Y; "Sales hit a record $12.5 million in 2031, and the
  previous record, $10 million, dates from 2019": X > Y;
- "a record low of 2.1 percent ... the previous low was 2.4 percent": X < Y.

X is a figure the words call a record ("a record X", "a record high of X", "X, a new record"; "a
record low" for a low); Y is the figure right after "the previous record", "high", "peak" or
"best" ("low" for a low) and a verb of being, "of" or a comma, later in X's sentence or at the
start of the next one. Both are levels of one unit, counts of one thing or percents of one kind
(:func:`aktobe_facts.text.draftorder.comparable`); Y read with a bound, and a pair a rule before
tied, are left alone, and so is a Y whose words before "the previous" say more than X's month or
year and a joining word ("For rice, the previous high was Y": another subject). A record "since
2015" or "for a May" beats no figure the article gives: the words must name the previous record
itself.

A record is also above (a record low below) any earlier figure of its measure the words compare it
with: "Sales rose 2.9 percent to a record 3.4 million units in 2011. The total compares with the
3.3 million total recorded in 2010." (X > Y); "hit a record 41,200 tonnes in 2031, compared with
38,000 tonnes in 2030". Y follows "compared with", "compared to", "against" or "versus" right
after X and its own words, or opens X's next sentence as "The total", "The figure", "That",
"This" or "It" and "compares with" (an aside between: "The total, the fifth record in a row,
compares with"); both figures carry a period the draft read and Y's ends before X's starts (a
record is the highest so far, never above a later figure or a forecast: "compared with 3.6
million expected" draws nothing), and both spans of one length (a month's record against a
month, never against a year's total).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftcounts import past_noun
from aktobe_facts.text.draftdates import period_span
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftorder import BRACKETED_PERIOD, comparable, order
from aktobe_facts.text.figuretime import segment_start
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.roletime import MONTH

_RECORD = r"(?:new\s+|fresh\s+|all-time\s+)?record(?:\s+(?:(?P<low>low)|high))?"
_BEFORE = re.compile(rf"\b(?:a|an)\s+{_RECORD}\s+(?:of\s+)?$", re.IGNORECASE)
"""Right before X: "a record", "a new record high of", "a record low of"."""
_AFTER = re.compile(
    r"(?:\s+(?:in|for|during|over|by|at|as\s+of)\s+[^,;.()\d]{0,30}?(?:\d{4}(?:[-/]\d{2,4})?)?)?"
    rf"\s*,\s*(?:a|an)\s+{_RECORD}\b",
    re.IGNORECASE,
)
"""Right after X and its own period: ", a new record", " in 2023, a record"."""
_PREVIOUS = lazy(
    r"\bthe\s+(?:previous|prior|old|earlier)\s+(?:(?P<low>low)|record|high|peak|best)\b"
    r"(?:\s+(?:was|stood\s+at|had\s+been|of)|\s*,)\s*$",
    re.IGNORECASE,
)
"""Right before Y: "the previous high was", "the previous record of", "the previous record,"."""
_LEAD_IN = lazy(
    rf"\s*(?:(?:in|during|for|by|as\s+of)\s+(?:(?:{MONTH})\b\s*)?(?:\d{{4}}(?:[-/]\d{{2,4}})?)?\s*)?"
    r"[,;:\u2014-]?\s*(?:(?:and|but|while|whereas|beating|topping|surpassing|breaking)\s+)?$",
    re.IGNORECASE,
)
"""All the words allowed between X (or the start of Y's sentence) and "the previous record": X's
own month or year and a joining word ("in 2031, and", "beating"). Anything else may name another
subject ("For rice, the previous high", "In the rival chain, the previous record"): nothing drafted."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    pairs = [set(tied(r)) for r in drafted]
    by_sentence = article.sentences()
    found: list[DraftRelation] = []
    for n, figures in enumerate(by_sentence):
        for k, x in enumerate(figures):
            low = _record(text, figures, k)
            if low is None:
                continue
            later = figures[k + 1 :] + (by_sentence[n + 1] if n + 1 < len(by_sentence) else [])
            previous = _previous(text, x, later, low)
            if previous is None:
                compared = _compared(text, x, later, low)
                if compared is None or any(
                    {x.figure.id, compared[0].figure.id} <= p for p in pairs
                ):
                    continue
                y, _, op = compared
                quote = text[x.figure.phrase.start : y.figure.phrase.outer_end]
                found.append(order(x, op, [y], quote))
                continue
            y, named = previous
            if any({x.figure.id, y.figure.id} <= p for p in pairs):
                continue
            quote = text[x.figure.phrase.start : x.figure.phrase.outer_end] + " … "
            quote += text[named : y.figure.phrase.outer_end]
            found.append(order(x, "<" if low else ">", [y], quote))
    return found, []


_COMPARED_HERE = re.compile(
    r"(?:\s+(?:in|for|during|over|by|at|as\s+of)\s+[^,;.()\d]{0,30}?(?:\d{4}(?:[-/]\d{2,4})?)?)?"
    r"\s*,?\s*(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Between X and Y in one sentence: " in 2031, compared with the"."""
_COMPARED_NEXT = lazy(
    r"\s*(?:The\s+(?:total|figure|result|number|volume|amount|tally)|That|This|It)"
    r"(?:\s*,[^,.;]{0,80},)?\s+(?:compares|compared|is\s+compared|was\s+compared)\s+"
    r"(?:with|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""From the start of X's next sentence to Y: "The total, the fifth record in a row, compares
with the"."""
_OWN_COMPARISON = re.compile(
    r"\b(?:compared|compares|against|versus|than|from|previous|prior)\b", re.IGNORECASE
)
"""In the rest of X's sentence: a comparison of its own, which the next sentence may go on."""
_Y_PERIOD = (
    r"(?:in|during|for|over)\s+(?:the\s+)?(?:(?:same|corresponding|previous|prior|preceding|"
    r"first|second|third|fourth|last|final)\s+(?:(?:three|six|nine)\s+months|period|month|"
    r"quarter|half|year|season|week)(?:\s+(?:of|in))?\s*(?:\d{4}(?:[-/]\d{2,4})?)?|"
    rf"(?:(?:{MONTH})\s+)?(?:19|20)\d{{2}}(?:[-/]\d{{2,4}})?|"
    r"(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d{2}(?:[-/]\d{2,4})?)|"
    rf"(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year|{BRACKETED_PERIOD}"
)
_Y_ENDS = lazy(
    r"(?:\s+(?:total|figure|level|tally))?(?:\s+(?:recorded|reported|registered|posted|"
    r"seen|set|reached))?"
    rf"\s*(?:{_Y_PERIOD})?\s*(?:[.;]|,\s*(?:and|but|while|whereas|when|which|as|"
    r"according\s+to|(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}\s+(?:said|says|reported|showed))\b|$)",
    re.IGNORECASE,
)
"""After Y's words: its own period and the end of its clause ("the 3.3 million total recorded in
2010."), nothing else ("compared with 3.6
million cars sold by rival Beta", "compared with $5.0 billion to the whole of Asia", "in the
fourth quarter of 2030 in inflation-adjusted terms": another subject, whole or basis)."""
_PREVIOUS_ENDS = lazy(
    r"\s*,?\s*(?:(?:was|were|had\s+been)\s+)?(?:(?:set|reached|recorded|registered|posted|"
    r"achieved|hit|produced|harvested|seen|made)\s+|dat(?:es|ed|ing)\s+(?:back\s+)?(?:from|to)\s+)?"
    rf"(?:{_Y_PERIOD}|(?:(?:{MONTH})\s+)?(?:19|20)\d{{2}}(?:[-/]\d{{2,4}})?)?"
    r"\s*(?:[.;]|,\s*(?:and|but|while|whereas|when|which|as|according\s+to|"
    r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}\s+(?:said|says|reported|showed))\b|$)",
    re.IGNORECASE,
)
"""After the previous record Y: when and how it was set and the end of its clause ("The previous
high was 6.95 million tonnes, harvested in 2027."; "the previous record, $3.9 million, dates from
2028"), nothing else: "The previous record, 5.6 million tonnes, was set by the whole region in
2019", "was 5.6 million tonnes, set by Russia", "... including Kyrgyzstan" name another holder
or a wider whole."""
_SPAN_SLACK = 3
"""Days two periods' lengths may differ by and still be spans of one kind (a month and a month,
a quarter and a quarter): a month's record is no record against a year's total."""
_REST = 200
"""The rest of X's sentence at most, in characters, before the sentence opening on Y's words;
it ends on its one full stop (an initial's point, "the daily O Estado de S. Paulo, which ...",
ends no sentence to the reader; another sentence between may name another figure "That" is)."""


def _compared(
    text: str, x: Placed, later: list[Placed], low: bool
) -> tuple[Placed, int, str] | None:
    """The earlier figure X (a record) is compared with right after it, where its words start and
    the order, or None."""
    if not later:
        return None
    y = later[0]
    end = past_noun(text, x.figure)
    if y.sentence == x.sentence:
        if not _COMPARED_HERE.fullmatch(text, end, y.figure.phrase.start):
            return None
    elif (
        y.index != 0
        or y.sentence[0] - end > _REST
        or re.sub(r"\b[A-Z]\.", "", text[end : y.sentence[0]]).count(".") != 1
        or _OWN_COMPARISON.search(text, end, y.sentence[0])
        or not _COMPARED_NEXT.fullmatch(text, y.sentence[0], y.figure.phrase.start)
    ):
        return None
    if not _Y_ENDS.match(text, past_noun(text, y.figure), y.sentence[1]):
        return None  # "compared with 3.6 million cars sold by rival Beta in 2030"
    xs, ys = period_span(x.figure.period), period_span(y.figure.period)
    plain = y.figure.phrase.stated.qualifier in (None, "about")
    if xs is None or ys is None or not ys[1] < xs[0] or not plain or not comparable(x, y):
        return None
    if abs((xs[1] - xs[0]).days - (ys[1] - ys[0]).days) > _SPAN_SLACK:
        return None  # "a record 41,200 tonnes in March, compared with 380,000 tonnes in 2030"
    if (ys[0].month, ys[0].day) != (xs[0].month, xs[0].day):
        return None  # "a record in the first quarter of 2031, compared with ... the fourth
        # quarter of 2030": a record for a first quarter, perhaps below the quarter before
    return y, end, "<" if low else ">"


def _record(text: str, figures: list[Placed], k: int) -> bool | None:
    """Whether the words call the figure a record low (True) or a record (False); None: neither."""
    x = figures[k]
    start = segment_start(figures, k)
    said = _BEFORE.search(text, start, x.figure.phrase.start) or _AFTER.match(
        text, past_noun(text, x.figure)
    )
    return None if said is None else said.group("low") is not None


def _previous(text: str, x: Placed, later: list[Placed], low: bool) -> tuple[Placed, int] | None:
    """The first figure after X named "the previous record" (of X's kind) and where its words
    start, or None."""
    for y in later:
        start = max(y.sentence[0], x.figure.phrase.outer_end)
        words = _PREVIOUS.search(text, start, y.figure.phrase.start)
        if words is None:
            continue
        if not _LEAD_IN.fullmatch(text, start, words.start()):
            return None
        same_kind = (words.group("low") is not None) == low
        plain = y.figure.phrase.stated.qualifier in (None, "about")
        own = _PREVIOUS_ENDS.match(text, past_noun(text, y.figure), y.sentence[1]) is not None
        return (y, words.start()) if same_kind and plain and own and comparable(x, y) else None
    return None
