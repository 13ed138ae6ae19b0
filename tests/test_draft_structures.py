"""Structures of news the draft relates across words, clauses and paragraphs (issue 13: an article
nobody has seen). Each case is one structure, in sentences written for these tests; each fails
without the rule it names."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft

Tie = tuple[str, frozenset[str]]


def ties(text: str) -> list[Tie]:
    """Each drafted relation: its kind and the values of the claims it ties."""
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    out: list[Tie] = []
    for r in found.relations:
        tied: set[str] = set()
        for v in r.fields.values():
            if isinstance(v, str) and v in values:
                tied.add(values[v])
            elif isinstance(v, list):
                tied |= {values[i] for i in v if i in values}
        out.append((r.kind, frozenset(tied)))
    return out


def tie(kind: str, *values: str) -> Tie:
    return kind, frozenset(values)


CASES = [
    pytest.param(
        "Port fees came to 41.5 billion rubles, rising 12.2 percent on the year.",
        tie("growth", "41.5 billion rubles", "rising 12.2 percent"),
        id="a change verb right before a percent makes it a growth",
    ),
    pytest.param(
        "Port fees climbed 12.2 percent to hit 41.5 billion rubles.",
        tie("growth", "climbed 12.2 percent", "41.5 billion rubles"),
        id="'to hit' a value is the value reached",
    ),
    pytest.param(
        "Freight revenue reached $2.4 billion over the season, posting a 7 percent increase.",
        tie("growth", "$2.4 billion", "a 7 percent increase"),
        id="'posting' a growth after its current value",
    ),
    pytest.param(
        "The port earned $2.4 billion between March and May of this year, marking a 7 percent "
        "year-on-year increase.",
        tie("growth", "$2.4 billion", "a 7 percent increase"),
        id="a span 'between March and May' and a 'year-on-year increase'",
    ),
    pytest.param(
        "The region's budget deficit was 12 billion rubles in the first half.\n\n"
        "Revenue for the half amounted to 50 billion rubles, against expenditures of 62 billion "
        "rubles.",
        tie("difference", "12 billion rubles", "50 billion rubles", "62 billion rubles"),
        id="'against expenditures of': a link word, not a part of the spending",
    ),
    pytest.param(
        "Over the first quarter the gap came to 9 billion rubles.\n\n"
        "The minister said revenues over the three months stood at 80 billion rubles. Spending "
        "over the same months was 89 billion rubles.",
        tie("difference", "9 billion rubles", "80 billion rubles", "89 billion rubles"),
        id="'the gap' is the deficit; 'said' is no part; 'the same months' are the months named",
    ),
    pytest.param(
        "The regional budget closed the first quarter with a deficit of 30 billion rubles.\n\n"
        "Analysts say revenue saw a decline of 3 percent, amounting to 400 billion rubles.\n\n"
        "Oil receipts shrank as prices dropped.\n\n"
        "Spending, by contrast, rose to 430 billion rubles.",
        tie("difference", "30 billion rubles", "400 billion rubles", "430 billion rubles"),
        id="a deficit and its revenue and spending paragraphs apart, one set in the article",
    ),
    pytest.param(
        "The bill puts revenues at 2.5 trillion rubles and spending at 2.7 trillion rubles, so "
        "the deficit will be 200 billion rubles.",
        tie("difference", "200 billion rubles", "2.5 trillion rubles", "2.7 trillion rubles"),
        id="'puts revenues at' is a plan, as is the deficit that 'will be'",
    ),
    pytest.param(
        "The budget ran a deficit of 10 billion rubles from January to May 2021.\n\n"
        "Revenue came to 90 billion rubles, while spending reached 100 billion rubles.",
        tie("difference", "10 billion rubles", "90 billion rubles", "100 billion rubles"),
        id="'from January' is a period, never the deficit's part",
    ),
    pytest.param(
        "Revenue reached 90 billion rubles and spending 100 billion rubles.\n\n"
        "Customs duties, the largest source of revenue, went up by 4 percent to 60 billion "
        "rubles.",
        tie("sum", "90 billion rubles", "60 billion rubles"),
        id="'X, the largest source of revenue' is a part of the revenue a paragraph before",
    ),
    pytest.param(
        "Tax revenue reached 233 billion rubles.\n\n"
        "Among the taxes, VAT declined 26% to 104 billion rubles, excise taxes – 8% to 19 "
        "billion rubles and land tax – 2% to 5 billion rubles.",
        tie(
            "sum",
            "233 billion rubles",
            "104 billion rubles",
            "19 billion rubles",
            "5 billion rubles",
        ),
        id="'Among the taxes,' lists parts of the total before, each with its own growth",
    ),
    pytest.param(
        "The port handled cargo worth 8.5 billion U.S. dollars in 2018, up 23.6 percent.",
        tie("growth", "8.5 billion U.S. dollars", "up 23.6 percent"),
        id="'U.S.': initials end no phrase",
    ),
    pytest.param(
        "Freight revenue for the half amounted to 300 billion rubles, against 340 billion "
        "rubles of costs. Freight revenue declined 12.9% from the same half of 2020.",
        tie("growth", "300 billion rubles", "declined 12.9%"),
        id="words of time name no thing: 'Revenue for the half' is revenue",
    ),
    pytest.param(
        "Revenue was 9.8 billion rubles, 19% lower than a year earlier.",
        tie("growth", "9.8 billion rubles", "19% lower"),
        id="'19% lower than': the direction word is the percent's, with its sign",
    ),
    pytest.param(
        "Wool worth USD 3.8 billion was exported over the season, 17.1 percent less than a year "
        "earlier.",
        tie("growth", "USD 3.8 billion", "17.1 percent less"),
        id="a passive verb of the current value's own clause before its growth",
    ),
    pytest.param(
        "Kazan was the top buyer at $320 million, followed by Perm at $230 million and Omsk at "
        "$210 million.",
        tie("order", "$320 million", "$230 million", "$210 million"),
        id="'the top ... followed by' ranks a list",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_a_structure_is_drafted(text: str, wanted: Tie) -> None:
    assert wanted in ties(text)


@pytest.mark.parametrize(
    ("text", "value", "counterpart"),
    [
        # a noun between an amount and its conversion
        (
            "The fund ended the year with a 188 billion rubles surplus ($2.5 billion).",
            "188 billion rubles",
            "$2.5 billion",
        ),
        # a change's "by" repeated in its conversion
        (
            "Sales rose by 334 billion rubles (by about $4.4 billion) in 2021.",
            "rose by 334 billion rubles",
            "about $4.4 billion",
        ),
    ],
)
def test_a_conversion_with_words_around_it(text: str, value: str, counterpart: str) -> None:
    claims = {c.value: c.counterparts for c in draft(text).claims}
    assert claims[value] == (counterpart,)


def test_followed_by_ranks_every_figure_and_ahead_of_only_the_first() -> None:
    chain = ties(
        "Kazan was the top buyer at $320 million, followed by Perm at $230 million and Omsk at "
        "$210 million."
    )
    assert tie("order", "$230 million", "$210 million") in chain
    first = ties(
        "Grain came first at $375 million (21% of sales), ahead of wool at $149 million (8%), "
        "hides at $111 million (6%) and salt at $80 million (4%)."
    )
    amounts = ("$375 million", "$149 million", "$111 million", "$80 million")
    # and the members' percents alone in brackets are shares of the one whole "of sales" names
    # (draftshares: a ranked member's "(8%)")
    assert first == [
        tie("same-whole", *amounts, "21%", "8%", "6%", "4%"),
        tie("order", *amounts),
    ]


def test_the_ranked_figure_in_a_clause_of_its_own() -> None:
    # "the biggest export, at X, ahead of": the word of first place before the comma
    assert ties(
        "Copper remained the biggest export, at $4.1 billion, ahead of tea at $2.2 billion."
    ) == [tie("order", "$4.1 billion", "$2.2 billion")]
    # no word of place before it: nothing
    assert ties("Copper remained an export, at $4.1 billion, ahead of tea at $2.2 billion.") == []
    # a share in apposition to the superlative's noun, then "followed by"
    assert ties(
        "Mining accounted for the largest share, 38 percent, followed by services with 27 percent "
        "and farming with 12 percent."
    ) == [
        tie("order", "38 percent", "27 percent", "12 percent"),
        tie("order", "27 percent", "12 percent"),
    ]


def test_a_later_place_ranks_the_shares_after_it() -> None:
    # a place after the first: the list after "ahead of" comes below it
    assert ties("Kenya was third with 6.3%, ahead of Peru with 5.1% and Chile with 4.8%.") == [
        tie("order", "6.3%", "5.1%", "4.8%")
    ]
    # a share's whole before "followed by"; a member of another whole ends the list
    assert ties(
        "Oslo came second with 18.4% of arrivals, followed by Bergen with 9.6% and Tromso with "
        "2.2%."
    ) == [tie("order", "18.4%", "9.6%", "2.2%"), tie("order", "9.6%", "2.2%")]
    assert (
        ties("Oslo came second with 18.4% of arrivals, followed by Bergen with 9.6% of sales.")
        == []
    )
    # an ordinal of a sequence is no place
    assert ties("The third phase took 6.3%, ahead of the fourth with 5.1%.") == []


@pytest.mark.parametrize(
    "text",
    [
        # "when" starts the comparison's earlier figure: it is no current spending
        "Expenses saw a 25% increase on the first half of 2022, when they amounted to $8.8bn. "
        "The budget ran a deficit of $1bn, with revenue of $7.8bn.",
        # "the gap between" two figures is no deficit
        "The gap between revenue of 90 billion rubles and spending of 100 billion rubles is "
        "wide, and the surplus of the fund was 5 billion rubles.",
    ],
)
def test_no_relation_where_the_words_leave_another_reading(text: str) -> None:
    assert [k for k, _ in ties(text) if k in ("difference", "growth")] == []


def test_made_up_is_a_share_never_a_rise() -> None:
    claims = {c.value: c.kind for c in draft("Minerals made up 65.1 percent of exports.").claims}
    assert claims == {"65.1 percent": "share"}


def test_a_period_whose_year_is_open_is_no_duration_claim() -> None:
    found = draft("Exports reached USD 3.8 billion over the first seven months of this year.")
    assert [c.value for c in found.claims] == ["USD 3.8 billion"]
    assert any("seven" in i.quote for i in found.ignores)


def test_a_drafted_balance_is_checked(tmp_path: Path) -> None:
    text = (
        "Over the first quarter the gap came to 19 billion rubles.\n\n"
        "The minister said revenues over the three months stood at 80 billion rubles. Spending "
        "over the same months was 89 billion rubles."
    )
    assert ("difference", Outcome.FAIL) in outcomes(text, tmp_path, ("difference",))


def groups(text: str) -> list[list[str]]:
    """The values of each drafted [[group]] of shares."""
    found = draft(text)
    return [[c.value or "" for c in found.claims if c.group == g.id] for g in found.groups]


def test_shares_listed_without_parentheses_are_one_group() -> None:
    assert groups(
        "Grain made up 61 percent of the total export; wool, hides and skins 27 percent; and "
        "processed metals 3 percent."
    ) == [["61 percent", "27 percent", "3 percent"]]
    assert groups("Kazan took 68 percent of the total, Perm 25 percent and Omsk 2 percent.") == [
        ["68 percent", "25 percent", "2 percent"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Revenue was 31 percent of GDP and spending 37 percent.",  # a ratio's base, no total
        "Oil made up 60 percent of exports and gas 30 percent of exports.",  # each its own whole
        "Kazan took 68 percent of the total, and prices rose 25 percent.",  # a clause of its own
    ],
)
def test_percents_that_are_no_list_of_one_total_are_no_group(text: str) -> None:
    assert groups(text) == []


def test_an_abbreviation_before_a_number_ends_no_sentence() -> None:
    from aktobe_facts.text.sentences import sentences

    text = "Roads cost Rs. 3,115 billion of that. The session on Sept. 14 ended. 2022 was good."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Roads cost Rs. 3,115 billion of that.",
        "The session on Sept. 14 ended.",
        "2022 was good.",
    ]


def test_a_figure_said_twice_gets_a_quote_of_its_own_place(tmp_path: Path) -> None:
    text = (
        "The deficit came to 3.1 billion lari (2.6 percent of GDP), the ministry said. Revenue "
        "reached 14.2 billion lari and spending 17.3 billion lari, so the gap was again a deficit "
        "of 3.1 billion lari (2.6 percent of GDP).\n"
    )
    claims = draft(text).claims
    for claim in claims:  # each quote occurs first where its claim stands
        assert text.find(claim.quote) == claim.at[0], claim
    assert not [o for c, o in outcomes(text, tmp_path, ("coverage",)) if o is not Outcome.PASS]


@given(st.integers(2, 4), st.integers(1, 99))
def test_every_repeated_figure_is_covered(times: int, tenths: int) -> None:
    said = f"The fee was {tenths / 10:.1f} percent of the price."
    text = " ".join([said] * times) + "\n"
    for claim in draft(text).claims:
        assert text.find(claim.quote) == claim.at[0], claim
