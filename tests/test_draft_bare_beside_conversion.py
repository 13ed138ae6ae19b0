"""An amount in parentheses right after a figure whose currency the grammar does not read
("2.013 trillion CFA francs ($3.8 billion)") converts that figure: it is no sign of the paragraph's
currency, so a bare amount compared with the figure ("1.565 trillion the season before") is not
priced in dollars. The sentences are written for these tests."""

from __future__ import annotations

from aktobe_facts.text.draft import draft


def values(text: str) -> list[str | None]:
    return [c.value for c in draft(text).claims]


def test_a_conversion_of_an_unread_currency_prices_no_bare_amount() -> None:
    text = (
        "Producers' income went up 28.6% to 2.013 trillion zorbs ($3.8 billion), compared to "
        "1.565 trillion the season before."
    )
    assert "$1.565 trillion" not in values(text)


def test_the_paragraph_s_one_currency_still_prices_a_bare_amount() -> None:
    text = "Tax revenue came to $3.8 billion, compared to 2.9 billion the year before."
    assert "$2.9 billion" in values(text)
