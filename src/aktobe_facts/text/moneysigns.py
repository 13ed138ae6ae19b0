"""A currency sign or code written before a number: where it starts ("US$1.5", "USD 5"), and
an amount whose sign the grammar does not read ("Shs264 billion" where no country of the
shilling is named): no figure."""

from __future__ import annotations

import re

from aktobe_facts.reading.numbers import COUNTRY_AMOUNT_WORD, Stated
from aktobe_facts.reading.units import (
    MILLION_SIGNS,
    country_currency,
    lookup_prefix_currency,
    sign_before,
)
from aktobe_facts.text.numeraldigits import DIGITS, GROUPS
from aktobe_facts.text.phraseread import currency_aliases


def prefix_start(text: str, start: int) -> int:
    """Where a currency sign or code written before the number starts ("US$1.5", "USD 5")."""
    for length in range(7, 0, -1):
        begin = start - length
        if begin < 0:
            continue
        # a sign is at most 6 characters ("U.S. $"), then a space or none, then the number and
        # a unit word after it: 32 are enough (a copy of the rest of the text for each numeral made the scan
        # quadratic)
        spec, used = lookup_prefix_currency(text[begin : begin + 32], aliases=currency_aliases())
        gap = text[begin + used : start]
        if spec is None or (gap and not gap.isspace()):
            continue
        glued = begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "$")
        if glued and not _grammar_then_symbol(text, begin, used):
            continue
        return begin
    return _country_before(text, start)


def _country_before(text: str, start: int) -> int:
    """Where a country's two letters glued before the number start when the word after it names
    that country's currency among others ("DK12,845 kr": the Danish crown), else ``start``."""
    begin = start - 2
    if begin < 0 or (begin > 0 and text[begin - 1].isalnum()):
        return start
    m = COUNTRY_AMOUNT_WORD.match(text, begin)
    if m is None or country_currency(m.group("country"), m.group("word")) is None:
        return start
    return begin


def _grammar_then_symbol(text: str, begin: int, used: int) -> bool:
    """A currency symbol, or a code of three capitals (``used``: the sign's characters), glued
    after a sentence's own word in lower case ("profits rose to£252 million", "amounted
    toKZT223.7bn", a page that lost a space): the sign is the amount's, as "to £252 million" and
    "to KZT223.7bn" read. Letters before a symbol or code that are no such word ("XQ$5", a name's
    "PhotoUSD5") name no sign the grammar reads."""
    sign = text[begin : begin + used]
    return (
        (not text[begin].isalnum() or _CODE.fullmatch(sign) is not None)
        and text[begin - 1].isalpha()
        and _GRAMMAR_GLUED.search(text, max(0, begin - 12), begin) is not None
    )


_CODE = re.compile(r"[A-Z]{3}")
"""A currency's code as ISO 4217 writes it (the sign :func:`prefix_start` found)."""


_MONEY_SIGNS = "$¢£¤¥֏৳฿﷼＄￠￡￥"
"""Currency symbols outside the block U+20A0-U+20CF (which holds "₦", "₵", "₹", ...)."""


def unread_sign(text: str, start: int, stated: Stated) -> bool:
    """An amount whose currency sign the grammar does not read: letters or a currency symbol
    glued to a number with a scale or thousands separators ("Shs264 billion" where no country
    of the shilling is named, "Zk5 billion", "XQ$5 billion", "Tk5,000"), or a sign of several
    currencies no country of the article decides ("Shs 264 billion", "R 12.5 billion"). "N95",
    "CO2", "A4", "G20 leaders" stay numbers."""
    numeral = DIGITS.match(text, start)
    if numeral is not None and _million_unmapped(text, numeral.end()):
        return True  # "1,050 MD" where no country of the dinar is named
    if sign_before(text, start) in MILLION_SIGNS:
        return True  # "MD 40": a million dinars whatever its digits, never a count
    # a separator between digits: "Tk5,000"; never the comma or quote after the number ("Q3, but")
    grouped = numeral is not None and any(
        ch in GROUPS for ch in numeral.group().rstrip(GROUPS + ".")
    )
    if not (stated.exponent or grouped):
        return False  # "at KM 12", "N95": no amount
    before = text[start - 1 : start]
    if before.isalpha() and _GRAMMAR_GLUED.search(text, max(0, start - 12), start):
        return False  # "output was39.272 million tons": a page that lost a space, no sign
    if before and (before.isalpha() or before in _MONEY_SIGNS or "\u20a0" <= before <= "\u20cf"):
        return True
    return sign_before(text, start) is not None  # "kr.5 billion", "Shs 264 billion"


_MILLION_AFTER = re.compile(
    r" ?(" + "|".join(sorted(MILLION_SIGNS, key=len, reverse=True)) + r")\b"
)


def _million_unmapped(text: str, end: int) -> bool:
    """A sign of a million of a currency right after the number ("1,050 MD": a million dinars)
    that the article's currency words map to none (no country named): the amount is unread, as
    one with an unmapped sign before it is, never a count of 1,050."""
    m = _MILLION_AFTER.match(text, end)
    return m is not None and m.group(1).lower() not in (currency_aliases() or {})


_GRAMMAR_GLUED = re.compile(
    r"(?<![A-Za-z])(?:was|were|is|are|of|to|at|by|from|reached|totaled|totalled|hit|stood|"
    r"amounted|about|nearly|almost|some|only)$"
)
"""A sentence's own word glued to the number after it, lower case ("coal output was39.272
million tons", "exports reached5.2 billion"): the page lost the space between them, and the word
is the sentence's grammar, no currency sign (signs the grammar does not read are abbreviations:
"Shs", "Zk", "Tk", "kr")."""
