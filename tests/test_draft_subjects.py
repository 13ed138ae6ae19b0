"""The subjects of drafted counts (:mod:`aktobe_facts.text.draftsubjects`): counts of one noun in
one period whose figures cannot be equal get no subject and a note, since the draft cannot tell
different owners from a slip; counts that can be one figure keep theirs. Every sentence here is
written for these tests."""

from __future__ import annotations

from pathlib import Path

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render

OWNERS = (
    "In 2023 the northern plants made 155 million widgets. In 2023 the southern plants made 940 "
    "million widgets.\n"
)


def subjects(text: str) -> dict[str, str | None]:
    return {c.value or "": c.subject for c in draft(text).claims}


def test_counts_of_different_owners_get_no_subject_and_a_note() -> None:
    found = draft(OWNERS)
    assert {c.subject for c in found.claims if c.kind == "count"} == {None}
    (note,) = [n for n in found.notes if "widgets" in n]
    assert "may count different things" in note


def test_a_count_given_twice_keeps_its_subject() -> None:
    text = (
        "In 2023 the plants made 155 million widgets. Officials confirmed the 155 million "
        "widgets made in 2023.\n"
    )
    assert set(subjects(text).values()) == {"widgets"}


def test_the_checked_draft_warns_on_no_guess(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(OWNERS, encoding="utf-8")
    doc = loads(render(draft(OWNERS), article, "article.txt"), tmp_path / "a.toml", article=article)
    assert [f for f in check_document(doc) if f.check == "same-subject"] == []
