"""A count read per a time past its noun ("12.5 million visitors a year") is a rate, like an
amount so read ("8 trillion rubles a year", :mod:`aktobe_facts.text.pertime`): no whole of a share
or of the parts "Of that" lists. Before, the words after the noun were not read, and the count was
each one's whole (found by the sentence bank's rows for the twelfth session's guards). The
sentences are written for these tests."""

from __future__ import annotations

from aktobe_facts.text.draft import draft

HEAD = "Utopia tourism report\n\n"


def _kinds(text: str) -> list[str]:
    return [r.kind for r in draft(HEAD + text + "\n").relations]


def test_a_count_per_a_year_is_no_whole_of_its_parts() -> None:
    rate = (
        "Tourist arrivals run at 12.5 million visitors a year. Of that, the north brings 7.5 "
        "million visitors and the south 5 million visitors."
    )
    assert "sum" not in _kinds(rate)
    year = rate.replace("run at", "came to").replace("a year", "in 2030")
    assert "sum" in _kinds(year)


def test_a_count_per_a_month_is_no_whole_of_a_share() -> None:
    rate = (
        "Tourist arrivals averaged 12.5 million visitors a month in 2030. The north brought 7.5 "
        "million visitors, or 60 percent of the total."
    )
    assert "share" not in _kinds(rate)
    year = rate.replace("averaged", "came to").replace(" a month", "")
    assert "share" in _kinds(year)
