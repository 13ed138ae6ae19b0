"""A balance of trade with one partner told in the sentence of its two flows, for a draft (``kind
= "difference"``): "Exports to the EU rose to EUR 2.15 billion, and imports from them to EUR 2.12
billion, for a surplus of EUR 35 million with the bloc": surplus = exports − imports (a deficit:
imports − exports).

:mod:`aktobe_facts.text.draftbalances` balances the wholes of a country's trade; a partner's flows
are parts, which it leaves alone. Here the words make the partner's balance certain: one sentence
holds one export level and one import level (:mod:`aktobe_facts.text.draftroles`) of one unit and
one partner (named alike, or by "them", "it" or "there" in the later flow), and right after the
later flow, joined by ", for a", ", leaving a", ", opening a" (:data:`_LINK`), the deficit or
surplus, unsigned, of the same unit. None of
them a plan or a comparison's earlier figure, and no figure of the sentence already in a drafted
difference. Twenty-eighth session (within28).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftmargin import difference
from aktobe_facts.text.draftroles import Role, roles
from aktobe_facts.text.levels import alike

_PRONOUNS = frozenset({"them", "it", "there"})
"""A partner named again by a pronoun in the later flow ("imports from them")."""
_LINK = re.compile(
    r"[\s,;]*(?:and\s+)?(?:(?:thus|so)\s+)?(?:opening|leaving|giving|creating|producing|"
    r"resulting\s+in|for|with|making)\s+(?:a|an)\s+(?:(?:trade|bilateral)\s+)?"
    r"(?:(?:deficit|surplus)\s+(?:of\s+)?)?",
    re.IGNORECASE,
)
"""From the later flow to its balance: ", for a surplus of", ", leaving a deficit of", ", opening a
trade deficit of", ", giving a" (before "EUR 35 million surplus"); never another clause ("and the
overall deficit reached")."""


def _same_partner(first: Role, later: Role) -> bool:
    if first.partner is None or later.partner is None:
        return False
    return later.partner == first.partner or later.partner in _PRONOUNS


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    named = roles(article)
    taken = {i for r in drafted if r.kind == "difference" for i in tied(r)}
    found: list[DraftRelation] = []
    for figures in article.sentences():
        with_roles = [
            (p, r)
            for p in figures
            if (r := named.get(p.figure.id)) is not None and not r.plan and not r.earlier
        ]
        flows = [(p, r) for p, r in with_roles if r.name in ("exports", "imports")]
        if len(flows) != 2 or {r.name for _, r in flows} != {"exports", "imports"}:
            continue
        (a, ra), (b, rb) = flows
        if not _same_partner(ra, rb) or not alike(a, b):
            continue
        balance = _balance_after(figures, b)
        if balance is None or not _LINK.fullmatch(
            article.text, b.figure.phrase.outer_end, balance.figure.phrase.start
        ):
            continue
        role = named.get(balance.figure.id)
        if role is None or role.name not in ("deficit", "surplus") or not alike(a, balance):
            continue
        if balance.figure.phrase.stated.negative or role.plan or role.earlier:
            continue
        if taken & {a.figure.id, b.figure.id, balance.figure.id}:
            continue
        exports, imports = (a, b) if ra.name == "exports" else (b, a)
        larger, smaller = (exports, imports) if role.name == "surplus" else (imports, exports)
        found.append(difference(article, balance, larger, smaller, a, balance))
    return found, []


def _balance_after(figures: list[Placed], later: Placed) -> Placed | None:
    """The sentence's next level after the later flow (a percent between, its growth, passed
    over), or None."""
    for placed in figures[later.index + 1 :]:
        if placed.figure.phrase.stated.unit is not None and placed.figure.kind == "amount":
            return placed
    return None
