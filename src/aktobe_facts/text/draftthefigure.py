"""A figure named again by "the" as its clause's subject, for a draft (``kind = "equal"``):
"Tobacco sales have so far earned the growers US$44.3 million. ... According to the auction
floors, the US$44.3 million was realised from 29.1 million kilogrammes" is one figure given
twice. "The" before a figure with nothing else in its clause before it, and a verb right after
it, points back to the figure the article gave before: the one other figure of that unit and
value as stated (any scale: "Rs7.997 trillion" is "Rs. 7,997 billion"), when it stands before.

Nothing is drafted when the figure has a noun after it ("the $5 million loan", "the 10 million
target": another thing, which may be of the same value) or a participle that says which figure
before the clause's verb ("the $5 million needed for the bridge has not been found"), when words stand between "the" and the
clause's start ("exceeding the $5 million of 2022": a comparison's figure), when two other
figures or none state that value, when the two figures' periods differ, or when one is a bound
or approximate and the other not ("over $5 million" and "the $5 million").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftcounts import past_noun
from aktobe_facts.text.draftequal import equal_relation
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.sentences import clause_start

_THE = re.compile(r"\s*the\s+", re.IGNORECASE)
_VERB = re.compile(
    r"\s*(?P<aux>(?:has|have|had)\s+(?:been\s+)?|(?:will|would|could|should|may|might|must)\s+"
    r"(?:be\s+)?|(?:is|are|was|were)\s+(?:also\s+|now\s+|then\s+)?)?"
    r"(?:is|are|was|were|came|comes|went|goes|represents|accounts|includes|covers|"
    r"(?P<participle>spent|paid|given|made|sold|lent|held|kept|brought|taken|[a-z]{2,}ed))\b",
    re.IGNORECASE,
)
"""Right after the figure: the verb its clause opens on ("was realised", "came from", "will be
spent"), never a noun of its own ("the $5 million loan")."""

_FINITE = lazy(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|came|went|"
    r"spent|paid|given|made|sold|lent|held|kept|brought|taken|[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
"""A verb later in the sentence: the word after the figure was no verb but a participle that says
which figure ("the $5 million needed for the bridge has not been found")."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    """The figures named again by "the" with the figure they name (a rule of
    :mod:`aktobe_facts.text.draftrules`)."""
    levels = given_again(article, drafted, _named_again, lambda first, placed: True)
    return levels + given_again(
        article, [*drafted, *levels], _count_named_again, _one_noun, same_count
    ), []


def given_again(
    article: Article,
    drafted: Sequence[DraftRelation],
    again: Callable[[str, Placed], bool],
    fits: Callable[[Placed, Placed], bool],
    alike: Callable[[Placed, Placed], bool] | None = None,
) -> list[DraftRelation]:
    """The equal of each figure the words give ``again`` and the one other figure of the article
    with its unit, value, bound and period (``alike``: :func:`same_figure`), when that one stands
    before it and ``fits``."""
    taken = {c for r in drafted if r.kind == "equal" for c in tied(r)}
    same_as = alike or same_figure
    found = []
    for k, placed in enumerate(article.figures):
        if placed.figure.id in taken or not again(article.text, placed):
            continue
        same = [p for p in article.figures if p is not placed and same_as(p, placed)]
        if len(same) != 1 or article.figures.index(same[0]) > k:
            continue
        first = same[0]
        if first.figure.id not in taken and fits(first, placed):
            found.append(equal_relation([first, placed]))
            taken |= {placed.figure.id, first.figure.id}
    return found


def _named_again(text: str, placed: Placed) -> bool:
    """The figure opens its clause after "the", and a verb follows it."""
    phrase = placed.figure.phrase
    if not level_or_rate(placed):
        return False
    start = clause_start(text, placed.sentence[0], phrase.start)
    verb = _VERB.match(text, phrase.outer_end, placed.sentence[1])
    if _THE.fullmatch(text, start, phrase.start) is None or verb is None:
        return False
    bare = verb["aux"] is None and verb["participle"] is not None
    return not (bare and _FINITE.search(text, verb.end(), placed.sentence[1]))


def level_or_rate(placed: Placed) -> bool:
    """A level in a unit, or a rate of one ("US$1.48/kg"): no percent, change, range or negative
    figure."""
    stated = placed.figure.phrase.stated
    return (
        stated.unit is not None
        and stated.unit.kind != "percent"
        and stated.direction is None
        and not stated.negative
        and not stated.is_range
        and stated.digits is not None
    )


def same_figure(earlier: Placed, placed: Placed) -> bool:
    """One unit (and unit per unit), value, bound and period as stated."""
    a, b = earlier.figure.phrase.stated, placed.figure.phrase.stated
    if a.unit is None or b.unit is None or a.unit.key != b.unit.key:
        return False
    if (a.per is None) != (b.per is None) or (a.per and b.per and a.per.key != b.per.key):
        return False
    if a.value != b.value or a.high != b.high or a.qualifier != b.qualifier:
        return False
    x, y = earlier.figure.period, placed.figure.period
    return x is None or y is None or x == y


_THE_OWNER = re.compile(r"\s*the\s+(?:[a-z][\w-]*['’]s?\s+)?", re.IGNORECASE)
"""Before a count named again: "The ", "The quarter's " (the possessive of a period or holder)."""


def _count_named_again(text: str, placed: Placed) -> bool:
    """A count opens its clause after "the" (and a possessive: "The quarter's 15,989 tourists
    were"), its noun right after it, then a verb (twenty-fourth session, orders24)."""
    phrase = placed.figure.phrase
    stated = phrase.stated
    if stated.unit is not None or stated.direction is not None or stated.is_range:
        return False
    if placed.figure.kind != "count" or placed.figure.noun is None or stated.negative:
        return False
    start = clause_start(text, placed.sentence[0], phrase.start)
    if _THE_OWNER.fullmatch(text, start, phrase.start) is None:
        return False
    after = past_noun(text, placed.figure)
    verb = _VERB.match(text, after, placed.sentence[1])
    return verb is not None and not (verb["aux"] is None and verb["participle"] is not None)


def same_count(earlier: Placed, placed: Placed) -> bool:
    """Two counts of one value and bound as stated, of one period or one named at most."""
    a, b = earlier.figure.phrase.stated, placed.figure.phrase.stated
    if earlier.figure.kind != "count" or a.unit is not None or b.unit is not None:
        return False
    if a.value != b.value or a.high != b.high or a.qualifier != b.qualifier:
        return False
    x, y = earlier.figure.period, placed.figure.period
    return x is None or y is None or x == y


def _one_noun(earlier: Placed, placed: Placed) -> bool:
    """The earlier count counts the same thing, or names none ("They numbered 15,989")."""
    return earlier.figure.noun in (None, placed.figure.noun)
