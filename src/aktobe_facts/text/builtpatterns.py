"""Patterns built at run time from words (a place's name, a currency sign, a noun of the article),
compiled once per process.

``re``'s own cache holds 512 patterns and the draft's modules compile more than that when they are
imported, so a pattern built inside a function and passed to ``re.search`` was compiled again for
every article (and often for every word of it). :func:`compiled` keeps them: the same pattern and
flags give the same compiled pattern, and so the same matches.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled with ``flags``, once per process."""
    return re.compile(pattern, flags)
