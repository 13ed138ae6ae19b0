"""Conversions a draft may write: no more currencies with an exchange rate than a file may hold.

The loader refuses a claims file whose conversions name more than
:data:`~aktobe_facts.claims.loader.MAX_RATE_CURRENCIES` currencies (the cross-rates check tests
every three of them). An editor splits such a file; a draft of a long article that converts into
many currencies (a digest of many countries' news) would otherwise not load, and ``check
ARTICLE.txt`` would end in an internal error. So the draft keeps the conversions, in the order
the article gives them, while their currencies stay within the limit, and writes a later claim
that would bring in one more currency with its value alone and a note naming the conversion left
untested: the claim is then shown in no relation, never silently passed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from aktobe_facts.claims.loader import MAX_RATE_CURRENCIES
from aktobe_facts.reading.numbers import GrammarError
from aktobe_facts.text.phraseread import read

if TYPE_CHECKING:  # the draft calls this module: its claim type for the checker only
    from aktobe_facts.text.draft import DraftClaim

NOTE = (
    "its conversion {shown} is not drafted: the article's conversions name more than "
    f"{MAX_RATE_CURRENCIES} currencies, the most one claims file may test together; "
    "split the article to test it"
)


def bounded(claims: list[DraftClaim]) -> list[DraftClaim]:
    """``claims`` with the conversions past the limit taken off, each such claim noted."""
    seen: set[str] = set()
    kept: list[DraftClaim] = []
    for claim in claims:
        if not claim.counterparts or claim.value is None:
            kept.append(claim)
            continue
        keys = _currencies(claim.value, claim.counterparts)
        if len(seen | keys) <= MAX_RATE_CURRENCIES:
            seen |= keys
            kept.append(claim)
            continue
        shown = "(" + "; ".join(claim.counterparts) + ")"
        note = NOTE.format(shown=shown)
        kept.append(
            msgspec.structs.replace(
                claim,
                counterparts=(),
                note=note if claim.note is None else f"{claim.note}; {note}",
            )
        )
    return kept


def _currencies(value: str, counterparts: tuple[str, ...]) -> set[str]:
    """The currencies among a claim's amounts, as the grammar reads them."""
    keys: set[str] = set()
    for text in (value, *counterparts):
        try:
            unit = read(text).unit
        except GrammarError:  # read by the loader in the article's number style: counted apart
            keys.add(f"unread:{text}")
            continue
        if unit is not None and unit.is_currency:
            keys.add(unit.key)
    return keys
