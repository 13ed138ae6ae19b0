"""The number style an article writes, for a draft's ``[settings] locale``.

A file that sets no locale reads ``en`` and a comma with one or two digits after it as that
figure's decimal comma. An article that writes all its decimals with commas ("US$1,09 billion",
"US$5,25 per kg") and groups its thousands with spaces ("209 531 468 kilogrammes") prints
"US$1,099 billion" for 1.099 billion: read as ``en``, that figure is a thousand times too large
and every relation with it fails. :func:`article_locale` names the style such an article writes,
``fr`` (spaces group, a comma marks decimals) or ``de`` (dots group), only where its claims'
values leave no figure of the other style, only where one of them groups thousands the way the
style does ("209 531 468", "1.234.567": decimal commas alone, "4,850 billion" beside "2,3
percent", leave "4,850" either style's), and only where a figure needs it (one comma and exactly
three digits after it); otherwise None, and the file reads ``en`` as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from aktobe_facts.text.lazypatterns import lazy

_DECIMAL_COMMA = re.compile(r"\d,\d{1,2}(?![\d,.])")
"""A comma and one or two digits: a decimal comma ("1,09 billion", "5,25")."""
_AMBIGUOUS = re.compile(r"(?<![\d,.])\d{1,3},\d{3}(?![\d,.])")
"""One comma and exactly three digits, nothing else: "1,099" (1.099 or 1,099)."""
_EN_STYLE = re.compile(r"\d,\d{3}[,.]\d|\d\.\d{1,2}(?![\d.])|\d\.\d{4,}")
"""A figure only ``en`` writes: comma groups then more ("1,234,567", "1,234.5"), or a decimal
point with one, two or four and more digits after it ("84.78", "1.5")."""
_DOT_GROUPS = re.compile(r"\d\.\d{3}(?:\.\d{3})+(?!\d)|\d\.\d{3},\d")
"""Dots that can only group thousands: "1.234.567", "2.594,5"."""
_SPACE_GROUPS = lazy(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])")
"""Thousands grouped with spaces: "209 531 468", "12 500"."""
_DOT_THREE = re.compile(r"\d\.\d{3}(?!\d)")
"""A point and exactly three digits: a decimal in ``en``, thousands in ``de``."""

MIN_DECIMAL_COMMAS = 2
"""Decimal commas the article must write before its one-comma figures are read as decimals."""


def article_locale(values: Iterable[str]) -> str | None:
    """``fr`` or ``de`` when the values (as printed) write decimal commas, none writes the ``en``
    style, one groups thousands with spaces or dots, and one has a single comma before exactly
    three digits; else None."""
    printed = list(values)
    commas = sum(len(_DECIMAL_COMMA.findall(v)) for v in printed)
    if commas < MIN_DECIMAL_COMMAS or not any(_AMBIGUOUS.search(v) for v in printed):
        return None
    if any(_EN_STYLE.search(v) for v in printed):
        return None
    if any(_DOT_GROUPS.search(v) for v in printed):
        return "de"
    if any(_DOT_THREE.search(v) for v in printed):
        return None  # "4.300 tonnes": a point of either style, no style certain
    if not any(_SPACE_GROUPS.search(v) for v in printed):
        return None  # "4,850 billion" beside "2,3 percent": no thousands grouped, no style certain
    return "fr"
