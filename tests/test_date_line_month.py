"""A date line that gives only the month ("Date: 2024-04", "Published: April 2024") dates the
article as a full date does: its numbers are no figures (no claim, no coverage warning), and "this
year" is that year. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from aktobe_facts.text.datelines import article_date
from aktobe_facts.text.draft import draft

TEXT = "Source: a paper\n{line}\n\nShipments fell to 3.2 million tonnes this year."


@pytest.mark.parametrize(
    ("line", "year", "month"),
    [
        ("Date: 2024-04", 2024, 4),
        ("Published: April 2024", 2024, 4),
        ("Updated: 2019-11", 2019, 11),
    ],
)
def test_a_month_date_line_dates_the_article(line: str, year: int, month: int) -> None:
    text = TEXT.format(line=line)
    assert article_date(text) == (year, month)
    found = draft(text)
    assert [c.value for c in found.claims] == ["3.2 million tonnes"]
    assert found.claims[0].period == str(year)
    assert any("dateline" in i.reason for i in found.ignores)


def test_a_month_past_twelve_is_no_date_line() -> None:
    assert article_date(TEXT.format(line="Date: 2024-13")) is None
