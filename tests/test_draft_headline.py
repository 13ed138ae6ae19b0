"""A headline's figure given again in the body (:mod:`aktobe_facts.text.draftheadline`): an
``equal`` relation only when unit, subject words and period agree, the values meet and no other
body figure could be the headline's. Every article here is written for these tests."""

from __future__ import annotations

import pytest

from _drafted import equals
from aktobe_facts.text.draft import draft


def article(headline: str, body: str) -> str:
    return f"{headline}\n\nCAPITAL, March 2024\n\n{body}"


@pytest.mark.parametrize(
    ("headline", "body", "tied"),
    [
        (
            "Exports hit $1.5 bln",
            "Exports reached $1.48 billion in 2023, the ministry said. Imports came to $2.1 "
            "billion.",
            ["$1.5 bln", "$1.48 billion"],
        ),
        (
            "Coffee exports reach 6.3 million bags",
            "The country shipped coffee exports of 6.28 million bags in 2023, the board said.",
            ["6.3 million", "6.28 million"],
        ),
        (
            "Utopia's March FDI at 15 million euro",
            "Foreign direct investment in Utopia stood at 15 million euro in the month, the bank "
            "said.",
            ["15 million euro", "15 million euro"],
        ),
        (
            "2.1 million passengers in 2023",
            "The number of passengers the port handled rose to 2.1 million in 2023.",
            ["2.1 million", "2.1 million"],
        ),
        (
            "Exports up 5% in May",
            "Exports rose 5.2 percent in May to $1.2 billion, the ministry said.",
            ["up 5%", "rose 5.2 percent"],
        ),
        (
            "31,000 farm jobs were added in May",
            "In addition, 31,000 farm jobs were added in May, the bureau said.",
            ["31,000", "31,000"],
        ),
    ],
)
def test_the_body_gives_the_headline_figure_again(
    headline: str, body: str, tied: list[str]
) -> None:
    assert equals(article(headline, body)) == [tied]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # another thing's figure: only the country's name is shared
        ("Ghana's exports hit GH¢200bn", "Ghana's imports reached GH¢200.3 billion in June."),
        # two body figures could be the headline's
        (
            "Exports hit $1.5 bln",
            "Exports reached $1.48 billion in 2023 and exports of goods $1.52 billion.",
        ),
        # a year earlier's figure
        (
            "Exports hit $1.5 bln",
            "Exports reached $1.9 billion in 2023. A year earlier, exports stood at $1.48 billion.",
        ),
        ("Exports hit $1.5 bln", "Exports reached $1.9 billion, up from $1.48 billion."),
        # another year's
        ("Exports at $1.5 bln in 2023", "Exports stood at $1.48 billion in 2022."),
        # values that do not meet: the editor's call
        ("Exports hit $1.5 bln", "Exports reached $1.38 billion in 2023."),
        # a growth, and a share or another thing's growth, or two growths that could be it
        ("Exports up 5% in May", "Exports reached $1.2 billion in May, or 5 percent of GDP."),
        ("Exports up 5% in May", "Imports rose 5.2 percent in May to $1.2 billion."),
        ("Exports up 5% in May", "Exports rose 5.2 percent in May and 4.9 percent in April."),
        # counts of another thing
        ("Arrivals reach 6.3 million visitors", "Arrivals reached 6.28 million nights in 2023."),
        # one counted noun, two things counted
        ("Arrivals reach 6.3 million visitors", "Imports came to 6.28 million visitors in 2023."),
        # a name shared, and a word the body also writes in lower case elsewhere
        (
            "Utopia's exports hit $1.5 bln",
            "Utopia's imports reached $1.48 billion, the Utopia Export Bank said. Its exports fell.",
        ),
        # a role's figure of another year that the rule for amounts given twice would take
        (
            "Tax revenue hit 12.5 million euros",
            "Tax revenue came to 12.48 million euros in 2023, and tax revenue in the north to "
            "12.5 million euros in 2022.",
        ),
    ],
)
def test_no_body_figure_is_certainly_the_headline_figure(headline: str, body: str) -> None:
    assert equals(article(headline, body)) == []


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Freight revenue tops 4 billion dollars",
            "The shipping line said on Friday that its revenue for the nine months exceeded 4 "
            "billion dollars, with 60 ships in service.",
        ),
        (
            "Wheat harvest passes 12 million tonnes",
            "Farmers brought in a harvest of more than 12 million tonnes this season, the "
            "ministry said on Monday.",
        ),
    ],
)
def test_a_headline_figure_told_again_is_no_part_of_itself(headline: str, body: str) -> None:
    # the headline's subject words ("freight revenue") may read as a part of the body's total;
    # once the two are one figure given twice, the sum of it in itself is not drafted
    found = draft(article(headline, body))
    assert [r.kind for r in found.relations] == ["equal"]


@pytest.mark.parametrize(
    ("headline", "body", "tied"),
    [
        # a bound: the one body figure the headline's number is, cut short on its side
        (
            "Utopia earns over $412m from its tea in the quarter",
            "Utopia earned $412.6 million from its tea in the quarter, the board said. Counting "
            "herbs with tea, the growers earned $418.2 million.",
            ["over $412m", "$412.6 million"],
        ),
        (
            "Wool exports at nearly $2.4bn",
            "Wool exports came to $2.36 billion in the half, and wool exports of the north to "
            "$2.29 billion.",
            ["nearly $2.4bn", "$2.36 billion"],
        ),
        # the months the headline names pick the body's figure of that span
        (
            "First five months bring 12% rise in hotel nights",
            "Hotels sold 4.1 million nights from January to May, an increase of 11.8%. May "
            "alone brought 12.3% more nights than a year before.",
            ["12%", "an increase of 11.8%"],
        ),
        # a comma inside a later figure of the clause does not end it before the noun shared
        (
            "Kenya bags over $88m from tea",
            "Kenya earned $88.4 million by selling 12, 450 tonnes of tea abroad in the year.",
            ["over $88m", "$88.4 million"],
        ),
    ],
)
def test_a_bound_or_the_months_pick_the_headline_figure(
    headline: str, body: str, tied: list[str]
) -> None:
    assert equals(article(headline, body)) == [tied]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # both are over $412m as printed and the headline's number names neither
        (
            "Utopia earns over $412m from its tea",
            "Utopia earned $418.6 million from its tea in the quarter, the board said, and "
            "$433.2 million in the quarter before.",
        ),
        # two body figures of the headline's number, cut short
        (
            "Utopia earns over $412m from its tea",
            "Utopia earned $412.6 million from its tea, and its growers $412.3 million.",
        ),
        # "nearly" rules out a figure above the number
        ("Wool exports at nearly $2.4bn", "Wool exports came to $2.41 billion in the half."),
        # one month is no figure of the first five months, and a span named alone is none
        (
            "First five months bring 12% rise in hotel nights",
            "May alone brought 12.3% more hotel nights than a year before.",
        ),
        # a length of months names no span: two body growths could be the headline's
        (
            "Hotel nights up 12% in five months",
            "Hotels sold 4.1 million nights from January to May, an increase of 11.8%. May "
            "alone brought 12.3% more hotel nights than a year before.",
        ),
    ],
)
def test_a_bound_or_the_months_leave_the_headline_figure_open(headline: str, body: str) -> None:
    assert equals(article(headline, body)) == []


@pytest.mark.parametrize(
    ("headline", "body", "tied"),
    [
        # "from" names where the money comes from: the clause's verb is the figure's own
        (
            "Ruritanian migrants' transfers reach $7.4bn in 2030",
            "Transfers from Ruritanians working abroad rose to $7.4 billion in 2030, $0.6 billion "
            "more than in 2029, the central bank said.",
            ["$7.4bn", "$7.4 billion"],
        ),
        (
            "48.2% rise in migrants' transfers in March",
            "Transfers from migrants living in Arcadia surged by 48.2% in March, the central "
            "bank said.",
            ["48.2%", "surged by 48.2%"],
        ),
    ],
)
def test_a_word_of_where_the_money_comes_from_is_no_comparison(
    headline: str, body: str, tied: list[str]
) -> None:
    # before: "from" anywhere before the body figure in its clause made it a comparison's earlier
    # figure ("up from B"), so the headline's figure was tied to nothing (fifteenth session)
    assert equals(article(headline, body)) == [tied]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # near misses: the figure after "from" is still the earlier one
        (
            "Migrants' transfers reach $7.4bn in 2030",
            "Migrants' transfers rose to $8.1 billion in 2030, up from $7.4 billion.",
        ),
        (
            "Migrants' transfers reach $7.4bn in 2030",
            "Migrants' transfers rose in 2030 from $7.4 billion to $8.1 billion.",
        ),
        # a number between the word and the verb: "from 2029" names the base
        (
            "Transfers up 48.2% in March",
            "Transfers from 2029 levels surged by 48.2%, the bank said, and transfers from "
            "migrants in March rose 31.3%.",
        ),
    ],
)
def test_a_comparison_word_before_the_figure_still_leaves_it_earlier(
    headline: str, body: str
) -> None:
    assert equals(article(headline, body)) == []
