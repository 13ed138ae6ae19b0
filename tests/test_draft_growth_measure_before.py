"""The measure that opens a growth's clause ("In volume, ...", "By value, ...") holds the growth to
figures of that measure (:func:`aktobe_facts.text.draftgrowth.measured_alike`), as the measure
said after it does ("12 percent more in weight"): a growth of the volume is never the growth of a
sum of money named before it. Every sentence here is written for these tests."""

from __future__ import annotations

from _drafted import relations


def growths(text: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(text) if kind == "growth"]


def test_a_volume_growth_is_no_growth_of_the_money_before_it() -> None:
    text = (
        "In May, fish sales abroad reached $118.4 million. In volume, fish sales abroad rose "
        "14.6%, the board said."
    )
    assert growths(text) == []
    text = (
        "Wool exports brought in $64.2 million in March. In volume terms, wool exports fell "
        "8.3 percent."
    )
    assert growths(text) == []


def test_the_measure_of_the_money_still_ties_it() -> None:
    text = (
        "In May, fish sales abroad reached $118.4 million. In value, fish sales abroad rose "
        "14.6%, the board said."
    )
    assert {"growth": "rose 14.6%", "current": "$118.4 million"} in growths(text)
    text = (
        "In May, fish sales abroad reached $118.4 million. Fish sales abroad rose 14.6%, the "
        "board said."
    )
    assert {"growth": "rose 14.6%", "current": "$118.4 million"} in growths(text)


def test_a_volume_growth_ties_a_weight() -> None:
    text = (
        "In May, fish sales abroad reached 41,250 tonnes. In volume, fish sales abroad rose "
        "14.6%, the board said."
    )
    assert {"growth": "rose 14.6%", "current": "41,250 tonnes"} in growths(text)
