"""A balance whose words name another level of government ("at state sector level", "the
consolidated deficit", "the general government deficit", "of local governments"), after revenue
and spending that name none, is that level's, never their gap (text/balancelevel), twenty-seventh
session, sweepfix27 (Sweep R's held text on a national budget: its own deficit in the first
sentence, then "At state sector level, the fiscal deficit ... was 181.1 billion Dinars" drafted as
the national revenue less spending, a false error). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from _drafted import relations

_FLOWS = (
    "The ministry said budget revenue reached 1,412 billion euros while spending totaled "
    "1,530 billion euros."
)


def _differences(text: str) -> list[tuple[str, str, str]]:
    return [
        (fields["result"], fields["minuend"], fields["subtrahend"])
        for kind, fields in relations(text)
        if kind == "difference"
    ]


@pytest.mark.parametrize(
    "balance",
    [
        "At state sector level, the deficit was 121.4 billion euros.",
        "The consolidated deficit was 121.4 billion euros.",
        "The general government deficit was 121.4 billion euros.",
        "The deficit of local governments was 121.4 billion euros.",
        "At public sector level, the fiscal deficit was 121.4 billion euros.",
    ],
)
def test_a_balance_of_another_level_is_no_gap_of_the_flows(balance: str) -> None:
    assert _differences(f"{_FLOWS}\n\n{balance}") == []


def test_the_budget_own_deficit_is_drafted_beside_another_level() -> None:
    text = (
        "The national budget deficit stood at 118 billion euros, the ministry said.\n\n"
        f"{_FLOWS}\n\nAt state sector level, the deficit was 121.4 billion euros."
    )
    assert _differences(text) == [
        ("118 billion euros", "1,530 billion euros", "1,412 billion euros")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The deficit was 118 billion euros. " + _FLOWS,
        "General government revenue reached 1,412 billion euros while general government "
        "spending totaled 1,530 billion euros. The general government deficit was 118 billion "
        "euros.",
        "At state sector level, the deficit was 118 billion euros. Revenue reached 1,412 billion "
        "euros while spending totaled 1,530 billion euros.",
    ],
)
def test_a_balance_of_the_flows_own_level_is_their_gap(text: str) -> None:
    assert len(_differences(text)) == 1
