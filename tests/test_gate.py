"""The CI gate: many files, directories and globs, exit codes, --jobs, waivers, configuration."""

from __future__ import annotations

import datetime as dt
import io
import json
import pickle
import textwrap
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from aktobe_facts.api import check_document, check_paths
from aktobe_facts.checks.waivers import apply_waivers
from aktobe_facts.claims.loader import loads
from aktobe_facts.cli import app
from aktobe_facts.discover import discover
from aktobe_facts.findings import Finding, Outcome, Severity, Step

CLEAN = """
[[claim]]
id = "a"
quote = "1.5 billion tenge (US$3.5 million)"
value = "1.5 billion tenge"
counterpart = "US$3.5 million"

[[claim]]
id = "b"
quote = "2.3 billion tenge (US$5.4 million)"
value = "2.3 billion tenge"
counterpart = "US$5.4 million"
"""

FAILING = """
[[claim]]
id = "grant"
quote = "140 million tenge (US$)"
value = "140 million tenge"
counterpart = "US$"
"""

WARNING_ONLY = """
[[claim]]
id = "roads"
quote = "raised the share of good roads by 13 percent"
value = "13 percent"
kind = "change"
"""

BROKEN = """
[[claim]]
id = "a"
quote = "x"
value = "12 parsecs"
"""

runner = CliRunner()


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def test_discovery_finds_claims_files_in_order(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "b/claims.toml": CLEAN,
            "a/x.claims.toml": CLEAN,
            "a/notes.toml": CLEAN,
            ".hidden/claims.toml": CLEAN,
            "c/deep/y.claims.toml": CLEAN,
        },
    )
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["a/x.claims.toml", "b/claims.toml", "c/deep/y.claims.toml"]


def test_discovery_expands_globs_and_keeps_missing_paths(tmp_path: Path) -> None:
    _tree(tmp_path, {"one.claims.toml": CLEAN, "two.claims.toml": CLEAN})
    pattern = str(tmp_path / "*.claims.toml")
    assert [p.name for p in discover([pattern])] == ["one.claims.toml", "two.claims.toml"]
    missing = tmp_path / "nope-*.toml"
    assert discover([str(missing)]) == [missing]  # reported as missing, never silently dropped
    # the same file twice is checked once
    assert len(discover([pattern, str(tmp_path / "one.claims.toml")])) == 2


def test_directory_with_broken_clean_and_failing_files(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "1.claims.toml": CLEAN,
            "2.claims.toml": FAILING,
            "3.claims.toml": BROKEN,
        },
    )
    result = runner.invoke(app, ["check", str(tmp_path), "--format", "json"])
    assert result.exit_code == 2  # unusable input wins
    data = json.loads(result.stdout)
    files = {Path(f["path"]).name: f for f in data["files"]}
    assert files["1.claims.toml"]["error"] is None
    assert all(f["outcome"] == "pass" for f in files["1.claims.toml"]["findings"])
    assert [f["check"] for f in files["2.claims.toml"]["findings"]] == ["missing-counterpart"]
    assert "unknown unit 'parsecs'" in files["3.claims.toml"]["error"]["message"]
    assert data["summary"]["files"] == 3 and data["summary"]["unusable"] == 1
    # without the broken file the failing one decides: exit 1
    (tmp_path / "3.claims.toml").unlink()
    assert runner.invoke(app, ["check", str(tmp_path)]).exit_code == 1
    (tmp_path / "2.claims.toml").unlink()
    assert runner.invoke(app, ["check", str(tmp_path)]).exit_code == 0


def test_fail_level_warning(tmp_path: Path) -> None:
    _tree(tmp_path, {"w.claims.toml": WARNING_ONLY})
    assert runner.invoke(app, ["check", str(tmp_path)]).exit_code == 0
    result = runner.invoke(app, ["check", str(tmp_path), "--fail-level", "warning"])
    assert result.exit_code == 1


def test_jobs_give_the_same_report_in_the_same_order(tmp_path: Path) -> None:
    files = {f"f{i:02d}.claims.toml": (FAILING if i % 3 == 0 else CLEAN) for i in range(24)}
    files["f05.claims.toml"] = BROKEN
    _tree(tmp_path, files)
    one = check_paths([tmp_path], jobs=1)
    two = check_paths([tmp_path], jobs=2)
    assert [r.path for r in one.files] == [r.path for r in two.files]
    assert [r.findings for r in one.files] == [r.findings for r in two.files]
    assert [str(r.error) for r in one.files] == [str(r.error) for r in two.files]
    assert two.exit_code() == 2


def test_findings_survive_the_trip_from_a_worker_process() -> None:
    # every field set to something other than its default, so a field left out would show
    finding = Finding(
        "conversions",
        Outcome.FAIL,
        Severity.WARNING,
        ("a", "b"),
        7,
        "message",
        inputs=(Step("a", "[1, 2]"), Step("b", "[3, 4]")),
        result="r",
        bound="b",
        nearest="n",
        suggestion="s",
        notes=("one", "two"),
        margin="m",
        rounding_only=True,
        waived="reason",
        narrowed="fails only with x read as [1, 2]",
    )
    assert {f.name for f in fields(Finding)} <= {
        name for name in dir(finding) if getattr(finding, name, None) not in (None, (), False)
    }
    copy = pickle.loads(pickle.dumps(finding))
    assert copy == finding and copy.inputs[1] == Step("b", "[3, 4]")


def test_output_file_keeps_the_table_on_the_terminal(tmp_path: Path) -> None:
    _tree(tmp_path, {"claims.toml": FAILING})
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["check", str(tmp_path / "claims.toml"), "--output", str(out)])
    assert result.exit_code == 1
    assert "missing-counterpart" in result.stdout and "✗" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["summary"]["errors"] == 1


def test_quiet_prints_the_summary_only(tmp_path: Path) -> None:
    _tree(tmp_path, {"claims.toml": FAILING})
    result = runner.invoke(app, ["check", str(tmp_path / "claims.toml"), "--quiet"])
    assert result.stdout.count("\n") <= 3
    assert "1 failed" in result.stdout and "missing-counterpart" not in result.stdout


WAIVED = (
    FAILING
    + """
[[waiver]]
check = "missing-counterpart"
claims = ["grant"]
reason = "the publisher confirmed no dollar figure was given"
"""
)


def test_a_waiver_marks_the_finding_and_does_not_fail_the_gate(tmp_path: Path) -> None:
    _tree(tmp_path, {"claims.toml": WAIVED})
    result = runner.invoke(app, ["check", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0
    (finding,) = json.loads(result.stdout)["files"][0]["findings"]
    assert finding["outcome"] == "fail" and finding["waived"] == (
        "the publisher confirmed no dollar figure was given"
    )


def test_an_unused_or_expired_waiver_is_a_warning() -> None:
    unused = loads(
        textwrap.dedent(
            CLEAN
            + """
        [[waiver]]
        check = "shares"
        claims = ["a"]
        reason = "old"
        """
        ),
        "w.toml",
    )
    findings = check_document(unused)
    stale = [f for f in findings if f.check == "waivers"]
    assert len(stale) == 1 and stale[0].severity is Severity.WARNING
    assert "matches no finding" in stale[0].message
    expiring = loads(textwrap.dedent(WAIVED + 'expires = "2024-01-31"\n'), "e.toml")
    before = apply_waivers(expiring, check_document(expiring), today=dt.date(2024, 1, 31))
    assert any(f.waived for f in before)
    after = check_document(expiring)  # today is past the date
    assert not any(f.waived for f in after)
    assert any(f.check == "waivers" and "expired on 2024-01-31" in f.message for f in after)


def test_waiver_needs_a_reason(tmp_path: Path) -> None:
    _tree(tmp_path, {"claims.toml": FAILING + '\n[[waiver]]\ncheck = "x"\nclaims = ["grant"]\n'})
    result = runner.invoke(app, ["check", "--width", "1000", str(tmp_path)])
    assert result.exit_code == 2
    assert "missing required field 'reason'" in result.stdout


def test_configuration_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(
        tmp_path,
        {
            "pyproject.toml": """
            [tool.aktobe-facts]
            fail-level = "warning"
            severity = { "percent-points" = "info", "missing-counterpart" = "warning" }
            """,
            "roads.claims.toml": WARNING_ONLY,
            "grant.claims.toml": FAILING
            + '\n[settings]\nseverity = { "missing-counterpart" = "error" }\n',
        },
    )
    monkeypatch.chdir(tmp_path)
    data = json.loads(runner.invoke(app, ["check", "--format", "json"]).stdout)
    by_name = {Path(f["path"]).name: f["findings"] for f in data["files"]}
    # pyproject lowers percent-points to info; the claims file's [settings] wins for the grant
    assert [f["severity"] for f in by_name["roads.claims.toml"] if f["outcome"] != "pass"] == [
        "info"
    ]
    assert by_name["grant.claims.toml"][0]["severity"] == "error"
    assert data["fail_level"] == "warning"
    # the command line wins over the configuration
    result = runner.invoke(app, ["check", "--fail-level", "error", "--format", "json"])
    assert json.loads(result.stdout)["fail_level"] == "error"


def test_settings_ignore_and_unknown_check_ids(tmp_path: Path) -> None:
    _tree(tmp_path, {"claims.toml": FAILING + '\n[settings]\nignore = ["missing-counterpart"]\n'})
    assert runner.invoke(app, ["check", str(tmp_path)]).exit_code == 0
    _tree(tmp_path, {"claims.toml": FAILING + '\n[settings]\nignore = ["no-such-check"]\n'})
    result = runner.invoke(app, ["check", str(tmp_path), "--format", "json"])
    assert result.exit_code == 2
    error = json.loads(result.stdout)["files"][0]["error"]
    assert error["field"] == "ignore" and "unknown check 'no-such-check'" in error["message"]


def test_bad_configuration_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(
        tmp_path, {"pyproject.toml": '[tool.aktobe-facts]\nfail-levl = "x"\n', "claims.toml": CLEAN}
    )
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 2
    assert "unknown key 'fail-levl'" in result.stderr


def test_pre_commit_hook_definition() -> None:
    from conftest import ROOT

    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "id: aktobe-facts" in text and "entry: aktobe-facts check" in text
    assert "language: python" in text
    assert Outcome.PASS.value == "pass"


def test_columns_and_width_set_the_table_width(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path, {"claims.toml": FAILING})
    target = str(tmp_path / "claims.toml")
    monkeypatch.setenv("COLUMNS", "70")
    narrow = runner.invoke(app, ["check", target]).stdout
    assert max(len(line) for line in narrow.splitlines()) <= 70
    wide = runner.invoke(app, ["check", target, "--width", "200"]).stdout
    assert max(len(line) for line in wide.splitlines()) > 70
    assert "\x1b[" not in narrow and "\x1b[" not in wide  # not a terminal: no colour codes


def test_no_color_is_honoured_in_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aktobe_facts.report import RenderOptions, formats

    _tree(tmp_path, {"claims.toml": FAILING})
    report = check_paths([tmp_path / "claims.toml"])
    table = formats()["table"]
    coloured = table.render(report, RenderOptions(width=100, color=True))
    plain = table.render(report, RenderOptions(width=100, color=False))
    assert "\x1b[" in coloured and "\x1b[" not in plain
    # the CLI asks for colour only when stdout is a terminal and NO_COLOR is unset
    from aktobe_facts.cli import use_color

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color(Terminal()) is True
    assert use_color(io.StringIO()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color(Terminal()) is False


def test_a_directory_without_claims_files_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.toml").write_text("x = 1\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "no claims files found" in result.stderr


def test_the_cycle_collector_is_paused_per_file_and_restored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from aktobe_facts import api
    from aktobe_facts.claims import loader

    _tree(tmp_path, {"a.claims.toml": CLEAN, "b.claims.toml": BROKEN})
    seen: list[bool] = []
    real_load = loader.load

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real_load(*args, **kwargs)

    monkeypatch.setattr(api, "load", spy)
    assert gc.isenabled()
    report = check_paths([tmp_path], jobs=1)
    assert seen == [False, False]  # paused while each file was loaded and checked
    assert gc.isenabled()  # and back on after a good file and after an unusable one
    assert report.files[1].error is not None

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(api, "load", boom)
    with pytest.raises(RuntimeError):
        api.check_file(tmp_path / "a.claims.toml")
    assert gc.isenabled()  # even when a bug escapes


def test_threads_checking_at_once_share_one_pause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc
    import threading

    from aktobe_facts import api
    from aktobe_facts.claims import loader

    _tree(tmp_path, {"a.claims.toml": CLEAN, "b.claims.toml": CLEAN})
    inside, release = threading.Event(), threading.Event()
    real_load = loader.load

    def held(path: Any, *args: Any, **kwargs: Any) -> Any:
        if str(path).endswith("a.claims.toml"):
            inside.set()
            release.wait(5)
        return real_load(path, *args, **kwargs)

    monkeypatch.setattr(api, "load", held)
    slow = threading.Thread(target=api.check_file, args=(tmp_path / "a.claims.toml",))
    slow.start()
    assert inside.wait(5)
    api.check_file(tmp_path / "b.claims.toml")  # starts and ends while "a" is being checked
    assert not gc.isenabled()  # still paused for "a"
    release.set()
    slow.join()
    assert gc.isenabled()

    gc.disable()  # an application that runs without the collector keeps it off
    try:
        api.check_file(tmp_path / "b.claims.toml")
        assert not gc.isenabled()
    finally:
        gc.enable()
