"""Lists the words rank, worded freely (:mod:`aktobe_facts.text.draftlargest`): each figure is not
below any after it; and the words that rank none. Every sentence here is written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


def ranked(text: str) -> list[tuple[str, list[str]]]:
    """Each drafted order as its left figure and its right ones."""
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        (values[str(r.fields["left"])], [values[i] for i in r.fields["right"]])  # type: ignore[union-attr]
        for r in found.relations
        if r.kind == "order"
    ]


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
