"""A comparison in one sentence read by its structure (:mod:`aktobe_facts.text.draftcompare`): a
change (a verb or a noun of change, with or without an article), the value it reached before or
after it, the value compared with, and periods, dates and asides between, in the orders news
writes them; and the guards that leave a comparison undrafted. Every sentence here is written for
these tests, with figures and subjects of no article of the sets."""

from __future__ import annotations

import pytest

from _drafted import relations


def test_a_noun_of_change_with_what_changed_and_the_level_after() -> None:
    assert relations(
        "The cooperative registered a 6.2 per cent growth in wool sales to 41.5 million lari."
    ) == [("growth", {"growth": "a 6.2 per cent growth", "current": "41.5 million lari"})]
    assert relations(
        "Ferry operators posted a 3.5 percent decline in bookings to 212,000 in the season."
    ) == [("growth", {"growth": "a 3.5 percent decline", "current": "212,000"})]


def test_an_amount_that_is_and_the_base_after_than_the() -> None:
    assert relations(
        "The province collected fees of $81.4 million, an amount that is 4% lower than the "
        "$84.8 million registered in the same period in 2030."
    ) == [
        (
            "growth",
            {"growth": "4% lower", "current": "$81.4 million", "base": "$84.8 million"},
        )
    ]
    # joined by "and is": the figure's own clause goes on
    assert relations(
        "Timber exports amounted to 2.4 billion euros and are 12.5% higher compared to the "
        "same period in 2030."
    ) == [("growth", {"growth": "12.5% higher", "current": "2.4 billion euros"})]


def test_a_date_and_an_aside_of_saying_between_the_level_and_its_change() -> None:
    assert relations(
        "Wool deliveries had reached 41,300 tonnes by Oct. 12, traders estimated on Friday, "
        "down 6.1% from 44,000 tonnes over the same period last season."
    ) == [
        (
            "growth",
            {"growth": "down 6.1%", "current": "41,300 tonnes", "base": "44,000 tonnes"},
        )
    ]
    # the figure's own words and verb of coming, then the change after a comma
    assert relations(
        "A total of 61,250 ferry passengers arrived over the same months, registering an "
        "increase of 4.0% over the 58,900 ferry passengers for the comparative period in 2030."
    ) == [
        (
            "growth",
            {"growth": "an increase of 4.0%", "current": "61,250", "base": "58,900"},
        )
    ]


def test_with_a_total_of_only_beside_a_base() -> None:
    assert relations(
        "Bus passes increased by 6.2% with a total of 48,200 in 2031 compared with 45,380 in 2030."
    ) == [("growth", {"growth": "increased by 6.2%", "current": "48,200", "base": "45,380"})]
    # "with" and a figure of another thing, no base: what the figure counts is open
    assert relations("Bank lending rose 5 percent in 2031, with 4,200 in new accounts.") == []
    assert relations("Card payments rose 5 percent in 2031, with 300 new shops.") == []


def test_wordings_the_listed_rule_reads_stay_its_own() -> None:
    # "X, down P or D from Y": an amount of change beside the percent, the fall word of the
    # percent governing the plain amount (draftgrowth._fall_of_percent, fifteenth session: a
    # change with its direction), and this reader takes no part of it
    assert relations(
        "Coffee exports for 2031 totaled $212.4 million, down 8.2 percent or $19 million "
        "from the $231.4 million recorded for 2030."
    ) == [
        (
            "change",
            {
                "amount": "$19 million",
                "current": "$212.4 million",
                "base": "$231.4 million",
                "percent": "down 8.2 percent",
                "direction": "fall",
            },
        )
    ]
    # a level compared with, then an aside and the change: the base is no value reached
    assert (
        relations(
            "Wool deliveries came to 41,300 tonnes, against 44,000 tonnes in 2030, traders "
            "estimated on Friday, down 6.1%."
        )
        == []
    )


def test_guards_kept() -> None:
    # a forecast: no level reached
    assert (
        relations("The ministry expects a 6.2 per cent growth in wool sales to 41.5 million lari.")
        == []
    )
    # a growth of the volume is no growth of the value
    assert (
        relations(
            "Mills sold 2.1 million tonnes of rice worth 14 billion baht in 2031, up 12% in volume."
        )
        == []
    )
    # a base of a later period than the current value's: the order is not the words'
    assert (
        relations(
            "Bus passes increased by 6.2% with a total of 48,200 in 2030 compared with 45,380 in "
            "2031."
        )
        == []
    )
    # a base of another thing
    assert relations(
        "Grain exports had reached 41,300 tonnes by Oct. 12, traders estimated on Friday, "
        "up 6.1% from 38,900 tonnes of flour."
    ) == [("growth", {"growth": "up 6.1%", "current": "41,300 tonnes"})]


def test_a_unit_the_grammar_leaves_open_is_no_level() -> None:
    # "mt": million tonnes or metric tons, the editor's to write
    assert (
        relations(
            "Lentil output came to 2.3 mt, an amount that is 8 per cent higher than the 2.13 mt "
            "of the previous season."
        )
        == []
    )


def test_a_base_is_never_the_value_reached() -> None:
    # the last of two levels compared with: the words pair the growth with its base by periods
    assert (
        relations(
            "Bus passes came to 41,200, as against 44,000 in February and 38,150 in March 2030, "
            "the operator said on Monday, a fall of 6.36 percent."
        )
        == []
    )
    # a figure its clause names as the period compared with
    assert (
        relations(
            "Timber exports in the same period of 2030 were 8.9 billion euros, the office said "
            "on Friday, an increase of 27%."
        )
        == []
    )


def test_a_noun_of_change_with_its_of_after_an_aside() -> None:
    assert relations(
        "Ferry revenue came to 41.6 million lari in May, the port said on Monday, a fall of 4.2 "
        "percent from 43.4 million lari a year earlier."
    ) == [
        (
            "growth",
            {
                "growth": "a fall of 4.2 percent",
                "current": "41.6 million lari",
                "base": "43.4 million lari",
            },
        )
    ]


def test_a_change_named_as_a_cause_with_its_level_set_off() -> None:
    # the level after a comma: the cause's thing's or the clause's subject's, the words leave it
    assert (
        relations(
            "Port revenue was lifted by a 7.5 percent rise in transit fees, to 310 million lari."
        )
        == []
    )
    # the level right after what changed is that thing's
    assert relations(
        "Port revenue was lifted by a 7.5 percent rise in transit fees to 310 million lari."
    ) == [("growth", {"growth": "a 7.5 percent rise", "current": "310 million lari"})]


def test_listed_items_are_left_to_the_pairs_rule() -> None:
    # a list of levels after the change: which item is whose the words leave to the pairs' rule
    assert (
        relations(
            "The two mills registered a 4.5 percent growth in output to 2.1 million tonnes and "
            "1.4 million tonnes, while rivals shipped 3 million tonnes."
        )
        == []
    )


def test_a_second_change_with_its_own_noun_and_comparison() -> None:
    # after a fall or a rise, "and a Q drop year-on-year": the same figure's growth on another base
    assert relations(
        "Ferry traffic came to 41,200 passengers in May, a 3 percent fall from April and a 6 "
        "percent rise year-on-year."
    ) == [
        ("growth", {"growth": "a 3 percent fall", "current": "41,200"}),
        ("growth", {"growth": "a 6 percent rise", "current": "41,200"}),
    ]
    # a second change of another thing ("in cargo") is not the figure's
    assert relations(
        "Ferry traffic came to 41,200 passengers in May, a 3 percent fall from April and a 6 "
        "percent rise in cargo."
    ) == [("growth", {"growth": "a 3 percent fall", "current": "41,200"})]


def test_a_qualified_part_of_another_span_is_no_part() -> None:
    # family remittances of January to October 2030 are no part of June 2031's remittances (and
    # no growth lifts such a sum to the base values)
    text = (
        "In June 2031 the islands took in remittances of $882 million, an amount that is 10% "
        "higher than the $801 million registered in the same month of 2030.\n\n"
        "Over the first ten months of 2030, income from family remittances totaled $7.687 "
        "million, 13% higher than reported in the same period in 2029."
    )
    kinds = [kind for kind, _ in relations(text)]
    assert "sum" not in kinds and "equation" not in kinds
    assert kinds.count("growth") == 2


def test_a_kenyan_shilling_sign_with_its_full_stop() -> None:
    # "Ksh." as the Kenyan press prints it: the level is money, so the growth ties it
    assert relations("Customer deposits at the lender rose 12 per cent to Ksh. 41.2 Billion.") == [
        ("growth", {"growth": "rose 12 per cent", "current": "Ksh. 41.2 Billion"})
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gross output grew 5 percent in comparable prices to 38.4 trillion som in 2031 from "
        "34.0 trillion som in 2030.",
        "Cement production rose 7.2% in physical terms to $910 million in 2031 from $800 million "
        "in 2030.",
        "Group revenue climbed 9 per cent in local currency terms to €2.3 billion in 2031 from "
        "€2.2 billion in 2030.",
        "Sales fell 4 percent in organic terms to £610 million in 2031 from £600 million in 2030.",
        "Oil receipts fell 12 percent in dollar terms to 41.2 billion rubles in 2031 from "
        "38.0 billion rubles in 2030.",
        "Retail sales rose 6.1 percent in constant prices to 14.2 trillion tenge in 2031 from "
        "12.1 trillion tenge in 2030.",
        "Profit rose 8 percent at constant exchange rates to $4.1 billion in 2031 from "
        "$3.5 billion in 2030.",
        "Cargo revenue rose 7.2% on a like-for-like basis to $910 million in 2031 from "
        "$800 million in 2030.",
    ],
)
def test_a_change_on_another_basis_ties_no_printed_figures(sentence: str) -> None:
    # a growth in comparable prices, physical or local-currency terms, organic or at constant
    # exchange rates is net of prices, currency or acquisitions: the printed figures are nominal
    assert relations(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "current"),
    [
        (
            "Gross output grew 5 percent in nominal terms to 38.4 trillion som in 2031.",
            "38.4 trillion som",
        ),
        (
            "Cement sales rose 7.2% on an annual basis to $910 million in 2031.",
            "$910 million",
        ),
        (
            "Gross output grew 5 percent in current prices to 38.4 trillion som in 2031.",
            "38.4 trillion som",
        ),
    ],
)
def test_a_change_on_the_figures_own_basis_still_ties_them(sentence: str, current: str) -> None:
    # the near misses: nominal terms, a period's basis, and prices that are what changed
    made = relations(sentence)
    assert [(kind, fields.get("current")) for kind, fields in made] == [("growth", current)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A 10 percent rise in gold prices drove revenue to $4.1 billion in 2031 from $3.5 billion "
        "in 2030.",
        "An 8% fall in demand cut steel output to 2.1 million tonnes in May.",
        "Last year, a 9 percent drop in fish prices cut revenue to $210 million.",
    ],
)
def test_a_noun_of_change_that_opens_its_clause_is_no_level_s_change(sentence: str) -> None:
    # the noun of change is the subject: another verb moves the level after it
    assert relations(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tea exports climbed 6 percent in the last quarter alone to 812 million rupees for the "
        "whole of 2031 from 690 million rupees a year before.",
        "Coal output fell 9 percent in the week alone to 4.4 million tonnes for the first half "
        "from 5.1 million tonnes a year earlier.",
    ],
)
def test_a_period_is_no_thing_that_changed(sentence: str) -> None:
    # "in the last quarter alone" is the change's period, not what changed: the level after it is
    # of a longer span, so the percent is no growth from the base to it (a false error before)
    assert not [r for r in relations(sentence) if r[0] == "growth"]


def test_what_changed_is_still_read_beside_a_period() -> None:
    # the near miss: a thing named after the change, and a period the period reader takes
    assert relations(
        "Tea exports climbed 6 percent in the last quarter to 812 million rupees from 766 "
        "million rupees a year before."
    ) == [
        (
            "growth",
            {
                "growth": "climbed 6 percent",
                "current": "812 million rupees",
                "base": "766 million rupees",
            },
        )
    ]
