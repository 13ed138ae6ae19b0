"""The later figures a figure may pair with, from buckets of figures looked up by a key: a rule
that pairs each figure with the later ones, and takes only pairs of two keys that differ in a
known way (other months, scales a thousand times apart), reads the buckets of those keys, not
every later figure (one figure told in n sentences made n * n pairs that no test took)."""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

Key = TypeVar("Key")


def later(
    buckets: Mapping[Key, list[int]], place: int, keep: Callable[[Key], bool]
) -> Iterator[int]:
    """The places after ``place`` in the buckets (each sorted) whose key ``keep`` takes, in
    order."""
    return heapq.merge(
        *(places[bisect_right(places, place) :] for key, places in buckets.items() if keep(key))
    )
