"""Linking a claims file to its article: [article] path and sha256, --article, confinement, limits."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aktobe_facts.api import check_file, check_paths
from aktobe_facts.claims.loader import LoadError, load
from aktobe_facts.cli import app
from aktobe_facts.findings import Outcome, Severity
from aktobe_facts.text.article import MAX_ARTICLE_BYTES

ARTICLE = "The ferry carried 240 passengers across the Ural in 2023.\n"

CLAIM = """
[[claim]]
id = "passengers"
quote = "carried 240 passengers across the Ural in 2023"
value = "240"
"""

Write = Callable[[str, str], Path]


def _linked(write: Write, link: str, extra: str = "") -> Path:
    return write(f'[article]\npath = "{link}"\n{extra}\n{CLAIM}', "claims.toml")


def test_path_is_read_relative_to_the_claims_file(write_claims: Write, tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    doc = load(_linked(write_claims, "texts/ferry.txt"))
    assert doc.article_file is not None
    assert doc.article_file.text == ARTICLE
    assert doc.article_file.path == str(tmp_path / "texts" / "ferry.txt")
    assert doc.article_file.line == 2  # the line of the path field, for findings about it


def test_no_link_means_no_article(write_claims: Write) -> None:
    assert load(write_claims(CLAIM, "claims.toml")).article_file is None


@pytest.mark.parametrize(
    ("link", "words"),
    [
        ("../outside.txt", "leaves the claims file's folder"),
        ("texts/../../outside.txt", "leaves the claims file's folder"),
        ("/etc/passwd", "absolute path"),
        ("C:/secrets.txt", "absolute path"),
        ("..\\\\outside.txt", "backslashes"),
        ("", "empty"),
    ],
)
def test_a_link_may_not_leave_the_folder(
    write_claims: Write, tmp_path: Path, link: str, words: str
) -> None:
    (tmp_path / "outside.txt").write_text(ARTICLE, encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    path = inner / "claims.toml"
    path.write_text(f'[article]\npath = "{link}"\n{CLAIM}', encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load(path)
    error = caught.value
    assert words in error.message
    assert (error.path, error.line, error.item, error.field) == (
        str(path),
        2,
        "[article]",
        "path",
    )


def test_a_symlink_pointing_out_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("PIN 4921\n", encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "article.txt").symlink_to(secret)
    (inner / "sub").symlink_to(tmp_path)
    for link in ("article.txt", "sub/secret.txt"):
        path = inner / "claims.toml"
        path.write_text(f'[article]\npath = "{link}"\n{CLAIM}', encoding="utf-8")
        with pytest.raises(LoadError) as caught:
            load(path)
        assert "outside the claims file's folder" in caught.value.message
        assert caught.value.field == "path"
        assert "4921" not in str(caught.value)


def test_a_symlink_inside_the_folder_is_followed(write_claims: Write, tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real.txt")
    doc = load(_linked(write_claims, "alias.txt"))
    assert doc.article_file is not None and doc.article_file.text == ARTICLE


def test_a_missing_article_is_a_load_error_and_exit_2(write_claims: Write) -> None:
    path = _linked(write_claims, "gone.txt")
    with pytest.raises(LoadError) as caught:
        load(path)
    assert "not found" in caught.value.message
    assert (caught.value.line, caught.value.field) == (2, "path")
    result = CliRunner().invoke(app, ["check", str(path), "--format", "line"])
    assert result.exit_code == 2


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"Sales of \xff 12 units\n", "not UTF-8"),
        (b"Twelve\x00 units\n", "NUL"),
        (b"x" * (MAX_ARTICLE_BYTES + 1), "limit"),
    ],
)
def test_an_unreadable_article_is_refused(
    write_claims: Write, tmp_path: Path, data: bytes, words: str
) -> None:
    (tmp_path / "bad.txt").write_bytes(data)
    with pytest.raises(LoadError) as caught:
        load(_linked(write_claims, "bad.txt"))
    assert words in caught.value.message
    assert caught.value.field == "path"


def test_a_directory_is_not_an_article(write_claims: Write, tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(LoadError, match="not a regular file"):
        load(_linked(write_claims, "folder"))


def test_a_byte_order_mark_is_dropped(write_claims: Write, tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    doc = load(_linked(write_claims, "bom.txt"))
    assert doc.article_file is not None and doc.article_file.text == ARTICLE


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_a_matching_hash_passes(write_claims: Write, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = _linked(write_claims, "a.txt", f'sha256 = "{_sha(ARTICLE).upper()}"')
    (finding,) = [f for f in check_file(path).findings if f.check == "article"]
    assert finding.outcome is Outcome.PASS


def test_a_hash_mismatch_is_a_warning_with_both_hashes(write_claims: Write, tmp_path: Path) -> None:
    edited = ARTICLE.replace("240", "420")
    (tmp_path / "a.txt").write_text(edited, encoding="utf-8")
    path = _linked(write_claims, "a.txt", f'sha256 = "{_sha(ARTICLE)}"')
    report = check_file(path)
    (finding,) = [f for f in report.findings if f.check == "article"]
    assert finding.outcome is Outcome.FAIL and finding.severity is Severity.WARNING
    assert _sha(ARTICLE) in finding.message and _sha(edited) in finding.message
    assert finding.line == 2


def test_a_malformed_hash_is_a_load_error(write_claims: Write, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load(_linked(write_claims, "a.txt", 'sha256 = "abc"'))
    assert (caught.value.line, caught.value.field) == (3, "sha256")


def test_article_option_replaces_the_link_and_is_trusted(
    write_claims: Write, tmp_path: Path
) -> None:
    elsewhere = tmp_path.parent / f"{tmp_path.name}-article.txt"
    elsewhere.write_text(ARTICLE, encoding="utf-8")
    try:
        path = _linked(write_claims, "../not-read.txt")
        doc = load(path, article=elsewhere)
        assert doc.article_file is not None and doc.article_file.path == str(elsewhere)
        result = CliRunner().invoke(
            app, ["check", str(path), "--article", str(elsewhere), "--format", "json"]
        )
        assert result.exit_code == 0, result.output
        assert '"coverage"' in result.stdout
    finally:
        os.unlink(elsewhere)


def test_a_missing_article_option_names_it(write_claims: Write, tmp_path: Path) -> None:
    path = write_claims(CLAIM, "claims.toml")
    with pytest.raises(LoadError, match=r"--article: article .*nope\.txt not found"):
        load(path, article=tmp_path / "nope.txt")


def test_article_option_needs_exactly_one_claims_file(write_claims: Write, tmp_path: Path) -> None:
    write_claims(CLAIM, "one.claims.toml")
    write_claims(CLAIM, "two.claims.toml")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--article", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert "--article" in result.stderr and "2 were found" in result.stderr
    with pytest.raises(ValueError, match="one claims file"):
        check_paths([tmp_path], article=tmp_path / "a.txt")


def test_ignore_entries_are_loaded_and_need_a_reason(write_claims: Write) -> None:
    doc = load(
        write_claims(CLAIM + '\n[[ignore]]\nquote = "in 2023"\nreason = "the date"\n', "c.toml")
    )
    assert [(i.quote, i.reason, i.line) for i in doc.ignores] == [("in 2023", "the date", 7)]
    for entry, field in (
        ('quote = "in 2023"\nreason = " "', "reason"),
        ('quote = ""\nreason = "the date"', "quote"),
    ):
        path = write_claims(CLAIM + f"\n[[ignore]]\n{entry}\n", "c.toml")
        with pytest.raises(LoadError) as caught:
            load(path)
        assert (caught.value.item, caught.value.field) == ("ignore #1", field)
    path = write_claims(CLAIM + '\n[[ignore]]\nquote = "in 2023"\n', "c.toml")
    with pytest.raises(LoadError, match="missing required field 'reason'"):
        load(path)
