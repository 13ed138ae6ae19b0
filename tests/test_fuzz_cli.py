"""Fuzzing the command line with hypothesis: any combination of commands, options and values (numbers
of any size and sign, empty and odd strings, paths that are files, folders, links, inputs of the
run or nothing) and any ``COLUMNS`` ends in exit 0, 1 or 2, never a traceback or an internal error.

Each example runs in a fresh folder holding a claims file, an article, a read-only file, a folder
and a link; every path drawn is relative and free of "/", so nothing outside that folder is named.
(FIFOs are left out: writing to one with no reader waits for a reader, as the shell's ``>`` does.)
"""

from __future__ import annotations

import contextlib
import resource
import tempfile
from collections.abc import Iterator
from pathlib import Path

from hypothesis import example, given, note
from hypothesis import strategies as st
from typer.testing import CliRunner

from aktobe_facts.cli import app

CLAIMS = """\
[article]
path = "a.txt"

[[claim]]
id = "grants"
quote = "140 million tenge (US$)"
value = "140 million tenge"
counterpart = "US$"

[[claim]]
id = "p1"
quote = "85 billion tenge (US$203 million)"
value = "85 billion tenge"
counterpart = "US$203 million"
"""

ARTICLE = "Of 85 billion tenge (US$203 million), grants took 140 million tenge (US$).\n"

FILES = ["claims.toml", "a.txt", "locked.json", "sub", "link.toml", "missing.toml", "out.json"]


def populate(folder: Path) -> None:
    (folder / "claims.toml").write_text(CLAIMS, encoding="utf-8")
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "locked.json").write_text("{}\n", encoding="utf-8")
    (folder / "locked.json").chmod(0o444)
    (folder / "sub").mkdir()
    (folder / "sub" / "x.claims.toml").write_text(CLAIMS.replace("a.txt", "b.txt"), "utf-8")
    (folder / "link.toml").symlink_to("claims.toml")


def odd_text() -> st.SearchStrategy[str]:
    return st.text(st.characters(codec="utf-8", exclude_characters="/\x00"), max_size=12).filter(
        lambda t: t != ".."
    )


def paths() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from([*FILES, "", ".", "*.toml", "**/*.toml"]), odd_text())


def numbers() -> st.SearchStrategy[str]:
    return st.one_of(
        st.integers(min_value=-(10**40), max_value=10**40).map(str),
        st.integers(min_value=-3, max_value=2_000).map(str),
        odd_text(),
    )


FORMATS = ["table", "json", "line", "github", "sarif", "markdown", "html", "TABLE", ""]
CHECKS = ["conversions", "missing-counterpart", "waivers", "coverage", "nope", ""]

CHECK_OPTIONS: dict[str, st.SearchStrategy[list[str]]] = {
    "format": st.sampled_from(FORMATS).map(lambda v: ["--format", v]),
    "output": paths().map(lambda v: ["-o", v]),
    "fail-level": st.sampled_from(["error", "warning", "info", "INFO", "x", ""]).map(
        lambda v: ["--fail-level", v]
    ),
    "select": st.sampled_from(CHECKS).map(lambda v: ["--select", v]),
    "ignore": st.sampled_from(CHECKS).map(lambda v: ["--ignore", v]),
    "jobs": numbers().map(lambda v: ["--jobs", v]),
    "width": numbers().map(lambda v: ["--width", v]),
    "article": paths().map(lambda v: ["--article", v]),
    "save-claims": paths().map(lambda v: ["--save-claims", v]),
    "flags": st.sampled_from(["-q", "-v", "--force", "--quiet", "--verbose"]).map(lambda v: [v]),
}


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(["check", "explain", "fill", "draft", "schema", "--version"]))
    args: list[str] = [command]
    if command == "check":
        args += draw(st.lists(paths(), max_size=3))
        for name in draw(st.lists(st.sampled_from(sorted(CHECK_OPTIONS)), max_size=5)):
            args += draw(CHECK_OPTIONS[name])
    elif command == "explain":
        args += [draw(paths()), draw(st.sampled_from(["grants", "p1", "", "x" * 300]) | odd_text())]
    elif command == "fill":
        args += draw(st.lists(paths(), min_size=1, max_size=3))
        args += draw(st.lists(st.sampled_from(["--dry-run", "--force"]), max_size=2))
    elif command == "draft":
        args.append(draw(paths()))
        if draw(st.booleans()):
            args += ["-o", draw(paths())]
        if draw(st.booleans()):
            args.append("--force")
    return draw(st.permutations(args)) if draw(st.booleans()) else args


@contextlib.contextmanager
def memory_cap(extra: int = 2 << 30) -> Iterator[None]:
    """Let one command use at most ``extra`` more bytes of address space: an unbounded width once
    took 22 GB before it failed; with the cap a regression is a quick MemoryError."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:  # not Linux: no cap
        yield
        return
    size = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmSize")))
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = size * 1024 + extra
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@given(command_lines(), st.one_of(st.none(), numbers()))
@example(["check"], "4259436435680")  # the table once took COLUMNS as it was
@example(["check", "--nope"], "100000000")  # and typer's usage error panel
@example(["check", "--jobs", "9" * 30, "*.toml", "sub", "link.toml"], None)
@example(["check", "--width", "-5"], None)
@example(["draft", "a.txt", "-o", "a.txt", "--force"], None)
def test_any_command_line_exits_0_1_or_2(args: list[str], columns: str | None) -> None:
    note(f"args={args!r} COLUMNS={columns!r}")
    env = {"COLUMNS": columns, "GITHUB_ACTIONS": None, "CI": None, "NO_COLOR": None}
    with tempfile.TemporaryDirectory() as name, contextlib.chdir(name):
        populate(Path(name))
        with memory_cap():
            result = CliRunner().invoke(app, args, env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.output
    assert "internal error" not in result.output
