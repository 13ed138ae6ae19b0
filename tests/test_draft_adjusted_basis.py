"""Seasonally adjusted and unadjusted figures of one article never meet in a relation
(:mod:`aktobe_facts.text.adjustedbasis`): where the words name both bases, each figure's is read
from its sentence (or the sentence before it in its paragraph), and a figure with no marker is of
neither. Before, a surplus was drafted as the unadjusted exports less the unadjusted imports, and
each adjusted flow as a part of its unadjusted one. The sentences are written for these tests."""

from __future__ import annotations

from _drafted import relations


def _kinds(text: str) -> list[str]:
    return [k for k, _ in relations(text) if k != "growth"]


def test_an_unmarked_balance_joins_no_unadjusted_flows() -> None:
    text = (
        "Utopia posts €3.9bn trade surplus in May\n\nUtopia's trade surplus came to €3.9bn in May, "
        "the statistics office said.\n\nIn seasonally adjusted terms, exports slipped 1.8% to "
        "€14,310m in May and imports fell 2.9% to €10,420m.\n\nBefore seasonal adjustment, "
        "exports dropped 5% on the year to €15,240m in May, and unadjusted imports fell 8% to "
        "€10,970m.\n"
    )
    assert _kinds(text) == ["equal"]  # the headline's surplus again; no difference, no sum


def test_an_adjusted_balance_of_adjusted_flows_is_drafted() -> None:
    text = (
        "Utopia trade report\n\nExports came to €14,310m in May and imports to €10,420m, leaving "
        "a trade surplus of €3,890m, all seasonally adjusted.\n\nBefore seasonal adjustment, "
        "imports fell 8% to €10,970m in May.\n"
    )
    assert (
        "difference",
        {"result": "€3,890m", "minuend": "€14,310m", "subtrahend": "€10,420m"},
    ) in relations(text)


def test_one_basis_named_leaves_the_article_as_it_was() -> None:
    text = (
        "Utopia trade report\n\nUtopia's trade deficit widened to 4.1 billion euros in June, "
        "adjusted customs figures showed.\n\nExports came to 27.3 billion euros in June.\n\n"
        "Imports reached 31.4 billion euros in June.\n"
    )
    assert _kinds(text) == ["difference"]
