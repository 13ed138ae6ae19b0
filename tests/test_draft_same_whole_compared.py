"""Shares of one sentence after a word of comparison that names another time are no shares of one
whole (:func:`aktobe_facts.text.draftshares._compared`): "89% ($17.2 million) of the grants in
March, against 87% ($16.1 million) in February" are two months' shares of two months' grants.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from _drafted import relations

DATELINE = "CAPITAL, June 2031\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Banks handled 89% ($17.2 million) of the grants in May 2031, against 87% ($16.1 million) "
        "in April.",
        "Brokers handled 61% ($5.2 million) of the province's grants in May 2031, compared with "
        "58% ($4.6 million) a year earlier.",
        "Brokers handled 61% ($5.2 million) of the province's grants in May 2031, up from 58% "
        "($4.6 million) in April.",
    ],
)
def test_another_time_is_another_whole(text: str) -> None:
    assert [k for k, _ in relations(DATELINE + text) if k == "same-whole"] == []


def test_a_contrast_of_one_time_keeps_one_whole() -> None:
    text = (
        f"{DATELINE}In the half the province took in revenue of 300.4 million lari, "
        "or 26.8% of GDP, against spending of 347.4 million lari, or 31% of GDP."
    )
    assert [k for k, _ in relations(text) if k == "same-whole"] == ["same-whole"]
