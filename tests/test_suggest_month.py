"""A month's figure offered within the figure of a longer span of the same thing
(``suggestmonth``): the same noun heads the words before each, the span the whole's own words name
holds the month. Each guard is tested by a near miss whose figures must get no suggestion. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft

OFFERED = [
    (
        "Hotel nights in Ruritania between January and June reached 4.1 million nights, the "
        "office said.\n\nIn June, hotel nights rose 6 percent to 910,400 nights.",
        ("4.1 million nights", "910,400 nights"),
    ),
    (
        "Visitor arrivals for the whole of 2031 rose by 9 percent to reach 2.2 million.\n\n"
        "Arrivals in December reached 131,906, up 4 percent.",
        ("2.2 million", "131,906"),
    ),
    (
        "Ruritania exported EUR 5.3 billion worth of goods in September, 12 percent more than a "
        "year earlier.\n\nIn the first nine months of the year, exports were up by 9 percent on "
        "the same period last year to EUR 41.7 billion.",
        ("EUR 41.7 billion", "EUR 5.3 billion"),
    ),
]


def _offered(text: str) -> list[tuple[str, list[str]]]:
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        (values[str(r.fields["total"])], [values[p] for p in parts])
        for r in (s.relation for s in found.suggested)
        if r.kind == "sum" and isinstance(parts := r.fields.get("parts"), list)
    ]


def _drafted(text: str) -> list[tuple[str, list[str]]]:
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        (values[str(r.fields["total"])], [values[p] for p in parts])
        for r in found.relations
        if r.kind == "sum" and isinstance(parts := r.fields.get("parts"), list)
    ]


@pytest.mark.parametrize(("text", "pair"), OFFERED)
def test_a_month_is_offered_within_its_span(text: str, pair: tuple[str, str]) -> None:
    whole, part = pair
    assert (whole, [part]) in _offered(text) + _drafted(text)


NEAR_MISSES = {
    # another noun heads the words: hotel nights are no part of visitor arrivals
    "noun": "Visitor arrivals between January and June reached 4.1 million, the office said.\n\n"
    "In June, hotel nights rose 6 percent to 910,400.",
    # a month of another year than the span's
    "year": "Hotel nights between January and June 2031 reached 4.1 million nights.\n\nIn June "
    "2030, hotel nights came to 910,400 nights.",
    # a comparison's earlier figure
    "earlier": "Hotel nights between January and June reached 4.1 million nights.\n\nThat compares "
    "to 910,400 hotel nights for the same month last year.",
    # a limit, no level the months fill
    "plan": "The hotel nights ceiling between January and June is limited to 4.1 million nights."
    "\n\nIn June, hotel nights came to 910,400 nights.",
    # a balance's months may be of either sign
    "balance": "The trade deficit between January and June reached $4.1 billion.\n\nIn June, the "
    "trade deficit came to $0.9 billion.",
    # a fiscal year's months are not the calendar's
    "fiscal": "Hotel nights in the first half of fiscal 2031 reached 4.1 million nights.\n\nIn "
    "June, hotel nights came to 910,400 nights.",
    # a price: "a barrel" makes it a rate
    "price": "Crude between January and June averaged $84.10 a barrel.\n\nIn June, crude fell "
    "to $81.20 a barrel.",
    # another flow: exports are no part of trade
    "flow": "Trade between January and June grew to $41.7 billion.\n\nIn June trade rose on "
    "an increase to $5.3 billion in exports and $4.1 billion in imports.",
}


@pytest.mark.parametrize("name", NEAR_MISSES)
def test_a_near_miss_gets_no_month_within_a_span(name: str) -> None:
    text = NEAR_MISSES[name]
    small = {"910,400", "910,400 nights", "$0.9 billion", "$81.20", "$5.3 billion"}
    assert not any(set(parts) & small for _, parts in _offered(text))
