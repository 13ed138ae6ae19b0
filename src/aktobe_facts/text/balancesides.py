"""The side a balance's words put it on: a deficit (or shortfall) below zero, a surplus above.
Two balances the words put on opposite sides are printed as magnitudes of opposite signs: "a
deficit of X, down from a surplus of Y" says the balance fell from +Y to -X, and orders neither
magnitude against the other."""

from __future__ import annotations

import re

_DEFICIT = re.compile(r"\b(?:deficits?|shortfalls?)\b", re.IGNORECASE)
_SURPLUS = re.compile(r"\bsurplus(?:es)?\b", re.IGNORECASE)


def side(words: str) -> str | None:
    """The side the last balance named in ``words`` is on ("deficit" or "surplus"), if any."""
    deficit = [m.end() for m in _DEFICIT.finditer(words)]
    surplus = [m.end() for m in _SURPLUS.finditer(words)]
    if not deficit and not surplus:
        return None
    return "deficit" if max(deficit, default=-1) > max(surplus, default=-1) else "surplus"


def opposite(before: str, between: str) -> bool:
    """The words before a figure name a balance on one side, and the words between it and the next
    figure name one on the other ("a deficit of X, down from a surplus of Y")."""
    first, second = side(before), side(between)
    return first is not None and second is not None and first != second
