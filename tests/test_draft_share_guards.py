"""A share's whole and a group of shares are of the part's own thing: never the one amount of
the sentence before when that names another flow, never a sibling that is itself a share's part,
and percents in brackets after amounts of two units are shares of two wholes. The sentences are
written for these tests."""

from __future__ import annotations

from _drafted import shares
from aktobe_facts.text.draft import draft


def groups(text: str) -> list[list[str]]:
    found: dict[str, list[str]] = {}
    for claim in draft(text).claims:
        if claim.group:
            found.setdefault(claim.group, []).append(claim.value or "")
    return list(found.values())


def test_the_total_of_the_sentence_before_is_of_the_part_s_flow() -> None:
    other = (
        "The current account surplus rose to 3.4 percent of GDP, reaching 12.6 billion dollars. "
        "Exports to China jumped 41 percent to 3.3 billion dollars, or 28 percent of the total."
    )
    assert shares(other) == []
    same = (
        "Exports reached 11.8 billion dollars in 2031. Exports to China were 3.3 billion "
        "dollars, or 28 percent of the total."
    )
    assert shares(same) == [
        {"share": "28 percent", "part": "3.3 billion dollars", "whole": "11.8 billion dollars"}
    ]


def test_a_sibling_share_s_part_is_no_total() -> None:
    text = (
        "Fish made up 43 percent of goods exports in 2031, worth 187 billion euros. Aluminium "
        "exports were 231 billion euros, or 53 percent of the total."
    )
    assert [s for s in shares(text) if s["whole"] == "187 billion euros"] == []


def test_percents_in_brackets_after_two_units_are_no_group() -> None:
    two = "Saudi Arabia bought 12,380 tonnes (14 percent), which brought in $40.83 million (12 percent)."
    assert groups(two) == []
    one = "Germany bought 21,336 tonnes (25 percent), and Saudi Arabia 12,380 tonnes (14 percent)."
    assert groups(one) == [["25 percent", "14 percent"]]


def same_wholes(text: str) -> list[list[str]]:
    found = draft(text)
    values = {c.id: c.value or c.id for c in found.claims}
    return [
        [values[i] for i in r.fields["parts"]]
        for r in found.relations
        if r.kind == "same-whole" and isinstance(r.fields["parts"], list)
    ]


def test_shares_of_gdp_of_two_countries_are_of_two_wholes() -> None:
    # each country's remittances are a share of its own GDP: no one whole for the two
    text = (
        "Kenya received $4.0 billion in remittances, or 3.5% of GDP, while Uganda received "
        "$1.4 billion, or 3.1% of GDP."
    )
    assert same_wholes(text) == []
    # one country's flows, or its exports to two partners, are shares of its one GDP
    one = (
        "Kenya's revenue came to $20 billion, or 17% of GDP, and its spending to $25 billion, "
        "or 21% of GDP."
    )
    assert same_wholes(one) == [["$20 billion", "$25 billion"]]
    partners = (
        "Exports to China came to $2.1 billion, or 21% of GDP, and to Russia $1.1 billion, or "
        "11% of GDP."
    )
    assert same_wholes(partners) == [["$2.1 billion", "$1.1 billion"]]


def test_an_amount_that_came_from_one_partner_is_no_total() -> None:
    # the amount before the part names its own source: a sibling part, never the total
    sibling = (
        "Remittances came to US$812.4 million in June. US$611.2 million came from Canada, and "
        "Chile sent US$40.5 million, or 5.6% of the total."
    )
    assert [s for s in shares(sibling) if s["whole"] == "US$611.2 million"] == []
    total = (
        "Remittances reached $812.4 million in June, and Chile sent $40.5 million, or 5% of the "
        "total."
    )
    assert shares(total) == [{"share": "5%", "part": "$40.5 million", "whole": "$812.4 million"}]


def test_an_amount_and_its_percent_before_a_comparison_are_no_share() -> None:
    # "X, or P%, more than ..." and "Y, or Q%, above ...": two changes on two bases, no one whole
    text = (
        "Quarterly receipts came to $2.41 billion, $281.2 million, or 13.2%, more than a year "
        "earlier, and $402.8 million, or 20.1%, above the plan."
    )
    assert shares(text) == []
    assert [r.kind for r in draft(text).relations if r.kind == "same-whole"] == []


def test_percents_in_brackets_after_a_ratio_to_gdp_are_no_group() -> None:
    ratios = (
        "Nine states kept debt above 60 percent of GDP in 2031, led by Freedonia (171.3 percent) "
        "and Sylvania (128.4 percent)."
    )
    assert groups(ratios) == []
    owned = "Exports went mostly to Freedonia (42.5 percent) and Sylvania (31.8 percent) in 2031."
    assert groups(owned) == [["42.5 percent", "31.8 percent"]]


def test_a_listed_share_compared_with_another_time_is_no_group() -> None:
    compared = "Fuel was 40.2 percent of total imports, below the 45.1 percent share of June."
    assert groups(compared) == []
    listed = "Fuel took 40.2 percent of total imports, machinery 25.1 percent and food 9 percent."
    assert groups(listed) == [["40.2 percent", "25.1 percent", "9 percent"]]


def test_percents_in_brackets_that_the_words_after_call_changes_are_no_group() -> None:
    changes = "The stay was 2.3 nights; Oeste (2.5%) and Madeira (2.4%) had the biggest increases."
    assert groups(changes) == []
    shares = "China (42%) and India (31%) were the largest buyers; exports rose 5% in 2031."
    assert groups(shares) == [["42%", "31%"]]


def test_a_figure_to_come_is_no_whole_of_a_reported_share() -> None:
    share = (
        " The largest buyer of tea this year has been Freedonia (1.1 million tonnes, 14.7% of "
        "total tea exports)."
    )
    expected = "Tea exports are expected to reach 9 million tonnes this year." + share
    assert shares(expected) == []
    reached = "Tea exports reached 7.5 million tonnes this year." + share
    assert shares(reached) == [
        {"share": "14.7%", "part": "1.1 million tonnes", "whole": "7.5 million tonnes"}
    ]


def test_a_whole_to_come_stops_the_search_for_an_older_whole() -> None:
    # the nearest sentence naming the whole is a forecast: no earlier year's figure instead
    share = " Freedonia bought 1.3 million tonnes, or 16% of barley exports, in the first half."
    expected = (
        "Barley exports reached 7.1 million tonnes in 2030. Barley exports are expected to "
        "reach 8 million tonnes in 2031." + share
    )
    assert shares(expected) == []
    reached = "Barley exports reached 8.1 million tonnes in 2031." + share
    assert shares(reached) == [
        {"share": "16%", "part": "1.3 million tonnes", "whole": "8.1 million tonnes"}
    ]


def test_two_amounts_of_two_flows_and_their_percents_in_turn_are_no_nearest_pair() -> None:
    # "A of exports and B of imports, representing P% of total exports and Q% of total imports":
    # never P of B (the nearest pair); in turn, each whole naming its amount's flow
    # (draftshares._in_order, tests/test_draft_share_pairs_in_order.py)
    both = (
        "In 2031 exports came to 41.6 billion dollars and imports to 52.0 billion dollars. Sales "
        "to the union came to 20.8 billion dollars of exports and 31.2 billion dollars of "
        "imports, representing 50.0% of total exports and 60.0% of total imports."
    )
    assert shares(both) == [
        {"share": "50.0%", "part": "20.8 billion dollars", "whole": "41.6 billion dollars"},
        {"share": "60.0%", "part": "31.2 billion dollars", "whole": "52.0 billion dollars"},
    ]
    one = (
        "In 2031 exports came to 41.6 billion dollars. Sales to the union came to 20.8 billion "
        "dollars of exports, representing 50.0% of total exports."
    )
    assert shares(one) == [
        {"share": "50.0%", "part": "20.8 billion dollars", "whole": "41.6 billion dollars"}
    ]


def test_an_amount_equivalent_to_a_share_is_that_share_s_part_never_another_s_whole() -> None:
    # "while B made up Q% of all W equivalent to Y": Y is B's amount, never the whole of P% of A
    text = (
        "Pensions took 41.2% of overall outlays at 6.4 billion lari in 2031, while defence made "
        "up 12.7% of overall state outlays equivalent to 1.973 billion lari."
    )
    assert [s for s in shares(text) if s["whole"] == "1.973 billion lari"] == []
    # near miss: the whole stated as its own figure is still the share's whole
    whole = (
        "Overall outlays reached 15.5 billion lari in 2031. Pensions took 41.2% of overall "
        "outlays at 6.4 billion lari in 2031."
    )
    assert shares(whole) == [
        {"share": "41.2%", "part": "6.4 billion lari", "whole": "15.5 billion lari"}
    ]
