"""The second reading of the nineteenth session's change (change19): each case fails on the code
before its fix."""

from __future__ import annotations

from aktobe_facts.text.partnergroups import _OUTSIDE


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
