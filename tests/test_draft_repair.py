"""A draft the loader refuses is checked less what it refused (:mod:`aktobe_facts.text.draftrepair`),
never ended in an internal error: change20 found all-capital text ("EXCEEDING THE 10 MILLION") read
with a currency "THE" and written as a value the loader refuses, so `check ARTICLE.txt` exited 3."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest

from aktobe_facts.claims.loader import LoadError
from aktobe_facts.text import articlecheck
from aktobe_facts.text import draft as draft_module
from aktobe_facts.text.draft import Draft, DraftClaim, DraftGroup
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftrepair import without
from test_draft import _in_tmp, run  # noqa: F401 (the CLI, run in a fresh folder)

CAPS = (
    "FIRMS REPORT\n\nSALES OF CARS ROSE TO 5 MILLION IN 2024, EXCEEDING THE 10 MILLION TARGET OF "
    "THE MINISTRY AND THE 3 MILLION OF 2023.\n"
)


def test_all_capital_text_drafts_its_figures_and_none_is_refused() -> None:
    # left21: three capitals are a code only when ISO 4217 has them, and a qualifier in capitals
    # keeps its case, so nothing of this text is refused now
    Path("caps.txt").write_text(CAPS, encoding="utf-8")
    checked = run("check", "caps.txt", "--format", "json")
    assert checked.exit_code in (0, 1), checked.output
    drafted = run("draft", "caps.txt")
    assert drafted.exit_code == 0, drafted.output
    assert 'value = "10 MILLION"' in drafted.output
    assert "which the loader refuses" not in drafted.output


def _refused_value(monkeypatch: pytest.MonkeyPatch, printed: str) -> None:
    """Every draft made with the claim of ``printed`` written as a value the loader refuses (a
    currency code in small letters), as a drafting rule's slip would write it."""
    made = draft_module.draft

    def slipped(text: str) -> Draft:
        found = made(text)
        claims = tuple(
            msgspec.structs.replace(c, value=f"over hrk {c.value}") if c.value == printed else c
            for c in found.claims
        )
        return msgspec.structs.replace(found, claims=claims)

    monkeypatch.setattr(draft_module, "draft", slipped)
    monkeypatch.setattr(articlecheck, "draft", slipped)


def test_an_article_whose_draft_the_loader_refuses_is_checked_less_the_refused_claim(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _refused_value(monkeypatch, "10 million")
    Path("cars.txt").write_text(
        "Sales of cars rose to 5 million in 2024, short of the 10 million target.\n",
        encoding="utf-8",
    )
    checked = run("check", "cars.txt", "--format", "json")
    assert checked.exit_code in (0, 1), checked.output  # was 3: an internal error
    findings = json.loads(checked.output)["files"][0]["findings"]
    unread = [f for f in findings if f["check"] == "coverage" and "10 million" in f["message"]]
    assert unread and unread[0]["severity"] == "warning"  # shown, never silently passed
    drafted = run("draft", "cars.txt")
    assert drafted.exit_code == 0, drafted.output
    assert "which the loader refuses" in drafted.output


def test_an_article_whose_every_claim_the_loader_refuses_has_nothing_to_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # with its last claim refused the draft had no claim, and stopped as an internal error
    _refused_value(monkeypatch, "10 million")
    Path("target.txt").write_text("The target is 10 million cars.\n", encoding="utf-8")
    for command in ("check", "draft"):
        done = run(command, "target.txt")
        assert done.exit_code == 2, done.output  # was 3
        assert "no figure read that a claims file states" in done.output


def _draft() -> Draft:
    claims = (
        DraftClaim("a", "A 5", "5", group="g"),
        DraftClaim("b", "B 3", "3", group="g"),
        DraftClaim("c", "C 8", "8"),
    )
    relations = (
        DraftRelation("total", "sum", {"total": "c", "parts": ["a", "b"]}),
        DraftRelation("order", "order", {"larger": "c", "smaller": "b"}),
    )
    return Draft("t", claims, (DraftGroup("g", "a"),), relations=relations)


def _refusal(item: str) -> LoadError:
    return LoadError("<draft>", "refused", line=3, item=item)


def test_a_refused_claim_takes_its_relations_and_its_place_in_a_group() -> None:
    fewer = without(_draft(), _refusal("claim 'a'"))
    assert fewer is not None
    assert [c.id for c in fewer.claims] == ["b", "c"]
    assert [r.id for r in fewer.relations] == ["order"]  # the sum named 'a'
    assert fewer.groups == (DraftGroup("g", "b"),)  # written before its first member left
    assert fewer.notes[-1].startswith("not drafted: claim 'a', which the loader refuses")


def test_a_refused_relation_or_group_goes_alone() -> None:
    fewer = without(_draft(), _refusal("relation 'order'"))
    assert fewer is not None and [r.id for r in fewer.relations] == ["total"]
    assert len(fewer.claims) == 3
    ungrouped = without(_draft(), _refusal("group 'g'"))
    assert ungrouped is not None and ungrouped.groups == ()
    assert all(c.group is None for c in ungrouped.claims)


def test_a_refusal_naming_no_drafted_item_stays_an_error() -> None:
    assert without(_draft(), _refusal("[settings]")) is None
    assert without(_draft(), _refusal("claim 'zz'")) is None
    assert without(_draft(), LoadError("<draft>", "refused")) is None
