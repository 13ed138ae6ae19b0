"""Quotes and ``[[ignore]]`` passages that occur many times in the article: each distinct one is
found once, a claim's quote is counted without making its places, and the places of ignore
passages are capped (placement.MAX_IGNORED_PLACES), with a warning past the cap.

Work is counted (places made), never timed: 50 claims quoting "a" and 50 ignore entries quoting
"1" in a megabyte where each occurs 250,000 times took 203 s and 3.7 GB.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import load
from aktobe_facts.findings import Finding, Outcome
from aktobe_facts.text import placement as placement_module
from aktobe_facts.text.quotes import Folded

REPEAT = 2_000


def article_and_claims(tmp_path: Path, claims: int, ignores: list[str]) -> Path:
    (tmp_path / "article.txt").write_text("a 1 " * REPEAT + "b 22 c 333\n", encoding="utf-8")
    text = '[article]\npath = "article.txt"\n\n'
    text += "".join(
        f'[[claim]]\nid = "c{i}"\nquote = "A"\nvalue = "{i + 1}"\n\n' for i in range(claims)
    )
    text += '[[claim]]\nid = "b"\nquote = "b 22"\nvalue = "22"\n\n'
    text += "".join(f'[[ignore]]\nquote = "{q}"\nreason = "r"\n\n' for q in ignores)
    path = tmp_path / "claims.toml"
    path.write_text(text, encoding="utf-8")
    return path


def count_places(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the places made in the article (one per occurrence found)."""
    made = [0]
    original = Folded.span

    def span(self: Folded, start: int, end: int) -> tuple[int, int]:
        made[0] += 1
        return original(self, start, end)

    monkeypatch.setattr(Folded, "span", span)
    return made


def coverage(findings: list[Finding]) -> list[str]:
    """The coverage check's messages, the ratio last."""
    messages = [f.message for f in findings if f.check == "coverage"]
    return sorted(messages, key=lambda m: " numbers of " in m and " are covered (" in m)


def test_each_quote_and_passage_is_found_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = load(article_and_claims(tmp_path, 50, ["1"] * 50 + ["333"]))
    made = count_places(monkeypatch)
    findings = check_document(doc)
    # the "1" passage's places once, one place per claim quote; it was 50 × 2,000 for each
    assert made[0] <= REPEAT + 50 + 10
    provenance = next(f for f in findings if f.check == "provenance")
    assert provenance.outcome is Outcome.PASS
    assert provenance.notes[0].startswith(f"c0: the quote occurs {REPEAT} times in")
    messages = coverage(findings)
    assert messages[-1] == (
        f"{REPEAT + 2} of {REPEAT + 2} numbers of {tmp_path / 'article.txt'} are covered "
        f"(100.0%): 1 by claims, {REPEAT + 1} ignored, 0 uncovered"
    )


def test_ignored_places_past_the_cap_count_as_uncovered_and_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(placement_module, "MAX_IGNORED_PLACES", 1_500)
    path = article_and_claims(tmp_path, 1, ["1", "1", "333", "22"])
    findings = check_document(load(path))
    messages = coverage(findings)
    article = tmp_path / "article.txt"
    assert (
        f'the [[ignore]] passages occur more than 1,500 times in {article}: from the entry "1" '
        "on, only the first 1,500 places are taken, and numbers in the others count as uncovered"
    ) in messages
    # the 500 "1"s past the cap are uncovered, and "333", whose entry is past it too (not stale:
    # it occurs, and was not looked for)
    assert messages[-1] == (
        f"1501 of 2002 numbers of {article} are covered (75.0%): 1 by claims, 1500 ignored, "
        "501 uncovered"
    )
    assert not any("covers nothing" in m for m in messages)
