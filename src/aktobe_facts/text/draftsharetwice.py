"""The shares of one figure given twice, for a draft: an ``equal`` relation between two percents
when each is the share of one of two figures an ``equal`` relation ties, and both name one whole
with the same words: "the budget deficit came to Rs6.168 trillion (5.4 percent of the GDP)" and,
further on, "a budget deficit of Rs 6.168 trillion (5.4 percent of the GDP)". The figure and its
whole are the same, so are its shares; two that differ are a slip.

Read from the relations drafted before (the equal of the two amounts, :mod:`draftequal` and its
kin) and from the share pairs of :func:`aktobe_facts.text.draftshares.share_pairs`. Nothing is
drafted when either share names no whole or only "the total" ("or 12 percent of the total" may
be of two totals), when the two name different wholes ("of GDP", "of revenue"), or when both are
drafted as shares of one whole figure already (the equal would say nothing more).
"""

from __future__ import annotations

from collections.abc import Sequence

from aktobe_facts.text.draftfigures import DraftRelation, Sentence
from aktobe_facts.text.draftshares import Pair, share_pairs


def relations(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The equal shares of the figures each ``equal`` relation of ``drafted`` ties."""
    pairs = {p.part.id: p for s in sentences for p in share_pairs(text, s)}
    whole_of = {
        str(r.fields["share"]): str(r.fields["whole"]) for r in drafted if r.kind == "share"
    }
    taken = {c for r in drafted if r.kind == "equal" for c in _claims(r)}
    found = []
    for relation in drafted:
        if relation.kind != "equal":
            continue
        shared = [pairs[c] for c in _claims(relation) if c in pairs]
        if len(shared) < 2 or len({_whole(p) for p in shared}) != 1 or _whole(shared[0]) is None:
            continue
        if len({p.part.period for p in shared if p.part.period is not None}) > 1:
            continue  # "Rs6.168 trillion in 2031 ... In 2030 the deficit was also": two GDPs
        ids = [p.share.id for p in shared]
        if len(set(ids)) != len(ids) or set(ids) & taken:
            continue
        if len({whole_of.get(i) for i in ids}) == 1 and ids[0] in whole_of:
            continue  # shares of one whole figure: the share relations say it
        said = " … ".join(" ".join(p.share.phrase.value.split()) for p in shared)
        found.append(DraftRelation("", "equal", {"claims": ids}, said))
    return found


def _claims(relation: DraftRelation) -> list[str]:
    claims = relation.fields.get("claims")
    return [str(c) for c in claims] if isinstance(claims, list) else []


def _whole(pair: Pair) -> frozenset[str] | None:
    """The words that name a pair's whole ("of the GDP": gdp), None when it names none of its own
    ("of the total", or no "of")."""
    if not pair.named or pair.generic or not pair.whole_words:
        return None
    return pair.whole_words
