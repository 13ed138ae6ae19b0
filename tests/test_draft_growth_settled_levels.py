"""A rise of more than 100 percent between two stated levels, drafted as a growth where their
ratio fits the growth reading alone (draftgrowth._settled_by_levels, twenty-fourth session); left
to the editor where it fits the index reading or neither. The sentences are written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from test_draft_growth_after_base import growths as _growths


@pytest.mark.parametrize(
    ("text", "current", "base"),
    [
        (
            "Over the same years, salt output increased from 90,000 tonnes to 773,000 tonnes, an "
            "increase of 759%.",
            "773,000 tonnes",
            "90,000 tonnes",
        ),
        (
            "Ticket sales rose 450 per cent, from $398 million in 2029 to $2.19 billion in 2030.",
            "$2.19 billion",
            "$398 million",
        ),
    ],
)
def test_a_rise_its_levels_settle_as_a_growth(text: str, current: str, base: str) -> None:
    (growth,) = _growths(text)
    assert (growth["current"], growth["base"]) == (current, base)


def test_the_settled_growth_passes(tmp_path: Path) -> None:
    text = "Salt output increased from 90,000 tonnes to 773,000 tonnes, an increase of 759%."
    assert outcomes(text, tmp_path, ("growth",)) == [("growth", Outcome.PASS)]


@pytest.mark.parametrize(
    "percent",
    [
        "859",  # 773,000 / 90,000 = 8.59 is 859/100: the index reading
        "500",  # fits neither reading: the editor's to settle
    ],
)
def test_no_growth_where_the_levels_do_not_settle_it(percent: str) -> None:
    text = f"Salt output increased from 90,000 tonnes to 773,000 tonnes, an increase of {percent}%."
    assert _growths(text) == []
