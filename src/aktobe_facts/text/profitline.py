"""A company's operating income, no whole of its revenue's parts, for a draft's sums
(:mod:`aktobe_facts.text.draftparts`).

The role reader reads "income" as the revenue flow (a budget's income is its revenue), and
"operating income" as a company's whole. In a company's results it is a profit line, what is left
of the revenue after the operating costs (Apple's "operating income grew to $28.20 billion" in a
quarter of "$94.04 billion" revenue, "product revenue" $66.61 billion); in a bank's it is the
whole of the bank's "net interest income" and "fee income". Either way it is the whole only of
figures its words name "income" too, never of figures named "revenue" or "sales": those are the
top line's parts, larger than the profit left of them.
"""

from __future__ import annotations

import re

from aktobe_facts.text.draftroles import Role

_OPERATING_BEFORE = re.compile(r"\boperating\s+$", re.IGNORECASE)
_INCOME = re.compile(r"incomes?\b", re.IGNORECASE)
_REACH = 20  # the words right before the noun: "operating", "total operating"


def operating_income(text: str, role: Role) -> bool:
    """The role's noun is "income" right after "operating" ("operating income grew to X")."""
    before = text[max(0, role.start - _REACH) : role.start]
    return bool(_INCOME.match(text, role.start) and _OPERATING_BEFORE.search(before))


def no_whole_of(text: str, whole: Role, part: Role) -> bool:
    """``whole`` is an operating income and ``part``'s noun is not "income" ("product revenue",
    "iPhone sales"): a profit line is no whole of the revenue's parts."""
    return operating_income(text, whole) and not _INCOME.match(text, part.start)
