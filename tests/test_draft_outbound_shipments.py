""" "Outbound shipments" (and "overseas shipments") are exports and "inbound
shipments" imports, as the Korean and Japanese press name them (text/draftroles.py, twenty-sixth
session, recall26): the trade balance of a release so worded is drafted, so that a surplus printed
for a deficit is found (Sweep P's Korea Times text: "exports US$34.13 billion ... imports $34.84
billion ..., resulting in a trade surplus of $700 million"). The sentences are ours."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


def differences(text: str) -> list[dict[str, str]]:
    return [f for kind, f in relations(text) if kind == "difference"]


def test_outbound_shipments_are_exports() -> None:
    text = (
        "Outbound shipments rose 5.1 percent to $56.5 billion in June, while imports fell 11.7"
        " percent to $45.2 billion, resulting in a trade surplus of $11.3 billion."
    )
    assert differences(text) == [
        {"result": "$11.3 billion", "minuend": "$56.5 billion", "subtrahend": "$45.2 billion"}
    ]


def test_a_surplus_printed_for_a_deficit_is_found(tmp_path: Path) -> None:
    text = (
        "Ruritania's outbound shipments came to $34.13 billion in June and inbound shipments to"
        " $34.84 billion, resulting in a trade surplus of $700 million."
    )
    assert outcomes(text, tmp_path, ("difference",)) == [("difference", Outcome.FAIL)]


def test_shipments_alone_are_no_exports() -> None:
    text = (
        "Shipments came to $34.13 billion in June and imports to $34.84 billion, while the surplus"
        " on services was $700 million."
    )
    assert differences(text) == []
