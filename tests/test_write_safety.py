"""Writes lose nothing: ``fill`` (through :func:`aktobe_facts.atomic.write_atomic`) leaves either the
original file or the complete new one, whatever happens during the write.

tests/test_fill.py covers an exception from the rename, an interrupt, a write refused on a full
disk and a folder that refuses new files. These add a process killed between write and rename, a
disk that fills half-way through the write, an fsync and a rename that fail, a read-only target
file, readers that run during writes, and several fills of one file at the same time.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import IO, Any

import pytest
import tomli
from typer.testing import CliRunner

from aktobe_facts.atomic import write_atomic
from aktobe_facts.cli import app
from aktobe_facts.loader import load

CLAIMS = """\
# a claims file with one counterpart to fill

[[claim]]
id = "p1"
quote = "85 billion tenge (US$203 million)"
value = "85 billion tenge"
counterpart = "US$203 million"

[[claim]]
id = "p2"
quote = "2.1 billion tenge (US$4.9 million)"
value = "2.1 billion tenge"
counterpart = "US$4.9 million"

[[claim]]
id = "grants"
quote = "140 million tenge (US$)"
value = "140 million tenge"
counterpart = "US$"
"""

runner = CliRunner()


@pytest.fixture
def claims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no project configuration from the repository
    path = tmp_path / "claims.toml"
    path.write_text(CLAIMS, encoding="utf-8")
    return path


def left_over(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "claims.toml")


def filled_once(path: Path) -> None:
    """The file loads, its counterpart is filled and marked computed exactly once."""
    text = path.read_text(encoding="utf-8")
    grants = load(path).claim("grants")
    assert grants is not None
    (computed,) = grants.computed
    assert computed.text.startswith("US$3")
    assert tomli.loads(text)["claim"][2]["counterpart"] == computed.text
    assert text.count("computed = ") == 1


def fill_fails(reason: str, path: Path) -> None:
    result = runner.invoke(app, ["fill", path.name])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.endswith(f"cannot write {path.name}: {reason}; the file is unchanged\n")
    assert path.read_text(encoding="utf-8") == CLAIMS
    assert left_over(path.parent) == []


# -- a crash ---------------------------------------------------------------------------------

KILLED = textwrap.dedent(
    """\
    import os, signal, sys
    from aktobe_facts.cli import main

    def crash(*args):  # the power fails after the new text is written, before the rename
        os.kill(os.getpid(), signal.SIGKILL)

    os.replace = crash
    sys.argv = ["aktobe-facts", "fill", "claims.toml"]
    main()
    """
)


def test_a_process_killed_between_write_and_rename_leaves_the_original(claims: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", KILLED], cwd=claims.parent, capture_output=True, timeout=60
    )
    assert done.returncode == -9
    assert claims.read_text(encoding="utf-8") == CLAIMS
    # the only trace is the hidden temporary file, complete, which no search picks up
    (stray,) = left_over(claims.parent)
    assert stray.startswith(".claims.toml.") and stray.endswith(".tmp")
    result = runner.invoke(app, ["check", "--format", "line", "."])
    assert result.stdout.splitlines()[-1].startswith("1 file, 3 claims")
    assert runner.invoke(app, ["fill", "claims.toml"]).exit_code == 0
    filled_once(claims)


# -- the disk, the folder, the file -----------------------------------------------------------


class HalfFull:
    """A file object on a disk that fills up half-way through the text."""

    def __init__(self, inner: IO[Any]) -> None:
        self.inner = inner

    def __enter__(self) -> HalfFull:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.inner.close()

    def write(self, text: str) -> int:
        self.inner.write(text[: len(text) // 2])
        self.inner.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:
        self.inner.flush()

    def fileno(self) -> int:
        return self.inner.fileno()


def test_a_disk_that_fills_half_way_through_the_write(
    claims: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.fdopen

    def half_full(fd: int, *args: Any, **kwargs: Any) -> HalfFull:
        return HalfFull(real(fd, *args, **kwargs))

    monkeypatch.setattr(os, "fdopen", half_full)
    fill_fails(os.strerror(errno.ENOSPC), claims)


@pytest.mark.parametrize(
    ("call", "code"),
    [("fsync", errno.EIO), ("replace", errno.EROFS), ("chmod", errno.EPERM)],
)
def test_a_failing_system_call_leaves_the_original(
    call: str, code: int, claims: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fsync reports a lost write; the rename meets a read-only filesystem; the mode cannot be
    copied. As root, folder permissions stop nothing, so the errors are raised where they would."""

    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, call, fail)
    fill_fails(os.strerror(code), claims)


def test_a_read_only_file_is_replaced_whole_and_stays_read_only(claims: Path) -> None:
    claims.chmod(0o444)
    assert runner.invoke(app, ["fill", "claims.toml"]).exit_code == 0
    assert claims.stat().st_mode & 0o777 == 0o444
    filled_once(claims)
    assert left_over(claims.parent) == []


# -- at the same time ---------------------------------------------------------------------------


def test_readers_see_the_old_text_or_the_new_never_a_mix(tmp_path: Path) -> None:
    path = tmp_path / "claims.toml"
    texts = ["a" * 200_000 + "\n", "b" * 300_000 + "\n"]
    path.write_text(texts[0], encoding="utf-8")
    stop = threading.Event()
    seen: set[str] = set()

    def read() -> None:
        while not stop.is_set():
            seen.add(path.read_text(encoding="utf-8"))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(40):
            write_atomic(path, texts[i % 2])
    finally:
        stop.set()
        reader.join(timeout=30)
    assert seen <= set(texts)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.toml"]


def test_concurrent_fills_of_one_file_end_with_a_valid_file(claims: Path) -> None:
    for _ in range(3):
        claims.write_text(CLAIMS, encoding="utf-8")
        fills = [
            subprocess.Popen(
                [sys.executable, "-m", "aktobe_facts", "fill", "claims.toml"],
                cwd=claims.parent,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for _ in range(4)
        ]
        for process in fills:
            _out, err = process.communicate(timeout=60)
            assert process.returncode == 0, err
            assert b"Traceback" not in err
        filled_once(claims)
        assert left_over(claims.parent) == []
