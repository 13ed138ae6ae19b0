"""Sweep P (twenty-fifth session): the false findings of fresh texts, each guarded by its reason
and tested with sentences of our own around the numeric phrases as the sources printed them.

A whole whose sentence opens on an area of the country by its compass word ("In northern region,
the sales rose to X") is that area's flow: a figure whose words up to it never name the area is
the country's (or another area's) and no part of it (draftparts._other_place,
text/placeopener.opening_area). Source: en.dailypakistan.com.pk, "Cement exports dip 23 percent in
September" (2017-10): the country's exports of "0.401 million tonnes" were drafted as a part of
the northern region's "0.308 million tonnes" of exports, and the last year's national sales of
"2.536 million tonnes" as a part of the north's "2.367 million tonnes", two false sum errors.
"""

from __future__ import annotations

from _drafted import sums
from aktobe_facts.text.draft import draft
from aktobe_facts.text.placeopener import opening_area


def test_the_country_s_exports_are_no_part_of_a_region_s() -> None:
    text = (
        "Cement exports fell 23 percent in September to 0.401 million tonnes.\n\n"
        "In northern region, sales rose 12.05 percent to 2.367 million tonnes, while exports "
        "dropped 16.27 percent to 0.308 million tonnes."
    )
    assert sums(text) == []


def test_the_country_s_sales_are_no_part_of_a_region_s() -> None:
    text = (
        "According to the producers' association, the sales of the product stood at 2.536 "
        "million tonnes and exports at 0.523 million tonnes during the same period of last "
        "year.\n\nIn northern region, the sales went up by 12.05 percent to 2.367 million tonnes."
    )
    assert sums(text) == []


def test_near_miss_a_part_that_names_the_area_is_still_within_it() -> None:
    text = (
        "In northern region, exports fell to 0.308 million tonnes. Northern cement exports came "
        "to 0.250 million tonnes."
    )
    assert sums(text) == [("0.308 million tonnes", ["0.250 million tonnes"], False)]
    text = (
        "In the northern region, exports fell to 0.308 million tonnes. In the northern region, "
        "cement exports came to 0.250 million tonnes."
    )
    assert sums(text) == [("0.308 million tonnes", ["0.250 million tonnes"], False)]


def test_near_miss_a_named_place_keeps_its_product_part() -> None:
    text = (
        "In Ruritania, exports fell to 0.308 million tonnes. Cement exports came to 0.250 "
        "million tonnes."
    )
    assert sums(text) == [("0.308 million tonnes", ["0.250 million tonnes"], False)]


def test_opening_area_reads_compass_areas_only() -> None:
    text = "In northern region, X. In the South-East part of the country, Y. In the North, Z."
    south, north = text.index("In the S"), text.index("In the N")
    assert opening_area(text, 0, south) == "north"
    assert opening_area(text, south, north) == "south"
    assert opening_area(text, north, len(text)) == "north"
    other = "In Northumberland, X. In the north of June, Y. In Ruritania, Z."
    june, ruritania = other.index("In the"), other.index("In R")
    assert opening_area(other, 0, june) is None
    assert opening_area(other, june, ruritania) is None
    assert opening_area(other, ruritania, len(other)) is None


# Found after the held run (Sweep P's held batch, run once on ecd26bd; these two coverage
# warnings were its false findings, guarded after it, the held batch not run again).


def _values(text: str) -> list[str]:
    return [c.value or "" for c in draft(text).claims]


def test_after_held_a_peso_amount_with_a_hyphened_scale_is_read() -> None:
    """BusinessWorld, PAGCOR's first half of 2025: "a P10.8-billion net income" was unread (a
    one-letter sign's amount needs a scale, and the hyphen hid it); reading.units
    _money_after_letter."""
    text = (
        "The Philippine gaming regulator booked a P10.8-billion net income for the half, up "
        "from P6.6 billion."
    )
    assert "P10.8-billion" in _values(text)
    assert "P3-million" in _values("The Philippine regulator paid a P3-million fine.")


def test_after_held_near_miss_a_letter_and_a_bare_number_stay_no_money() -> None:
    text = "The Philippine regulator printed P5 and P-10 notes for 5-billion fans."
    assert all(not v.startswith("P") for v in _values(text))


def test_after_held_a_grouped_count_glued_to_its_word_is_read() -> None:
    """Thailand Observers, the first half of 2009: "Mitsubishi 2,449units" was unread (the page's
    missing space); text.phrases._glued_word."""
    text = "In the pickup category, Toyota sold 6,851 units, Mitsubishi 2,449units and Isuzu 2,348 units."
    assert "2,449" in _values(text)


def test_after_held_near_miss_no_group_or_capitals_stay_unread() -> None:
    assert _values("He bought 3folders and items 1,2and 3.") == ["3"]
    assert _values("The 1,200mAh battery.") == []
