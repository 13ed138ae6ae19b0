"""A level compared with a list of earlier ones, each with its own growth in brackets ("23,841
passengers in May 2030, against 21,941 passengers (+8.7%) in May 2029 and 25,916 passengers
(-8.0%) in May 2025"): the last growth is the first level's over the last base, never a growth to
that base (draftgrowth.listed_from, _listed_pair); a list whose levels count their noun is a list
of bases too. Twenty-seventh session; the sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


def _growths(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (fields["growth"], fields["current"], fields.get("base"))
        for kind, fields in relations(text)
        if kind == "growth"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry traffic reached 23,841 passengers in May 2030, against 21,941 passengers (+8.7%) "
        "in May 2029 and 25,916 passengers (-8.0%) in May 2025.",
        "Ferry traffic reached 23,841 passengers in May 2030, against 21,941 (+8.7%) in May 2029 "
        "and 25,916 (-8.0%) in May 2025.",
        "On an average day the port held 23,841 cars in May 2030, against 21,941 cars (+8.7%) in "
        "May 2029 and 25,916 cars (-8.0%) in May 2025.",
    ],
)
def test_the_last_bracketed_growth_is_the_first_levels(text: str) -> None:
    found = _growths(text)
    assert ("-8.0%", "23,841", "25,916") in found
    assert not [g for g in found if g[1] == "25,916"]


@pytest.mark.parametrize(
    "text",
    [
        # a list of bases whose levels count their noun, then a growth with no bracket
        "Ferry traffic reached 23,841 passengers in May 2030, against 21,941 passengers in May "
        "2029 and 25,916 passengers in May 2025, a fall of 8.0% on May 2025.",
        # the last base's period is not earlier than the level's
        "Ferry traffic reached 23,841 passengers in May 2030, against 21,941 passengers (+8.7%) "
        "in May 2029 and 25,916 passengers (-8.0%) in May 2031.",
    ],
)
def test_no_growth_to_a_listed_base(text: str) -> None:
    assert not [g for g in _growths(text) if g[1] == "25,916" or g[2] == "25,916"]


@pytest.mark.parametrize(("percent", "outcome"), [("-8.0%", Outcome.PASS), ("-9.0%", Outcome.FAIL)])
def test_the_growth_is_checked(tmp_path: Path, percent: str, outcome: Outcome) -> None:
    text = (
        "Ferry traffic reached 23,841 passengers in May 2030, against 21,941 passengers (+8.7%) "
        f"in May 2029 and 25,916 passengers ({percent}) in May 2025."
    )
    assert (("growth", outcome)) in outcomes(text, tmp_path, ("growth",))
