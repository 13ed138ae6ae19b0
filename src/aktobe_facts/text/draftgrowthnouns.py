"""Flows named in a list before as many growths, their levels given earlier, for a draft: "Exports
in April rose to 73.97 billion ringgit ... imports to 65.21 billion ringgit ... On a month-on-month
basis, total trade, exports and imports dropped by 12.9 percent, 10.5 percent and 15.6 percent
respectively": each percent is the growth of the level its flow had (the first of the first).

Drafted only when the words leave one reading: the percents' clause opens on the list of two or
three flows' nouns (exports, imports, total trade or turnover, revenue, spending), joined by commas
and "and", with nothing before them in the sentence but a connective and the comparison's basis; right after, the first percent with its own
verb of change; the percents are joined by commas and "and", and after the last only the
comparison's period, "respectively" and the clause's end. The sentence holds no level of its own,
names no period (the levels' period is the growth's), and every percent carries the first one's
sign. Each flow has exactly one level before the sentence that the words give it
(:func:`aktobe_facts.text.draftroles.roles`: no part, no partner, no plan, no comparison's
earlier figure), all the levels in one unit; two such levels of a flow, or none, leave the list
to the editor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from aktobe_facts.text import draftfigures as fig
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import DraftRelation, Figure, Sentence
from aktobe_facts.text.draftgrowthlisted import END, JOIN
from aktobe_facts.text.draftroles import Role, roles
from aktobe_facts.text.growthbasis import list_of_other_basis
from aktobe_facts.text.lazypatterns import lazy

_NOUNS = {
    "exports": r"exports",
    "imports": r"imports",
    "turnover": r"(?:total\s+|foreign\s+|external\s+)?trade(?:\s+turnover)?|turnover",
    "revenue": r"(?:total\s+)?revenues?",
    "spending": r"(?:total\s+)?(?:spending|expenditures?)",
}
_ONE = "|".join(rf"(?P<{name}{{k}}>{words})" for name, words in _NOUNS.items())
_LIST = lazy(
    r"^\W*(?:(?:however|meanwhile|but|and|also)\s*,?\s*)?"
    r"(?:(?:on|in)\s+an?\s+[a-z-]+(?:\s+[a-z-]+)?\s+basis\s*,\s*)?(?:the\s+)?"
    + rf"(?:{_ONE.format(k=0)})\s*,\s*(?:the\s+)?(?:(?:{_ONE.format(k=1)})\s*,?\s*)?"
    + rf"and\s+(?:the\s+)?(?:{_ONE.format(k=2)})\s+(?:(?:were|was|have|has|had)\s+)?$",
    re.IGNORECASE,
)
"""The clause before the first percent: the flows' nouns, "total trade, exports and imports",
after at most a connective and the words of the comparison's basis ("However, on a
month-on-month basis,")."""


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The growth of each listed flow's one level."""
    tied = {r.fields.get("growth") for r in drafted if r.kind in ("growth", "change")}
    found: list[DraftRelation] = []
    named: dict[str, Role] | None = None
    article: Article | None = None
    for k, sentence in enumerate(sentences):
        flows = _listed(text, sentence)
        if flows is None:
            continue
        nouns, growths = flows
        if any(g.id in tied for g in growths):
            continue
        if article is None:
            article = Article.of(text, sentences)
            named = roles(article)
        assert named is not None
        levels = [_level(article, named, k, noun) for noun in nouns]
        if any(level is None for level in levels):
            continue
        first = levels[0]
        assert first is not None
        if not all(level is not None and fig.same_unit(first, level) for level in levels):
            continue
        for level, growth in zip(levels, growths, strict=True):
            assert level is not None
            fields: dict[str, str | list[str] | bool] = {"growth": growth.id, "current": level.id}
            said = " ".join(text[growth.phrase.start : growth.phrase.outer_end].split())
            found.append(DraftRelation("", "growth", fields, said))
        tied |= {g.id for g in growths}
    return found


def _listed(text: str, sentence: Sentence) -> tuple[list[str], list[Figure]] | None:
    """The flows named and their percents, where the sentence is such a list."""
    figures = list(sentence.figures)
    if len(figures) not in (2, 3) or not all(fig.is_percent(f) for f in figures):
        return None  # a level of its own, or more figures than a list of growths
    if sentence.periods:
        return None  # a period named: the levels' may be another
    first = figures[0]
    if first.phrase.stated.direction is None:
        return None  # the first percent carries its verb of change
    if any(f.phrase.stated.negative != first.phrase.stated.negative for f in figures):
        return None
    if any(f.kind not in (None, "growth") or f.phrase.stated.qualifier for f in figures):
        return None
    said = _LIST.match(text[sentence.span[0] : first.phrase.start])
    if said is None:
        return None
    nouns = [name for k in range(3) for name in _NOUNS if said.group(f"{name}{k}")]
    if len(nouns) != len(figures) or len(set(nouns)) != len(nouns):
        return None
    joins = [
        fig.between(text, a.phrase.outer_end, b.phrase.start, sentence.periods).strip()
        for a, b in pairwise(figures)
    ]
    if not all(JOIN.match(j) for j in joins) or not joins[-1].endswith("and"):
        return None
    if END.match(text[figures[-1].phrase.outer_end : sentence.span[1]]) is None:
        return None
    if list_of_other_basis(text, sentence.span[0], sentence, figures):
        return None  # "On a like-for-like basis, exports and imports rose ...": no level's
    return nouns, figures


def _level(article: Article, named: dict[str, Role], k: int, noun: str) -> Figure | None:
    """The one figure before sentence ``k`` the words give the flow: no part, partner, plan or
    earlier period."""
    found = [
        p.figure
        for p in article.figures
        if p.sentence_index < k
        and (role := named.get(p.figure.id)) is not None
        and role.name == noun
        and role.part is None
        and role.partner is None
        and not role.plan
        and not role.earlier
    ]
    return found[0] if len(found) == 1 else None
