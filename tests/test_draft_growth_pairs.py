"""Two growths and the two levels they reached, listed in one order (text/draftgrowthpairs.py)."""

from __future__ import annotations

from aktobe_facts.text.draft import draft


def growths(text: str) -> list[dict[str, str]]:
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    return [
        {k: values.get(v) or v for k, v in r.fields.items() if isinstance(v, str)}
        for r in found.relations
        if r.kind == "growth"
    ]


def test_each_growth_of_a_listed_pair_is_its_own_levels() -> None:
    assert growths(
        "Their exports slipped by 4.2% and 6.8% to $310 million and $220 million respectively."
    ) == [
        {"growth": "slipped by 4.2%", "current": "$310 million"},
        {"growth": "-6.8%", "current": "$220 million"},
    ]


def test_a_listed_pair_with_months_and_bases() -> None:
    assert growths(
        "Ferry crossings fell by 3 percent in April and 5 percent in May to 41,200 and 38,000 "
        "compared with 42,470 and 40,000."
    ) == [
        {"growth": "fell by 3 percent", "current": "41,200", "base": "42,470"},
        {"growth": "-5 percent", "current": "38,000", "base": "40,000"},
    ]


def test_the_second_percent_is_never_the_growth_of_the_first_level() -> None:
    # a third figure after the list leaves the pairing to the editor: nothing is drafted
    drafted = growths(
        "Their exports slipped by 4.2% and 6.8% to $310 million and $220 million, while "
        "imports reached $500 million."
    )
    assert not any(g.get("current") == "$310 million" for g in drafted)
    assert not any(g.get("current") == "$220 million" for g in drafted)


def test_levels_of_two_measures_are_no_listed_pair() -> None:
    # nor is the second percent the growth of the first level
    drafted = growths("Shipments rose by 4% and 7% to $310 million and 220,000 tonnes.")
    assert not any(g.get("current") in ("$310 million", "220,000 tonnes") for g in drafted)


def test_a_forecast_or_plan_after_the_two_bases_is_no_base() -> None:
    # the figures compared with are what someone expected or planned: neither pair is drafted
    for said in ("forecast by the regulator", "in the annual target", "expected by traders"):
        drafted = growths(
            "Deposits at the two lenders rose 5 percent and 9 percent to 840 billion tenge and "
            f"610 billion tenge, compared with 800 billion tenge and 560 billion tenge {said}."
        )
        assert drafted == [], said


def test_the_two_bases_of_a_period_stay_bases() -> None:
    # the near miss: the bases' own period, or the source, after them
    for said in ("a year earlier", "in the same period of 2023, the central bank said"):
        assert growths(
            "Deposits at the two lenders rose 5 percent and 9 percent to 840 billion tenge and "
            f"610 billion tenge, compared with 800 billion tenge and 560 billion tenge {said}."
        ) == [
            {
                "growth": "rose 5 percent",
                "current": "840 billion tenge",
                "base": "800 billion tenge",
            },
            {"growth": "9 percent", "current": "610 billion tenge", "base": "560 billion tenge"},
        ], said


def test_a_listed_percent_with_any_period_is_no_growth_of_the_first_level() -> None:
    # "6 percent in the first five months" is not the growth of May's 1.2 million tonnes
    drafted = growths(
        "Cargo through the port fell 3 percent in May and 6 percent in the first five months "
        "to 1.2 million tonnes and 5.5 million tonnes."
    )
    assert drafted == []


def test_a_listed_pair_whose_periods_are_named_is_still_drafted() -> None:
    # the near miss: the same list with its year, each percent its own level's
    assert growths(
        "Cargo through the port fell 3 percent in May and 6 percent in the first five months "
        "of 2024 to 1.2 million tonnes and 5.5 million tonnes."
    ) == [
        {"growth": "fell 3 percent", "current": "1.2 million tonnes"},
        {"growth": "-6 percent", "current": "5.5 million tonnes"},
    ]


def test_a_listed_growth_takes_no_base_from_the_next_sentence() -> None:
    # "it" of the next sentence may be either item of the list: no base
    drafted = growths(
        "Cargo through the port fell 3 percent and 6 percent to 1.2 million tonnes and "
        "5.5 million tonnes. A year earlier it had been 5.9 million tonnes."
    )
    assert drafted == [
        {"growth": "fell 3 percent", "current": "1.2 million tonnes"},
        {"growth": "-6 percent", "current": "5.5 million tonnes"},
    ]


def test_a_single_growth_still_takes_its_base_from_the_next_clause() -> None:
    assert growths(
        "Cargo through the port fell 6 percent in the first five months to 5.5 million tonnes; "
        "a year earlier it had been 5.9 million tonnes."
    ) == [
        {"growth": "fell 6 percent", "current": "5.5 million tonnes", "base": "5.9 million tonnes"}
    ]
