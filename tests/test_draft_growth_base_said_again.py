"""A growth's base said after its current value in two more ways, both written for these tests: a
noun of change set beside the current value with "from" ("to 5.64 million tonnes, an increase from
5.07 million tonnes in 2029") and a clause on "when" whose subject is a bare noun ("compared to
2029, when emigrants had sent $2.19 billion home"). Each drafted the growth without its base
before, so a base that does not fit went unseen."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

APPOSED = "Ore output rose {p}% in 2030 to 5.64 million tonnes, an increase from 5.07 million tonnes in 2029."
WHEN = (
    "For the whole of 2030 the islands received $2.36 billion in remittances, up {p} percent "
    "compared to 2029, when emigrants had sent $2.19 billion home."
)


def test_a_noun_of_change_beside_the_current_value_gives_the_base(tmp_path: Path) -> None:
    (made,) = relations(APPOSED.format(p="11.2"))
    assert made == (
        "growth",
        {"growth": "rose 11.2%", "current": "5.64 million tonnes", "base": "5.07 million tonnes"},
    )
    assert outcomes(APPOSED.format(p="11.2"), tmp_path, ("growth",)) == [("growth", Outcome.PASS)]
    assert outcomes(APPOSED.format(p="21.2"), tmp_path, ("growth",)) == [("growth", Outcome.FAIL)]


def test_a_noun_of_change_the_other_way_gives_no_base() -> None:
    """The near miss: "rose 11.2% to X, a decrease from Y" says two ways; the growth keeps no
    base (the order of "X, a decrease from Y" is the words' own, and fails on these figures)."""
    said = APPOSED.format(p="11.2").replace("an increase from", "a decrease from")
    growths = [f for kind, f in relations(said) if kind == "growth"]
    assert growths and all("base" not in f for f in growths)


def test_a_clause_on_when_with_a_noun_of_its_own_gives_the_base(tmp_path: Path) -> None:
    (made,) = relations(WHEN.format(p="7.8"))
    assert made[0] == "growth" and made[1]["base"] == "$2.19 billion"
    assert outcomes(WHEN.format(p="7.8"), tmp_path, ("growth",)) == [("growth", Outcome.PASS)]
    assert outcomes(WHEN.format(p="9.6"), tmp_path, ("growth",)) == [("growth", Outcome.FAIL)]


def test_a_clause_on_when_naming_another_flow_gives_no_base() -> None:
    """The near miss: "when imports had reached B" may be another flow's figure."""
    said = WHEN.format(p="7.8").replace("emigrants had sent", "imports had reached")
    (made,) = relations(said)
    assert "base" not in made[1]
