"""A ranked figure whose bracket holds its share or change after it ("the most passengers
(958,027, 21.8% of the total), ahead of B (782,044, ...)"): the list after "ahead of" is read from
the bracket's close (text/draftranked). Twenty-eighth session, within28 (heldout23's airports).
The sentences are written for these tests."""

from __future__ import annotations

from _drafted import ranked


def test_a_share_in_the_ranked_figures_bracket() -> None:
    text = (
        "Among ports, Rotterdam handled the most containers (41,200, 31.5% of the total), ahead "
        "of Antwerp (30,150, 23.1% of the total); Hamburg (12,900, 9.9%) and Bremen (8,100, 6.2%)."
    )
    assert ranked(text) == [("41,200", ["30,150"])]


def test_a_change_in_the_ranked_figures_bracket() -> None:
    text = (
        "Rotterdam handled the most cargo (41.2 million tonnes, up 3% on 2030), ahead of Antwerp "
        "(30.1 million tonnes) and Hamburg (12.9 million tonnes)."
    )
    assert ranked(text) == [("41.2 million tonnes", ["30.1 million tonnes", "12.9 million tonnes"])]


def test_a_bracket_of_another_clause_is_no_list() -> None:
    """The bracket's close opens no "ahead of": nothing is ranked."""
    text = (
        "Rotterdam handled the most cargo (41.2 million tonnes, up 3% on 2030), and Antwerp "
        "handled 30.1 million tonnes."
    )
    assert ranked(text) == []
