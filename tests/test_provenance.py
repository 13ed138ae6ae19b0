"""Provenance: every quote occurs in the article, folded as a reader would; where it is."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import load
from aktobe_facts.findings import Finding, Outcome, Severity
from aktobe_facts.text import quotes
from aktobe_facts.text.placement import where
from aktobe_facts.text.quotes import Folded, Lines, normalise
from conftest import findings_of

Write = Callable[[str, str], Path]

ARTICLE = (
    "ORAL – The akimat said on Monday that\n"
    "“the new bridge cost 12.4\u00a0billion tenge” and took\n"
    "three years to build.\n"
    "Traffic on the old crossing fell by 18 percent — officials said — in the first month.\n"
)


def _check(write: Write, tmp_path: Path, claims: str) -> tuple[list[Finding], Path]:
    (tmp_path / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    path = write('[article]\npath = "bridge.txt"\n' + textwrap.dedent(claims), "claims.toml")
    findings = check_document(load(path), ["provenance"])
    return findings, path


def test_typographic_quotes_line_breaks_and_dashes_are_folded(
    write_claims: Write, tmp_path: Path
) -> None:
    findings, path = _check(
        write_claims,
        tmp_path,
        """
        [[claim]]
        id = "cost"
        quote = 'said on Monday that "The new bridge cost 12.4 billion tenge"'
        value = "12.4 billion tenge"

        [[claim]]
        id = "traffic"
        quote = "fell by 18 percent - officials said - in the first month"
        value = "18 percent"
        """,
    )
    assert [(f.outcome, f.claims) for f in findings] == [(Outcome.PASS, ())]
    assert findings[0].message.startswith("2 of 2 quotes occur in")
    doc = load(path)
    place = where(doc, "cost")
    assert place is not None
    assert (place.line, place.column, place.end_line) == (1, 19, 2)
    assert ARTICLE[place.start : place.end] == (
        "said on Monday that\n“the new bridge cost 12.4\u00a0billion tenge”"
    )


def test_a_quote_not_in_the_article_is_an_error_with_the_closest_passage(
    write_claims: Write, tmp_path: Path
) -> None:
    findings, _ = _check(
        write_claims,
        tmp_path,
        """
        [[claim]]
        id = "cost"
        quote = "the new bridge cost 12.8 billion tenge"
        value = "12.8 billion tenge"

        [[claim]]
        id = "traffic"
        quote = "fell by 18 percent"
        value = "18 percent"
        """,
    )
    (missing,) = [f for f in findings if f.outcome is Outcome.FAIL]
    assert missing.severity is Severity.ERROR and missing.claims == ("cost",)
    assert missing.line == 6  # the quote field of the claim
    assert "does not occur" in missing.message
    assert "on line 2" in missing.message
    assert '"the new bridge cost 12.4 billion tenge"' in missing.message
    assert missing.nearest is not None and missing.nearest.startswith(f"{tmp_path}/bridge.txt:2:")
    assert missing.suggestion is not None and "12.4" in missing.suggestion


def test_a_quote_sharing_no_word_is_still_reported(write_claims: Write, tmp_path: Path) -> None:
    findings, _ = _check(
        write_claims,
        tmp_path,
        """
        [[claim]]
        id = "x"
        quote = "zzz 77 qqq"
        value = "77"
        """,
    )
    (missing,) = findings
    assert missing.outcome is Outcome.FAIL
    assert "no passage of the article shares a word" in missing.message


def test_a_repeated_quote_is_tied_to_its_first_place(write_claims: Write, tmp_path: Path) -> None:
    findings, path = _check(
        write_claims,
        tmp_path,
        """
        [[claim]]
        id = "said"
        quote = "said"
        value = "1"
        """,
    )
    (passed,) = findings
    assert any("occurs 2 times" in note for note in passed.notes)
    place = where(load(path), "said")
    assert place is not None and (place.line, place.column) == (1, 19)


def test_without_an_article_nothing_is_checked() -> None:
    assert findings_of('[[claim]]\nid = "a"\nquote = "nowhere"\nvalue = "3"\n', "provenance") == []


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("«Twelve»  ‘units’", "\"twelve\" 'units'"),
        ("2018\u20132020 \u2014 x\u2212y", "2018-2020 - x-y"),
        ("a\u00a0\u202f\tb\r\nc", "a b c"),
        ("inter\u00adnational", "international"),
    ],
)
def test_normalise(text: str, folded: str) -> None:
    assert normalise(text) == folded


def test_folded_offsets_map_back_to_the_original() -> None:
    text = "A  \n\u00a0“Quote” with\u00ad soft – dash\n"
    folded = Folded(text)
    (found,) = folded.find_all('"quote" with soft - dash')
    assert text[found[0] : found[1]] == "“Quote” with\u00ad soft – dash"
    assert Lines(text).place(*found).line == 2


def test_nearest_compares_a_few_passages_of_a_long_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The work is bounded by what is compared character by character (at most CANDIDATES places,
    # each as long as the quote), not by the article's length; speed itself is the benchmark's.
    compared: list[int] = []
    real = SequenceMatcher

    def counting(junk: None, a: str, b: str, autojunk: bool) -> SequenceMatcher[str]:
        compared.append(len(b))
        return real(junk, a, b, autojunk=autojunk)

    monkeypatch.setattr(quotes, "SequenceMatcher", counting)
    body = "The council met and talked about roads and schools. " * 60_000  # about 3 MB
    text = body + "At last 7,250 trees were planted in the park.\n" + body
    folded = Folded(text)
    near = folded.nearest("at last 7,205 trees were planted")
    assert 0 < len(compared) <= quotes.CANDIDATES
    assert max(compared) < 100
    assert near is not None
    start, end, ratio = near
    assert "7,250 trees were planted" in text[start:end] and ratio > 0.8
