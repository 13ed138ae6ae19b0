"""A growth with its two levels in a bracket right after it (:mod:`aktobe_facts.text.
draftbracketpair`): "grew by 18.6 percent (2,341 from 1,974)" is the growth of 2,341 over 1,974,
"(from 4,120 tonnes to 3,790 tonnes)" of the second over the first; any other word in the bracket
drafts nothing. Every sentence here is written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


def growths(text: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(text) if kind == "growth"]


def test_the_levels_in_the_bracket_are_the_growth_s(tmp_path: Path) -> None:
    text = "The number of bank branches grew by 18.6 percent (2,341 from 1,974) over the year."
    assert growths(text) == [
        {"growth": "grew by 18.6 percent", "current": "2,341", "base": "1,974"}
    ]
    assert outcomes(text, tmp_path, ("growth",)) == [("growth", Outcome.PASS)]
    slipped = text.replace("18.6 percent", "28.6 percent")
    assert outcomes(slipped, tmp_path, ("growth",)) == [("growth", Outcome.FAIL)]
    text = "Cocoa exports fell 8 percent (from 4,120 tonnes to 3,790 tonnes) in the quarter."
    assert growths(text) == [
        {"growth": "fell 8 percent", "current": "3,790 tonnes", "base": "4,120 tonnes"}
    ]
    assert outcomes(text, tmp_path, ("growth",)) == [("growth", Outcome.PASS)]


def test_other_words_in_the_bracket_draft_nothing() -> None:
    for bracket in (
        "(2,341 in the north from 1,974)",
        "(2,341 against a target of 1,974)",
        "(2,341 from about 1,974)",
        "(2,341 tonnes from $1,974)",
    ):
        text = f"The number of bank branches grew by 18.6 percent {bracket} over the year."
        assert not [g for g in growths(text) if g.get("base") == "1,974"], bracket
