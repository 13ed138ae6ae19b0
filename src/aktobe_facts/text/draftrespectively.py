"""The periods a "respectively" gives a list of figures, for the roles of
:mod:`aktobe_facts.text.draftroles`: "the deficit was 1.37 trillion in the first quarter, and 1.54,
1.74 and 1.86 trillion in the second, third and fourth quarters respectively" (each its quarter);
"spending was 3.67 trillion in H1 2019 and 4.91 trillion in H2 2019, giving deficits of 89 billion
and 2.44 trillion in the two halves respectively" (each the period of the figure of the list
before it in its place).

Only figures whose own words name no period, listed with nothing but commas and "and" between,
as many as the periods named: else none is given one.
"""

from __future__ import annotations

import re
from itertools import pairwise

import msgspec

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftroles import Role
from aktobe_facts.text.roletime import Time
from aktobe_facts.text.sentences import LIST_JOIN

_ORDINALS = ("first", "second", "third", "fourth")
_RESPECTIVE = re.compile(
    r"\s*(?:in|for|during)\s+(?:the\s+)?(?:((?:(?:first|second|third|fourth)(?:\s*,\s*|\s+and\s+|"
    r"\s*,\s*and\s+))+(?:first|second|third|fourth))\s+(quarters|halves)|(?:two|both)\s+"
    r"(halves|quarters|years|periods))\s*,?\s+respectively\b",
    re.IGNORECASE,
)
"""After a list of figures: the periods each is of, in order."""


def respective(article: Article, named: dict[str, Role]) -> dict[str, Role]:
    """The roles, with the period each figure of a "respectively" list names by its place."""
    text = article.text
    out = dict(named)
    for figures in article.sentences():
        for k, placed in enumerate(figures):
            m = _RESPECTIVE.match(text, placed.figure.phrase.outer_end)
            if m is None:
                continue
            times = _ordinal_times(m) if m.group(1) else _times_before(figures, k, out)
            listed = _listed(text, figures, k, len(times)) if times else []
            for p, time in zip(listed, times, strict=False):
                role = out.get(p.figure.id)
                if role is not None and not role.time.named:
                    out[p.figure.id] = msgspec.structs.replace(role, time=time)
    return out


def _ordinal_times(m: re.Match[str]) -> list[Time]:
    words = re.findall(r"[a-z]+", m.group(1).lower())
    length = 3 if m.group(2).lower() == "quarters" else 6
    which = [_ORDINALS.index(w) for w in words if w in _ORDINALS]
    return [Time(months=(w * length + 1, (w + 1) * length)) for w in which]


def _listed(text: str, figures: list[Placed], k: int, count: int) -> list[Placed]:
    """The ``count`` figures ending with the k-th, listed with only commas and "and" between."""
    if count > k + 1:
        return []
    listed = figures[k - count + 1 : k + 1]
    gaps = [text[a.figure.phrase.outer_end : b.figure.phrase.start] for a, b in pairwise(listed)]
    return listed if all(LIST_JOIN.fullmatch(g) for g in gaps) else []


def _times_before(figures: list[Placed], k: int, named: dict[str, Role]) -> list[Time]:
    """ "in the two halves respectively": the periods of the two figures before the list, of one
    role, each naming its own period, in order (two figures: the list must be two long)."""
    start = k - 1  # the list is the two figures ending at k; the ones named are before them
    before = [p for p in figures[: max(0, start)] if p.figure.id in named]
    if len(before) < 2:
        return []
    a, b = before[-2], before[-1]
    ra, rb = named[a.figure.id], named[b.figure.id]
    if ra.name != rb.name or not (ra.time.named and rb.time.named) or ra.time.fits(rb.time):
        return []
    return [ra.time, rb.time]
