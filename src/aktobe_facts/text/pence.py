"""Whether a "p" glued to a number of any size is pence: a share price of three or four digits
("its shares rose ... to 240p") reads as pence only where the context makes pounds certain; else
the "p" may be pages, points or pixels ("1080p") and the number stays unread."""

from __future__ import annotations

import re

from aktobe_facts.text.paragraphs import paragraph_at

_POUND_FIGURE = re.compile(r"£\s?\d")
"""A figure in pounds: the sign before digits ("£494 million", "£1.13 billion")."""
_PENCE_WORD = re.compile(r"\bpence\b", re.IGNORECASE)
"""The word "pence" anywhere in the text ("a dividend of 5.6 pence")."""


def pounds_certain(text: str, position: int) -> bool:
    """Pounds are the money of the words around ``position`` (right after a number, before its
    "p"): a figure in pounds in the same paragraph (a sentence lies in its paragraph), the word
    "pence" anywhere in the text, or the same number glued to "p" in another paragraph that has
    a figure in pounds (a standfirst's "to 240p" printed again in the body)."""
    if _in_pounds(text, position) or _PENCE_WORD.search(text):
        return True
    number = re.search(r"\d[\d.,]*$", text[max(0, position - 20) : position])
    if number is None:
        return False
    same = re.compile(rf"(?<![\d.,]){re.escape(number.group(0))}(?=p\b)")
    return any(_in_pounds(text, m.end()) for m in same.finditer(text) if m.end() != position)


def _in_pounds(text: str, position: int) -> bool:
    start, end = paragraph_at(text, position)
    return _POUND_FIGURE.search(text, start, end) is not None
