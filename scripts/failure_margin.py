"""How far each failed relation of a check is from holding: its margin of failure.

For every failed finding of ``aktobe-facts check --format json`` on the given paths (claims files
or articles), the margin is the smallest, over the figures of the relation, of the distance from
the figure as printed (the middle of its stated interval) to the range it would need for the other
figures to fit (the finding's notes), relative to the printed size. A slip of rounding or of one
digit gives a margin of a few percent; a figure off by a factor of ten gives 0.9 or 9.

    .venv/bin/python scripts/failure_margin.py [--src DIR] PATHS...

``--src`` runs the check of another checkout's ``src`` (an old commit extracted with
``git archive COMMIT src | tar -x -C DIR``), to measure the findings it gave. One line a failed
finding: margin, check, severity, path, the figure nearest to fitting.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

Finding = dict[str, Any]  # one finding of the JSON report

_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUM = r"[-+−]?(?:\d[\d,]*(?:\.\d+)?|∞)"
_INTERVAL = re.compile(rf"\[({_NUM}), ({_NUM})\](?: (thousand|million|billion|trillion)\b)?")
_NOTE = re.compile(r"^'([^']+)' \(\"(.*)\"\) would need (.*) for the other figures to fit")
_BOUND = re.compile(rf"^at (least|most) ({_NUM})(?: (thousand|million|billion|trillion)\b)?")
_OFF = re.compile(r"\((\d[\d.,]*)% off as printed\)")
_GROWTH = re.compile(r"closest to the stated one: (" + _NUM + r") percent")
_SHARE = re.compile(r"^(" + _NUM + r") percent is the computed")
_FACTOR = re.compile(r"by a factor of (a thousand|a million|a billion|ten|a hundred)")
_STEP = re.compile(r"^\"(.*)\" = (.*)$")


def _number(text: str) -> float:
    text = text.replace(",", "").replace("−", "-")
    if text.endswith("∞"):
        return -math.inf if text.startswith("-") else math.inf
    return float(text)


def _interval(text: str) -> tuple[float, float] | None:
    """The first interval of a step's or note's text, scaled by its scale word."""
    m = _INTERVAL.search(text)
    if m is None:
        return None
    scale = _SCALE.get(m.group(3) or "", 1.0)
    return _number(m.group(1)) * scale, _number(m.group(2)) * scale


def _need(text: str) -> tuple[float, float] | None:
    """A needed range: an interval, or "at least"/"at most" one end."""
    text = re.sub(r"[A-Z]{0,3}[$€£₦₱¥](?=[\d\[])", "", text)
    m = _BOUND.match(text)
    if m:
        end = _number(m.group(2)) * _SCALE.get(m.group(3) or "", 1.0)
        return (end, math.inf) if m.group(1) == "least" else (-math.inf, end)
    return _interval(text)


def _first_stated(finding: Finding) -> tuple[float, float] | None:
    for step in finding.get("inputs", []):
        m = _STEP.match(step["text"])
        if m:
            return _interval(m.group(2))
    return None


def _computed(finding: Finding) -> tuple[float, str] | None:
    """Checks that compare one stated figure with a computed one (growth, share, rate)."""
    nearest = finding.get("nearest") or ""
    m = _OFF.search(nearest)
    if m:
        return float(m.group(1)) / 100, nearest
    m = _FACTOR.search(finding["message"])
    if m:
        return {"ten": 9.0, "a hundred": 99.0, "a thousand": 999.0}.get(m.group(1), 1e6), m.group(0)
    stated = _first_stated(finding)
    if stated is None:
        return None
    mid = (stated[0] + stated[1]) / 2
    m = _GROWTH.search(nearest)
    if m:  # the smallest change of the current level that gives the stated growth
        near = _number(m.group(1))
        end = stated[0] if near < stated[0] else stated[1]
        level = abs((1 + end / 100) / (1 + near / 100) - 1) if near != -100 else math.inf
        on_growth = abs(end - near) / abs(mid) if mid else math.inf
        return min(level, on_growth), f"growth {near} against {mid}"
    m = _SHARE.search(nearest)
    if m:
        near = _number(m.group(1))
        end = stated[0] if near < stated[0] else stated[1]
        return abs(end - near) / abs(mid), f"share {near} against {mid}"
    m = re.match(r"(" + _NUM + r") percent too (much|little)", nearest)
    if m and finding["check"] == "shares":
        total = next((s["text"] for s in finding["inputs"] if s["label"] == "sum"), "")
        printed = re.search(r"as printed (" + _NUM + ")", total)
        if printed:
            return _number(m.group(1)) / _number(printed.group(1)), f"shares {nearest}"
    if finding["check"] == "conversions":
        rates = [
            _interval(s["text"].split(" = ", 1)[1]) for s in finding["inputs"] if " = " in s["text"]
        ]
        best = _interval(finding["message"].split("the best, ", 1)[-1])
        if best is None:
            return None
        gaps = [
            max(best[0] - r[1], r[0] - best[1]) / ((r[0] + r[1]) / 2)
            for r in rates
            if r is not None and (r[1] < best[0] or r[0] > best[1])
        ]
        return (min(gaps), "rate off the best") if gaps else None
    return None


def margin(finding: Finding) -> tuple[float, str] | None:
    """The smallest relative distance of a printed figure from the range it would need."""
    stated: dict[str, tuple[float, float]] = {}
    for step in finding.get("inputs", []):
        m = _STEP.match(step["text"])
        if m:
            got = _interval(m.group(2))
            if got is not None:
                stated[m.group(1)] = got
    best: tuple[float, str] | None = None
    for note in finding.get("notes", []):
        m = _NOTE.match(note)
        if not m:
            continue
        shown, need = m.group(2), _need(m.group(3))
        have = stated.get(shown)
        if need is None or have is None:
            continue
        printed = (have[0] + have[1]) / 2
        lo, hi = need
        distance = lo - printed if printed < lo else printed - hi if printed > hi else 0.0
        rel = distance / abs(printed) if printed else distance
        if best is None or rel < best[0]:
            best = (rel, f"{m.group(1)} {shown!r} needs {m.group(3)}")
    return best if best is not None else _computed(finding)


def failed(paths: list[str], src: Path | None = None) -> list[tuple[float | None, Finding, str]]:
    """Each failed finding of ``check`` on ``paths`` (with another checkout's ``src``): its margin,
    the finding as JSON, and the file it is in."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src.resolve())
    run = subprocess.run(
        [sys.executable, "-m", "aktobe_facts", "check", "-f", "json", "-j", "1", *paths],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    rows: list[tuple[float | None, Finding, str]] = []
    for file in json.loads(run.stdout)["files"]:
        for finding in file["findings"]:
            if finding["outcome"] == "fail" and not finding.get("waived"):
                got = margin(finding)
                rows.append((None if got is None else got[0], finding, file["path"]))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, help="the src directory of another checkout")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    for value, finding, path in failed(args.paths, args.src):
        got = margin(finding)
        shown = "none" if value is None else f"{value:.4f}"
        why = "" if got is None else got[1]
        print(f"{shown}\t{finding['check']}\t{finding['severity']}\t{path}\t{why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
