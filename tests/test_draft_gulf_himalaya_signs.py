"""The riyal's sign of Qatar's press ("QR40.7bn") and the ngultrum's of Bhutan's without the
CLDR's full stop ("Nu 1.7B"), read where the article names the country, as the other signs of two
letters are: unread elsewhere. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("Qatar's exports came to QR30.9 billion in March.", "QR30.9 billion", "QAR"),
        ("Qatar's surplus was QR40.7bn in the quarter.", "QR40.7bn", "QAR"),
        ("Bhutan's power plants earned Nu 1.7B this year.", "Nu 1.7B", "BTN"),
        ("Bhutan exported power worth Nu 127M in January.", "Nu 127M", "BTN"),
    ],
)
def test_the_sign_is_read_where_the_article_names_its_country(
    text: str, value: str, code: str
) -> None:
    found = draft(text)
    assert [c.value for c in found.claims] == [value]
    assert code in dict(found.shared.currencies).values()
    assert not found.unread


def test_the_sign_is_left_unread_where_no_country_is_named() -> None:
    found = draft("The surplus was QR40.7bn in the quarter.")
    assert "QAR" not in dict(found.shared.currencies).values()
