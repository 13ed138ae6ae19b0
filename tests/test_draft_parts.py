"""Parts of a total drafted from the words ("of which", "including", "Of the total", "tax
revenues" within the revenue, "together"), and totals that get none. The sentences are written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes as checked
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


def sums(text: str) -> list[tuple[str, list[str], bool]]:
    """The drafted sums as (total, parts, exhaustive) by the claims' values."""
    found = draft(text)
    values = {c.id: c.value or c.id for c in found.claims}
    out = []
    for r in found.relations:
        parts, total = r.fields.get("parts"), r.fields.get("total")
        if r.kind == "sum" and isinstance(parts, list) and isinstance(total, str):
            exhaustive = r.fields.get("exhaustive") is True
            out.append((values[total], [values[p] for p in parts], exhaustive))
    return out


def outcomes(text: str, tmp_path: Path) -> list[Outcome]:
    return [outcome for _, outcome in checked(text, tmp_path, ("sum",))]


def test_of_which_including_and_with_lists_after_their_total() -> None:
    assert sums("Migrants sent $2.4 billion home, $2.2 billion of which came from Russia.") == [
        ("$2.4 billion", ["$2.2 billion"], False)
    ]
    assert sums(
        "Revenue reached 100 trillion soums, including 76 trillion soums from taxes and 24 "
        "trillion soums from customs."
    ) == [("100 trillion soums", ["76 trillion soums", "24 trillion soums"], False)]
    assert sums(
        "Revenues amounted to $8.5bn, with $6.5bn coming from taxes and $2.05bn from customs."
    ) == [("$8.5bn", ["$6.5bn", "$2.05bn"], False)]
    assert sums(
        "The region attracted 500 billion tenge of investment in 2023, including 120 billion "
        "tenge from the state budget."
    ) == [("500 billion tenge", ["120 billion tenge"], False)]


def test_the_rest_makes_a_list_the_whole() -> None:
    assert sums(
        "Investment totaled 5 billion tenge, of which 3 billion tenge came from the state and "
        "the rest, 2 billion tenge, from private firms."
    ) == [("5 billion tenge", ["3 billion tenge", "2 billion tenge"], True)]


def test_of_the_total_refers_to_the_figure_of_the_sentence_before() -> None:
    text = (
        "The region allocated 12.6 billion tenge to repair pipelines. About 180 kilometers of "
        "pipes were replaced.\n\nOf the total, the republican budget provided 8.1 billion tenge "
        "and the local budget 4.5 billion tenge.\n"
    )
    assert sums(text) == [("12.6 billion tenge", ["8.1 billion tenge", "4.5 billion tenge"], False)]
    two = (
        "The region allocated 12.6 billion tenge, and the city 3 billion tenge. Of the total, "
        "the republican budget provided 8.1 billion tenge."
    )
    assert sums(two) == []


def test_a_part_of_a_flow_within_its_whole() -> None:
    assert sums(
        "Revenues fell to 5.7 trillion rubles, pulled down by a decline in energy revenues, "
        "which fell to 1.64 trillion rubles."
    ) == [("5.7 trillion rubles", ["1.64 trillion rubles"], False)]
    assert sums(
        "Expenditures reached 433.6 trillion soums in 2024. Most of the spending, 310.9 "
        "trillion soums, went through the state budget."
    ) == [("433.6 trillion soums", ["310.9 trillion soums"], False)]
    # two wholes it may be a part of
    assert (
        sums(
            "Revenues were 5 trillion rubles and, in the regions, revenues reached 3 trillion "
            "rubles. Oil revenues were 1 trillion rubles."
        )
        == []
    )


def test_together_is_the_whole_of_the_figures_of_their_periods() -> None:
    assert sums(
        "The deficit was 5.7 trillion soums in January and 7.2 trillion soums in February. "
        "Together the deficit came to 12.9 trillion soums."
    ) == [("12.9 trillion soums", ["5.7 trillion soums", "7.2 trillion soums"], True)]


def test_no_parts_where_the_words_leave_a_doubt() -> None:
    # the parts of a net figure or a balance may be negative
    assert sums("Net inflows were $2 billion, of which $3 billion came from China.") == []
    assert sums("The deficit was 5 billion lari, of which 3 billion lari in March.") == []
    # shares, another unit, a comparison, another clause
    assert sums("Revenue reached 5 billion tenge, including 40 percent from taxes.") == []
    assert sums("Revenue reached 5 billion lari, compared with 4 billion lari in 2022.") == []
    assert sums(
        "Revenue reached 5 billion lari, including 3 billion lari from taxes, and the government "
        "borrowed 2 billion lari."
    ) == [("5 billion lari", ["3 billion lari"], False)]


def test_drafted_parts_are_checked(tmp_path: Path) -> None:
    wrong = "Revenue was 5.2 billion lari, of which 6.4 billion lari came from taxes."
    assert outcomes(wrong, tmp_path) == [Outcome.FAIL]
    right = "Revenue was 5 billion lari, of which 4 billion lari came from taxes."
    assert outcomes(right, tmp_path) == [Outcome.PASS]


@given(
    a=st.integers(min_value=1, max_value=10**5),
    b=st.integers(min_value=1, max_value=10**5),
    other=st.integers(min_value=0, max_value=10**5),
)
def test_any_list_in_the_template_is_drafted_and_passes(a: int, b: int, other: int) -> None:
    total = a + b + other
    text = (
        f"Exports reached {total:,} tonnes, including {a:,} tonnes of wheat and {b:,} tonnes "
        "of barley."
    )
    assert sums(text) == [(f"{total:,} tonnes", [f"{a:,} tonnes", f"{b:,} tonnes"], False)]


def test_a_sentence_that_opens_on_its_total() -> None:
    assert sums(
        "Of the Rs9.418 trillion of total revenue, Rs6.305 trillion was tax and Rs3.113 "
        "trillion non-tax revenue."
    ) == [("Rs9.418 trillion", ["Rs6.305 trillion", "Rs3.113 trillion"], False)]
    assert sums("Of the $5 billion of new debt, $3 billion was in bonds.") == [
        ("$5 billion", ["$3 billion"], False)
    ]
    # a verb before the comma: the first figure is no total the sentence opens on
    assert sums("Of the $5 billion it raised last year, $3 billion came from bonds.") == []


def test_parts_of_that_go_back_to_the_sentence_before() -> None:
    text = (
        "The largest item was defence, Rs 2,152 billion, 31 percent of the total. "
        "The army took Rs. 1,204 billion of that and the navy "
        "Rs. 410 billion."
    )
    assert sums(text) == [("Rs 2,152 billion", ["Rs. 1,204 billion", "Rs. 410 billion"], False)]
    # two amounts of the unit before: "of that" names neither for certain
    two = "Revenue was $9 billion and spending $12 billion. Taxes brought $5 billion of that."
    assert sums(two) == []


def test_by_area_lists_the_parts_of_the_total_before() -> None:
    text = (
        "In nine months more than 27.3 billion somoni went to the economy. By area, "
        "schools received 4.2 billion somoni, hospitals 2.6 billion somoni and roads "
        "3.9 billion somoni."
    )
    assert sums(text) == [
        (
            "more than 27.3 billion somoni",
            ["4.2 billion somoni", "2.6 billion somoni", "3.9 billion somoni"],
            False,
        )
    ]


def test_a_list_after_a_figure_of_another_year_has_no_total() -> None:
    # the list may break down either year's inflow: the words do not say which
    parts = "By industry, mining took $12.1 billion and trade $5.08 billion."
    assert not sums(
        "FDI came to $28 billion in 2022, 17.7 percent more than in 2021. "
        "In 2012, FDI reached $28.9 billion. " + parts
    )
    # of one year, or with no other figure of its unit before, the list is of the one figure
    assert sums("FDI came to $28 billion in 2022. In 2022, FDI reached $28.9 billion. " + parts)
    assert sums("FDI was strong. In 2012, FDI reached $28.9 billion. " + parts)


def test_a_part_given_twice_is_one_part() -> None:
    # the two figures are one amount, drafted as equal: summing both would double it
    assert sums(
        "In January-April, oil and gas revenues of the budget decreased by 52% to 2.282 trillion "
        "rubles. Oil and gas revenues amounted to 2.282 trillion rubles, the ministry said, and "
        "total revenues reached 7.8 trillion rubles."
    ) == [("7.8 trillion rubles", ["2.282 trillion rubles"], False)]


def test_a_rate_a_year_is_no_whole_of_the_period_s_parts() -> None:
    assert not sums(
        "In January-April, oil and gas revenues of the budget decreased by 52% to 2.282 trillion "
        "rubles. Oil and gas revenues amounted to 2.282 trillion rubles, the ministry said, "
        "adding that monthly receipts are nearing their base level (8 trillion rubles a year)."
    )


def test_of_which_and_including_need_no_comma() -> None:
    assert sums(
        "Total tax revenue in March is Rs 1,06,577 cr of which central tax is Rs 20,353 cr and "
        "cess is Rs 8,286 cr."
    ) == [("Rs 1,06,577 cr", ["Rs 20,353 cr", "Rs 8,286 cr"], False)]
    assert sums(
        "Spending reached $5 billion including $2 billion on roads and $1 billion on schools."
    ) == [("$5 billion", ["$2 billion", "$1 billion"], False)]


def test_a_list_that_names_each_part_with_one_verb() -> None:
    assert sums(
        "Total tax revenue in March is Rs 1,06,577 cr of which central tax is Rs 20,353 cr, state "
        "tax is Rs 27,520 cr and cess is Rs 8,286 cr."
    ) == [("Rs 1,06,577 cr", ["Rs 20,353 cr", "Rs 27,520 cr", "Rs 8,286 cr"], False)]
    # another verb starts another clause: imports are no part of exports
    assert sums(
        "Exports were $5 billion of which oil is $3 billion and imports were $2 billion."
    ) == [("$5 billion", ["$3 billion"], False)]


def test_parts_with_a_verb_each_parted_by_semicolons() -> None:
    text = (
        "Spending of the city reached 7.4 trillion rubles, 21.2% of the plan. Of these, schools, "
        "clinics, libraries, parks and other social items took 3.3 trillion rubles; transport got "
        "1.1 trillion rubles, 18.4% of the plan; and the city's offices came to 0.9 trillion rubles."
    )
    assert sums(text) == [
        (
            "7.4 trillion rubles",
            ["3.3 trillion rubles", "1.1 trillion rubles", "0.9 trillion rubles"],
            False,
        )
    ]
    # an item with two amounts of the unit: which is the part, the words do not say
    two = text.replace(
        "transport got 1.1 trillion rubles",
        "transport got 1.1 trillion rubles of 2 trillion rubles",
    )
    assert sums(two) == []


@pytest.mark.parametrize("joint", ["; of this", ". Of this"])
def test_a_label_after_a_figure_names_that_figure_not_the_next(joint: str) -> None:
    # "X is for recurrent expenditure, Y for capital works": Y is no spending part of the year's
    # spending named a paragraph before
    text = (
        "Last year expenditure was $40.2 billion.\n\n"
        f"The islands get $1.9 billion{joint} $1.6 billion is for recurrent expenditure, $280.5"
        " million for capital works and $19 million for ports."
    )
    assert not [s for s in sums(text) if s[0] == "$40.2 billion"]


def test_a_dash_or_a_compound_makes_no_part_of_a_budgets_flow() -> None:
    # a dash between spaces is punctuation, never the word that makes a figure a part: the two
    # funds' collections are two wholes, not the smaller one's part
    assert (
        sums(
            "Three state funds - Alpha, Beta and Gamma - collected $2.1 billion in May, while one "
            "regional fund, Delta, collected $0.05 billion."
        )
        == []
    )
    # "state-owned" firms receive money: their subject is the firms, no budget's revenue
    assert (
        sums(
            "Revenue came to 10 billion lari in May. State-owned firms received 12 billion lari "
            "in May."
        )
        == []
    )
    # a budget as the subject still takes in revenue
    assert (
        sums(
            "Revenue came to 10 billion lari in May. The state took in 6 billion lari of tax "
            "in May."
        )
        != []
    )


def test_followed_by_names_another_item_than_the_role_before_it() -> None:
    # "at X of total exports, followed by chemicals at Y": Y is the chemicals', no whole of exports
    text = (
        "Wool exports rose to $677.9 million in July. Fuels made the largest contribution at"
        " $472.6 million of total exports, followed by chemicals at $168.7 million. The major"
        " exports were crude oil valued at $218.6 million."
    )
    assert not [s for s in sums(text) if s[0] == "$168.7 million"]


def test_a_flow_to_one_partner_is_no_total_of_a_kind_of_that_flow() -> None:
    # "exports to Kenya" is one partner's, never the whole "copper exports" of all partners are in
    partner = (
        "Zedland's copper exports came to 12.4 million tonnes in May. Shipments from the north "
        "came to 9.1 million tonnes and exports to Kenya came to 315,200 tonnes."
    )
    assert sums(partner) == []
    # a part that names the partner, or "these" flows, stays within the partner's whole
    same = (
        "Cement exports to Kenya were $16.8 million in May. All of Zambia's exports to Kenya came "
        "to $231.9 million in the month."
    )
    assert sums(same) == [("$231.9 million", ["$16.8 million"], False)]


def test_so_far_before_a_flow_is_a_time_not_a_part() -> None:
    year = (
        "Exports reached $35.6 billion from November 1 to 20. For the year so far exports were "
        "$601.4 billion and imports $561.1 billion.\n"
    )
    assert sums(year) == []
    part = "Exports reached $35.6 billion in November. Car exports were $3.1 billion.\n"
    assert sums(part) == [("$35.6 billion", ["$3.1 billion"], False)]


def test_a_whole_of_another_month_than_its_parts_context_gets_none() -> None:
    parts = (
        "Chip exports surged 41.8 percent to $11.65 billion. Exports to China rose 6.5 percent to "
        "$8.58 billion.\n"
    )
    other = "Korea's exports grew 6.8 percent to $43 billion in the December 1-20 period.\n\n"
    november = "\nIn November, exports had grown 8.4 percent to $61 billion.\n"
    assert sums(other + parts + november) == []
    same = "Exports grew 6.8 percent to $43 billion in December.\n\n"
    assert sums(same + parts) == [
        ("$43 billion", ["$11.65 billion"], False),
        ("$43 billion", ["$8.58 billion"], False),
    ]


def test_a_span_of_time_after_a_flow_s_of_words_names_no_part() -> None:
    # "exports of goods between January and September": the goods' coverage and a span, no part
    told = (
        "Exports totalled 58.4 billion euros. Exports of goods between January and September "
        "totalled 58.4 billion euros.\n"
    )
    assert sums(told) == []
    cork = (
        "Exports totalled 58.4 billion euros. Exports of cork between January and September "
        "totalled 1.4 billion euros.\n"
    )
    assert sums(cork) == [("58.4 billion euros", ["1.4 billion euros"], False)]


def test_a_share_s_part_of_a_flow_is_never_that_flow_s_whole() -> None:
    # "P percent of total exports with a value of X": X is a part of the exports, never the whole
    # of the exports to one region said before it
    region = (
        "Exports to Europe came to $212 million in 2030. Wool accounted for 8.5 percent of "
        "total exports in 2030 with a value of $41 million.\n"
    )
    assert sums(region) == []
    # the flow's noun the share's: "of total receipts" makes X no whole of "wool receipts"
    receipts = (
        "Wool accounted for 8.5 percent of total receipts in 2030 with a value of $41 million. "
        "Wool receipts came to $482 million in 2030.\n"
    )
    assert sums(receipts) == []
    # the near miss: a flow's whole said with no share still takes the region's part
    whole = (
        "Exports to Europe came to $212 million in 2030. Total exports in 2030 reached "
        "$480 million.\n"
    )
    assert sums(whole) == [("$480 million", ["$212 million"], False)]


@pytest.mark.parametrize(
    ("whole", "part", "product"),
    [
        ("Goods exports", "Service exports", "Grain exports"),
        ("Merchandise imports", "Tourism imports", "Fuel imports"),
        ("Exports of goods", "Exports of services", "Exports of grain"),
    ],
)
def test_sibling_kinds_of_a_flow_are_never_part_of_each_other(
    whole: str, part: str, product: str
) -> None:
    told = f"{whole} came to $740 million in 2030, the office said. {part} reached $95 million in 2030.\n"
    assert sums(told) == []
    # the near miss: a product's flow stays within the flow of goods
    near = f"{whole} came to $740 million in 2030, the office said. {product} reached $95 million in 2030.\n"
    assert sums(near) == [("$740 million", ["$95 million"], False)]


def test_a_flow_of_goods_and_services_is_no_part_of_the_goods() -> None:
    # "exports of goods and services" names the whole trade's coverage, no part "goods"
    told = (
        "Imports of goods came to $610 million in 2030. Imports of goods and services came to "
        "$790 million in 2030.\n"
    )
    assert sums(told) == []
    # the near miss: the services within goods and services
    near = (
        "Imports of goods and services came to $790 million in 2030. Imports of services came "
        "to $180 million in 2030.\n"
    )
    assert sums(near) == [("$790 million", ["$180 million"], False)]


def test_the_same_period_after_a_past_year_and_the_article_s_own_is_doubtful() -> None:
    # "the same period" after "Last year, ..." when a figure of the article's own period came
    # first may be either period: no sum of its whole with last year's part
    doubtful = (
        "Kazakhstan's gas revenue came to 38 billion tenge from January 1 to May 31, 2031.\n\n"
        "Last year, gas revenue reached 84.2 billion tenge.\n\n"
        "Total revenue over the same period was 45.7 billion tenge."
    )
    assert [s for s in sums(doubtful) if "84.2 billion tenge" in s[1]] == []
    # near miss: the past year is the one period named before: the same period is last year's
    one = (
        "Last year, gas revenue of Kazakhstan reached 84.2 billion tenge.\n\n"
        "Total revenue over the same period was 131.7 billion tenge."
    )
    assert [s[:2] for s in sums(one)] == [("131.7 billion tenge", ["84.2 billion tenge"])]
