"""A level, then "which is D or P% less (more) than a year before": D and P are together the
change of the level, signed by the percent's own word of comparison, and the draft tests them as
one `change` (a slip between them is an error). The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

FALL = (
    "Spending reached EUR 614.6 million, which is EUR 74.7 million or {p}% less than a year before."
)


def test_the_amount_and_percent_are_the_level_s_change() -> None:
    assert relations(FALL.format(p="10.8")) == [
        (
            "change",
            {
                "amount": "EUR 74.7 million",
                "current": "EUR 614.6 million",
                "percent": "10.8% less",
                "direction": "fall",
            },
        )
    ]


def test_a_percent_that_does_not_fit_the_amount_fails(tmp_path: Path) -> None:
    assert outcomes(FALL.format(p="10.8"), tmp_path, ("change",)) == [("change", Outcome.PASS)]
    assert outcomes(FALL.format(p="10.4"), tmp_path, ("change",)) == [("change", Outcome.FAIL)]
