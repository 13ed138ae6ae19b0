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

from msgspec import Struct

from aktobe_facts.reading.numbers import MAX_DIGITS, GrammarError, Stated
from aktobe_facts.reading.units import AMBIGUOUS_UNITS
from aktobe_facts.text.barechange import bare_change
from aktobe_facts.text.capitalk import NOTE as THOUSAND_NOTE
from aktobe_facts.text.capitalk import capital_thousand
from aktobe_facts.text.catalogue import catalogue_number, short_date
from aktobe_facts.text.changedranges import changed_by, changed_from
from aktobe_facts.text.changenoun import noun_of_change, timed_change
from aktobe_facts.text.conversions import counterparts as conversions
from aktobe_facts.text.dayofmonth import day_of_month, days_of_month
from aktobe_facts.text.dotthousand import NOTE as DOTTED_NOTE
from aktobe_facts.text.dotthousand import dotted_thousand
from aktobe_facts.text.doubledigits import double_digits
from aktobe_facts.text.hyphenpc import pieces
from aktobe_facts.text.indexnames import index_name
from aktobe_facts.text.moneysigns import prefix_start, unread_sign
from aktobe_facts.text.numbernames import (
    aircraft_model,
    glued_capitals,
    glued_name,
    gold_fineness,
    in_name,
    numbered,
)
from aktobe_facts.text.numeraldigits import DIGITS, GROUPS
from aktobe_facts.text.pairedunit import counted_million, paired_unit
from aktobe_facts.text.percentleft import shared
from aktobe_facts.text.phraseends import longest
from aktobe_facts.text.phraseread import read
from aktobe_facts.text.qualifiers import qualifier
from aktobe_facts.text.scaleleft import scaled
from aktobe_facts.text.sharednoun import shared_noun
from aktobe_facts.text.slashdash import NOTE as DASH_NOTE
from aktobe_facts.text.slashdash import slash_dash
from aktobe_facts.text.textnums import Span, numerals
from aktobe_facts.text.unitleft import restated
from aktobe_facts.text.webaddress import address_at
from aktobe_facts.text.windknots import wind_speed

YEAR = re.compile(r"(?<![\w.,$€£¥₸₽])(?:1[89]\d\d|20\d\d|2100)(?![\w$€£%]|[.,]\d)")
"""A four-digit year from 1800 to 2100 written alone (no separators, no sign, no decimals)."""

_RANKED = re.compile(
    r"\s*+(?:[-‐]\s*+)?(largest|biggest|smallest|highest|lowest|most|least|best|worst|place|"
    r"richest|poorest|busiest|longest|oldest)\b",
    re.IGNORECASE,
)

# Why a numeral is not a value (the keys of Left.why).
YEAR_LEFT = "year"
PERIOD_LEFT = "period"
DATE_LEFT = "date"
NAME_LEFT = "name"
ADDRESS_LEFT = "address"
ORDINAL_LEFT = "ordinal"
WORD_LEFT = "word"
UNREAD_LEFT = "unread"
SCALE_LEFT = "scale"
SPEED_LEFT = "speed"


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
            year = _year_apart(text, span) if result == UNREAD_LEFT else None
            if year is not None:  # "in 1989 – 100 million passengers": a year, then a figure
                left.append(Left(year, YEAR_LEFT))
                span = _rest_of(text, whole, year.end)
                continue
            if not isinstance(result, Phrase):
                left.append(Left(span, result))
                break
            found.append(result)
            taken_until = result.outer_end
            span = _rest_of(text, whole, taken_until)
    found = sorted([*found, *double_digits(text, read)], key=lambda p: p.start)
    found = restated(text, scaled(text, found, read), read)
    return Scan(tuple(shared(text, found, read)), tuple(left))


_YEAR_DASH = re.compile(r"(?:18|19|20)\d\d(?=\s*[-–—])")


def _year_apart(text: str, span: Span) -> Span | None:
    """The year that starts a range the grammar cannot read ("in 1989 – 100 million passengers":
    1,989 million to 100 million would run backward): a year, and a dash between it and the
    figure after it, never one range."""
    if span.kind != "range":
        return None
    year = _YEAR_DASH.match(text, span.start, span.end)
    if year is None:
        return None
    return Span(span.start, year.end(), year.group(), "year")


def _rest_of(text: str, span: Span, position: int) -> Span | None:
    """The numeral after ``position`` inside ``span``, when a phrase took only the first of the
    two its words join ("rose from 210.6 million to 255.7 million": the base, then the current
    value)."""
    if position >= span.end:
        return None
    numeral = DIGITS.search(text, position, span.end)
    if numeral is None:
        return None
    return Span(numeral.start(), span.end, text[numeral.start() : span.end], "number")


def _read(text: str, span: Span) -> Phrase | str:
    start, end = span.start, span.end
    if sum(c.isdigit() for c in span.text) > MAX_DIGITS:
        return (
            UNREAD_LEFT  # no figure of an article; the grammar reads 30 digits, Python's int 4,300
        )
    if address_at(text, start, end) is not None:
        return ADDRESS_LEFT
    if span.kind == "date" or (span.kind in ("number", "ordinal") and day_of_month(text, span)):
        return DATE_LEFT
    if span.kind == "number" and catalogue_number(text, start, end):
        return NAME_LEFT  # "(cat. no. 6202.0)", "6291.0.55.001": a publication's number
    if span.kind == "number" and short_date(text, start, end):
        return DATE_LEFT  # "on 12.03.24", "of 3.2.10": a date with a two-digit year
    if span.kind == "range" and re.fullmatch(r"\d{4}\s*[-–—]\s*\d{4}", span.text):
        return PERIOD_LEFT
    if span.kind == "range" and _YEAR_AND_TWO.fullmatch(span.text):
        return PERIOD_LEFT  # "the plan for 2004-08", a dateline's "2011-11": a period
    if span.kind == "range" and days_of_month(text, span):
        ranged = _phrase(text, start, end)
        if ranged is None or ranged.stated.unit is None:  # "May 10-12 percent" is no date
            return DATE_LEFT
    if span.kind == "year" and not (YEAR.fullmatch(span.text) and _amount_after(text, start, end)):
        return YEAR_LEFT
    if (
        span.kind == "number"
        and _DECADE.fullmatch(span.text)
        and _DECADE_BEFORE.search(text, max(0, start - 8), start)
    ):
        return PERIOD_LEFT  # "since the 90s", "the '80s": a decade, as "the 1990s"
    if (
        span.kind == "number"
        and _THOUSANDS.fullmatch(span.text)
        and _SCALE_BEFORE.search(text, max(0, start - 4), start)
    ):
        return SCALE_LEFT  # "in 1,000s of units", "(000s)": the scale of the figures around
    hyphened = _hyphen_percent(text, span)
    if hyphened is not None:
        return hyphened
    bare = bare_change(text, start, end) if span.kind == "number" else False
    if bare is True:
        return UNREAD_LEFT  # "a 5 increase": 5 of what, the words do not say
    if bare:  # "an 11.43 increase over $953 million": a percent with no sign
        value, stop, note = bare
        return Phrase(start, stop, value, read(value), (), stop, note=note)
    if span.kind in ("number", "year") and in_name(text, start, end):
        return NAME_LEFT
    if span.kind in ("number", "year") and index_name(text, start, end):
        return NAME_LEFT  # "the KSE 100 index", "the S&P 500": an index's name, no count
    if span.kind == "number" and numbered(text, start, end):
        return NAME_LEFT  # "the world's No. 3 producer", "Law No. 12": a rank, a name's number
    if span.kind in ("number", "range") and aircraft_model(text, start, end):
        return NAME_LEFT  # "Boeing 787-8": the maker's model, no count nor a range
    if span.kind == "number" and gold_fineness(text, start, end):
        return NAME_LEFT  # "22kt gold": a grade of the metal, no 22 kilotonnes
    if span.kind == "number" and wind_speed(text, start, end):
        return SPEED_LEFT  # "sustained winds of 120 kt": knots, no 120 kilotonnes
    if span.kind == "ordinal" and not _RANKED.match(text, end):
        return ORDINAL_LEFT  # "the first nine months": not a rank
    phrase = _phrase(text, start, end)
    if phrase is None and span.kind == "number":
        phrase = _glued_fold(text, span) or _glued_word(text, span)
    named = span.kind == "number" and (phrase is None or phrase.stated.unit is None)
    if named and glued_capitals(text, start, end, phrase is not None):
        return NAME_LEFT  # "5G chips", "3D printers", "1CR": a name's digits, no figure
    if phrase is None or (
        _list_or_decimal(phrase.stated)
        and not _factor_after(text, phrase)
        and not _subunit_after(text, phrase)
    ):
        return UNREAD_LEFT
    if glued_name(text, phrase):
        return NAME_LEFT  # "the EU27", "G20": letters glued to digits with no unit or scale
    if span.kind == "word" and phrase.stated.unit is None and not _names_things(text, phrase):
        return WORD_LEFT
    return phrase


_DECADE = re.compile(r"\d0s")
_DECADE_BEFORE = re.compile(r"(?:\bthe\s+|['’‘])$", re.IGNORECASE)
"""Two digits of tens and an "s" after "the" or an apostrophe ("since the 90s", "the '80s"): a
decade, written short; "90s" after no such word ("scored 90s") is left to the editor."""

_THOUSANDS = re.compile(r"(?:1[,.]?)?000s")
_SCALE_BEFORE = re.compile(r"(?:\bin\s+|\(|['’‘])$", re.IGNORECASE)
"""Thousands named by their digits in the plural after "in", an opening parenthesis or an
apostrophe ("rates in 1,000s of units", "(000s)", "'000s"): the scale a table's figures are
printed in, as "in thousands", never a figure. "sold 1,000s of units" after a verb stays unread."""

_YEAR_AND_TWO = re.compile(r"(?:19|20)\d{2}\s*[-–—]\s*\d{2}")
"""A year and two digits after its dash: a span of years ("2004-08", 2004 to 2008) or the year's
month ("2011-11"), a period either way, never a range of two figures (its high end would lie below
its low end)."""


def _list_or_decimal(stated: Stated) -> bool:
    """ "1,2" with no unit and no scale: a list ("items 1,2 and 3") as much as a decimal comma, so
    the editor decides; "20,3%", "12,7 million", "$12,7" can only be a decimal comma."""
    return stated.decimal_comma and stated.unit is None and not stated.exponent


_FACTOR_AFTER = re.compile(r"\s*(?:[-‐]\s*)?(?:times|fold)\b", re.IGNORECASE)


def _factor_after(text: str, phrase: Phrase) -> bool:
    """ "8,4 times", "1,5-fold": a decimal comma before a factor's word, which no list of numbers
    precedes (Kazinform, sweep O: "FDI into domestic chemical industry grew 8,4 times" in a text of
    "25,8%" and "$9,3 billion" was left unread and warned)."""
    return _FACTOR_AFTER.match(text, phrase.outer_end or phrase.end) is not None


_SUBUNIT_AFTER = re.compile(
    r"\s*(?:cents?|pence|centavos?|centimes?|kopecks?|kopeks?|paise|fils|halalas?|kobo)\b",
    re.IGNORECASE,
)


def _subunit_after(text: str, phrase: Phrase) -> bool:
    """ "194,3 cents": a decimal comma before the word of a currency's hundredth part, which a
    list of numbers never precedes (held24, twenty-fifth session: earnings per share "to 194,3
    cents ... from 145,8 cents" in a South African text of "33,3%" were left unread and warned;
    "194.3 cents" with a point was read)."""
    return _SUBUNIT_AFTER.match(text, phrase.outer_end or phrase.end) is not None


_GLUED_FOLD = re.compile(r"fold\b", re.IGNORECASE)


def _glued_fold(text: str, span: Span) -> Phrase | None:
    """ "increased 1,5fold", "grew 2fold": a factor with its word glued on, as "1.5-fold" (the
    grammar reads no word glued to digits); the number alone, a factor of no unit."""
    if _GLUED_FOLD.match(text, span.end) is None:
        return None
    return _number_alone(span)


def _number_alone(span: Span) -> Phrase | None:
    """The span's number read alone, with no unit or words after it; None where it reads as none."""
    try:
        stated = read(span.text)
    except GrammarError:
        return None
    return Phrase(span.start, span.end, span.text, stated, (), span.end)


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_GLUED_WORD = re.compile(r"[a-z]{3,}\b")


def _glued_word(text: str, span: Span) -> Phrase | None:
    """ "Mitsubishi 2,449units": a count in thousands groups with a word of small letters glued on
    (a page's missing space, as "2,449 units"); the number alone, as the spaced count is read.
    "3folders", "items 1,2and 3" and "5G" (no full thousands group, or capitals) stay unread; so
    does a glued abbreviation the grammar does not read ("5,000rpm", "2,000sqft": letters with
    no vowel, a unit's symbol): never the bare count with its unit lost."""
    if _GROUPED.fullmatch(span.text) is None:
        return None
    glued = _GLUED_WORD.match(text, span.end)
    if glued is None or _ABBREVIATION.fullmatch(glued.group(0)):
        return None
    return _number_alone(span)


_ABBREVIATION = re.compile(r"[^aeiouy]+")
"""Small letters with no vowel: a unit's symbol or an abbreviation ("rpm", "sqft", "kwh",
"mph"), never a noun of counted things ("units", "cars", "tonnes")."""


_HYPHEN_PERCENT = re.compile(
    r"[-‐](?:percent|per[-‐ ]cent|pct\b\.?|pc\b\.?)(?:\b|(?<=\.))", re.IGNORECASE
)
"""The percent word after a hyphen: "-percent", "-per-cent", and the press's short forms "-pct",
"-pc" with or without their full stop ("a 42-pc. increase": twentieth session, recall20)."""


def _hyphen_percent(text: str, span: Span) -> Phrase | None:
    """ "a 7.5-percent increase": the percent joined to its number as an adjective, written "7.5
    percent" (the grammar reads no hyphen there); digits only, never a name. With "a" before and
    a noun of change after, the change with its direction: "a 34-percent decline" is "a 34
    percent decline", a fall of 34 percent."""
    m = _HYPHEN_PERCENT.match(text, span.end)
    if span.kind != "number" or m is None or not span.text[:1].isdigit():
        return None
    if pieces(text, span.end):
        return None  # "a 24-pc tool set": pieces, as much as a percent
    value, start, end = f"{span.text} percent", span.start, m.end()
    try:
        stated = read(value)
    except GrammarError:
        return None
    noun = noun_of_change(text, start, end, value, stated)
    if noun is not None:
        stated, start, end, value = noun
    return Phrase(start, end, value, stated, (), end)


def _amount_after(text: str, start: int, end: int) -> bool:
    """A year-like number that is an amount: "2020 tenge", "1900 million", "2000 percent"; never
    the low end of a range whose high is written another way (:func:`_high_apart`)."""
    found = longest(text, start, end)
    if found is None:
        return False
    if found[0].high is not None and _high_apart(text, end, found[1]):
        return False
    unit = found[0].unit
    return found[0].exponent > 0 or (unit is not None and unit.kind in ("currency", "percent"))


_RANGE_HIGH = re.compile(
    r"\s*(?:to|[-–—])\s*(?P<sign>(?-i:[A-Z][A-Za-z]{0,3}\.?)\s(?=\d)|[^\d\s]*)"
    r"(?P<digits>\d[\d.,'’\u00a0\u202f]*)"
)


def _high_apart(text: str, end: int, stop: int) -> bool:
    """The high end of "2020 to ..." is written unlike a year's plain four digits: with a
    currency sign before it or its thousands grouped ("rose in March 2020 to K8,164.9 million",
    "from January to September 2017 to US$4,866.4 million"), a sign of letters also with a space
    after it ("from LKR 1822 Bn in Q2 2022 to LKR 2560 Bn"): the year is the period of the
    figure after it, never the low end of a range (a range prints its two ends alike)."""
    m = _RANGE_HIGH.match(text, end, stop)
    if m is None:
        return False
    digits = m.group("digits").rstrip(".,")
    return bool(m.group("sign")) or any(ch in GROUPS for ch in digits)


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
    head = prefix_start(text, start)
    if head > 0 and text[head - 1] in "-−" and (head == 1 or text[head - 2].isspace()):
        head -= 1  # a minus sign (never an opening parenthesis: "(US$5 million)" is positive)
    elif head > 2 and _SPACED_MINUS.search(text, max(0, head - 12), head):
        head -= 2  # "balance: - 9.2 billion": after a colon no dash joins two clauses
    dashed = slash_dash(text, head, end) if head == start else None
    if dashed is not None:  # "rose to 14.50tri/-" in Tanzania: 14.50 trillion shillings
        printed = " ".join(text[head : dashed[1]].split())
        noted = DASH_NOTE.format(printed=printed)
        return Phrase(head, dashed[1], dashed[2], dashed[0], (), dashed[1], False, noted)
    found = longest(text, head, end)
    thousand = capital_thousand(text, head, end) if found is None else None
    if thousand is not None:  # "gone up 400K over the year": a thousand, as "400k" reads
        found = thousand[0], thousand[1]
    if found is None:
        return None
    stated, stop = found
    if head == start and unread_sign(text, start, stated):
        return None  # "Shs264 billion" with no country named: never a count, nor another's money
    value = " ".join(text[head:stop].split())
    note = None
    if thousand is not None:
        value, note = thousand[2], THOUSAND_NOTE.format(printed=value, value=thousand[2])
        return Phrase(head, stop, value, stated, (), stop, False, note)
    dotted = dotted_thousand(text, head, stop, stated)
    if dotted is not None:  # "a total of 363.070 visitors": 363,070 people
        note = DOTTED_NOTE.format(printed=value, value=dotted[1])
        return Phrase(head, stop, dotted[1], dotted[0], (), stop, False, note)
    if stated.is_range:
        changed = changed_from(text, head, start, stop, stated) or changed_by(
            text, head, start, stop, stated
        )
        if changed is not None:
            printed = " ".join(text[head : changed[1]].split())
            stated, stop, value = changed
            if value != printed:
                note = f'printed "{printed}" with the unit of the figure after it: {value}'
    else:
        unit_pair = paired_unit(text, head, stop, value) or counted_million(text, stop, value)
        if unit_pair is not None:
            stated, note, value = unit_pair
    ranged = _between(text, head, end)
    qualified = qualifier(text, head, stop, stated) if ranged is None else None
    if ranged is not None:
        stated, head, stop = ranged
        value = " ".join(text[head:stop].split())
        value = _sentence_case(value)  # "Between" at the start of a sentence
    elif qualified is not None:
        stated, head, words = qualified
        written = " ".join(text[head:stop].split()).split(" ")
        value = " ".join([_sentence_case(w) for w in written[:words]] + written[words:])
    else:
        timed = timed_change(text, head, stop)
        if timed is not None:
            stated, head, value = timed
        else:
            noun = noun_of_change(text, head, stop, value, stated)
            shared = None if noun else shared_noun(text, head, stop, value, stated, read)
            if noun is not None:
                stated, head, stop, value = noun
            elif shared is not None:  # "the 16.9 percent and 10.3 percent reductions"
                stated, stop, value, note = shared
    outer_end = stop
    counterparts: tuple[str, ...] = ()
    paired = conversions(text, stop, stated)
    if paired is not None:
        counterparts, outer_end = paired
    unit_after = _WORD_AFTER.match(text, stop) if stated.unit is None else None
    if unit_after is not None and unit_after.group(1).lower() not in AMBIGUOUS_UNITS:
        unit_after = _WORD_AFTER_BARE.match(text, stop)  # "82.9mt/yr": the note is of "mt"
    if unit_after is not None and unit_after.group(1).lower() in AMBIGUOUS_UNITS:
        word = unit_after.group(1)
        space = " " if unit_after.start(1) > stop else ""  # "82.9mt" as printed, glued
        note = f'printed "{value}{space}{word}": "{word}" is {AMBIGUOUS_UNITS[word.lower()]}'
    parenthesised = text[head - 1 : head] == "(" and text[stop : stop + 1] == ")"
    return Phrase(head, stop, value, stated, counterparts, outer_end, parenthesised, note)


_WORD_AFTER = re.compile(r"\s*(\w+(?:/\w+)?)\b")
"""The word after a figure, spaced or glued ("82.9 mt", "82.9mt"), with what a slash joins to it
("1.7 Mb/d": of barrels a day, no "Mb" of barrels)."""
_WORD_AFTER_BARE = re.compile(r"\s*(\w+)\b")
"""The word after a figure without what a slash joins to it ("82.9mt/yr": the note is of "mt",
where "mt/yr" names no spelling of two readings)."""
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND_NUMBER = re.compile(r"\s+and\s+(?:\S{0,4}?)(\d[\d,.'’]*)", re.IGNORECASE)


def _sentence_case(word: str) -> str:
    """A qualifier's word as a value writes it: "Some" and "Between" at a sentence's start in
    small letters; a word printed in capitals as printed ("MORE THAN MAD 12 BILLION": lowered,
    the code "mad" is no currency, and the grammar reads "MORE THAN" in any case)."""
    return word if word.isupper() else word[:1].lower() + word[1:]


def _between(text: str, head: int, end: int) -> tuple[Stated, int, int] | None:
    """ "between 10 and 15 percent": a range from "between" to the end of the phrase after "and"
    (the reading, where it starts and where it ends)."""
    before = _BETWEEN.search(text, max(0, head - 12), head)
    second = _AND_NUMBER.match(text, end)
    if before is None or second is None:
        return None
    found = longest(text, before.start(), second.end(1))
    if found is None or not found[0].is_range:
        return None
    return found[0], before.start(), found[1]
