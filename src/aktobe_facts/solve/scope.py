"""Which relations one per-relation check tests together, and whether a set of constraints has a
part that no single check tests (the only part the joint check has to decide).

A constraint's *label* names the check that tests it: a relation's id, or a currency pair's
conversions (:func:`pool`). A *scope* is a set of labels one check tests together (a share of a
whole converted at the article's rate, with that rate's conversions).
"""

from __future__ import annotations

from collections.abc import Iterable

from aktobe_facts.solve.unionfind import DisjointSets

CONVERSIONS = "conversions:"
"""The start of a currency pair's conversions label (:func:`pool`)."""


def pool(a: str, b: str, tag: str | None = None) -> str:
    """The label of a currency pair's conversions (tested together by the conversions check);
    ``tag`` names the period when the pair's conversions are split by period."""
    first, second = sorted((a, b))
    return f"{CONVERSIONS}{first}/{second}" + (f"@{tag}" if tag else "")


def rate_var(top: str, bottom: str, tag: str | None = None) -> str:
    """The joint system's variable of a rate: ``top`` per ``bottom`` (in period ``tag``)."""
    return f"rate:{top}/{bottom}" + (f"@{tag}" if tag else "")


def split_rate(name: str) -> tuple[str, str, str | None]:
    """``rate:A/B@T`` -> ``(A, B, T)``; ``T`` is ``None`` for a pair with one rate."""
    pair, at, tag = name[5:].partition("@")
    top, _, bottom = pair.partition("/")
    return top, bottom, tag if at else None


def rate_pool(name: str) -> str:
    """The conversions label of a rate variable."""
    return pool(*split_rate(name))


def canonical_rate(name: str) -> str:
    """A pair's rate named either way round (``rate:A/B``, ``rate:B/A``) as one name."""
    top, bottom, tag = split_rate(name)
    first, second = sorted((top, bottom))
    return rate_var(first, second, tag)


def within(scopes: Iterable[frozenset[str]], labels: Iterable[str]) -> bool:
    """Whether one scope holds all ``labels`` (a single label is always its own check's)."""
    wanted = frozenset(labels)
    return len(wanted) <= 1 or any(wanted <= scope for scope in scopes)


def spans_checks(
    constraints: Iterable[tuple[Iterable[str], str]], scopes: Iterable[frozenset[str]]
) -> bool:
    """Whether some constraints that share a variable (directly or through others) are tested by
    no single check: whether the joint system has anything to decide. ``constraints`` gives each
    constraint as the names of the figures it reads and its label.

    Exact in one direction: when this is false, every part of any system built from (some of)
    these constraints lies inside one check's scope, so the joint check has nothing to report.
    A pair's rate named both ways round (``rate:A/B`` and ``rate:B/A``) counts as one variable,
    as the builder ties the two with its reciprocal constraint under the pair's label.
    """
    sets = DisjointSets()

    def canonical(name: str) -> str:  # both directions of a pair's rate: one variable
        return canonical_rate(name) if name.startswith("rate:") else name

    labelled: list[tuple[str, str]] = []
    for read, label in constraints:
        names = sorted({canonical(n) for n in read})
        if not names:
            continue  # over constants only: a part of its own, with one label
        sets.join(names)
        labelled.append((names[0], label))
        # a rate may bring its pair's reciprocal constraint: counted in, whether built or not
        labelled.extend((n, rate_pool(n)) for n in names if n.startswith("rate:"))
    by_part: dict[str, set[str]] = {}
    for name, label in labelled:
        by_part.setdefault(sets.find(name), set()).add(label)
    chosen = list(scopes)
    return any(not within(chosen, labels) for labels in by_part.values())
