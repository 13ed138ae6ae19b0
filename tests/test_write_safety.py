"""Writes lose nothing: ``fill`` (through :func:`aktobe_facts.atomic.write_atomic`) leaves either the
original file or the complete new one, whatever happens during the write.

tests/test_fill.py covers an exception from the rename, an interrupt, a write refused on a full
disk and a folder that refuses new files. These add a process killed between write and rename, a
disk that fills half-way through the write, an fsync and a rename that fail, a read-only target
file, readers that run during writes, and several fills of one file at the same time.

The second half is what a target *is* (:mod:`aktobe_facts.output`, the one write path of
``check --output``, ``draft -o`` and ``fill``): devices, FIFOs, terminals and links to
``/proc/self/fd/N`` are written through and never replaced; the run's own inputs, read-only files,
directories, block devices, sockets and dangling links are refused with exit 2. Devices are made
with mknod in the test's folder (as root; without root the real /dev/null and /dev/full are used,
which no unprivileged process can replace), so a regression never touches the machine's /dev.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import stat
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import pytest
import tomli
from typer.testing import CliRunner

from aktobe_facts.atomic import write_atomic
from aktobe_facts.claims.loader import load
from aktobe_facts.cli import app

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


def test_a_read_only_file_is_refused_unless_forced_then_replaced_whole(claims: Path) -> None:
    claims.chmod(0o444)
    refused = runner.invoke(app, ["fill", "claims.toml"])
    assert refused.exit_code == 2
    assert refused.stderr == (
        "aktobe-facts: error: cannot write claims.toml: it is read-only (mode 0444); use --force "
        "to replace it; the file is unchanged\n"
    )
    assert claims.read_text(encoding="utf-8") == CLAIMS
    assert runner.invoke(app, ["fill", "--force", "claims.toml"]).exit_code == 0
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


# -- what the target is ------------------------------------------------------------------------

ARTICLE = "Grants of 140 million tenge (US$) went to 12 firms.\n"


def device(folder: Path, name: str, minor: int) -> Path:
    """A character device of the "mem" driver (3 null, 7 full) that a test may write to."""
    if os.geteuid() == 0:
        path = folder / name
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
        return path
    real = Path("/dev") / name
    if not real.is_char_device():
        pytest.skip(f"no {real}")
    return real


def still_device(path: Path, minor: int) -> None:
    info = path.lstat()
    assert stat.S_ISCHR(info.st_mode)
    assert os.major(info.st_rdev) == 1 and os.minor(info.st_rdev) == minor


def refused(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr == f"aktobe-facts: error: {message}\n"
    assert result.stdout == ""  # refused before any work


class Drain(threading.Thread):
    """Reads a file descriptor to its end (a FIFO's or a pty's other side)."""

    def __init__(self, open_fd: Callable[[], int]) -> None:
        super().__init__(daemon=True)
        self.open_fd = open_fd
        self.data = b""

    def run(self) -> None:
        fd = self.open_fd()
        try:
            while chunk := os.read(fd, 65536):
                self.data += chunk
        except OSError:  # a pty reports EIO once its other side is closed
            pass
        finally:
            os.close(fd)


@pytest.mark.parametrize("command", ["check", "draft"])
def test_a_character_device_is_written_through_never_replaced(claims: Path, command: str) -> None:
    null = device(claims.parent, "null", 3)
    (claims.parent / "a.txt").write_text(ARTICLE, encoding="utf-8")
    # draft needs no --force: writing through a device replaces nothing
    args = ["check", "claims.toml", "-o", str(null)] if command == "check" else ["draft", "a.txt"]
    result = runner.invoke(app, args if command == "check" else [*args, "-o", str(null)])
    assert result.exit_code == (1 if command == "check" else 0), result.output
    still_device(null, 3)
    assert [p for p in left_over(claims.parent) if p.startswith(".")] == []


@pytest.mark.parametrize("command", ["check", "draft"])
def test_a_full_device_is_a_clear_error_and_stays_a_device(claims: Path, command: str) -> None:
    full = device(claims.parent, "full", 7)
    (claims.parent / "a.txt").write_text(ARTICLE, encoding="utf-8")
    args = ["check", "claims.toml"] if command == "check" else ["draft", "a.txt"]
    result = runner.invoke(app, [*args, "-o", str(full)])
    assert result.exit_code == 2, result.output
    assert result.stderr.endswith(f"error: cannot write {full}: No space left on device\n")
    still_device(full, 7)


def test_a_fifo_is_written_through(claims: Path) -> None:
    fifo = claims.parent / "report.fifo"
    os.mkfifo(fifo)
    reader = Drain(lambda: os.open(fifo, os.O_RDONLY))
    reader.start()
    result = runner.invoke(app, ["check", "claims.toml", "-o", str(fifo), "-f", "json"])
    reader.join(timeout=60)
    assert result.exit_code == 1, result.output
    assert json.loads(reader.data)["summary"]["files"] == 1
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_terminal_is_written_through(claims: Path) -> None:
    main, other = os.openpty()
    name = os.ttyname(other)
    reader = Drain(lambda: main)
    reader.start()
    try:
        result = runner.invoke(app, ["check", "claims.toml", "-o", name, "-f", "json"])
    finally:
        os.close(other)
    reader.join(timeout=60)
    assert result.exit_code == 1, result.output
    assert json.loads(reader.data.replace(b"\r\n", b"\n"))["summary"]["files"] == 1
    assert stat.S_ISCHR(os.stat(name).st_mode) if os.path.exists(name) else True


def test_a_link_to_a_proc_file_descriptor_is_written_through(claims: Path) -> None:
    """``-o`` a symlink to /proc/self/fd/N (here a pipe): the pipe gets the report, the link
    stays."""
    read_end, write_end = os.pipe()
    link = claims.parent / "report.json"
    link.symlink_to(f"/proc/self/fd/{write_end}")
    reader = Drain(lambda: read_end)
    reader.start()
    try:
        result = runner.invoke(app, ["check", "claims.toml", "-o", str(link)])
    finally:
        os.close(write_end)
    reader.join(timeout=60)
    assert result.exit_code == 1, result.output
    assert json.loads(reader.data)["summary"]["files"] == 1
    assert link.is_symlink()


def test_a_link_to_this_runs_stdout_appends_to_it_never_replaces_the_link(claims: Path) -> None:
    """``-o /dev/stdout > out.txt`` (here a link of the test's own to /proc/self/fd/1, so a
    regression never replaces the machine's /dev/stdout): the table, then the report, in out.txt;
    the link stays a link."""
    link = claims.parent / "stdout.json"
    link.symlink_to("/proc/self/fd/1")
    out = claims.parent / "out.txt"
    with out.open("wb") as handle:
        done = subprocess.run(
            [sys.executable, "-m", "aktobe_facts", "check", "claims.toml", "-o", "stdout.json"],
            cwd=claims.parent,
            stdout=handle,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    assert done.returncode == 1, done.stderr
    text = out.read_text(encoding="utf-8")
    table, _, report = text.partition("\n{")
    assert "1 file(s), 3 claims" in table
    assert json.loads("{" + report)["summary"]["files"] == 1
    assert link.is_symlink()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "it is a directory"),
        (
            lambda p: p.symlink_to("nowhere.json"),
            "it is a symlink to a missing file (or to a closed stream)",
        ),
    ],
)
def test_a_directory_or_a_dangling_link_is_refused(
    claims: Path, make: Callable[[Path], object], message: str
) -> None:
    target = claims.parent / "out.json"
    make(target)
    refused(["check", "claims.toml", "-o", "out.json"], f"cannot write out.json: {message}")
    assert not (claims.parent / "nowhere.json").exists()


def test_a_socket_and_a_block_device_are_refused(claims: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(claims.parent / "sock"))
        refused(
            ["check", "claims.toml", "-o", "sock"],
            "cannot write sock: it is a socket; the output goes to a regular file, a character "
            "device, a FIFO or a terminal",
        )
    finally:
        server.close()
    if os.geteuid() != 0:
        pytest.skip("making a block device needs root")
    os.mknod(claims.parent / "disk", stat.S_IFBLK | 0o600, os.makedev(7, 200))
    refused(
        ["check", "claims.toml", "-o", "disk"],
        "cannot write disk: it is a block device; the output goes to a regular file, a character "
        "device, a FIFO or a terminal",
    )
    assert stat.S_ISBLK((claims.parent / "disk").lstat().st_mode)


@pytest.mark.parametrize(
    ("args", "code"),
    [(["check", "claims.toml"], 1), (["draft", "a.txt"], 0)],
    ids=["check", "draft"],
)
def test_a_read_only_output_is_replaced_only_with_force(
    claims: Path, args: list[str], code: int
) -> None:
    (claims.parent / "a.txt").write_text(ARTICLE, encoding="utf-8")
    target = claims.parent / "out.toml"
    target.write_text("keep\n", encoding="utf-8")
    target.chmod(0o444)
    refused(
        [*args, "-o", "out.toml"],
        "cannot write out.toml: it is read-only (mode 0444); use --force to replace it",
    )
    assert target.read_text(encoding="utf-8") == "keep\n"
    assert runner.invoke(app, [*args, "-o", "out.toml", "--force"]).exit_code == code
    assert target.read_text(encoding="utf-8") != "keep\n"
    assert target.stat().st_mode & 0o777 == 0o444


# -- never over an input ---------------------------------------------------------------------


def linked_claims(folder: Path, article: bytes = ARTICLE.encode()) -> Path:
    (folder / "a.txt").write_bytes(article)
    path = folder / "linked.claims.toml"
    path.write_text(
        '[article]\npath = "a.txt"\n\n[[claim]]\nid = "grants"\n'
        'quote = "140 million tenge (US$)"\nvalue = "140 million tenge"\ncounterpart = "US$"\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("args", "target", "role"),
    [
        (["check", "claims.toml"], "claims.toml", "the claims file claims.toml"),
        (["check", "."], "claims.toml", "the claims file claims.toml"),
        (["check", "claims.toml"], "hard.json", "the claims file claims.toml"),
        (["check", "claims.toml"], "soft.json", "the claims file claims.toml"),
        (["check", "claims.toml", "--article", "a.txt"], "a.txt", "the article a.txt"),
        (["check", "claims.toml"], "pyproject.toml", "the configuration"),
        (["draft", "a.txt", "--force"], "a.txt", "the article a.txt"),
        (["draft", "a.txt", "--force"], "hard.json", "the article a.txt"),
        (["draft", "./sub/../a.txt", "--force"], "a.txt", "the article sub/../a.txt"),
    ],
)
def test_an_output_that_is_an_input_of_the_run_is_refused(
    claims: Path, args: list[str], target: str, role: str
) -> None:
    folder = claims.parent
    (folder / "sub").mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "pyproject.toml").write_text("[tool.aktobe-facts]\n", encoding="utf-8")
    source = folder / ("a.txt" if args[0] == "draft" else "claims.toml")
    os.link(source, folder / "hard.json")
    (folder / "soft.json").symlink_to(source.name)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    result = runner.invoke(app, [*args, "-o", target])
    assert result.exit_code == 2, result.output
    assert f"error: cannot write {target}: it is {role}" in result.stderr
    assert result.stderr.endswith(", an input of this run; name another file\n")
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    assert (folder / "soft.json").is_symlink()


@pytest.mark.parametrize(
    "article",
    [ARTICLE.encode(), b"\xff not UTF-8\n", b"x" * (1024 * 1024 + 1)],
    ids=["read", "not-utf8", "too-large"],
)
def test_check_never_writes_over_a_linked_article_even_a_refused_one(
    claims: Path, article: bytes
) -> None:
    path = linked_claims(claims.parent, article)
    result = runner.invoke(app, ["check", path.name, "-o", "a.txt"])
    assert result.exit_code == 2, result.output
    assert result.stderr.endswith(
        "error: cannot write a.txt: it is the article a.txt, an input of this run; name "
        "another file\n"
    )
    assert (claims.parent / "a.txt").read_bytes() == article


def test_the_report_never_replaces_the_claims_file_save_claims_writes(claims: Path) -> None:
    (claims.parent / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["check", "a.txt", "--save-claims", "a.toml", "-o", "a.toml"])
    assert result.exit_code == 2, result.output
    assert result.stderr.endswith(
        "error: cannot write a.toml: it is the claims file --save-claims writes a.toml, an input "
        "of this run; name another file\n"
    )
    assert not (claims.parent / "a.toml").exists()  # refused before anything was written


# -- a file the tool makes: its mode, and never over a file another process made meanwhile -------


@pytest.mark.parametrize(
    "command",
    [
        ["draft", "a.txt", "-o", "made.toml"],
        ["check", "a.txt", "--save-claims", "made.toml"],
        ["check", "a.txt", "-o", "made.toml", "-f", "json"],
    ],
    ids=["draft", "save-claims", "report"],
)
def test_a_new_file_gets_the_mode_the_shells_redirect_gives(
    claims: Path, command: list[str]
) -> None:
    """The temporary file's mode (0600) was the new file's: a report or claims file others could
    not read, where ``> made.toml`` gives 0666 less the umask."""
    (claims.parent / "a.txt").write_text(ARTICLE, encoding="utf-8")
    was = os.umask(0o027)
    try:
        result = runner.invoke(app, command)
    finally:
        os.umask(was)
    assert result.exit_code in (0, 1), result.output
    assert (claims.parent / "made.toml").stat().st_mode & 0o777 == 0o640


def _someone_else_writes(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process makes ``path`` after the tool looked and before it publishes its file."""
    import tempfile

    real = tempfile.mkstemp

    def meanwhile(prefix: str, suffix: str, dir: Path) -> tuple[int, str]:
        path.write_text("theirs\n", encoding="utf-8")
        return real(prefix=prefix, suffix=suffix, dir=dir)

    monkeypatch.setattr(tempfile, "mkstemp", meanwhile)


@pytest.mark.parametrize("links", [True, False], ids=["hard-links", "no-hard-links"])
@pytest.mark.parametrize(
    "command",
    [["draft", "a.txt", "-o", "made.toml"], ["check", "a.txt", "--save-claims", "made.toml"]],
    ids=["draft", "save-claims"],
)
def test_a_file_made_meanwhile_is_never_replaced(
    claims: Path, command: list[str], links: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``draft -o`` (without --force) and ``--save-claims`` never write over a file: they looked
    first, then renamed their file over whatever another process had made in between."""
    (claims.parent / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _someone_else_writes(claims.parent / "made.toml", monkeypatch)
    if not links:  # a filesystem without hard links (FAT, some FUSE and network filesystems)

        def refuse(*_args: object) -> None:
            raise OSError(errno.EPERM, os.strerror(errno.EPERM))

        monkeypatch.setattr(os, "link", refuse)
    result = runner.invoke(app, command)
    assert result.exit_code == 2, result.output
    assert result.stderr.endswith(
        "error: cannot write made.toml: another process made a file of that name meanwhile\n"
    )
    assert (claims.parent / "made.toml").read_text(encoding="utf-8") == "theirs\n"
    assert left_over(claims.parent) == ["a.txt", "made.toml"]


def test_without_hard_links_a_new_file_is_still_written(
    claims: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (claims.parent / "a.txt").write_text(ARTICLE, encoding="utf-8")

    def refuse(*_args: object) -> None:
        raise OSError(errno.EOPNOTSUPP, os.strerror(errno.EOPNOTSUPP))

    monkeypatch.setattr(os, "link", refuse)
    result = runner.invoke(app, ["draft", "a.txt", "-o", "made.toml"])
    assert result.exit_code == 0, result.output
    assert load(claims.parent / "made.toml").claims
    assert left_over(claims.parent) == ["a.txt", "made.toml"]


def test_processes_saving_one_new_claims_file_at_once_leave_one_whole_file(claims: Path) -> None:
    """Four ``draft -o same.toml`` at once: one writes it, the others are refused (exit 2), and
    the file is one whole draft, never two drafts' mix nor a file replaced."""
    (claims.parent / "a.txt").write_text(ARTICLE, encoding="utf-8")
    command = [sys.executable, "-m", "aktobe_facts", "draft", "a.txt", "-o", "same.toml"]
    runs = [
        subprocess.Popen(command, cwd=claims.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(4)
    ]
    codes = sorted(run.wait(timeout=120) for run in runs)
    for run in runs:
        assert b"Traceback" not in run.communicate()[1]
    assert codes == [0, 2, 2, 2]
    assert load(claims.parent / "same.toml").claims
    assert left_over(claims.parent) == ["a.txt", "same.toml"]
