"""Wrong relations a review of the fourteenth session's rules found, each guarded by its reason:
sentences written for these tests (each drafted a relation the words do not give before its
guard, a false error once checked), and near misses one step away that still draft."""

from __future__ import annotations

import pytest

from _drafted import equals, relations


def _kinds(text: str, kinds: tuple[str, ...]) -> list[tuple[str, dict[str, str]]]:
    return [r for r in relations(text) if r[0] in kinds]


# draftabove: "X, P percent above (below) the Y target"


@pytest.mark.parametrize(
    "text",
    [
        # another clause, with a subject of its own, opens between X and the verb of being
        "Ferry revenue was $5.2 billion and costs were 3 percent above the $4.1 billion planned.",
        "Ferry revenue was $5.2 billion as costs were 3 percent above the $4.1 billion planned.",
        "Grain exports were $5.2 billion while imports ran 3 percent below the $6.4 billion target.",
        # a second comparison or a second object after "above": P is the first one's
        "Ferry fares brought in $5.2 billion, 3 percent above May but below the $5.6 billion "
        "target.",
        "The yard built 5.2 million tonnes, 3 percent above target and well above the 4.1 million "
        "tonnes of 2029.",
        "The yard sold 5.2 million cars, 3 percent above its own target and the 4.1 million cars "
        "of its rival.",
        "Ferry fares brought in $5.2 billion, 3 percent above the previous quarter though below "
        "the $5.6 billion of a year earlier.",
        # Y is a change, no level
        "Road spending was $5.2 billion, 3 percent above the level before the $1.8 billion cut.",
    ],
)
def test_a_percent_above_or_below_of_another_subject_or_comparison_ties_nothing(
    text: str,
) -> None:
    assert _kinds(text, ("growth", "equation")) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # X the verb's own subject, its words of place and time between
        ("Ferry revenue of $5.2 billion in 2031 was 3 percent above the $5.05 billion planned.",
         "growth"),
        ("Ferry revenue came to $5.2 billion, 3 percent above the full-year $5.05 billion target.",
         "growth"),
        ("Road spending came to $4.9 billion, or 3 percent below the $5.05 billion budgeted.",
         "equation"),
    ],
)  # fmt: skip
def test_a_percent_above_or_below_of_the_level_itself_still_drafts(text: str, kind: str) -> None:
    assert [r[0] for r in _kinds(text, ("growth", "equation"))] == [kind]


# draftupfrom: "X, falling from Y"; "X, down from Y"


@pytest.mark.parametrize(
    "text",
    [
        # a currency's price in another: the currency's fall is the number's rise
        "The lira was at 34.5 to the dollar, falling from 32.1 a week earlier.",
        "The rouble was at 92.5 to the dollar, rising from 95.1 a week earlier.",
        "The tenge weakened past 520 to the dollar, down from 480 a month earlier.",
        # the participle tells an episode that ended before X
        "Tram rides were 6.2 million in 2031, dropping from 6.0 million in 2027 during the "
        "slump before recovering.",
        "Tram rides were 6.2 million in 2031, falling from 6.5 million in 2027 and then "
        "rebounding.",
    ],
)
def test_no_order_for_a_quoted_currency_or_an_earlier_episode(text: str) -> None:
    assert _kinds(text, ("order",)) == []


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("Tram rides were 5.8 million in 2031, dropping from 6.0 million in 2027.", "<"),
        ("Tram fares were $3.45 in 2031, up from $3.21 a year earlier.", ">"),
    ],
)
def test_a_level_moving_from_its_own_earlier_level_still_orders(text: str, op: str) -> None:
    assert [r[1]["op"] for r in _kinds(text, ("order",))] == [op]


# draftshares: "That is P% of its capacity (W)": the part the one figure before


@pytest.mark.parametrize(
    "text",
    [
        "The terminal handled 14.1 million tons in 2031. This represents 64% of its capacity "
        "(22.0 million tons a year).",
        "The canal carried 14.1 million barrels in May. That is 64% of its capacity (22.0 "
        "million barrels a month).",
        "The terminal handled 14.1 million tons in 2031. This represents 64% of its capacity of "
        "22.0 million tons a year.",
    ],
)
def test_a_share_of_a_rate_takes_no_flow_before_it(text: str) -> None:
    assert _kinds(text, ("share",)) == []


def test_a_share_of_a_rate_takes_a_rate_before_it() -> None:
    """The near miss: both per day, a share of the capacity."""
    text = (
        "The canal carried 1.41 million barrels a day in May. That is 64% of its capacity (2.2 "
        "million barrels a day)."
    )
    assert [r[1]["whole"] for r in _kinds(text, ("share",))] == ["2.2 million barrels a day"]


# draftgrowth, draftcompare: a yearly rate over years; a base of a wider whole


@pytest.mark.parametrize(
    "text",
    [
        "Ferry exports grew 5 percent annually to $5.2 billion in 2030 from $4.1 billion in 2025.",
        "Ferry exports grew 5 percent a year to $5.2 billion in 2030 from $4.1 billion in 2025.",
        "Tram rides have risen 5 percent per annum to 5.2 million in 2030, from 4.1 million in "
        "2025.",
        "Ferry exports to Utopia rose 5 percent to $5.2 billion, from $4.1 billion for all of "
        "the region.",
    ],
)
def test_no_growth_of_a_yearly_rate_over_years_or_of_a_wider_base(text: str) -> None:
    assert [r for r in _kinds(text, ("growth",)) if "base" in r[1]] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ferry exports grew 5 percent annually to $5.2 billion in 2031 from $4.95 billion in 2030.",
        "Ferry exports rose 5 percent to $5.2 billion, from $4.95 billion for the whole year "
        "before.",
    ],
)
def test_a_yearly_rate_over_one_year_and_a_base_of_a_period_still_tie(text: str) -> None:
    assert [r[1]["base"] for r in _kinds(text, ("growth",)) if "base" in r[1]] == ["$4.95 billion"]


def test_a_noun_of_change_beside_the_level_from_a_year_not_the_one_before_gives_no_base() -> None:
    """ "rose P in 2031 to X, a notable increase from Y in 2027": the second comparison reaches
    back four years, the growth's own one year; the near miss "from Y in 2030" ties Y."""
    said = "Tin output was up by 12.8% in 2031 to 309.5m tonnes, a notable increase from {y}."
    far = _kinds(said.format(y="249.8m tonnes in 2027"), ("growth",))
    assert [r for r in far if "base" in r[1]] == []
    near = _kinds(said.format(y="249.8m tonnes in 2030"), ("growth",))
    assert [r[1].get("base") for r in near] == ["249.8m tonnes"]


# draftorder's moves: the word of rise or fall nearest "from" (this session's reading)


def test_a_noun_of_change_with_a_verb_of_its_own_gives_no_way() -> None:
    """ "The fall in tram fares deepened from 2.1% to 3.4%": the fall grew, 3.4% is above 2.1%;
    "deepened" is no verb of rise or fall the rules read, so no order is drafted."""
    text = "The fall in tram fares deepened from 2.1% in April to 3.4% in May."
    assert _kinds(text, ("order",)) == []


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("The annual rise in tram fares slowed from 7.4% to 5.9%.", "5.9%"),
        ("Tram fares fell from 2.1% in April to 1.4% in May.", "1.4%"),
    ],
)
def test_a_verb_of_fall_nearest_from_still_orders(text: str, left: str) -> None:
    assert [(r[1]["left"], r[1]["op"]) for r in _kinds(text, ("order",))] == [(left, "<")]


# draftsharelist: a list of share pairs takes the one level before it as its whole

_LIST = (
    "{lead} top three export markets were Utopia, accounting for 40.9 percent or US$11.85 "
    "billion; Arcadia, 16.4 percent or US$4.77 billion; and Erewhon, 14.1 percent or US$4 billion."
)


@pytest.mark.parametrize(
    "text",
    [
        # another named owner's list
        "Oceania's exports rose to US$29 billion in August. " + _LIST.format(lead="Lilliput's"),
        # a list of an earlier time
        "Exports rose to US$29 billion in August. " + _LIST.format(lead="A year earlier, its"),
        # a whole of one kind of the flow, a list of all of it
        "Exports of tin rose to US$29 billion in August. " + _LIST.format(lead="Its"),
        # a list confined to a place the whole's sentence does not name
        "Exports rose to US$29 billion in August. " + _LIST.format(lead="In Asia, its"),
    ],
)
def test_a_list_of_another_owner_time_kind_or_place_takes_no_whole(text: str) -> None:
    assert _kinds(text, ("share",)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Oceania's exports rose to US$29 billion in August. " + _LIST.format(lead="Its"),
        "Oceania's exports rose to US$29 billion in August. " + _LIST.format(lead="In August, its"),
        "Tin exports rose to US$29 billion in August. " + _LIST.format(lead="Its tin"),
    ],
)
def test_a_list_of_the_level_s_own_flow_still_takes_it(text: str) -> None:
    assert {r[1]["whole"] for r in _kinds(text, ("share",))} == {"US$29 billion"}


# draftheadline._slipped: a headline printed like one body figure with another last digit

_HEAD = "Tin exports {verb} US$412.6 million\n\nThe country's {body} in the 2031 season.\n"


@pytest.mark.parametrize(
    ("verb", "body"),
    [
        ("earn", "tin imports cost US$412.9 million"),
        ("earn", "traders had expected tin exports of US$412.9 million"),
        ("revised to", "statistics office first reported tin exports of US$412.9 million"),
        ("earn", "tin exports earned US$412.9 million a year earlier"),
    ],
)
def test_no_slip_of_another_flow_a_forecast_or_an_earlier_figure(verb: str, body: str) -> None:
    assert equals(_HEAD.format(verb=verb, body=body)) == []


def test_a_slip_of_the_same_flow_is_still_tied() -> None:
    text = _HEAD.format(verb="earn", body="tin exports earned US$412.9 million")
    assert equals(text) == [["US$412.6 million", "US$412.9 million"]]


# a basis or what a growth is net of, named after it or at its sentence's end (growthbasis)


@pytest.mark.parametrize(
    "text",
    [
        "Tram wages averaged 520,000 tenge, 3 percent above the 480,000 tenge of a year earlier "
        "in real terms.",
        "Tram wages averaged 520,000 tenge, 3 percent above the 480,000 tenge of a year earlier "
        "after inflation.",
        "Ferry profit was $5.2 billion, 3 percent above the $4.8 billion of 2030 excluding "
        "currency effects.",
        "Ferry revenue rose 5 percent to $5.2 billion from $4.8 billion, excluding acquisitions.",
    ],
)
def test_no_tie_for_a_percent_of_another_basis(text: str) -> None:
    assert [
        r for r in _kinds(text, ("growth", "equation")) if "base" in r[1] or r[0] == "equation"
    ] == []


def test_a_percent_above_in_the_figures_own_terms_still_ties() -> None:
    text = (
        "Ferry profit was $5.2 billion, 3 percent above the $5.05 billion of 2030 in dollar terms."
    )
    assert [r[0] for r in _kinds(text, ("growth",))] == ["growth"]
