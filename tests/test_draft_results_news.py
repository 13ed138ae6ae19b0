"""Guards found by a new user's first contact with company results and business news (thirteenth
session): a dividend per share set against an earlier one, revenue to come beside a quarter's
revenue, and a bank's income by its kind. Each test has a sentence that once drafted a wrong
relation (or a draft that would not load) and a near miss that must still draft. The sentences are
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import relations
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render


@pytest.mark.parametrize(
    "after",
    [
        "from the $0.04 per share paid in the same quarter of last year",
        "from the $0.04 per share paid a year earlier",
    ],
)
def test_a_figure_per_share_with_words_after_the_noun_drafts_a_file_that_loads(
    after: str, tmp_path: Path
) -> None:
    # the words after "per share" are no part of the noun: never a growth of figures per two
    # nouns ("share" and "share paid in"), which the claims file refuses
    text = f"The board approved a quarterly dividend of $0.05 per share, a 25 percent increase {after}."
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    rendered = render(draft(text), article)
    assert "[[claim]]" in rendered
    assert all(fields.get("base") is None for kind, fields in relations(text) if kind == "growth")


def test_a_figure_per_share_a_year_earlier_is_the_growth_s_base() -> None:
    # the near miss: "a year earlier" follows the noun, and the earlier dividend is the base
    text = (
        "The board approved a quarterly dividend of $0.05 per share, a 25 percent increase from "
        "$0.04 per share a year earlier."
    )
    growths = [fields for kind, fields in relations(text) if kind == "growth"]
    assert growths == [
        {
            "growth": "a 25 percent increase",
            "current": "$0.05 per share",
            "base": "$0.04 per share",
        }
    ]


@pytest.mark.parametrize("lead", ["contractual future", "deferred", "contracted"])
def test_revenue_to_come_is_no_part_of_the_quarter_s_revenue(lead: str) -> None:
    # a backlog of service contracts is revenue of years to come, never a part of the quarter's
    text = (
        "Nordwind had revenue of € 900 million in the second quarter of 2021, up 12 per cent on "
        "the second quarter of 2020.\n\n"
        f"Maintenance agreements added {lead} revenue of € 4.2 billion, against € 3.9 billion at "
        "the end of June 2020."
    )
    assert [kind for kind, _ in relations(text) if kind == "sum"] == []


def test_a_kind_of_revenue_in_the_quarter_is_still_its_part() -> None:
    # the near miss: the quarter's service revenue is a part of the quarter's revenue
    text = (
        "Nordwind had revenue of € 900 million in the second quarter of 2021, up 12 per cent on "
        "the second quarter of 2020.\n\nService revenue came to € 420 million in the second "
        "quarter of 2021."
    )
    sums = [fields for kind, fields in relations(text) if kind == "sum"]
    assert sums == [{"total": "€ 900 million"}]
    drafted = draft(text)
    values = {c.id: c.value for c in drafted.claims}
    (parts,) = [r.fields["parts"] for r in drafted.relations if r.kind == "sum"]
    assert isinstance(parts, list) and [values[p] for p in parts] == ["€ 420 million"]


@pytest.mark.parametrize("kind", ["Trading", "Lending", "Advisory"])
def test_a_kind_of_income_is_no_whole_of_another_kind(kind: str) -> None:
    # "Trading income" is the income of one business: never the whole that commission income
    # is a part of
    text = (
        "Commission income rose 4 percent to CHF 20.5 million in the first half of 2022. "
        f"{kind} income climbed to CHF 6.1 million in the first half of 2022."
    )
    assert [kind for kind, _ in relations(text) if kind == "sum"] == []


def test_the_income_of_a_half_holds_its_trading_income() -> None:
    # the near miss: the half's income is the whole, its trading income a part
    text = (
        "Income rose 4 percent to CHF 80.5 million in the first half of 2022. Trading income "
        "climbed to CHF 6.1 million in the first half of 2022."
    )
    sums = [fields for kind, fields in relations(text) if kind == "sum"]
    assert sums == [{"total": "CHF 80.5 million"}]


@pytest.mark.parametrize("gap", ["ahead of", "below", "more than"])
def test_a_figure_set_against_another_is_the_gap_no_part(gap: str) -> None:
    # "Net fee income was almost $2m ahead of the half before at $9.4m": $2m is the gap, never
    # the fee income's level, so never a part of the operating income
    text = (
        f"Net fee income was almost $2m {gap} the 2030 first half at $9.4m. Total operating "
        "income came to $15.2m compared to $14.1m."
    )
    assert [kind for kind, _ in relations(text) if kind == "sum"] == []


def test_a_flow_s_own_figure_is_still_a_part_of_the_whole() -> None:
    # the near miss: the fee income's own figure is a part of the operating income
    text = (
        "Net fee income was $9.4m in the 2030 first half. Total operating income came to $15.2m "
        "in the 2030 first half."
    )
    assert [fields for kind, fields in relations(text) if kind == "sum"] == [{"total": "$15.2m"}]


def test_two_business_lines_of_one_value_are_not_one_figure() -> None:
    # "Data Centre revenues £2.3m ... Other revenues £2.3m": two lines of business whose figures
    # happen to agree, never one figure given twice
    text = (
        "Revenues were £38.1m in the first half of 2030. Mobile revenues were £10.2m; Data "
        "Centre revenues £2.3m; and Other revenues £2.3m."
    )
    assert [kind for kind, _ in relations(text) if kind == "equal"] == []


def test_one_business_line_named_twice_is_one_figure() -> None:
    # the near miss: the same line's figure given twice is still one
    text = (
        "The firm said Data Centre revenues reached £2.3m in the first half of 2030. It added "
        "that Data Centre revenues of £2.3m in the first half of 2030 came from three clients."
    )
    assert [kind for kind, _ in relations(text) if kind == "equal"] == ["equal"]


@pytest.mark.parametrize("line", ["Fixed Line", "Retail", "Data Centre"])
def test_a_business_line_named_mid_sentence_is_no_whole(line: str) -> None:
    # "while Fixed Line revenues were £15.5m": a line of business like the "Mobile revenues" the
    # sentence opens on, never the whole they are a part of (£20.2m would exceed it)
    text = (
        "Mobile revenues were £20.2m in the first half of 2030, while "
        f"{line} revenues were £15.5m in the first half of 2030."
    )
    assert [kind for kind, _ in relations(text) if kind == "sum"] == []


@pytest.mark.parametrize("people", ["Faroese", "Danish", "FOB"])
def test_a_people_s_or_a_basis_s_flow_mid_sentence_is_still_a_whole(people: str) -> None:
    # the near miss: a people's adjective or a valuation's letters name no business line
    text = (
        f"In the first seven months of 2030 {people} exports came to 6.7 billion DKK. Salmon "
        "exports reached 3 billion DKK in the first seven months of 2030."
    )
    assert [fields for kind, fields in relations(text) if kind == "sum"] == [
        {"total": "6.7 billion DKK"}
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares rose 6.2% to 412 kroner on Tuesday.",
        "The average daily rate rose 4% to $182 in 2030.",
        "The share price fell 3.1% to DKK 54.6 in March.",
    ],
)
def test_a_change_to_an_amount_is_its_growth_whatever_its_name(sentence: str) -> None:
    # "Shares rose 6.2% to 412 kroner": the shares' price, no share of a whole, so no change
    # that might be in percentage points (a percent-points warning)
    kinds = [c.kind for c in draft(sentence).claims if c.value and "%" in c.value]
    assert kinds == ["growth"]


def test_a_share_that_changes_to_a_percent_is_still_a_change() -> None:
    # the near miss: a share's change "to 34.9%" may be in points
    kinds = [c.kind for c in draft("Its market share rose 2% to 34.9% in 2030.").claims]
    assert "change" in kinds
