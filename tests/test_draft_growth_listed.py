"""Levels listed before their growths, in one order (text/draftgrowthlisted.py), and a rise "to a
record" level (text/draftgrowth.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import relations


def growths(text: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(text) if kind == "growth"]


def test_two_levels_then_their_growths_respectively() -> None:
    assert growths(
        "Freight by rail [$12.4 million] and by road [$8.1 million] grew by 6.5 percent and "
        "2.4 percent year-on-year, respectively."
    ) == [
        {"growth": "grew by 6.5 percent", "current": "$12.4 million"},
        {"growth": "2.4 percent", "current": "$8.1 million"},
    ]


def test_two_counts_then_their_growths_with_a_word_of_rise_after() -> None:
    # visitors and nights are two counts of two nouns: each percent is its own level's
    assert growths(
        "The spa town counted 310,000 visitors and 1.2 million nights, 14.2% and 9.8% up "
        "year-on-year."
    ) == [
        {"growth": "14.2%", "current": "310,000"},
        {"growth": "9.8% up", "current": "1.2 million nights"},
    ]


def test_a_quote_and_who_said_it_may_end_the_list() -> None:
    assert growths(
        '"Deposits of households [$3.3 billion] and of firms [$2.9 billion] rose by 4.1 percent '
        'and 7.7 percent, respectively," the governor said.'
    ) == [
        {"growth": "rose by 4.1 percent", "current": "$3.3 billion"},
        {"growth": "7.7 percent", "current": "$2.9 billion"},
    ]


def test_shares_after_two_levels_are_no_growths() -> None:
    # "of the total": the percents are shares of something else, not changes of the levels
    drafted = growths(
        "The port handled 1.4 million tonnes of grain and 0.6 million tonnes of coal, 37.1% "
        "and 16.2% of the total."
    )
    assert drafted == []


def test_percents_with_no_word_of_change_are_no_growths() -> None:
    # "37.1% and 16.2% respectively" may be shares as well: nothing says they changed
    drafted = growths(
        "The port handled 1.4 million tonnes of grain and 0.6 million tonnes of coal, 37.1% "
        "and 16.2% respectively."
    )
    assert drafted == []


def test_a_fall_whose_second_percent_has_no_minus_is_left_to_the_editor() -> None:
    # before: "down 5%" was drafted as the growth of the second level ($4 billion), the figure
    # right before it; the list's first percent is the first level's, and the second percent's
    # sign is not in its value, so nothing is drafted
    drafted = growths(
        "Sales of timber fell to $3 billion and sales of paper to $4 billion, down 5% and 8% "
        "respectively."
    )
    assert drafted == []


def test_a_longer_list_of_levels_than_of_percents_is_no_list() -> None:
    drafted = growths(
        "Shipments of tea [$2.2 million], of coffee [$1.9 million] and of cocoa [$1.1 million] "
        "rose by 3.1 percent and 4.4 percent year-on-year, respectively."
    )
    assert not any(g.get("current") in ("$1.9 million", "$1.1 million") for g in drafted)


def test_levels_of_two_units_are_left_to_the_editor() -> None:
    drafted = growths(
        "The mine produced 12.5 tonnes of gold and $40 million of copper, up 3 percent and 6 "
        "percent year-on-year, respectively."
    )
    assert drafted == []


def test_a_rise_to_a_record_level() -> None:
    assert growths(
        "Pension payments rose 4.4 percent to a record 2.3 trillion tenge in 2029, the fund said."
    ) == [{"growth": "rose 4.4 percent", "current": "2.3 trillion tenge"}]
    assert growths(
        "Cement output jumped 11 percent to an all-time high of 9.6 million tonnes in 2028."
    ) == [{"growth": "jumped 11 percent", "current": "9.6 million tonnes"}]
    assert growths(
        "Bus ridership fell 6 percent to a new five-year low of 38 million trips last year."
    ) == [{"growth": "fell 6 percent", "current": "38 million"}]


def test_a_record_that_is_not_the_level_reached_is_no_current_value() -> None:
    # "short of the record" and "close to a record": the figure is not what the rise reached
    for words in ("short of the record", "close to a record"):
        drafted = growths(
            f"Pension payments rose 4.4 percent, {words} 2.3 trillion tenge set in 2027."
        )
        assert not any(g.get("current") == "2.3 trillion tenge" for g in drafted), words


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["grew by", "rose by", "increased by"]),
    st.integers(1, 40),
    st.integers(1, 40),
    st.sampled_from(["", " year-on-year"]),
)
def test_each_listed_rise_is_its_own_levels(verb: str, p: int, q: int, when: str) -> None:
    drafted = growths(
        f"Loans to farms [$6.1 billion] and to traders [$4.2 billion] {verb} {p} percent and "
        f"{q} percent{when}, respectively."
    )
    assert drafted == [
        {"growth": f"{verb} {p} percent", "current": "$6.1 billion"},
        {"growth": f"{q} percent", "current": "$4.2 billion"},
    ]


def test_a_currency_falling_to_a_low_rate_is_left_to_the_editor() -> None:
    # before: "fell by 2%" was drafted as the growth of 1,904, a rate per dollar that rises as
    # the currency falls; a bare count with "per" after it is a rate the reader left unread, and a
    # currency's value may be written either way
    for level in ("1,904 Ruritanian marks per US dollar", "1,904"):
        drafted = growths(
            f"The local currency fell by 2% month on month, hitting a historic low of {level} "
            "in March."
        )
        assert drafted == [], level
    # the near miss: a count of units reached is the rise's level
    assert growths("Tractor sales rose 5% to 1,904 units in March.") == [
        {"growth": "rose 5%", "current": "1,904"}
    ]


def test_a_level_where_it_came_from_and_its_growth() -> None:
    assert growths(
        "The remainder of more than US$48.26 billion came from foreign-funded firms, up 7.7% "
        "year-on-year."
    ) == [{"growth": "up 7.7%", "current": "more than US$48.26 billion"}]
    # the near miss: another subject's clause between the level and the percent
    assert (
        growths(
            "The remainder of US$48.26 billion came from foreign-funded firms, while imports were "
            "up 7.7%."
        )
        == []
    )


def test_a_level_and_the_noun_of_change_its_subject_saw() -> None:
    assert growths(
        "In March, machinery generated $3.1 billion and saw a 16.1 percent increase from March "
        "2030."
    ) == [{"growth": "a 16.1 percent increase", "current": "$3.1 billion"}]
    # near misses: another thing's rise, and a noun of change of another thing
    for tail in ("saw imports rise 16.1 percent", "saw a 16.1 percent increase in gold sales"):
        assert growths(f"In March, machinery generated $3.1 billion and {tail}.") == [], tail


def test_a_growth_and_the_bound_of_its_level() -> None:
    assert growths(
        "Shipments to the north have grown by almost 13 percent, exceeding $35 billion."
    ) == [{"growth": "grown by almost 13 percent", "current": "exceeding $35 billion"}]
    # the near miss: a bound with no verb of its own is another figure set beside the growth
    assert growths("Shipments to the north have grown by almost 13 percent, $35 billion.") == []


def test_a_word_of_size_between_the_verb_and_the_percent() -> None:
    # the value leaves out "grew by a double-digit": the verb still signs the percent
    assert growths(
        "Ferry traffic grew by a double-digit 11.6 per cent to 4.1 million passengers in 2030."
    ) == [{"growth": "11.6 per cent", "current": "4.1 million"}]
    assert growths("Wool sales fell a sharp 9 percent to $2.2 billion in May.") == [
        {"growth": "-9 percent", "current": "$2.2 billion"}
    ]
    # near misses: a word that is no size ("a record") and no verb of change before the article
    assert growths("Wool sales were a record 9 percent of $2.2 billion in May.") == []
    assert growths("Wool sales posted a robust 9 percent margin on $2.2 billion in May.") == []


_LEVELS = (
    "Chile's exports in June rose 6.1 percent year on year to 41.2 billion pesos. Imports "
    "expanded by 2.3 percent to 38.6 billion pesos, and total trade grew 4.2 percent to 79.8 "
    "billion pesos. "
)


def test_flows_named_before_their_growths_take_their_one_level_each() -> None:
    drafted = growths(
        _LEVELS + "On a month-on-month basis, total trade, exports and imports dropped by 1.9 "
        "percent, 0.5 percent and 3.6 percent respectively."
    )
    assert {"growth": "dropped by 1.9 percent", "current": "79.8 billion pesos"} in drafted
    assert {"growth": "-0.5 percent", "current": "41.2 billion pesos"} in drafted
    assert {"growth": "-3.6 percent", "current": "38.6 billion pesos"} in drafted


def test_flows_named_with_a_period_or_two_levels_are_left_to_the_editor() -> None:
    tail = "exports and imports dropped by 0.5 percent and 3.6 percent respectively."
    near = [
        # a period of its own: the levels may be another's
        _LEVELS + "In the first half, " + tail,
        # two levels of the exports before: which one?
        _LEVELS + "Exports to Utopia reached 12.2 billion pesos. Exports were 40.1 billion pesos "
        "in May. " + tail.capitalize(),
        # a level in the list's own sentence
        _LEVELS + "Exports and imports dropped by 0.5 percent and 3.6 percent to 40 billion pesos.",
    ]
    for text in near:
        drafted = growths(text)
        imports = [g["growth"] for g in drafted if g["current"] == "38.6 billion pesos"]
        assert imports == ["expanded by 2.3 percent"], text


def test_a_growth_month_on_month_leaves_the_other_growth_s_base_to_lift() -> None:
    # the turnover's parts lift to the base period through the growths that name no other base;
    # before, the month-on-month growths of the same levels left no figure a single growth
    text = (
        _LEVELS + "On a month-on-month basis, total trade, exports and imports dropped by 1.9 "
        "percent, 0.5 percent and 3.6 percent respectively."
    )
    lifted = [fields for kind, fields in relations(text) if kind == "equation"]
    assert len(lifted) == 1
    # the near miss: every level with two growths that name no base leaves the base open
    twice = (
        _LEVELS
        + "Total trade, exports and imports dropped by 1.9 percent, 0.5 percent and 3.6 percent respectively."
    )
    assert [fields for kind, fields in relations(twice) if kind == "equation"] == []
