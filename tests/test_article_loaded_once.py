"""An article's check loads its drafted claims file once (nineteenth session, speed19).

The draft used to be loaded twice: once to prove it loads (with no project settings, under the
name ``<draft of ...>``), then to be checked. With no project settings the two loads are the same
but for the name in their messages, so the proof is made only when the check's load fails, to
raise what it raised (a draft that does not load is the drafting's bug). Project settings can make
a load pass or fail that the proof's would not: then both loads are made, as before.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from aktobe_facts.claims import loader
from aktobe_facts.claims.model import ClaimsFile, Settings
from aktobe_facts.text import articlecheck, drafttoml
from aktobe_facts.text.articlecheck import loaded_article
from aktobe_facts.text.drafttoml import DraftLoadError

PIECE = "Sales rose 12% to $5.6 billion in 2031 from $5 billion.\n"


@pytest.fixture
def names(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every claims file loaded, in turn ("proof" for the draft's proof)."""
    seen: list[str] = []

    def counted(
        text: str,
        path: Path | str = "<string>",
        defaults: Settings | None = None,
        article: Path | str | None = None,
    ) -> ClaimsFile:
        seen.append("proof" if str(path).startswith("<draft of ") else Path(path).name)
        return loader.loads(text, path, defaults, article)

    monkeypatch.setattr(articlecheck, "loads", counted)
    monkeypatch.setattr(drafttoml, "loads", counted)
    return seen


def _article(tmp_path: Path) -> Path:
    article = tmp_path / "piece.txt"
    article.write_text(PIECE, encoding="utf-8")
    return article


def test_with_no_project_settings_the_draft_is_loaded_once(
    names: list[str], tmp_path: Path
) -> None:
    doc, _ = loaded_article(_article(tmp_path))
    assert names == ["piece.txt.claims.toml"]
    assert len(doc.claims) == 3
    loaded_article(_article(tmp_path), Settings())  # settings equal to none: the same
    assert names == ["piece.txt.claims.toml"] * 2


def test_with_project_settings_the_draft_is_proved_first(names: list[str], tmp_path: Path) -> None:
    doc, _ = loaded_article(_article(tmp_path), Settings(approx=Fraction(1, 10)))
    assert names == ["proof", "piece.txt.claims.toml"]
    assert doc.settings.approx == Fraction(1, 10)


def test_a_draft_that_does_not_load_raises_the_proofs_error(
    names: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(drafttoml, "toml_escaped", lambda text: text + "\n[[claim]]\nid = 3\n")
    with pytest.raises(DraftLoadError, match=r"^the draft does not load: <draft of "):
        loaded_article(_article(tmp_path))
    assert names == ["piece.txt.claims.toml", "proof"]
