"""The press's "-pc" after a number ("a 42-pc. increase"): a percent only before a noun of
change or of a share; before anything else it may count pieces ("a 24-pc tool set", "a 3-pc
suit"), and the number is no percent.

"-percent", "-per-cent" and "-pct" have one reading and stay percents wherever they stand
(:mod:`aktobe_facts.text.phrases`); "pc" spaced from its number ("51 pc") is the grammar's
percent as before.
"""

from __future__ import annotations

import re

from aktobe_facts.reading.changewords import CHANGE_NOUNS

_SHARE_NOUNS = (
    r"stake|share|holding|interest|discount|tariff|duty|tax|levy|rate|premium|return|yield|"
    r"margin|majority|minority|subsidy|mark-?up|commission|dividend|raise|pay\s+rise|fee|"
    r"quota|ownership"
)
"""Nouns a percent is of besides a change's: "a 26-pc stake", "a 10-pc tariff"."""
_PC = re.compile(r"[-‐]pc\b\.?", re.IGNORECASE)
_PERCENT_NOUN = re.compile(
    rf"\s+(?:[a-z]+(?:-[a-z]+)*\s+)?(?:{CHANGE_NOUNS}|{_SHARE_NOUNS})s?\b", re.IGNORECASE
)
"""After "-pc": a noun of change or of a share, with one word before it at most ("a 10-pc
year-on-year increase", "a 26-pc equity stake")."""


def pieces(text: str, end: int) -> bool:
    """The number ending at ``end`` is followed by "-pc" and no percent's noun: it may count
    pieces, never read as a percent."""
    m = _PC.match(text, end)
    return m is not None and _PERCENT_NOUN.match(text, m.end()) is None
