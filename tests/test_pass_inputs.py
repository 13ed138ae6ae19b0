"""Passes without their inputs: only for reports that show none, and their text never built."""

from __future__ import annotations

import dataclasses
import inspect
import json
import pickle
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from _interleave import read_while_held
from aktobe_facts import findings
from aktobe_facts.api import check_paths
from aktobe_facts.checks import _common
from aktobe_facts.findings import Finding, Outcome, Step
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.report import (
    FORMAT_NAMES,
    RenderOptions,
    get_format,
    shows_pass_inputs,
    shows_pass_words,
    shows_problem_inputs,
)
from aktobe_facts.result import FileReport, Report

SEED = Path(__file__).resolve().parent.parent / "claims.toml"


def _without_inputs(report: Report, dropped: Callable[[Finding], bool]) -> Report:
    """The report with the inputs of the findings ``dropped`` selects left out."""
    files = [
        FileReport(
            r.path,
            r.claims,
            [replace(f, inputs=()) if dropped(f) else f for f in r.findings],
            r.error,
            r.article,
        )
        for r in report.files
    ]
    return Report(files, report.fail_level)


def _without_pass_inputs(report: Report) -> Report:
    return _without_inputs(report, lambda f: f.outcome is Outcome.PASS)


@pytest.mark.parametrize("name", FORMAT_NAMES)
@pytest.mark.parametrize("verbose", [False, True])
def test_a_format_that_shows_no_pass_inputs_renders_the_same_without_them(
    name: str, verbose: bool
) -> None:
    formatter = get_format(name)
    assert formatter.PASS_INPUTS in ("always", "verbose", "never")
    options = RenderOptions(width=120, verbose=verbose)
    full = check_paths([SEED])
    assert any(f.outcome is Outcome.PASS and f.inputs for f in full.findings())
    rendered = formatter.render(full, options)
    if shows_pass_inputs(formatter, options):
        assert rendered != formatter.render(_without_pass_inputs(full), options)
    else:
        assert rendered == formatter.render(_without_pass_inputs(full), options)


def test_check_paths_leaves_out_the_inputs_of_passes_only(tmp_path: Path) -> None:
    full = check_paths([SEED])
    lean = check_paths([SEED], pass_inputs=False)
    assert [(f.check, f.outcome, f.message) for f in full.findings()] == [
        (f.check, f.outcome, f.message) for f in lean.findings()
    ]
    for a, b in zip(full.findings(), lean.findings(), strict=True):
        assert b.inputs == (() if a.outcome is Outcome.PASS else a.inputs)
        assert replace(a, inputs=b.inputs) == b  # every other field kept
    assert lean.exit_code() == full.exit_code()


def test_the_text_of_a_stated_input_is_built_only_when_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[str] = []
    real = _common._stated_text

    def counted(quantity: Quantity) -> str:
        text = real(quantity)
        built.append(text)
        return text

    monkeypatch.setattr(_common, "_stated_text", counted)
    report = check_paths([SEED], pass_inputs=False)
    assert built == []  # nothing read yet: no text made
    problem = next(f for f in report.findings() if f.is_problem and f.inputs)
    first = problem.inputs[0].text
    assert built == [first] and first.startswith('"')
    assert problem.inputs[0].text == first and len(built) == 1  # made once


def test_no_input_step_is_made_when_no_finding_keeps_inputs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[str] = []
    real = findings._LaterStep.__init__

    def counted(self: Any, label: str, *args: Any, **kwargs: Any) -> None:
        made.append(label)
        real(self, label, *args, **kwargs)

    monkeypatch.setattr(findings._LaterStep, "__init__", counted)
    kept = check_paths([SEED], pass_inputs=False)
    assert made  # the problems' inputs are kept: their steps are made
    assert all(step is not findings.UNKEPT for f in kept.findings() for step in f.inputs)
    made.clear()
    bare = check_paths([SEED], pass_inputs=False, problem_inputs=False)
    assert made == [] and all(not f.inputs for f in bare.findings())
    assert [replace(f, inputs=()) for f in kept.findings()] == list(bare.findings())


def test_a_step_is_made_once_travels_as_text_and_compares_by_text() -> None:
    calls: list[int] = []

    def make() -> str:
        calls.append(1)
        return "[1, 2] percent"

    step = Step.later("a", make)
    assert calls == []
    copy = pickle.loads(pickle.dumps(step))
    assert calls == [1] and type(copy) is Step and copy == Step("a", "[1, 2] percent") == step
    assert hash(copy) == hash(step) and step.text == "[1, 2] percent" and calls == [1]
    assert repr(step) == "Step(label='a', text='[1, 2] percent')"
    # still a dataclass to the API's users: asdict, replace, frozen
    assert dataclasses.asdict(Step.later("b", make)) == {"label": "b", "text": "[1, 2] percent"}
    assert dataclasses.replace(step, text="x") == Step("a", "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        step.label = "c"  # type: ignore[misc]


def test_a_later_step_read_while_another_thread_makes_it() -> None:
    # one thread finds no text and is held before it looks for the maker; meanwhile the other
    # makes the text: the first must then return that text
    step = Step.later("a", lambda: "text")
    getter = inspect.getattr_static(type(step), "text").fget
    found = read_while_held(getter, "make = self._make", lambda: step.text)
    assert found == {"held": "text", "free": "text"}


def test_findings_without_their_inputs_are_still_plain_dataclasses() -> None:
    report = check_paths([SEED])
    for finding in report.findings():
        data = dataclasses.asdict(finding)
        assert list(data["inputs"]) == [{"label": s.label, "text": s.text} for s in finding.inputs]
        json.dumps(data)


def test_the_cli_keeps_pass_inputs_for_a_format_that_shows_them(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from aktobe_facts.cli import app

    def pass_inputs(data: dict[str, Any]) -> list[object]:
        return [
            f["inputs"]
            for file in data["files"]
            for f in file["findings"]
            if f["outcome"] == "pass"
        ]

    runner = CliRunner()
    shown = runner.invoke(app, ["check", "--format", "json", str(SEED)])
    assert all(pass_inputs(json.loads(shown.stdout)))
    # the table on the terminal shows none, but the JSON file written alongside does
    out = tmp_path / "report.json"
    runner.invoke(app, ["check", "-q", str(SEED), "--output", str(out)])
    assert all(pass_inputs(json.loads(out.read_text(encoding="utf-8"))))


def _verdict_alone(f: Finding) -> Finding:
    """A pass as a run that keeps no pass's words makes it (``narrowed`` is set after)."""
    return Finding(
        f.check, f.outcome, f.severity, f.claims, f.line, "", rounding_only=f.rounding_only
    )


def _without_pass_words(report: Report) -> Report:
    files = [
        FileReport(
            r.path,
            r.claims,
            [
                replace(_verdict_alone(f), narrowed=f.narrowed) if f.outcome is Outcome.PASS else f
                for f in r.findings
            ],
            r.error,
            r.article,
        )
        for r in report.files
    ]
    return Report(files, report.fail_level)


@pytest.mark.parametrize("name", FORMAT_NAMES)
@pytest.mark.parametrize(("verbose", "quiet"), [(False, False), (True, False), (False, True)])
def test_a_format_that_shows_no_pass_words_renders_the_same_without_them(
    name: str, verbose: bool, quiet: bool
) -> None:
    formatter = get_format(name)
    assert formatter.PASS_WORDS in ("always", "verbose", "unless-quiet", "never")
    options = RenderOptions(width=120, verbose=verbose, quiet=quiet)
    full = check_paths([SEED])
    rendered = formatter.render(full, options)
    if shows_pass_words(formatter, options):
        assert rendered != formatter.render(_without_pass_words(full), options)
    else:
        assert rendered == formatter.render(_without_pass_words(full), options)


def test_check_paths_without_pass_words_keeps_every_verdict_and_the_gate() -> None:
    paths = [SEED, *sorted((SEED.parent / "tests" / "corpus").glob("*/claims.toml"))]
    full = check_paths(paths)
    lean = check_paths(paths, pass_inputs=False, pass_words=False)
    assert lean.summary() == full.summary() and lean.exit_code() == full.exit_code()
    for a, b in zip(full.findings(), lean.findings(), strict=True):
        if a.outcome is Outcome.PASS and not a.narrowed:
            assert b == _verdict_alone(a)
        elif a.outcome is Outcome.PASS:  # a pass in a joint conflict: its words are its own
            assert replace(b, message="") == replace(_verdict_alone(a), narrowed=a.narrowed)
        else:
            assert b == a
    assert all(f.message for f in full.findings())


def _without_problem_inputs(report: Report) -> Report:
    return _without_inputs(report, lambda f: f.is_problem)


@pytest.mark.parametrize("name", FORMAT_NAMES)
@pytest.mark.parametrize("quiet", [False, True])
def test_a_format_that_shows_no_problem_inputs_renders_the_same_without_them(
    name: str, quiet: bool
) -> None:
    formatter = get_format(name)
    assert formatter.PROBLEM_INPUTS in ("always", "unless-quiet", "never")
    options = RenderOptions(width=120, quiet=quiet)
    full = check_paths([SEED])
    assert any(f.is_problem and f.inputs for f in full.findings())
    rendered = formatter.render(full, options)
    if shows_problem_inputs(formatter, options):
        assert rendered != formatter.render(_without_problem_inputs(full), options)
    else:
        assert rendered == formatter.render(_without_problem_inputs(full), options)
    lean = check_paths([SEED], problem_inputs=False)
    assert lean.files == _without_problem_inputs(full).files


def test_the_cli_leaves_out_pass_words_only_for_formats_that_show_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from aktobe_facts import api
    from aktobe_facts.cli import app

    asked: list[tuple[bool, bool, bool]] = []
    real = api.check_paths

    def spy(*args: Any, **kwargs: Any) -> Report:
        asked.append((kwargs["pass_inputs"], kwargs["pass_words"], kwargs["problem_inputs"]))
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "check_paths", spy)
    runner = CliRunner()
    runner.invoke(app, ["check", "-q", str(SEED)])
    runner.invoke(app, ["check", "-q", "--format", "json", str(SEED)])
    runner.invoke(app, ["check", "-q", str(SEED), "--output", str(tmp_path / "r.json")])
    runner.invoke(app, ["check", str(SEED)])
    runner.invoke(app, ["check", "--format", "sarif", str(SEED)])
    runner.invoke(app, ["check", "--format", "line", "-v", str(SEED)])
    assert asked == [
        (False, False, False),
        (True, True, True),
        (True, True, True),
        (False, True, True),
        (False, False, True),
        (False, True, False),
    ]
