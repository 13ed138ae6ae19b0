"""scripts/coincidences.py: figures of an article that agree to their printed precision, scored
by the agreements of their kind expected by chance, against a hand file (sentences of our own)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
from coincidences import chance, main, measure_article

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval

ARTICLE = (
    "The district's water board spent 48.7 million dollars in 2031. Pumping took 31.2 million "
    "dollars and repairs {repairs} million dollars, the board said.\n"
)

HAND = """[article]
path = "article.txt"

[[claim]]
id = "spent"
value = "48.7 million dollars"
quote = "spent 48.7 million dollars"

[[claim]]
id = "pumping"
value = "31.2 million dollars"
quote = "Pumping took 31.2 million dollars"

[[claim]]
id = "repairs"
value = "{repairs} million dollars"
quote = "repairs {repairs} million dollars"

[[relation]]
id = "split"
kind = "sum"
total = "spent"
parts = ["pumping", "repairs"]
exhaustive = true
"""


def _folder(tmp_path: Path, repairs: str) -> Path:
    folder = tmp_path / "water"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE.format(repairs=repairs))
    (folder / "claims.toml").write_text(HAND.format(repairs=repairs))
    return folder


def test_parts_that_add_up_are_a_candidate_matching_the_hand_sum(tmp_path: Path) -> None:
    found = measure_article("set", _folder(tmp_path, "17.5"))
    sums = [x for x in found if x.candidate.kind == "sum2"]
    assert len(sums) == 1
    assert sums[0].in_hand and sums[0].offerable
    # 48.7 against 31.2 + 17.5: widths 0.1 and 0.1 + 0.1, over 48.7, one pair tried
    assert sums[0].candidate.score == float(Fraction(3, 10) / Fraction(487, 10))


def test_parts_that_miss_the_total_are_none(tmp_path: Path) -> None:
    found = measure_article("set", _folder(tmp_path, "16.9"))
    assert [x for x in found if x.candidate.kind.startswith("sum")] == []


def test_the_chance_is_the_widths_over_the_stated_size() -> None:
    computed, stated = Interval(Fraction(9), Fraction(11)), Interval(Fraction(99), Fraction(101))
    assert chance(computed, stated) == 0.04
    # a percent's size is at least the floor
    assert chance(computed, Interval(Fraction(0), Fraction(2)), Fraction(5)) == 0.8


def test_an_unseen_set_is_refused(tmp_path: Path) -> None:
    assert main([str(tmp_path / "heldout9")]) == 2
