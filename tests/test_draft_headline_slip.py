"""A headline's level printed like one body figure with another last digit ("US$412.6 million"
over "US$412.9 million"): one figure given twice, one of the two a slip, tied as `equal`
(`draftheadline._slipped`). The texts are written for these tests; the first drafted nothing
before."""

from __future__ import annotations

from pathlib import Path

from _drafted import equals, outcomes
from aktobe_facts.findings import Outcome

TEXT = """Cocoa exports earn {head}

The country's cocoa exports earned {body} in the 2031 season, the marketing board said.

Coffee shipments brought in US$41.2 million over the same months.
"""


def test_a_headline_printed_like_the_body_figure_is_that_figure(tmp_path: Path) -> None:
    text = TEXT.format(head="US$412.6 million", body="US$412.9 million")
    assert equals(text) == [["US$412.6 million", "US$412.9 million"]]
    assert outcomes(text, tmp_path, ("equal",)) == [("equal", Outcome.FAIL)]


def test_near_misses_draft_no_equal() -> None:
    """Printed to another step (a rounding may explain it), more than 1 percent apart, a bound in
    the headline, and two body figures so printed (which one is the headline's?)."""
    for head, body in (
        ("US$413 million", "US$412.2 million"),
        ("US$412.6 million", "US$418.9 million"),
        ("over US$412.6 million", "US$412.9 million"),
    ):
        assert equals(TEXT.format(head=head, body=body)) == [], head
    two = TEXT.format(head="US$412.6 million", body="US$412.9 million").replace(
        "Coffee shipments brought in US$41.2 million",
        "Cocoa exports by sea came to US$412.1 million",
    )
    assert equals(two) == []
