"""A sentence that opens on the name of a country's state, province or region ("Queensland
exports reached X", "Ontario's revenue was Y", "Guangdong imports fell to Z"): the name is the
holder of the flow after it, as a country's name is ("Kenya exports"), never a kind of that flow
as "Coal exports" is. So the flow's figure is that place's whole, never a part of another
figure of the flow (the whole country's, another state's).

The names are ISO 3166-2's first-level parts of every country (:mod:`aktobe_facts.reading.
subdivisions`, less the plain words and compass words among them); a name of several words must
be printed whole ("New South Wales", "Western Cape"), with its first letter a capital.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from aktobe_facts.reading.subdivisions import NAMES

_WORDS = re.compile(r"\s*([\w'’-]+)(?:\s+([\w'’-]+))?(?:\s+([\w'’-]+))?")


@cache
def _names() -> frozenset[str]:
    return frozenset(name.lower() for name in NAMES)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def opening_subdivision(words: str) -> str | None:
    """The state, province or region ``words`` open on ("Queensland exports": "queensland";
    "New South Wales' revenue": "new south wales"), in lower case, or None."""
    m = _WORDS.match(words)
    if m is None or not m.group(1)[:1].isupper():
        return None
    found = [w for w in m.groups() if w is not None]
    for n in range(len(found), 0, -1):
        name = _fold(" ".join(found[:n])).lower().replace("’", "'")
        name = name.removesuffix("'s").removesuffix("'")
        if name in _names():
            return name
    return None
