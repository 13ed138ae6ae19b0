"""A share with its whole and its part after "or" in one phrase (:mod:`aktobe_facts.text.draftshareof`):
"W, P of which, or A" and "P of the W ..., or A". Every sentence here is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render

DATELINE = "CAPITAL, March 2024\n\n"


def shares(text: str) -> list[dict[str, str]]:
    found = draft(DATELINE + text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        {k: values[v] for k, v in r.fields.items() if isinstance(v, str)}
        for r in found.relations
        if r.kind == "share"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Grain sales totalled 12.5 million tonnes in 2023, 60 percent of which, or 7.5 million "
        "tonnes, went abroad.",
        "Exports took 60 percent of the 12.5 million tonnes of grain sold in 2023, or 7.5 million "
        "tonnes.",
    ],
)
def test_the_share_its_whole_and_its_part(text: str) -> None:
    assert shares(text) == [
        {"share": "60 percent", "part": "7.5 million tonnes", "whole": "12.5 million tonnes"}
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the part in another unit
        "Grain sales totalled 12.5 million tonnes in 2023, 60 percent of which, or $7.5 million, "
        "went abroad.",
        # a change, not a share
        "Exports rose 60 percent of the 12.5 million tonnes sold in 2023, or 7.5 million tonnes.",
        # another figure between the whole and the part
        "Exports took 60 percent of the 12.5 million tonnes sold in 2023 against 9 million tonnes "
        "in 2022, or 7.5 million tonnes.",
    ],
)
def test_no_share_where_the_words_leave_it_uncertain(text: str) -> None:
    assert shares(text) == []


def test_a_slip_in_the_part_is_found(tmp_path: Path) -> None:
    text = DATELINE + (
        "Grain sales totalled 12.5 million tonnes in 2023, 60 percent of which, or 9.5 million "
        "tonnes, went abroad.\n"
    )
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(draft(text), article, "article.txt"), tmp_path / "a.toml", article=article)
    assert Outcome.FAIL in [f.outcome for f in check_document(doc) if f.check == "share-of-whole"]
