"""The period of a figure compared with, and the growth between two figures, on the draft-only
path: wrong periods and wrong current values found on new-user trials of real articles (Pakistani
remittances with "against $748.02 million last year", Egyptian remittances with "up from $19.8
billion in the same period of 2019, an annual increase of 11.6 per cent", a dateline in the
first sentence). The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import relations
from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Severity
from aktobe_facts.text.datelines import Dateline, article_date
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render
from aktobe_facts.text.textnums import numerals

DATELINE = "Published: 2031-11-10\n\n"


def periods(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each drafted claim's value with its period and base period."""
    return {c.value or "": (c.period, c.base_period) for c in draft(text).claims}


def growths(text: str) -> list[dict[str, str]]:
    """The growth relations drafted, each field's claim shown by its value."""
    return [fields for kind, fields in relations(text) if kind == "growth"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Grain sales climbed to $5.1 billion in 2031, up from $4.6 billion in 2030, an increase"
        " of 10.9 percent.",
        "Grain sales jumped to $5.1 billion in 2031 from $4.6 billion in 2030, an increase of 10.9"
        " percent.",
    ],
)
def test_a_growth_after_the_figure_compared_with_is_the_first_figures(sentence: str) -> None:
    found = draft(sentence)
    assert growths(sentence) == [
        {"growth": "an increase of 10.9 percent", "current": "$5.1 billion", "base": "$4.6 billion"}
    ]
    assert [r.kind for r in found.relations] == ["growth"]  # no order of the same two figures
    assert periods(sentence)["$4.6 billion"][0] == "2030"
    assert periods(sentence)["$5.1 billion"][0] == "2031"


def test_a_growth_after_up_from_is_of_the_first_figures_period() -> None:
    text = (
        "Grain sales climbed to $5.1 billion in 2031, up from $4.6 billion in 2030, an increase"
        " of 10.9 percent."
    )
    assert periods(text)["an increase of 10.9 percent"][0] == "2031"


def test_the_same_period_of_a_year_is_the_period_of_the_figure_before_it() -> None:
    text = (
        "Wool sales jumped to $22.1 billion from January to September 2031, up from $19.8"
        " billion in the same period of 2030, an annual increase of 11.6 per cent."
    )
    assert growths(text)[0]["current"] == "$22.1 billion"
    assert periods(text)["$19.8 billion"][0] == "2030-01/2030-09"  # the same months of 2030


@pytest.mark.parametrize(
    ("sentence", "value", "period"),
    [
        # "from" may name a source: the half is the figures'
        (
            "Farmers harvested wool from 3.48 million ha in the first half of 2031, up 0.5%"
            " year-on-year.",
            "3.48 million ha",
            "2031-H1",
        ),
        # "rose to A from B in 2031": 2031 may be the rise's, so B gets no period from it
        ("Wool sales rose to $5 billion from $4 billion in 2031.", "$4 billion", None),
        (
            "Wool sales went from $1.3 billion in 2030 to $1.5 billion in 2031.",
            "$1.3 billion",
            "2030",
        ),
        (
            "Wool sales went from $1.3 billion in 2030 to $1.5 billion in 2031.",
            "$1.5 billion",
            "2031",
        ),
        # a clause on "when" after a period compared with is of that period
        (
            "The wool deficit rose 6.3 percent on the same month of 2030, when it stood at $19.9"
            " million.",
            "$19.9 million",
            "2030",
        ),
    ],
)
def test_the_period_of_a_figure_compared_with(sentence: str, value: str, period: str) -> None:
    assert periods(sentence)[value][0] == period


def test_a_growth_over_the_same_month_of_a_year_has_it_as_its_base(tmp_path: Path) -> None:
    text = "The wool deficit rose 6.3 percent on the same month of 2030, when it stood at $19.9 million."
    assert periods(text)["rose 6.3 percent"] == (None, "2030")
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(draft(text), article), tmp_path / "a.toml", article=article)
    assert not [f for f in check_document(doc) if f.fails_at(Severity.WARNING)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a decimal point in the figure compared with ends no sentence
        (
            "Wool inflows declined 3.11 percent to $724.73 million against $748.02 million last"
            " year.",
            "$724.73 million",
        ),
        # "the same period last year" is the period compared with
        (
            "Wool inflows grew 15.14 percent to $7.42 billion in the first four months of the"
            " current fiscal year over the same period last year.",
            "grew 15.14 percent",
        ),
    ],
)
def test_last_year_compared_with_is_no_period_of_the_current_figures(
    sentence: str, value: str
) -> None:
    assert periods(DATELINE + sentence)[value][0] != "2030"


def test_fy_and_two_digits_before_a_full_stop_is_a_year() -> None:
    assert [(s.text, s.kind) for s in numerals("in July-October FY19.")] == [("19", "year")]
    assert "19" not in periods("Wool inflows reached $1.1 billion in July-October FY19.")


def test_a_dateline_is_no_period_of_the_first_sentence() -> None:
    text = "Wool exports grow\n\nHANOI, June 3, 2031 - Exporters earned US$19.4 billion, the office said.\n"
    found = draft(text)
    assert [c.period for c in found.claims] == [None]
    assert [(i.quote, i.reason) for i in found.ignores] == [
        ("HANOI, June 3, 2031", "the article's dateline, not a figure")
    ]


def test_more_than_a_number_is_no_comparison_of_the_period_after_it() -> None:
    text = "Wool fair\n\nPublished: 2031-05-29\n\nThe region will run more than 280 wool projects this year."
    assert periods(text)["more than 280"][0] == "2031"


@pytest.mark.parametrize(
    ("head", "year", "month"),
    [
        ("TASHKENT, Uzbekistan, March 26, 2031 - ", 2031, 3),
        ("Baku, Azerbaijan, June 18, 2031 (Trend) - ", 2031, 6),
    ],
)
def test_a_dateline_with_its_country(head: str, year: int, month: int) -> None:
    text = f"Wool trade\n\n{head}Wool exports came to $3.6 billion in January-February this year.\n"
    assert article_date(text) == Dateline(year, month)
    assert periods(text)["$3.6 billion"][0] == f"{year}-01/{year}-02"


def test_the_figure_compared_with_takes_no_period_of_the_figure_before_it() -> None:
    text = (
        DATELINE + "For the first quarter, wool receipts increased 7.7 percent to $6.95 billion"
        " from $6.46 billion."
    )
    assert periods(text)["$6.95 billion"][0] == "2031-Q1"
    assert periods(text)["$6.46 billion"][0] is None


@pytest.mark.parametrize(
    "sentence",
    [
        # "from" names a source in the clause before, with its own year
        "The island took more from cruise visitors in 2031 as more ships called, the bureau said:"
        " port fees rose by 12 percent in 2031.",
        "Ferry takings came from the northern routes in 2031; ferry takings grew 4 percent in 2031.",
    ],
)
def test_a_base_period_that_does_not_come_first_is_no_base(sentence: str) -> None:
    found = {v: p for v, p in periods(sentence).items() if "percent" in v}
    assert list(found.values()) == [("2031", None)]


def test_a_number_of_weeks_is_a_duration_never_a_growths_current_value() -> None:
    text = (
        "A record 40,210 bales reached the port in the first two weeks of May, a 6.1 per cent"
        " increase over the same weeks last year."
    )
    assert [(c.value, c.kind) for c in draft(text).claims][1] == ("two weeks", "duration")
    assert [g["current"] for g in growths(text)] != ["two weeks"]


def test_a_months_possessive_dates_its_own_figure_only() -> None:
    text = (
        DATELINE + "The port's takings in October were the year's second highest after the 20.1"
        " billion patacas (US$2.5 billion) recorded in May, and pushed June's 19.5 billion patacas"
        " (US$2.42 billion) into third place, while 3.2 billion patacas ($0.4 billion) came later."
    )
    found = periods(text)
    assert found["20.1 billion patacas"][0] == "2031-05"
    assert found["19.5 billion patacas"][0] == "2031-06"
    assert found["3.2 billion patacas"][0] != "2031-06"


def test_a_conversion_takes_no_period_of_a_figure_after_it() -> None:
    # the quote of "X ($Y)" reaches to "from Z": the year after Z is Z's, not the pair's
    text = (
        DATELINE + "Wool takings rose in 2030. The bank said takings reached 43.40 billion rupees"
        " ($1.48 billion) from 39.45 billion in 2029."
    )
    assert periods(text)["43.40 billion rupees"][0] == "2030"


def test_a_period_with_no_figure_of_its_own_is_ignored(tmp_path: Path) -> None:
    # "H1" in a headline names the first half of the dateline's year: its "1" is no figure, and
    # no coverage warning
    text = (
        "Published: 2031-08-04\n\nWool maker H1 profit increases\n\n"
        "The wool maker said its profit rose 11% to $27.5 million in the first half.\n"
    )
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(draft(text), article), tmp_path / "a.toml", article=article)
    assert not [f for f in check_document(doc) if f.fails_at(Severity.WARNING)]


def test_the_level_of_a_year_is_the_period_compared_with() -> None:
    # "almost at the level of 2030 and amounted to X": X is this year's, 2030 the comparison's
    text = "Wool imports stayed almost at the level of 2030 and amounted to 11.81 billion BAM."
    assert periods(text)["11.81 billion BAM"][0] != "2030"


@pytest.mark.parametrize("cue", ["with respect to", "in comparison with", "relative to"])
def test_a_year_after_a_comparison_s_words_is_the_base(cue: str) -> None:
    # "rose 12 percent to X with respect to 2030": X is the later year's, 2030 the comparison's
    text = f"Wool imports rose 12 percent to 20 million lari {cue} 2030."
    assert periods(text)["20 million lari"][0] != "2030"


@pytest.mark.parametrize("like", ["like", "similar"])
def test_the_like_period_of_a_year_is_the_base_and_dates_nothing_after_it(like: str) -> None:
    # "7.9% lower than revenues received in the like period of 2030": January-July 2030 is the
    # base, never the period of the growth or of the next sentence's conversion
    text = (
        "Revenues came to 14.5 trillion rubles ($150.5 bln) in January-July 2031, which is 7.9% "
        f"lower than revenues received in the {like} period of 2030. Expenses increased by 14% "
        "to 17.3 trillion rubles ($178.8 bln)."
    )
    found = periods(text)
    assert found["7.9% lower"] == ("2031-01/2031-07", "2030-01/2030-07")
    assert found["17.3 trillion rubles"][0] != "2030"


@pytest.mark.parametrize(
    ("span", "base"),
    [
        ("over the first two months of the year", None),
        ("over the first half of this year", None),
        ("over the first half of 2030", "2030-H1"),
        ("over the first half of last year", "2030-H1"),
    ],
)
def test_a_change_over_the_years_first_months_is_measured_over_them(
    span: str, base: str | None
) -> None:
    # the year's running span after "a fall over" is the time the change covers, not the time
    # it is compared with; a span of an earlier year stays the base
    text = (
        DATELINE
        + f"Wool shipments eased by 3 percent to 8.1 million tons, a 6 percent fall {span}."
    )
    assert periods(text)["a 6 percent fall"][1] == base


# The year a comparison's "same period" names, read as the same months of it (text/sameperiod):
# "against $46.2 billion in the same period of 2030" after "from January to October 2031" is
# January to October 2030, never the whole of 2030.
@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        (
            "Grain exports came to $54.4 billion from January to October 2031, against $46.2"
            " billion in the same period of 2030.",
            "$46.2 billion",
            "2030-01/2030-10",
        ),
        (
            "Port traffic reached 4.7 million tonnes in the fourth quarter of 2031. That compares"
            " with 4.2 million tonnes in the corresponding quarter 2030.",
            "4.2 million tonnes",
            "2030-Q4",
        ),
        (
            "Sales stood at $820 million in the first half of 2031, against $780 million over the"
            " same period in 2030.",
            "$780 million",
            "2030-H1",
        ),
        (
            "Exports rose to $1.3 billion in February 2031, against $1.1 billion in the same month"
            " of 2030.",
            "$1.1 billion",
            "2030-02",
        ),
    ],
)
def test_the_same_period_of_a_year_is_the_months_the_figures_are_of(
    text: str, value: str, period: str
) -> None:
    assert periods(text)[value][0] == period


def test_a_growths_base_over_the_same_period_is_those_months_too() -> None:
    text = (
        "Grain exports came to $54.4 billion from January to October 2031, a rise of 17.7"
        " percent on the same period of 2030."
    )
    assert periods(text)["a rise of 17.7 percent"][1] == "2030-01/2030-10"


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # a whole year before it: the same period is that year
        (
            "Grain exports came to $54.4 billion in 2031, against $46.2 billion in the same period"
            " of 2030.",
            "$46.2 billion",
            "2030",
        ),
        # a span whose months no one gives stands between: the months are left open
        (
            "Exports came to $1.3 billion in February 2031. Over the three months exports"
            " reached $2.5 billion, against $2.1 billion in the same period of 2030.",
            "$2.1 billion",
            "2030",
        ),
        # an undated month is no span's months (it may be a forecast's month)
        (
            "The association cut its forecast in November. Sales came to 329,237 units, against"
            " 361,197 in the same month of 2030.",
            "361,197",
            "2030",
        ),
        # an undated span gives its months to its own sentence only
        (
            "Over the first two months of the year exports reached $2.5 billion. Imports came to"
            " $2.2 billion, against $2.1 billion in the same period of 2030.",
            "$2.1 billion",
            "2030",
        ),
        # "the same period" after a month's figure may be of the months to it: left as read
        (
            "Exports reached $23.5 billion by the end of July 2031 against $19.1 billion in the"
            " same period of 2030.",
            "$19.1 billion",
            "2030",
        ),
        # the same month of a span of months is no month the words name
        (
            "Exports came to $9.6 billion from January to March 2031, against $8.8 billion in the"
            " same month of 2030.",
            "$8.8 billion",
            "2030",
        ),
    ],
)
def test_the_year_stays_where_the_words_do_not_give_its_months(
    text: str, value: str, period: str
) -> None:
    assert periods(text)[value][0] == period


# A span no one can date still gives its months to a "same period" of its own sentence: "Over the
# first two months of the year" (no dateline) and "against $2.1 billion in the same period of
# 2030" is January and February 2030 (before, the year was left whole).
@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        (
            "Exports came to $1.3 billion in February 2031. Over the first two months of the year"
            " exports reached $2.5 billion, against $2.1 billion in the same period of 2030.",
            "$2.1 billion",
            "2030-01/2030-02",
        ),
        (
            "Over the first half of this year the port averaged 3.7 million tonnes a month,"
            " compared to 3.1 million tonnes during the corresponding period in 2029.",
            "3.1 million tonnes",
            "2029-H1",
        ),
        (
            "In January-April the hotels counted 2.1 million nights, against 1.8 million nights"
            " in the same months of 2029.",
            "1.8 million nights",
            "2029-01/2029-04",
        ),
    ],
)
def test_an_undated_span_gives_its_months_to_the_same_period_of_its_sentence(
    text: str, value: str, period: str
) -> None:
    assert periods(text)[value][0] == period
