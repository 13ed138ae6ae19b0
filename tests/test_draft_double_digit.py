"""A rise "in double digits" told before its own percent in one sentence
(:mod:`aktobe_facts.text.draftdoubledigit`): the percent is drafted as at least 10 percent; and
the near shapes that draft nothing. Every sentence here is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft

DATELINE = "CAPITAL, March 2031\n\n"


def at_least_ten(sentence: str) -> list[str]:
    """The percents the draft says are at least 10 percent, as written."""
    found = draft(DATELINE + sentence)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        values[str(r.fields["expr"]).split(" ", 1)[0]]
        for r in found.relations
        if r.kind == "equation" and str(r.fields.get("expr", "")).endswith('>= "10 percent"')
    ]


def test_double_digit_growth_then_its_percent() -> None:
    assert at_least_ten(
        "Exports to Ruritania kept up double-digit growth for a third month, climbing 14.2 "
        "percent to $3.1 billion on higher shipments of tin."
    ) == ["climbing 14.2 percent"]
    assert at_least_ten(
        "Wool sales posted double-digit gains again, jumping by 31 per cent to 4,200 tonnes."
    ) == ["jumping by 31 per cent"]


def test_both_grew_at_a_double_digit_pace() -> None:
    assert at_least_ten(
        "Sales and output both grew at a double-digit pace: sales rose 12.9 percent to $4.2 "
        "billion and output by 20.9 percent to $3.3 billion."
    ) == ["rose 12.9 percent", "20.9 percent"]


def test_the_words_holding_their_own_figure_draw_nothing() -> None:
    assert at_least_ten("Tourism enjoyed double digit growth of 18% in February.") == []
    assert at_least_ten("Trade grew by a double-digit 11.6 per cent to $5 billion.") == []


def test_another_subject_or_a_hedge_draws_nothing() -> None:
    assert (
        at_least_ten("Exports kept up double-digit growth, while imports rose 5.2 percent.") == []
    )
    assert at_least_ten("Sales came close to double-digit growth, rising 9.7 percent.") == []
    assert (
        at_least_ten(
            "Sales are expected to return to double-digit growth, after rising 4.1 percent in 2030."
        )
        == []
    )


def test_two_percents_without_both_or_a_fall_draw_nothing() -> None:
    assert (
        at_least_ten(
            "Sales grew at a double-digit pace: sales rose 12.9 percent to $4.2 billion and "
            "output by 20.9 percent to $3.3 billion."
        )
        == []
    )
    assert at_least_ten("Exports kept up double-digit growth, falling 12 percent in March.") == []


@pytest.mark.parametrize(("percent", "outcome"), [("14.2", Outcome.PASS), ("8.4", Outcome.FAIL)])
def test_the_check_reads_the_drafted_equation(
    tmp_path: Path, percent: str, outcome: Outcome
) -> None:
    text = (
        f"{DATELINE}Exports to Ruritania kept up double-digit growth for a third month, climbing "
        f"{percent} percent to $3.1 billion on higher shipments of tin."
    )
    assert outcomes(text, tmp_path, ("equation",)) == [("equation", outcome)]
