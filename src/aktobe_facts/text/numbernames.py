"""Digits that are part of a name or a time ("109-Aqtobe", "COVID-19", "10:30", "the EU27", "5G
chips"), a grade of gold in karats ("22kt gold") or an aircraft's model after its maker ("Boeing
787-8"): no figure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from aktobe_facts.reading.numbers import GLUED_SCALE, HYPHEN_SCALE

if TYPE_CHECKING:
    from aktobe_facts.text.phrases import Phrase


_GLUED_LETTERS = re.compile(r"(?<![\w$€£¥])(?![QH]\d)(?!FY)[A-Z][A-Za-z]*$")
"""Capitals glued before a number's digits, as a name writes them ("EU27", "G20", "COVID19"); a
quarter or half ("Q1", "H2") and a fiscal year ("FY19") are periods."""


def glued_name(text: str, phrase: Phrase) -> bool:
    """The phrase's digits are glued to a name's letters ("the EU27 came to"): no figure, when the
    letters are no currency sign (the phrase would start before them) and the number has no scale
    word or unit of its own ("K32.1 billion" and "Shs264 billion" stay amounts)."""
    stated = phrase.stated
    if stated.unit is not None or stated.exponent or stated.per is not None:
        return False
    if not text[phrase.start : phrase.start + 1].isdigit():
        return False
    return _GLUED_LETTERS.search(text, max(0, phrase.start - 12), phrase.start) is not None


_CAPITALS_AFTER = re.compile(r"(?![KMBT](?![A-Za-z]))[A-Z]{1,2}(?![\w$€£¥])")
"""Capitals glued after a whole number that nothing reads as a unit or scale ("5G", "3D"); a
lone K, M, B or T may be a scale ("4K" jobs), so it stays unread."""


def glued_capitals(text: str, start: int, end: int, read: bool = False) -> bool:
    """A name whose digits come first ("5G chips", "3D printers"): a whole number of one or two
    digits, at a word's start, glued to one or two capitals that end the word. Where the grammar
    reads the capitals as a scale (``read``: "1CR", a crore's "cr"), only a money scale's letters
    stay a figure ("5BN", "2MN")."""
    digits = re.match(r"\d{1,2}(?!\d)", text[start:end])
    if digits is None or text[start - 1 : start].isalnum():
        return False
    glued = _CAPITALS_AFTER.match(text, start + digits.end())
    if glued is None or glued.end() < end:
        return False
    return not (read and _MONEY_CAPITALS.fullmatch(glued.group(0)))


_MONEY_CAPITALS = re.compile(r"(?:[kmb]|bn|mn|tn|trn|mln|bln)\b", re.IGNORECASE)
"""The scales whose capitals glued to a name's few digits keep them a figure ("5BN", "2MN"); a
crore's "CR" and a trillion's "TR" there are a name's ("1CR chips")."""
_SCALE_LETTERS = GLUED_SCALE
"""A scale's letters glued after a number ("PGK30m", "Rwf5bn", "KZT5.74tr", "Rs5.2cr"): an
amount, never a name's end (the grammar's own list of scales, :data:`~aktobe_facts.reading.numbers.
GLUED_SCALE`)."""


_ONE_TO_ONE = re.compile(r"[A-Z]\d[A-Z](?![\w$€£¥])")
"""One capital, one digit, one capital, a word of its own ("B2B", "P2P"): a name."""


_CLOCK = re.compile(r"(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?")
"""An hour of a clock's twelve, with its minutes after a point or a colon ("1.30", "10")."""
_DAY_HALF = re.compile(r"(?:[ap]m|\s?[ap]\.m\.)(?![A-Za-z])")
"""The half of the day after an hour: "am" or "pm" glued to it ("1.30am", "10pm"), "a.m." or
"p.m." glued or after a space. A spaced "am" is left alone ("of these 5 am..." cannot be told
from a time by the letters), and so is an hour above twelve ("13pm" is no time)."""


_WIRE_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
"""Four digits of a day's hours and minutes, as wires print a time ("1251", "0830")."""
_ZONE = re.compile(r"\s?(?:GMT|UTC)\b")
"""A time zone after a wire's time ("1251 GMT"); a time with no zone is left alone ("1251 units")."""


_NUMBER_SIGN = re.compile(r"(?:(?<![A-Za-z])(?:[Nn]os?|N[Rr]|nr)\.\s?|#|№\s?)$")
"""The sign of a number in a series right before the digits: "No.", "Nos.", "Nr.", "#", "№"."""


def numbered(text: str, start: int, end: int) -> bool:
    """A whole number after the sign of a number in a series ("the world's No. 3 producer",
    "the #1 exporter", "Law No. 12", "№ 5"): a rank or a name's number, never an amount (read as a
    level, "No. 3 producer ... fell 2.3%" was a growth of 3)."""
    return (
        text[start:end].isdigit()
        and _NUMBER_SIGN.search(text, max(0, start - 5), start) is not None
    )


def in_name(text: str, start: int, end: int) -> bool:
    """Digits inside a name or a time: "109-Aqtobe", "COVID-19", "10:30", "1.30am", "24/7", or
    between letters of one word ("Naija247news", an outlet's name)."""
    after, before = text[end : end + 2], text[max(0, start - 2) : start]
    if (
        start > 0
        and _ONE_TO_ONE.match(text, start - 1)
        and not text[start - 2 : start - 1].isalnum()
    ):
        return True  # "B2B", "P2P", "G2C": a trade's name, never 2 billion nor 2 of a sign's money
    if before[-1:].isalpha() and after[:1].isalpha() and not _SCALE_LETTERS.match(text, end):
        return True
    if _CLOCK.fullmatch(text, start, end) and _DAY_HALF.match(text, end):
        return True  # "at 1.30am", "at 10pm", "at 9 a.m.": a time of day
    if _WIRE_CLOCK.fullmatch(text, start, end) and _ZONE.match(text, end):
        return True  # "shed 0.7 percent at 1251 GMT": a wire's time of day, no level
    if HYPHEN_SCALE.match(text, end):
        return False  # "a $5-billion deal": a figure, its scale joined by a hyphen
    # a slash or colon after digits joins them to the next ("24/7", "10:30"); after a scale word
    # it parts two figures ("Italy (1.3 million/5.5%)": an amount and its share)
    joined = text[end - 1 : end].isdigit() and re.match(r"[:/]\d", after)
    return bool(
        re.match(r"[-‐][A-Za-z]", after) or joined or re.search(r"[A-Za-z][-‐]$|\d[:/]$", before)
    )


_KARATS = re.compile(
    r"\s?[-‐]?\s?(?:kt|ct|carats?|karats?)\b\.?\s?[-‐]?\s?"
    r"(?:(?:white|yellow|rose|red|green|pink|solid|pure|fine)\s+)?"
    r"(?:gold|jewell?e?ry|bullion|bars?|coins?|ornaments?|bangles?|chains?|rings?)\b",
    re.IGNORECASE,
)
"""The karats of gold after the number, as jewellers and the bullion trade print them ("22kt
gold", "18ct white gold", "24-carat gold", "9 karat gold", "24kt bars"): "kt" is a kilotonne to
the mining trades (:mod:`aktobe_facts.reading.tradeunits`) and "ct" a cent, but before gold or
the goods karats grade (the jewellers' and the bullion trade's: jewellery, bars, coins,
ornaments, bangles, chains, rings) the number says how pure the metal is; a kilotonne of them is
"20 kt of bars". "K" alone is left to the scales ("20k gold coins" may be a count)."""


def gold_fineness(text: str, start: int, end: int) -> bool:
    """A whole number of 1 to 24 followed by its karats and "gold": the metal's grade, no figure
    (read as thousands of tonnes, "Of this, 22kt gold made up 110 tonnes and 18kt gold 30 tonnes"
    summed 40,000 tonnes into 140)."""
    digits = text[start:end]
    return digits.isdigit() and 1 <= int(digits) <= 24 and _KARATS.match(text, end) is not None


_MAKER = re.compile(
    r"\b(?:Boeing|Airbus|Embraer|Bombardier|ATR|Fokker|Tupolev|Ilyushin|Antonov|Sukhoi|"
    r"Superjet|COMAC|Comac|Cessna|Dash|McDonnell\s+Douglas|Lockheed)\s+$"
)
"""An aircraft maker's name (or a type's family, "Dash", "Superjet") right before a number."""
_MODEL = re.compile(r"\d{1,3}(?:[-‐]\d{1,4})?s?")
"""A model's digits and its variant after a hyphen ("777", "787-8", "737-800", "72-600"), an "s"
for planes of the model ("ten Boeing 777s")."""
_CODE = re.compile(
    r"(?<![\w$€£¥])(?:A|B|C|E|Q|ARJ|CRJ|ERJ|SSJ|MD[-‐]?|Il[-‐]|IL[-‐]|Tu[-‐]|An[-‐])$"
)
"""A model's letters glued before its digits ("A350", "B737", "E190", "CRJ900", "C919", "MD-11",
"Il-96", "Tu-204", "An-124"): with three digits ("Q400", never a quarter "Q1"; "A350", never a
paper's "A4") or after a hyphen, the plane's type."""
_CODE_DIGITS = re.compile(r"\d{3}(?:[-‐]?\d{1,3})?s?|\d{2,3}s?")


def aircraft_model(text: str, start: int, end: int) -> bool:
    """The digits name an aircraft's model after its maker ("six Boeing 787-8 Dreamliner planes",
    "a fourth Boeing 777", "Embraer 190s", "two A380s", "ten Boeing 777s"): a type, neither a count of planes nor a range of 787 to
    8 (a coverage warning on the range, a count on the model)."""
    if _MODEL.fullmatch(text, start, end) is not None and (
        _MAKER.search(text, max(0, start - 24), start) is not None
    ):
        return True
    code = _CODE.search(text, max(0, start - 4), start)
    if code is None or _CODE_DIGITS.fullmatch(text, start, end) is None:
        return False
    hyphened = code.group(0)[-1] in "-‐"
    return hyphened or len(text[start:end].rstrip("s").split("-")[0].split("‐")[0]) >= 3
