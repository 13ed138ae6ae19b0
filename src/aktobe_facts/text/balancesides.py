"""The side a balance's words put it on: a deficit (or shortfall) below zero, a surplus above.
Two balances the words put on opposite sides are printed as magnitudes of opposite signs: "a
deficit of X, down from a surplus of Y" says the balance fell from +Y to -X, and orders neither
magnitude against the other."""

from __future__ import annotations

import re

_DEFICIT = re.compile(r"\b(?:deficits?|shortfalls?)\b", re.IGNORECASE)
_SURPLUS = re.compile(r"\bsurplus(?:es)?\b", re.IGNORECASE)
_GAP_TO = re.compile(
    r"\b(?:revenues?|tax(?:es)?|receipts|income|funding|financing|exports?|collections?|"
    r"target(?:ed)?|planned|budgeted)\s+shortfalls?\b|"
    r"\bshortfalls?\s+(?:in|of|against|from|versus|vs\.?|relative\s+to|compared\s+(?:with|to))\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:revenues?|tax(?:es)?|receipts|income|targets?|"
    r"plans?|forecasts?|projections?|estimates?|goals?|budget)\b|"
    r"\b(?:targets?|plans?|forecasts?|projections?|estimates?|goals?)\b[^.;]*?\bshortfalls?\b",
    re.IGNORECASE,
)
"""A shortfall of a flow or against a plan ("a revenue shortfall", "the shortfall against the
target", "a shortfall in tax receipts", "missed its target: the shortfall was"): a gap to what was expected, on no side of a balance. A
shortfall alone ("the budget ran a shortfall of X", "a primary shortfall") is a deficit, as
:mod:`~aktobe_facts.text.draftroles` reads it."""


def side(words: str) -> str | None:
    """The side the last balance named in ``words`` is on ("deficit" or "surplus"), if any: a
    deficit or a shortfall below zero (never a shortfall of a flow or against a plan), a surplus
    above. :mod:`~aktobe_facts.text.draftprimary` and :mod:`~aktobe_facts.text.draftupfrom` read
    the side here."""
    gaps = [m.span() for m in _GAP_TO.finditer(words)]
    deficit = [
        m.end()
        for m in _DEFICIT.finditer(words)
        if not any(start <= m.start() < end for start, end in gaps)
    ]
    surplus = [m.end() for m in _SURPLUS.finditer(words)]
    if not deficit and not surplus:
        return None
    return "deficit" if max(deficit, default=-1) > max(surplus, default=-1) else "surplus"


def opposite(before: str, between: str) -> bool:
    """The words before a figure name a balance on one side, and the words between it and the next
    figure name one on the other ("a deficit of X, down from a surplus of Y")."""
    first, second = side(before), side(between)
    return first is not None and second is not None and first != second
