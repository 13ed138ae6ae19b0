"""Two figures joined by "to" that are no range: after a word of change "from A to B" is the base
and the current value ("rose 23.9 percent from 249.8m to 309.5m barrels"), and after a verb of
change done and "by", "A to B" is the change and the level it reached ("rose by US$7.9 million to
US$55.4 million"). Each gives the first figure alone."""

from __future__ import annotations

import re
from functools import cache

from aktobe_facts.reading.numbers import (
    AFTER_DIRECTIONS,
    FALL_WORDS,
    RISE_WORDS,
    GrammarError,
    Stated,
)
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.numeraldigits import DIGITS
from aktobe_facts.text.phraseread import read


@cache
def _change_from() -> re.Pattern[str]:
    """A word of change or revision, perhaps with its percent, then "from": "rose 23.9 percent
    from", "climbed from", "an increase of 12% from", "a 5 percent drop from", "raised from"."""
    words = sorted({*RISE_WORDS, *FALL_WORDS, *AFTER_DIRECTIONS}, key=len, reverse=True)
    change = (
        "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + "|" + _REVISED + "|" + _WENT
    )
    percent = r"[-+−]?\d[\d.,]*\s*(?:%|percent|per\s+cent|pct)"
    percent = rf"(?:{percent}|{_FACTOR})"  # "rose 5fold from A to B", "grew 3.1 times, from"
    return re.compile(
        rf"\b(?:{change})(?:\s+[a-z]+ly)?(?:\s+by)?(?:\s+(?:{_QUALIFIER_WORDS})\s*)?"
        rf"(?:\s*{percent}(?:\s+(?:{change}))?)?,?\s+from\s+$",
        re.IGNORECASE,
    )


APART = (
    r"(?:in\s+(?:value|volume)|(?:over|during|in|for|across|through)\s+(?:the\s+)?"
    r"(?:(?:last|past|whole|same|first|second|third|fourth|previous)\s+)?"
    r"(?:year|period|quarter|half|month|season)|in\s+(?:19|20)\d\d|"
    r"between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d)"
)
"""Words that may stand between a move's verb (and its percent) and "from A to B" without
making it anything but that move: the measure it is told in ("rose in value from A to B") or
its span of time ("rose over the year, from A to B", "fell sharply in 2031, from A to B", "had
grown between 1994 and 2012, from A to B")."""
MULTIPLE_STEMS = r"halv|doubl|tripl|quadrupl"
"""The stems of the verbs that say a multiple ("halved", "doubling", "tripled"), with the endings of
:data:`MULTIPLE_ENDINGS`: read here before "from A to B" and by
:mod:`aktobe_facts.text.draftmultiple` as the relation's factor."""
MULTIPLE_ENDINGS = r"(?:e|es|ed|ing)"
_REVISED = (
    r"revis(?:ed|es|ing)(?:\s+(?:up|upward|upwards|down|downward|downwards|higher|lower))?|"
    r"rais(?:ed|es|ing)|lift(?:ed|s|ing)|cut|cuts|cutting|lower(?:ed|s|ing)|reduc(?:ed|es|ing)|"
    r"trimm(?:ed|ing)|slash(?:ed|es|ing)|upgrad(?:ed|es|ing)|downgrad(?:ed|es|ing)|"
    rf"(?:{MULTIPLE_STEMS}){MULTIPLE_ENDINGS}"
)
"""A revision before "from A to B" ("was raised from A to B", "revised downward from"), or a verb
of a multiple ("halved from A to B", "more than doubled from"): a figure's old and new value, never
a range."""
_FACTOR = r"(?:\d[\d.,]*|two|three|four|five|six|seven|eight|nine|ten)\s*-?\s*(?:folds?\b|times\b)"
"""A factor after a move's verb ("rose 5fold", "grew 3.1 times", "jumped fourfold"): "from A to B"
after it is the base and the level the factor relates, never a range."""
_WENT = r"went|gone|moved"
"""A move of no way, done, before "from A to B" ("the number of plants went from 60 to 135", "has
gone from"): the old and the new value, never a range (its way, where any, is told by other words:
"an increase of 125%"); never "going from" or "goes from", which may span a range ("estimates
going from $5 billion to $7 billion")."""
_QUALIFIER_WORDS = (
    r"about|nearly|almost|some|around|roughly|over|more\s+than|just\s+over|just\s+under"
)
_RANGE_TO = re.compile(r"\s*\bto\b\s*", re.IGNORECASE)


def changed_from(
    text: str, head: int, start: int, stop: int, stated: Stated
) -> tuple[Stated, int, str] | None:
    """ "rose 23.9 percent from 249.8m to 309.5m barrels", "climbed from A to B": after a word
    of change "from A to B" is the base and the current value, never a range. The first figure
    alone (its reading, where it ends and its value), with the scale and unit written once after
    the second ("249.8m barrels", "210.6 million barrels"): the second is then read on its own."""
    window = max(0, head - 80)
    if (
        _change_from().search(text, window, head) is None
        and not _MOVED_APART.search(text, window, head)
        and not _gapped_move(text, head)
    ):
        return None
    return _first_of_two(text, head, start, stop, stated)


_GAPPED_FROM = lazy(
    r"(?P<from>\bfrom\s+)[-+\u2212]?\d[\d.,]*[^\W\d]{0,3}(?:\s+[a-z]+){0,2}\s+to\s+[-+\u2212]?\d[\d.,]*"
    r"[^\W\d]{0,3}(?:\s+[a-z]+){0,2},?\s+and\s+(?:[^\W\d_][\w'’-]*\s+){1,7}?from\s+$",
    re.IGNORECASE,
)
"""A move "from A to B", then "and" and what else moved, with the verb left out, before "from":
"stays went from 0.1 to 0.2 days, and the average stay of all visitors from" (the second "from
C to D" is a move as the first is, never a range)."""


def _gapped_move(text: str, head: int) -> bool:
    """ "X went from A to B, and Y from C to D": the second pair, whose verb the first's clause
    gives (:data:`_GAPPED_FROM`), where that first "from" follows a word of change."""
    gapped = _GAPPED_FROM.search(text, max(0, head - 200), head)
    if gapped is None:
        return False
    first = gapped.end("from")
    return _change_from().search(text, max(0, first - 80), first) is not None


_MOVED_APART = lazy(
    r"\b(?:rose|fell|grew|grown|risen|fallen|shrank|sank|slid|increased|decreased|declined|"
    r"dropped|jumped|climbed|"
    r"surged|soared|plunged|slumped|tumbled|expanded|contracted|widened|narrowed|"
    r"went\s+(?:up|down))(?:\s+[a-z]+ly)?(?:\s+(?:by\s+)?(?:(?:"
    + _QUALIFIER_WORDS
    + r"|approximately)\s+)?[-+\u2212]?\d[\d.,]*\s*(?:%|percent|per\s+cent|pct))?\s+"
    + APART
    + r",?\s+from\s+$",
    re.IGNORECASE,
)
"""A verb of a move done, perhaps its percent, and its measure or span of time (:data:`APART`)
before "from": "rose in value from A to B", "rose approximately 11% in value from", "fell
sharply in 2031, from". A verb only: a noun of change with such words after it ("an increase over
the year from 5 to 7 percent is expected") may be a range of the change."""
_PAST_CHANGE_BY = lazy(
    r"\b(?:(?:[a-z]+ed|rose|fell|grew|shrank|sank|slid|swung|went\s+(?:up|down))\s+by|"
    r"(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|surged|soared|"
    r"plunged|slumped|tumbled|expanded|contracted|widened|narrowed|went\s+(?:up|down))|"
    r"(?<![\w-])(?:up|down)(?:\s+by)?)\s+$",
    re.I,
)
"""A verb of change in the past, with "by" ("rose by", "decreased by") or a verb of change alone
("increased $0.9 million to $11.6 million"), or "up" and "down" told of a level ("exports, up by
$338 million to $4.7 billion", "were down $2 million to $9 million"): what it did, so "A to B"
after it is the change and the level reached."""
_NOT_DONE = re.compile(
    r"\b(?:be|will|would|could|should|may|might|shall|expected|projected|forecast(?:ed)?|"
    r"planned|set|aims?|seeks?|wants?|hopes?)\b[^.;:]*$",
    re.IGNORECASE,
)
"""Words before the verb that make the change one to come, not one done ("is expected to be
reduced by", "will be cut by", "plans set to be lowered by"): its "A to B" may be a range."""


def changed_by(
    text: str, head: int, start: int, stop: int, stated: Stated
) -> tuple[Stated, int, str] | None:
    """ "rose by US$7.9 million to US$55.4 million", "fell by US$4 to US$281": after a verb of
    change in the past and "by", "A to B" is the size of the change and the level it reached,
    never a range of the change, when both figures are amounts printed with their unit; "is
    expected to grow by 5 to 6 percent", "increased by 20 to 25 percent" and "fell by 4,000 to
    120,000 tonnes" stay ranges.
    The first figure alone, as :func:`changed_from` gives it."""
    unit = stated.unit
    if unit is None or unit.kind == "percent":
        return None  # "increased by 20 to 25 percent", as estimates print it: a range
    verb = _PAST_CHANGE_BY.search(text, max(0, head - 40), head)
    if verb is None or _NOT_DONE.search(text, max(0, verb.start() - 40), verb.start()):
        return None
    first = _first_of_two(text, head, start, stop, stated)
    if first is None or first[2] != " ".join(text[head : first[1]].split()):
        return None  # "fell by 4,000 to 120,000 tonnes": the unit printed once, left a range
    return first


def _first_of_two(
    text: str, head: int, start: int, stop: int, stated: Stated
) -> tuple[Stated, int, str] | None:
    """The first figure of "A to B" alone, with the scale and unit written once after the second."""
    numeral = DIGITS.match(text, start)
    if numeral is None:
        return None
    joiner = _RANGE_TO.search(text, numeral.end(), stop)
    digits = DIGITS.search(text, joiner.end(), stop) if joiner is not None else None
    if joiner is None or digits is None:
        return None
    first = " ".join(text[head : joiner.start()].split())
    tail = " ".join(text[digits.end() : stop].split())
    low = stated.low
    words = tail.split(" ") if tail else []
    glued = not text[digits.end() : digits.end() + 1].isspace()  # "309.5m barrels"
    for cut in range(len(words) + 1):  # "m barrels", "million barrels", "barrels", nothing
        rest = " ".join(words[cut:])
        joint = "" if cut == 0 and glued and first[-1:].isdigit() else " "
        value = first + (joint + rest if rest else "")
        try:
            alone = read(value)
        except GrammarError:
            continue
        same_unit = (alone.unit == low.unit) and alone.per == low.per
        if alone.value == low.value and same_unit and not alone.is_range:
            return alone, joiner.start(), value
    return None
