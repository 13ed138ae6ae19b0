"""The web address a numeral is in, as a text copied from a web page carries it: no figure, and
no period of the article."""

from __future__ import annotations

import re

from aktobe_facts.text.lazypatterns import lazy

_ADDRESS = lazy(r"[a-z][\w+.-]*://|www\.|[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,24}/", re.IGNORECASE)
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
