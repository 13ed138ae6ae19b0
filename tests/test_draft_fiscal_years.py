"""Fiscal years and years in headlines on the draft-only path: "2011-12", "2019/20" and
"FY2019/20" are periods (never a range from 2011 to 12, never a figure), a part of a fiscal year
names no calendar period, and a year at the end of a headline is no amount of the next line's
first word. The articles are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Finding, Severity
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render
from aktobe_facts.text.periodnames import named_periods
from aktobe_facts.text.textnums import numerals


def problems(text: str, folder: Path) -> list[Finding]:
    """The errors and warnings of ``check ARTICLE.txt`` on ``text``."""
    article = folder / "a.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(draft(text), article), folder / "a.toml", article=article)
    return [f for f in check_document(doc) if f.fails_at(Severity.WARNING)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("harvested in 2011-12.", [("2011-12", "year")]),
        ("harvested in 2011–12.", [("2011–12", "year")]),
        ("the plan for FY2019/20 was", [("2019/20", "year")]),
        ("in 2019/2020 and", [("2019/2020", "year")]),
        ("in FY19 it", [("19", "year")]),
        ("at the turn of 1999-00", [("1999-00", "year")]),
        # not a fiscal year: years that are not consecutive, amounts, a day
        ("between 2011-13", [("2011-13", "range")]),
        ("some 2011-12 million", [("2011-12 million", "range")]),
        ("on 2011-12-31", [("2011-12-31", "date")]),
    ],
)
def test_a_fiscal_year_is_one_numeral_of_kind_year(text: str, found: list[tuple[str, str]]) -> None:
    assert [(s.text, s.kind) for s in numerals(text)] == found


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("Wheat output was 9.1 million tonnes in 2014-15.", [("2014-2015", True)]),
        ("In FY2019/20 the deficit was 3.5 percent of GDP.", [("2019-2020", True)]),
        ("In fiscal year 2018-19 exports were $3.1 billion.", [("2018-2019", True)]),
        # a fiscal year named by one calendar year differs between countries: no period
        ("In fiscal 2019 the state spent $4.2 billion.", []),
        ("The FY2019 outturn was $4.2 billion.", []),
        # a part of a fiscal year is no calendar half, quarter or span of months
        ("In the first half of 2019/20 exports were $1.2 billion.", []),
        ("In July-March FY2019/20 exports were $1.9 billion.", []),
        ("Exports (July-March)  of FY2019/20 were $1.9 billion.", []),
        ("In the first quarter of the current fiscal year sales were $1 billion.", []),
        # calendar periods are read as before
        ("In the first half of 2019 exports were $1.2 billion.", [("2019-H1", False)]),
        ("Imports in 2018-2020 were $3 billion.", [("2018-2020", False)]),
    ],
)
def test_the_period_a_fiscal_year_names(text: str, periods: list[tuple[str, bool]]) -> None:
    assert [(p.text, p.fiscal) for p in named_periods(text, (0, len(text)), 2024)] == periods


ARTICLE = (
    "Pulse crop sets a record\n\n"
    "The country harvested 23.1 million tonnes of pulses in 2016-17, against the earlier peak of "
    "19.3 million tonnes reached in 2013-14. In FY2019/20 the pulse harvest was 23.0 million "
    "tonnes, and in 2020/21 it came to 25.5 million tonnes.\n"
)


def test_fiscal_years_are_periods_of_their_claims_and_no_figure(tmp_path: Path) -> None:
    found = draft(ARTICLE)
    periods = {c.value: c.period for c in found.claims}
    assert periods == {
        "23.1 million tonnes": "2016-2017",
        "19.3 million tonnes": "2013-2014",
        "23.0 million tonnes": "2019-2020",
        "25.5 million tonnes": "2020-2021",
    }
    assert not found.unread
    assert problems(ARTICLE, tmp_path) == []


def test_an_average_over_a_fiscal_year_is_not_two_years_of_it() -> None:
    text = "Revenue came to 120 billion rupees in 2018-19, an average of 10 billion rupees a month."
    assert [r.kind for r in draft(text).relations] == []


@pytest.mark.parametrize(
    "head",
    [
        "TRACTOR SALES HIT A RECORD IN 2011",
        "Tractor sales hit a record in 2011",
    ],
)
def test_a_year_ending_a_headline_is_a_period(head: str, tmp_path: Path) -> None:
    text = (
        f"{head}\n\nSAO PAULO, Jan 5 (Reuters) - Farmers bought 61,000 tractors in 2011, up 8 "
        "percent from 56,500 in 2010, the association said.\n"
    )
    found = draft(text)
    assert [c.value for c in found.claims] == ["61,000", "up 8 percent", "56,500"]
    assert problems(text, tmp_path) == []


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a duration inside a period is not its length: the periods check would test it
        ("In 2018-19 the kiln fired 300 days and made 1.2 million tonnes of lime.", None),
        ("In 2018-2020 the kiln fired 300 days and made 1.2 million tonnes of lime.", None),
        (
            "Over the three years of 2018-2020 the kiln made 3.1 million tonnes of lime.",
            "2018-2020",
        ),
        ("In 2019 the kiln fired 300 days and made 1.2 million tonnes of lime.", "2019"),
    ],
)
def test_a_duration_takes_a_range_only_when_it_is_its_length(text: str, period: str | None) -> None:
    (duration,) = [c for c in draft(text).claims if c.kind == "duration"]
    assert duration.period == period


@pytest.mark.parametrize("end", [",", "."])
def test_a_range_of_years_before_a_comma_or_a_full_stop_is_one_period(end: str) -> None:
    text = f"Imports came to $3 billion in 2018-2020{end}"
    assert [p.text for p in named_periods(text, (0, len(text)))] == ["2018-2020"]
