"""A draft the loader refuses is checked less what it refused (:mod:`aktobe_facts.text.draftrepair`),
never ended in an internal error: change20 found all-capital text ("EXCEEDING THE 10 MILLION") read
with a currency "THE" and written as a value the loader refuses, so `check ARTICLE.txt` exited 3."""

from __future__ import annotations

import json
from pathlib import Path

from aktobe_facts.claims.loader import LoadError
from aktobe_facts.text.draft import Draft, DraftClaim, DraftGroup
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftrepair import without
from test_draft import _in_tmp, run  # noqa: F401 (the CLI, run in a fresh folder)

CAPS = (
    "FIRMS REPORT\n\nSALES OF CARS ROSE TO 5 MILLION IN 2024, EXCEEDING THE 10 MILLION TARGET OF "
    "THE MINISTRY AND THE 3 MILLION OF 2023.\n"
)


def test_an_article_whose_draft_the_loader_refuses_is_checked_less_the_refused_claim() -> None:
    Path("caps.txt").write_text(CAPS, encoding="utf-8")
    checked = run("check", "caps.txt", "--format", "json")
    assert checked.exit_code in (0, 1), checked.output  # was 3: an internal error
    findings = json.loads(checked.output)["files"][0]["findings"]
    unread = [f for f in findings if f["check"] == "coverage" and "10 MILLION" in f["message"]]
    assert unread and unread[0]["severity"] == "warning"  # shown, never silently passed
    drafted = run("draft", "caps.txt")
    assert drafted.exit_code == 0, drafted.output
    assert "not drafted: claim 'target_ministry', which the loader refuses" in drafted.output


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
