"""Coverage: the uncovered numbers glued to the same letters are one warning that names each
number, its place and its context (an unread spelling is one thing to mend: the nineteenth
session's run gave one text's eight prices glued to "kgMS" eight warnings); every other uncovered
number keeps a warning of its own. The sentences are ours."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import load
from aktobe_facts.findings import Finding, Severity

Write = Callable[[str, str], Path]

ARTICLE = (
    "Flows through the link were 12mcm/d in May, 14mcm/d in June and 15mcm/d in July.\n"
    "Two new pumps arrived; the old line carried 9mcm/y and 7MCM/d.\n"
)
CLAIMS = '[[claim]]\nid = "pumps"\nquote = "Two new pumps"\nvalue = "Two"\n'


def _warnings(write: Write, tmp_path: Path, article: str = ARTICLE) -> list[Finding]:
    (tmp_path / "flows.txt").write_text(article, encoding="utf-8")
    path = write('[article]\npath = "flows.txt"\n' + textwrap.dedent(CLAIMS), "claims.toml")
    findings = check_document(load(path), ["coverage"])
    return [f for f in findings if f.severity is Severity.WARNING]


def test_numbers_glued_to_one_spelling_are_one_warning_naming_each(
    write_claims: Write, tmp_path: Path
) -> None:
    glued, *others = _warnings(write_claims, tmp_path)
    assert '3 numbers glued to "mcm/d"' in glued.message
    assert '"12" at 1:29, "14" at 1:45, "15" at 1:65' in glued.message
    assert [s.label for s in glued.inputs] == ["number"] * 3
    assert "in June and 15mcm/d" in glued.inputs[1].text  # each number's context
    # another spelling, and another case of the same letters, keep a warning each
    assert ['"9"' in others[0].message, '"7"' in others[1].message] == [True, True]
    assert len(others) == 2


def test_near_miss_a_number_glued_alone_keeps_its_own_warning(
    write_claims: Write, tmp_path: Path
) -> None:
    found = _warnings(write_claims, tmp_path, "The link carried 12mcm/d in May.\nTwo new pumps.\n")
    assert len(found) == 1 and '"12" is in no claim\'s quote' in found[0].message
