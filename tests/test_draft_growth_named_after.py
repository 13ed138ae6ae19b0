"""A growth named with "the" in the sentence after its move ("... fell by 300 from 2,400 ... .
Officials put the 12.5 percent decline down to fuel"): the percent of that move
(`text/draftgrowthback.py`). The texts are written for these tests; the first two drafted nothing
for the percent before."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

CHANGE = (
    "Ferry tickets sold rose by 300 in May from 2,400 a year earlier. Officials put the {p} "
    "percent growth down to new routes."
)
LEVELS = (
    "Carrier sales rose to $4.6 million in 2030 from $4.1 million in 2029. Managers put the {p} "
    "percent rise down to new routes."
)


def test_the_growth_of_an_amount_of_change_and_its_base(tmp_path: Path) -> None:
    made = [r for r in relations(CHANGE.format(p="12.5")) if r[0] == "change"]
    assert made == [
        (
            "change",
            {"amount": "rose by 300", "base": "2,400", "percent": "12.5 percent growth"},
        )
    ]
    assert outcomes(CHANGE.format(p="12.5"), tmp_path, ("change",)) == [("change", Outcome.PASS)]
    # 700 over 300 is 233.3: the percent of the figures the wrong way round
    assert outcomes(CHANGE.format(p="233.3"), tmp_path, ("change",)) == [("change", Outcome.FAIL)]


def test_the_growth_of_two_levels_ordered_before(tmp_path: Path) -> None:
    made = [r for r in relations(LEVELS.format(p="12.2")) if r[0] == "growth"]
    assert made and made[0][1]["current"] == "$4.6 million"
    assert outcomes(LEVELS.format(p="12.2"), tmp_path, ("growth",)) == [("growth", Outcome.PASS)]
    assert outcomes(LEVELS.format(p="21.2"), tmp_path, ("growth",)) == [("growth", Outcome.FAIL)]


def test_near_misses_draft_nothing() -> None:
    """Another thing's growth ("of rival lines"), a growth with "a" (no anaphora), and the words
    the other way ("rose by 300 ... the 12.5 percent decline")."""
    for said in (
        CHANGE.format(p="12.5").replace("growth down to", "growth of rival lines down to"),
        CHANGE.format(p="12.5").replace("put the", "put a"),
        CHANGE.format(p="12.5").replace("percent growth", "percent decline"),
    ):
        assert not any(r[0] in ("change", "growth") for r in relations(said)), said
