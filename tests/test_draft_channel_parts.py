"""A flow confined by the words right after its noun to one regime, agreement or way of carriage
("exports under the free zone regime", "imports under preferential agreements", "exports by sea")
is a part of the flow, never its whole: a product's figure beside it gets no sum. A bare flow
("Exports totaled X") or one "under all regimes" still holds its part. The sentences are written
for these tests."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

import pytest

from _drafted import outcomes, sums
from aktobe_facts.findings import Outcome

CONFINED = [
    # the false-error order: the confined flow (read as the whole) is the larger figure
    "Rice exports amounted to $45.2 million, down 3.1% from a year earlier. Exports under the "
    "free zone regime totaled $48.9 million, up 12.0% from a year earlier.",
    # the other order
    "Exports under the free zone regime totaled $41.9 million, up 12.0% from a year earlier. "
    "Rice exports amounted to $45.2 million, down 3.1% from a year earlier.",
    "Soybean exports reached 310 million euros in 2031. Exports under preferential trade "
    "agreements came to 402 million euros.",
    "Imports through the port of Aqaba amounted to 1.2 billion dinars, while fuel imports "
    "stood at 0.9 billion dinars.",
    "Cement exports reached Rs 8.4 billion. Exports by sea totalled Rs 9.6 billion.",
    "Timber exports rose to 72 million pounds. Exports via the northern corridor were 80 "
    "million pounds.",
]


@pytest.mark.parametrize("text", CONFINED)
def test_a_confined_flow_is_no_whole(text: str) -> None:
    assert sums(text) == []
    with TemporaryDirectory() as folder:
        found = outcomes("CAPITAL, March 2032\n\n" + text, Path(folder), ("sum",))
    assert ("sum", Outcome.FAIL) not in found


WHOLES = [
    "Exports totaled $52.4 million in 2031. Rice exports amounted to $45.2 million.",
    "Exports under all regimes totaled $52.4 million in 2031. Rice exports amounted to $45.2 "
    "million.",
]


@pytest.mark.parametrize("text", WHOLES)
def test_an_unconfined_flow_still_holds_its_part(text: str) -> None:
    assert len(sums(text)) == 1
