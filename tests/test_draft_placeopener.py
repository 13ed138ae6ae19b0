"""A whole whose sentence opens on a place ("In the Nordic Union, exports rose to X") is that
place's flow: a part whose word names a holder of its own ("eurozone exports", "euro area
exports") is no part of it (draftparts._other_place, text/placeopener.py). A sentence opening on a
period ("In March,") changes nothing. Sentences written for these tests around numeric phrases as
the source printed them. Source: mstfx.com/index-1824.html (2015-08: euro area exports "rose to
$1.13 trillion", then "In the 28-member European Union, exports rose to $997.7 billion"), which
drafted the euro area's exports as a part of the Union's, two false errors."""

from __future__ import annotations

from _drafted import sums
from aktobe_facts.text.placeopener import names_a_holder, opening_place


def test_another_place_s_whole_takes_no_holder_s_part() -> None:
    text = (
        "Eurozone exports rose to $210.6 billion in 2031, up 4 percent.\n\n"
        "In the 31-member Nordic Union, exports rose to $388.2 billion in 2031, up 5 percent."
    )
    assert sums(text) == []


def test_near_miss_a_period_opener_still_drafts_the_part() -> None:
    text = (
        "Eurozone exports rose to $210.6 billion in June 2031, up 4 percent.\n\n"
        "In June, exports rose to $388.2 billion, up 5 percent."
    )
    assert sums(text) == [("$388.2 billion", ["$210.6 billion"], False)]


def test_near_miss_a_product_part_is_still_within_the_place_s_whole() -> None:
    text = (
        "In Ruritania, exports rose to $38.4 billion in 2031. Oil exports rose to $21.9 billion "
        "in 2031."
    )
    assert sums(text) == [("$38.4 billion", ["$21.9 billion"], False)]


def test_opening_place_and_holder_words() -> None:
    text = "In the 31-member Nordic Union, X. In the First Quarter, Y. In Fiscal 2030, Z."
    assert opening_place(text, 0, 33) == "Nordic Union"
    assert opening_place(text, 34, 57) is None
    assert opening_place(text, 58, len(text)) is None
    assert names_a_holder("area") and names_a_holder("eurozone")
    assert not names_a_holder("oil") and not names_a_holder(None)
