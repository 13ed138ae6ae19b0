"""Trade with one partner, or with the neighbours together, as its exports and imports
(:mod:`aktobe_facts.text.draftbalances`, :func:`aktobe_facts.text.draftroles.scope`): "border
trade" is the trade with the neighbouring countries, so it is the exports to them plus the imports
from them, and its balance the one less the other. Before, "exports to neighbouring countries" had
no role, no such sum or balance was drafted, and "the border trade surplus" was read as the
country's whole trade surplus. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


def _drafted(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each sum and difference: its kind, its total or result and its parts, by value."""
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    made = []
    for r in found.relations:
        if r.kind == "sum":
            parts = r.fields["parts"]
            assert isinstance(parts, list)
            made.append(("sum", values[str(r.fields["total"])], tuple(values[p] for p in parts)))
        elif r.kind == "difference":
            pair = (values[str(r.fields["minuend"])], values[str(r.fields["subtrahend"])])
            made.append(("difference", values[str(r.fields["result"])], pair))
    return made


BORDER = (
    "Ruritania trade report\n\nRuritania's border trade reached €412.5 million in 2030. Exports "
    "to neighbouring countries made up €250.3 million of the total, while imports from the border "
    "countries came to €162.2 million. The border trade surplus was €88.1 million.\n"
)


def test_border_trade_is_the_neighbours_exports_and_imports() -> None:
    assert _drafted(BORDER) == [
        ("difference", "€88.1 million", ("€250.3 million", "€162.2 million")),
        ("sum", "€412.5 million", ("€250.3 million", "€162.2 million")),
    ]


def test_a_border_total_its_parts_miss_is_an_error(tmp_path: Path) -> None:
    slipped = BORDER.replace("€412.5 million", "€411.5 million")
    assert ("sum", Outcome.FAIL) in outcomes(slipped, tmp_path, ("sum",))
    assert ("sum", Outcome.PASS) in outcomes(BORDER, tmp_path, ("sum",))


def test_trade_with_one_partner_is_its_exports_and_imports() -> None:
    text = (
        "Ruritania trade report\n\nRuritania's trade turnover with Utopia reached $8.4 billion in "
        "2030. Exports to Utopia came to $3.1 billion and imports from Utopia to $5.3 billion.\n"
    )
    assert _drafted(text) == [("sum", "$8.4 billion", ("$3.1 billion", "$5.3 billion"))]


def test_the_border_trade_joins_no_flows_of_all_partners() -> None:
    text = (
        "Ruritania trade report\n\nRuritania's border trade reached €412.5 million in 2030. "
        "Exports came to €2,250.3 million and imports to €1,962.2 million.\n"
    )
    assert _drafted(text) == []


def test_the_border_trade_surplus_is_no_whole_trade_balance() -> None:
    text = (
        "Ruritania trade report\n\nRuritania's border trade surplus was €288.1 million in 2030. "
        "Exports came to €2,250.3 million and imports to €1,962.2 million.\n"
    )
    assert _drafted(text) == []


def test_a_whole_surplus_joins_no_flows_of_the_neighbours() -> None:
    text = (
        "Ruritania trade report\n\nRuritania's trade surplus was €88.1 million in 2030. Exports "
        "to neighbouring countries came to €250.3 million and imports from neighbouring "
        "countries to €162.2 million.\n"
    )
    assert _drafted(text) == []


def test_flows_of_other_partners_or_products_are_no_border_trade() -> None:
    other = (
        "Ruritania trade report\n\nRuritania's border trade reached €412.5 million in 2030. "
        "Exports to neighbouring countries came to €250.3 million and imports from Utopia to "
        "€162.2 million.\n"
    )
    coal = other.replace("Exports to", "Coal exports to").replace(
        "Utopia", "neighbouring countries"
    )
    cross = other.replace("border trade", "cross-border trade").replace(
        "Utopia", "neighbouring countries"
    )
    assert _drafted(other) == []
    assert _drafted(coal) == []
    assert _drafted(cross) == []  # transit trade beyond the neighbours too: no certain sum


SEA_AND_LAND = (
    "Ruritania trade report\n\nRuritania's shipments to neighbouring countries were worth {c}6.3 "
    "billion in 2031, and its purchases from neighbouring countries came to {c}2.9 billion, much "
    "of both carried by ship. The border trade surplus was {c}0.7 billion.\n"
)


def test_border_trade_is_no_trade_with_the_neighbours_by_sea() -> None:
    """Border trade is the customs category of the land crossings: the exports "to neighbouring
    countries" and imports "from neighbouring countries" (by sea as well) are none of its flows,
    unless their words say so ("from the border countries", "X of the total")."""
    for currency in ("$", "€"):
        text = SEA_AND_LAND.format(c=currency).replace("shipments", "exports")
        text = text.replace("purchases", "imports")
        assert _drafted(text) == []
    named = BORDER.replace(
        "Exports to neighbouring countries made up €250.3 million of the total",
        "Exports to the bordering countries came to €250.3 million",
    )
    assert ("sum", "€412.5 million", ("€250.3 million", "€162.2 million")) in _drafted(named)
    untied = BORDER.replace("made up €250.3 million of the total", "came to €250.3 million")
    assert _drafted(untied) == []
