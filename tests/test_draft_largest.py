"""Lists the words rank, worded freely (:mod:`aktobe_facts.text.draftlargest`): each figure is not
below any after it; and the words that rank none. Every sentence here is written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, ranked
from aktobe_facts.findings import Outcome


def test_names_with_their_figures_in_parentheses() -> None:
    assert ranked(
        "The largest investment in 2023 came from Israel (43.1 million euro) and the Netherlands "
        "(8.9 million euro)."
    ) == [("43.1 million euro", ["8.9 million euro"])]
    assert ranked(
        "The largest shares came from the north ($7.5 million) and the south ($5 million), "
        "followed by the east ($2 million)."
    ) == [("$7.5 million", ["$5 million", "$2 million"]), ("$5 million", ["$2 million"])]


def test_a_first_figure_followed_by_a_list() -> None:
    assert ranked(
        "The north was the largest source, at $7.5 million, followed by the south at $5 million."
    ) == [("$7.5 million", ["$5 million"])]
    assert ranked(
        "Arabs were the most frequent visitors in 2012, with 806,291 coming since January, "
        "followed by 613,427 expatriates and 419,397 Gulf Arabs."
    ) == [("806,291", ["613,427", "419,397"]), ("613,427", ["419,397"])]


def test_no_ranking_without_its_words() -> None:
    # "the largest since 2015" ranks nothing the article states; outflows are not ranked
    assert (
        ranked(
            "The largest remittances since 2015 came from the north ($7.5 million) and the south "
            "($5 million)."
        )
        == []
    )
    # "most of" and "main" do not rank a list of names
    assert (
        ranked(
            "Most of the investment came from Israel (43.1 million euro) and the Netherlands "
            "(8.9 million euro)."
        )
        == []
    )
    assert (
        ranked("Outflows went to Portugal (-17.8 million euro) and Germany (-17.7 million euro).")
        == []
    )


def test_a_drafted_ranking_is_checked(tmp_path: Path) -> None:
    wrong = "The largest shares came from the north ($5 million) and the south ($7.5 million)."
    assert outcomes(wrong, tmp_path, ("order",)) == [("order", Outcome.FAIL)]


def test_names_right_after_were_and_shares_beside_the_members() -> None:
    # the names right after "were" or "are", with no "from" or "to"
    assert ranked(
        "The biggest buyers of Kenyan tea were Pakistan ($310.5 million), Egypt ($211.2 million) "
        "and Britain ($98.4 million)."
    ) == [
        ("$310.5 million", ["$211.2 million", "$98.4 million"]),
        ("$211.2 million", ["$98.4 million"]),
    ]
    # each member's share in parentheses beside it; a participle before the first figure; a
    # compound's participle ("Chile-based") is no verb of another clause
    assert ranked(
        "Acme was the best-selling brewer, shipping 412,000 hectolitres (31 percent), followed "
        "by the Chile-based Norte with 301,500 (23 percent) and Sur, with 150,200 (11 percent)."
    ) == [
        ("412,000", ["301,500", "150,200"]),
        ("301,500", ["150,200"]),
    ]
    # "main" ranks nothing
    assert (
        ranked("The main buyers were Pakistan ($310.5 million) and Egypt ($411.2 million).") == []
    )


def test_most_after_with_or_have_names_a_set_in_no_order() -> None:
    """ "The sectors with (the) most vacancies were A, B and C" lists the set of sectors that have
    most, in no order (a fresh article listed 198, 118 and 120); the near miss, "the most frequent"
    before the names, still ranks them."""
    for lead in ("The sectors with most vacancies", "The sectors that have the most vacancies"):
        assert ranked(f"{lead} were retail (240), tourism (150) and farming (160).") == []
    assert (
        ranked(
            "The most frequent visitors were Arabs (806,291), expatriates (613,427) and Gulf Arabs "
            "(419,397)."
        )
        != []
    )
