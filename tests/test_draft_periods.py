"""Periods a draft dates from the article's dateline (:mod:`aktobe_facts.text.datelines`): "this
year" and "last year" become years, so counts of two years are never one figure. The articles
are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.text.datelines import article_year
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render

STORY = (
    "The region will run more than 280 investment projects this year. Last year 199 investment "
    "projects were started."
)


@pytest.mark.parametrize(
    ("head", "year"),
    [
        ("ASTANA, May 29, 2023 (Reuters) - ", 2023),
        ("Tashkent, 13 December 2021 (Trend) - ", 2021),
        ("Published: 2019-09-27\n\n", 2019),
        ("BAKU, Dec. 1, 2020 — ", 2020),
        ("", None),
        ("In May 29, 2023 projects were listed. ", None),  # a date in the story, not a dateline
    ],
)
def test_the_year_of_a_dateline(head: str, year: int | None) -> None:
    assert article_year(f"Projects for the year\n\n{head}{STORY}") == year


def test_this_year_and_last_year_are_dated_by_the_dateline(tmp_path: Path) -> None:
    text = f"Projects for the year\n\nASTANA, May 29, 2023 (Reuters) - {STORY}"
    claims = {c.value: (c.period, c.subject) for c in draft(text).claims}
    assert claims["more than 280"] == ("2023", "investment projects")
    assert claims["199"][0] == "2022"
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(draft(text), article), tmp_path / "a.toml", article=article)
    assert not [f for f in check_document(doc) if f.check == "same-subject" and f.is_problem]
    # with no dateline they get no period, and no subject either (they may be of two years)
    undated = {c.value: (c.period, c.subject) for c in draft(STORY).claims}
    assert undated["more than 280"] == (None, None)


def test_the_previous_year_is_not_counted_from_the_article() -> None:
    text = (
        "Trade in 2019\n\nBAKU, Dec. 1, 2024 - The fund backed 700 projects in 2019, up from "
        "650 projects the previous year."
    )
    assert [c.period for c in draft(text).claims if c.value == "650"] != ["2023"]


@given(st.integers(min_value=1990, max_value=2090), st.sampled_from(["this", "next", "last"]))
def test_any_dateline_year_dates_the_relative_years(year: int, word: str) -> None:
    text = f"Plans\n\nALMATY, March 3, {year} - The city will open 14 schools {word} year."
    [claim] = [c for c in draft(text).claims if c.value == "14"]
    assert claim.period == str(year + {"this": 0, "next": 1, "last": -1}[word])
