"""Sums the twenty-fourth session's reading of the open sets' missed sums taught the draft to read
(docs/corpus.md, "Sums and their parts (twenty-fourth session)"), with sentences of our own and
near misses that must not draft."""

from __future__ import annotations

import pytest

from _drafted import sums
from aktobe_facts.text.draft import draft


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's cue after an aside of one percent: the total before the aside is the whole
        (
            "Customs receipts should reach about $412.5 million, 12.4% above the plan, made up"
            " of $301.2 million in import duties and $111.3 million in excise.",
            [("about $412.5 million", ["$301.2 million", "$111.3 million"], True)],
        ),
        (
            "Education receives €2.1 billion, 18 percent of all discretionary spending, of which"
            " €1.2 billion pays the salaries of teachers.",
            [("€2.1 billion", ["€1.2 billion"], False)],
        ),
        (
            "Port dues came to $96.4 million, up 7.5 percent, including $51.0 million from"
            " container lines.",
            [("$96.4 million", ["$51.0 million"], False)],
        ),
    ],
)
def test_a_list_after_an_aside_of_one_percent_is_of_the_total_before_it(
    text: str, expected: list[tuple[str, list[str], bool]]
) -> None:
    assert sums(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the aside is a clause of its own: its verb may have a subject of its own
        "Customs receipts should reach $412.5 million, which the plan raised 12.4%, made up of"
        " $301.2 million in import duties and $111.3 million in excise.",
        # the aside holds a figure of its own: the list may be of that budget
        "Education receives €2.1 billion, 18 percent of the €11.7 billion budget, of which €1.2"
        " billion pays the salaries of teachers.",
    ],
)
def test_an_aside_with_a_verb_or_a_figure_of_its_own_gives_the_total_no_list(text: str) -> None:
    assert all(total != "€2.1 billion" and total != "$412.5 million" for total, _, _ in sums(text))


def test_a_source_after_from_in_a_colon_list_is_no_comparison() -> None:
    text = (
        "Grants are expected to reach $3.8 billion: budget support from the World Bank of $1.8"
        " billion and project grants of $2.0 billion."
    )
    assert sums(text) == [("$3.8 billion", ["$1.8 billion", "$2.0 billion"], False)]


@pytest.mark.parametrize(
    "text",
    [
        "Grants reached $3.8 billion: up from $3.1 billion a year earlier and $2.0 billion in 2029.",
        "Grants reached $3.8 billion: $3.1 billion from the previous year and $0.7 billion of new"
        " pledges.",
        "Grants reached $3.8 billion: from $3.1 billion in 2030 and $2.0 billion in 2029.",
    ],
)
def test_from_before_a_figure_or_a_time_in_a_colon_list_is_still_a_comparison(text: str) -> None:
    assert sums(text) == []


def test_of_the_flow_at_a_sentence_start_lists_the_parts_of_that_flow() -> None:
    text = (
        "The state took in 245 billion CFA francs in mining revenues in 2031. Of the revenues for"
        " 2031, 165.5 billion CFA francs came from taxes, 33.9 billion CFA francs from customs"
        " duties and 45.6 billion CFA francs from dividends."
    )
    assert sums(text) == [("245 billion", ["165.5 billion", "33.9 billion", "45.6 billion"], False)]


@pytest.mark.parametrize(
    "text",
    [
        # the flow the lead names is not the one the sentence before states
        "The state spent 245 billion CFA francs on mining roads in 2031. Of the revenues for 2031,"
        " 165.5 billion CFA francs came from taxes and 33.9 billion CFA francs from customs"
        " duties.",
        # another period than the total's
        "The state took in 245 billion CFA francs in mining revenues in 2031. Of the revenues for"
        " 2030, 165.5 billion CFA francs came from taxes and 33.9 billion CFA francs from customs"
        " duties.",
    ],
)
def test_of_the_flow_names_no_other_flow_or_period_s_parts(text: str) -> None:
    assert sums(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's main buyers, each after "with" or in brackets: parts of its exports
        (
            "Exports from January to October 2031 came to $54.46 billion, while imports reached"
            " $48.6 billion. Ruritania's main customers were Spain with $7.76 billion, Italy"
            " ($7.11 billion) and France ($5.33 billion).",
            [("$54.46 billion", ["$7.76 billion", "$7.11 billion", "$5.33 billion"], False)],
        ),
        # its top suppliers, ranked with "followed by": parts of its imports
        (
            "Exports from January to October 2031 came to $54.46 billion, while imports reached"
            " $48.6 billion. Its top suppliers were Erewhon with $6.78 billion, followed by Utopia"
            " ($4.42 billion) and Arcadia ($4.22 billion).",
            [("$48.6 billion", ["$6.78 billion", "$4.42 billion", "$4.22 billion"], False)],
        ),
        # the buyers "of" its goods; each member's share before its amount
        (
            "Ruritania's exports came to $2.01 billion in the five months. The biggest buyers of"
            " Ruritanian goods were Utopia (17.3 percent or $348.2 million) and Arcadia (12.3"
            " percent or $247.9 million).",
            [("$2.01 billion", ["$348.2 million", "$247.9 million"], False)],
        ),
        # the partners of the turnover before the list, never the later year's named turnover
        (
            "Trade turnover in January and February came to $9.89 billion. The leading partners"
            " were Utopia ($2.13 billion), Arcadia ($1.76 billion) and Erewhon ($581.8 million)."
            " For the whole of last year, turnover reached $62.5 billion.",
            [("$9.89 billion", ["$2.13 billion", "$1.76 billion", "$581.8 million"], False)],
        ),
    ],
)
def test_a_country_s_main_partners_are_parts_of_its_flow(
    text: str, expected: list[tuple[str, list[str], bool]]
) -> None:
    assert sums(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two turnovers before the list, either of which it may be of
        "Trade turnover came to $9.89 billion in January and $10.2 billion in February. The"
        " leading partners were Utopia ($2.13 billion) and Arcadia ($1.76 billion).",
        "Trade turnover came to $9.89 billion. Trade turnover in 2030 was $12.1 billion. The"
        " leading partners were Utopia ($2.13 billion) and Arcadia ($1.76 billion).",
        # a group and its own member: the sum would count Italy twice
        "Exports came to $54.46 billion. The main customers were the EU ($17.76 billion), Italy"
        " ($7.11 billion) and France ($5.33 billion).",
        # shares alone name no amounts
        "Exports came to $54.46 billion. The main customers were Utopia (21.5 percent) and Arcadia"
        " (17.8 percent).",
        # no word of a country's partners: "main products" are not its buyers
        "Exports came to $54.46 billion. The main products were wool ($7.76 billion), Italy"
        " ($7.11 billion) and France ($5.33 billion).",
    ],
)
def test_no_list_of_partners_where_its_whole_or_members_are_uncertain(text: str) -> None:
    assert [s for s in sums(text) if s[0] == "$54.46 billion" or len(s[1]) > 1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word and the flow "other than" it split the flow in two
        (
            "Exports from January to October 2031 came to $54.46 billion. Hydrocarbons still made"
            " up the bulk of exports, with $52.21 billion. Exports other than hydrocarbons were only"
            " 4.1 percent of sales abroad, at $2.25 billion over the same period.",
            [("$54.46 billion", ["$52.21 billion", "$2.25 billion"], True)],
        ),
        # visitors who stay the night and those who leave the same day: all the visitors
        (
            "The island counted 331,397 visitor arrivals in August. Overnight visitors rose by 17.5"
            " per cent to 177,640, while same-day visitors fell by 40.4 per cent to 153,757.",
            [("331,397", ["177,640", "153,757"], True)],
        ),
        # both sides in one sentence, each named in the words right before its figure
        (
            "In the first eight months visitor arrivals fell by 25.8 per cent to 3,806,263."
            " Same-day visitors, at 2,341,772, and overnight visitors, at 1,464,491, fell by 6.5"
            " per cent and 44.2 per cent respectively.",
            [("3,806,263", ["1,464,491", "2,341,772"], True)],
        ),
        # levels after "from ... to" with thousands commas: the comma between digits ends no clause
        (
            "The kingdom welcomed 3,785,055 tourists in the first seven months. The number of"
            " overnight visitors rose 6.1 per cent from 2,321,892 to 2,463,838, while the number of"
            " one-day visitors declined 22.7 per cent from 1,708,892 to 1,321,218.",
            [("3,785,055", ["2,463,838", "1,321,218"], True)],
        ),
        # domestic and international passengers: all the airport's passengers
        (
            "The airport handled 2.4 million passengers in 2031. Domestic passengers numbered 1.1"
            " million, while international passengers came to 1.3 million.",
            [("2.4 million", ["1.1 million", "1.3 million"], True)],
        ),
        (
            "The airport handled 2.4 million passengers in 2031. Domestic air passengers numbered"
            " 1.1 million, while international air passengers came to 1.3 million.",
            [("2.4 million", ["1.1 million", "1.3 million"], True)],
        ),
    ],
)
def test_two_sides_of_a_split_by_definition_make_their_whole(
    text: str, expected: list[tuple[str, list[str], bool]]
) -> None:
    assert sums(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no figure of the bare side: the words do not say what the nearest figure holds
        "Exports came to $54.46 billion. Exports other than hydrocarbons were only 4.1 percent of"
        " sales abroad, at $2.25 billion.",
        # money so split need not add up to the figure nearest it
        "Public debt reached $8.1 billion in 2031. Domestic debt stood at $5.0 billion, while"
        " foreign debt came to $3.1 billion.",
        # stayover and cruise visitors leave out others (yachts): no split by definition
        "The islands received 500,000 visitors in 2031. Stayover arrivals numbered 200,000, while"
        " cruise passengers came to 290,000.",
        # a side of a narrower count: cruise passengers are a part of the international ones
        "The port handled 5 million passengers in 2031. Domestic passengers numbered 3.1 million,"
        " while international cruise passengers reached 1.2 million.",
        # the whole's own sentence names a side: it is no whole of the split
        "Overnight visitors numbered 331,397 in August. Overnight visitors from Asia rose to"
        " 177,640, while same-day visitors fell to 153,757.",
    ],
)
def test_no_split_where_a_side_or_the_whole_is_uncertain(text: str) -> None:
    # (the overnight visitors from Asia are a part of the overnight visitors by their origin)
    assert [s for s in sums(text) if len(s[1]) > 1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The island welcomed an estimated 244,372 inbound tourists in April. Tourists from the"
            " member states of the European Union numbered 210,579, up by 1.8% on April 2030.",
            [("an estimated 244,372", ["210,579"], False)],
        ),
        (
            "Some 331,397 visitors came to the island in August. By origin, 290,138 visitors came"
            " from mainland Utopia, a decrease of 21.5 per cent.",
            [("some 331,397", ["290,138"], False)],
        ),
    ],
)
def test_a_count_of_visitors_from_one_place_is_a_part_of_all_of_them(
    text: str, expected: list[tuple[str, list[str], bool]]
) -> None:
    assert sums(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the part's words name another period than the whole's
        "Last month, 7731 visitors flew into the islands. In February last year, 3034 visitors from"
        " Arcadia came to the islands.",
        # the whole is narrower than the part: cruise passengers hold no visitors by air
        "The port counted 41,200 cruise passengers in May. Passengers from Arcadia numbered"
        " 12,900.",
        # two counts of all of them the part may be of
        "The island counted 41,200 tourists in May and 38,000 tourists in April. Tourists from"
        " Arcadia numbered 12,900.",
        # the whole's own words name an origin: one place's count, no whole of another's
        "Some 41,200 tourists came from Europe in May. Tourists from Arcadia numbered 12,900.",
        # another thing counted
        "The island counted 41,200 hotel nights in May. Tourists from Arcadia numbered 12,900.",
    ],
)
def test_no_part_by_origin_where_the_whole_is_uncertain(text: str) -> None:
    assert sums(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "December stood out for cruise tourism, with 135,000 passengers arriving on 62 cruise"
            " ships, part of the total of 334 vessel visits over the year.",
            [("334", ["62"], False)],
        ),
        (
            "The port saw 62 cruise ships in December, out of a total of 334 calls in 2031.",
            [("334", ["62"], False)],
        ),
        ("The agency approved 45 projects, of a total of 120 submitted.", [("120", ["45"], False)]),
    ],
)
def test_a_count_part_of_the_total_of_another_count_is_its_part(
    text: str, expected: list[tuple[str, list[str], bool]]
) -> None:
    assert sums(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a count and an amount: no part of a total in another measure
        "The agency approved 45 projects, part of the total of $120 million it granted.",
        # words between the total and its figure: the figure may be another thing's
        "The agency approved 45 projects, part of the total of the region's 120 schemes.",
    ],
)
def test_part_of_the_total_needs_the_total_s_own_count_right_after_it(text: str) -> None:
    assert sums(text) == []


def test_of_them_after_an_aside_of_one_percent_is_a_part_of_the_count_before_it() -> None:
    text = (
        "By origin, 290,138 tourists came from mainland Utopia, a year-on-year decrease of 21.5"
        " per cent; 124,255 of them travelled as individual tourists."
    )
    assert sums(text) == [("290,138", ["124,255"], False)]


@pytest.mark.parametrize(
    "text",
    [
        # the aside is a clause of its own
        "Some 290,138 tourists came, which was 21.5 per cent fewer; 124,255 of them travelled"
        " alone.",
        # the aside holds a figure of its own: "them" may be those
        "Some 290,138 tourists came, 21.5 per cent fewer than the 370,000 of 2030; 124,255 of them"
        " travelled alone.",
    ],
)
def test_of_them_after_an_aside_with_a_verb_or_a_figure_is_no_part(text: str) -> None:
    assert [s for s in sums(text) if s[0] == "290,138"] == []


def test_a_move_over_a_span_between_two_years_reads_its_two_levels() -> None:
    text = (
        "Visitor arrivals had grown by over 200% between 2010 and 2030, from 2.1 million to 6.5"
        " million, of which 4.2 million were tourists."
    )
    assert sums(text) == [("6.5 million", ["4.2 million"], False)]


def test_a_span_between_two_years_with_no_verb_of_a_move_keeps_its_range() -> None:
    found = draft(
        "Forecasts of arrivals between 2030 and 2035, from 3.4 million to 13.5 million, vary."
    )
    assert "13.5 million" not in {c.value for c in found.claims}


def test_a_total_whose_words_name_its_two_parts_is_their_sum() -> None:
    text = (
        "The islands welcomed 1,314,875 total visitors, stayover arrivals and cruise passengers"
        " together, from January to June 2031. Stayover visitation grew by 15.9% to a total of"
        " 252,928 guests. Cruise passenger arrivals totalled 1,061,947 passengers."
    )
    assert sums(text) == [("1,314,875", ["252,928", "1,061,947"], True)]


@pytest.mark.parametrize(
    "text",
    [
        # one side told, the other not
        "The islands welcomed 1,314,875 total visitors, stayover arrivals and cruise passengers"
        " together, in 2031. Stayover visitation grew to a total of 252,928 guests.",
        # two figures of one side: which is the part, the words leave open
        "The islands welcomed 1,314,875 total visitors, stayover arrivals and cruise passengers"
        " together, in 2031. Stayover visitation grew to 252,928 guests. Stayover arrivals by"
        " air came to 200,100. Cruise passenger arrivals totalled 1,061,947 passengers.",
        # no word that says the two are all of it
        "The islands welcomed 1,314,875 total visitors, stayover arrivals and cruise passengers"
        " mostly, in 2031. Stayover visitation grew to 252,928 guests. Cruise passenger arrivals"
        " totalled 1,061,947 passengers.",
    ],
)
def test_no_named_parts_where_the_words_leave_a_part_open(text: str) -> None:
    assert [s for s in sums(text) if s[0] == "1,314,875"] == []
