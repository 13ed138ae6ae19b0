"""Two measures news prints that the grammar read as plain numbers before: a port's containers in
twenty-foot equivalent units ("1.25 million TEU", "TEUs") and gas in cubic feet, each now a unit
(:mod:`aktobe_facts.reading.units`); and gas in billions of cubic metres by the trade's
symbol ("99bcm"). "TEU" and "TEUs" were two nouns of two counts, so a growth
between them had no base; "1.2 billion cubic feet" was a count of "cubic" and its comparison no
base either. A figure with a unit never joins a figure of another (boxes are no TEU: a forty-foot
box is two). The sentences are written for these tests."""

from __future__ import annotations

from fractions import Fraction

import pytest

from aktobe_facts.reading.numbers import parse
from aktobe_facts.reading.units import ConversionError, UnitSpec, factor, lookup_unit
from aktobe_facts.text.draft import draft

HEAD = "Utopia ports and energy report\n\n"


def _unit(word: str) -> UnitSpec:
    spec = lookup_unit(word)
    assert spec is not None
    return spec


def _relations(text: str) -> list[tuple[str, dict[str, str]]]:
    found = draft(HEAD + text + "\n")
    values = {c.id: c.value or "" for c in found.claims}
    return [
        (r.kind, {k: values.get(v, v) for k, v in r.fields.items() if isinstance(v, str)})
        for r in found.relations
    ]


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("1.25 million TEU", "teu"),
        ("1.16 million TEUs", "teu"),
        ("900,000 twenty-foot equivalent units", "teu"),
        ("1.2 billion cubic feet", "cubic_foot"),
        ("350 cu ft", "cubic_foot"),
        ("99bcm", "billion_cubic_meter"),
        ("12.5 bcm", "billion_cubic_meter"),
    ],
)
def test_the_units_are_read(written: str, key: str) -> None:
    unit = parse(written).unit
    assert unit is not None and unit.key == key


def test_a_cubic_foot_converts_exactly_and_a_teu_to_nothing_else() -> None:
    assert factor(_unit("cubic feet"), _unit("cubic meters")) == Fraction("0.028316846592")
    with pytest.raises(ConversionError):
        factor(_unit("TEU"), _unit("tonnes"))


def test_a_billion_cubic_metres_is_a_billion_cubic_metres() -> None:
    assert factor(_unit("bcm"), _unit("cubic meters")) == 1_000_000_000


def test_gas_in_bcm_is_drafted_and_an_ambiguous_symbol_is_read_bare() -> None:
    # "bcm" has one reading (sixteenth session's sweep: "the third largest gas exporter (at
    # 99bcm)" was left out, a coverage warning); "Mt" has two: glued as spaced ("78 Mt"), the
    # number is read bare, never in tonnes of either reading, and its note says which to write
    # (eighteenth session's Sweep F: an unread "82.9mt" was a coverage warning on a clean text)
    found = draft(HEAD + "It was the third largest gas exporter in 2031 (at 99bcm).\n")
    assert "99bcm" in [c.value for c in found.claims] and not found.unread
    found = draft(HEAD + "It was the eighth largest oil exporter in 2031 (at 78Mt).\n")
    read = [c for c in found.claims if c.value == "78"]
    assert read and str(read[0].note).startswith('printed "78Mt": "Mt" is million tonnes')


def test_a_growth_from_teus_to_teu_has_its_base() -> None:
    text = "The port handled 1.25 million TEU in 2030, up 8 percent from 1.16 million TEUs in 2029."
    assert (
        "growth",
        {"growth": "up 8 percent", "current": "1.25 million TEU", "base": "1.16 million TEUs"},
    ) in _relations(text)


def test_a_growth_of_gas_in_cubic_feet_has_its_base() -> None:
    text = (
        "Gas output rose 9 percent to 1.2 billion cubic feet in 2030 from 1.1 billion cubic feet."
    )
    assert (
        "growth",
        {
            "growth": "rose 9 percent",
            "current": "1.2 billion cubic feet",
            "base": "1.1 billion cubic feet",
        },
    ) in _relations(text)


def test_teu_never_join_a_count_of_boxes() -> None:
    boxes = (
        "The port handled 1.25 million TEU in 2030, up 8 percent from 1.16 million boxes in 2029."
    )
    assert not [f for k, f in _relations(boxes) if k == "growth" and "base" in f]
    total = "The port handled 1.25 million TEU and 0.7 million containers in 2030, a total of 1.95 million."
    assert not [f for k, f in _relations(total) if k == "sum"]
