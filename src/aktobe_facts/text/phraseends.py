"""Where a stated value ends: the longest phrase from its start that the grammar reads (the
number, then a scale word and unit words after it)."""

from __future__ import annotations

import re
from functools import cache

from aktobe_facts.reading.numbers import AFTER_DIRECTIONS, GrammarError, Stated
from aktobe_facts.reading.units import AMBIGUOUS_UNITS, NOT_BARE, known_codes
from aktobe_facts.text.pence import pounds_certain
from aktobe_facts.text.phraseread import currency_aliases, read

_NEXT_WORD = re.compile(r"[^\S\n\r]*((?:[^\s(),;:!?\"“”\[\]]|(?<=\d),(?=\d))+)")
"""A word after a number, on its line: a line break ends a sentence (a headline's "IN 2011" is
no amount of a currency "SAO" on the dateline's next line)."""
_COMPARED_AFTER = re.compile(
    r"\s+(?:than|compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|year-on-year|y/y|yoy)\b",
    re.IGNORECASE,
)
"""After a direction word that belongs to its percent: "19% lower than a year earlier", "17.1
percent less than in 2019", "2.2 percent less compared to the same months" (the sign of a fall,
which the value then carries)."""
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_GLUED_STOP = re.compile(r"([A-Za-z]*[a-z]{2})\.(?=[A-Z][a-z])")
"""A word whose full stop is glued to the next sentence's first word, as pages copied from the web
run sentences together ("25 percent.Exports to the United States rose"): the word ends there, as
the sentence does (:mod:`aktobe_facts.text.sentences`)."""
_SLASH_FIGURE = re.compile(r"(?<=[A-Za-z])/(?=[-+]?[^\s\d/]{0,3}\d)")
"""A slash after a word and before a figure: two figures the slash parts ("the UK (1.9
millions/8.2%)", "Italy (1.3 million/5.5%)": an amount and its share), no word of one unit
("km/h", "$2.5m/unit" keep theirs)."""
_MAX_TAIL = 4  # scale word and unit words after the number: "billion", "square meters per person"


def _ends(text: str, end: int) -> list[int]:
    """Where a phrase may end: after the number, or after each of up to four words that follow
    it (a glued "%", "m" or "th" counts as a word); a full stop ends the sentence."""
    ends = [end]
    position = end
    for _ in range(_MAX_TAIL):
        m = _NEXT_WORD.match(text, position)
        if m is None or text.count("\n", position, m.start(1)) >= 2:
            break  # a blank line ends the paragraph: "2019" of a dateline, "GST" of the next
        word = m.group(1)
        if _INITIALS.fullmatch(word) or word.lower() == "sq.":  # "U.S. dollars", "sq. meters":
            # the full stop ends no sentence
            position = m.end(1)
            continue
        glued = _GLUED_STOP.match(word)
        if glued is not None:  # "slipped 25 percent.Exports to ...": the stop ends the sentence
            ends.append(m.start(1) + glued.end(1))
            break
        slash = _SLASH_FIGURE.search(word)
        if slash is not None:  # "(1.6 million/6.6%)": the slash parts two figures
            ends.append(m.start(1) + slash.start())
            break
        stripped = word.rstrip(".")
        if stripped:
            ends.append(m.start(1) + len(stripped))
        if stripped != word or not stripped:
            break
        position = m.end(1)
    return ends


def _unknown_code(stated: Stated) -> bool:
    """A currency read from three capitals that no currency table knows (a claims file may write
    "XYZ 5 million"; running text's "GST", "VAT" or "CEO" after a number is no currency), nor the
    article's currency words map to (the Slovak koruna of "Sk134 billion", gone in 2009)."""
    unit = stated.unit
    if unit is None or not unit.is_currency or unit.key in _codes():
        return False
    return unit.key not in (currency_aliases() or {}).values()


_SMALL_NUMBER = re.compile(r"\d{1,3}(?:\.\d+)?")


def _word_not_money(phrase: str, stated: Stated) -> bool:
    """A currency word that is also an English word (``NOT_BARE``: "won"), read only through the
    article's currency words, after a number of at most three digits and no scale word: "4 won
    contracts", "180 won by the ruling party" in an article on Korea are verbs; an amount in won is
    written with a scale word or four digits at least ("62 trillion won", "5,000 won")."""
    word = phrase.rsplit(None, 1)[-1].lower()
    if word not in NOT_BARE or stated.scale_word is not None or stated.high is not None:
        return False
    return stated.digits is not None and _SMALL_NUMBER.fullmatch(stated.digits) is not None


@cache
def _codes() -> frozenset[str]:
    return frozenset(known_codes())


_A_TIME_END = re.compile(r"\san?\s+(?:day|week|month|year)$", re.IGNORECASE)
_TIME_AGO = re.compile(
    r"[\s-]+(?:earlier|ago|before|later|after|prior|previously|back)\b", re.IGNORECASE
)
"""After "a year" of a value: a time ago ("a year earlier", "a month before"), no rate."""


_BASIS_POINTS = re.compile(r"bps?\b")
"""Basis points glued to their number ("up 190bp", "+110bp"): the number read as it is when a
space parts them ("up 110 bps"), never a name like "5G"."""
_PENCE = re.compile(r"p\b")
_PENCE_NUMBER = re.compile(r"\d{1,2}(?:\.\d+)?|\d+\.\d+")
"""Pence glued to a number with decimals or of one or two digits ("an interim dividend of 3.7p,
up from 3.5p", "4.10p", "50p"): the number read as it is when a space parts them; never "1080p"."""
_CENTS = re.compile(r"c\b")
"""Cents glued to a number of the same sizes, as the press of the dollar's countries prints them
("the minimum wage rose by 50c", "a fare up 20c"): read as pence are; never "4c" of a
capitalised name ("4C"), nor "1080c"."""


_GLUED_AMBIGUOUS = re.compile(
    rf"(?:{'|'.join(map(re.escape, sorted(AMBIGUOUS_UNITS, key=len, reverse=True)))})\b",
    re.IGNORECASE,
)
"""An abbreviation of two readings glued to the number ("shipped 82.9mt"): the number is read bare,
as "82.9 mt" is, and the phrase's note says which unit to write."""


def _glued_read(text: str, head: int, end: int) -> bool:
    """Letters glued after the number at ``end`` that the number is read without: basis points,
    an abbreviation of two readings (``AMBIGUOUS_UNITS``), or pence or cents after a price-sized
    number."""
    if _BASIS_POINTS.match(text, end) or _GLUED_AMBIGUOUS.match(text, end):
        return True
    number = re.search(r"[\d.,]+$", text[head:end])
    coin = _PENCE.match(text, end) or _CENTS.match(text, end)
    if coin and number and _PENCE_NUMBER.fullmatch(number.group(0)):
        return True
    return bool(_PENCE.match(text, end) and number and pounds_certain(text, end))


def longest(text: str, head: int, end: int) -> tuple[Stated, int] | None:
    """The longest phrase from ``head`` the grammar reads, and where it ends."""
    for stop in reversed(_ends(text, end)):
        if text[head:stop].rsplit(None, 1)[-1].lower() in AFTER_DIRECTIONS and not (
            _COMPARED_AFTER.match(text, stop)
        ):
            continue  # "6.6 percent more compared to ...": the sentence's word, the draft's to read
        if _A_TIME_END.search(text, head, stop) and _TIME_AGO.match(text, stop):
            continue  # "467 billion rupees a year earlier": a time ago, no rate per year
        try:
            stated = read(text[head:stop])
        except GrammarError:
            continue
        if _unknown_code(stated):
            continue  # "2019 GST", "5 VAT": three capitals after a number name no currency here
        if _word_not_money(text[head:stop], stated):
            continue  # "of the 10 bidders, 4 won contracts": a verb, no 4 won
        if stop == end and text[end : end + 1].isalnum() and not _glued_read(text, head, end):
            # letters glued to the number that the grammar does not read: "5G"; a money scale
            # before a slash is read ("$86.11m/IPO")
            return _scale_per(text, head, end)
        return stated, stop
    return None


_SCALE_PER = re.compile(r"(m|mn|mln|b|bn|bln|k|tn|trn)/[A-Za-z]", re.IGNORECASE)
"""A money scale glued after the number, then a slash and what the amount is per ("$86.11m/IPO",
"$2.5m/unit"): the slash's word joins the scale into one word the grammar does not read (InvestingPort
on the WFE's 2023 year, sweep O's held batch, a separate commit after it: "$86.11m/IPO and
$88.11m/IPO" were left unread and warned)."""


def _scale_per(text: str, head: int, end: int) -> tuple[Stated, int] | None:
    """The amount with its money scale before a slash ("$86.11m" of "$86.11m/IPO"), only where a
    currency makes the letter a scale ("30m/s" is metres per second, no amount)."""
    m = _SCALE_PER.match(text, end)
    if m is None:
        return None
    stop = end + len(m.group(1))
    try:
        stated = read(text[head:stop])
    except GrammarError:
        return None
    if stated.unit is None or not stated.unit.is_currency or not stated.exponent:
        return None
    return stated, stop
