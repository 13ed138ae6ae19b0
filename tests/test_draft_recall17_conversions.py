"""Conversions of a period told again undated (eighteenth session, recall17): after "the first
half of 2031", "in H1" or "during the January-June period" names the same months, so the
conversions of those sentences are of that half and drafted (text/draftdates.py,
``_other_than``), where all eleven of one fresh text were left as notes. Sentences written for
these tests around numeric phrases as the source printed them: worldbulletin.net 205038
(2018-08-15: "exported goods worth €1.12 trillion ($1.21 trillion) in the first half of 2018",
"in H1 rose 3.8 percent reach to €1.02 billion ($1.1 trillion)", "surplus stood at €100.7
billion (nearly $109 billion) during the January-June period")."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft

LEAD = "Ruritania exported goods worth €1.12 trillion ($1.21 trillion) in the first half of 2031. "


def _converted(text: str) -> list[str]:
    return [c.value or "" for c in draft(text).claims if c.counterparts]


@pytest.mark.parametrize(
    "sentence",
    [
        "Imports in H1 came to €1.02 trillion ($1.1 trillion).",
        "The surplus stood at €100.7 billion (nearly $109 billion) during the January-June period.",
        "In the first half, imports came to €1.02 trillion ($1.1 trillion).",
    ],
)
def test_a_half_told_again_undated_is_the_lead_s_half(sentence: str) -> None:
    assert len(_converted(LEAD + sentence)) == 2


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a month of the half: another period, whose rate may differ
        ("In March, imports came to €1.02 trillion ($1.1 trillion).", "march"),
        # a quarter of the half
        ("In January-March, imports came to €1.02 trillion ($1.1 trillion).", "january-march"),
        # the other half
        ("In H2, imports came to €1.02 trillion ($1.1 trillion).", "h2"),
    ],
)
def test_near_miss_another_span_stays_open(sentence: str, words: str) -> None:
    # never the lead's half: dated by its own words, it shares a rate only with their figures
    converted = [(c.value, c.period, c.dated_by) for c in draft(LEAD + sentence).claims]
    assert converted == [("€1.12 trillion", "2031-H1", None), ("€1.02 trillion", None, words)]
