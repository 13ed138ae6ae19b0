"""A figure whose clause opens on "in the same period of" a season or harvest ("of the 2029-2030
harvest", "last season", "the previous campaign") is the period compared with, never the current
value of the growth after it (:func:`aktobe_facts.text.draftgrowth.compared_period`), as with "in
the same period of 2029". Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from _drafted import relations

SENTENCE = (
    "In the current harvest, the price of a bag of cocoa reached an average of $141.20, while in "
    "the same period of {then} it was quoted at $118.60, representing an increase of 19%."
)


@pytest.mark.parametrize(
    "then", ["the 2029-2030 harvest", "last season", "the previous campaign", "2029"]
)
def test_the_compared_period_s_figure_is_no_current_value(then: str) -> None:
    found = relations(SENTENCE.format(then=then))
    assert not [f for kind, f in found if kind == "growth" and f.get("current") == "$118.60"]
