"""Audit every module pattern of aktobe_facts for super-linear matching: how the cost of
``search``, ``match`` and ``fullmatch`` grows with the length of adversarial inputs.

    PYTHONPATH=scripts .venv/bin/python scripts/regex_audit.py            # every pattern
    PYTHONPATH=scripts .venv/bin/python scripts/regex_audit.py --only _OR  # names containing _OR
    PYTHONPATH=scripts .venv/bin/python scripts/regex_audit.py --static   # the parse tree only

The patterns are the module attributes of type ``re.Pattern`` or ``lazypatterns.Lazy`` of every
module under ``aktobe_facts`` (``regex_shapes.module_patterns``: each once, under the module
that assigns it). Each is fed:

* the runs :func:`regex_shapes.overlaps` finds in its parse tree: the shortest words reaching two
  repeats that can split one run, then the run's character, then a character that fails;
* runs with no lead: spaces, digits, commas, dots, percents, brackets, dashes, words, "and ",
  numbers with units and percents, numbers with thousands separators, and the pattern's own
  literal words (each followed by a space), then nothing or a character that fails.

Each pattern is measured with the methods the package calls on it (``search`` stands for every
method that looks anywhere: ``finditer``, ``findall``, ``sub``, ``split``); a pattern passed on
or held in a table, with all three.

For each input and method the time is taken at two lengths four times apart (128 and 512) (the least of three
runs, on the process's CPU clock); where it grows more than eightfold and costs more than
0.2 ms, at two more lengths (while one call takes under 0.25 s), and the growth is given as the exponent k of n**k. A pattern that
does not finish within the limit for one input (``--limit``) is named as such (exponential: the
engine's matching cannot be interrupted). Timing is noisy on a shared machine: a growth near 2 is
quadratic, near 1 linear; a finding is confirmed by its parse tree (``regex_shapes``) and by
reading the pattern. The audit is a script, not a test: tests never time.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import select
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from regex_shapes import Entry, module_patterns, overlaps

PUMPS = [
    " ", "0", ",", ".", "%", "(", ")", "a", "-", "§", "\n",
    "and ", "1 ", "1,", "1.5 ", "5% ", "12 per cent ", "10 million ", "$1.2 billion ", "1,000 ",
    "a ", "( ", ") ", ", ", "(1) ", "1-2 ", "in 2019 ",
]  # fmt: skip
"""Runs fed to every pattern, with no lead."""
FAIL = ["", "\x01"]
"""After the run: nothing, or a character no pattern of ours ends on."""
SMALL, LARGE = 128, 512
STARTUP = 120.0
"""Seconds a worker may take to start (import the package, read its sources)."""
"""The two lengths (in repeats of the run) of the first measure."""


_SEARCHING = {"search", "finditer", "findall", "sub", "subn", "split"}


def methods(entry: Entry, sources: dict[str, str]) -> list[str]:
    """The methods the package calls on the pattern: ``search`` (for every method that looks
    anywhere: finditer, findall, sub, split), ``match``, ``fullmatch``; all three where the
    pattern is used otherwise (passed on, held in a table)."""
    module, attr = entry.name.rstrip("*").rsplit(".", 1)
    own = module.replace(".", "/") + ".py"
    imported = re.compile(rf"from aktobe_facts\.{re.escape(module)} import \(?[^)]*\b{attr}\b")
    used: set[str] = set()
    other = False
    for path, text in sources.items():
        if not path.endswith(own) and imported.search(text) is None:
            continue
        for m in re.finditer(
            rf"(?<![\w.]){re.escape(attr)}\b(?!\s*[:=][^=])(\s*\.\s*(\w+)\()?", text
        ):
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            if line.lstrip().startswith(("import", "from")) or line.rstrip().endswith("import"):
                continue
            if m.group(2):
                used.add("search" if m.group(2) in _SEARCHING else m.group(2))
            elif not line.lstrip().startswith(("#", '"')):
                other = True
    known = {"search", "match", "fullmatch"}
    return sorted(known) if other or not used or not used <= known else sorted(used)


def sources() -> dict[str, str]:
    import aktobe_facts

    root = Path(aktobe_facts.__file__).parent
    return {str(p): p.read_text(encoding="utf-8") for p in root.rglob("*.py")}


def literals(pattern: str, flags: int) -> list[str]:
    """The pattern's literal words of two letters or more ("or", "fiscal", "per cent")."""
    words: set[str] = set()

    def walk(items: list[tuple[Any, Any]]) -> None:
        run = ""
        for op, av in items:
            if op == sre_c.LITERAL:
                run += chr(av)
                continue
            if len(run) > 1:
                words.add(run)
            run = ""
            if op == sre_c.BRANCH:
                for b in av[1]:
                    walk(list(b))
            elif op == sre_c.SUBPATTERN:
                walk(list(av[3]))
            elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
                walk(list(av[2]))
            elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
                walk(list(av[1]))
            elif op == sre_c.ATOMIC_GROUP:
                walk(list(av))
        if len(run) > 1:
            words.add(run)

    walk(list(sre_parse.parse(pattern, flags).data))
    return sorted(w for w in words if w.strip())[:20]


def inputs(entry: Entry) -> Iterator[tuple[str, str, str]]:
    """(lead, run, fail) triples to feed the pattern."""
    seen: set[tuple[str, str, str]] = set()
    for o in overlaps(entry.pattern, entry.flags):
        for fail in FAIL:
            seen.add((o.prefix, o.char, fail))
    for pump in PUMPS + [w + " " for w in literals(entry.pattern, entry.flags)]:
        for fail in FAIL:
            seen.add(("", pump, fail))
    yield from sorted(seen)


def cost(call: Callable[[str], object], text: str) -> float:
    best = math.inf
    for _ in range(3):
        start = time.process_time()
        call(text)
        best = min(best, time.process_time() - start)
    return best


def growth(call: Callable[[str], object], lead: str, run: str, fail: str) -> dict[str, Any]:
    """The cost at two lengths, and at two more where it grows fast (while one call costs less
    than a quarter of a second); the exponent of growth at the last two lengths."""
    times = {n: cost(call, lead + run * n + fail) for n in (SMALL, LARGE)}
    if times[LARGE] > 2e-4 and times[LARGE] > 8 * max(times[SMALL], 1e-6):
        for n in (2 * LARGE, 4 * LARGE):
            if times[max(times)] > 0.25:
                break
            times[n] = cost(call, lead + run * n + fail)
    sizes = sorted(times)
    a, b = sizes[-2], sizes[-1]
    k = math.log(max(times[b], 1e-7) / max(times[a], 1e-7)) / math.log(b / a)
    return {"times": {str(n): round(t * 1e3, 3) for n, t in times.items()}, "k": round(k, 2)}


def worker(start: int, only: str) -> None:
    """Measure the patterns from ``start`` on, one JSON line each (the parent keeps the time)."""
    entries = [e for e in module_patterns() if only in e.name]
    texts = sources()
    for index in range(start, len(entries)):
        entry = entries[index]
        compiled = re.compile(entry.pattern, entry.flags)
        worst: dict[str, Any] = {"k": 0.0}
        used = methods(entry, texts)
        for lead, run, fail in inputs(entry):
            begin = {"index": index, "begin": entry.name, "lead": lead, "run": run, "fail": fail}
            print(json.dumps(begin), flush=True)
            for method in used:
                found = growth(getattr(compiled, method), lead, run, fail)
                if float(found["k"]) > float(worst["k"]):
                    worst = {**found, "method": method, "lead": lead, "run": run, "fail": fail}
        row = {"index": index, "name": entry.name, "methods": used, "worst": worst}
        print(json.dumps(row), flush=True)


def supervise(only: str, limit: float) -> list[dict[str, Any]]:
    """Run the workers, one after another, past any pattern that does not finish in ``limit``."""
    results: list[dict[str, Any]] = []
    start, total = 0, len([e for e in module_patterns() if only in e.name])
    while start < total:
        proc = subprocess.Popen(
            [sys.executable, __file__, "--worker", str(start), "--only", only],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        begun: dict[str, Any] = {"begin": "(start)"}
        # the worker imports the package and reads its sources before its first input
        current, deadline = start, time.monotonic() + limit + STARTUP
        while True:
            ready, _, _ = select.select(
                [proc.stdout], [], [], max(0.0, deadline - time.monotonic())
            )
            if not ready:
                proc.kill()
                proc.wait()
                results.append(
                    {"index": current, "name": begun["begin"], "worst": {**begun, "k": math.inf}}
                )
                print(f"{begun}: no end within {limit:.0f} s", file=sys.stderr)
                start = current + 1
                break
            line = proc.stdout.readline()
            if not line:
                proc.wait()
                start = total
                break
            row = json.loads(line)
            if "begin" in row:
                current, begun = int(row["index"]), row
                deadline = time.monotonic() + limit
                continue
            results.append(row)
            k = float(row["worst"]["k"])
            if k > 1.5:
                print(f"{row['name']}: k={k} {row['worst']}", file=sys.stderr)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="only the patterns whose name contains this")
    parser.add_argument("--static", action="store_true", help="the parse tree's findings only")
    parser.add_argument("--limit", type=float, default=20.0, help="seconds for one input")
    parser.add_argument("--json", type=Path, help="write every pattern's worst growth here")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        worker(args.worker, args.only)
        return
    entries = [e for e in module_patterns() if args.only in e.name]
    if args.static:
        flagged = [(e, overlaps(e.pattern, e.flags)) for e in entries]
        for entry, found in flagged:
            if found:
                print(f"{entry.name}: {'; '.join(o.describe() for o in found)}")
        print(f"{sum(1 for _, f in flagged if f)} of {len(entries)} patterns flagged")
        return
    results = supervise(args.only, args.limit)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    slow = [r for r in results if float(r["worst"]["k"]) > 1.5]
    print("| pattern | growth k | method | run | times (ms) by length |")
    print("| --- | --- | --- | --- | --- |")
    for r in sorted(slow, key=lambda r: -float(r["worst"]["k"])):
        w = r["worst"]
        print(
            f"| {r['name']} | {w['k']} | {w.get('method', '')} | "
            f"{w.get('lead', '')!r} + {w.get('run', '')!r}×n + {w.get('fail', '')!r} | "
            f"{w.get('times', '')} |"
        )
    print(f"{len(slow)} of {len(results)} patterns grow faster than n**1.5")


if __name__ == "__main__":
    main()
