"""The second reading of the nineteenth session's change (change19): each case fails on the code
before its fix."""

from __future__ import annotations

from _drafted import relations
from aktobe_facts.text.growthplace import own_place
from aktobe_facts.text.partnergroups import _OUTSIDE


def _growths(text: str) -> list[tuple[str, dict[str, str]]]:
    return [r for r in relations(text) if r[0] == "growth"]


def test_a_long_list_after_excluding_is_read_in_linear_work() -> None:
    # Each "and" of the list was tried as a word of a name and as the list's joint: a list of 20
    # took a quarter of a second, and this one (40) would not finish. Counted by its length, not
    # timed: the old pattern does not return on it.
    words = "all goods excluding " + " and ".join(["grain"] * 40) + " shipped to"
    assert _OUTSIDE.search(words, 0, len(words)) is None
    listed = "excluding " + " and ".join(["Spain"] * 40) + " and "
    assert _OUTSIDE.search(listed, 0, len(listed)) is not None


def test_near_miss_a_short_list_is_still_taken_out() -> None:
    for words in ("all countries excluding Germany and ", "outside the ", "non-", "besides the "):
        assert _OUTSIDE.search(words, 0, len(words)) is not None, words
    assert _OUTSIDE.search("exports to ", 0, len("exports to ")) is None


def test_a_currency_s_terms_after_a_growth_name_no_place() -> None:
    # "in US dollar terms" is the growth's currency, as the module's notes say: no place of
    # another figure ("US" was read, and the growth of the $5.0 billion a sentence before was lost;
    # "US Dollar terms" gave a place cut inside a word, "US Dolla")
    for terms in ("US dollar terms", "US Dollar terms", "U.S. dollar terms"):
        text = f"Inflows reached $5.0 billion. Inflows were up 10 percent in {terms}."
        assert _growths(text) == [
            ("growth", {"growth": "up 10 percent", "current": "$5.0 billion"})
        ]
        assert own_place(f"up 10 percent in {terms}.", len("up 10 percent")) is None


def test_near_miss_a_place_after_a_growth_is_still_one() -> None:
    text = (
        "Remittances to the country reached $5.0 billion in 2029. They were up 10 percent in Peru."
    )
    assert _growths(text) == []
    assert own_place("up 10 percent in Peru.", len("up 10 percent")) == "Peru"
    assert own_place("up 10 percent in New Zealand", len("up 10 percent")) == "New Zealand"
