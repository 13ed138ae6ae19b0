"""The answer for the article read last, found by the article object itself before its hash.

Some readings of a whole article (its figures' roles, their context periods) are kept with
``functools.lru_cache(maxsize=1)`` because many rules ask them of one article. The cache finds
the article by its hash, and hashing an article goes through every figure of it: with a rule
asking once for each figure or pair, a long article's draft grew with the square of its
length. :func:`kept_last` asks first whether it is the very object asked last (the same object
is the same article), and only otherwise the cache it wraps, so the answers are the cache's.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

_A = TypeVar("_A")
_R = TypeVar("_R")


def kept_last(read: Callable[[_A], _R]) -> Callable[[_A], _R]:
    """``read`` (a pure function of one argument), answered at once for the object given last."""
    last: list[tuple[_A, _R]] = []

    @wraps(read)
    def kept(given: _A) -> _R:
        if not last or last[0][0] is not given:
            last[:] = [(given, read(given))]
        return last[0][1]

    return kept
