"""Every set's summary lines, and the recall by kind summed over chosen sets.

    PYTHONPATH=scripts python scripts/sets_summary.py [--tests DIR] [--kinds SET ...]

For each set under tests/ (``sets.sets``: the corpus, heldout, heldout2 ...), a header ``== NAME``
and the lines of ``draft_vs_hand.py --summary``: totals only, so an unseen set may be read this
way. ``--kinds`` adds, after them, the recall of each kind of relation over the sets named (their
hand relations added together): what a builder compares before and after a change, without any
line that names an article.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from draft_vs_hand import Article, by_kind, measure, summary
from sets import TESTS, articles, sets


def rows(folder: Path) -> list[Article]:
    return [r for r in (measure(p) for p in articles(folder)) if isinstance(r, Article)]


def report(tests: Path, kinds_over: list[str]) -> list[str]:
    lines: list[str] = []
    measured: dict[str, list[Article]] = {}
    for folder in sets(tests):
        measured[folder.name] = rows(folder)
        lines += [f"== {folder.name}", *summary(measured[folder.name])]
    if kinds_over:
        unknown = [name for name in kinds_over if name not in measured]
        if unknown:
            raise SystemExit(f"sets_summary.py: no set named {', '.join(unknown)} in {tests}")
        together = [row for name in kinds_over for row in measured[name]]
        lines += [f"== by kind over {' '.join(kinds_over)}", *by_kind(together)]
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="sets_summary.py", description=__doc__.split("\n")[0])
    parser.add_argument("--tests", type=Path, default=TESTS, help="the folder holding the sets")
    parser.add_argument("--kinds", nargs="+", default=[], metavar="SET", help="sets to add up")
    args = parser.parse_args(argv)
    sys.stdout.write("\n".join(report(args.tests, args.kinds)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
