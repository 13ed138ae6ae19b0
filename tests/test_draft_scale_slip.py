"""A money figure printed without its scale word among figures of its currency that carry one
("dropped €1,480 or 9% to €14,960m": its "m" left out) is related to no figure of that currency a
thousand times larger or more (:mod:`aktobe_facts.text.scaleslip`); before, the change read 1,480
euros as the fall of €14,960m (a false error). Rates, averages and conversions keep their figures
of every size. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


def test_an_amount_that_lost_its_scale_joins_no_scaled_figure() -> None:
    text = (
        "Utopia trade report\n\nIn April, goods imports dropped €1,480 or 9% to €14,960m, and goods "
        "exports rose €610m or 4% to €15,870m.\n"
    )
    found = relations(text)
    assert [f for k, f in found if k == "change" and f.get("amount") == "dropped €1,480"] == []
    # the near miss: the exports' change, each figure with its scale, is drafted
    assert ("change", {"amount": "rose €610m", "current": "€15,870m", "percent": "4%"}) in found


def test_the_slip_raises_no_error(tmp_path: Path) -> None:
    text = "Utopia trade report\n\nIn April, goods imports dropped €1,480 or 9% to €14,960m.\n"
    assert (("change", Outcome.FAIL)) not in outcomes(text, tmp_path, ("change",))


def test_figures_without_a_scale_word_on_both_sides_still_draft() -> None:
    text = (
        "Utopia wage report\n\nThe average monthly wage rose 310 lari or 6% to 5,480 lari in 2031, "
        "while the wage fund grew 1.2 billion lari or 8% to 16.2 billion lari.\n"
    )
    found = relations(text)
    assert (
        "change",
        {"amount": "rose 310 lari", "current": "5,480 lari", "percent": "6%"},
    ) in found
    assert len([k for k, _ in found if k == "change"]) == 2


def test_a_conversion_at_a_stated_rate_is_no_slip() -> None:
    text = (
        "Utopia oil report\n\nUtopia's oil revenue reached 13.9 billion Libyan dinars ($10 billion) "
        "in 2031, the central bank said.\n\n($1 = 1.3900 Libyan dinars)\n"
    )
    assert [k for k, _ in relations(text)] == ["equation"]
