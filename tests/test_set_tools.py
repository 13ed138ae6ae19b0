"""The tools that measure the draft on the article sets (scripts/sets.py, sets_summary.py,
open_misses.py, drafts_dump.py): set order, the unseen sets kept unread, and what each prints."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))

import drafts_dump
import open_misses
import sets
import sets_summary

ARTICLE = """\
Ruritania's wheat harvest in 2030

ZENDA, March 3, 2031 - Farmers in Ruritania gathered 4.2 million tonnes of wheat in 2030.
The country's fishing fleet landed 910,000 tonnes of fish in 2030.
Exports of cheese brought in 120 billion tenge ($250 million) in 2030.
"""

CLAIMS = """\
[[claim]]
id = "wheat"
quote = "4.2 million tonnes of wheat"
value = "4.2 million tonnes"
kind = "amount"
subject = "wheat harvest"
period = "2030"

[[claim]]
id = "fish"
quote = "910,000 tonnes of fish"
value = "910,000 tonnes"
kind = "amount"
subject = "fish catch"
period = "2030"

[[claim]]
id = "cheese"
quote = "120 billion tenge ($250 million)"
value = "120 billion tenge"
counterpart = "$250 million"
kind = "amount"
subject = "cheese exports"
period = "2030"

[[relation]]
id = "wheat_above_fish"
kind = "order"
left = "wheat"
op = ">"
right = ["fish"]
"""


def _article(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "claims.toml").write_text(CLAIMS, encoding="utf-8")
    (folder / "expected.toml").write_text("consistent = true\n", encoding="utf-8")
    return folder


def test_sets_come_in_the_order_they_were_written(tmp_path: Path) -> None:
    for name in ["heldout10", "heldout2", "corpus", "heldout", "notes", "heldoutx"]:
        (tmp_path / name).mkdir()
    assert [p.name for p in sets.sets(tmp_path)] == ["corpus", "heldout", "heldout2", "heldout10"]


@pytest.mark.parametrize(
    ("name", "unseen"),
    [
        ("corpus", False),
        ("heldout", False),
        ("heldout7", False),
        ("heldout8", True),
        ("heldout13", True),
        ("heldout14", True),
        ("heldout15", False),  # opened in the eighteenth session (sets.OPENED)
        ("heldout16", False),  # opened in the nineteenth session (sets.OPENED)
        ("heldout17", False),  # opened in the twentieth session (sets.OPENED)
        ("heldout18", True),  # unseen whether or not its folder exists yet
        ("heldout19", False),  # opened in the twenty-third session (sets.OPENED)
        ("heldout20", False),  # opened in the twenty-fourth session (sets.OPENED)
        ("heldout21", False),  # opened in the twenty-fifth session (sets.OPENED)
        ("heldoutx", False),
        ("heldout22", False),  # opened in the twenty-seventh session (sets.OPENED)
        ("heldout23", False),  # opened in the twenty-eighth session (sets.OPENED)
        ("heldout24", True),  # written in the twenty-seventh session
        ("heldout25", True),  # written in the twenty-eighth session
        ("trials", False),
    ],
)
def test_the_sets_from_heldout8_on_are_unseen(name: str, unseen: bool) -> None:
    assert sets.is_unseen(name) is unseen


@pytest.mark.parametrize(
    "name",
    [
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout19",
        "heldout20",
        "heldout21",
        "heldout22",
        "heldout23",
    ],
)
def test_an_opened_set_is_listed_and_dumped_like_an_open_one(tmp_path: Path, name: str) -> None:
    assert sets.number(name) in sets.OPENED
    folder = _article(tmp_path / name / "a1")
    assert open_misses.main([str(tmp_path / name)]) == 0
    assert open_misses.misses(folder) == [
        f"{name}/a1: wheat_above_fish [order]: 4.2 million tonnes, 910,000 tonnes"
    ]
    assert not sets.unseen_part(folder / "article.txt")
    assert "120 billion tenge" in drafts_dump.dumped((folder / "article.txt").resolve())


def test_every_set_of_the_repository_is_found() -> None:
    found = [p.name for p in sets.sets()]
    assert found[:3] == ["corpus", "heldout", "heldout2"]
    assert "heldout13" in found and found.index("heldout9") < found.index("heldout13")


def test_a_miss_is_listed_with_its_figures_and_a_recalled_relation_is_not(tmp_path: Path) -> None:
    folder = _article(tmp_path / "corpus" / "a1")
    lines = open_misses.misses(folder)
    # the order is no structure the draft reads; the conversion it drafts is recalled
    assert lines == ["corpus/a1: wheat_above_fish [order]: 4.2 million tonnes, 910,000 tonnes"]
    assert open_misses.misses(folder, "conversion") == []


def test_an_unseen_set_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _article(tmp_path / "heldout9" / "a1")
    assert open_misses.main([str(tmp_path / "heldout9")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "unseen set" in err


def test_a_hand_file_that_does_not_load_is_skipped_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _article(tmp_path / "corpus" / "a1")
    (folder / "claims.toml").write_text(CLAIMS.replace('"2030"', '"2030-13"', 1), encoding="utf-8")
    assert open_misses.main([str(tmp_path / "corpus")]) == 0
    assert "skipped" in capsys.readouterr().err


def test_the_summary_names_each_set_and_adds_kinds_over_sets(tmp_path: Path) -> None:
    _article(tmp_path / "corpus" / "a1")
    _article(tmp_path / "heldout" / "b1")
    lines = sets_summary.report(tmp_path, ["corpus", "heldout"])
    assert lines[0] == "== corpus" and "== heldout" in lines
    assert lines.count("relation recall: 1 of 2 (50 %)") == 2
    assert lines[-3:] == [
        "== by kind over corpus heldout",
        "recall of order: 0 of 2",
        "recall of conversion: 2 of 2",
    ]
    assert not any("a1" in line or "b1" in line for line in lines)  # no article is named


def test_kinds_over_a_set_that_is_not_there_is_refused(tmp_path: Path) -> None:
    _article(tmp_path / "corpus" / "a1")
    with pytest.raises(SystemExit, match="no set named heldout4"):
        sets_summary.report(tmp_path, ["heldout4"])


def test_drafts_are_dumped_and_an_unseen_sets_only_as_a_hash(tmp_path: Path) -> None:
    open_one = _article(tmp_path / "heldout3" / "a1") / "article.txt"
    unseen = _article(tmp_path / "heldout11" / "a1") / "article.txt"
    empty = tmp_path / "notes.txt"
    empty.write_text("No figure here.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert drafts_dump.main([str(out), str(tmp_path / "heldout3"), str(unseen), str(empty)]) == 0
    dumped = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    key = str(open_one.resolve()).replace("/", "__")
    assert "120 billion tenge" in dumped[key]
    # an unseen set is one hash under the set's name: no file names its articles
    assert not any("a1" in name for name in dumped if "heldout11" in name)
    hidden = dumped[str((tmp_path / "heldout11").resolve()).replace("/", "__") + "__unseen"]
    assert re.fullmatch(r"[0-9a-f]{64}\n", hidden)
    assert dumped[str(empty.resolve()).replace("/", "__")].startswith("ERR ")
    # the hash follows the drafts: another figure in the unseen article, another hash
    single = drafts_dump.dumped(unseen.resolve())
    unseen.write_text(ARTICLE.replace("4.2 million", "4.3 million"), encoding="utf-8")
    assert drafts_dump.dumped(unseen.resolve()) != single
    assert drafts_dump.dumped(unseen.resolve()) == drafts_dump.dumped(unseen.resolve())
    again = tmp_path / "again"
    assert drafts_dump.main([str(again), str(unseen)]) == 0
    assert [p.read_text(encoding="utf-8") for p in again.iterdir()] != [hidden]


def test_drafts_dump_without_articles_says_how_to_call_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert drafts_dump.main([]) == 2
    assert "usage" in capsys.readouterr().err
