"""`aktobe-facts fill`: missing counterparts filled in place, marked computed, nothing else touched."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest
import tomli
from typer.testing import CliRunner, Result

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import LoadError, load, loads
from aktobe_facts.cli import app
from aktobe_facts.fill import fill_file, write
from aktobe_facts.findings import Outcome, Severity
from conftest import ROOT

TODAY = dt.date(2024, 5, 1)

# Hand-written on purpose: comments, blank lines, aligned keys, literal and basic strings, a
# trailing comment on the line that changes, and a [[group]] between the [[claim]] tables.
HAND_WRITTEN = """\
# Grants and loans, encoded by hand.

[article]
title = 'Grants and loans'   # a literal string

[[claim]]
id = "p1"
quote = "85 billion tenge (US$203 million)"
value = "85 billion tenge"
counterpart = "US$203 million"

[[group]]
id = "split"
label = "how the money was split"

# the second pair, which sets the rate with p1
[[claim]]
id = "p2"
quote = "2.1 billion tenge (US$4.9 million)"
value     = "2.1 billion tenge"      # aligned on purpose
counterpart = "US$4.9 million"

[[claim]]
id = "grants"
quote = "140 million tenge (US$)"
value = "140 million tenge"
counterpart = 'US$'   # the article left it out
kind = "amount"

# a comment that ends the grants claim


[[claim]]
id = "share_a"
quote = "60 percent"
value = "60 percent"
group = "split"

[[claim]]
id = "share_b"
quote = "the rest"
group = "split"
remainder = true
"""
OLD_LINE = "counterpart = 'US$'   # the article left it out\n"
NOTE = re.compile(
    r"at [\d.]+ tenge per US dollar, the article's common implied rate "
    r"\(aktobe-facts fill, 2024-05-01\)"
)

runner = CliRunner()


def run(*args: str) -> Result:
    return runner.invoke(app, list(args))


@pytest.fixture
def hand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no project configuration
    path = tmp_path / "claims.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    return path


def _suggested(path: Path) -> str:
    """The figure the missing-counterpart check suggests for the file's one missing counterpart."""
    (finding,) = [f for f in check_document(load(path)) if f.check == "missing-counterpart"]
    assert finding.outcome is Outcome.FAIL and finding.suggestion is not None
    match = re.search(r'write "([^"]+)"', finding.suggestion)
    assert match is not None
    return match.group(1)


def _left_over(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# -- the edit ----------------------------------------------------------------------------------


def test_fill_changes_only_the_filled_value_and_adds_its_marking(hand: Path) -> None:
    suggested = _suggested(hand)
    assert suggested == "US$334,000"
    result = fill_file(hand, today=TODAY)
    ((claim_id, edit),) = result.filled
    assert (claim_id, edit.old, edit.new) == ("grants", "US$", suggested)
    assert NOTE.fullmatch(edit.note), edit.note
    expected = HAND_WRITTEN.replace(
        OLD_LINE,
        f"counterpart = '{suggested}'   # the article left it out\n"
        f'computed = {{ "{suggested}" = "{edit.note}" }}\n',
    )
    assert result.text == expected
    write(result)
    assert hand.read_bytes() == expected.encode("utf-8")


def test_fill_of_the_seed_claims_file(tmp_path: Path) -> None:
    path = tmp_path / "claims.toml"
    shutil.copyfile(ROOT / "claims.toml", path)
    linked = tomli.loads(path.read_text(encoding="utf-8"))["article"].get("path")
    if linked is not None:  # the article the claims file links comes along
        (tmp_path / linked).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / linked, tmp_path / linked)
    original = path.read_text(encoding="utf-8")
    result = fill_file(path, today=TODAY)
    note = result.filled[0][1].note
    assert note.startswith("at 421.343 tenge per US dollar, the article's common implied rate")
    assert result.text == original.replace(
        'counterpart = "US$"\n',
        f'counterpart = "US$332,000"\ncomputed = {{ "US$332,000" = "{note}" }}\n',
    )


def test_a_counterpart_in_a_list_is_replaced_in_place(hand: Path) -> None:
    hand.write_text(
        HAND_WRITTEN.replace(OLD_LINE, "counterpart = [\"€310,000\", 'US$'] # two\n"),
        encoding="utf-8",
    )
    result = fill_file(hand, today=TODAY)
    assert "counterpart = [\"€310,000\", 'US$334,000'] # two\ncomputed = { " in result.text
    grants = loads(result.text).claim("grants")
    assert grants is not None
    assert [q.text for q in grants.counterparts] == ["€310,000"]
    assert [q.text for q in grants.computed] == ["US$334,000"]


def test_crlf_line_ends_and_a_byte_order_mark_are_kept(hand: Path) -> None:
    crlf = HAND_WRITTEN.replace("\n", "\r\n")
    hand.write_bytes(b"\xef\xbb\xbf" + crlf.encode("utf-8"))
    result = fill_file(hand, today=TODAY)
    write(result)
    data = hand.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")
    note = result.filled[0][1].note
    assert text == crlf.replace(
        OLD_LINE.replace("\n", "\r\n"),
        "counterpart = 'US$334,000'   # the article left it out\r\n"
        f'computed = {{ "US$334,000" = "{note}" }}\r\n',
    )


def test_the_figure_is_written_in_the_file_s_number_style(hand: Path) -> None:
    german = (
        HAND_WRITTEN.replace("[article]", '[settings]\nlocale = "de"\n\n[article]')
        .replace("US$4.9 million", "US$4,9 million")
        .replace("2.1 billion", "2,1 billion")
    )
    hand.write_text(german, encoding="utf-8")
    result = fill_file(hand, today=TODAY)
    assert result.filled[0][1].new == "US$334.000"
    grants = loads(result.text).claim("grants")
    assert grants is not None and grants.computed[0].value == 334_000


def test_a_currency_code_is_followed_by_a_space(hand: Path) -> None:
    hand.write_text(HAND_WRITTEN.replace(OLD_LINE, 'counterpart = "USD"\n'), encoding="utf-8")
    assert fill_file(hand, today=TODAY).filled[0][1].new == "USD 334,000"


def test_nothing_is_filled_without_a_rate(hand: Path) -> None:
    hand.write_text(HAND_WRITTEN.replace(OLD_LINE, 'counterpart = "€"\n'), encoding="utf-8")
    before = hand.read_bytes()
    result = run("fill", "claims.toml")
    assert result.exit_code == 0, result.output
    assert 'grants: cannot fill "€": no rate between tenge and euros is known' in result.stderr
    assert "nothing to fill" in result.stderr
    assert hand.read_bytes() == before


# -- the marking, as the loader and the checks read it -------------------------------------------


def test_after_fill_the_checks_treat_the_figure_as_computed(hand: Path) -> None:
    assert run("check", "claims.toml").exit_code == 1
    assert run("fill", "claims.toml").exit_code == 0
    result = run("check", "claims.toml")
    assert result.exit_code == 0, result.output
    doc = load(hand)
    grants = doc.claim("grants")
    assert grants is not None and grants.counterparts == ()
    found = check_document(doc)
    (missing,) = [f for f in found if f.check == "missing-counterpart"]
    assert (missing.outcome, missing.severity) == (Outcome.PASS, Severity.INFO)
    assert '"US$334,000" is computed, not stated by the article' in missing.message
    (conversions,) = [f for f in found if f.check == "conversions"]
    assert conversions.claims == ("p1", "p2")


def test_the_conversions_check_ignores_a_computed_figure(hand: Path) -> None:
    # a computed figure far off the article's rate: no conversion error, only a stale warning
    hand.write_text(
        HAND_WRITTEN.replace(
            OLD_LINE, 'counterpart = "US$9 million"\ncomputed = { "US$9 million" = "by hand" }\n'
        ),
        encoding="utf-8",
    )
    found = check_document(load(hand))
    (conversions,) = [f for f in found if f.check == "conversions"]
    assert conversions.outcome is Outcome.PASS and "grants" not in conversions.claims
    (missing,) = [f for f in found if f.check == "missing-counterpart"]
    assert (missing.outcome, missing.severity) == (Outcome.FAIL, Severity.WARNING)
    assert "no longer fits" in missing.message
    assert missing.suggestion is not None and 'write "US$334,000"' in missing.suggestion
    # without the marking the same figure is an article figure, and the conversions fail
    hand.write_text(HAND_WRITTEN.replace(OLD_LINE, 'counterpart = "US$9 million"\n'), "utf-8")
    found = check_document(load(hand))
    assert any(f.check == "conversions" and f.outcome is Outcome.FAIL for f in found)


@pytest.mark.parametrize(
    ("marking", "message"),
    [
        ('computed = { "US$1 million" = "x" }', "'US$1 million' is not one of this claim's"),
        ('computed = { "US$" = "x" }', "a computed counterpart needs a number"),
        ('computed = ["US$"]', "expected a table of strings"),
    ],
)
def test_a_wrong_marking_is_unusable_input(hand: Path, marking: str, message: str) -> None:
    hand.write_text(HAND_WRITTEN.replace(OLD_LINE, OLD_LINE + marking + "\n"), "utf-8")
    with pytest.raises(LoadError, match=re.escape(message)) as caught:
        load(hand)
    assert caught.value.field == "computed"


# -- the command ---------------------------------------------------------------------------------


def test_dry_run_prints_a_diff_and_writes_nothing(hand: Path) -> None:
    os.utime(hand, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before, stamp = hand.read_bytes(), hand.stat().st_mtime_ns
    result = run("fill", "--dry-run", "claims.toml")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("--- claims.toml\n+++ claims.toml\n@@ ")
    assert "\n-counterpart = 'US$'   # the article left it out\n" in result.stdout
    assert "\n+counterpart = 'US$334,000'   # the article left it out\n" in result.stdout
    assert '\n+computed = { "US$334,000" = "at ' in result.stdout
    assert "would fill 1 counterpart" in result.stderr
    assert hand.read_bytes() == before and hand.stat().st_mtime_ns == stamp
    assert _left_over(hand.parent) == []


def test_a_second_fill_does_nothing(hand: Path) -> None:
    first = run("fill", "claims.toml")
    assert first.exit_code == 0 and "filled 1 counterpart" in first.stderr
    after_first, stamp = hand.read_bytes(), hand.stat().st_mtime_ns
    second = run("fill", "claims.toml")
    assert second.exit_code == 0
    assert "claims.toml: nothing to fill" in second.stderr
    assert hand.read_bytes() == after_first and hand.stat().st_mtime_ns == stamp
    assert run("fill", "--dry-run", "claims.toml").stdout == ""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (None, "claims.toml: no such file"),
        ("[[claim]\n", "claims.toml:1"),
        (HAND_WRITTEN.replace("60 percent", "60 parsecs"), "unknown unit 'parsecs'"),
    ],
)
def test_unusable_input_exits_2(hand: Path, text: str | None, message: str) -> None:
    if text is None:
        hand.unlink()
    else:
        hand.write_text(text, encoding="utf-8")
    result = run("fill", "claims.toml")
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


# -- interrupted writes leave the original -------------------------------------------------------


def _assert_untouched(path: Path, result: Result, reason: str) -> None:
    assert result.exit_code == 2, result.output
    assert f"cannot write claims.toml: {reason}; the file is unchanged" in result.stderr
    assert path.read_text(encoding="utf-8") == HAND_WRITTEN
    assert _left_over(path.parent) == []


def test_a_crash_between_write_and_rename_leaves_the_original(
    hand: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "replace", fail)
    _assert_untouched(hand, run("fill", "claims.toml"), os.strerror(errno.EIO))


def test_an_interrupt_before_the_rename_leaves_the_original(
    hand: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(*_args: object) -> None:
        raise KeyboardInterrupt

    result = fill_file(hand, today=TODAY)
    monkeypatch.setattr(os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write(result)
    assert hand.read_text(encoding="utf-8") == HAND_WRITTEN
    assert _left_over(hand.parent) == []


class _FullDisk:
    """A file object whose writes fail as on a full disk."""

    def __init__(self, inner: IO[Any]) -> None:
        self.inner = inner

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.inner.close()

    def write(self, _text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_failing_write_leaves_the_original(hand: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.fdopen

    def full(fd: int, *args: Any, **kwargs: Any) -> _FullDisk:
        return _FullDisk(real(fd, *args, **kwargs))

    monkeypatch.setattr(os, "fdopen", full)
    _assert_untouched(hand, run("fill", "claims.toml"), os.strerror(errno.ENOSPC))


def test_a_folder_that_refuses_new_files_gives_exit_2(
    hand: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # what a read-only folder does to the temporary file, even when running as root
    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    _assert_untouched(hand, run("fill", "claims.toml"), os.strerror(errno.EACCES))


@pytest.fixture
def read_only(hand: Path) -> Iterator[Path]:
    if os.geteuid() == 0:
        pytest.skip("running as root: folder permissions do not stop writes (see the test above)")
    hand.parent.chmod(0o555)
    try:
        yield hand
    finally:
        hand.parent.chmod(0o755)


def test_a_read_only_folder_gives_exit_2(read_only: Path) -> None:
    _assert_untouched(read_only, run("fill", "claims.toml"), os.strerror(errno.EACCES))
