"""A number of grouped thousands, a comma and a space, then three digits alone ("5,412, 730
tonnes"): one number printed with a space after a comma, or two figures of a list. The draft reads
each piece as printed (so every numeral is in a claim's quote and coverage has nothing to say) but
drafts no relation on either: its growth is never that of "730 tonnes". Audit of the sixteenth
held-out set (nineteenth session); the sentences are ours."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


def _tied(text: str) -> list[str]:
    """The values of the claims the draft's relations tie."""
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    tied: list[str] = []
    for r in found.relations:
        for v in r.fields.values():
            ids = [v] if isinstance(v, str) else v if isinstance(v, list) else []
            tied += [values[i] for i in ids if i in values]
    return tied


def test_a_space_after_a_groups_comma_leaves_both_pieces_untied() -> None:
    text = "Grain imports came to 5,412, 730 tonnes in 2031, an annual increase of 12.5%."
    found = draft(text)
    assert [c.value for c in found.claims][:2] == ["5,412", "730 tonnes"]
    assert not found.unread  # both quoted: no figure left for coverage to warn of
    assert _tied(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Grain imports came to 5,412,730 tonnes in 2031, an annual increase of 12.5%.",
        "In 2031, 730 tonnes of grain came in, an annual increase of 12.5%.",
    ],
)
def test_one_number_or_a_year_before_a_comma_keeps_its_growth(text: str) -> None:
    assert "an increase of 12.5%" in _tied(text)
