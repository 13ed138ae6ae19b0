"""The line of a company's accounts a figure is, by the nearest word of one before it in its
sentence: a revenue ("revenue", "turnover", "sales", "gross earnings"), a profit ("profit", "net
income", "earnings", "EBITDA"), a charge ("impairments", "provisions", "capex", "depreciation")
or a stock ("debt", "assets", "liabilities", "deposits", "equity", "reserves"); None where no
such word stands before it. Lines of these kinds add up only in a few ways: a revenue is its
parts' revenues, or the charges and the profit left of it; a profit is its parts' profits, or a
charge and the profit after it ("profit before tax" is the tax and the net profit); charges add
up to charges, stocks to stocks. "Mobile revenue of A and capex of B make the revenue of T", "a
turnover of A and earnings of B make earnings of T", "revenue and EBITDA make net debt" fit the
arithmetic by accident (:func:`mixed`)."""

from __future__ import annotations

import re

from aktobe_facts.text.lazypatterns import lazy

REVENUE = "revenue"
PROFIT = "profit"
CHARGE = "charge"
STOCK = "stock"

_KINDS = lazy(
    r"\b(?:(?P<revenue>revenues?|turnover|sales|gross\s+earnings|top\s*line)|"
    r"(?P<profit>profits?|net\s+income|earnings|ebitda|ebit|bottom\s+line)|"
    r"(?P<charge>capex|capital\s+expenditures?|impairments?|provisions?|depreciation|"
    r"amorti[sz]ation)|"
    r"(?P<stock>debts?|assets|liabilities|deposits|equity|reserves))\b",
    re.IGNORECASE,
)

_ADDING_UP: dict[str, tuple[tuple[str, str], ...]] = {
    REVENUE: ((REVENUE, REVENUE), (CHARGE, PROFIT)),
    PROFIT: ((PROFIT, PROFIT), (CHARGE, PROFIT)),
    CHARGE: ((CHARGE, CHARGE),),
    STOCK: ((STOCK, STOCK),),
}
"""The parts' kinds each total's kind may be the sum of."""


def line_kind(text: str, sentence_start: int, start: int) -> str | None:
    """The kind of line of the figure at ``start``: the nearest kind's word of its sentence
    before it."""
    found = list(_KINDS.finditer(text, sentence_start, start))
    return found[-1].lastgroup if found else None


def mixed(total: str | None, first: str | None, second: str | None) -> bool:
    """Whether no way of adding up the total's kind of line has parts of these kinds (a part of
    no known kind fits any)."""
    if total is None or total not in _ADDING_UP:
        return False
    return not any(
        (_fits(first, a) and _fits(second, b)) or (_fits(first, b) and _fits(second, a))
        for a, b in _ADDING_UP[total]
    )


def _fits(kind: str | None, wanted: str) -> bool:
    return kind is None or kind == wanted
