"""Where stdout goes is the user's environment (:mod:`aktobe_facts.stdio`): a full disk, a closed
stdout, a reader that went away and an encoding that lacks characters give a clear message and
exit 2, or ASCII stand-ins, never a traceback or exit 3. These run the real program in a child
process, since only real file descriptors fail this way.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from aktobe_facts.stdio import stand_in
from test_write_safety import CLAIMS

ARTICLE = "Grants of 140 million tenge (US$) went to 12 firms — “the first”.\n"

COMMANDS = {
    "check": ["check", "claims.toml"],
    "check-verbose-html": ["check", "claims.toml", "-v", "-f", "html"],
    "explain": ["explain", "claims.toml", "grants"],
    "schema": ["schema"],
    "draft": ["draft", "a.txt"],
    "fill-dry-run": ["fill", "--dry-run", "claims.toml"],
    "version": ["--version"],
    "help": ["check", "--help"],
}
"""Every way the tool prints on stdout."""

CODES = {"check": 1, "check-verbose-html": 1}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "claims.toml").write_text(CLAIMS, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def env(**extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "CI", "GITHUB_ACTIONS")}
    base.pop("PYTHONIOENCODING", None)
    return {**base, **extra}


def run(folder: Path, args: list[str], **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("env", env())
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "aktobe_facts", *args],
        cwd=folder,
        stderr=subprocess.PIPE,
        timeout=120,
        **kwargs,
    )


def no_crash(err: bytes) -> str:
    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text and "internal error" not in text
    assert "Exception ignored" not in text
    return text


def full_device(folder: Path) -> Path:
    """/dev/full, or (as root) a copy of it made here, which a regression could only replace
    in this folder."""
    if os.geteuid() == 0:
        path = folder / "full"
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 7))
        return path
    return Path("/dev/full")


@pytest.mark.parametrize("name", COMMANDS)
def test_a_full_disk_is_a_clear_error(folder: Path, name: str) -> None:
    with full_device(folder).open("wb") as full:
        done = run(folder, COMMANDS[name], stdout=full)
    assert done.returncode == 2
    assert "No space left on device" in no_crash(done.stderr)


def without_stdout(folder: Path, args: list[str]) -> subprocess.CompletedProcess[bytes]:
    """Run with stdout closed, as the shell's ``>&-`` leaves it."""
    shell = ["sh", "-c", 'exec "$@" >&-', "sh"]
    return subprocess.run(
        [*shell, sys.executable, "-m", "aktobe_facts", *args],
        cwd=folder,
        stderr=subprocess.PIPE,
        env=env(),
        timeout=120,
    )


@pytest.mark.parametrize("name", [n for n in COMMANDS if n not in ("version", "help")])
def test_a_closed_stdout_is_a_clear_error(folder: Path, name: str) -> None:
    done = without_stdout(folder, COMMANDS[name])
    assert done.returncode == 2
    assert no_crash(done.stderr).endswith(
        "aktobe-facts: error: cannot write the output: standard output is closed\n"
    )


def test_writing_to_a_file_needs_no_stdout(folder: Path) -> None:
    done = without_stdout(folder, ["draft", "a.txt", "-o", "draft.toml"])
    assert done.returncode == 0, done.stderr
    assert (folder / "draft.toml").is_file()


def test_a_reader_that_went_away_is_a_clear_error(folder: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "aktobe_facts", *COMMANDS["check-verbose-html"]],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env(),
    )
    assert process.stdout is not None
    process.stdout.close()  # long before the child has anything to write
    _, err = process.communicate(timeout=120)
    assert process.returncode == 2
    assert no_crash(err).endswith(
        "aktobe-facts: error: cannot write the output to standard output: Broken pipe\n"
    )


@pytest.mark.parametrize("name", COMMANDS)
@pytest.mark.parametrize("encoding", ["ascii", "cp1252:strict", "latin-1"])
def test_an_encoding_without_the_characters_gets_stand_ins(
    folder: Path, name: str, encoding: str
) -> None:
    done = run(folder, COMMANDS[name], env=env(PYTHONIOENCODING=encoding))
    no_crash(done.stderr)
    assert done.returncode == CODES.get(name, 0), done.stderr
    text = done.stdout.decode(encoding.split(":")[0])  # strict: every byte is the encoding's
    assert text.strip()
    if name == "check" and encoding == "ascii":
        assert "X fail" in text and "+-" in text and "| " in text  # ✗ and the panels' lines


def test_messages_on_a_strict_stderr_get_stand_ins(folder: Path) -> None:
    (folder / "статья.txt").write_text(ARTICLE, encoding="utf-8")
    done = run(
        folder,
        ["draft", "статья.txt", "-o", "draft.toml"],
        env=env(PYTHONIOENCODING="cp1252:strict"),
    )
    assert done.returncode == 0
    assert no_crash(done.stderr).endswith(
        " claims drafted from \\u0441\\u0442\\u0430\\u0442\\u044c\\u044f.txt\n"
    )


def test_a_file_name_that_is_not_utf8_is_printed(folder: Path) -> None:
    name = os.fsdecode(b"\xff.claims.toml")
    (folder / name).write_text(CLAIMS, encoding="utf-8")
    done = run(folder, ["check", name, "-f", "line"], env=env(PYTHONIOENCODING="utf-8"))
    no_crash(done.stderr)
    assert done.returncode == 1
    assert b".claims.toml:" in done.stdout


@pytest.mark.parametrize(
    ("char", "ascii"),
    [
        ("─", "-"),
        ("━", "-"),
        ("│", "|"),
        ("╭", "+"),
        ("✓", "ok"),
        ("✗", "X"),
        ("—", "-"),
        ("é", "e"),
        ("½", "1/2"),
        ("…", "..."),
        ("\u00a0", " "),
        ("\ufe0f", ""),
        ("ж", "\\u0436"),
        ("😀", "\\U0001f600"),
        ("\udcff", "\\udcff"),
    ],
)
def test_stand_ins(char: str, ascii: str) -> None:
    assert stand_in(char) == ascii
    assert ascii.isascii()
