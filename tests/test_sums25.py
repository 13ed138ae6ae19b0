"""Sums the twenty-fifth session's reading of the open sets' missed sums taught the draft to read
(docs/corpus.md, "Sums, months and spans (twenty-fifth session)"), with sentences of our own and
near misses that must not draft."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft

_APRIL = (
    "Lisbon, 9 June 2031 (Agency) - The country sold EUR 1.42 billion worth of goods abroad in"
    " April, an increase of 6.1% on April of last year, while imports climbed by 11.3% to EUR"
    " 1.77 billion, the statistics office said.\n\nIn the four months to April, imports were up"
    " 9.2% to EUR 6.48 billion."
)


def _periods(text: str) -> dict[str, tuple[str | None, str | None]]:
    found = draft(text)
    return {str(c.value): (c.period, c.base_period) for c in found.claims}


def test_a_month_after_a_percent_on_names_the_base_not_the_period_of_what_follows() -> None:
    periods = _periods(_APRIL)
    assert periods["an increase of 6.1%"] == ("2031-04", "2030")
    assert periods["EUR 1.77 billion"][0] == "2031-04"


def test_the_month_after_a_base_of_last_year_lies_within_the_months_to_it() -> None:
    found = draft(_APRIL)
    values = {c.id: c.value for c in found.claims}
    sums = [
        (values[str(r.fields["total"])], [values[p] for p in r.fields["parts"]])  # type: ignore[union-attr]
        for r in found.relations
        if r.kind == "sum"
    ]
    assert ("EUR 6.48 billion", ["EUR 1.77 billion"]) in sums


_TRADE = (
    "Ruritania trade in February\n\nRuritania's exports fell 1.2 percent year-on-year to 24.1"
    " billion dollars in February.\n\nTotal trade decreased by 3.0 percent to 52.6 billion dollars"
    " in February.\n\n"
)


def _sums(text: str) -> list[tuple[str, list[str]]]:
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    return [
        (str(values[str(r.fields["total"])]), [str(values[p]) for p in parts])
        for r in found.relations
        if r.kind == "sum" and isinstance(parts := r.fields.get("parts"), list)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruritania's trade with Japan, on the other hand, rose by 7.5 percent year-on-year to 9.8"
        " billion dollars.",
        "Trade with the United States grew 2 percent to 9.8 billion dollars.",
    ],
)
def test_trade_with_a_partner_is_the_turnover_with_it_within_the_whole_turnover(
    sentence: str,
) -> None:
    found = _sums(_TRADE + sentence)
    assert ("52.6 billion dollars", ["9.8 billion dollars"]) in found
    # the turnover's one flow stays within it: a partner's turnover breaks down none of it
    assert ("52.6 billion dollars", ["24.1 billion dollars"]) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade with Japan showed a deficit of 9.8 billion dollars.",
        "Ruritania's trade surplus with Japan rose to 9.8 billion dollars.",
    ],
)
def test_a_balance_of_trade_with_a_partner_is_no_part_of_the_turnover(sentence: str) -> None:
    assert all(parts != ["9.8 billion dollars"] for _, parts in _sums(_TRADE + sentence))
