"""A raised total and its parts (:mod:`aktobe_facts.text.draftraised`), and the parts of a total
the words of a flow make certain ("with X expected from ...", "and imports by P percent, up to
Y", "Official figures put tax revenues at"). The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes as checked
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from test_draft_parts import sums

RAISE = (
    "The council has lifted the region's spending plan by 84.2 billion som ($962 million) "
    "at a session on Tuesday. The minister said the higher plan includes 40.1 billion som "
    "($458 million) for schools, 30.6 billion som ($350 million) for roads and 12.9 billion "
    "som ($147 million) for hospitals."
)


def test_the_parts_of_a_rise_listed_after_the_higher_plan() -> None:
    assert sums(RAISE) == [
        (
            "84.2 billion som",
            ["40.1 billion som", "30.6 billion som", "12.9 billion som"],
            False,
        )
    ]
    # a rise said by its own words ("went up by"), and "the increase consists of"
    assert sums(
        "Company profits went up by 5.4 billion rand. The increase consists of 3.1 billion "
        "rand from mining and 2 billion rand from banks."
    ) == [("went up by 5.4 billion rand", ["3.1 billion rand", "2 billion rand"], False)]


def test_no_parts_of_a_rise_where_the_words_leave_a_doubt() -> None:
    # the new level is named with the rise: the list may be the level's
    both = draft(
        RAISE.replace(
            "by 84.2 billion som ($962 million)", "by 84.2 billion som to 910 billion som"
        )
    )
    assert not [r for r in both.relations if r.kind == "sum"]
    assert any("may be parts of the rise" in note for note in both.notes)
    # "the higher budget" names another thing than the plan raised
    assert sums(RAISE.replace("the higher plan includes", "the higher budget includes")) == []
    # a cut's parts may be of either sign
    assert sums(RAISE.replace("has lifted", "has cut").replace("higher", "lower")) == []


def test_a_rise_is_within_the_new_level_of_the_thing_raised() -> None:
    text = (
        "Parliament raised the state budget by 12 billion lari. With the change, the revised "
        "budget for 2024 comes to 30 billion lari."
    )
    assert sums(text) == [("30 billion lari", ["12 billion lari"], False)]
    # the new level of another thing: "higher tax revenues" are not the budget
    assert (
        sums(
            "Parliament raised the state budget by 12 billion lari. Higher tax revenues "
            "brought in 3 billion lari."
        )
        == []
    )
    # two new levels of the budget: the words do not say which
    assert sums(text + " The amended budget for 2025 is 33 billion lari.") == []


def test_with_a_part_expected_from_a_source() -> None:
    assert sums(
        "The city's revised budget reached 1.2 trillion tenge, with 800 billion tenge expected "
        "from tax and other income."
    ) == [("1.2 trillion tenge", ["800 billion tenge"], False)]


def test_a_clause_with_the_verb_of_the_one_before_keeps_its_flow() -> None:
    assert sums(
        "Trade turnover in 2022 was $ 512.4 million. Exports rose by 6.1 percent, reaching "
        "$ 230.2 million, and imports by 4.3 percent, to $ 282.2 million."
    ) == [("$ 512.4 million", ["$ 230.2 million", "$ 282.2 million"], True)]


def test_official_figures_that_put_a_part_at_a_level_report_it() -> None:
    text = (
        "Over the first half the budget's revenues totaled 320.5 billion liras. Official figures "
        "put tax revenues at 270.2 billion liras."
    )
    assert sums(text) == [("320.5 billion liras", ["270.2 billion liras"], False)]
    # a budget that puts revenue at a figure plans it: not the reported revenue's part
    assert sums(text.replace("Official figures put", "The budget puts")) == []


@given(
    st.lists(st.integers(min_value=100, max_value=4000), min_size=2, max_size=3),
    st.one_of(st.integers(min_value=0, max_value=300), st.integers(min_value=-150, max_value=-3)),
)
def test_any_list_after_a_rise_is_checked(tenths: list[int], slip: int) -> None:
    # figures to a tenth: parts over the rise by more than their rounding fail, the rest pass
    import tempfile

    total = sum(tenths) + slip
    names = ["schools", "roads", "parks"]
    listed = [f"{t / 10:.1f} million som for {n}" for t, n in zip(tenths, names, strict=False)]
    text = (
        f"The council raised the city's spending plan by {total / 10:.1f} million som. The higher "
        f"plan includes {', '.join(listed[:-1])} and {listed[-1]}."
    )
    with tempfile.TemporaryDirectory() as folder:
        found = [o for _, o in checked(text, Path(folder), ("sum",))]
    assert found == [Outcome.PASS if slip >= 0 else Outcome.FAIL]


def test_a_flow_handled_by_a_body_is_a_part_of_it() -> None:
    text = (
        "State revenues for 2023 came to 80.4 billion lei.\n\nRevenues administered by the Tax "
        "Service amounted to 50.2 billion lei, an increase of 4 billion lei, and those "
        "administered by the Customs Service to 25.1 billion lei (+1.1 billion lei)."
    )
    # "(+1.1 billion lei)" is a change, not one more part
    assert sums(text) == [("80.4 billion lei", ["50.2 billion lei", "25.1 billion lei"], False)]
    # the body is the budget's owner: the whole revenue, not a part
    assert (
        sums(
            "State revenues for 2023 came to 80.4 billion lei. Revenues collected by the "
            "government amounted to 50.2 billion lei."
        )
        == []
    )


def test_the_parts_of_a_total_after_a_colon() -> None:
    assert sums(
        "Georgia gives its trade with Armenia as $ 612 million, increasing by 12.4 percent: "
        "Georgian goods sold to Armenia came to $ 201.5 million and Armenian goods bought by "
        "Georgia to $ 410.5 million."
    ) == [("$ 612 million", ["$ 201.5 million", "$ 410.5 million"], False)]
    # another clause after the colon: figures of comparison, not parts
    assert (
        sums(
            "Revenue reached 5.2 billion tenge: the plan was 4.5 billion tenge and the forecast "
            "4.8 billion tenge."
        )
        == []
    )


def test_these_exports_are_the_ones_named_before() -> None:
    text = (
        "In 2023 Armenia exported 12,300 tons of brandy to Russia. The value of these exports "
        "came to $98.4 million.\n\nAll of Armenia's exports to Russia in 2023 came to $3.4 "
        "billion."
    )
    assert sums(text) == [("$3.4 billion", ["$98.4 million"], False)]
    # the sentence before names no thing exported: "these exports" may be all of them
    assert sums(text.replace("12,300 tons of brandy", "12,300 tons")) == []


def test_a_rise_said_in_the_passive_or_of_a_named_thing() -> None:
    assert sums(
        "The city's budget plan was raised by 50 billion tenge. The higher plan includes 30 "
        "billion tenge for roads and 20 billion tenge for schools."
    ) == [("50 billion tenge", ["30 billion tenge", "20 billion tenge"], False)]
    assert sums(
        "The ministry raised its forecast for exports by $2 billion. The new forecast of "
        "exports is $40 billion."
    ) == [("$40 billion", ["$2 billion"], False)]


def test_no_part_where_the_words_leave_a_doubt() -> None:
    # revenues a ministry handles may be all of them
    assert (
        sums(
            "Revenues administered by the Ministry of Finance amounted to 50 billion lei. "
            "Revenues for the year were 59 billion lei."
        )
        == []
    )
    # after a colon, figures of a comparison are no parts
    assert sums("Debt stood at $50 billion: $30 billion a year ago and $20 billion in 2020.") == []


def test_the_largest_items_of_a_flow_are_parts_of_its_one_whole() -> None:
    text = (
        "Budget revenues (against a 3 percent rise a year before) came to 900.4 billion drams "
        "in 2023. The main sources of revenue were VAT (300.2 billion drams), profit tax (150.1 "
        "billion drams) and customs duties (90.3 billion drams)."
    )
    assert sums(text) == [
        (
            "900.4 billion drams",
            ["300.2 billion drams", "150.1 billion drams", "90.3 billion drams"],
            False,
        )
    ]
    # two wholes of the flow: the words do not say which
    assert sums(text + " Local budget revenues were 400.5 billion drams.") == []
