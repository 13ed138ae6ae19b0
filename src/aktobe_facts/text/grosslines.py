"""A gross line within a net whole, for the rules that pair a whole and its part: a bank's
"interest income" is counted before its interest expense, its "operating income" after it (net
interest income and the other income), so "a rise in interest income to A and in fee income to
B ... total operating income rose to T" names no parts of T: A is no part of T, whatever the role
reader (:mod:`aktobe_facts.text.draftroles`) made of the words ("interest" before "income" reads as
a kind of income). Interest income with "net" before it ("net interest income") is a part of the
operating income, and a whole with no word of a net figure ("total income", "gross earnings")
holds the gross interest income."""

from __future__ import annotations

import re

from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftroles import roles

_GROSS_INTEREST = re.compile(
    r"(?<![\w-])(?P<net>net\s+)?interest(?:\s+and\s+(?:similar|other)(?:\s+\w+)?)?\s+$",
    re.IGNORECASE,
)
"""Right before an income's noun: interest income ("interest income", "interest and similar
income"); with "net" before it, the interest earned less the interest paid."""
_NET_WHOLE = re.compile(
    r"(?<![\w-])(?:operating|net)\s+(?:[a-z][\w-]*\s+){0,2}$",
    re.IGNORECASE,
)
"""Right before a whole's noun: words of a figure counted after costs ("total operating income",
"net operating income", "net income")."""
_INCOME = re.compile(r"incomes?\b", re.IGNORECASE)


def _words_before(text: str, start: int) -> str:
    """The words of the clause right before ``start`` (a flow's noun), at most 60 characters."""
    return text[max(0, start - 60) : start]


def gross_in_net(article: Article, relation: DraftRelation) -> bool:
    """A sum whose total is a net income ("operating income") and one of whose parts is gross
    interest income ("interest income" with no "net" before it)."""
    total, parts = relation.fields.get("total"), relation.fields.get("parts")
    if relation.kind != "sum" or not isinstance(total, str) or not isinstance(parts, list):
        return False
    named = roles(article)
    if total not in named or not _NET_WHOLE.search(_words_before(article.text, named[total].start)):
        return False
    for part in parts:
        role = named.get(part) if isinstance(part, str) else None
        if role is None or not _INCOME.match(article.text, role.start):
            continue
        gross = _GROSS_INTEREST.search(_words_before(article.text, role.start))
        if gross is not None and gross.group("net") is None:
            return True
    return False
