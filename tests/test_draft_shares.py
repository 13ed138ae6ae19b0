"""Shares drafted from the words (:mod:`aktobe_facts.text.draftshares`): an amount and the
percent of a whole it is; the whole a figure of the article where the words name it, else shares
of one unstated whole; and what is left to the editor. Every sentence here is written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render

Fields = dict[str, str | list[str]]


def shares(text: str) -> list[tuple[str, Fields]]:
    found = draft(text)
    values = {c.id: c.value or c.id for c in found.claims}
    out: list[tuple[str, Fields]] = []
    for r in found.relations:
        if r.kind not in ("share", "same-whole"):
            continue
        out.append(
            (
                r.kind,
                {
                    k: values[v] if isinstance(v, str) else [values[x] for x in v]
                    for k, v in r.fields.items()
                    if not isinstance(v, bool)
                },
            )
        )
    return out


def outcomes(text: str, tmp_path: Path, check: str) -> list[Outcome]:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(draft(text), article), tmp_path / "a.toml", article=article)
    return [f.outcome for f in check_document(doc) if f.check == check]


def test_shares_of_an_unstated_whole_in_one_sentence() -> None:
    assert shares(
        "The plan puts revenue at 20.5 billion manat, or 30.1% of GDP, and spending at 22.4 "
        "billion manat, or 32.9% of GDP."
    ) == [
        (
            "same-whole",
            {
                "parts": ["20.5 billion manat", "22.4 billion manat"],
                "shares": ["30.1%", "32.9%"],
            },
        )
    ]
    assert shares(
        "The main buyers were Poland (31.5 percent or $0.63 billion), Italy (20 percent or "
        "$0.4 billion) and Egypt (8.5 percent or $0.17 billion)."
    ) == [
        (
            "same-whole",
            {
                "parts": ["$0.63 billion", "$0.4 billion", "$0.17 billion"],
                "shares": ["31.5 percent", "20 percent", "8.5 percent"],
            },
        )
    ]


def test_the_whole_is_the_figure_the_words_name() -> None:
    assert shares(
        "GDP reached 70 billion lari in 2023. Tax revenue was 17.5 billion lari, or 25 percent "
        "of GDP."
    ) == [
        (
            "share",
            {"share": "25 percent", "part": "17.5 billion lari", "whole": "70 billion lari"},
        )
    ]
    assert shares(
        "Investment came to 200 billion tenge. The capital drew 50 billion tenge, or 25 percent "
        "of the region's total."
    ) == [
        (
            "share",
            {"share": "25 percent", "part": "50 billion tenge", "whole": "200 billion tenge"},
        )
    ]
    # "of the total" after "tax revenues": the one earlier amount that is revenues; a second
    # pair with no whole of its own shares the first one's
    assert shares(
        "In 2022, revenues were $9.9bn, lower by $0.5bn. Tax revenues then were $7.1bn, "
        "constituting 71.7% of the total, and customs revenues $2.8bn, contributing 28.3%."
    ) == [
        ("share", {"share": "71.7%", "part": "$7.1bn", "whole": "$9.9bn"}),
        ("share", {"share": "28.3%", "part": "$2.8bn", "whole": "$9.9bn"}),
    ]


def test_no_share_where_the_words_leave_a_doubt() -> None:
    # "the total" may be either amount, and taxes are named by neither
    assert (
        shares(
            "Revenue was $5 billion and spending $6 billion. Taxes were $3 billion, or 60 percent "
            "of the total."
        )
        == []
    )
    # two wholes
    assert (
        shares(
            "Revenue was 20 billion manat, or 30% of GDP, and debt 10 billion manat, or 40% of "
            "exports."
        )
        == []
    )
    # growth percents are no shares
    assert (
        shares(
            "Exports rose 5 percent, or $2 billion, while imports rose 3 percent, or $1 billion."
        )
        == []
    )
    # parts in two currencies
    assert (
        shares(
            "Buyers were Poland (31 percent or $2 billion) and Chad (10 percent or 5 billion tenge)."
        )
        == []
    )
    # "5812 689.99 thousand": a grouping the grammar reads as two numbers; no relation on it
    assert (
        shares(
            "Imports were 5812 689.99 thousand USD, or 41.5% of the turnover, and exports "
            "8183 486.76 thousand USD, or 58.5%."
        )
        == []
    )
    # "of total tax revenues" names a whole of its own, not the amount before it
    assert (
        shares(
            "Output of small firms rose 6.8 percent to 908.8 billion tenge. Their taxes came to "
            "214 billion tenge (or 46 percent of total tax revenues)."
        )
        == []
    )
    # "by P% or X" after a change said before: changes, not shares
    assert (
        shares(
            "Revenue rose by 15% or 1,129 billion tenge, the republican budget - by 18% or 965 "
            "billion tenge and local budgets - by 7.7% or 165 billion tenge."
        )
        == []
    )
    # the whole's period is not the part's
    assert (
        shares(
            "GDP reached 70 billion lari in 2022. In 2023, tax revenue was 17.5 billion lari, or "
            "25 percent of GDP."
        )
        == []
    )


def test_drafted_shares_are_checked(tmp_path: Path) -> None:
    slip = (
        "The plan puts revenue at 12.2 billion manat, or 27.9% of GDP, spending at 12.4 billion "
        "manat, or 28.3% of GDP, and the deficit at 178 million manat, or 0.04% of GDP."
    )
    assert Outcome.FAIL in outcomes(slip, tmp_path, "same-whole")
    right = slip.replace("0.04%", "0.41%")
    assert set(outcomes(right, tmp_path, "same-whole")) == {Outcome.PASS}
    named = (
        "Investment came to 201 billion tenge. The capital drew 50.1 billion tenge, or 35 "
        "percent of the total."
    )
    assert outcomes(named, tmp_path, "share-of-whole") == [Outcome.FAIL]
    fits = named.replace("35 percent", "24.9 percent")
    assert outcomes(fits, tmp_path, "share-of-whole") == [Outcome.PASS]


@given(
    st.lists(st.integers(min_value=1, max_value=999), min_size=2, max_size=5),
    st.sampled_from(["percent", "%"]),
)
def test_any_list_of_pairs_is_one_whole_with_exact_figures(tenths: list[int], sign: str) -> None:
    names = ["Poland", "Italy", "Egypt", "Chad", "Peru"]
    pairs = [
        f"{name} ({t / 10:.1f}{' ' if sign == 'percent' else ''}{sign} or ${t * 3} million)"
        for name, t in zip(names, tenths, strict=False)
    ]
    text = f"The main buyers were {', '.join(pairs)}."
    [(kind, fields)] = shares(text)
    assert kind == "same-whole"
    assert fields["parts"] == [f"${t * 3} million" for t in tenths]
    assert fields["shares"] == [
        f"{t / 10:.1f}{' ' if sign == 'percent' else ''}{sign}" for t in tenths
    ]


def test_of_which_a_percent_and_its_amount_share_the_total_before() -> None:
    assert shares(
        "Spending came to 12.4 billion lari in 2023, the ministry said, of which about 40% or "
        "5 billion lari went to pensions."
    ) == [
        (
            "share",
            {"share": "about 40%", "part": "5 billion lari", "whole": "12.4 billion lari"},
        )
    ]
    # a comparison between the two is no "of which"
    assert (
        shares(
            "Spending came to 12.4 billion lari, up from 11 billion lari, of which about 40% or "
            "5 billion lari went to pensions."
        )
        == []
    )


def test_the_named_whole_may_stand_anywhere_in_the_article() -> None:
    later = (
        "Tax revenue reached 8.4 billion lari (22.1% of GDP) in 2023.\n\n"
        "Georgia's GDP grew 7.5% in real terms in 2023 to 38 billion lari."
    )
    assert shares(later) == [
        ("share", {"share": "22.1%", "part": "8.4 billion lari", "whole": "38 billion lari"})
    ]
    # the GDP named later is of another year
    assert shares(later.replace("in real terms in 2023", "in real terms in 2022")) == []
    # two amounts name GDP: the words do not say which
    assert (
        shares(
            later + " Nominal GDP in the first half of 2023 was 18 billion lari, the office said."
        )
        == []
    )
    # a share's noun words between the amount and its verb; the whole named before
    assert shares(
        "Georgia's external trade turnover came to $25 billion in the period.\n\n"
        "Turkey is second with a $3.1 billion turnover, making up 12.4% of Georgia's overall "
        "trade."
    ) == [("share", {"share": "12.4%", "part": "$3.1 billion", "whole": "$25 billion"})]


def test_a_share_and_its_amount_between_dashes() -> None:
    assert shares(
        "Exports reached $9 billion. Local exports made up 40 percent - or $3.6 billion - of the "
        "total exports."
    ) == [("share", {"share": "40 percent", "part": "$3.6 billion", "whole": "$9 billion"})]


def test_a_loose_whole_is_never_a_possessor_or_a_part() -> None:
    # "of the region's total" names no whole of its own: a later amount of the region is not it
    assert (
        shares(
            "The capital drew 50 billion tenge, or 25 percent of the region's total. Farm "
            "output in the region came to 300 billion tenge."
        )
        == []
    )
    # the only amount named "sales" is itself a share of the total sales: not the whole
    assert (
        shares(
            "Local sales made up 40 percent - or $2 billion - of the total sales. Copper led at "
            "$500 million (25% of total sales)."
        )
        == []
    )


def test_a_share_of_a_whole_named_later_is_checked(tmp_path: Path) -> None:
    slip = (
        "The surplus came to 6.1 million lari or 1% of GDP in the first half of 2023.\n\n"
        "Georgia's GDP in January-June 2023 rose 7% to 610 billion lari."
    )
    assert outcomes(slip, tmp_path, "share-of-whole") == [Outcome.FAIL]
    fits = slip.replace("6.1 million", "6.1 billion")
    assert outcomes(fits, tmp_path, "share-of-whole") == [Outcome.PASS]


def test_a_share_that_names_no_whole_is_of_its_flow_s_total() -> None:
    text = (
        "Georgia's foreign trade turnover was $12 billion in the half-year.\n\n"
        "Turkey is the main partner, with a $2.6 billion turnover, accounting for a 21.7% share."
    )
    assert shares(text) == [
        ("share", {"share": "21.7%", "part": "$2.6 billion", "whole": "$12 billion"})
    ]
    # two totals of the flow: the words do not say which
    assert shares(text + " The region's total turnover was $30 billion.") == []
    # the part's clause names no flow
    assert shares(text.replace("with a $2.6 billion turnover", "with $2.6 billion")) == []


def test_a_share_of_the_whole_its_own_words_state() -> None:
    share = {"share": "42.6%", "part": "PLN 2.13bn", "whole": "PLN 5.00bn"}
    text = "Dividend income reached PLN 2.13bn, or 42.6% of the whole-year target of PLN 5.00bn."
    assert shares(text) == [("share", share)]
    text = "Sales brought in PLN 2.13bn, or 42.6% of the PLN 5.00bn planned for the year."
    assert shares(text) == [("share", share)]


def test_that_is_a_share_of_the_figure_before() -> None:
    text = (
        "The deficit came to 1,215.4 billion forints (EUR 3.3bn) at the end of May. Tax cuts "
        "drove it.\n\nThat deficit is 61.4% of the 1,979.5 billion forint full-year target."
    )
    assert shares(text) == [
        (
            "share",
            {
                "share": "61.4%",
                "part": "1,215.4 billion forints",
                "whole": "1,979.5 billion forint",
            },
        )
    ]
    plain = "The gap reached PLN 22.75bn. That is 64.3% of the revised annual plan of PLN 35.38bn."
    assert [f["part"] for _, f in shares(plain)] == ["PLN 22.75bn"]
    # a noun that names no thing of its own ("That value", "That amount") is the figure before
    for noun in ("value", "amount", "sum"):
        generic = f"Coffee sales earned PLN 2.4bn. That {noun} is 40% of the PLN 6bn of 2029."
        assert [f["part"] for _, f in shares(generic)] == ["PLN 2.4bn"], noun


def test_that_is_no_share_when_the_figure_before_is_not_one() -> None:
    # two amounts before: which one "That" is, the words do not say
    two = "Revenue was PLN 40bn and spending PLN 45bn. That is 64.3% of the plan of PLN 62bn."
    # the noun after "That" named by no sentence before
    other = "Revenue reached PLN 22.75bn. That deficit is 64.3% of the plan of PLN 35.38bn."
    # the whole's words run on past a few words, or through a verb
    far = "The gap reached PLN 22.75bn. That is 64.3% of what the ministry had said it would be in the plan of PLN 35.38bn."
    for text in (two, other, far):
        assert shares(text) == [], text


@given(st.integers(1, 999), st.integers(1, 999))
def test_a_stated_whole_is_checked_as_written(part: int, whole: int) -> None:
    pct = 100 * part / whole
    text = f"The gap reached PLN {part}bn. That is {pct:.1f}% of the annual plan of PLN {whole}bn."
    (found,) = shares(text)
    assert found == (
        "share",
        {"share": f"{pct:.1f}%", "part": f"PLN {part}bn", "whole": f"PLN {whole}bn"},
    )


def test_pairs_of_another_time_share_no_whole() -> None:
    """A pair the sentence dates apart from the others ("recorded in the same period of 2021") is
    a share of another year's GDP: one whole for all would be a false error."""
    assert (
        shares(
            "Revenue came to 37.8 billion lari (7.5% of GDP), against the plan of 43.4 billion lari "
            "(8.6% of GDP) and the 30.5 billion lari (6.6% of GDP) recorded in the same period of 2021."
        )
        == []
    )
    # a period before the first pair is every pair's: the whole is still one
    assert [
        kind
        for kind, _ in shares(
            "In 2023 revenue came to 37.8 billion lari (7.5% of GDP), against the plan of 43.4 "
            "billion lari (8.6% of GDP)."
        )
    ] == ["same-whole"]


@pytest.mark.parametrize("join", [", and the UAE", ". The UAE"])
def test_a_ranked_sibling_part_is_no_total(join: str) -> None:
    """ "of the total" after a ranking of parts: the amount before it (in its sentence or the one
    before) is the sibling part, not the total, unless its clause names a total."""
    assert not [
        kind
        for kind, fields in shares(
            "Imports reached $58 billion in June. The US followed with imports of $4.3 billion"
            f"{join} came third with $3.6 billion, or 6.4 percent of the total."
        )
        if kind == "share" and fields.get("whole") == "$4.3 billion"
    ]
    assert shares(
        "Imports totaled $58 billion in June, and China supplied $11 billion, or 19 percent of "
        "the total."
    ) == [("share", {"share": "19 percent", "part": "$11 billion", "whole": "$58 billion"})]


@pytest.mark.parametrize("partner", ["to Asia", "to the Baltic states", "from Canada"])
def test_a_share_of_a_flow_alone_is_never_of_one_partner_s_flow(partner: str) -> None:
    # "P percent of total exports": the exports as a whole, never those to one partner
    flow = "Imports" if partner.startswith("from") else "Exports"
    told = (
        f"{flow} {partner} came to $530 million in 2030, against $470 million in 2029. Nickel "
        f"accounted for 9.5 percent of total {flow.lower()} in 2030 with a value of $70 million."
    )
    assert [fields for kind, fields in shares(told) if kind == "share"] == []
    # the near miss: the flow's whole, named, is the share's whole
    whole = (
        f"{flow} {partner} came to $530 million in 2030. Total {flow.lower()} reached "
        f"$740 million in 2030. Nickel accounted for 9.5 percent of total {flow.lower()} in 2030 "
        "with a value of $70.3 million."
    )
    assert [fields for kind, fields in shares(whole) if kind == "share"] == [
        {"share": "9.5 percent", "part": "$70.3 million", "whole": "$740 million"}
    ]


@pytest.mark.parametrize("rate", ["a month", "per month", "a week"])
def test_a_flow_read_per_a_time_is_no_whole_of_a_year_s_share(rate: str) -> None:
    told = (
        f"Exports averaged $530 million {rate} in 2030. Nickel accounted for 9.5 percent of "
        "exports in 2030 with a value of $70 million."
    )
    assert [fields for kind, fields in shares(told) if kind == "share"] == []
    # the near miss: the year's flow is the whole
    year = (
        "Exports came to $530 million in 2030. Nickel accounted for 9.5 percent of exports in "
        "2030 with a value of $50.4 million."
    )
    assert [fields for kind, fields in shares(year) if kind == "share"] == [
        {"share": "9.5 percent", "part": "$50.4 million", "whole": "$530 million"}
    ]
