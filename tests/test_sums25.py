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
    # "April of last year" is April 2030, the month (text/periodnames), not the whole year
    assert periods["an increase of 6.1%"] == ("2031-04", "2030-04")
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


def _relations(text: str) -> list[tuple[str, dict[str, str]]]:
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    return [
        (r.kind, {k: str(values.get(v) or v) for k, v in r.fields.items() if isinstance(v, str)})
        for r in found.relations
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "48,210 passengers passed through the airport in March, up 7.4 per cent when compared"
        " with March last year.",
        "48,210 passengers passed through the airport in March, up 7.4 per cent as compared to"
        " the previous year.",
        "In the first quarter of 2031 passengers were up by 7.4 per cent year-over-year to 48,210.",
    ],
)
def test_a_growth_compared_in_other_words_is_the_growth_of_its_figure(sentence: str) -> None:
    found = _relations("Port Louis, April 2031\n\n" + sentence)
    assert any(kind == "growth" and fields.get("current") == "48,210" for kind, fields in found), (
        found
    )


def test_levels_set_off_by_commas_take_the_growths_listed_after_them() -> None:
    text = (
        "Port Louis, April 2031\n\nIn the first quarter of 2031 visitor arrivals were down by"
        " 12.1 per cent year-over-year to 512,400. Same-day visitors, at 301,200, and overnight"
        " visitors, at 211,200, fell by 15.5 per cent and 6.8 per cent respectively."
    )
    found = _relations(text)
    growths = {f["current"]: f["growth"] for kind, f in found if kind == "growth"}
    assert growths.get("301,200") == "fell by 15.5 per cent"
    assert growths.get("211,200", "").endswith("6.8 per cent")
    # the sum of the two kinds of visitors lifts to the year before through the three growths
    assert any(kind == "equation" for kind, f in found)


def test_a_growth_then_a_clause_of_its_own_is_no_growth_of_the_figure() -> None:
    text = (
        "Port Louis, April 2031\n\n48,210 passengers passed through the airport in March, up 7.4"
        " per cent when the new terminal opened."
    )
    assert not any(kind == "growth" for kind, _ in _relations(text))


@pytest.mark.parametrize(
    "opening",
    [
        "Slovenia exported EUR 1.42 billion worth of goods in April",
        "In April Slovenia exported EUR 1.42 billion",
    ],
)
def test_a_country_that_exported_gives_its_exports(opening: str) -> None:
    text = (
        f"Ljubljana, May 2031\n\n{opening}, while imports rose to EUR 1.77 billion, leaving a"
        " trade deficit of EUR 350 million."
    )
    sides = {"result": "EUR 350 million", "minuend": "EUR 1.77 billion"}
    assert ("difference", {**sides, "subtrahend": "EUR 1.42 billion"}) in _relations(text)


@pytest.mark.parametrize(
    "opening",
    [
        # not a country: a company's sales abroad
        "The company exported EUR 1.42 billion worth of goods in April",
        # a product's or a partner's exports, never the country's whole
        "Slovenia exported EUR 1.42 billion in cars in April",
        "Slovenia exported EUR 1.42 billion to Germany in April",
    ],
)
def test_exports_of_no_country_or_of_a_part_are_no_side_of_the_balance(opening: str) -> None:
    text = (
        f"Ljubljana, May 2031\n\n{opening}, while imports rose to EUR 1.77 billion, leaving a"
        " trade deficit of EUR 350 million."
    )
    assert not any(kind == "difference" for kind, _ in _relations(text))
