"""Flows of neither a budget nor a country's trade (output, sales, remittances, shipments) get
roles of their own (:data:`aktobe_facts.text.draftroles.OTHER_FLOWS`), so that the rules that tie
figures of one flow (its parts, its growth named earlier, its year against its first months)
read them; whose a flow is and what it is of keep apart the figures of different things. The
sentences are written for these tests, in several subjects and units."""

from __future__ import annotations

import pytest

from _drafted import relations

RELATED = [
    # a part by place within the one whole of the flow
    (
        "Mine report\n\nTotal output reached 10.4 million tonnes in 2030, and output at the "
        "northern fields came to 4.1 million tonnes.\n",
        ("sum", {"total": "10.4 million tonnes", "parts": None}),
    ),
    # a part by buyer
    (
        "Leaf auctions\n\nSales reached $310 million in 2030, and sales to the leading buyer came "
        "to $120 million.\n",
        ("sum", {"total": "$310 million", "parts": None}),
    ),
    # a growth whose current value an earlier sentence gave under the flow's name
    (
        "Money from abroad\n\nRemittances reached $4.2 billion in 2030. Remittances were up 9 "
        "percent from $3.85 billion in 2029.\n",
        ("growth", {"growth": "up 9 percent", "current": "$4.2 billion", "base": "$3.85 billion"}),
    ),
    # a verb whose subject names the flow's owner, then the growth
    (
        "Transfers home\n\nWorkers living abroad sent home $16.6 billion in 2030. Remittances "
        "rose 6 percent from $15.6 billion in 2029.\n",
        ("growth", {"growth": "rose 6 percent", "current": "$16.6 billion"}),
    ),
    # a year's figure and its first months within it
    (
        "Port figures\n\nShipments came to 5.1 million tonnes in 2030. In January-March shipments "
        "reached 1.2 million tonnes.\n",
        ("sum", {"total": "5.1 million tonnes", "parts": None}),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATED)
def test_a_flow_of_another_kind_is_tied_by_the_rules_of_one_flow(
    text: str, expected: tuple[str, dict[str, str | None]]
) -> None:
    kind, fields = expected
    found = [f for k, f in relations(text) if k == kind]
    assert any(all(v is None or f.get(k) == v for k, v in fields.items()) for f in found), found


UNRELATED = [
    # another owner's flow: a part of no owner is no part of a company's
    "Carmakers\n\nToyota's sales rose to $3.2 billion in 2030. Tobacco sales reached $1.1 billion "
    "in 2030.\n",
    # two companies, one named by a possessive, one after "at"
    "Carmakers\n\nToyota's sales rose to $3.2 billion in 2030. Sales at Nissan reached $1.1 billion "
    "in 2030.\n",
    # two owners of one flow, each a subject of the verb or a possessive
    "Miners\n\nCodelco's output reached 1.3 million tonnes in 2030. Output at Escondida was 1.1 "
    "million tonnes in 2030.\n",
    # a cost, a price or a tax of the flow is no level of it
    "Studio news\n\nProduction reached $120 million in 2030. Production of the film cost $40 "
    "million in 2030. The cost of production was $30 million in 2030.\n",
    # the flow's noun belongs to the figure before; the next figure is a net of two flows
    "Transfers\n\nOutward remittances came to $449 million in 2030, while the country received "
    "$545 million in inward remittances, a net gain of $96 million.\n",
    # "to reach" is a verb, no part of the output
    "Harvest\n\nOutput is expected to reach 9.2 million tonnes in 2030, and output came to 8.1 "
    "million tonnes in 2029.\n",
]


@pytest.mark.parametrize("text", UNRELATED)
def test_the_words_that_leave_a_flow_of_another_kind_unclear_draft_nothing(text: str) -> None:
    assert [k for k, _ in relations(text) if k in ("sum", "order", "equal", "growth")] == []
