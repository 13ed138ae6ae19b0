"""Stated values in running text: where an article writes a number, and the value as a claims file
writes it ("more than 1,100", "646.8 billion tenge" with its counterpart "US$1.5 billion").

The numerals are those :func:`aktobe_facts.text.textnums.numerals` finds (the ones the coverage check
counts). Each is read with :func:`aktobe_facts.reading.numbers.parse`, so what is found here is what the
loader accepts: the scanner only proposes where a phrase starts and ends (a qualifier before the
number, a currency sign, a scale word and unit words after it) and the grammar decides.

Every numeral that is not a value is returned in :attr:`Scan.left` with the reason: a year, a year
range or date (periods), digits inside a name ("109-Aqtobe", "COVID-19") or a time ("10:30"), an
ordinal that ranks nothing ("the first nine months"), a number word that counts nothing ("two of
them"), and what the grammar cannot read ("5G", "10–5 million").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from msgspec import Struct

from aktobe_facts.reading.changewords import CHANGE_NOUNS, FALL_NOUNS, RISE_NOUNS
from aktobe_facts.reading.numbers import (
    AFTER_DIRECTIONS,
    FALL_WORDS,
    HYPHEN_SCALE,
    RISE_WORDS,
    GrammarError,
    Qualifier,
    Stated,
    parse,
)
from aktobe_facts.reading.units import (
    AMBIGUOUS_UNITS,
    known_codes,
    lookup_prefix_currency,
    sign_before,
)
from aktobe_facts.text.barechange import bare_change
from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.doubledigits import double_digits
from aktobe_facts.text.scaleleft import scaled
from aktobe_facts.text.sharednoun import shared_noun
from aktobe_facts.text.textnums import Span, numerals
from aktobe_facts.text.unitleft import restated

YEAR = re.compile(r"(?<![\w.,$€£¥₸₽])(?:1[89]\d\d|20\d\d|2100)(?![\w$€£%]|[.,]\d)")
"""A four-digit year from 1800 to 2100 written alone (no separators, no sign, no decimals)."""

_RANKED = re.compile(
    r"\s*[-‐]?\s*(largest|biggest|smallest|highest|lowest|most|least|best|worst|place|"
    r"richest|poorest|busiest|longest|oldest)\b",
    re.IGNORECASE,
)
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
_MADE_UP = re.compile(
    r"\b(?:make|makes|made|making|take|takes|took|taken|taking|use|uses|used|using|eat|eats|ate|"
    r"eaten|eating)\s+up$",
    re.IGNORECASE,
)
"""A verb whose "up" is its own, not a rise: "made up 65.1 percent", "took up 27.8 percent"."""
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_QUALIFIER_WORD = re.compile(r"([~\w.]+)\s+")
_MAX_TAIL = 4  # scale word and unit words after the number: "billion", "square meters per person"

# Why a numeral is not a value (the keys of Left.why).
YEAR_LEFT = "year"
PERIOD_LEFT = "period"
DATE_LEFT = "date"
NAME_LEFT = "name"
ADDRESS_LEFT = "address"
ORDINAL_LEFT = "ordinal"
WORD_LEFT = "word"
UNREAD_LEFT = "unread"


class Phrase(Struct, frozen=True):
    """One stated value of the text. ``text[start:end]`` is the value as written."""

    start: int
    end: int
    value: str  # as a claims file writes it (spaces normalised, the qualifier in lower case)
    stated: Stated
    counterparts: tuple[str, ...] = ()  # "US$1.5 billion", or "US$" from a following "(US$)"
    outer_end: int = 0  # the end including the counterpart's closing parenthesis
    parenthesised: bool = False  # the phrase stands alone in parentheses: "(49 percent)"
    note: str | None = None  # how the draft read it, for the editor: "printed ... with no currency"


class Left(Struct, frozen=True):
    """A numeral that is not a value, and why (one of the ``*_LEFT`` names)."""

    span: Span
    why: str


class Scan(Struct, frozen=True):
    phrases: tuple[Phrase, ...]
    left: tuple[Left, ...]


_ALIASES: ContextVar[dict[str, str] | None] = ContextVar("aktobe_facts_text_aliases", default=None)


@contextmanager
def currency_words(aliases: Mapping[str, str]) -> Iterator[None]:
    """Read the values of running text with these currency words (an article's ``[settings]
    currencies``: "sh" for the Kenyan shilling in an article about Kenya), as the claims file
    written from it will be read."""
    token = _ALIASES.set(dict(aliases) or None)
    try:
        yield
    finally:
        _ALIASES.reset(token)


def read(value: str) -> Stated:
    """``value`` read by the grammar with the currency words in force (:func:`currency_words`)."""
    return parse(value, aliases=_ALIASES.get())


def scan(text: str) -> Scan:
    """Every stated value of ``text``, in order, and every other numeral with the reason."""
    found: list[Phrase] = []
    left: list[Left] = []
    taken_until = 0
    for whole in numerals(text):
        span: Span | None = whole
        while span is not None:
            if span.start < taken_until:
                break  # inside the previous phrase or its counterpart
            result = _read(text, span)
            if not isinstance(result, Phrase):
                left.append(Left(span, result))
                break
            found.append(result)
            taken_until = result.outer_end
            span = _rest_of(text, whole, taken_until)
    found = sorted([*found, *double_digits(text, read)], key=lambda p: p.start)
    return Scan(tuple(restated(text, scaled(text, found, read), read)), tuple(left))


def _rest_of(text: str, span: Span, position: int) -> Span | None:
    """The numeral after ``position`` inside ``span``, when a phrase took only the first of the
    two its words join ("rose from 210.6 million to 255.7 million": the base, then the current
    value)."""
    if position >= span.end:
        return None
    numeral = _DIGITS.search(text, position, span.end)
    if numeral is None:
        return None
    return Span(numeral.start(), span.end, text[numeral.start() : span.end], "number")


_MONTH_NAME = MONTH_NAMES + r"\.?"
_MONTH_BEFORE = re.compile(rf"\b{_MONTH_NAME}\s+$", re.IGNORECASE)
_DAY_END = re.compile(
    r"(?:st|nd|rd|th)?(?:\s*[,.;:)]|\s+(?:\d{4}|the|a|an|when|that|it|and|to|at|in|on|as|with|"
    r"by|for|from|after|before|this|last|next)\b|\s*$|\s*\([A-Z][\w&.’' -]{0,30}\)\s*[-–—]|"
    r"\s+[-–—]\s|\s*/)",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}(?![a-z])", re.IGNORECASE)
_DAY_SPAN_BEFORE = re.compile(
    rf"\b{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|through|until|till|[-–—])\s*$",
    re.IGNORECASE,
)
"""A month's first day of a span of days before its last ("from Oct. 1 to 20")."""
_DAYS = re.compile(r"(\d{1,2})\s*[-–—]\s*(\d{1,2})")
_ON_MONTH_BEFORE = re.compile(
    rf"\b(?:(?:on|as\s+of|since|until|till)\s+{_MONTH_NAME}\s+|{MONTH_NAMES}\.)$", re.IGNORECASE
)
"""A month after a word that names a day ("the rate on Nov 19 is", "as of March 1"), or a month's
short name and its point glued to the number ("for Oct.28 is"): the number is its day, whatever
follows."""


def _day_of_month(text: str, span: Span) -> bool:
    """A day of a month written with its month: "May 19, 2022", "on March 3 the", "19 May",
    "the 3rd of March", "on Nov 19 is", a dateline's "Nov 19 /Trend/" (a number of 1 to 31). "in
    March 12 projects" is no date: after the month and its day comes a comma, a year, the end or
    a word that no count stands before."""
    digits = re.sub(r"(?:st|nd|rd|th)$", "", span.text)
    if not digits.isdigit() or not 1 <= int(digits) <= 31:
        return False
    if _MONTH_AFTER.match(text, span.end) or _ON_MONTH_BEFORE.search(
        text, max(0, span.start - 20), span.start
    ):
        return True
    if _DAY_SPAN_BEFORE.search(text, max(0, span.start - 24), span.start):
        return bool(_DAY_END.match(text, span.end))  # "from Oct. 1 to 20, down 2.9%"
    return bool(_MONTH_BEFORE.search(text, max(0, span.start - 12), span.start)) and bool(
        _DAY_END.match(text, span.end)
    )


def _days_of_month(text: str, span: Span) -> bool:
    """A span of days right after its month ("the Dec. 1-20 period"): two days of 1 to 31, the
    first before the second (a date where no unit follows)."""
    days = _DAYS.fullmatch(span.text)
    if days is None or not 1 <= int(days.group(1)) < int(days.group(2)) <= 31:
        return False
    return bool(_MONTH_BEFORE.search(text, max(0, span.start - 12), span.start))


def _read(text: str, span: Span) -> Phrase | str:
    start, end = span.start, span.end
    if address_at(text, start, end) is not None:
        return ADDRESS_LEFT
    if span.kind == "date" or (span.kind in ("number", "ordinal") and _day_of_month(text, span)):
        return DATE_LEFT
    if span.kind == "range" and re.fullmatch(r"\d{4}\s*[-–—]\s*\d{4}", span.text):
        return PERIOD_LEFT
    if span.kind == "range" and _days_of_month(text, span):
        ranged = _phrase(text, start, end)
        if ranged is None or ranged.stated.unit is None:  # "May 10-12 percent" is no date
            return DATE_LEFT
    if span.kind == "year" and not (YEAR.fullmatch(span.text) and _amount_after(text, start, end)):
        return YEAR_LEFT
    hyphened = _hyphen_percent(text, span)
    if hyphened is not None:
        return hyphened
    bare = bare_change(text, start, end) if span.kind == "number" else False
    if bare is True:
        return UNREAD_LEFT  # "a 5 increase": 5 of what, the words do not say
    if bare:  # "an 11.43 increase over $953 million": a percent with no sign
        value, stop, note = bare
        return Phrase(start, stop, value, read(value), (), stop, note=note)
    if span.kind in ("number", "year") and _in_name(text, start, end):
        return NAME_LEFT
    if span.kind == "ordinal" and not _RANKED.match(text, end):
        return ORDINAL_LEFT  # "the first nine months": not a rank
    phrase = _phrase(text, start, end)
    if phrase is None or _list_or_decimal(phrase.stated):
        return UNREAD_LEFT
    if _glued_name(text, phrase):
        return NAME_LEFT  # "the EU27", "G20": letters glued to digits with no unit or scale
    if span.kind == "word" and phrase.stated.unit is None and not _names_things(text, phrase):
        return WORD_LEFT
    return phrase


_GLUED_LETTERS = re.compile(r"(?<![\w$€£¥])(?![QH]\d)(?!FY)[A-Z][A-Za-z]*$")
"""Capitals glued before a number's digits, as a name writes them ("EU27", "G20", "COVID19"); a
quarter or half ("Q1", "H2") and a fiscal year ("FY19") are periods."""


def _glued_name(text: str, phrase: Phrase) -> bool:
    """The phrase's digits are glued to a name's letters ("the EU27 came to"): no figure, when the
    letters are no currency sign (the phrase would start before them) and the number has no scale
    word or unit of its own ("K32.1 billion" and "Shs264 billion" stay amounts)."""
    stated = phrase.stated
    if stated.unit is not None or stated.exponent or stated.per is not None:
        return False
    if not text[phrase.start : phrase.start + 1].isdigit():
        return False
    return _GLUED_LETTERS.search(text, max(0, phrase.start - 12), phrase.start) is not None


def _list_or_decimal(stated: Stated) -> bool:
    """ "1,2" with no unit and no scale: a list ("items 1,2 and 3") as much as a decimal comma, so
    the editor decides; "20,3%", "12,7 million", "$12,7" can only be a decimal comma."""
    return stated.decimal_comma and stated.unit is None and not stated.exponent


_HYPHEN_PERCENT = re.compile(r"[-‐](percent|per[-‐ ]cent)\b", re.IGNORECASE)


def _hyphen_percent(text: str, span: Span) -> Phrase | None:
    """ "a 7.5-percent increase": the percent joined to its number as an adjective, written "7.5
    percent" (the grammar reads no hyphen there); digits only, never a name. With "a" before and
    a noun of change after, the change with its direction: "a 34-percent decline" is "a 34
    percent decline", a fall of 34 percent."""
    m = _HYPHEN_PERCENT.match(text, span.end)
    if span.kind != "number" or m is None or not span.text[:1].isdigit():
        return None
    value, start, end = f"{span.text} percent", span.start, m.end()
    try:
        stated = read(value)
    except GrammarError:
        return None
    noun = _noun_of_change(text, start, end, value, stated)
    if noun is not None:
        stated, start, end, value = noun
    return Phrase(start, end, value, stated, (), end)


def _noun_of_change(
    text: str, head: int, stop: int, value: str, stated: Stated
) -> tuple[Stated, int, int, str] | None:
    """ "a 7 per cent drop", "a 7% fall", "an 8 percent rise": a percent between "a" and a noun
    of change is that change with its direction, as the verb of change gives it ("dropped 7 per
    cent"): the reading, where it starts and ends, and its value."""
    unit = stated.unit
    if unit is None or stated.direction is not None:
        return None
    money = unit.is_currency  # "a €33 million fall": an amount, by the nouns of a change alone
    if unit.kind not in ("percent", "points") and not money:
        return None
    article = _ARTICLE_BEFORE.search(text, max(0, head - 4), head)
    noun = _CHANGE_NOUN_AFTER.match(text, stop)
    if article is None or noun is None or (money and noun.group(1).lower() not in _MOVES):
        return None
    changed = f"{article.group(1).lower()} {value} {noun.group(1).lower()}"
    try:
        return read(changed), article.start(1), noun.end(1), changed
    except GrammarError:
        return None


_ARTICLE_BEFORE = re.compile(r"\b(an?)\s+$", re.IGNORECASE)
_CHANGE_NOUN_AFTER = re.compile(
    r"\s+(?:(?:year-on-year|year-over-year|y/y|yoy|annual|yearly|month-on-month|"
    rf"quarter-on-quarter)\s+)?({CHANGE_NOUNS})\b",
    re.IGNORECASE,
)
"""A noun of change right after "a 34-percent", or after the words of the period it is reckoned
over ("a 19.5% year-on-year drop"): its direction is the figure's."""
_MOVES = frozenset(
    ("rise", "increase", "jump", "surge", "climb", "leap", "rebound", "fall", "drop", "decline",
     "decrease", "dip", "slide", "slump", "plunge", "tumble", "reduction")
)  # fmt: skip
"""The nouns of change that make an amount before them a change ("a $2 billion drop"); not those
that name a sum of its own ("a $2 billion loss", "gain", "cut", "boost", "a $1 billion
expansion" of a plant)."""


_SCALE_LETTERS = re.compile(r"(?:[kmb]|bn|mn|tn|trn|mln|bln)\b", re.IGNORECASE)
"""A scale's letters glued after a number ("PGK30m", "Rwf5bn"): an amount, never a name's end."""


def _in_name(text: str, start: int, end: int) -> bool:
    """Digits inside a name or a time: "109-Aqtobe", "COVID-19", "10:30", "24/7", or between
    letters of one word ("Naija247news", an outlet's name)."""
    after, before = text[end : end + 2], text[max(0, start - 2) : start]
    if before[-1:].isalpha() and after[:1].isalpha() and not _SCALE_LETTERS.match(text, end):
        return True
    if HYPHEN_SCALE.match(text, end):
        return False  # "a $5-billion deal": a figure, its scale joined by a hyphen
    return bool(
        re.match(r"[-‐][A-Za-z]|[:/]\d", after) or re.search(r"[A-Za-z][-‐]$|\d[:/]$", before)
    )


_ADDRESS = re.compile(
    r"[a-z][\w+.-]*://|www\.|[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,24}/", re.IGNORECASE
)
"""The start of a web address: a scheme, "www.", or a host name with a path
("in.reuters.com/article/...", "avas.mv/en/128658"); "U.S./China" is none (its last label has
one letter)."""
_ADDRESS_REACH = 300
"""How far before a numeral the start of the address it may be in is looked for."""


def address_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The web address a numeral is in ("...-idINL3N1C529N", "archives/2021/09/08"), as a text
    copied from a web page carries its address: no figure, and no period of the article."""
    low = max(0, start - _ADDRESS_REACH)
    head = max(text.rfind(" ", low, start), text.rfind("\n", low, start)) + 1
    if not any(mark in text[head:end] for mark in ("/", ":", "www.")):
        return None  # a numeral at a word's start, or in a word with no address mark: most
    while head < end and text[head] in "([<\"'":
        head += 1
    if _ADDRESS.match(text, head, end) is None:
        return None
    stop = end
    while stop < len(text) and not text[stop].isspace():
        stop += 1
    while stop > end and text[stop - 1] in ")]>\"'.,;:":
        stop -= 1
    return head, stop


def _amount_after(text: str, start: int, end: int) -> bool:
    """A year-like number that is an amount: "2020 tenge", "1900 million", "2000 percent"; never
    the low end of a range whose high is written another way (:func:`_high_apart`)."""
    found = _longest(text, start, end)
    if found is None:
        return False
    if found[0].high is not None and _high_apart(text, end, found[1]):
        return False
    unit = found[0].unit
    return found[0].exponent > 0 or (unit is not None and unit.kind in ("currency", "percent"))


_RANGE_HIGH = re.compile(r"\s*(?:to|[-–—])\s*(?P<sign>[^\d\s]*)(?P<digits>\d[\d.,'’\u00a0\u202f]*)")


def _high_apart(text: str, end: int, stop: int) -> bool:
    """The high end of "2020 to ..." is written unlike a year's plain four digits: with a
    currency sign before it or its thousands grouped ("rose in March 2020 to K8,164.9 million",
    "from January to September 2017 to US$4,866.4 million"): the year is the period of the
    figure after it, never the low end of a range (a range prints its two ends alike)."""
    m = _RANGE_HIGH.match(text, end, stop)
    if m is None:
        return False
    digits = m.group("digits").rstrip(".,")
    return bool(m.group("sign")) or any(ch in _GROUPS for ch in digits)


def _names_things(text: str, phrase: Phrase) -> bool:
    """A number word followed by what it counts ("three grants"), not "two of them"."""
    following = _NOUN_AFTER.match(text, phrase.end)  # no copy of the rest of the text
    return following is not None and following.group(1) not in _NOT_NOUNS


_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]*s)\b")
_NOT_NOUNS = frozenset({"is", "was", "has", "does", "as", "its", "this", "thus", "plus", "less"})


_SPACED_MINUS = re.compile(r":[ \t]*[-−] $")
"""A minus then one space before a figure right after a colon ("deficit: - 9.2 billion Fcfa"),
never at a line's start (a list's bullet) nor between words (a dash between clauses)."""


def _phrase(text: str, start: int, end: int) -> Phrase | None:
    head = _prefix_start(text, start)
    if head > 0 and text[head - 1] in "-−" and (head == 1 or text[head - 2].isspace()):
        head -= 1  # a minus sign (never an opening parenthesis: "(US$5 million)" is positive)
    elif head > 2 and _SPACED_MINUS.search(text, max(0, head - 12), head):
        head -= 2  # "balance: - 9.2 billion": after a colon no dash joins two clauses
    found = _longest(text, head, end)
    if found is None:
        return None
    stated, stop = found
    if head == start and _unread_sign(text, start, stated):
        return None  # "Shs264 billion" with no country named: never a count, nor another's money
    value = " ".join(text[head:stop].split())
    note = None
    if stated.is_range:
        changed = _changed_from(text, head, start, stop, stated) or _changed_by(
            text, head, start, stop, stated
        )
        if changed is not None:
            printed = " ".join(text[head : changed[1]].split())
            stated, stop, value = changed
            if value != printed:
                note = f'printed "{printed}" with the unit of the figure after it: {value}'
    elif _GLUED_M.fullmatch(value) is not None:
        unit_pair = _paired_unit(text, head, stop, value)
        if unit_pair is not None:
            stated, note, value = unit_pair
    ranged = _between(text, head, end)
    qualified = _qualifier(text, head, stop, stated) if ranged is None else None
    if ranged is not None:
        stated, head, stop = ranged
        value = " ".join(text[head:stop].split())
        value = value[:1].lower() + value[1:]  # "Between" at the start of a sentence
    elif qualified is not None:
        stated, head, words = qualified
        written = " ".join(text[head:stop].split()).split(" ")
        value = " ".join([w.lower() for w in written[:words]] + written[words:])
    else:
        timed = _timed_change(text, head, stop)
        if timed is not None:
            stated, head, value = timed
        else:
            noun = _noun_of_change(text, head, stop, value, stated)
            shared = None if noun else shared_noun(text, head, stop, value, stated, read)
            if noun is not None:
                stated, head, stop, value = noun
            elif shared is not None:  # "the 16.9 percent and 10.3 percent reductions"
                stated, stop, value, note = shared
    outer_end = stop
    counterparts: tuple[str, ...] = ()
    paired = (
        _counterpart(text, stop, stated)
        or _or_counterpart(text, stop, stated)
        or _counterpart_after_noun(text, stop, stated)
    )
    if paired is not None:
        counterparts, outer_end = paired
    unit_after = _WORD_AFTER.match(text, stop) if stated.unit is None else None
    if unit_after is not None and unit_after.group(1).lower() in AMBIGUOUS_UNITS:
        word = unit_after.group(1)
        note = f'printed "{value} {word}": "{word}" is {AMBIGUOUS_UNITS[word.lower()]}'
    parenthesised = text[head - 1 : head] == "(" and text[stop : stop + 1] == ")"
    return Phrase(head, stop, value, stated, counterparts, outer_end, parenthesised, note)


@cache
def _change_from() -> re.Pattern[str]:
    """A word of change or revision, perhaps with its percent, then "from": "rose 23.9 percent
    from", "climbed from", "an increase of 12% from", "a 5 percent drop from", "raised from"."""
    words = sorted({*RISE_WORDS, *FALL_WORDS, *AFTER_DIRECTIONS}, key=len, reverse=True)
    change = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + "|" + _REVISED
    percent = r"[-+−]?\d[\d.,]*\s*(?:%|percent|per\s+cent|pct)"
    return re.compile(
        rf"\b(?:{change})(?:\s+[a-z]+ly)?(?:\s+by)?(?:\s+(?:{_QUALIFIER_WORDS})\s*)?"
        rf"(?:\s*{percent}(?:\s+(?:{change}))?)?,?\s+from\s+$",
        re.IGNORECASE,
    )


_REVISED = (
    r"revis(?:ed|es|ing)(?:\s+(?:up|upward|upwards|down|downward|downwards|higher|lower))?|"
    r"rais(?:ed|es|ing)|lift(?:ed|s|ing)|cut|cuts|cutting|lower(?:ed|s|ing)|reduc(?:ed|es|ing)|"
    r"trimm(?:ed|ing)|slash(?:ed|es|ing)|upgrad(?:ed|es|ing)|downgrad(?:ed|es|ing)"
)
"""A revision before "from A to B" ("was raised from A to B", "revised downward from"): a
figure's old and new value, never a range."""
_QUALIFIER_WORDS = (
    r"about|nearly|almost|some|around|roughly|over|more\s+than|just\s+over|just\s+under"
)
_RANGE_TO = re.compile(r"\s*\bto\b\s*", re.IGNORECASE)
_DIGITS = re.compile(r"\d[\d.,\u00a0\u202f'’]*")


def _changed_from(
    text: str, head: int, start: int, stop: int, stated: Stated
) -> tuple[Stated, int, str] | None:
    """ "rose 23.9 percent from 249.8m to 309.5m barrels", "climbed from A to B": after a word
    of change "from A to B" is the base and the current value, never a range. The first figure
    alone (its reading, where it ends and its value), with the scale and unit written once after
    the second ("249.8m barrels", "210.6 million barrels"): the second is then read on its own."""
    if _change_from().search(text, max(0, head - 80), head) is None:
        return None
    return _first_of_two(text, head, start, stop, stated)


_PAST_CHANGE_BY = re.compile(
    r"\b(?:(?:[a-z]+ed|rose|fell|grew|shrank|sank|slid|swung|went\s+(?:up|down))\s+by|"
    r"(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|surged|soared|"
    r"plunged|slumped|tumbled|expanded|contracted|widened|narrowed|went\s+(?:up|down)))\s+$",
    re.I,
)
"""A verb of change in the past, with "by" ("rose by", "decreased by") or a verb of change alone
("increased $0.9 million to $11.6 million"): what it did, so "A to B" after it is the change and
the level reached."""
_NOT_DONE = re.compile(
    r"\b(?:be|will|would|could|should|may|might|shall|expected|projected|forecast(?:ed)?|"
    r"planned|set|aims?|seeks?|wants?|hopes?)\b[^.;:]*$",
    re.IGNORECASE,
)
"""Words before the verb that make the change one to come, not one done ("is expected to be
reduced by", "will be cut by", "plans set to be lowered by"): its "A to B" may be a range."""


def _changed_by(
    text: str, head: int, start: int, stop: int, stated: Stated
) -> tuple[Stated, int, str] | None:
    """ "rose by US$7.9 million to US$55.4 million", "fell by US$4 to US$281": after a verb of
    change in the past and "by", "A to B" is the size of the change and the level it reached,
    never a range of the change, when both figures are amounts printed with their unit; "is
    expected to grow by 5 to 6 percent", "increased by 20 to 25 percent" and "fell by 4,000 to
    120,000 tonnes" stay ranges.
    The first figure alone, as :func:`_changed_from` gives it."""
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
    numeral = _DIGITS.match(text, start)
    if numeral is None:
        return None
    joiner = _RANGE_TO.search(text, numeral.end(), stop)
    digits = _DIGITS.search(text, joiner.end(), stop) if joiner is not None else None
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


_GLUED_M = re.compile(r"\d[\d.,]*[mkb]", re.IGNORECASE)
_PAIR_WORDS = r"(?:from|to|and|against|versus|vs\.?|compared\s+(?:with|to))"
_PAIR_QUALIFIER = r"(?:(?:just\s+)?(?:under|over|about|nearly|around|some|almost)\s+)?"
_PAIR_AFTER = re.compile(rf"\s+{_PAIR_WORDS}\s+{_PAIR_QUALIFIER}(\d[\d.,]*)([mkb])(?=\s)")
_PAIR_BEFORE = re.compile(
    rf"(\d[\d.,]*)([mkb])((?:\s+[^\W\d_]+){{1,3}}?)\s+{_PAIR_WORDS}\s+{_PAIR_QUALIFIER}$"
)


def _paired_unit(text: str, head: int, stop: int, value: str) -> tuple[Stated, str, str] | None:
    """ "rose to 309.5m from 249.8m barrels", "from 249.8m barrels to 309.5m": a number with a
    glued "m" (or "k", "b") and no unit, read as metres alone, whose pair across "from", "to" or
    "and" has the same letter before a unit that is no length: the letter is its scale too and
    the unit is the pair's (the reading, a note for the editor and the value)."""
    letter = value[-1].lower()
    after = _PAIR_AFTER.match(text, stop)
    before = _PAIR_BEFORE.search(text, max(0, head - 60), head)
    candidates = []
    if after is not None and after.group(2).lower() == letter:
        found = _longest(text, after.start(1), after.end(1))
        if found is not None:
            candidates.append(text[after.end(2) : found[1]])
    if before is not None and before.group(2).lower() == letter:
        candidates.append(before.group(3))
    for words in candidates:
        unit_words = " ".join(words.split())
        if not unit_words:
            continue
        try:
            paired = read(f"{value} {unit_words}")
        except GrammarError:
            continue
        unit = paired.unit
        if (
            unit is not None
            and unit.kind not in ("length", "percent", "points")
            and paired.exponent
        ):
            note = f'printed "{value}" with the unit of the figure it is paired with: {value} {unit_words}'
            return paired, note, f"{value} {unit_words}"
    return None


_WORD_AFTER = re.compile(r"\s+(\w+)\b")
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND_NUMBER = re.compile(r"\s+and\s+(?:\S{0,4}?)(\d[\d,.'’]*)", re.IGNORECASE)


def _between(text: str, head: int, end: int) -> tuple[Stated, int, int] | None:
    """ "between 10 and 15 percent": a range from "between" to the end of the phrase after "and"
    (the reading, where it starts and where it ends)."""
    before = _BETWEEN.search(text, max(0, head - 12), head)
    second = _AND_NUMBER.match(text, end)
    if before is None or second is None:
        return None
    found = _longest(text, before.start(), second.end(1))
    if found is None or not found[0].is_range:
        return None
    return found[0], before.start(), found[1]


def _prefix_start(text: str, start: int) -> int:
    """Where a currency sign or code written before the number starts ("US$1.5", "USD 5")."""
    for length in range(7, 0, -1):
        begin = start - length
        if begin < 0:
            continue
        # a sign is at most 6 characters ("U.S. $"), then a space or none, then the number: 16
        # are enough to read it (a copy of the rest of the text for each numeral made the scan
        # quadratic)
        spec, used = lookup_prefix_currency(text[begin : begin + 16], aliases=_ALIASES.get())
        gap = text[begin + used : start]
        if spec is None or (gap and not gap.isspace()):
            continue
        if begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "$"):
            continue
        return begin
    return start


_MONEY_SIGNS = "$¢£¤¥֏৳฿﷼＄￠￡￥"
"""Currency symbols outside the block U+20A0-U+20CF (which holds "₦", "₵", "₹", ...)."""
_GROUPS = ",'’\u00a0\u202f"


def _unread_sign(text: str, start: int, stated: Stated) -> bool:
    """An amount whose currency sign the grammar does not read: letters or a currency symbol
    glued to a number with a scale or thousands separators ("Shs264 billion" where no country
    of the shilling is named, "Zk5 billion", "XQ$5 billion", "Tk5,000"), or a sign of several
    currencies no country of the article decides ("Shs 264 billion", "R 12.5 billion"). "N95",
    "CO2", "A4", "G20 leaders" stay numbers."""
    numeral = _DIGITS.match(text, start)
    grouped = numeral is not None and any(ch in _GROUPS for ch in numeral.group())
    if not (stated.exponent or grouped):
        return False  # "at KM 12", "N95": no amount
    before = text[start - 1 : start]
    if before and (before.isalpha() or before in _MONEY_SIGNS or "\u20a0" <= before <= "\u20cf"):
        return True
    return sign_before(text, start) is not None  # "kr.5 billion", "Shs 264 billion"


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
    return unit.key not in (_ALIASES.get() or {}).values()


@cache
def _codes() -> frozenset[str]:
    return frozenset(known_codes())


_A_TIME_END = re.compile(r"\san?\s+(?:day|week|month|year)$", re.IGNORECASE)
_TIME_AGO = re.compile(
    r"[\s-]+(?:earlier|ago|before|later|after|prior|previously|back)\b", re.IGNORECASE
)
"""After "a year" of a value: a time ago ("a year earlier", "a month before"), no rate."""


def _longest(text: str, head: int, end: int) -> tuple[Stated, int] | None:
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
        if stop == end and text[end : end + 1].isalnum():
            return None  # letters glued to the number that the grammar does not read: "5G"
        return stated, stop
    return None


def _qualifier(text: str, head: int, stop: int, bare: Stated) -> tuple[Stated, int, int] | None:
    """A qualifier right before the phrase ("more than", "Some"), or words that sign it ("an
    outflow of"): the reading with them, where it starts and how many words it has."""
    words: list[re.Match[str]] = []
    position = head
    window = text[max(0, head - 40) : head]
    offset = head - len(window)
    for m in reversed(list(_QUALIFIER_WORD.finditer(window))):
        if offset + m.end() != position:
            break
        words.insert(0, m)
        position = offset + m.start()
        if len(words) == 4:  # "picked up sharply by"
            break
    for count in range(len(words), 0, -1):
        first = offset + words[-count].start()
        try:
            stated = read(" ".join(text[first:stop].split()))
        except GrammarError:
            continue
        if stated.direction is not None and _MADE_UP.search(text, max(0, first - 12), first + 2):
            continue  # "made up 65.1 percent of exports", "took up": a share, not a rise
        if words[-count].group(1).lower() in _CHANGE_NOUNS and _FIGURE_END.search(
            text, max(0, first - 24), first
        ):
            return None  # "a 5 percent rise over $10 million": the rise is the figure before's
        during = stated.unit is not None and stated.unit.kind == "time"
        if during and words[-count].group(1).lower() in ("over", "under"):
            continue  # "over three years" is a span of time, not "more than three years"
        if stated.qualifier == Qualifier.UPPER and _DESTINATION.search(
            text, max(0, first - 40), first
        ):
            continue  # "rose by 11.1 percent up to $12.072 billion": the value it rose to
        if stated.qualifier is not None or stated.direction is not None:
            return stated, first, count  # "more than 5", "down by 70%"
        if stated.negative != bare.negative:
            return stated, first, count  # "an outflow of 164.1 million euro"
    return None


_CHANGE_NOUNS = frozenset((*RISE_NOUNS, *FALL_NOUNS))
_FIGURE_END = re.compile(r"(?:\d|%|\b(?:percent|per\s+cent|pct|points?))\s+$", re.IGNORECASE)
"""A figure's end before a noun of change: the noun and the word after it ("rise over", "increase
from") are that figure's, and the figure after them is its base, never "a rise of more than"."""

_DESTINATION = re.compile(
    r"(?:\d\s*(?:%|percent|per\s+cent|pct|percentage\s+points?|times)|\b(?:edg|inch|tick|mov|"
    r"climb|jump|pick|bounc|rebound|spik|soar|surg|leap|rac|shoot|creep)(?:e[ds]|s|ed|ing)?|"
    r"\b(?:went|goes|shot|crept|rose|rises|leapt))\s+$",
    re.IGNORECASE,
)
"""Right before "up to": the end of a change's size ("rose by 11.1 percent up to $12.072
billion") or a verb of moving up ("edged up to 3.06 per cent", "ticked up to", "went up to"):
"up to X" is the value reached (as "to X" is), not a bound; "up to 10 percent" alone, or after
"planned", "lent" or "expected", stays a bound."""


_TIMED_CHANGE = re.compile(
    r"\b(an?)\s+(?:year-on-year|y/y|yoy|annual|yearly|month-on-month|quarter-on-quarter|sharp|"
    r"slight|steep|strong|modest|marginal|small|significant|substantial|dramatic|robust|moderate|"
    r"considerable|notable)\s+((?:decline|decrease|fall|drop|contraction|rise|increase|gain)\s+of)"
    r"\s+$",
    re.IGNORECASE,
)
"""A change's noun with words of time or of degree between it and "a" ("a year-on-year decline
of", "a sharp increase of"), which the grammar does not take."""


def _timed_change(text: str, head: int, stop: int) -> tuple[Stated, int, str] | None:
    """ "a year-on-year decline of 30.6 percent", "a sharp increase of 11.8 per cent": a fall of 30.6
    percent, a rise of 11.8, the value written without the words of time or degree ("a decline of
    30.6 percent"), which the grammar does not take between."""
    m = _TIMED_CHANGE.search(text, max(0, head - 40), head)
    if m is None:
        return None
    noun = m.group(2).lower()
    article = "an" if noun[0] in "aeiou" else "a"  # "a sharp increase of": "an increase of"
    value = f"{article} {noun} {' '.join(text[head:stop].split())}"
    try:
        stated = read(value)
    except GrammarError:
        return None
    return (stated, m.start(), value) if stated.direction is not None else None


def _counterpart(text: str, stop: int, stated: Stated) -> tuple[tuple[str, ...], int] | None:
    """The same amount in other currencies or units in parentheses right after the phrase:
    "(US$1.5 billion)", "(US$240 billion; EUR176 billion)", "($1.5 billion, 1.4 billion euros)",
    or "(US$)" when the article left the figure out. Every part must be such an amount, else
    there is none."""
    tag = _TAG.match(text, stop)
    m = _PARENTHESES.match(text, stop if tag is None else tag.end())
    if m is None or stated.unit is None or (tag is not None and not stated.unit.is_currency):
        return None
    for joint in (r"\s*;\s*", r",\s+"):  # "(US$240 billion; EUR176 billion)", "($1.5 billion,
        # 1.4 billion euros)": a comma and a space part them (a thousands comma has no space)
        parts = [
            _ASIDE.sub("", _BY.sub("", " ".join(p.split()), count=1))
            for p in re.split(joint, m.group(1))
        ]
        found = [_other(part, stated) for part in parts]
        if all(found) and len(set(parts)) == len(parts):
            return tuple(parts), m.end()
    return None


def _or_counterpart(text: str, stop: int, stated: Stated) -> tuple[tuple[str, ...], int] | None:
    """ "11.798 billion hryvnias, or $420 million", "15.3 million manat or $9 million": the same
    amount in another currency after "or" (the longest reading of up to five words)."""
    m = _OR.match(text, stop)
    if m is None or stated.unit is None or not stated.unit.is_currency:
        return None
    words: list[re.Match[str]] = []
    for word in _OR_WORD.finditer(text, m.end(), min(len(text), m.end() + 60)):
        if words and text[words[-1].end() : word.start()] != " ":
            break
        words.append(word)
        if len(words) == 5:
            break
    for count in range(len(words), 0, -1):
        inside = text[m.end() : words[count - 1].end()].rstrip(".")
        if _other(inside, stated):
            return (inside,), m.end() + len(inside)
    return None


def _counterpart_after_noun(
    text: str, stop: int, stated: Stated
) -> tuple[tuple[str, ...], int] | None:
    """ "188 billion tenge surplus ($421.5 million)": the amount's noun between it and its
    conversion (one word, no link word)."""
    m = _NOUN.match(text, stop)
    if m is None or m.group(1).lower() in _LINK_WORDS:
        return None
    return _counterpart(text, m.end(), stated)


_PARENTHESES = re.compile(r"\s*\(([^()]{1,120})\)")
_TAG = re.compile(r"\s*\([A-Z][A-Za-z]{0,3}\.?\)(?=\s*\()")
"""A currency's abbreviation in parentheses before its conversion: "0.9 trillion Belarusian rubles
(Br) (U.S. $111.5 million)"."""
_ASIDE = re.compile(
    r"(?:\s+at\s+(?:the\s+|today's\s+|current\s+|that\s+day's\s+)?(?:[\w.'’-]+\s+){0,3}?"
    r"(?:exchange\s+)?rates?|\s*\[[A-Za-z$.]{1,6}\])$",
    re.IGNORECASE,
)
"""After a conversion, the words of its rate or its currency in brackets: "U.S. $111.5 million at
the NBB rate", "$1.69 billion [USD]" (the conversion is the amount before them)."""
_BY = re.compile(r"^by\s+", re.IGNORECASE)
"""A change's "by" repeated in its conversion: "by 334.4 billion tenge (by about $2.2 billion)"."""
_NOUN = re.compile(r"\s+([a-z]{3,})(?=\s*\()")
_LINK_WORDS = frozenset(
    re.findall(
        r"\w+",
        "and or but nor for from with than that which who into onto over under per each was were "
        "are has had have will would",
    )
)
_OR = re.compile(r",?\s+or\s+")
_OR_WORD = re.compile(r"(?:[^\s,;:()]|(?<=\d),(?=\d))+")  # "$9,200", "$9,2 million": one word


def _other(inside: str, stated: Stated) -> bool:
    """``inside`` states an amount in another currency (or another unit of the same kind)."""
    assert stated.unit is not None
    try:
        other = read(inside)
    except GrammarError:
        return False
    if other.unit is None or other.unit.key == stated.unit.key or other.negative:
        return False
    if other.unit.is_currency != stated.unit.is_currency:
        return False
    return other.unit.is_currency or other.unit.kind == stated.unit.kind
