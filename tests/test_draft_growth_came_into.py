"""A verb of coming between a count and the figure it is compared with ("7,731 visitors jetted
into the islands compared to 6,109 ..., a growth of 27 per cent"): the growth of the count over
that figure (draftgrowth._CAME, twenty-fourth session). The sentences are written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


@pytest.mark.parametrize(
    "verb", ["jetted into the islands", "flew into Tarsis", "flocked to the coast", "came"]
)
def test_a_count_that_came_and_its_earlier_figure(verb: str) -> None:
    text = (
        f"Last month, 8412 visitors {verb} compared to 7010 for the same period last year, a "
        "growth of 20 per cent."
    )
    (growth,) = [fields for kind, fields in relations(text) if kind == "growth"]
    assert (growth["current"], growth.get("base")) == ("8412", "7010")


@pytest.mark.parametrize(("percent", "outcome"), [("20", Outcome.PASS), ("27", Outcome.FAIL)])
def test_the_growth_is_checked(tmp_path: Path, percent: str, outcome: Outcome) -> None:
    text = (
        "Last month, 8412 visitors jetted into the islands compared to 7010 for the same period "
        f"last year, a growth of {percent} per cent."
    )
    assert outcomes(text, tmp_path, ("growth",)) == [("growth", outcome)]


def test_another_verb_leaves_the_base_unread() -> None:
    text = (
        "Last month, 8412 visitors complained about the islands compared to 7010 for the same "
        "period last year, a growth of 20 per cent."
    )
    assert not [f for kind, f in relations(text) if kind == "growth" and f.get("base")]
