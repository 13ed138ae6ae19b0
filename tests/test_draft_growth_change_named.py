"""An amount that a noun of change names ("put the increase in 2030 at $412 million", "the rise in
exports was $412 million") is the change, never the level a growth beside it reached
(text/changenamed, read by draftgrowth), twenty-seventh session. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from _drafted import relations


@pytest.mark.parametrize(
    "text",
    [
        "Officials put the increase in 2030 at $412 million, a 5.2 per cent rise.",
        "The increase in exports was $412 million in 2030, a 5.2 per cent rise.",
        "The rise in food and drink exports in 2030 came to $412 million, a 5.2 percent gain.",
        "Figures put the drop in arrivals at 61,300, a 12 percent decline.",
    ],
)
def test_the_change_a_noun_names_is_no_level(text: str) -> None:
    assert not [fields for kind, fields in relations(text) if kind == "growth"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the flow carried to a level by the verb: that level is the growth's
        (
            "The increase brought exports to $6.3 billion in 2030, a 5.2 per cent rise.",
            "$6.3 billion",
        ),
        (
            "The growth in exports left them at $6.3 billion in 2030, a 5.2 per cent rise.",
            "$6.3 billion",
        ),
        # no noun of change: a level
        ("Figures put the total in 2030 at $412 million, a 5.2 per cent rise.", "$412 million"),
        ("Exports rose to $6.3 billion in 2030, a 5.2 per cent rise.", "$6.3 billion"),
    ],
)
def test_a_level_keeps_its_growth(text: str, level: str) -> None:
    (growth,) = [fields for kind, fields in relations(text) if kind == "growth"]
    assert growth["current"] == level
