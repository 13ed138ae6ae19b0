"""Shares of a country's trade by partner (tenth session, :mod:`aktobe_facts.text.draftshares`):
a whole named with the article's own country ("of Saudi imports" in an article on Saudi trade),
"of the total" after a ranked partner whose clause names the flow, and a percent alone in
brackets after a ranked member's amount. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from _drafted import shares


def test_a_whole_named_with_the_article_s_own_country_is_the_flow() -> None:
    text = (
        "Omani exports rise in May\n\nMUSCAT, June 2031\n\nOman's merchandise imports rose 8 "
        "percent in May to OMR410 million. India led the suppliers at OMR88 million. The UAE "
        "followed with imports at OMR61.5 million, or 15 percent of Omani imports, in May."
    )
    assert {"share": "15 percent", "part": "OMR61.5 million", "whole": "OMR410 million"} in (
        shares(text)
    )


def test_a_whole_named_with_another_country_is_not_the_article_s_flow() -> None:
    # the headline is about Oman's partner: "of Indian imports" is India's, not in the article
    text = (
        "Oman's exports to India rise in May\n\nMUSCAT, June 2031\n\nOman's merchandise imports "
        "rose 8 percent in May to OMR410 million. Oman sold goods to India worth OMR61.5 "
        "million, or 15 percent of Indian imports, in May."
    )
    assert shares(text) == []


def test_the_total_after_a_ranked_partner_is_the_flow_its_clause_names() -> None:
    text = (
        "Oman's merchandise imports rose 8 percent in May to OMR410 million. India led the "
        "suppliers at OMR88 million. The UAE followed with imports at OMR61.5 million. Qatar "
        "came in third with OMR24.6 million worth of imports, accounting for 6 percent of the "
        "total."
    )
    assert {"share": "6 percent", "part": "OMR24.6 million", "whole": "OMR410 million"} in (
        shares(text)
    )


@pytest.mark.parametrize(
    "last",
    [
        # the clause names two flows
        "Qatar came in third with OMR24.6 million of imports and exports, accounting for 6 "
        "percent of the total.",
        # the clause names none
        "Qatar came in third with OMR24.6 million, accounting for 6 percent of the total.",
    ],
)
def test_the_total_after_a_ranked_partner_needs_one_flow(last: str) -> None:
    text = (
        "Oman's merchandise imports rose 8 percent in May to OMR410 million, and its exports "
        "to OMR520 million. India led the suppliers at OMR88 million. The UAE followed with "
        "imports at OMR61.5 million. " + last
    )
    assert [s for s in shares(text) if s["share"] == "6 percent"] == []


def test_a_percent_alone_after_a_ranked_member_is_its_share() -> None:
    text = (
        "Oman's foreign trade turnover was OMR2.4 billion in the half. Among its partners, "
        "India came second, with a turnover of OMR310 million (12.9%), the ministry said."
    )
    assert shares(text) == [{"share": "12.9%", "part": "OMR310 million", "whole": "OMR2.4 billion"}]


@pytest.mark.parametrize(
    "second",
    [
        # a change in the sentence: the bare percent may be the rise
        "Among its partners, India came second, with a turnover that rose to OMR310 million "
        "(12.9%), the ministry said.",
        # no ranking: a bare percent after an amount says nothing certain
        "With India, turnover was OMR310 million (12.9%), the ministry said.",
    ],
)
def test_a_percent_alone_in_brackets_elsewhere_is_no_share(second: str) -> None:
    text = "Oman's foreign trade turnover was OMR2.4 billion in the half. " + second
    assert shares(text) == []
