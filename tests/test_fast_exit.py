"""The console entry point ends without Python's finalisation (``aktobe_facts.cli._leave``), and
nothing a user sees changes with it: every byte of output arrives, files written are whole and
their temporary files gone, atexit handlers run, the exit codes stay, a running thread is waited
for. Each test runs the real entry point in a child process, since only a real exit shows this.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aktobe_facts.cli import app

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
PLAIN = {
    k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CI", "NO_COLOR", "COLUMNS")
}


def entry(args: list[str], cwd: Path = ROOT, before: str = "") -> subprocess.CompletedProcess[str]:
    """``aktobe-facts ARGS`` through the console entry point, with ``before`` run first in the
    same process."""
    code = "\n".join(
        [
            "import sys",
            textwrap.dedent(before),
            "from aktobe_facts.cli import main",
            f"sys.argv = ['aktobe-facts', *{args!r}]",
            "main()",
        ]
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=PLAIN,
    )


WITNESS = """
    import atexit

    class Witness:
        def __del__(self):
            sys.stderr.write("finalised\\n")

    witness = Witness()  # freed by the interpreter's finalisation, if it runs
    atexit.register(lambda: sys.stderr.write("atexit ran\\n"))
"""


@pytest.mark.parametrize("args", [["check", "claims.toml"], ["--version"], ["check", "nothing"]])
def test_the_entry_point_skips_finalisation_and_runs_atexit(args: list[str]) -> None:
    done = entry(args, before=WITNESS)
    assert "atexit ran" in done.stderr
    assert "finalised" not in done.stderr
    assert done.returncode in (0, 1, 2)


def test_a_running_thread_is_waited_for_and_the_exit_is_the_usual_one() -> None:
    before = (
        WITNESS
        + """
    import threading

    def late():
        threading.main_thread().join()  # still running when the main thread ends, however slow
        sys.stderr.write("thread done\\n")

    threading.Thread(target=late).start()
    """
    )
    done = entry(["check", "claims.toml"], before=before)
    assert done.returncode == 1
    assert "thread done" in done.stderr
    assert "finalised" in done.stderr  # no shortcut past a thread Python would wait for


RAISE = """
    import aktobe_facts.api

    def broken(*args, **kwargs):
        raise {0}

    aktobe_facts.api.check_paths = broken
"""


@pytest.mark.parametrize(
    ("args", "before", "code"),
    [
        (["check", "tests/corpus/az-budget-2016/claims.toml"], "", 0),
        (["check", "claims.toml"], "", 1),
        (["check", "no-such.claims.toml"], "", 2),
        (["check", "--no-such-option"], "", 2),
        (["check", "claims.toml"], RAISE.format("RuntimeError('a bug')"), 3),
        (["check", "claims.toml"], RAISE.format("KeyboardInterrupt"), 130),
    ],
)
def test_the_exit_codes_are_kept(args: list[str], before: str, code: int) -> None:
    done = entry(args, before=before)
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr


def test_the_entry_point_prints_what_the_app_prints_every_byte(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # far more than a pipe holds, so that what is buffered at the end must still be written
    args = ["check", "--format", "json", "--verbose", "--jobs", "2", "tests/corpus"]
    done = entry(args)
    monkeypatch.chdir(ROOT)
    for name in ("GITHUB_ACTIONS", "CI", "NO_COLOR", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    in_process = CliRunner().invoke(app, args)
    assert len(done.stdout) > 200_000
    assert done.stdout == in_process.stdout
    assert done.returncode == in_process.exit_code
    assert json.loads(done.stdout)["summary"]["files"] == len(list(CORPUS.glob("*/claims.toml")))


def test_a_file_written_is_whole_and_its_temporary_file_gone(tmp_path: Path) -> None:
    seed = (ROOT / "claims.toml").read_text(encoding="utf-8")
    (tmp_path / "claims.toml").write_text(seed, encoding="utf-8")
    done = entry(["check", "claims.toml", "-o", "report.json"], cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["claims"] == 27
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.toml", "report.json"]
