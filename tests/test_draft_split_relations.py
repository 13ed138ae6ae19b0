"""Relations whose figures stand in different clauses or sentences: parts "contributing P to the
total" of a total stated sentences before, and the list going on sentence by sentence; a figure
compared "up in comparison to the Y" and then "but down from 2015 (Z)"; a headline's growth
given again in the body with its current value and base. The sentences are written for these
tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


def drafted(text: str, kind: str) -> list[dict[str, object]]:
    """The relations of the kind, each field's claims by their values."""
    found = draft(text)
    values = {c.id: c.value for c in found.claims}

    def value(v: object) -> object:
        if isinstance(v, str):
            return values.get(v, v)
        return [values.get(i, i) for i in v] if isinstance(v, list) else v

    return [{k: value(v) for k, v in r.fields.items()} for r in found.relations if r.kind == kind]


EARNINGS = (
    "Visitor spending for the June quarter rose by 3.1 percent on the same quarter of 2030.\n\n"
    "The spending stood at $812 million, the statistics office said.\n\n"
    "By market, the picture was mixed.\n\n"
    "From Japan, spending was up by 4.2 percent to $301.4 million, contributing 37.1 percent to "
    "the total.\n\n"
    "From Korea it was down by 2.5 percent to $162.3 million, contributing 20 percent.\n\n"
    "From China it was up by 12.1 percent to $97.5 million, contributing 12 percent to the total.\n"
)


def test_parts_of_the_total_stated_sentences_before() -> None:
    shares = drafted(EARNINGS, "share")
    assert shares == [
        {"share": "37.1 percent", "part": "$301.4 million", "whole": "$812 million"},
        {"share": "20 percent", "part": "$162.3 million", "whole": "$812 million"},
        {"share": "12 percent", "part": "$97.5 million", "whole": "$812 million"},
    ]


def test_no_total_where_two_values_come_before() -> None:
    # another amount of the unit before the list: "the total" could be either
    text = EARNINGS.replace("office said.", "office said, up from $788 million.")
    assert drafted(text, "share") == []
    # a share that names no whole, after no share of the same verb: nothing carried
    text = EARNINGS.replace("contributing 20 percent", "making up 20 percent")
    assert {"share": "20 percent", "part": "$162.3 million", "whole": "$812 million"} not in (
        drafted(text, "share")
    )


def test_the_drafted_shares_are_checked(tmp_path: Path) -> None:
    found = outcomes(EARNINGS, tmp_path, ("share-of-whole",))
    assert [o for _, o in found] == [Outcome.PASS] * 3
    wrong = EARNINGS.replace("contributing 12 percent", "contributing 21 percent")
    assert Outcome.FAIL in [o for _, o in outcomes(wrong, tmp_path, ("share-of-whole",))]


COMPARED = (
    "The month brought in 2.925 billion euros, up in comparison to the 2.81 billion in 2030, "
    "but slightly down from 2029 (2.96 billion)."
)


def test_a_figure_compared_twice_in_one_sentence() -> None:
    assert drafted(COMPARED, "order") == [
        {"left": "2.925 billion euros", "op": ">", "right": ["2.81 billion euros"]},
        {"left": "2.925 billion euros", "op": "<", "right": ["2.96 billion euros"]},
    ]
    # "compared with" after a word of direction is the same comparison
    text = COMPARED.replace("up in comparison to the", "up compared with the")
    assert drafted(text, "order")[0]["op"] == ">"


def test_a_second_comparison_needs_its_own_words() -> None:
    text = COMPARED.replace(", but slightly down from 2029 (2.96 billion)", ", and 2.96 billion")
    assert drafted(text, "order") == [
        {"left": "2.925 billion euros", "op": ">", "right": ["2.81 billion euros"]}
    ]


HEADLINE = (
    "Copra exports up 12% in the half\n\n"
    "Copra exports stood at 42.6 million dollars in the first half, as against 38.1 million "
    "dollars a year earlier, a rise of 11.8%, the customs office said.\n"
)


def test_a_headline_growth_over_the_body_s_current_and_base() -> None:
    growths = drafted(HEADLINE, "growth")
    assert {
        "growth": "up 12%",
        "current": "42.6 million dollars",
        "base": "38.1 million dollars",
    } in growths
    assert drafted(HEADLINE, "equal") == [{"claims": ["up 12%", "a rise of 11.8%"]}]


def test_no_headline_growth_of_another_thing() -> None:
    other = HEADLINE.replace("Copra exports up 12%", "Fish catches up 12%")
    assert len(drafted(other, "growth")) == 1
    assert drafted(other, "equal") == []


def test_a_part_which_makes_its_share_of_a_total_named_elsewhere() -> None:
    text = (
        "Imports reached $4.6 billion in the first half.\n\n"
        "Fuel bought abroad amounted to $860 million, which makes 18.7% of total imports."
    )
    assert drafted(text, "share") == [
        {"share": "18.7%", "part": "$860 million", "whole": "$4.6 billion"}
    ]


COVERAGE = (
    "Exports came to $2.1 billion in the first five months, and imports reached $4.8 billion.\n\n"
    "In euros, exports were 1.9 billion euros and imports 4.4 billion euros.\n\n"
    "Exports covered 43.8% of imports; measured in euros the coverage was 43.2%."
)


def test_the_coverage_rate_is_the_exports_share_of_the_imports() -> None:
    # the first percent names no currency and two pairs fit: only the euros' is drafted
    assert drafted(COVERAGE, "share") == [
        {"share": "43.2%", "part": "1.9 billion euros", "whole": "4.4 billion euros"}
    ]
    dollars = COVERAGE.replace(
        "In euros, exports were 1.9 billion euros and imports 4.4 billion euros.\n\n", ""
    )
    assert drafted(dollars, "share") == [
        {"share": "43.8%", "part": "$2.1 billion", "whole": "$4.8 billion"}
    ]
    # "the coverage rate" with a verb of reaching
    rate = dollars.replace(
        "Exports covered 43.8% of imports; measured in euros the coverage was 43.2%.",
        "The coverage rate of imports by exports stood at 43.8 percent.",
    )
    assert drafted(rate, "share") == [
        {"share": "43.8 percent", "part": "$2.1 billion", "whole": "$4.8 billion"}
    ]


def test_no_coverage_of_parts_or_of_a_share_that_says_another_thing() -> None:
    parts = COVERAGE.replace("Exports came to", "Oil exports came to").replace(
        "In euros, exports were 1.9 billion euros and imports 4.4 billion euros.\n\n", ""
    )
    assert drafted(parts, "share") == []
    insured = COVERAGE.replace(
        "Exports covered 43.8% of imports; measured in euros the coverage was 43.2%.",
        "Insurance coverage was 43.8 percent.",
    )
    assert drafted(insured, "share") == []
    other = COVERAGE.replace("Exports covered 43.8% of imports", "Exports covered 43.8% of demand")
    assert {"share": "43.8%", "part": "$2.1 billion", "whole": "$4.8 billion"} not in drafted(
        other, "share"
    )


LATER = (
    "Kenya's trade deficit widened in the first half of 2031, and a 12.5 percent growth in "
    "exports was not enough to hold it back.\n\n"
    "Officials expect the gap to narrow.\n\n"
    "Exports reached 410.4 billion shillings by the end of June 2031 against 364.8 billion "
    "shillings in the same period of 2030, the statistics office said."
)


def test_a_growth_in_the_lead_and_its_flow_s_figures_further_on() -> None:
    assert drafted(LATER, "growth") == [
        {
            "growth": "a 12.5 percent growth",
            "current": "410.4 billion shillings",
            "base": "364.8 billion shillings",
        }
    ]


def test_no_growth_later_of_a_part_another_period_or_two_figures() -> None:
    part = LATER.replace("growth in exports", "growth in tea exports")
    assert drafted(part, "growth") == []
    period = LATER.replace("by the end of June 2031", "in 2031")
    assert drafted(period, "growth") == []
    two = (
        LATER
        + " Exports to Uganda reached 80 billion shillings, and exports had reached 30 billion shillings in May."
    )
    assert drafted(two, "growth") == []


def test_an_amount_of_change_before_the_list_is_no_total() -> None:
    text = EARNINGS.replace("$812 million,", "$812 million, an increase of $24.5 million,")
    assert len(drafted(text, "share")) == 3


def test_of_exports_is_the_whole_flow_not_a_part_of_it() -> None:
    text = (
        "Dairy exports to China were up 102 percent to reach NZ$373 million in June.\n\n"
        "Exports rose 11 percent year on year to reach NZ$4.7 billion in June.\n\n"
        "Dairy led the rise. Meat came next. Wine fell.\n\n"
        "June's trade balance was a surplus of NZ$242 million, or 5.1 percent of exports."
    )
    assert drafted(text, "share") == [
        {"share": "5.1 percent", "part": "NZ$242 million", "whole": "NZ$4.7 billion"}
    ]
    # two whole figures of the flow in the unit: none
    two = "In May, exports were NZ$4.4 billion.\n\n" + text
    assert drafted(two, "share") == []


def test_no_growth_later_of_another_measure() -> None:
    volume = LATER.replace("growth in exports", "growth in exports in volume")
    assert drafted(volume, "growth") == []


def test_that_compares_with_the_figure_of_an_earlier_period() -> None:
    base = {"growth": "rose 8 percent", "current": "$412 million", "base": "$381 million"}
    for said in (
        "That compares with $381 million a year earlier.",
        "The figure compares with $381 million in 2030.",
        "That compares with $381 million in the same period of 2030.",
    ):
        text = f"Coffee exports rose 8 percent to $412 million in 2031. {said}"
        assert drafted(text, "growth") == [base], said
    for other in (
        "That compares with $381 million expected by analysts.",
        "That compares with $381 million in 2032.",
        "That compares with $381 million in tea exports a year earlier.",
    ):
        text = f"Coffee exports rose 8 percent to $412 million in 2031. {other}"
        assert "base" not in drafted(text, "growth")[0], other


def test_a_change_s_size_is_no_level_given_twice() -> None:
    # hypothesis found it in tests/test_draft_raised.py: the rise's "by 10.1 million som" and a
    # part's "10.1 million som" are two things, not one amount named twice
    text = (
        "The council raised the city's spending plan by 10.1 million som. The higher plan "
        "includes 10.0 million som for schools and 10.1 million som for roads."
    )
    assert drafted(text, "equal") == []
    assert len(drafted(text, "sum")) == 1


QUARTER = (
    "Exports climb by over 9 percent in first quarter\n\n"
    "Valdoria's exports in dollar terms rose 9.3 percent in the first quarter of 2031, the board "
    "said.\n\n"
)


def test_a_headline_s_growth_of_a_quarter_takes_the_quarter_s_levels() -> None:
    text = (
        QUARTER + "Exports in the first quarter of 2031 came to $5,465 million as against $5,000 "
        "million in the first quarter of 2030."
    )
    assert drafted(text, "growth") == [
        {"growth": "climb by over 9 percent", "current": "$5,465 million", "base": "$5,000 million"}
    ]


def test_no_growth_later_of_a_month_a_level_with_its_own_growth_or_two_bases() -> None:
    month = (
        QUARTER + "March 2031 exports were $2,185 million as against $2,000 million in March 2030."
    )
    assert drafted(month, "growth") == []
    assert drafted(month.replace("in first quarter", "in 1st quarter"), "growth") == []
    own = (
        QUARTER + "Exports in the first quarter of 2031 came to $5,465 million as against $5,000 "
        "million in the first quarter of 2030, while prices eased by 2 percent."
    )
    assert drafted(own, "growth") == []
    several = (
        QUARTER + "Exports in the first quarter of 2031 came to $5,465 million as against $5,000 "
        "million in the first quarter of 2030 and $5,200 million in the first quarter of 2029."
    )
    assert drafted(several, "growth") == []
