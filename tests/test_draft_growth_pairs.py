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
