"""Two readings of a level and the words after it, both written for these tests: a level then a
participle of rise or fall and "from" ("X, dropping from Y": an order, `draftupfrom`), and a count
whose noun a comma ends before its change in percent and amount ("2.9 million carats, an increase
of 46% or 722,800 carats": a change, `draftgrowth.past_counted`)."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


def test_a_level_falling_from_another_is_below_it(tmp_path: Path) -> None:
    said = "The ferry operator's outlays were $1.47 billion in 2030, falling from {y} in 2029."
    made = relations(said.format(y="$1.62 billion"))
    assert [(kind, f["left"], f["op"]) for kind, f in made] == [("order", "$1.47 billion", "<")]
    assert outcomes(said.format(y="$1.62 billion"), tmp_path, ("order",)) == [
        ("order", Outcome.PASS)
    ]
    # a fall to a higher figure: the words and the figures disagree
    assert outcomes(said.format(y="$1.12 billion"), tmp_path, ("order",)) == [
        ("order", Outcome.FAIL)
    ]


def test_a_level_rising_from_another_is_above_it(tmp_path: Path) -> None:
    said = "Grain stocks stood at 3.8 million tonnes, rising from 4.1 million tonnes."
    assert outcomes(said, tmp_path, ("order",)) == [("order", Outcome.FAIL)]


def test_a_move_from_one_figure_to_another_leaves_the_level_alone() -> None:
    """The near miss: "X, falling from Y in March to Z": the move is Y's to Z, X may be neither's
    neighbour (an average)."""
    said = (
        "Fares averaged $212.40 over the season, falling from $240.10 in March to $190.60 in "
        "September."
    )
    assert not any(r[0] == "order" and r[1]["left"] == "$212.40" for r in relations(said))


def test_a_count_s_change_after_its_noun_and_a_comma(tmp_path: Path) -> None:
    said = "The quarry produced 3.12 million blocks, an increase of {p}% or 812,600 blocks."
    assert [r[0] for r in relations(said.format(p="35"))] == ["change"]
    # 812,600 over 3.12 million less 812,600 is 35.2 percent
    assert outcomes(said.format(p="35"), tmp_path, ("change",)) == [("change", Outcome.PASS)]
    assert outcomes(said.format(p="52"), tmp_path, ("change",)) == [("change", Outcome.FAIL)]


def test_a_count_s_growth_alone_after_its_noun_and_a_comma_is_unchanged() -> None:
    """The near miss: with no amount of change the comma rule is not asked (what a growth after a
    count's noun and a comma is of is read as before)."""
    said = "The quarry produced 3.12 million blocks, 812,600 of them granite, an increase of 35%."
    assert not any(r[0] == "change" for r in relations(said))


def test_a_level_having_moved_from_another_is_on_its_side(tmp_path: Path) -> None:
    """ "X, having grown steadily from Y": X above Y; "having fallen from": below."""
    said = "Cod landings totalled 3.8 million tonnes, having grown steadily from {y} in 2025."
    made = relations(said.format(y="2.3 million tonnes"))
    assert [(kind, f["left"], f["op"]) for kind, f in made] == [
        ("order", "3.8 million tonnes", ">")
    ]
    assert outcomes(said.format(y="4.3 million tonnes"), tmp_path, ("order",)) == [
        ("order", Outcome.FAIL)
    ]
    fell = "Herring landings came to 1.1 million tonnes, having fallen from 1.6 million tonnes."
    made = relations(fell)
    assert [(kind, f["left"], f["op"]) for kind, f in made] == [
        ("order", "1.1 million tonnes", "<")
    ]
    # a move from Y on to Z: the move is Y's, X is neither's neighbour
    assert not any(
        r[0] == "order" and r[1]["left"] == "$212.40"
        for r in relations(
            "Fares averaged $212.40 over the season, having fallen from $240.10 in March to"
            " $190.60 in September."
        )
    )
