"""One flow within the trade turnover (:mod:`aktobe_facts.text.draftflowin`): where the article
gives the turnover and only one of its two flows, that flow is a part of it (a sum, not
exhaustive). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from _drafted import sums


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign trade turnover reached $8.4 billion in 2031. Exports came to $3.1 billion in "
            "2031, the customs service said.",
            [("$8.4 billion", ["$3.1 billion"], False)],
        ),
        (
            "Foreign trade turnover in January-March 2031 reached $2.2 billion. Imports in the first "
            "quarter of 2031 came to $1.3 billion.",
            [("$2.2 billion", ["$1.3 billion"], False)],
        ),
        # one coverage the flow's words name too; both coverages, and a flow of no coverage
        (
            "Foreign trade turnover in goods reached $8.4 billion in 2031. Goods exports came to "
            "$3.1 billion in 2031.",
            [("$8.4 billion", ["$3.1 billion"], False)],
        ),
        (
            "Foreign trade turnover in goods and services reached $8.4 billion in 2031. Exports "
            "came to $3.1 billion in 2031.",
            [("$8.4 billion", ["$3.1 billion"], False)],
        ),
        # both flows: the whole sum, by the balances' rule
        (
            "Foreign trade turnover reached $8.4 billion in 2031. Exports came to $3.1 billion in "
            "2031 and imports to $5.3 billion in 2031.",
            [("$8.4 billion", ["$3.1 billion", "$5.3 billion"], True)],
        ),
    ],
)
def test_one_flow_is_a_part_of_the_turnover(
    text: str, expected: list[tuple[str, list[str], bool]]
) -> None:
    assert sums(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another year's exports
        "Foreign trade turnover reached $8.4 billion in 2031. Exports came to $3.1 billion in 2030.",
        # a part of the exports
        "Foreign trade turnover reached $8.4 billion in 2031. Exports of cotton came to $3.1 "
        "billion in 2031.",
        # a forecast turnover
        "Foreign trade turnover is forecast to reach $8.4 billion in 2031. Exports came to $3.1 "
        "billion in 2031.",
        # a turnover of services (or goods) alone and a flow its words do not give to it
        "Foreign trade turnover in services reached $8.4 billion in 2031. Exports came to $9.1 "
        "billion in 2031.",
        "Foreign trade turnover in goods reached $8.4 billion in 2031. Exports came to $3.1 "
        "billion in 2031.",
        # the year before's turnover
        "Foreign trade turnover reached $8.4 billion in 2031, up from $7.9 billion in 2030. "
        "Exports came to $3.1 billion in 2030.",
    ],
)
def test_near_misses_draft_no_part(text: str) -> None:
    assert sums(text) == []
