"""Growths "in volume and in value" of the sentence before's two amounts, and a base the sentence
opens on in the pluperfect ("In January-July the deficit had been B, so the deficit fell by P").
The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


def growths(text: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(text) if kind == "growth"]


def test_growths_in_volume_and_in_value() -> None:
    text = (
        "Georgia sold 1.2 million tonnes of wheat abroad in the half and earned $310 million. "
        "On the same months of 2023 that is an increase of 8% in volume and 15% in value."
    )
    assert growths(text) == [
        {"growth": "an increase of 8%", "current": "1.2 million tonnes"},
        {"growth": "15%", "current": "$310 million"},
    ]
    text = (
        "The port shipped 4.1 million barrels and earned $290 million. That was up 6 percent in "
        "value and 2 percent in volume."
    )
    assert growths(text) == [
        {"growth": "up 6 percent", "current": "$290 million"},
        {"growth": "2 percent", "current": "4.1 million barrels"},
    ]


def test_near_misses_draft_no_growth_in_volume() -> None:
    # a fall: the second percent's sign is not in its words
    fall = (
        "Georgia sold 1.2 million tonnes of wheat and earned $310 million. That is a decrease of "
        "8% in volume and 15% in value."
    )
    assert growths(fall) == []
    # two amounts of money before: which is the value is open
    two = (
        "Georgia earned $310 million from wheat and $120 million from barley. That is an increase "
        "of 8% in volume and 15% in value."
    )
    assert growths(two) == []
    # no "that is": the percents may be of something else
    other = (
        "Georgia sold 1.2 million tonnes of wheat and earned $310 million. Barley sales showed an "
        "increase of 8% in volume and 15% in value."
    )
    assert growths(other) == []


def test_a_base_in_the_pluperfect_before_the_growth() -> None:
    text = (
        "The budget was executed with a deficit of 512.4 million lari. In January-June the deficit "
        "had been 569.3 million lari, so the deficit fell by 10% in a month."
    )
    assert growths(text) == [
        {"growth": "fell by 10%", "current": "512.4 million lari", "base": "569.3 million lari"}
    ]


def test_a_growth_in_volume_the_figures_cannot_give_is_no_error_without_a_base(
    tmp_path: Path,
) -> None:
    text = (
        "Georgia sold 1.2 million tonnes of wheat abroad in the half and earned $310 million. "
        "On the same months of 2023 that is an increase of 8% in volume and 15% in value."
    )
    assert Outcome.FAIL not in [o for _, o in outcomes(text, tmp_path, ("growth",))]


@given(
    tonnes=st.integers(min_value=2, max_value=999),
    dollars=st.integers(min_value=2, max_value=999),
    volume_first=st.booleans(),
)
def test_any_pair_in_the_template_is_read(tonnes: int, dollars: int, volume_first: bool) -> None:
    order = ("volume", "value") if volume_first else ("value", "volume")
    text = (
        f"Georgia sold {tonnes} thousand tonnes of wheat and earned ${dollars} million. That is "
        f"an increase of 8% in {order[0]} and 15% in {order[1]}."
    )
    amounts = {"volume": f"{tonnes} thousand tonnes", "value": f"${dollars} million"}
    assert growths(text) == [
        {"growth": "an increase of 8%", "current": amounts[order[0]]},
        {"growth": "15%", "current": amounts[order[1]]},
    ]


def test_a_decrease_of_an_amount_or_a_percent_is_one_fall(tmp_path: Path) -> None:
    text = "Exports reached $6.7 billion, a decrease of $1.4 billion or 16.7 percent on 2022."
    assert [(k, f) for k, f in relations(text) if k == "change"] == [
        (
            "change",
            {
                "amount": "a decrease of $1.4 billion",
                "current": "$6.7 billion",
                "percent": "16.7 percent",
                "direction": "fall",
            },
        )
    ]
    assert [o for _, o in outcomes(text, tmp_path, ("change",))] == [Outcome.PASS]
    slip = "Exports reached $6.7 billion, a decrease of $1.4 billion or 26.7 percent on 2022."
    assert Outcome.FAIL in [o for _, o in outcomes(slip, tmp_path, ("change",))]
    # the percent's own word of rise against the amount's fall: left to the editor
    odd = "Exports reached $6.7 billion, a decrease of $1.4 billion or up 16.7 percent."
    assert [k for k, _ in relations(odd) if k == "change"] == []
