"""A share's whole or a sum's part taken from another sentence is of the period and basis the
words tie it to (text/crosstime.py, read by text/draftshares.py and text/draftparts.py): a month's
deficit is no share of seasonally adjusted exports; imports "this quarter" are no part of
December's. A held-out run drew two false errors from a month and a quarter in neighbouring
paragraphs. The sentences are our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

QUARTER_AFTER_MONTH = (
    "Trade gap narrows\n\n"
    "Merchandise imports for December 2023 fell 4.0 percent and are valued at $2,900 million. "
    "Exports for December 2023 were $2,500 million.\n\n"
    "The seasonally adjusted value of imports this quarter is $8,950 million, up 1.5 percent on "
    "the quarter before.\n"
)
ADJUSTED_WHOLE = (
    "Trade gap narrows\n\n"
    "The trade balance for June 2024 was a deficit of $340 million (10.0 percent of exports).\n\n"
    "Seasonally adjusted, exports of goods for June 2024 came to $3,150 million.\n"
)
ADJUSTED_WHOLE_2 = (
    "Wine sales\n\n"
    "Sales to Japan for May 2022 were $60 million, or 14.6 percent of wine exports.\n\n"
    "In seasonally adjusted terms, wine exports for May 2022 were $405 million.\n"
)
MONTH_PART_OF_MONTH = (
    "Wine sales\n\n"
    "Wine exports for May 2022 were $405 million.\n\n"
    "Sales to Japan for May 2022 were $60 million, or 14.8 percent of wine exports.\n"
)
PLAN_OF_THE_YEAR = (
    "Budget gap\n\n"
    "By the end of August the central budget had run a deficit of PLN 31.2bn. That is 62.4% of "
    "the updated full-year plan of PLN 50bn.\n"
)


@pytest.mark.parametrize("text", [QUARTER_AFTER_MONTH, ADJUSTED_WHOLE, ADJUSTED_WHOLE_2])
def test_a_figure_of_another_period_or_basis_is_joined_to_nothing(
    text: str, tmp_path: Path
) -> None:
    kinds = ("sum", "share-of-whole")
    assert Outcome.FAIL not in [o for _, o in outcomes(text, tmp_path, kinds)]
    assert [k for k, _ in relations(text) if k in ("sum", "share")] == []


def test_a_quarters_imports_are_no_part_of_a_months() -> None:
    found = [f for k, f in relations(QUARTER_AFTER_MONTH) if k == "sum"]
    assert found == []


def test_a_whole_of_the_same_month_and_basis_stays() -> None:
    assert [f for k, f in relations(MONTH_PART_OF_MONTH) if k == "share"] == [
        {"share": "14.8 percent", "part": "$60 million", "whole": "$405 million"}
    ]


def test_a_plan_the_share_states_is_of_its_own_period() -> None:
    assert [f for k, f in relations(PLAN_OF_THE_YEAR) if k == "share"] == [
        {"share": "62.4%", "part": "PLN 31.2bn", "whole": "PLN 50bn"}
    ]
