"""A flow's level after its amount of change ("shrank by D to X", "fell by D, or P, to X",
"slipped P, or D, to stand at X"), a balance's aside ("The deficit, the gap between imports and
exports, narrowed"), a breakdown "made up of A in exports and B in imports", a report that "put"
a figure at X, and a span of months that ends after the dateline's month (fifteenth session). The
sentences are written for these tests; each has a near miss."""

from __future__ import annotations

from _drafted import relations
from test_draft_balances import drafted, gap


def gaps(text: str) -> list[tuple[str, dict[str, object]]]:
    return drafted(text, ("difference",))


def test_levels_reached_after_their_amounts_of_change() -> None:
    # each level follows its change ("by D to X", "by D, or P, to X", "P, or D, to stand at X"):
    # the level is the flow's its sentence names before; the span "January-October" in an
    # article dated January 2032 is 2031's, the deficit's year
    text = (
        "Borduria's trade gap narrows\n\nNAIROBI, January 20, 2032\n\n"
        "The deficit, the gap between imports and exports, narrowed by $1.3 billion to $9.6 "
        "billion in the ten months through October 2031, the statistics office said.\n\n"
        "Weaker factory orders cut the import bill for the January-October period by $2.1 "
        "billion, or 1.9 percent, to $108.4 billion.\n\n"
        "Earnings from exports slipped at a slower pace of 0.8 percent, or $0.8 billion, to "
        "stand at $98.8 billion in the year to October."
    )
    assert gaps(text) == [gap("$9.6 billion", "$108.4 billion", "$98.8 billion")]
    # near miss: a level said after another level, no change between, stays a link of a chain
    # ("came to A in 2031 and to B in 2030": B is the flow a year before, no level of 2031)
    chain = text.replace(
        "cut the import bill for the January-October period by $2.1 billion, or 1.9 percent, to "
        "$108.4 billion",
        "left the import bill at $110.5 billion in 2030 and at $108.4 billion",
    )
    assert gap("$9.6 billion", "$108.4 billion", "$98.8 billion") not in gaps(chain)


def test_a_breakdown_made_up_of_exports_and_imports() -> None:
    text = (
        "The report put the trade surplus at GH¢8.2 billion for the first quarter of 2031. "
        "Total trade came to GH¢84.6 billion in the first quarter of 2031, made up of GH¢46.4 "
        "billion in exports and GH¢38.2 billion in imports."
    )
    found = gaps(text)
    assert found == [gap("GH¢8.2 billion", "GH¢46.4 billion", "GH¢38.2 billion")]
    # near miss: a plan's figure ("the ministry plans the surplus at") is no balance of actual flows
    plan = text.replace(
        "The report put the trade surplus at", "The ministry plans the trade surplus at"
    )
    assert gaps(plan) == []


def test_a_change_set_after_its_level_by_which_were() -> None:
    text = (
        "Exports stood at $15.2 billion, which were $1.1 billion or 7.8 per cent more than the "
        "same period of the last year."
    )
    assert (
        "change",
        {"amount": "$1.1 billion", "current": "$15.2 billion", "percent": "7.8 per cent more"},
    ) in relations(text)
    # near miss: "which were sent abroad" names another thing: no change
    other = text.replace(
        "which were $1.1 billion or 7.8 per cent more than",
        "of which $1.1 billion were re-exports, 7.8 per cent more than",
    )
    assert all(kind != "change" for kind, _ in relations(other))
