"""Project configuration (``[tool.aktobe-facts]`` of pyproject.toml): a claims file's guards, errors
that name the file, the line and the key, and a fuzz test (any contents load or are refused, never
crash)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, note
from hypothesis import strategies as st
from typer.testing import CliRunner

from _budget import costly
from aktobe_facts.api import check_document, selected_checks
from aktobe_facts.checks import CHECKS
from aktobe_facts.claims import loader
from aktobe_facts.claims.config import load_config
from aktobe_facts.claims.linemap import MAX_DOTS
from aktobe_facts.claims.loader import LoadError, loads
from aktobe_facts.cli import app
from test_fuzz import mutated, toml_str, toml_value, toml_values

runner = CliRunner()

CLAIMS = """\
[[claim]]
id = "a"
quote = "646.8 billion tenge (US$1.5 billion)"
value = "646.8 billion tenge"
counterpart = "US$1.5 billion"
"""


def refusal(tmp_path: Path, pyproject: str) -> str:
    (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_config(tmp_path)
    return str(caught.value)


def test_deep_dotted_keys_are_refused_before_parsing(tmp_path: Path) -> None:
    """3,000 keys 300 deep (1.8 MB) took the TOML parser 9.5 s and 1.4 GB."""
    deep = "\n".join(f"k{i}." + ".".join(["a"] * 300) + " = 1" for i in range(3_000))
    message = refusal(tmp_path, f'[tool.aktobe-facts]\nlocale = "en"\n{deep}\n')
    assert message == (
        f"{tmp_path}/pyproject.toml:3: cannot read the configuration: more than {MAX_DOTS} dots "
        "outside strings on one line: dotted keys or table names this deep are not a "
        "configuration's"
    )


def test_a_dotted_key_in_a_string_is_not_counted(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[project]\ndescription = "{"." * 40}"\n\n[tool.aktobe-facts]\nlocale = "de"\n',
        encoding="utf-8",
    )
    assert load_config(tmp_path).settings.locale.name == "de"


def test_a_pyproject_too_large_is_refused_by_its_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 100)
    message = refusal(tmp_path, "# " + "x" * 200 + "\n")
    assert message == f"{tmp_path}/pyproject.toml: file is 203 bytes; the limit is 100 bytes"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_pyproject_that_is_not_a_regular_file_is_refused(tmp_path: Path) -> None:
    """Not opened (a FIFO would block), and not looked past to a parent's pyproject.toml."""
    (tmp_path / "pyproject.toml").write_text('[tool.aktobe-facts]\nlocale = "de"\n')
    inner = tmp_path / "inner"
    inner.mkdir()
    os.mkfifo(inner / "pyproject.toml")
    with pytest.raises(LoadError) as caught:
        load_config(inner)
    assert str(caught.value) == (
        f"{inner}/pyproject.toml: is not a regular file (a FIFO, socket or device?)"
    )
    (inner / "pyproject.toml").unlink()
    (inner / "pyproject.toml").mkdir()
    with pytest.raises(LoadError, match="is a directory"):
        load_config(inner)


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ('fail-levl = "x"', "7: [tool.aktobe-facts]: unknown key 'fail-levl'; keys are: "),
        ('fail-level = "loud"', "7: [tool.aktobe-facts]: field 'fail-level': must be error, "),
        ('select = "conversions"', "7: [tool.aktobe-facts]: field 'select': must be a list of "),
        ('select = ["nope"]', "7: [tool.aktobe-facts]: field 'select': unknown check 'nope'"),
        ('approx = "5 tenge"', "7: [tool.aktobe-facts]: field 'approx': write the tolerance "),
        ('locale = "xx"', "7: [tool.aktobe-facts]: field 'locale': 'xx' is not one of: en, "),
        ("currencies = { som = 5 }", "7: [tool.aktobe-facts]: field 'currencies': expected a "),
        ('ignore = ["nope"]', "7: [tool.aktobe-facts]: field 'ignore': unknown check 'nope'"),
        (
            '[tool.aktobe-facts.severity]\n"percent-points" = "loud"',
            "5: [tool.aktobe-facts]: field 'severity': severity of 'percent-points' must be ",
        ),
        ("[tool]\naktobe-facts = 5", "6: [tool.aktobe-facts]: must be a table"),
        ("[tool.aktobe-facts]\nlocale = 5 5", "6:12: cannot read the configuration: TOML syntax"),
    ],
)
def test_errors_name_the_file_the_line_and_the_key(tmp_path: Path, body: str, where: str) -> None:
    """They said "[settings]" and gave no line."""
    if not body.startswith("["):
        body = f"[tool.aktobe-facts]\n# keys\n{body}"
    message = refusal(tmp_path, f'[project]\nname = "x"\n# the checker\n\n{body}\n')
    assert message.startswith(f"{tmp_path}/pyproject.toml:{where}"), message
    assert "[settings]" not in message


def test_the_cli_names_the_line_of_a_bad_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.aktobe-facts]\nlocale = "en"\napprox = "ten"\n', encoding="utf-8"
    )
    (tmp_path / "claims.toml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "claims.toml"])
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"aktobe-facts: error: {tmp_path}/pyproject.toml:3: [tool.aktobe-facts]: field 'approx': "
    )


# -- fuzz: any configuration is read or refused, never a crash -----------------------------------

KEYS = ["fail-level", "select", "ignore", "severity", "approx", "locale", "currencies"]


def plausible(key: str) -> st.SearchStrategy[object]:
    """Values of the right shape for ``key``, right or wrong in content."""
    checks = st.sampled_from([*CHECKS, "waivers", "nope", ""])
    levels = st.sampled_from(["error", "warning", "info", "loud", ""])
    by_key: dict[str, st.SearchStrategy[object]] = {
        "fail-level": levels,
        "select": st.lists(checks, max_size=3),
        "ignore": st.lists(checks, max_size=3),
        "severity": st.dictionaries(checks, levels, max_size=3),
        "approx": st.sampled_from(["5 percent", "10%", "-5 percent", "5", "ten", "1e5 percent"]),
        "locale": st.sampled_from(["en", "de", "fr", "ch", "xx", ""]),
        "currencies": st.dictionaries(
            st.sampled_from(["som", "Som ", "", "dollars", "x" * 300]),
            st.sampled_from(["KGS", "kgs", "US", "", "NAN"]),
            max_size=2,
        ),
    }
    return by_key.get(key, toml_values())


@st.composite
def pyprojects(draw: st.DrawFn) -> str:
    """A pyproject.toml with a [tool.aktobe-facts] table written one of the ways TOML allows."""
    table: dict[str, object] = {}
    for key in draw(st.lists(st.sampled_from([*KEYS, "fail-levl"]), max_size=5, unique=True)):
        table[key] = draw(st.one_of(plausible(key), plausible(key), toml_values()))
    if draw(st.booleans()):
        table[draw(st.text(max_size=8))] = draw(toml_values())
    style = draw(st.sampled_from(["table", "dotted", "inline", "subtables"]))
    head = '[project]\nname = "x"\n\n'
    if style == "table":
        body = "[tool.aktobe-facts]\n" + "".join(
            f"{toml_str(k)} = {toml_value(v)}\n" for k, v in table.items()
        )
    elif style == "dotted":
        body = "[tool]\n" + "".join(
            f"aktobe-facts.{toml_str(k)} = {toml_value(v)}\n" for k, v in table.items()
        )
    elif style == "inline":
        body = f"[tool]\naktobe-facts = {toml_value(table)}\n"
    else:
        body = "".join(
            f"[tool.aktobe-facts.{toml_str(k)}]\n"
            + "".join(f"{toml_str(kk)} = {toml_value(vv)}\n" for kk, vv in v.items())
            if isinstance(v, dict)
            else f"[tool.aktobe-facts]\n{toml_str(k)} = {toml_value(v)}\n"
            for k, v in table.items()
        )
    text = head + body
    if draw(st.integers(min_value=0, max_value=3)) == 0:
        text = draw(mutated(text))
    return text


@costly(30)
@given(pyprojects())
def test_any_configuration_is_read_or_refused(text: str) -> None:
    note(text)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "pyproject.toml").write_text(text, encoding="utf-8")
        try:
            config = load_config(Path(folder))
        except LoadError as exc:
            assert str(exc).startswith(f"{Path(folder).resolve()}/pyproject.toml")
            assert exc.message
            assert "[settings]" not in str(exc)
            return
    # what the CLI does with it: select the checks, then load and check with its settings
    checks = selected_checks(config.select)
    try:
        doc = loads(CLAIMS, "fuzz.toml", config.settings)
    except LoadError as exc:  # "646.8" in a file that writes decimal commas
        assert str(exc).startswith("fuzz.toml:")
        return
    for finding in check_document(doc, checks):
        assert finding.message
