"""Runs whose formats show no finding (``check -q``): each file's findings counted where they are
made, not kept nor sent back from worker processes; files handed to workers in shrinking runs."""

from __future__ import annotations

import pickle
import textwrap
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from aktobe_facts import api
from aktobe_facts.api import _runs, check_paths
from aktobe_facts.cli import app
from aktobe_facts.findings import Severity
from aktobe_facts.report import FORMAT_NAMES, RenderOptions, get_format, shows_findings
from aktobe_facts.result import Report
from test_gate import BROKEN, FAILING, WAIVED, WARNING_ONLY

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims.toml"


def _tree(root: Path, files: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in files.items():
        path = root / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        paths.append(path)
    return paths


def _mixed(root: Path) -> list[Path]:
    """Files that fail, warn, are waived or are unusable, with the seed and the corpus."""
    written = _tree(
        root,
        {
            "failing.claims.toml": FAILING,
            "waived.claims.toml": WAIVED,
            "warning.claims.toml": WARNING_ONLY,
            "broken.claims.toml": BROKEN,
        },
    )
    return [SEED, *written, *sorted((ROOT / "tests" / "corpus").glob("*/claims.toml"))]


_GENTLE = ("waived.claims.toml", "warning.claims.toml")


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[list[Path], Severity, Report]]:
    """The findings kept (one process) for each set of files and level: made once, the same
    whatever the jobs of the counted run they are compared with. The sets are the mixed files,
    the usable ones and the gentle ones (waived, warning only)."""
    paths = _mixed(tmp_path_factory.mktemp("mixed"))
    usable = [p for p in paths if "broken" not in p.name]
    sets = (paths, usable, [p for p in paths if p.name in _GENTLE])
    return [
        (files, level, check_paths(files, fail_level=level, jobs=1))
        for files in sets
        for level in Severity
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_counted_reports_give_the_summary_and_exit_code_of_the_findings(
    kept: list[tuple[list[Path], Severity, Report]], jobs: int
) -> None:
    _, level, full = kept[0]  # every file at the default level
    assert level is Severity.ERROR
    assert any(f.waived for f in full.findings()) and any(r.error for r in full.files)
    codes = set()
    for files, level, report in kept:
        counted = check_paths(files, fail_level=level, jobs=jobs, keep_findings=False)
        assert counted.summary() == report.summary()
        assert counted.exit_code() == report.exit_code()
        assert [(r.path, r.claims, r.error) for r in counted.files] == [
            (r.path, r.claims, r.error) for r in report.files
        ]
        assert not counted.findings() and all(r.counts is not None for r in counted.files)
        codes.add(counted.exit_code())
    assert codes == {0, 1, 2}


def test_a_counted_run_never_makes_the_words_of_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed's missing counterpart, ratio far from its norm, claims of one subject that differ
    and claims in no relation: their words (figures formatted, the figure that would fit) are
    made only for a run that shows findings."""
    from aktobe_facts.checks import counterparts, no_relation, plausibility, same_subject

    full = check_paths([SEED])

    def unmade(*args: object) -> str:
        raise AssertionError("words made for a counted run")

    for module, name in (
        (counterparts, "_missing_words"),
        (plausibility, "_words"),
        (same_subject, "_differ"),
        (same_subject, "_agree"),
        (no_relation, "_untested_words"),
    ):
        monkeypatch.setattr(module, name, unmade)
    counted = check_paths([SEED], pass_inputs=False, pass_words=False, keep_findings=False)
    assert counted.summary() == full.summary() and counted.exit_code() == full.exit_code()
    with pytest.raises(AssertionError, match="words made"):
        check_paths([SEED], pass_inputs=False, pass_words=False, problem_inputs=False)


def test_a_counted_report_is_small_and_loads_without_calling_anything() -> None:
    (report,) = check_paths([SEED]).files
    counted = report.counted()
    assert counted.count(report.findings[0].outcome) == report.count(report.findings[0].outcome)
    data = pickle.dumps(counted)
    assert len(data) * 4 < len(pickle.dumps(report))
    assert b"aktobe_facts.findings" not in data  # no enum or finding to rebuild in the parent
    assert pickle.loads(data) == counted


def _counted(report: Report) -> Report:
    return Report([r.counted() for r in report.files], report.fail_level)


@pytest.mark.parametrize("name", FORMAT_NAMES)
@pytest.mark.parametrize("quiet", [False, True])
def test_a_format_that_shows_no_finding_renders_the_same_from_counts(
    kept: list[tuple[list[Path], Severity, Report]], name: str, quiet: bool
) -> None:
    formatter = get_format(name)
    assert formatter.FINDINGS in ("always", "unless-quiet")
    options = RenderOptions(width=120, quiet=quiet)
    _, _, full = kept[0]  # every file at the default level
    rendered = formatter.render(full, options)
    if shows_findings(formatter, options):
        assert rendered != formatter.render(_counted(full), options)
    else:
        assert rendered == formatter.render(_counted(full), options)


def test_the_cli_counts_findings_only_when_no_format_shows_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    real = api.check_paths

    def spy(*args: Any, **kwargs: Any) -> Report:
        asked.append(kwargs["keep_findings"])
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "check_paths", spy)
    runner = CliRunner()
    out = tmp_path / "out.json"
    for args in (["-q"], [], ["-q", "--format", "line"], ["-q", "-o", str(out)]):
        runner.invoke(app, ["check", *args, str(SEED)])
    assert asked == [False, True, True, True]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_check_q_prints_what_it_did_with_every_finding_kept(
    kept: list[tuple[list[Path], Severity, Report]], jobs: str
) -> None:
    files, _, report = kept[0]  # every file at the default level
    paths = [str(p) for p in files]
    runner = CliRunner()
    result = runner.invoke(app, ["check", "-q", "--jobs", jobs, *paths])
    assert result.exit_code == report.exit_code() == 2
    assert result.stdout == get_format("table").render(report, RenderOptions(width=120, quiet=True))
    assert "parsecs" in result.stdout  # the unusable file's reason


@pytest.mark.parametrize("files", [1, 2, 7, 8, 9, 100, 1000, 1001])
@pytest.mark.parametrize("workers", [2, 3, 8])
def test_runs_cover_every_file_once_in_order_and_shrink(files: int, workers: int) -> None:
    paths = [Path(f"{i}.claims.toml") for i in range(files)]
    runs = list(_runs(paths, workers))
    assert [p for run in runs for p in run] == paths
    sizes = [len(run) for run in runs]
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] == 1
    assert sizes[0] <= max(1, files // (workers * 4))
    assert len(runs) <= 4 * workers * (files.bit_length() + 1)  # few tasks, not one per file
