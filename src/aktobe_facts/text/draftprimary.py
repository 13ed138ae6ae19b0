"""A primary balance, for a draft: the budget's balance without its interest payments ("Leaving out
interest payments, the budget balance saw a surplus of P", "the primary balance was in surplus by
P"), drafted from the article's one balance B of revenue R and spending S (drafted before by
:mod:`aktobe_facts.text.draftbalances`) and its one figure of interest I: a primary deficit beside
a deficit is the deficit less interest (``P = B - I``, a difference), a primary surplus beside a
surplus the surplus and the interest (a sum), and a primary balance of the other sign (a primary
surplus beside a deficit) the revenue less the spending other than interest (``P = R - (S - I)``,
an equation; "interest less the deficit" is no quantity an article states).

Drafted only when the words leave one reading: the primary figure says which it is (a deficit or
a surplus, the word nearest before it in its sentence, read by
:func:`~aktobe_facts.text.balancesides.side`: a shortfall is a deficit, as the roles read it), the article has one figure of interest
paid in the primary figure's unit ("interest payments were I", "its biggest item was interest,
I"; never "interest rates") and one drafted budget balance in that unit whose period fits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.balancesides import side
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftroles import Role, roles
from aktobe_facts.text.levels import alike
from aktobe_facts.text.periodcontext import one_context

_PRIMARY = re.compile(
    r"\bprimary\s+(?:budget\s+)?(?:balance|deficit|surplus|shortfall)\b|"
    r"\b(?:leaving\s+out|excluding|not\s+counting|without|before)\s+(?:the\s+)?interest\b",
    re.IGNORECASE,
)
_INTEREST = re.compile(
    r"\binterest(?!\s+rates?\b)(?:\s+(?:payments?|expenditures?|expenses|costs?|bill))?"
    r"(?:\s+(?:were|was|came\s+to|amounted\s+to|totall?ed|reached|of|at))?[\s,:]*$",
    re.IGNORECASE,
)
"""The words right before a figure of interest paid: "interest payments were", "was interest,"."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    named = roles(article)
    text = article.text
    primaries = [(p, sign) for p in article.figures if (sign := _primary(text, p)) is not None]
    starts: dict[str, int] = {}  # where each figure's own words start: after the figure before
    for k, placed in enumerate(article.figures):
        before = article.figures[k - 1] if k else None
        if before is not None and before.sentence_index == placed.sentence_index:
            starts[placed.figure.id] = before.figure.phrase.outer_end
        else:
            starts[placed.figure.id] = placed.sentence[0]
    interest = [p for p in article.figures if _interest(text, starts[p.figure.id], p)]
    found: list[DraftRelation] = []
    drafted_balances = (
        [one for relation in drafted if (one := _balance(relation, article, named)) is not None]
        if primaries
        else []
    )  # read once, not for each primary balance
    for primary, sign in primaries:
        paid = [p for p in interest if alike(p, primary) and p is not primary]
        balances = [
            found_balance
            for found_balance in drafted_balances
            if alike(found_balance[0], primary)
            and found_balance[0] is not primary
            and _fits(named, primary, found_balance)
        ]
        if len(paid) != 1 or len(balances) != 1:
            continue
        balance, revenue, spending = balances[0]
        if not one_context(article, primary, paid[0], balance):
            continue  # a guard after the count (text/periodcontext.py)
        p, b, r, s, i = (x.figure.id for x in (primary, balance, revenue, spending, paid[0]))
        said = " … ".join(_words(text, x) for x in (primary, paid[0]))
        alike_sign = named[b].name == sign
        if alike_sign and sign == "deficit":  # the deficit less interest
            fields: dict[str, str | list[str] | bool] = {"result": p, "minuend": b, "subtrahend": i}
            found.append(DraftRelation("", "difference", fields, said))
        elif alike_sign:  # the surplus and the interest
            fields = {"total": p, "parts": [b, i], "exhaustive": True}
            found.append(DraftRelation("", "sum", fields, said))
        else:  # a primary surplus beside a deficit: revenue less the spending other than interest
            expr = f"{p} = {r} - ({s} - {i})" if sign == "surplus" else f"{p} = ({s} - {i}) - {r}"
            found.append(DraftRelation("", "equation", {"expr": expr}, said))
    return found, []


def _primary(text: str, placed: Placed) -> str | None:
    """ "deficit" or "surplus" for a primary balance's figure, else None."""
    phrase = placed.figure.phrase
    stated = phrase.stated
    if stated.unit is None or not stated.unit.is_currency or stated.direction is not None:
        return None
    before = text[placed.sentence[0] : phrase.start]
    if _PRIMARY.search(before) is None:
        return None
    return side(before)  # "the primary shortfall was P": a deficit, as the balance's roles read it


def _interest(text: str, start: int, placed: Placed) -> bool:
    """A figure of interest paid: "interest" right before it, in a sentence that does not leave
    interest out."""
    phrase = placed.figure.phrase
    stated = phrase.stated
    if stated.unit is None or not stated.unit.is_currency or stated.direction is not None:
        return False
    before = text[start : phrase.start]
    return _INTEREST.search(before) is not None and _PRIMARY.search(before) is None


def _balance(
    relation: DraftRelation, article: Article, named: dict[str, Role]
) -> tuple[Placed, Placed, Placed] | None:
    """A drafted budget balance as (balance, revenue, spending)."""
    if relation.kind != "difference":
        return None
    ids = [relation.fields.get(k) for k in ("result", "minuend", "subtrahend")]
    placed = {p.figure.id: p for p in article.figures}
    if not all(isinstance(i, str) and i in placed and i in named for i in ids):
        return None
    result, first, second = (placed[str(i)] for i in ids)
    by_role = {named[p.figure.id].name: p for p in (first, second)}
    if named[result.figure.id].name not in ("deficit", "surplus") or set(by_role) != {
        "revenue",
        "spending",
    }:
        return None
    return result, by_role["revenue"], by_role["spending"]


def _fits(named: dict[str, Role], primary: Placed, balance: tuple[Placed, ...]) -> bool:
    role = named.get(primary.figure.id)
    return role is None or all(
        role.time.fits(named[b.figure.id].time) for b in balance if b.figure.id in named
    )


def _words(text: str, placed: Placed) -> str:
    phrase = placed.figure.phrase
    return " ".join(text[max(placed.sentence[0], phrase.start - 60) : phrase.outer_end].split())
