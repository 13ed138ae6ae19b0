"""A balance of two flows stated across sentences: a flow's level behind an aside that only turns to
it ("Imports, for their part, rose ..."), the balance of the year before from a move "from A to B",
and one balance in each of two currencies; a growth's base in a clause on "when" after the period
compared with. The sentences are written for these tests."""

from __future__ import annotations

from aktobe_facts.text.draft import draft


def gaps(text: str) -> list[tuple[str | None, ...]]:
    """Each drafted difference as (result, minuend, subtrahend), by the claims' values."""
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    return [
        tuple(values.get(str(r.fields[k])) for k in ("result", "minuend", "subtrahend"))
        for r in found.relations
        if r.kind == "difference"
    ]


ASIDE = (
    "Exports stood at 41.2 million dollars in the quarter, the customs office said.\n\n"
    "Imports, for their part, rose 8 percent from 70.1 million dollars to 75.7 million dollars.\n\n"
    "The trade deficit came to 34.5 million dollars, against 29.6 million dollars a year earlier.\n"
)


def test_a_flow_behind_an_aside_that_turns_to_it_keeps_its_role() -> None:
    assert ("34.5 million dollars", "75.7 million dollars", "41.2 million dollars") in gaps(ASIDE)


def test_the_earlier_balance_from_a_move_from_one_level_to_another() -> None:
    text = ASIDE.replace(
        "in the quarter, the customs", "in the quarter, up from 40.5 million dollars, the customs"
    )
    assert gaps(text) == [
        ("34.5 million dollars", "75.7 million dollars", "41.2 million dollars"),
        ("29.6 million dollars", "70.1 million dollars", "40.5 million dollars"),
    ]
    # a move of another flow's part ("of fuel") is no earlier value of the flow
    parted = text.replace("from 70.1 million", "from 70.1 million dollars of fuel and")
    assert ("29.6 million dollars", "70.1 million dollars", "40.5 million dollars") not in gaps(
        parted
    )


def test_asides_that_name_another_thing_still_break_the_role() -> None:
    text = ASIDE.replace("for their part", "mostly fuel")
    assert gaps(text) == []


TWO_CURRENCIES = (
    "In dollars, exports came to $2.4 billion and imports reached $5.1 billion. "
    "In euros, exports were 2.2 billion euros and imports 4.7 billion euros.\n\n"
    "Exports of goods alone were 2.3 billion euros, the second count says.\n\n"
    "The trade deficit reached $2.7 billion. In euros the deficit amounted to 2.5 billion euros.\n"
)


def test_each_currency_s_one_set_is_drafted_and_the_doubtful_one_noted() -> None:
    # the dollars fit one set; the euros two (either count of exports): a note for them
    found = draft(TWO_CURRENCIES)
    assert gaps(TWO_CURRENCIES) == [("$2.7 billion", "$5.1 billion", "$2.4 billion")]
    assert any("more than one set fits" in n for n in found.notes)
    alone = TWO_CURRENCIES.replace("Exports of goods alone were 2.3 billion euros, the", "The")
    assert sorted(gaps(alone)) == [
        ("$2.7 billion", "$5.1 billion", "$2.4 billion"),
        ("2.5 billion euros", "4.7 billion euros", "2.2 billion euros"),
    ]


def test_the_flows_that_break_down_another_trade_are_not_the_country_s() -> None:
    text = TWO_CURRENCIES.replace(
        "Exports of goods alone were 2.3 billion euros, the second count says.",
        "Trade with the islands came to 310 million euros, with exports of 120 million euros and "
        "imports of 190 million euros.",
    )
    assert ("2.5 billion euros", "190 million euros", "120 million euros") not in gaps(text)
    assert ("2.5 billion euros", "4.7 billion euros", "2.2 billion euros") in gaps(text)
    # a whole trade's flows after "with" are whole: its turnover is their sum
    whole = "Foreign trade came to 7.5 billion euros, with exports of 2.6 billion euros and imports of 4.9 billion euros."
    sums = [r for r in draft(whole).relations if r.kind == "sum"]
    assert len(sums) == 1


def _growths(text: str) -> list[dict[str, str | None]]:
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    return [
        {k: values.get(str(v)) for k, v in r.fields.items()}
        for r in found.relations
        if r.kind == "growth"
    ]


def test_a_base_in_a_clause_on_when_after_the_period_compared() -> None:
    for verb in ("came in at", "had been", "had stood at", "had reached"):
        text = (
            "Cocoa farmers earned 4.2 billion cedis in the first eight months, up 6.1 percent "
            f"compared to the same period last year, when they {verb} 3.96 billion cedis."
        )
        assert _growths(text) == [
            {
                "growth": "up 6.1 percent",
                "current": "4.2 billion cedis",
                "base": "3.96 billion cedis",
            }
        ], verb
