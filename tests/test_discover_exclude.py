"""``exclude`` in ``[tool.aktobe-facts]``: what a folder's or a pattern's search leaves out, what
the command line names is always checked, and this repository's own configuration leaves its test
fixtures out of a bare ``check``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pathspec
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from aktobe_facts.claims.config import load_config
from aktobe_facts.claims.loader import LoadError
from aktobe_facts.cli import app
from aktobe_facts.discover import Exclusions, discover

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = '[[claim]]\nid = "a"\nquote = "q"\nvalue = "5 percent"\n'


def test_a_bare_check_at_the_repository_root_checks_its_claims_file_only() -> None:
    """tests/corpus and tests/heldout hold claims.toml files that are wrong on purpose."""
    config = load_config(ROOT)
    assert config.path == ROOT / "pyproject.toml"
    assert config.exclude == ("tests/",)
    found = discover([ROOT], Exclusions(ROOT, config.exclude))
    assert found == [ROOT / "claims.toml"]
    assert len(discover([ROOT / "tests" / "corpus"], Exclusions(ROOT, config.exclude))) >= 15


def _project(tmp_path: Path, exclude: str) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f"[tool.aktobe-facts]\nexclude = {exclude}\n", encoding="utf-8"
    )
    for name in (
        "claims.toml",
        "tests/corpus/a/claims.toml",
        "tests/b.claims.toml",
        "news/x.draft.claims.toml",
        "news/drafts/claims.toml",
        "news/y.claims.toml",
        "drafts.claims.toml",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(CLAIMS, encoding="utf-8")


def _checked(tmp_path: Path, *args: str, cwd: str = ".") -> list[str]:
    here = Path.cwd()
    os.chdir(tmp_path / cwd)
    try:
        result = CliRunner().invoke(app, ["check", *args, "-f", "json"])
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.output
    paths = [Path(f["path"]) for f in json.loads(result.output)["files"]]
    return sorted(os.path.relpath((tmp_path / cwd / p).resolve(), tmp_path) for p in paths)


def test_exclude_leaves_out_what_a_search_finds(tmp_path: Path) -> None:
    _project(tmp_path, '["tests/", "*.draft.claims.toml", "drafts/"]')
    # "drafts/" is a folder: the file drafts.claims.toml is kept; a name matches at any depth
    assert _checked(tmp_path) == ["claims.toml", "drafts.claims.toml", "news/y.claims.toml"]
    assert _checked(tmp_path, "**/*claims.toml") == _checked(tmp_path)
    assert _checked(tmp_path, "news") == ["news/y.claims.toml"]
    # from a subfolder, the patterns are still relative to the folder of pyproject.toml
    assert _checked(tmp_path, cwd="news") == ["news/y.claims.toml"]


def test_what_the_command_line_names_is_always_checked(tmp_path: Path) -> None:
    _project(tmp_path, '["tests/", "*.draft.claims.toml", "corpus"]')
    assert _checked(tmp_path, "news/x.draft.claims.toml") == ["news/x.draft.claims.toml"]
    # a named folder is searched, and a pattern below it still applies ("corpus")
    assert _checked(tmp_path, "tests") == ["tests/b.claims.toml"]
    assert _checked(tmp_path, "tests/corpus") == ["tests/corpus/a/claims.toml"]
    assert _checked(tmp_path, "tests/corpus/*/claims.toml") == ["tests/corpus/a/claims.toml"]
    assert _checked(tmp_path, cwd="tests") == ["tests/b.claims.toml"]


def test_anchored_patterns_name_one_path(tmp_path: Path) -> None:
    _project(tmp_path, '["/claims.toml", "news/drafts"]')
    assert _checked(tmp_path) == [
        "drafts.claims.toml",
        "news/x.draft.claims.toml",
        "news/y.claims.toml",
        "tests/b.claims.toml",
        "tests/corpus/a/claims.toml",
    ]


def test_a_search_left_empty_by_exclude_says_so(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.aktobe-facts]\nexclude = ["tests/"]\n', encoding="utf-8"
    )
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "claims.toml").write_text(CLAIMS, encoding="utf-8")
    here = Path.cwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(app, ["check"])
    finally:
        os.chdir(here)
    assert result.exit_code == 2
    assert (
        "no claims files found in . (looked for *.claims.toml and claims.toml; `exclude` in "
        f"{tmp_path}/pyproject.toml left some out)" in " ".join(result.output.split())
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('"tests/"', 'must be a list of path patterns, such as ["tests/"]'),
        ('["tests/", 3]', 'must be a list of path patterns, such as ["tests/"]'),
        ('[""]', 'must be a list of path patterns, such as ["tests/"]'),
        (
            '["../other"]',
            "'../other': a pattern names paths below the folder of pyproject.toml, with '/' "
            "between names (no '..' and no backslash)",
        ),
    ],
)
def test_bad_patterns_are_refused_with_their_line(tmp_path: Path, value: str, message: str) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.aktobe-facts]\nlocale = "en"\nexclude = {value}\n', encoding="utf-8"
    )
    with pytest.raises(LoadError) as caught:
        load_config(tmp_path)
    assert str(caught.value) == (
        f"{tmp_path}/pyproject.toml:3: [tool.aktobe-facts]: field 'exclude': {message}"
    )


_NAMES = st.sampled_from(["a", "b", "ab", "a.toml", "b.toml"])
_PATTERN_NAMES = st.sampled_from(["a", "b", "*", "?", "a*", "*.toml", "[ab]", "[!a]*", "**"])


@st.composite
def _patterns(draw: st.DrawFn) -> str:
    names = draw(st.lists(_PATTERN_NAMES, min_size=1, max_size=3))
    lead = draw(st.sampled_from(["", "/"]))
    trail = draw(st.sampled_from(["", "/"]))
    return lead + "/".join(names) + trail


@given(st.lists(_patterns(), min_size=1, max_size=3), st.lists(_NAMES, min_size=1, max_size=4))
def test_patterns_leave_out_what_gitignore_ignores(patterns: list[str], names: list[str]) -> None:
    """The patterns mean what they mean in a .gitignore file (pathspec, the gitignore matcher,
    as the reference): a file is left out when gitignore would ignore it."""
    root = Path("/project")
    path = root.joinpath(*names)
    expected = pathspec.GitIgnoreSpec.from_lines(patterns).match_file("/".join(names))
    assert Exclusions(root, patterns).hides(path, root) == expected
