""" "U.S.dollars" with no space after the abbreviation's last stop (as a wire's copy prints it) and
the singular "U.S. dollar" read as US dollars, twenty-seventh session, open22 (heldout22's "1.31
billion yuan (163.76 million U.S.dollars)" was read as a count of 163.76 million). The sentences
are written for these tests."""

from __future__ import annotations

from aktobe_facts.text.draft import draft


def test_the_glued_dollars_are_the_yuans_counterpart() -> None:
    text = "The railways earned 1.31 billion yuan (163.76 million U.S.dollars) from passengers."
    (claim,) = draft(text).claims
    assert (claim.value, claim.counterparts) == (
        "1.31 billion yuan",
        ("163.76 million U.S.dollars",),
    )


def test_one_us_dollar_is_an_amount() -> None:
    claims = draft("The fee is 8 yuan, about one U.S. dollar, the office said.").claims
    assert [(c.value, c.kind) for c in claims][-1] == ("about one U.S. dollar", "amount")
