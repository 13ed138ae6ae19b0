"""Deficits, surpluses and trade turnover drafted from the roles of their figures, within a
sentence and across sentences, and what is left to the editor. The sentences are written for these
tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes as checked
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft

Drafted = tuple[str, dict[str, object]]


def drafted(text: str, kinds: tuple[str, ...] = ("difference", "sum")) -> list[Drafted]:
    """The relations of the kinds, each field's claims by their values."""
    found = draft(text)
    values = {c.id: c.value or c.id for c in found.claims}
    out: list[Drafted] = []
    for r in found.relations:
        if r.kind not in kinds:
            continue
        fields: dict[str, object] = {
            k: values[v]
            if isinstance(v, str)
            else [values[i] for i in v]
            if isinstance(v, list)
            else v
            for k, v in r.fields.items()
        }
        out.append((r.kind, fields))
    return out


def gap(result: str, minuend: str, subtrahend: str) -> Drafted:
    return ("difference", {"result": result, "minuend": minuend, "subtrahend": subtrahend})


def verdicts(text: str, tmp_path: Path) -> list[tuple[str, Outcome]]:
    return checked(text, tmp_path, ("difference", "sum"))


def test_a_deficit_in_one_sentence_is_spending_minus_revenue() -> None:
    text = (
        "For 2025 the budget plans revenue of 12.1 billion manat, expenditures of 13.4 billion "
        "manat and a deficit of 1.3 billion manat."
    )
    assert drafted(text) == [gap("1.3 billion manat", "13.4 billion manat", "12.1 billion manat")]


def test_a_surplus_is_revenue_minus_spending() -> None:
    text = (
        "Revenues reached 10 billion lari and spending 9 billion lari, a surplus of 1 billion lari."
    )
    assert drafted(text) == [gap("1 billion lari", "10 billion lari", "9 billion lari")]


def test_a_deficit_and_its_flows_in_neighbouring_paragraphs() -> None:
    text = (
        "The state budget ran a deficit of 424 million manat in the first half of 2024.\n\n"
        "Budget revenue totaled 4.9 billion manat in the half, up 1.1% from a year earlier, "
        "while expenditures came to 5.3 billion manat.\n"
    )
    assert drafted(text) == [gap("424 million manat", "5.3 billion manat", "4.9 billion manat")]


def test_verbs_of_a_budget_and_a_role_carried_to_the_next_figure() -> None:
    text = (
        "The budget ran a deficit of 5.7 trillion soums in January and 7.2 trillion soums in "
        "February. In January the budget took in 16.1 trillion soums and spent 21.8 trillion "
        "soums. In February revenues were 16.9 trillion soums and expenditures 24.1 trillion "
        "soums."
    )
    assert drafted(text) == [
        gap("5.7 trillion soums", "21.8 trillion soums", "16.1 trillion soums"),
        gap("7.2 trillion soums", "24.1 trillion soums", "16.9 trillion soums"),
    ]


def test_trade_turnover_and_trade_deficit() -> None:
    text = (
        "Foreign trade turnover reached $14.5 billion in January-May. Exports accounted for "
        "$5.7 billion and imports for $8.8 billion, leaving a trade deficit of $3.1 billion."
    )
    assert drafted(text) == [
        gap("$3.1 billion", "$8.8 billion", "$5.7 billion"),
        (
            "sum",
            {
                "total": "$14.5 billion",
                "parts": ["$5.7 billion", "$8.8 billion"],
                "exhaustive": True,
            },
        ),
    ]


def test_a_role_s_noun_belongs_to_its_own_clause() -> None:
    text = (
        "Turnover was $100 billion. Exports were $60 billion and imports $40 billion. China "
        "accounted for $31.5 billion of the turnover, and Russia for $27 billion."
    )
    total = ("sum", {"total": "$100 billion", "parts": ["$60 billion", "$40 billion"]})
    assert [(k, {f: v for f, v in d.items() if f != "exhaustive"}) for k, d in drafted(text)] == [
        total
    ]


def test_a_comparison_s_earlier_figure_is_left_out() -> None:
    text = (
        "The federal budget deficit was 2.4 trillion rubles in the first quarter, after a "
        "surplus of 1.1 trillion rubles in the same quarter of 2022. Revenues fell to 5.7 "
        "trillion rubles and spending rose to 8.1 trillion rubles."
    )
    assert drafted(text) == [
        gap("2.4 trillion rubles", "8.1 trillion rubles", "5.7 trillion rubles")
    ]
    last_year = (
        "Revenue was 9 billion manats and expenses reached 9.4 billion manats, so the budget "
        "ran a deficit of 0.4 billion manats. In the same months of last year there was a "
        "surplus of 0.6 billion manats."
    )
    assert drafted(last_year) == [
        gap("0.4 billion manats", "9.4 billion manats", "9 billion manats")
    ]


def test_a_figure_against_an_article_is_a_comparisons_earlier_one() -> None:
    # "against a X surplus in the same month last year": never the balance of the flows of
    # another period further on (it was drafted as January-May's, a false error)
    lead = (
        "Trade showed a deficit of $2.6 billion in May, against a $900 million surplus in the "
        "same month last year.\n\n"
    )
    months = (
        "From January to May exports rose by 6 percent to $210.3 billion, and imports by 7.3 "
        "percent to $209.9 billion."
    )
    may = "Exports in May grew by 12.2 percent to $40 billion, and imports by 17.3 percent to "
    text = lead + may + "$42.6 billion.\n\n" + months
    assert drafted(text) == [gap("$2.6 billion", "$42.6 billion", "$40 billion")]
    # nor are January-May's flows the May deficit's: "From January to May" names their period
    assert drafted(lead + months) == []


def test_no_relation_where_the_words_leave_a_doubt() -> None:
    # a part of the revenue is no revenue of the budget
    assert (
        drafted(
            "Tax revenues were 5 billion tenge, spending 6 billion tenge and the deficit "
            "1 billion tenge."
        )
        == []
    )
    # different owners, a plan against a report, two periods
    assert (
        drafted(
            "The consolidated budget deficit was 59 trillion soums. The state budget spent 281 "
            "trillion soums, and its revenues were 232 trillion soums."
        )
        == []
    )
    assert (
        drafted(
            "Revenues reached 22.7 billion manat and spending 23.2 billion manat. Next year the "
            "government plans a deficit of 3 billion manat."
        )
        == []
    )
    assert (
        drafted(
            "The deficit was 2 billion lari in 2023. In 2024 revenues were 10 billion lari and "
            "spending 13 billion lari."
        )
        == []
    )
    # a qualified balance is not the difference of the flows stated
    for qualified in (
        "Leaving out interest payments, the budget showed a deficit of 1 billion lari.",
        "The primary deficit was 1 billion lari.",
        "The non-oil deficit was 1 billion lari.",
        "Excluding debt servicing, the deficit was 1 billion lari.",
    ):
        text = f"Revenues were 10 billion lari and spending 12 billion lari. {qualified}"
        assert drafted(text) == [], qualified
    # two deficits that both fit: a note, no relation
    doubt = draft(
        "Revenues were 10 billion lari and spending 12 billion lari. The local budget deficit "
        "was 2 billion lari, and the central budget deficit 3 billion lari."
    )
    assert [r for r in doubt.relations if r.kind == "difference"] == []
    assert any("more than one set fits" in n for n in doubt.notes)
    # a change is no level, a range no figure
    assert (
        drafted(
            "Revenues increased by 2 billion lari, spending was 12 billion lari and the deficit 1 "
            "billion lari."
        )
        == []
    )


def test_drafted_balances_are_checked(tmp_path: Path) -> None:
    right = "Revenue was 4.4 billion manat and spending 4.9 billion manat, a deficit of 0.5 billion manat."
    wrong = "Revenue was 4.9 billion manat and spending 4.4 billion manat, a deficit of 0.5 billion manat."
    assert verdicts(right, tmp_path) == [("difference", Outcome.PASS)]
    assert verdicts(wrong, tmp_path) == [("difference", Outcome.FAIL)]
    trade = "Turnover was $9.9 billion: exports came to $3.6 billion and imports to $6.3 billion."
    assert verdicts(trade, tmp_path) == [("sum", Outcome.PASS)]


@given(
    revenue=st.integers(min_value=1, max_value=99_999),
    gap_=st.integers(min_value=1, max_value=99_999),
    currency=st.sampled_from(["tenge", "manat", "lari", "soums"]),
    surplus=st.booleans(),
)
def test_any_balance_in_the_template_is_drafted_exactly(
    revenue: int, gap_: int, currency: str, surplus: bool
) -> None:
    spending = revenue - gap_ if surplus else revenue + gap_
    word = "surplus" if surplus else "deficit"
    text = (
        f"The budget took in {revenue:,} million {currency} and spent {spending:,} million "
        f"{currency}. The {word} came to {gap_:,} million {currency}."
    )
    if spending <= 0:
        return
    first, second = (revenue, spending) if surplus else (spending, revenue)
    assert drafted(text) == [
        gap(
            f"{gap_:,} million {currency}",
            f"{first:,} million {currency}",
            f"{second:,} million {currency}",
        )
    ]


def test_goods_exports_and_merchandise_imports_are_the_whole_flows() -> None:
    text = (
        "Goods exports reached 84.26 billion USD in the first nine months of 2022. Merchandise "
        "imports over the same months cost 88.9 billion USD. The country ran a trade deficit of "
        "4.64 billion USD in the first nine months of 2022."
    )
    assert gap("4.64 billion USD", "88.9 billion USD", "84.26 billion USD") in drafted(text)
    # a named kind of goods is still a part: no balance of the whole from it
    part = text.replace("Goods exports", "Coffee exports")
    assert drafted(part) == []


def test_a_balance_s_aside_names_no_flow_of_its_figure() -> None:
    # the aside after "deficit" says what a deficit is: its flows are no role of the figure
    text = (
        "Trade came to 20.1 billion dollars in the first half. Exports rose by 5 percent and "
        "equaled 6.2 billion dollars, while imports rose by 11 percent, reaching 13.9 billion "
        "dollars. The trade deficit, the sum by which imports exceed exports, stood at 7.7 "
        "billion dollars."
    )
    total = (
        "sum",
        {
            "total": "20.1 billion dollars",
            "parts": ["6.2 billion dollars", "13.9 billion dollars"],
            "exhaustive": True,
        },
    )
    assert drafted(text) == [
        gap("7.7 billion dollars", "13.9 billion dollars", "6.2 billion dollars"),
        total,
    ]
    # without the aside's closing comma the words are the figure's own: no role from "exports"
    open_aside = text.replace("exceed exports, stood", "exceed exports stood")
    assert all("7.7 billion dollars" not in str(d) for d in drafted(open_aside))


def test_a_base_period_before_the_value_reached_is_not_the_value_s_period() -> None:
    # "on the same period last year to X": last year is the base; X is the months' own figure,
    # so the months' exports and imports give the months' deficit, never May's imports
    text = (
        "In May, exports came to 2.6 billion lari and imports to 3.4 billion lari.\n\n"
        "In January-May, goods exports were up by 12% on the same period last year to 20.4 "
        "billion lari, and imports rose by 9% to 26.1 billion lari. The trade deficit for the "
        "period came to 5.7 billion lari."
    )
    assert gap("5.7 billion lari", "26.1 billion lari", "20.4 billion lari") in drafted(text)
    assert all("3.4 billion lari" not in str(d) for d in drafted(text) if "5.7" in str(d))


def test_a_sentence_opening_on_a_partner_gives_that_trade_s_flows() -> None:
    # "With Asian countries, exports ... and imports ...": that trade's flows, no part of the
    # country's balance
    text = (
        "The country ran a trade surplus of 140 million euros in June. With Asian countries, "
        "exports rose by 8% to 0.9 billion euros and imports by 5% to 0.76 billion euros."
    )
    assert all(kind != "difference" for kind, _ in drafted(text))
    plain = text.replace("With Asian countries, exports", "Exports")
    assert gap("140 million euros", "0.9 billion euros", "0.76 billion euros") in drafted(plain)


def test_a_balance_in_goods_and_services_takes_its_month_s_flows() -> None:
    # "the deficit in goods and services rose ... to X in June": X is June's balance, so June's
    # flows are its own, never the half-year deficit's in the next paragraph
    text = (
        "The deficit in goods and services rose 5.1 percent to $18.4 billion in June. Exports "
        "slid 0.4 percent to $101.2 billion; imports rose 0.9 percent to $119.6 billion.\n\n"
        "In the first half the country ran a trade deficit of $104.9 billion, up 3.2 percent."
    )
    assert [d for d in drafted(text) if d[0] == "difference"] == [
        gap("$18.4 billion", "$119.6 billion", "$101.2 billion")
    ]


def test_a_balance_in_goods_and_services_is_no_difference_of_goods_flows() -> None:
    # the balance covers services too; "exports of goods" do not: no difference of the two
    text = (
        "The deficit in goods and services rose to $46.3 billion in June. Exports of goods came "
        "to $140.2 billion and imports of goods to $210.6 billion in June."
    )
    assert [d for d in drafted(text) if d[0] == "difference"] == []
    plain = text.replace("The deficit in goods and services", "The trade deficit")
    assert gap("$46.3 billion", "$210.6 billion", "$140.2 billion") in drafted(plain)


def test_a_turnover_in_services_is_no_sum_of_flows_that_name_no_coverage() -> None:
    # exports and imports that name no coverage are goods, as a rule: never services' turnover
    text = (
        "Foreign trade turnover in services reached $8.4 billion in 2031. Exports came to $9.1 "
        "billion in 2031 and imports to $3.0 billion in 2031."
    )
    assert [d for d in drafted(text) if d[0] == "sum"] == []
    services = text.replace("Exports came", "Exports in services came").replace(
        "imports to", "imports in services to"
    )
    assert [d[0] for d in drafted(services)] == ["sum"]


def test_a_balance_after_a_sentence_opening_on_another_month_is_not_the_flows_gap() -> None:
    # February's deficit, its own words naming no month, is no gap of January's flows
    turned = (
        "In January 2031 exports came to $61.4 million and imports to $352.9 million. In February "
        "exports rose 3.5% to $63.5 million. The trade deficit ($262.2 million) fell 9.4% on "
        "January."
    )
    assert [d for d in drafted(turned) if d[0] == "difference"] == []
    kept = (
        "In January 2031 exports came to $61.4 million and imports to $352.9 million. The trade "
        "deficit ($291.5 million) fell 9.4% on December."
    )
    assert drafted(kept) == [gap("$291.5 million", "$352.9 million", "$61.4 million")]
