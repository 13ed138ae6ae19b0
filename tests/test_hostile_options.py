"""Hostile command-line options: every number an option takes is bounded (a usage error or a
documented clamp), and no path argument is empty. See README -> Limits."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from typer.testing import CliRunner, Result

from aktobe_facts import api
from aktobe_facts.cli import app
from conftest import plain_environment

MAX_WIDTH = 1000  # README -> Limits

CLAIMS = """\
[[claim]]
id = "investment_total"
quote = "646.8 billion tenge (US$1.5 billion)"
value = "646.8 billion tenge"
counterpart = "US$1.5 billion"
subject = "investment in fixed assets with a long name to make the table wide"
"""


@pytest.fixture(autouse=True)
def _folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    plain_environment(tmp_path, monkeypatch)
    (tmp_path / "claims.toml").write_text(CLAIMS, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Grants of 140 million tenge.\n", encoding="utf-8")
    yield


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(app, list(args), env=env)


def usage_error(result: Result, fragment: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert fragment in " ".join(result.stderr.replace("│", " ").split())  # typer frames them
    assert result.stdout == ""


# -- --jobs -------------------------------------------------------------------------------------


class Pool:
    """Stands in for ProcessPoolExecutor: records how many workers were asked for."""

    asked: ClassVar[list[int]] = []

    def __init__(self, max_workers: int) -> None:
        Pool.asked.append(max_workers)

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def submit(self, work: Any, *args: Any) -> concurrent.futures.Future[Any]:
        done: concurrent.futures.Future[Any] = concurrent.futures.Future()
        done.set_result(work(*args))  # run here, at once
        return done


@pytest.mark.parametrize("jobs", [3, 3_000, 10**30, None])
def test_jobs_never_start_more_processes_than_cpus_or_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int | None
) -> None:
    for i in range(12):
        (tmp_path / f"f{i}.claims.toml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)  # imported when used
    monkeypatch.setattr(api, "cpus", lambda: 64)  # a large machine: the files are the bound
    Pool.asked = []
    report = api.check_paths([tmp_path], jobs=jobs)
    assert len(report.files) == 13
    assert Pool.asked == [min(jobs or 64, 13)]
    monkeypatch.setattr(api, "cpus", lambda: 2)  # a small one: the CPUs are
    Pool.asked = []
    api.check_paths([tmp_path], jobs=jobs)
    assert Pool.asked == [min(jobs or 2, 2)]


def test_an_astronomical_jobs_value_runs(tmp_path: Path) -> None:
    for i in range(9):
        (tmp_path / f"f{i}.claims.toml").write_text(CLAIMS, encoding="utf-8")
    result = run("check", "-q", "--jobs", "9" * 40, ".")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("10 file(s)")


@pytest.mark.parametrize("value", ["0", "-5"])
def test_jobs_below_one_is_a_usage_error(value: str) -> None:
    usage_error(run("check", "--jobs", value), "is not in the range x>=1")


# -- --width and COLUMNS ------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["-5", "0", "19", "1001", "100000000", "9" * 40])
def test_a_width_out_of_bounds_is_a_usage_error(value: str) -> None:
    usage_error(run("check", "--width", value), "is not in the range 20<=x<=1000")


@pytest.mark.parametrize(
    ("columns", "widest"),
    [("100000000", MAX_WIDTH), ("9" * 40, MAX_WIDTH), ("-5", 120), ("abc", 120), ("٣٠٠", 120)],
)
def test_columns_is_clamped_or_ignored(columns: str, widest: int) -> None:
    result = run("check", "claims.toml", env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) == widest


def test_the_widest_width_is_honoured() -> None:
    result = run("check", "claims.toml", "--width", str(MAX_WIDTH))
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) == MAX_WIDTH


# -- empty paths --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["check", ""],
        ["check", "claims.toml", ""],
        ["check", "claims.toml", "--article", ""],
        ["check", "claims.toml", "-o", ""],
        ["check", "a.txt", "--save-claims", ""],
        ["explain", "", "investment_total"],
        ["fill", ""],
        ["draft", ""],
        ["draft", "a.txt", "-o", ""],
    ],
)
def test_an_empty_path_is_a_usage_error(args: list[str]) -> None:
    usage_error(run(*args), "the path is empty")


def test_a_path_with_a_nul_is_a_usage_error() -> None:
    usage_error(run("check", "claims.toml\x00"), "the path holds a NUL character")
