""" "It comprises ...", "Of the total, ..." speak of the figure the sentence before is about, never
of the base it is compared with (:func:`aktobe_facts.text.draftparts._compared_base`): where the
new figure is printed so that the draft reads no amount in it (every digit written out), the one
amount left in that sentence is the base ("an increase of 12 percent over the N900 billion
presented in 2030"), and the parts after were tied to last year's budget. Sweep R's first contact
(twenty-seventh session) met it in a state budget. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from _drafted import sums

OPENING = (
    "The Lagos State governor this morning presented N1,120,000,000,000, "
    "for year 2031 appropriation bill to the State House of Assembly. "
)


def _sums(text: str) -> list[tuple[str, list[str]]]:
    return [(total, parts) for total, parts, _ in sums(text)]


@pytest.mark.parametrize(
    "rest",
    [
        "The budget proposal represents an increase of 12 percent over the N900 billion presented "
        "in 2030. It comprises N620 billion for salaries and N500 billion for roads.",
        "The budget proposal represents an increase of 12 percent over the N900 billion presented "
        "in 2030. It includes N700 billion for schools and N420 billion for roads.",
    ],
)
def test_the_parts_are_never_of_the_base_compared_with(rest: str) -> None:
    assert not any(total == "N900 billion" for total, _ in _sums(OPENING + rest + "\n"))


def test_the_parts_of_the_figure_before_are_still_drafted() -> None:
    text = (
        "The Lagos State governor presented a budget of N1.1 trillion for "
        "2031. It comprises N620 billion for salaries and N480 billion for roads.\n"
    )
    assert ("N1.1 trillion", ["N620 billion", "N480 billion"]) in _sums(text)
