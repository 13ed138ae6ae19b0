"""Hostile text on its way out: file names, claims text and articles in every output.

Whatever a claims file, an article or a file name holds — line breaks, ESC, right-to-left marks,
zero-width and other invisible format characters, bytes that are not UTF-8 — no output shows it
raw and none gains a record it did not write (:mod:`aktobe_facts.visible` is the one filter).
Also here: the message cap on the command line, waiver dates and duplicates, ``--select
waivers``. tests/test_fuzz.py runs random file names through every output.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
import tomli
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from aktobe_facts import cli
from aktobe_facts.claims.loader import MAX_MESSAGE, LoadError, load, loads
from aktobe_facts.cli import app
from aktobe_facts.report import formats
from aktobe_facts.visible import blanked, hidden, json_escaped, printable, toml_escaped

HOSTILE = Path(__file__).resolve().parent / "hostile"
runner = CliRunner()
FORGED = "x.toml:9:1: error forged: all fine\nb.claims.toml"
INVISIBLE = "r\u200fl\u061c\u200b\u202e\u2066.claims.toml"


def invoke(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code != 3 and "Traceback" not in result.output
    return result


def raw(text: str, layout: str = "\n") -> set[str]:
    return {c for c in text if c not in layout and hidden(c)}


def named(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text((HOSTILE / "terminal_escapes.toml").read_text("utf-8"), encoding="utf-8")
    return path


# -- the filter -------------------------------------------------------------------------------


def test_what_is_hidden() -> None:
    for char in "\x00\x1b\x7f\x85\x9b\n\t\r\u200e\u200f\u061c\u202e\u2066\u200b\u00ad\ufeff":
        assert hidden(char), repr(char)
    for char in "\u2028\u2029\udcff\ue000\U000e0001\ufffe":
        assert hidden(char), repr(char)
    for char in " a€Жگ٦\u00a0\u3000😀":  # letters, digits of any script, spaces, symbols
        assert not hidden(char), repr(char)


def test_printable_escapes_as_python_does() -> None:
    text = "a\x1b[31m\n\t\r\u200f\U000e0001\udcff\u00a0Ж"
    assert printable(text) == "a\\x1b[31m\\n\\t\\r\\u200f\\U000e0001\\udcff\u00a0Ж"
    assert printable("a\nb\tc\x1b", keep="\n\t") == "a\nb\tc\\x1b"


@given(st.text())
def test_every_escape_shows_no_hidden_character_and_loses_nothing(text: str) -> None:
    assert not raw(printable(text), "")
    assert not raw(printable(text, keep="\n"))
    dumped = json_escaped(json.dumps({"k": text}, ensure_ascii=False))
    assert not raw(dumped, "") and json.loads(dumped) == {"k": text}
    shown = blanked(text)
    assert len(shown) == len(text) and not raw(shown, "\t\n\r")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return  # a TOML document holds only Unicode scalar values
    document = toml_escaped('k = "' + text.replace("\\", "\\\\").replace('"', '\\"') + '"\n')
    if not any((c < " " and c != "\t") or c == "\x7f" for c in text):  # TOML wants these escaped
        assert not raw(document, "\n\t") and tomli.loads(document) == {"k": text}


# -- file names -------------------------------------------------------------------------------


def test_a_file_name_with_a_line_feed_forges_no_record(tmp_path: Path) -> None:
    path = named(tmp_path, FORGED)
    escaped = printable(str(path))
    line = invoke("check", str(path), "--format", "line")
    assert line.exit_code == 1
    *records, summary = line.stdout.splitlines()
    assert len(records) == 2 and all(r.startswith(escaped + ":") for r in records)
    assert summary.startswith("1 file, 3 claims")
    for kind in ("table", "github", "markdown"):
        out = invoke("check", str(path), "--format", kind, "--width", "500").stdout
        assert escaped in out, kind
        assert not any(x.lstrip().startswith("b.claims.toml") for x in out.splitlines()), kind
    explained = invoke("explain", str(path), "grant")
    assert explained.stdout.startswith(f"Claim grant ({escaped}, line 1)")


def test_invisible_characters_of_a_file_name_in_every_format(tmp_path: Path) -> None:
    path = named(tmp_path, INVISIBLE)
    for kind in formats():
        out = invoke("check", str(path), "--format", kind, "--width", "300").stdout
        assert not raw(out, "\n\t"), kind
        if kind in ("line", "table", "github", "markdown"):
            assert "r\\u200fl\\u061c\\u200b\\u202e\\u2066.claims.toml" in out.replace("\n", ""), (
                kind
            )
    data = json.loads(invoke("check", str(path), "--format", "json").stdout)
    assert data["files"][0]["path"] == str(path)  # JSON escapes give the exact name back


@pytest.mark.skipif(os.name != "posix", reason="a file name of bytes that are not UTF-8")
def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    path = named(tmp_path, os.fsdecode(b"\xff\xfe.claims.toml"))
    for kind in formats():
        result = invoke("check", str(path), "--format", kind)
        assert result.exit_code == 1 and not raw(result.stdout, "\n\t"), kind
    sarif = json.loads(invoke("check", str(path), "--format", "sarif").stdout)
    location = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("/%FF%FE.claims.toml")


def fill_dry_run(path: Path, quote: str = "q") -> Result:
    """``fill --dry-run`` of a file at ``path`` with a counterpart to fill, its quote ``quote``."""
    path.write_text(
        f'[[claim]]\nid = "g"\nquote = "{quote}"\nvalue = "140 million tenge"\n'
        'counterpart = "US$"\n\n[[claim]]\nid = "i"\nquote = "q"\nvalue = "421 million tenge"\n'
        'counterpart = "US$1 million"\n',
        encoding="utf-8",
    )
    return invoke("fill", str(path), "--dry-run")


def test_fill_dry_run_shows_an_escaped_name(tmp_path: Path) -> None:
    path = tmp_path / "a\nb.toml"
    result = fill_dry_run(path)
    assert result.exit_code == 0
    heads = [x for x in result.stdout.splitlines() if x.startswith(("--- ", "+++ "))]
    assert heads == [f"--- {printable(str(path))}", f"+++ {printable(str(path))}"]


# -- draft ------------------------------------------------------------------------------------

ARTICLE = (
    "Investment reached 646.8 billion tenge\x1b[2J (US$1.5 billion) in 2020.\n"
    "Some 1,100 jobs\u200f were\u202e created\u2028 at 14 plants\u200b.\n"
)


def test_draft_prints_the_article_text_escaped_and_keeps_it_exact(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    shown = invoke("draft", str(article))
    assert shown.exit_code == 0 and not raw(shown.stdout, "\n\t")
    assert "\\u200f" in shown.stdout and "\\u202e" in shown.stdout
    out = tmp_path / "claims.toml"
    written = invoke("draft", str(article), "-o", str(out))
    assert written.exit_code == 0 and not raw(out.read_text("utf-8"), "\n\t")
    doc = load(out)  # the TOML escapes read back as the article's own characters
    words = " ".join(ARTICLE.split())  # a draft's quote has the article's white space folded
    assert doc.claims and all(" ".join(claim.quote.split()) in words for claim in doc.claims)
    assert any("\u200f" in claim.quote for claim in doc.claims)


@pytest.mark.parametrize("name", ["art\nicle.txt", "e\x1b[31m.txt", "\u202eevil.txt"])
def test_draft_of_an_article_with_a_hostile_name(tmp_path: Path, name: str) -> None:
    article = tmp_path / name
    article.write_text(ARTICLE, encoding="utf-8")
    for args in ([str(article)], [str(article), "-o", str(tmp_path / "out.toml"), "--force"]):
        result = invoke("draft", *args)
        assert result.exit_code == 0, result.output
        assert not raw(result.stdout, "\n\t") and not raw(result.stderr)
        assert printable(name) in result.stdout + result.stderr


def test_an_internal_error_message_is_escaped(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> None:
        raise RuntimeError("<draft of e\x1b[31m.txt>")

    monkeypatch.setattr(cli, "app_for", lambda _args: broken)
    with pytest.raises(SystemExit) as exit_info:
        cli.run()  # main() as it is in-process; main() itself would end the process
    assert exit_info.value.code == 3
    err = capsys.readouterr().err
    assert "\x1b" not in err and "<draft of e\\x1b[31m.txt>" in err


# -- messages ---------------------------------------------------------------------------------


def test_explain_caps_a_huge_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HOSTILE)
    result = invoke("explain", "terminal_escapes.toml", "a" * 100_000)
    assert result.exit_code == 2
    assert len(result.stderr) < MAX_MESSAGE + 100
    assert "…[99,0" in result.stderr and "characters]…" in result.stderr


DATED = """\
[[claim]]
id = "a"
quote = "q"
value = "5 percent"

[[waiver]]
check = "shares"
claims = ["a"]
reason = "r"
expires = "{}"
"""


@pytest.mark.parametrize(
    "date",
    [
        "2020-02-30",
        "2021-13-01",
        "0000-01-01",
        "٢٠٢٠-٠١-٠١",
        "２０２０-０１-０１",
        "2020-1-1",
        "2020-01-01T00:00",
    ],
)
def test_a_waiver_date_that_is_no_day_is_refused(tmp_path: Path, date: str) -> None:
    """Not a way round the gate: such a waiver once counted as never expiring."""
    path = tmp_path / "w.toml"
    path.write_text(DATED.format(date), encoding="utf-8")
    result = invoke("check", str(path), "--format", "line")
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0] == (
        f"{path}:10:1: error load: waiver #1: field 'expires': expires must be a real date "
        f"YYYY-MM-DD (year 1 to 9999), not {printable(repr(date))}"
    )


def test_a_real_waiver_date_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_text(DATED.format("2024-02-29"), encoding="utf-8")
    assert load(path).waivers[0].expires == "2024-02-29"


WAIVED = """\
[[claim]]
id = "g"
quote = "q"
value = "140 million tenge"
counterpart = "US$"

[[claim]]
id = "s"
quote = "q"
value = "30 percent"

[[waiver]]
check = "missing-counterpart"
claims = ["g"]
reason = "left out on purpose"

[[waiver]]
check = "shares"
claims = ["s"]
reason = "nothing to waive"
"""


def _checks(path: Path, *options: str) -> tuple[int, list[str]]:
    result = invoke("check", str(path), "--format", "json", *options)
    found = json.loads(result.stdout)["files"][0]["findings"]
    return result.exit_code, [f"{f['check']}{' (waived)' if f['waived'] else ''}" for f in found]


def test_sarif_shows_a_waiver_reason_escaped(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_text(WAIVED.replace("left out on purpose", "left out\u202e on purpose"), "utf-8")
    sarif = json.loads(invoke("check", str(path), "--format", "sarif").stdout)
    (waived,) = [r for r in sarif["runs"][0]["results"] if "suppressions" in r]
    assert waived["suppressions"][0]["justification"] == "left out\\u202e on purpose"


def test_select_waivers(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_text(WAIVED, encoding="utf-8")
    # claim 's' takes part in no relation: listed (info) whenever the no-relation review runs
    assert _checks(path) == (0, ["missing-counterpart (waived)", "no-relation", "waivers"])
    # the waivers check alone: the checks its waivers name run to tell which are used
    assert _checks(path, "--select", "waivers") == (0, ["waivers"])
    # other checks alone: waivers still apply; none is called unused for a check that did not run
    assert _checks(path, "--select", "missing-counterpart") == (0, ["missing-counterpart (waived)"])
    assert _checks(path, "--select", "conversions") == (0, [])
    assert _checks(path, "--ignore", "waivers") == (
        0,
        ["missing-counterpart (waived)", "no-relation"],
    )
    # an ignored check still runs to judge its waivers (its own findings are not shown)
    assert _checks(path, "--ignore", "shares") == (
        0,
        ["missing-counterpart (waived)", "no-relation", "waivers"],
    )
    # and in [settings]: ignored, or made an error that fails the gate
    path.write_text(WAIVED + '\n[settings]\nseverity = { waivers = "error" }\n', encoding="utf-8")
    assert _checks(path) == (1, ["missing-counterpart (waived)", "no-relation", "waivers"])
    path.write_text(WAIVED + '\n[settings]\nignore = ["waivers"]\n', encoding="utf-8")
    assert _checks(path) == (0, ["missing-counterpart (waived)", "no-relation"])


def test_an_expired_waiver_is_reported_whichever_checks_run(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    text = WAIVED.replace('reason = "nothing to waive"\n', 'reason = "x"\nexpires = "2020-01-01"\n')
    path.write_text(text, encoding="utf-8")
    assert dt.date.today() > dt.date(2020, 1, 1)
    assert _checks(path, "--select", "waivers") == (0, ["waivers"])
    result = invoke("check", str(path), "--format", "line", "--select", "waivers")
    assert "the waiver of shares for s expired on 2020-01-01" in result.stdout


def test_unknown_check_names_waivers_among_the_known(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_text(WAIVED, encoding="utf-8")
    result = invoke("check", str(path), "--select", "nope")
    assert result.exit_code == 2 and "waivers" in result.stderr.split("known checks:")[1]


def test_duplicate_waivers_are_refused() -> None:
    text = (
        WAIVED + '\n[[waiver]]\ncheck = "missing-counterpart"\nclaims = ["g"]\nreason = "again"\n'
    )
    with pytest.raises(LoadError) as error:
        loads(text, "w.toml")
    assert (error.value.line, error.value.item, error.value.field) == (24, "waiver #3", "claims")
    assert error.value.message.startswith(
        "duplicate waiver: the waiver on line 12 already waives missing-counterpart for g"
    )


def test_fill_dry_run_splits_lines_as_toml_does(tmp_path: Path) -> None:
    """A raw line separator in a string is no line end: shown escaped, it stays inside its line."""
    result = fill_dry_run(tmp_path / "c.toml", quote="a\u2028b")
    assert result.exit_code == 0
    assert ' quote = "a\\u2028b"' in result.stdout.splitlines()
