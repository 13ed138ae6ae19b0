"""A fall stated by its least size with no base printed drafts no growth relation.

"fell by over 20% to X" reads the growth as (-inf, -20]: a fall of 100 percent or more is inside
it, so X gives no base value and the check could only warn (it did, before this guard). A base
printed beside it is tested, and a fall of a stated size still drafts its relation.
"""

from __future__ import annotations

from _drafted import relations


def test_a_fall_of_at_least_a_size_without_base_drafts_no_growth() -> None:
    text = "Ruritania's copper shipments fell by over 15% to 4.2 million tonnes in the year."
    assert [r for r in relations(text) if r[0] == "growth"] == []


def test_near_miss_a_fall_of_a_stated_size_keeps_its_growth() -> None:
    text = "Ruritania's copper shipments fell by 15% to 4.2 million tonnes in the year."
    assert [r for r in relations(text) if r[0] == "growth"] == [
        ("growth", {"growth": "fell by 15%", "current": "4.2 million tonnes"})
    ]


def test_near_miss_a_rise_of_at_least_a_size_keeps_its_growth() -> None:
    text = "Ruritania's copper shipments rose by over 15% to 4.2 million tonnes in the year."
    assert [r for r in relations(text) if r[0] == "growth"] == [
        ("growth", {"growth": "rose by over 15%", "current": "4.2 million tonnes"})
    ]
