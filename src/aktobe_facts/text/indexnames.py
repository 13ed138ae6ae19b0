"""Digits that are part of a stock index's name: "the KSE 100", "FTSE 100", "Nikkei 225", "S&P
500", "CAC 40", "DAX 30", "ASX 200", "Russell 2000". The number says how many shares the index
holds, never a figure of the article: read as a count it was a claim of its own, and a level or a
growth next to it could be joined to it.

Each index's own numbers are listed (the ones its exchanges print); "the Nikkei 38,000 mark"
after the name is a level, and "the FTSE 1,000 points lower" a change, so only a number the index
is named by counts.
"""

from __future__ import annotations

import re

_NUMBERED: dict[str, frozenset[str]] = {
    "FTSE": frozenset({"100", "250", "350"}),
    "KSE": frozenset({"100", "30"}),
    "Nikkei": frozenset({"225", "300", "500"}),
    "S&P": frozenset({"100", "400", "500", "600"}),
    "CAC": frozenset({"40"}),
    "DAX": frozenset({"30", "40"}),
    "ASX": frozenset({"20", "50", "200", "300"}),
    "Nasdaq": frozenset({"100"}),
    "NASDAQ": frozenset({"100"}),
    "Russell": frozenset({"1000", "2000", "3000"}),
    "Stoxx": frozenset({"50", "600"}),
    "STOXX": frozenset({"50", "600"}),
    "Kospi": frozenset({"200"}),
    "KOSPI": frozenset({"200"}),
    "BIST": frozenset({"30", "50", "100"}),
    "ISE": frozenset({"100"}),
    "EGX": frozenset({"30", "70", "100"}),
    "IBEX": frozenset({"35"}),
    "Ibex": frozenset({"35"}),
    "AEX": frozenset({"25"}),
    "Nifty": frozenset({"50", "100", "500"}),
    "NIFTY": frozenset({"50", "100", "500"}),
    "Sensex": frozenset({"30"}),
    "BSE": frozenset({"100", "200", "500"}),
    "NSE": frozenset({"20", "25", "30"}),
    "WIG": frozenset({"20", "30"}),
    "TA": frozenset({"35", "90", "125"}),
    "NZX": frozenset({"50"}),
    "TSX": frozenset({"60"}),
    "Top": frozenset({"40"}),  # "FTSE/JSE Top 40"
    "SET": frozenset({"50", "100"}),
    "OMX": frozenset({"30"}),
    "OMXS": frozenset({"30"}),
    "IDX": frozenset({"30", "80"}),
    "ATX": frozenset({"20"}),
    "ISEQ": frozenset({"20"}),
    "CSI": frozenset({"300", "500"}),
    "SSE": frozenset({"50", "180"}),
    "Topix": frozenset({"100", "500"}),
    "TOPIX": frozenset({"100", "500"}),
    "BELEX": frozenset({"15"}),
    "PX": frozenset({"50"}),
}
"""Each index's name and the numbers it is named by."""
_NAME = re.compile(r"(?<![\w&])(?P<name>S&P|[A-Z][A-Za-z]{1,6})[-‐\s]$")
"""Right before the digits: an index's name (one word, capitalised), then a space or a hyphen."""


def index_name(text: str, start: int, end: int) -> bool:
    """The digits at ``start:end`` name a stock index with the word before them ("the KSE 100
    index", "the S&P 500 rose"): no figure."""
    m = _NAME.search(text, max(0, start - 8), start)
    if m is None:
        return False
    return text[start:end] in _NUMBERED.get(m.group("name"), frozenset())
