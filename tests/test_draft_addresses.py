"""A web address copied with an article's text: its digits are no figures, no periods and no
uncovered numbers (new-user trials of the eighth session: Reuters addresses such as
"...-idINL3N1C529N" gave three coverage warnings, others a claim "27-73310" or "the period
2011"). The texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Severity
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render

BODY = "Wool exports rose 4.2 percent to $310 million in 2031, the office said.\n"


@pytest.mark.parametrize(
    ("head", "address"),
    [
        (
            "Source: Wire (news.example.com/article/wool-exports-idUSL3N2B529K)",
            "news.example.com/article/wool-exports-idUSL3N2B529K",
        ),
        (
            "From https://www.example.org/2031/05/14/wool-up-4-2-to-310m.html",
            "https://www.example.org/2031/05/14/wool-up-4-2-to-310m.html",
        ),
        ("Read at www.example.net/wool?id=20310514", "www.example.net/wool?id=20310514"),
    ],
)
def test_an_address_is_ignored_whole(tmp_path: Path, head: str, address: str) -> None:
    text = f"Wool trade\n\n{head}\n\n{BODY}"
    found = draft(text)
    assert [c.value for c in found.claims] == ["rose 4.2 percent", "$310 million"]
    assert (address, "a web address, not a figure") in [(i.quote, i.reason) for i in found.ignores]
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(found, article), tmp_path / "a.toml", article=article)
    assert not [f for f in check_document(doc) if f.fails_at(Severity.WARNING)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade with the U.S./China bloc reached $310 million in 2031.",
        "Wool sold at $3.10/kg in 2031, and 1/3 of it went abroad.",
    ],
)
def test_no_address_without_a_host_name(sentence: str) -> None:
    assert not [i for i in draft(sentence).ignores if i.reason == "a web address, not a figure"]
