"""Whether a drafted growth above 100 percent is a growth or may be an index (the level as a
percent of the base period, 100 being no change): the index-or-growth check warns on each one
worded as an increase, and the draft settles it where the words and the economy do.

Where the words name the change ("an increase of 102%", "rose 150 percent": :func:`~aktobe_facts.
text.draftwords.names_the_change`) the percent is the size of the change, a growth: the draft
writes ``means = "relative"``, which the check reads as the editor's word that it is a growth.
The warning stays where the words leave it open ("growth of 104.5 percent"), where an amount of
change is joined to it ("up 115% or 1,129 billion tenge": the two figures tell the readings apart,
for the editor to tie), and in articles whose figures are in the currency of an economy whose
statistics office publishes indices (the level as a percent of the same period a year before,
"104.5 percent"): the statistics committees of Russia, Belarus, Ukraine, Moldova and the Caucasus
and Central Asian states report growth this way, and news written from their releases words an
index as an increase ("investment increased by 141.2 percent" for an index of 141.2).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from aktobe_facts.reading.numbers import GrammarError, Stated, parse
from aktobe_facts.text import draftwords as words
from aktobe_facts.text.phrases import Phrase
from aktobe_facts.text.sentences import Span

INDEX_CURRENCIES = frozenset(
    {"RUB", "BYN", "BYR", "UAH", "MDL", "GEL", "AMD", "AZN", "KZT", "UZS", "KGS", "TJS", "TMT"}
)
"""The currencies of the economies whose statistics offices publish growth as an index."""


def named_rise(text: str, sentence: Span, phrase: Phrase, kind: str | None) -> bool:
    """A growth above 100 percent whose words name the change and join no amount of change to
    it: a growth, not an index (before the article's economy is asked: :func:`index_economy`)."""
    stated = phrase.stated
    if kind != "growth" or stated.negative or stated.value <= 100:
        return False
    joined = _OR_AMOUNT.match(text, phrase.outer_end, sentence[1]) or _AMOUNT_OR.search(
        text, sentence[0], phrase.start
    )
    return joined is None and words.names_the_change(text, sentence, phrase)


_OR_AMOUNT = re.compile(r"\s*+(?:,\s*+)?(?:\(\s*+)?or\s+\S*\d")
"""After the percent, its amount after "or" (", or 1,129", "(or $4.7"): each run of spaces read
once, parted by the comma or the bracket (three runs beside them split a run of n spaces or
newlines n * n ways: cubic)."""
_AMOUNT_OR = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d(?:,|\s+or\b))\d\S*(?:\s+[A-Za-z]+){0,2},?\s+or\s+$"
)
"""An amount of change joined to the percent by "or" ("up 115% or 1,129 billion", "a $4.7 billion
or 19.4% rise"): the two figures tell a growth from an index; never a year that dates the level
before ("a record $218.8 million in March 2031, or nearly 125% higher than a year earlier")."""


def index_economy(phrases: Iterable[Phrase]) -> bool:
    """The article states a figure, or a figure's counterpart ("$2 billion (920 billion
    tenge)"), in the currency of an economy that publishes indices."""
    keys = (k for p in phrases for k in (_key(p.stated), *map(_read, p.counterparts)))
    return any(k in INDEX_CURRENCIES for k in keys)


def _key(stated: Stated) -> str | None:
    return None if stated.unit is None else stated.unit.key


def _read(counterpart: str) -> str | None:
    try:
        return _key(parse(counterpart))
    except GrammarError:
        return None
