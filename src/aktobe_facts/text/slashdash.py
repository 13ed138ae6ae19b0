"""An amount with "/-" after it, the way the press of East Africa and South Asia prints money in
its own currency with no cents ("14.50tri/-", "919.6bn/-", "500/-"): the shilling or the rupee
of the one country of those currencies the article names ("credit in Tanzania's zones rose to
14.50tri/-": 14.50 trillion Tanzanian shillings), with the trade's short scale glued before the
mark ("tri", "trn", "tn", "bn", "mn", "m"). Where the article names no such country, or several,
the currency is not certain and the amount is read as before (a scale the grammar reads, such
as "919.6bn", without a unit; "tri" not at all)."""

from __future__ import annotations

import re
from functools import lru_cache

from aktobe_facts.reading.numbers import GrammarError, Stated
from aktobe_facts.text.draftcurrency import named_codes
from aktobe_facts.text.phraseread import read

_MARK = re.compile(r"(?P<scale>tri|trn|tn|bn|bln|mn|mln|m)?/-(?![\d-])", re.IGNORECASE)
_PER = re.compile(
    r"\s+(?:a|an|per|each)\s+\w++(?![\s-]+(?:earlier|ago|before|later|after|prior|previously|back)\b)",
    re.IGNORECASE,
)
"""A rate after the amount ("500/- a day"), never a time ago ("1.54tri/- a year earlier")."""
_SCALES = {
    "tri": "trillion",
    "trn": "trillion",
    "tn": "trillion",
    "bn": "billion",
    "bln": "billion",
    "mn": "million",
    "mln": "million",
    "m": "million",
}
_CODES = ("KES", "TZS", "UGX", "INR", "PKR", "LKR", "NPR")
"""The shillings and rupees whose press prints "/-" after an amount."""

NOTE = 'printed "{printed}": "/-" after an amount is the money of the country the article names'


@lru_cache(maxsize=4)
def _currency(text: str) -> str | None:
    """The one currency of :data:`_CODES` whose country the article names, or None."""
    if "/-" not in text:
        return None
    named = named_codes(text, _CODES)
    return named[0] if len(named) == 1 else None


def slash_dash(text: str, head: int, end: int) -> tuple[Stated, int, str] | None:
    """The amount whose digits run from ``head`` to ``end`` with "/-" after them, in the currency
    the article's places decide (its reading, where it ends, its value), or None."""
    mark = _MARK.match(text, end)
    if mark is None or _PER.match(text, mark.end()):
        return None  # "500/- a day": a rate, left to the grammar
    code = _currency(text)
    if code is None:
        return None
    scale = mark.group("scale")
    value = f"{code} {' '.join(text[head:end].split())}"
    if scale:
        value += f" {_SCALES[scale.lower()]}"
    try:
        stated = read(value)
    except GrammarError:
        return None
    return stated, mark.end(), value
