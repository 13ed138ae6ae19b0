"""A flow's bare figure listed after a qualified figure of that flow, in the list a cue opens
("Steel output is expected at X (including the new mill with an output of Y)"), is within the
figure before it, never its whole (:func:`aktobe_facts.text.draftparts._listed_within`). Sweep
R's first contact (twenty-seventh session) met a province's steel output tied as a part of one
mill's output inside its own bracket: a false error. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from _drafted import sums


def _sums(text: str) -> list[tuple[str, list[str]]]:
    return [(total, parts) for total, parts, _ in sums(text)]


@pytest.mark.parametrize(
    ("text", "small", "large"),
    [
        (
            "Steel output is expected to be about 6.1 million tons next year (including the new "
            "mill with an output of about 1.2 million tons).",
            "1.2 million tons",
            "6.1 million tons",
        ),
        (
            "Cement output should reach 4.4 million tonnes (including the second kiln, "
            "due to start in March with an output of some 0.9 million tonnes).",
            "0.9 million tonnes",
            "4.4 million tonnes",
        ),
        (
            "Copper output rose to 312,000 tonnes in 2030, including the smelter's new line "
            "with an output of 41,000 tonnes.",
            "41,000 tonnes",
            "312,000 tonnes",
        ),
    ],
)
def test_a_figure_listed_within_a_qualified_flow_is_never_its_whole(
    text: str, small: str, large: str
) -> None:
    drafted = _sums(text)
    assert not any(small in total and any(large in p for p in parts) for total, parts in drafted)


def test_the_listed_figure_stays_a_part_of_the_qualified_flow() -> None:
    text = (
        "Steel output is expected to be about 6.1 million tons next year "
        "(including the new mill with an output of about 1.2 million tons).\n"
    )
    assert ("about 6.1 million tons", ["about 1.2 million tons"]) in _sums(text)
