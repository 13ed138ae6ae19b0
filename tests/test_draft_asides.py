"""A conversion with words of its own in its parentheses (text/conversions.py): the rate it was made
at ("at the NBB rate", "at the current exchange rate"), its currency in brackets ("[USD]"), or the
first currency's abbreviation in parentheses before it ("(Br)"): still the amount's counterpart."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


def pairs(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(c.value, c.counterparts) for c in draft(text).claims]


@pytest.mark.parametrize(
    ("text", "value", "counterpart"),
    [
        (
            "The surplus was 1.4 trillion Belarusian rubles (Br) (U.S. $166.2 million at the NBB "
            "rate) in March.",
            "1.4 trillion Belarusian rubles",
            "U.S. $166.2 million",
        ),
        (
            "The budget is 9.3 billion somoni ($2.72 billion [USD]).",
            "9.3 billion somoni",
            "$2.72 billion",
        ),
        (
            "Revenue was 5 billion tenge (about $10 million at the current exchange rate).",
            "5 billion tenge",
            "about $10 million",
        ),
        (
            "Exports brought 12 billion hryvnias ($325 million at today's rate; EUR 300 million).",
            "12 billion hryvnias",
            "$325 million",
        ),
        # two conversions parted by a comma and a space, as the wires write them
        (
            "Wool exports fell to 2.5 billion Swiss francs ($2.6 billion, 2.3 billion euros).",
            "2.5 billion Swiss francs",
            "2.3 billion euros",
        ),
    ],
)
def test_a_conversion_with_its_rate_or_tag_is_a_counterpart(
    text: str, value: str, counterpart: str
) -> None:
    found = dict(pairs(text))
    assert counterpart in found[value]


@pytest.mark.parametrize(
    "text",
    [
        # words that are not a rate: not a conversion
        "Revenue was 5 billion tenge ($10 million in taxes).",
        # an abbreviation with no conversion after it
        "Revenue was 5 billion tenge (KZT) in May, and $3 million later.",
        # a tag before a figure that is no amount of money
        "The field covers 5 million hectares (ha) (12 percent).",
        # an amount and a share after a comma: no second conversion, so none
        "Revenue was 5 billion tenge ($10 million, 12 percent of the total).",
    ],
)
def test_other_words_in_the_parentheses_make_no_conversion(text: str) -> None:
    assert all(counterparts == () for _, counterparts in pairs(text))
