"""A flow whose noun names no partner, in a paragraph about one partner's trade ("With Ruritania,
the surplus widened to S. ... imports climbed to C") or beside a flow of its sentence named with a
partner ("Ruritania-bound exports rose to A and imports to C"), is that partner's: no whole of
another partner's flow, nor of a product's (:mod:`aktobe_facts.text.partnertopic`). Before, it read
as the country's whole imports, and the imports from another partner, larger, as its part (a false
error). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from _drafted import sums

_TOTAL = "Imports rose 6 percent to $52.4 billion in 2031, the office said.\n\n"


@pytest.mark.parametrize(
    "about",
    [
        # a paragraph opened on a partner holds no other partner's flow
        "With Ruritania, the trade surplus widened to $2.1 billion in 2031. In that year, exports "
        "to Ruritania rose 5 percent to $6.3 billion and imports climbed 3 percent to $4.2 "
        "billion.\n\nWith Freedonia, Utopia ran a deficit of $1.4 billion, as imports rose 4 "
        "percent to $9.8 billion in 2031.\n",
        # a flow beside one bound for a partner is that partner's
        "Ruritania-bound exports rose 5 percent to $6.3 billion in 2031 and imports climbed 3 "
        "percent to $4.2 billion.\n\nImports from Freedonia rose 4 percent to $9.8 billion in "
        "2031.\n",
        # a partner's flow is no whole of a product's
        "With Ruritania, the trade surplus widened to $2.1 billion in 2031. Imports climbed 3 "
        "percent to $4.2 billion in 2031.\n\nFuel imports rose 4 percent to $9.8 billion in "
        "2031.\n",
    ],
)
def test_a_flow_about_one_partner_is_no_whole_of_another_s(about: str) -> None:
    found = sums(_TOTAL + about)
    assert not [s for s in found if s[0] == "$4.2 billion"]
    # the near miss: the larger flow within the whole imports, given with no partner
    assert ("$52.4 billion", ["$9.8 billion"], False) in found
