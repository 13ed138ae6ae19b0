"""A growth told before a colon and its two levels after it
(:mod:`aktobe_facts.text.draftgrowthcolon`), and the near shapes that draft nothing. Every
sentence here is written for these tests, around numeric phrases of heldout15-17 articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

DATELINE = "CAPITAL, March 2031\n\n"


def growths(sentence: str) -> list[dict[str, str]]:
    """The growth relations drafted from the sentence, each field shown by its claim's value."""
    return [fields for kind, fields in relations(DATELINE + sentence) if kind == "growth"]


def test_the_levels_after_the_colon_are_the_growths() -> None:
    assert growths(
        "Most of the harbour's gain came from transit cargo, which saw a 7.11% increase: the "
        "harbour moved 20,233,379 tonnes of it in 2030, against 18,890,485 tonnes the year before."
    ) == [
        {"growth": "a 7.11% increase", "current": "20,233,379 tonnes", "base": "18,890,485 tonnes"}
    ]
    assert growths(
        "Inbound cargo rose by 25.33%, the port's bulletin says: the port reported 10,101,128 "
        "tons unloaded in 2030 against 8,059,273 tonnes in 2029."
    ) == [{"growth": "rose by 25.33%", "current": "10,101,128 tons", "base": "8,059,273 tonnes"}]


def test_levels_named_in_other_words_and_months() -> None:
    assert growths(
        "The harbour counted an 8% rise in refuelling calls in February on a year earlier: about "
        "349 vessels called to refuel in February 2031, up from 323 vessels in February 2030."
    ) == [{"growth": "an 8% rise", "current": "about 349", "base": "323"}]


@pytest.mark.parametrize(
    "sentence",
    [
        # another measure: the growth may be of the value, the levels are tonnes
        "Cargo rose 7.11% in value: the harbour moved 20,233,379 tonnes in 2030, against "
        "18,890,485 tonnes the year before.",
        # a partner after the colon: the levels are one partner's, the growth all cargo's
        "Cargo rose 7.11%: shipments to Ruritania came to 20,233,379 tonnes in 2030, against "
        "18,890,485 tonnes the year before.",
        # another flow: the growth is the imports', the levels the exports'
        "Imports rose 7.11%: exports came to 20,233,379 tonnes in 2030, against 18,890,485 "
        "tonnes the year before.",
        # a part of the thing
        "Cargo rose 7.11%: transit alone came to 20,233,379 tonnes in 2030, against 18,890,485 "
        "tonnes the year before.",
        # a fall whose levels rose
        "Cargo fell 7.11%: the harbour moved 20,233,379 tonnes in 2030, against 18,890,485 "
        "tonnes the year before.",
        # a second figure before the colon: whose percent is it?
        "Cargo rose 7.11% and transit 4%: the harbour moved 20,233,379 tonnes in 2030, against "
        "18,890,485 tonnes the year before.",
        # no word of comparison between the levels
        "Cargo rose 7.11%: the harbour moved 20,233,379 tonnes, its old quay 18,890,485 tonnes.",
    ],
)
def test_near_shapes_draw_no_growth(sentence: str) -> None:
    assert growths(sentence) == []


@pytest.mark.parametrize(("percent", "outcome"), [("7.11", Outcome.PASS), ("9.5", Outcome.FAIL)])
def test_the_check_reads_the_drafted_growth(tmp_path: Path, percent: str, outcome: Outcome) -> None:
    text = (
        f"{DATELINE}Most of the harbour's gain came from transit cargo, which saw a {percent}% "
        "increase: the harbour moved 20,233,379 tonnes of it in 2030, against 18,890,485 tonnes "
        "the year before."
    )
    assert outcomes(text, tmp_path, ("growth",)) == [("growth", outcome)]
