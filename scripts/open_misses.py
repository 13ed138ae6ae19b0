"""The hand relations the draft misses, on open sets only.

    PYTHONPATH=scripts python scripts/open_misses.py [--kind KIND] SET_DIR ...

One line per hand relation no drafted relation recalls: the article, the relation's id and kind,
"(suggested)" when a suggestion of the draft offers it, and the figures it ties as written. An
unseen set (``sets.is_unseen``) is refused: its misses would tell which of its articles the draft
gets wrong.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from draft_vs_hand import LINKS, drafted_and_suggested, recalls, tied
from sets import articles, is_unseen

from aktobe_facts.claims.loader import LoadError, load


def misses(folder: Path, kind: str | None = None) -> list[str]:
    """The misses of one article folder."""
    hand = load(folder / "claims.toml")
    doc, offered = drafted_and_suggested(folder / "article.txt")
    mine = tied(doc)
    relations = [r for r in hand.relations if r.kind not in LINKS]
    lines = []
    for relation, theirs in zip(relations, tied(hand), strict=True):
        if kind is not None and relation.kind != kind:
            continue
        if any(recalls(m, theirs) for m in mine):
            continue
        offer = " (suggested)" if any(recalls(m, theirs) for m in offered) else ""
        figures = ", ".join(f.written or f.text for f in theirs.signature[1])
        where = f"{folder.parent.name}/{folder.name}"
        lines.append(f"{where}: {relation.id} [{relation.kind}]{offer}: {figures}")
    return lines


T = TypeVar("T")


def over_open_sets(prog: str, sets: list[Path], read: Callable[[Path], list[T]]) -> list[T] | None:
    """What ``read`` finds in each article folder of the sets, in order; None (and a line on
    stderr) when a set is unseen: its misses stay unread. An article whose hand file does not
    load is skipped with a line on stderr."""
    refused = [s for s in sets if is_unseen(s.resolve().name)]
    if refused:
        sys.stderr.write(f"{prog}: {refused[0]} is an unseen set: its misses stay unread\n")
        return None
    found: list[T] = []
    for folder in sets:
        for article in articles(folder):
            try:
                found += read(article)
            except LoadError as exc:
                sys.stderr.write(f"{prog}: skipped {exc}\n")
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="open_misses.py", description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--kind", help="only hand relations of this kind")
    args = parser.parse_args(argv)
    kind: str | None = args.kind
    lines = over_open_sets("open_misses.py", args.sets, lambda a: misses(a, kind))
    if lines is None:
        return 2
    sys.stdout.write("".join(f"{line}\n" for line in lines))
    sys.stderr.write(f"{len(lines)} missed\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
