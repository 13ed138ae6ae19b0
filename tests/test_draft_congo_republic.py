""" "Congo Republic", as the wire services name the Republic of the Congo, says an article's CFA
francs are the Central African franc (text/draftcurrency.py, twenty-fourth session); "Congo" alone
and the Democratic Republic's name say nothing. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_trial9_forms import drafted, units


def test_congo_republic_names_the_central_african_franc(tmp_path: Path) -> None:
    text = "Congo Republic plans to spend 3.77 trillion CFA francs ($6.23 billion) next year.\n"
    claims = drafted(tmp_path, text)
    assert units(claims, tmp_path) == {"XAF", "USD"}
    assert 'counterpart = "$6.23 billion"' in claims


@pytest.mark.parametrize(
    "text",
    [
        "Congo plans to spend 3.77 trillion CFA francs next year.",
        "The Democratic Republic of Congo plans to spend 3.77 trillion CFA francs next year.",
    ],
)
def test_congo_alone_or_the_democratic_republic_names_no_cfa_franc(
    tmp_path: Path, text: str
) -> None:
    assert units(drafted(tmp_path, text + "\n"), tmp_path) == set()
