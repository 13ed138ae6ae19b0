"""The direction a percent's own words leave out, for a draft: which way a change went when the
verb or noun that says so is not in the figure's value.

- a clause whose verb is the one before it ("Among the taxes, VAT declined 26% to X, profit taxes
  – 2.7% to Y and excise taxes – 8.6% to Z"; "Exports grew by 8.3 percent, ..., and imports by 8.8
  percent"): the percent is a change in the direction of the last verb of change before it, when
  only list items (nouns, figures, "to", "reaching") stand between;
- a fall named before the percent with words between: "a decline in expenses by 3.9%", "fell the
  most, by 41.4%".

:func:`understood` gives the direction of a gapped clause (for its kind: a growth), and
:func:`falls` says a fall the value does not carry: the draft then writes it with a minus
("-2.7%"), as an editor does, so the growth relations built on it have its sign.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aktobe_facts.reading.changewords import FALL_VERBS, RISE_VERBS, alternation, finite_forms
from aktobe_facts.text.fromtoby import from_to_by
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.roletime import MONTH
from aktobe_facts.text.sentences import Span
from aktobe_facts.text.wordsback import words_before

_FALL = alternation(finite_forms(FALL_VERBS))  # "fell", "declines", "slipping", "went down"
_RISE = alternation(finite_forms(RISE_VERBS))  # "rose", "widened", "surging", "picked up"
FALL, RISE = _FALL, _RISE  # for the rules that read an amount's way as this module does a percent's
_TO_FALL = rf"(?:will|would|shall|to)\s+(?:{alternation(FALL_VERBS)})"
_TO_RISE = rf"(?:will|would|shall|to)\s+(?:{alternation(RISE_VERBS)})"
"""A move to come, its verb's base after "will" or "to" ("will grow", "is to rise"): a verb,
never the noun of change the base form may be."""
_PERCENT = r"(?:[-+−]\s*)?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)"
_VERB = lazy(rf"\b(?:(?P<down>{_FALL})|(?P<up>{_RISE}))\s+(?:by\s+)?{_PERCENT}", re.IGNORECASE)
_NOUNS = r"(?:the\s+)?(?P<nouns>(?:[A-Za-z][\w'’-]*\s+){1,3}?)"
_ITEM = re.compile(
    rf"(?:^|[,;]\s*(?:(?:and|while|whereas)\s+)?|\b(?:and|while|whereas)\s+){_NOUNS}"
    r"(?:by|[–—]|-(?=\s))\s*$",
    re.IGNORECASE,
)
"""A clause with no verb before its percent: "and imports by", ", profit taxes –"."""
_ITEM_WORDS = 7
"""The runs of characters other than white space a match of :data:`_ITEM` overlaps at most (a
comma's, "and", "the", three nouns, "by"): searched over the last seven
(:func:`~aktobe_facts.text.wordsback.words_before`; a sentence of n percents was read n times
whole by each of these patterns, which end at the percent). The same below for each pattern
searched up to a percent: the bound is the pattern's most runs, its verb two ("went down") or
three ("will go down"), a span of time three ("the coming year")."""
_NOT_NOUN = lazy(
    rf"^(?:{_FALL}|{_RISE}|\w+ed|\w+ing|is|are|was|were|be|been|has|have|had|will|would|made|"
    r"makes?|make|accounts?|which|that|it|they|this|these|those|of|in|for|to|with|from|than|as|"
    r"a|an|its|their|up|down|while|whereas|and)$",
    re.IGNORECASE,
)
CLAUSE_VERB = lazy(
    rf"^(?:{_FALL}|{_RISE}|\w+ed|is|are|was|were|has|have|had|will|would|makes?|made|make|"
    r"accounts?|accounted|remains?|remained|stands?|stood|came|comes|totals?|reached?|reaches|"
    r"while|whereas|but|which|that)$",
    re.IGNORECASE,
)
_COMPARED = (
    r"(?:(?:even|still|far|much)\s+)?(?:(?:more|less)\s+[a-z]+ly|faster|slower|harder)|"
    r"(?:even|far|much)\s+[a-z]+ly"
)
"""A move compared with another's, between its verb and ", by": "fell more steeply, by 19.72%",
"grew faster, by 12 percent", with an adverb of degree before it: "rose even faster, by", "fell
much more steeply, by"."""
_SPAN = (
    r"(?:\s+(?:(?:last|next|this|the\s+coming|the\s+past)\s+(?:year|month|quarter|season)|"
    r"in\s+(?:19|20)\d\d))?"
)
"""The span of time a move is told over, between its verb and a comma and "by": "fell sharply
last year, by 4 percent", "will grow slightly next year, by six percent"."""
_FALL_BY = re.compile(
    r"\b(?:an?|the)\s+(?:decline|decrease|fall|drop|reduction|contraction)\s+(?:in|of)\s+"
    r"(?:(?!(?:by|and|or|while)\b)[\w'’-]+\s+){1,4}by\s*$"
    rf"|\b(?:{_FALL}|{_TO_FALL})(?:\s+(?:the\s+most|the\s+least|most|further|again|sharply|slightly|"
    rf"{_COMPARED}|[a-z]+ly))?{_SPAN},?\s+by\s*$",
    re.IGNORECASE,
)


_AND = r"(?:\s*+,\s++|\s++)"
"""Before the last item's "and": spaces, or a comma and spaces, each run read once (two runs
around an optional comma split a run of n spaces n ways)."""
_IN_MONTH = rf"(?:\s+(?:in|for|during)\s+(?:{MONTH})(?:\s+\d{{4}})?)?"
_LISTED = rf"(?:{_PERCENT}|(?:[-+−]\s*)?\d[\d.,]*(?=(?>\s*,\s*\d[\d.,]*)*{_AND}and\s+{_PERCENT}))"
"""An item of the list: a percent, or a bare number whose percent word the list's last carries
("fell by 4, 6 and 7 per cent": :mod:`aktobe_facts.text.percentleft`)."""
_LIST = re.compile(
    rf"\b(?:(?P<down>{_FALL})|(?P<up>{_RISE}))(?:\s+[a-z]+ly)?(?:\s+by)?\s+{_LISTED}{_IN_MONTH}"
    rf"(?P<rest>(?>\s*,\s*{_LISTED}{_IN_MONTH})*{_AND}(?:and|or)\s+{_PERCENT})",
    re.IGNORECASE,
)
"""One verb before a list of percents: "fell by 12.7 per cent, 11.5 per cent and 14.2 per cent";
each but the last may name its month ("dropped by 0.1 percent in February and 2.5 percent in
March"). Each item is matched once, atomically (``(?>...)``): the spaces around its comma could be
taken by either ``\\s*`` beside it, and a list that ends without "and" was tried every way, twice
as long for each item (26 percents in one sentence took 43 s to draft, 50 did not finish)."""
_NUMBER = re.compile(r"[-+−]?\s*\d")


def listed(text: str, sentence: Span, start: int) -> str | None:
    """ "up" or "down" when the percent at ``start`` is a later item of a list of percents after
    one verb of change, each of which takes the verb's direction; None otherwise."""
    if not _NUMBER.match(text, start):
        return None
    for low, high, way in _lists(text, sentence):
        if low <= start < high:
            return way
    return None


@lru_cache(maxsize=64)
def _lists(text: str, sentence: Span) -> tuple[tuple[int, int, str], ...]:
    """The later items of each list of percents after one verb in the sentence (where the list
    goes on, and which way), found once for all the sentence's percents: the list's pattern is
    long, and a sentence of many percents was read again for each."""
    return tuple(
        (m.start("rest"), m.end("rest"), "down" if m.group("down") else "up")
        for m in _LIST.finditer(text, sentence[0], sentence[1])
    )


_SIZE = (
    r"(?:small|slight|modest|marginal|meagre|meager|mild|moderate|healthy|robust|strong|solid|"
    r"sharp|steep|hefty|whopping|massive|huge|big|large|impressive|staggering|remarkable|notable|"
    r"significant|substantial|considerable|dramatic|double-digit|single-digit|two-digit|"
    r"three-digit|further|additional)"
)
_SIZED = re.compile(
    rf"\b(?:(?P<down>{_FALL})|(?P<up>{_RISE}))(?:\s+by)?\s+(?:an?|another)\s+{_SIZE}\s*$",
    re.IGNORECASE,
)
"""A verb of change, an article and a word of size before the percent, which the value leaves out:
"grew by a double-digit 11.6 per cent", "rose a robust 12 percent", "fell a sharp 9 percent"."""
_SIZED_WORDS = 5  # the verb's two, "by", an article, the size


def _last(text: str, sentence: Span, end: int, words: int) -> int:
    """Where a search for a pattern ending at ``end`` that overlaps at most ``words`` runs of
    characters other than white space starts in the sentence: it finds what a search from the
    sentence's start finds."""
    return max(sentence[0], words_before(text, end, words))


def sized(text: str, sentence: Span, start: int) -> str | None:
    """ "up" or "down" when the percent at ``start`` follows its verb of change across an article
    and a word of its size (:data:`_SIZED`); None otherwise."""
    m = _SIZED.search(text, _last(text, sentence, start, _SIZED_WORDS), start)
    if m is None:
        return None
    return "down" if m.group("down") else "up"


def understood(text: str, sentence: Span, start: int) -> str | None:
    """ "up" or "down" when the percent at ``start`` has no verb of its own and takes the last
    verb of change before it in its sentence (also as a later item of a list after one verb,
    :func:`listed`, or across a word of its size, :func:`sized`); None otherwise."""
    in_list = listed(text, sentence, start) or sized(text, sentence, start)
    if in_list is not None:
        return in_list
    head = text[sentence[0] : start]
    item = _ITEM.search(head, words_before(head, len(head), _ITEM_WORDS))
    if item is None or any(_NOT_NOUN.match(w) for w in item.group("nouns").split()):
        return None
    verbs = list(_VERB.finditer(head, 0, item.start()))
    if not verbs:
        return None
    verb = verbs[-1]
    words = re.findall(r"[A-Za-z][\w'’-]*", re.sub(_PERCENT, " ", head[verb.end() : item.start()]))
    if any(CLAUSE_VERB.match(w) for w in words):
        return None  # another verb between: not a list of one verb's items
    return "down" if verb.group("down") else "up"


_RISE_BY = re.compile(
    rf"\b(?:{_RISE}|{_TO_RISE})(?:\s+(?:further|again|sharply|slightly|{_COMPARED}|[a-z]+ly))?"
    rf"{_SPAN},\s+by"
    r"\s*$",
    re.IGNORECASE,
)
"""A rise whose "by" stands after a comma: "Imports kept rising, by 20.8 percent", "will grow
slightly next year, by six percent" (the span the move is told over between)."""
_BY_WORDS = 10
"""The most runs a match of :data:`_RISE_BY` or :data:`_FALL_BY` overlaps: the verb's three, three
of a word of manner ("much more steeply"), three of a span, "by" (the comma is its word's); "a
decline in" four nouns "by" is eight."""


_MOVED_HEAD = lazy(
    rf"\b(?:(?P<down>{_FALL}|{_TO_FALL})|(?P<up>{_RISE}|{_TO_RISE}))(?:\s+[a-z]+ly)?\s+\Z",
    re.IGNORECASE,
)
"""The verb of a move "from A to B" whose percent follows it in brackets or after ", or", with
"by": "is to go up from D2.9 billion in 2023 to D5.9 billion in 2024 (i.e. by 76%)", "fell from A
to B, or by 12 percent": the percent is the move's, its way the verb's
(:func:`~aktobe_facts.text.fromtoby.from_to_by`, A and B of sixty characters at most)."""
_MOVED_WORDS = 70
"""The most runs a move "from A to B" with its "by" overlaps: the verb's three, a word of manner,
"from", thirty in each of the 60 characters of A and B, "to", four of the brackets' or the
comma's words and "by"."""


def moved_by(text: str, sentence: Span, start: int) -> str | None:
    """ "up" or "down" when the percent at ``start`` restates a move "from A to B" before it
    (:data:`_MOVED_HEAD`), else None."""
    found = from_to_by(text, _last(text, sentence, start, _MOVED_WORDS), start, _MOVED_HEAD)
    return None if found is None else found[1]


_IMPROVED = re.compile(
    r"\b(?:improv|worsen|deteriorat)(?:ed|es|e|ing)\s+(?:by\s+)?$", re.IGNORECASE
)
_WAY_AFTER = re.compile(
    r"[-+−]?\d[\d.,]*\s*(?:%|percent\b|per\s*cent\b)\s+to\s+[^,;()\n]{1,60}?,\s+"
    r"(?P<way>up|down)\s+from\b",
    re.IGNORECASE,
)
"""A move told by a word of judgement and its way told after its level: "improved by 10.9 percent
to X, up from Y" (a revenue that improves rises, a deficit falls: only "up from" or "down from"
says which)."""


def judged(text: str, sentence: Span, start: int) -> str | None:
    """ "up" or "down" when the percent at ``start`` follows "improved" or "worsened" and its
    level's comparison says the way ("improved by P to X, up from Y"), else None."""
    if _IMPROVED.search(text, _last(text, sentence, start, 2), start) is None:
        return None
    after = _WAY_AFTER.match(text, start, sentence[1])
    return None if after is None else after.group("way").lower()


def rises(text: str, sentence: Span, start: int) -> bool:
    """The verb of a rise before a comma and "by" is the percent's ("kept rising, by 20.8
    percent"), or a rise "from A to B" that the percent restates after it ("(i.e. by 76%)"): its
    value carries no sign, and none is needed."""
    return (
        _RISE_BY.search(text, _last(text, sentence, start, _BY_WORDS), start) is not None
        or moved_by(text, sentence, start) == "up"
        or judged(text, sentence, start) == "up"
    )


def falls(text: str, sentence: Span, start: int) -> bool:
    """The words before the percent at ``start`` make it a fall its value does not carry."""
    head = text[sentence[0] : start]
    return (
        _FALL_BY.search(head, words_before(head, len(head), _BY_WORDS)) is not None
        or understood(text, sentence, start) == "down"
        or moved_by(text, sentence, start) == "down"
        or judged(text, sentence, start) == "down"
    )
