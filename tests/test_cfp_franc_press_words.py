"""The CFP franc (XPF) as the Pacific's press prints it after a figure: "CFP" alone and "Pacific
francs" or "French Pacific Francs", twenty-eighth session, open23 (heldout23's five conversions of
CFP francs to US dollars were missed, the francs read as counts). The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from aktobe_facts.reading.numbers import parse
from aktobe_facts.text.draft import draft


@pytest.mark.parametrize(
    "text",
    [
        "12.4 billion CFP",
        "three billion CFP",
        "640 million Pacific francs",
        "95 billion French Pacific Francs",
        "one French Pacific franc",
    ],
)
def test_the_press_names_of_the_cfp_franc(text: str) -> None:
    stated = parse(text)
    assert stated.unit is not None and stated.unit.key == "XPF"


def test_the_francs_and_their_dollars_are_one_amount() -> None:
    text = (
        "The assembly voted a budget of 95 billion French Pacific Francs (US$ 880 million) "
        "for 2031, and set aside 12.4 billion CFP (US$ 115 million) for the ports."
    )
    claims = draft(text).claims
    assert [(c.value, c.counterparts) for c in claims if c.kind == "amount"] == [
        ("95 billion French Pacific Francs", ("US$ 880 million",)),
        ("12.4 billion CFP", ("US$ 115 million",)),
    ]
