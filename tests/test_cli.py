"""The command line through CliRunner (and a subprocess or two): exit codes, formats, options."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from aktobe_facts import __version__
from aktobe_facts.checks import CHECKS
from aktobe_facts.cli import app
from conftest import plain_environment

ANSI = re.compile(r"\x1b\[")

CLEAN = """\
[[claim]]
id = "p1"
quote = "q"
value = "85 billion tenge"
counterpart = "US$203 million"

[[claim]]
id = "p2"
quote = "q"
value = "2.1 billion tenge"
counterpart = "US$4.9 million"

[[group]]
id = "g"

[[claim]]
id = "a"
quote = "q"
value = "49 percent"
group = "g"

[[claim]]
id = "rest"
quote = "q"
group = "g"
remainder = true
"""

ERROR = """\
[[group]]
id = "g"

[[claim]]
id = "a"
quote = "q"
value = "60 percent"
group = "g"

[[claim]]
id = "b"
quote = "q"
value = "45 percent"
group = "g"
"""

WARNING = (
    CLEAN.split("[[group]]")[0]
    + """\
[[reference]]
id = "low"
value = "401.5 tenge per US$"
source = "a central bank"
"""
)


@pytest.fixture(autouse=True)
def _plain_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run in an empty folder (no pyproject configuration) with no CI variables."""
    plain_environment(tmp_path, monkeypatch)
    (tmp_path / "clean.toml").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "error.toml").write_text(ERROR, encoding="utf-8")
    (tmp_path / "warning.toml").write_text(WARNING, encoding="utf-8")
    yield


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def test_clean_file_exits_0() -> None:
    result = run("check", "clean.toml")
    assert result.exit_code == 0, result.output
    assert "exit 0" in result.output


def test_error_finding_exits_1() -> None:
    result = run("check", "error.toml")
    assert result.exit_code == 1
    assert "exit 1" in result.output


def test_fail_level_warning_makes_a_warning_fail() -> None:
    assert run("check", "warning.toml").exit_code == 0
    result = run("check", "warning.toml", "--fail-level", "warning", "--width", "200")
    assert result.exit_code == 1
    assert "fail level: warning" in result.output
    assert run("check", "warning.toml", "--fail-level", "WARNING").exit_code == 1
    # info: an undetermined lone conversion would fail too; an error file fails at every level
    assert run("check", "error.toml", "--fail-level", "info").exit_code == 1


def test_unknown_fail_level_exits_2() -> None:
    result = run("check", "clean.toml", "--fail-level", "fatal")
    assert result.exit_code == 2
    assert "fatal" in result.output


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("missing.toml", None, "missing.toml: no such file"),
        ("syntax.toml", '[[claim]]\nid = "a\n', "syntax.toml:2:"),
        ("unit.toml", '[[claim]]\nid = "a"\nquote = "q"\nvalue = "5 parsecs"\n', "unknown unit"),
        ("empty.toml", "", "no [[claim]] tables"),
    ],
)
def test_unusable_input_exits_2(name: str, content: str | None, fragment: str) -> None:
    if content is not None:
        Path(name).write_text(content, encoding="utf-8")
    result = run("check", name)
    assert result.exit_code == 2
    assert fragment in result.output
    assert "unusable" in result.output
    assert "Traceback" not in result.output


def test_one_unusable_file_among_good_ones_exits_2() -> None:
    result = run("check", "clean.toml", "missing.toml", "error.toml")
    assert result.exit_code == 2
    assert "3 file(s)" in result.output and "1 unusable" in result.output


def test_json_shape() -> None:
    result = run("check", "error.toml", "clean.toml", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert {"tool", "version", "schema", "exit_code", "summary", "files", "fail_level"} <= set(data)
    assert data["tool"] == "aktobe-facts"
    assert data["version"] == __version__
    assert data["schema"] == 1
    assert data["exit_code"] == 1
    assert data["fail_level"] == "error"
    summary = data["summary"]
    assert summary["files"] == 2 and summary["unusable"] == 0
    assert summary["errors"] == 1 and summary["failed"] == 1
    assert summary["claims"] == 6
    assert [f["path"] for f in data["files"]] == ["error.toml", "clean.toml"]
    (finding,) = data["files"][0]["findings"]
    expected = {
        "check",
        "outcome",
        "severity",
        "claims",
        "line",
        "message",
        "inputs",
        "result",
        "bound",
        "nearest",
        "suggestion",
        "notes",
    }
    assert expected <= set(finding)
    assert finding["check"] == "shares"
    assert finding["outcome"] == "fail" and finding["severity"] == "error"
    assert finding["claims"] == ["a", "b"] and finding["line"] == 1
    assert all(set(step) == {"label", "text"} for step in finding["inputs"])
    assert data["files"][0]["error"] is None


def test_json_for_an_unusable_file() -> None:
    result = run("check", "missing.toml", "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["exit_code"] == 2 and data["summary"]["unusable"] == 1
    error = data["files"][0]["error"]
    assert error["message"] == "no such file"
    assert error["text"] == "missing.toml: no such file"
    assert {"line", "column", "item", "field"} <= set(error)


def test_unknown_format_exits_2() -> None:
    result = run("check", "clean.toml", "--format", "yaml")
    assert result.exit_code == 2
    assert "unknown format 'yaml'" in result.output


def test_select_and_ignore() -> None:
    selected = json.loads(
        run("check", "clean.toml", "--format", "json", "--select", "shares").stdout
    )
    assert {f["check"] for f in selected["files"][0]["findings"]} == {"shares"}
    ignored = json.loads(
        run("check", "clean.toml", "--format", "json", "--ignore", "shares").stdout
    )
    checks = {f["check"] for f in ignored["files"][0]["findings"]}
    assert "shares" not in checks and "conversions" in checks
    # an error file passes when its failing check is ignored
    assert run("check", "error.toml", "--ignore", "shares").exit_code == 0
    assert run("check", "error.toml", "--select", "conversions").exit_code == 0
    assert (
        run("check", "error.toml", "--select", "conversions", "--select", "shares").exit_code == 1
    )


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_check_id_exits_2(option: str) -> None:
    result = run("check", "clean.toml", option, "no-such-check")
    assert result.exit_code == 2
    assert "unknown check 'no-such-check'" in result.output
    assert "conversions" in result.output  # the known checks are listed


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"aktobe-facts {__version__}"


def test_python_m_version() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "aktobe_facts", "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert completed.returncode == 0
    assert completed.stdout.strip() == f"aktobe-facts {__version__}"


def test_python_m_check_exit_code(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "aktobe_facts", "check", str(tmp_path / "error.toml")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        cwd=tmp_path,
    )
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr


def test_table_output_has_verdicts_and_summary() -> None:
    result = run("check", "clean.toml", "error.toml", "--width", "200")
    out = result.output
    assert "✓ pass" in out
    assert "✗ fail (error)" in out
    assert "clean.toml: 4 claims, 3 relations tested" in out  # with rate-magnitudes
    assert (
        "2 file(s), 6 claims, 4 relations: 3 passed, 1 failed, 0 undetermined; "
        "1 error(s), 0 warning(s), 0 info — exit 1 (fail level: error)"
    ) in out
    # the failing finding's arithmetic is shown with its nearest value
    assert "4 percent too much" in out


def test_undetermined_verdict_mark() -> None:
    Path("lone.toml").write_text(CLEAN.split('[[claim]]\nid = "p2"')[0], encoding="utf-8")
    result = run("check", "lone.toml", "--width", "200")
    assert result.exit_code == 0
    assert "? undetermined (info)" in result.output


def test_non_terminal_output_has_no_ansi_escapes() -> None:
    result = run("check", "clean.toml", "error.toml")
    assert not ANSI.search(result.output)


def _run_in_terminal(path: Path, env: dict[str, str]) -> str:
    """Run the CLI with its stdout on a pseudo-terminal and return what it printed."""
    pty = pytest.importorskip("pty")
    primary, secondary = pty.openpty()
    try:
        completed = subprocess.run(
            [sys.executable, "-m", "aktobe_facts", "check", str(path), "--width", "120"],
            stdout=secondary,
            stderr=subprocess.PIPE,
            env=env,
            cwd=path.parent,
            check=False,
            timeout=60,
        )
        os.close(secondary)
        chunks = []
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(primary)
    assert completed.returncode == 1
    return b"".join(chunks).decode("utf-8", "replace")


def test_terminal_output_is_colored_unless_no_color(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI", "GITHUB_ACTIONS")}
    colored = _run_in_terminal(tmp_path / "error.toml", env)
    assert ANSI.search(colored)
    plain = _run_in_terminal(tmp_path / "error.toml", {**env, "NO_COLOR": "1"})
    assert "✗ fail" in plain
    assert not ANSI.search(plain)


def test_check_ids_are_listed_in_the_registry() -> None:
    for core in ("conversions", "missing-counterpart", "shares", "ratios"):
        assert core in CHECKS
