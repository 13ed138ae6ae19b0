"""Whose period a named period is, in sentences news writes often: "from" before a name names a
source, not a base ("Imports from China rose 5% in 2023"); a period after "from the same month of"
following the value reached is that value's base, not its own, unless the figure is itself the one
compared with; a clause "which recorded X" right after a period gives X that period, as "when it
stood at X" does; a month then "to" and a figure is no span; the period of the figure a move
started from ("from 6.96 per cent in August to ...") is never the figure reached's. The sentences
are written for these tests."""

from __future__ import annotations

from aktobe_facts.text.draft import draft


def periods(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.value, c.period, c.base_period) for c in draft(text).claims]


def test_from_before_a_name_is_a_source_not_a_base() -> None:
    assert periods("Imports from China rose 5% to $3 billion in 2023.") == [
        ("rose 5%", "2023", None),
        ("$3 billion", "2023", None),
    ]
    assert periods("Visitors from North America numbered 663,072 in 2013 and 712,458 in 2014.") == [
        ("663,072", "2013", None),
        ("712,458", "2014", None),
    ]


def test_from_before_a_month_is_still_a_base() -> None:
    assert periods("Output rose 5% from January 2022 to 3 million tonnes.")[0] == (
        "rose 5%",
        None,
        "2022-01",
    )


def test_the_same_month_after_the_value_reached_is_its_base() -> None:
    text = "Date: 2023-01-10\n\nExports grew 7.6 percent in December to $38.3 billion from the same month of 2021."
    assert periods(text) == [
        ("grew 7.6 percent", "2022-12", "2021-12"),  # the same month (text/sameperiod)
        ("$38.3 billion", "2022-12", None),
    ]


def test_the_same_period_after_a_figure_compared_with_is_its_own() -> None:
    assert periods("The surplus was $1.13 trillion in the same quarter of 2022.") == [
        ("$1.13 trillion", "2022", None)
    ]
    text = "Receipts reached $7.9 billion, against $6.6 billion over the same period in 2016."
    assert periods(text)[1] == ("$6.6 billion", "2016", None)


def test_which_recorded_after_a_period_gives_it_its_figure() -> None:
    text = (
        "Date: 2020-11-22\n\nImports fell to 21.5 billion riyals in the third quarter, down 16.5 "
        "percent from the same period last year, which recorded 25.7 billion riyals."
    )
    # the same period of last year is its third quarter (text/sameperiod)
    assert periods(text)[-1] == ("25.7 billion riyals", "2019-Q3", None)


def test_the_period_a_move_started_from_is_not_the_figure_reached_s() -> None:
    text = "Date: 2024-09-27\n\nInflation eased from 6.96 per cent in August to 6.72 per cent."
    assert periods(text) == [("6.96 per cent", "2024-08", None), ("6.72 per cent", None, None)]
    assert periods("Output rose 5% in 2018 to 3 million tonnes.")[1] == (
        "3 million tonnes",
        "2018",
        None,
    )
