"""One flow within the trade turnover, for a draft (``kind = "sum"``, not exhaustive): "External
trade turnover reached $12.09 billion over the seven months ... The country exported goods worth
$3.58 billion between January and July."

Trade turnover is exports plus imports; where the article gives one of the two flows and not the
other, that flow is a part of the turnover (:mod:`aktobe_facts.text.draftbalances` drafts the
whole sum where it gives both). Found by the figures' roles (:mod:`aktobe_facts.text.draftroles`):
the turnover and the flow are wholes (no part, plan or comparison's earlier figure) of one owner
and unit whose periods are one (both named, or neither and in one paragraph), the article has
one such turnover and one such flow of that period, and no figure of the other flow fits it. A
turnover of one coverage ("turnover in services") takes only a flow whose words name the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed, clause_of
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftparts import sum_relation
from aktobe_facts.text.draftroles import COVERAGE, Role, reported_whole, roles
from aktobe_facts.text.levels import alike
from aktobe_facts.text.periodcontext import one_context
from aktobe_facts.text.ties import Ties

_FLOWS = ("exports", "imports")


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    named = roles(article)
    # a turnover already broken down; a partner's turnover within it breaks down none of it
    summed = {
        r.fields.get("total")
        for r in drafted
        if r.kind == "sum" and not _partners_only(r.fields.get("parts"), named)
    }
    ties = Ties(drafted)
    # each flow's reported wholes, found once (the first test of each figure below)
    reported = {
        name: [
            p
            for p in article.figures
            if (other := named.get(p.figure.id)) is not None and reported_whole(other, name)
        ]
        for name in ("turnover", *_FLOWS)
    }
    found: list[DraftRelation] = []
    for whole in article.figures:
        role = named.get(whole.figure.id)
        if not reported_whole(role, "turnover") or role is None or whole.figure.id in summed:
            continue
        rivals = [p for p in _fitting(reported, named, whole, role, "turnover") if p is not whole]
        flows = [_fitting(reported, named, whole, role, name) for name in _FLOWS]
        loose = [_fitting(reported, named, whole, role, name, loose=True) for name in _FLOWS]
        if rivals or sorted(len(f) for f in flows) != [0, 1] or sum(map(len, loose)) != 1:
            continue  # another turnover, none or both flows, or a flow of a period unsaid
        part = next(f[0] for f in flows if f)
        if ties.together({whole.figure.id, part.figure.id}):
            continue
        if not one_context(article, whole, part):
            continue  # a guard after the count (text/periodcontext.py)
        quote = " … ".join(
            " ".join(clause_of(article.text, p).split())
            for p in sorted((whole, part), key=lambda p: p.figure.phrase.start)
        )
        found.append(sum_relation(whole, [part], False, quote))
    return found, []


def _partners_only(parts: object, named: dict[str, Role]) -> bool:
    """Every part is a partner's flow ("trade with China" within the turnover): the turnover's
    own flows are still unsaid."""
    return isinstance(parts, list) and all(
        (role := named.get(str(p))) is not None and role.partner is not None for p in parts
    )


def _fitting(
    reported: dict[str, list[Placed]],
    named: dict[str, Role],
    whole: Placed,
    role: Role,
    name: str,
    loose: bool = False,
) -> list[Placed]:
    """The article's whole flows ``name`` of the turnover's owner and unit, of its period (or,
    ``loose``, of a period that may be its)."""
    out: list[Placed] = []
    for p in reported[name]:
        other = named[p.figure.id]
        owners = not (other.owner and role.owner) or other.owner == role.owner
        covers = role.owner & COVERAGE
        if len(covers) == 1 and other.owner & COVERAGE != covers:
            continue  # "turnover in services" and exports not said to be of services
        if not owners or not alike(p, whole):
            continue
        one = other.time.same(role.time) or (
            not other.time.named and not role.time.named and p.paragraph == whole.paragraph
        )
        if one or (loose and other.time.fits(role.time)):
            out.append(p)
    return out
