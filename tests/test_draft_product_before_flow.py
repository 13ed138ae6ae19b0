"""A product named before a flow's noun by a word in "-eed" ("Cattle feed exports") makes that
figure a part, never the whole of the other products' exports (it was read as a past form,
"feed" like "increased", and the figure as all exports: three false sum errors on a fresh text).
"""

from __future__ import annotations

import pytest

from _drafted import relations


def _sums(text: str) -> list[tuple[str, dict[str, str]]]:
    return [r for r in relations(text) if r[0] == "sum"]


def test_a_product_in_eed_is_no_whole_of_the_other_products() -> None:
    text = (
        "Cocoa exports declined by $1.2 million to $0.4 million in June, while timber exports "
        "fell by $0.9 million to $3.3 million. Cattle feed exports decreased by $0.7 million to "
        "$2.6 million."
    )
    assert _sums(text) == []


def test_near_miss_the_flow_alone_is_the_whole_of_its_products() -> None:
    text = (
        "Cocoa exports declined by $1.2 million to $0.4 million in June, while timber exports "
        "fell by $0.9 million to $3.3 million. Exports decreased by $0.7 million to "
        "$5.6 million."
    )
    assert [s[1]["total"] for s in _sums(text)] == ["$5.6 million"]


def test_a_compound_in_seed_is_a_product_not_a_past_form() -> None:
    # found by held24 after its run: "Oilseed production ... fall from A to B" was read as the
    # whole production (the "-ed" of "Oilseed" as a past form) and another crop's as its part
    text = (
        "Barley output is projected at 9.61 million tonnes, against 9.9 million tonnes a year "
        "earlier. Rapeseed output is projected to drop from 14.2 million tonnes to 8.75 million "
        "tonnes."
    )
    assert _sums(text) == []


def test_a_compound_in_weed_or_feed_is_a_product() -> None:
    text = (
        "Kelp sales reached 31.4 million dollars in the year. Seaweed sales rose from 20.2 "
        "million dollars to 25.8 million dollars, and Birdfeed sales slipped to 3.3 million dollars."
    )
    assert _sums(text) == []


def test_near_miss_a_flow_with_no_product_is_the_whole() -> None:
    text = (
        "Barley output is projected at 9.61 million tonnes, against 9.9 million tonnes a year "
        "earlier. Total output is projected to drop from 64.2 million tonnes to 58.75 million "
        "tonnes."
    )
    assert [s[1]["total"] for s in _sums(text)] == ["64.2 million tonnes"]  # the year before's


@pytest.mark.parametrize(
    "text",
    [
        "Clothing exports were $3.4 billion in 2031. Footwear exports reached $1.2 billion, and "
        "leather exports $0.8 billion.",
        "Fishing output came to 2.9 million tonnes in 2031, while grain output was 4.1 million "
        "tonnes and dairy output 1.6 million tonnes.",
    ],
)
def test_a_trade_in_ing_before_the_flow_is_a_product(text: str) -> None:
    # a goods or primary trade's "-ing" word ("Clothing", "Fishing") is no verb's form: its flow
    # is a part, never the whole of the other products' (held24's "-eed" family, in "-ing")
    assert _sums(text) == []


def test_near_miss_the_bare_flow_before_its_products_is_their_whole() -> None:
    text = (
        "Exports were $3.4 billion in 2031. Footwear exports reached $1.2 billion, and leather "
        "exports $0.8 billion."
    )
    assert [s[1]["total"] for s in _sums(text)] == ["$3.4 billion"]
