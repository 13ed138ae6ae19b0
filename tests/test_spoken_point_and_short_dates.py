"""A number said with its point as a word and its decimals in digits ("two-point-54") is a figure
as "2.54" is: read before a comma or a full stop, and with a scale and no unit ("two-point-54
billion,"), never left unread or as a number word that counts nothing (reading/hyphenpoint.py,
text/textnums.py). Three dotted groups of one or two digits ("12.03.24", "3.2.10") are no figure:
a date with a two-digit year where the day and month exist, a section's number after a table's
or section's word or where they do not (text/catalogue.py); either was left unread, a false
coverage warning. Sentences written for these tests; "two-point-54 billion" is the phrase a
broadcaster's English service printed (change18's fresh texts, eighteenth session)."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft
from aktobe_facts.text.phrases import scan


def _values(text: str) -> list[str | None]:
    return [c.value for c in draft(text).claims]


def _left(text: str) -> list[tuple[str, str]]:
    return [(item.span.text, item.why) for item in scan(text).left]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The index stood at two-point-54.", "two-point-54"),
        ("The index stood at two-point-54, a record.", "two-point-54"),
        ("Exports rose to two-point-54 billion, up 3 percent.", "two-point-54 billion"),
        ("Exports rose to two-point-54 billion.", "two-point-54 billion"),
    ],
)
def test_a_spoken_point_before_a_mark_is_read(text: str, value: str) -> None:
    assert value in _values(text)
    assert _left(text) == []


def test_near_miss_digits_running_on_after_the_mark_stay_unread() -> None:
    """ "two-point-54.3" and "two-point-54,300" are no spoken point the words make certain."""
    for text in (
        "Exports rose to two-point-54.3 billion.",
        "Exports came to two-point-54,300.",
    ):
        assert not [v for v in _values(text) if v and "point" in v]


@pytest.mark.parametrize(
    ("text", "numeral", "why"),
    [
        (
            "The report of 12.03.24 shows exports rose to $2.1 billion.",
            "12.03.24",
            "date",
        ),
        ("The report of 3.2.10 shows exports rose to $2.1 billion.", "3.2.10", "date"),
        ("As table 3.2.10 shows, exports rose to $2.1 billion.", "3.2.10", "name"),
        ("Section 12.3.24 shows exports rose to $2.1 billion.", "12.3.24", "name"),
        (
            "The report of 13.14.10 shows exports rose to $2.1 billion.",
            "13.14.10",
            "name",
        ),
    ],
)
def test_three_short_dotted_groups_are_no_figure(text: str, numeral: str, why: str) -> None:
    assert (numeral, why) in _left(text)
    assert "$2.1 billion" in _values(text)


def test_near_miss_a_long_date_and_thousands_by_stops_keep_their_readings() -> None:
    assert ("12.03.2024", "date") in _left("The report of 12.03.2024 shows exports rose.")
    assert "1.234.567 euros" in " ".join(v or "" for v in _values("Exports were 1.234.567 euros."))
