"""Orders, equals and differences read by the twenty-fourth session's readers (orders24): each
with sentences of our own in other wordings, and near misses that must draft nothing."""

from __future__ import annotations

import pytest

from _drafted import equals, ranked
from aktobe_facts.text.draft import draft


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Freedonia recorded the highest growth, 22.4 percent, while visitors from Ruritania"
            " rose 8.1 percent.",
            ("22.4 percent", ["rose 8.1 percent"]),
        ),
        (
            "Freedonia recorded the highest growth, 22.4 percent, while visitors from Ruritania"
            " went up by 8.1 percent.",
            ("22.4 percent", ["went up by 8.1 percent"]),
        ),
        (
            "Freedonia showed the greatest increase in arrivals, 16.9 percent, while arrivals from"
            " Ruritania went up by 11.4 percent.",
            ("16.9 percent", ["went up by 11.4 percent"]),
        ),
        (
            "May saw the biggest rise in hotel nights, 31%, whereas April and June showed rises of"
            " 12% and 17% respectively.",
            ("31%", ["12%", "17%"]),
        ),
    ],
)
def test_a_superlative_rise_is_above_the_other_members(
    text: str, expected: tuple[str, list[str]]
) -> None:
    assert expected in ranked(text)


@pytest.mark.parametrize(
    "text",
    [
        # ranked over time: the member against its own past
        "Freedonia recorded the highest growth since 2019, 22.4 percent, while visitors from"
        " Ruritania rose 8.1 percent.",
        "Freedonia recorded the highest growth in five years, 22.4 percent, while visitors from"
        " Ruritania rose 8.1 percent.",
        # a member of another kind or period, another measure, a fall
        "Freedonia recorded the highest growth, 22.4 percent, while June rose 8.1 percent.",
        "May saw the biggest rise, 31%, whereas Ruritania and Freedonia showed rises of 12% and"
        " 17% respectively.",
        "Freedonia recorded the highest growth, 22.4 percent, while visitors from Ruritania rose"
        " 8.1 percent in 2030.",
        "Freedonia recorded the highest growth, 22.4 percent, while exports to Ruritania rose 8.1"
        " percent.",
        "Freedonia recorded the highest growth, 22.4 percent, while visitors from Ruritania fell"
        " 8.1 percent.",
        # no superlative of a rise
        "Freedonia recorded a growth of 22.4 percent, while visitors from Ruritania rose 8.1"
        " percent.",
    ],
)
def test_no_order_where_the_superlative_ranks_no_member(text: str) -> None:
    assert ranked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferry traffic grew by a robust 12.6 percent in 2031 to 4.1 million passengers. Among"
            " the region's ports, the harbour's 12.6 percent increase in ferry traffic was second"
            " only to Tolo's.",
            ["12.6 percent", "12.6 percent"],
        ),
        (
            "Customs collected 3.4 billion lari in March, a year-on-year rise of 9.1%. The"
            " ministry said the year-on-year rise of 9.1% in the customs collection came from fuel"
            " duties.",
            ["a rise of 9.1%", "9.1%"],
        ),
        (
            "Wool sales fell by 6.2 percent in 2031. The 6.2 percent fall was the deepest in a"
            " decade.",
            ["fell by 6.2 percent", "6.2 percent fall"],
        ),
    ],
)
def test_a_growth_named_again_by_the_is_one_figure(text: str, expected: list[str]) -> None:
    assert expected in equals(text)


@pytest.mark.parametrize(
    "text",
    [
        # the thing it is "in" is another's
        "Ferry traffic grew by 12.6 percent in 2031. The 12.6 percent increase in air traffic was"
        " the highest.",
        # the other way, another period, a third figure of the value
        "Ferry traffic grew by 12.6 percent in 2031. Its 12.6 percent fall was the deepest.",
        "Ferry traffic grew by 12.6 percent in 2031. The 12.6 percent increase of 2030 was lower.",
        "Ferry traffic grew by 12.6 percent in 2031 and bus traffic by 12.6 percent. The 12.6"
        " percent increase was the highest.",
        # no definite words: another figure of the same value
        "Ferry traffic grew by 12.6 percent in 2031. Bus traffic saw a 12.6 percent increase.",
    ],
)
def test_no_equal_where_the_words_do_not_point_back(text: str) -> None:
    assert equals(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # draftupfrom: X's own words "of gold", "this year" before a plan's comparison
        (
            "The mine expects to produce 12.4 tonnes of gold this year, below an earlier forecast"
            " of 13.1 tonnes.",
            ("12.4 tonnes", ["13.1 tonnes"]),
        ),
        (
            "The port handled 3.2 million tonnes of grain in 2031, above the 3.0 million tonnes"
            " planned.",
            ("3.2 million tonnes", ["3.0 million tonnes"]),
        ),
    ],
)
def test_a_figure_and_its_own_words_against_a_plan(
    text: str, expected: tuple[str, list[str]]
) -> None:
    assert expected in ranked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Output came to 57.4 tonnes, above the forecast but down from 62.9 tonnes a year earlier.",
        "The mine expects to produce 12.4 tonnes of gold this year, below earlier forecasts but up"
        " from 11.9 tonnes.",
    ],
)
def test_a_figure_after_a_turn_to_another_comparison_is_not_the_first_one_s(text: str) -> None:
    # "above the forecast but down from Y": Y is the later comparison's, the forecast unstated
    # (change24: the first comparison's words named Y, a false order error)
    assert ranked(text) == []


def test_a_move_after_its_own_words_is_left_to_the_growth() -> None:
    # "X of cargo, up from Y": a move, which a growth named before ties (draftgrowthjoin)
    text = (
        "Dock news\n\nThe dock gave its figures. Its grain was up 12.5 percent in the year. The"
        " dock handled 4.5 million tonnes of grain, up from 4 million tonnes the year before."
    )
    assert ("4.5 million tonnes", ["4 million tonnes"]) not in ranked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruritania (+11%) and Freedonia (+9%) led the rise in arrivals, ahead of Latveria"
            " (+5%), Borduria (+3%) and Syldavia (+1%).",
            [
                ("11%", ["5%", "3%", "1%"]),
                ("9%", ["5%", "3%", "1%"]),
            ],
        ),
        (
            "Wool ($410 million) topped the list of exports, followed by Hides ($250 million) and"
            " Honey ($90 million).",
            [("$410 million", ["$250 million", "$90 million"]), ("$250 million", ["$90 million"])],
        ),
    ],
)
def test_members_named_before_a_verb_of_first_place_lead_the_list(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert all(e in ranked(text) for e in expected)


@pytest.mark.parametrize(
    "text",
    [
        # levels ranked by a rise, a share among rises, a fall in the list
        "Ruritania ($2.1 billion) led the growth, ahead of Latveria ($1.2 billion).",
        "Ruritania (+11%) led the growth, ahead of Latveria (31%).",
        "Ruritania (+11%) led the growth, ahead of Latveria (-5%) and Borduria (+3%).",
        # no verb of first place
        "Ruritania (+11%) and Freedonia (+9%) grew, ahead of Latveria (+5%).",
    ],
)
def test_no_order_where_the_leaders_rank_no_list(text: str) -> None:
    assert ranked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In the half, 41,200 guests stayed at the lake hotels. The half's 41,200 guests were the"
        " most since 2019.",
        "They numbered 41,200 in the half, against 38,100 a year earlier. The 41,200 guests"
        " were a record.",
    ],
)
def test_a_count_named_again_by_the_is_one_figure(text: str) -> None:
    assert [v for v in equals(text) if "41,200" in v[0]] == [["41,200", "41,200"]]


@pytest.mark.parametrize(
    "text",
    [
        # another thing counted, a third figure of the value, another bound
        "In the half, 41,200 cars crossed the bridge. The half's 41,200 guests were the most since"
        " 2019.",
        "In the half, 41,200 guests came, and 41,200 in the half before. The 41,200 guests were a"
        " record.",
        "In the half, some 41,200 guests came. The half's 41,200 guests were the most since 2019.",
        # no "the": a figure of its own
        "In the half, 41,200 guests came. Hotels counted 41,200 guests as well.",
    ],
)
def test_no_equal_where_the_count_is_not_named_again(text: str) -> None:
    assert [v for v in equals(text) if "41,200" in v[0]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As rail freight grew faster than road freight over the year, 9.4 percent and 3.2"
            " percent respectively, the railways gained share.",
            ("9.4 percent", ["3.2 percent"]),
        ),
        (
            "Hotel nights rose more slowly than arrivals, 2.5% and 6.1% respectively.",
            ("2.5%", ["6.1%"]),
        ),
    ],
)
def test_two_rises_compared_then_given_respectively(
    text: str, expected: tuple[str, list[str]]
) -> None:
    assert expected in ranked(text)


def test_two_rises_compared_keep_their_growths_told_again() -> None:
    text = (
        "Wool exports rose 9.4 percent to $41 million, and hide exports grew 3.2 percent to $88"
        " million. As wool exports grew faster than hide exports, 9.4 percent and 3.2 percent"
        " respectively, wool gained share."
    )
    assert ("9.4 percent", ["3.2 percent"]) in ranked(text)
    assert ["rose 9.4 percent", "9.4 percent"] in equals(text)


@pytest.mark.parametrize(
    "text",
    [
        # falls (a fall's percent may be its size), no "respectively", a signed percent
        "Rail freight fell faster than road freight, 9.4 percent and 3.2 percent respectively.",
        "Rail freight grew faster than road freight, 9.4 percent and 3.2 percent.",
        "Rail freight grew faster than road freight, +9.4 percent and +3.2 percent respectively.",
    ],
)
def test_no_order_of_two_percents_the_words_do_not_rank(text: str) -> None:
    assert ranked(text) == []


def differences(text: str) -> list[tuple[str, str, str]]:
    """Each drafted difference as its result's, minuend's and subtrahend's values."""
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        tuple(values[str(r.fields[k])] for k in ("result", "minuend", "subtrahend"))  # type: ignore[misc]
        for r in found.relations
        if r.kind == "difference"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customs receipts for the half were 2.2 billion lari, a 0.6 billion lari shortfall"
            " against the prorated target of 2.8 billion lari for the period.",
            ("0.6 billion lari", "2.8 billion lari", "2.2 billion lari"),
        ),
        (
            "Port dues came to $31 million in 2031, a $4 million shortfall on the budget of $35"
            " million.",
            ("$4 million", "$35 million", "$31 million"),
        ),
    ],
)
def test_a_shortfall_against_a_plan_is_a_difference(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in differences(text)


@pytest.mark.parametrize(
    "text",
    [
        # no "a" before the shortfall; the plan's figure followed by another's
        "Port dues came to $31 million in 2031, $4 million shortfall on the budget of $35 million.",
        "Port dues came to $31 million in 2031, a $4 million shortfall on the budget of $35"
        " million in dues and $9 million in fees.",
    ],
)
def test_no_difference_for_a_shortfall_the_words_do_not_tie(text: str) -> None:
    assert differences(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # draftgreatest: a member's rise of another measure; a set the superlative ranks within
        "In May, Freedonia had the highest growth in cruise calls, 16.9 percent, while Ruritania"
        " rose 21 percent in hotel nights.",
        "Freedonia showed the greatest increase among long-haul markets, 16.9 percent, while"
        " arrivals from Ruritania went up by 31 percent.",
        "Among the northern markets, Freedonia showed the greatest increase, 12 percent, while"
        " arrivals from Ruritania went up by 31 percent.",
        # the superlative's own measure, the member counted by another noun (change24)
        "Freedonia showed the greatest increase in spending, 6.9 percent, while arrivals from"
        " Ruritania went up by 11.4 percent.",
        # draftranked._led_before: "led" of no ranking
        "The Freedonian delegation (+2%) led the talks, ahead of Ruritania (+5%).",
    ],
)
def test_no_order_where_the_ranking_may_not_hold_the_other_member(text: str) -> None:
    assert ranked(text) == []
