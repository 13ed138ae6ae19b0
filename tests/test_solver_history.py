"""A file's verdicts and ranges do not depend on what the process checked before it.

z3 numbers its terms in the order they are made; in one shared context that order, and with it the
witness z3 returns and the range a figure is shown to need, depended on every file checked before,
so a ``--jobs`` run printed another range than a run of the one file (aktobe_facts.solve.smt)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
TARGET = "tests/heldout/kz-budget-q1-2023/claims.toml"


def _findings(paths: list[str]) -> list[object]:
    done = subprocess.run(
        [sys.executable, "-m", "aktobe_facts", "check", "--format", "json", "--jobs", "1", *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(done.stdout)
    return [f["findings"] for f in report["files"] if f["path"].endswith(TARGET)]


def test_a_file_checked_after_others_gets_the_findings_it_gets_alone() -> None:
    before = sorted(
        str(p.relative_to(ROOT))
        for p in [
            *ROOT.glob("tests/corpus/*/claims.toml"),
            *ROOT.glob("tests/heldout/*/claims.toml"),
        ]
        if not str(p).endswith(TARGET)
    )
    assert len(before) >= 20
    alone = _findings([TARGET])
    assert alone and alone[0]
    assert _findings(["claims.toml", *before[:20], TARGET]) == alone
