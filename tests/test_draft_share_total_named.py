"""A share whose own words name its whole after a comma: "A, or P percent, of the total W"
(:data:`aktobe_facts.text.draftshares._OF_FIGURE`, :data:`aktobe_facts.text.draftparts._WHOLE_NAMED`).
W is the share's whole, before any amount of another sentence, and A is a part of W, never W a
part of A. Every sentence here is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, shares, sums
from aktobe_facts.findings import Outcome

BEFORE = "Exports reached $310 million in 2020, officials said. "

WHOLES = {
    "Oil brought in $120 million, or 40 percent, of the total $300 million of sales.": "$300 million",
    "Oil brought in $120 million, or 40 percent, of the total $300-million of sales.": "$300-million",
    "Coal made up A$20.5 billion, or 41.2 per cent, of the total A$49.8 billion in exports.": (
        "A$49.8 billion"
    ),
    "Coal made up $20.5bn, or 41.2%, of the total $49.8bn.": "$49.8bn",
}
NAMED = list(WHOLES)


@pytest.mark.parametrize("sentence", NAMED)
def test_the_whole_named_after_the_comma_is_the_shares_whole(sentence: str) -> None:
    assert [s["whole"] for s in shares(BEFORE + sentence)] == [WHOLES[sentence]]


@pytest.mark.parametrize("sentence", NAMED)
def test_the_named_total_is_never_a_part_of_the_shares_part(sentence: str) -> None:
    found = sums(BEFORE + sentence)
    assert len(found) == 1
    total, parts, exhaustive = found[0]
    assert total in sentence and parts[0] in sentence
    assert sentence.index(parts[0]) < sentence.index(total) and not exhaustive


def test_the_two_sentences_check_with_no_error(tmp_path: Path) -> None:
    found = outcomes(BEFORE + NAMED[0], tmp_path, ("sum", "share"))
    assert found and all(outcome is not Outcome.FAIL for _, outcome in found)


def test_a_comma_before_of_which_names_no_whole() -> None:
    # "of which" after a comma lists parts; it names no whole of the share
    found = shares(
        "Exports reached $310 million in 2020. Oil brought in $120 million, or 40 percent, of "
        "which $30 million came from one field."
    )
    assert all(s["whole"] != "$30 million" for s in found)


def test_a_comma_after_total_still_names_the_whole() -> None:
    # "of the total, W": W is the total, never a part of the share's amount
    found = sums(BEFORE + "Oil brought in $120 million, or 40 percent, of the total, $300 million.")
    assert found == [("$300 million", ["$120 million"], False)]
