"""A target after a comparison's earlier figure is the current value's: "improved to A at
end-June from X a year earlier, above the Y target" (A > Y, never X > Y). The sentences are
written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from test_draft_order import orders


def test_the_target_after_to_a_from_x_is_a_s() -> None:
    text = (
        "Tax collections improved 4 percent to 2.24 billion lari at end-June from 2.15 billion "
        "lari a year earlier, above the 2.2 billion lari target for the period."
    )
    assert orders(text) == [("2.24 billion lari", ">", ["2.2 billion lari"])]
    text = (
        "Grain exports rose to 3.1 million tonnes from 2.9 million tonnes, well below the 3.5 "
        "million tonnes goal."
    )
    assert ("3.1 million tonnes", "<", ["3.5 million tonnes"]) in orders(text)


def test_near_misses_leave_the_earlier_figure_alone() -> None:
    # "up from" after the earlier figure: which figure it compares is open
    assert (
        orders(
            "Collections came to 2.24 billion lari compared with 2.15 billion lari, up from 2.1 "
            "billion lari in 2021."
        )
        == []
    )
    # no "to A ... from X": the words do not say whose the target is
    assert (
        orders(
            "Collections were 2.24 billion lari against 2.15 billion lari a year earlier, above "
            "the 2.2 billion lari target."
        )
        == []
    )


def test_a_target_the_current_value_misses_fails(tmp_path: Path) -> None:
    text = (
        "Tax collections improved 4 percent to 2.14 billion lari at end-June from 2.06 billion "
        "lari a year earlier, above the 2.2 billion lari target for the period."
    )
    assert Outcome.FAIL in [o for _, o in outcomes(text, tmp_path, ("order",))]
