"""Joint consistency: exact interval propagation (with verified witnesses) against the z3 solver.

    python bench/solver.py            # the figures in BENCHMARKS.md ("Joint consistency")
    python bench/solver.py --quick    # fewer systems and runs

Both decide the same systems; every figure comes from this run:

* import cost: ``python -c "import z3"`` against ``python -c "pass"``, in turn;
* verdicts on random small systems (one to three products, sums, orders and constants over four
  variables with rounded intervals, the shapes the property tests draw): how many each decides, and
  whether they ever disagree;
* minimality: on the conflicting ones, the size of z3's unsat core and of propagation's reasons
  against the minimal set the deletion filter leaves;
* speed on article-shaped systems: ``n`` amounts in two currencies at one rate, each with a base
  year in both and a growth (``4n`` figures and ``3n`` relations, one component), consistent and
  with one wrong growth;
* the figure at fault: propagation with bisection against z3's optimiser, on the same conflict;
* the whole joint analysis of a claims file of ``n`` growths whose amounts are all tied through
  one rate (one component of ``3n`` relations): building the system, setting aside each
  relation's own conflicts, deciding, as the ``joint`` check and the narrowed rows run it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import print_table

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.solve import smt
from aktobe_facts.solve.conflicts import minimise
from aktobe_facts.solve.decide import Decider
from aktobe_facts.solve.expr import BinOp, Const, Constraint, Expr, Var
from aktobe_facts.solve.fault import Range, figure_range
from aktobe_facts.solve.propagate import Network
from aktobe_facts.solve.system import Figure, System

F = Fraction
VARS = ("v0", "v1", "v2", "v3")


def _median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.2f} ms ({min(times) * 1000:.2f}-{max(times) * 1000:.2f})"


def import_cost(runs: int) -> list[tuple[str, str]]:
    commands = [[sys.executable, "-c", "pass"], [sys.executable, "-c", "import z3"]]
    times: list[list[float]] = [[], []]
    for _ in range(runs):
        for cmd, found in zip(commands, times, strict=True):
            start = time.perf_counter()
            subprocess.run(cmd, check=True)
            found.append(time.perf_counter() - start)
    extra = [z - p for p, z in zip(times[0], times[1], strict=True)]
    return [
        ("python -c pass", _median_ms(times[0])),
        ("python -c 'import z3'", _median_ms(times[1])),
        ("import z3 alone (difference, per run)", _median_ms(extra)),
    ]


def random_system(rng: random.Random) -> System:
    figures = []
    for name in VARS:
        if rng.random() < 0.7:
            lo = F(rng.randint(-4, 24), rng.choice((1, 2)))
            figures.append(Figure(name, (lo, lo + F(rng.randint(0, 20), 2)), name, printed=lo))
    constraints = []
    for index in range(rng.randint(1, 3)):
        a, b, c = (Var(rng.choice(VARS)) for _ in range(3))
        k = Const(F(rng.randint(1, 5), rng.randint(1, 3)))
        shapes: list[tuple[Expr, str, Expr]] = [
            (a, "=", BinOp("*", b, c)),
            (a, "=", BinOp("+", b, c)),
            (a, "<=", b),
            (a, "=", BinOp("*", k, b)),
            (BinOp("-", a, b), "=", k),
            (a, "<", BinOp("-", b, k)),
        ]
        left, rel, right = rng.choice(shapes)
        constraints.append(Constraint(left, rel, right, f"r{index}"))  # type: ignore[arg-type]
    return System(tuple(figures), tuple(constraints))


T = TypeVar("T")


def _timed(fn: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def verdicts(count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    p = {"consistent": 0, "conflict": 0, "unknown": 0}
    z3_tally = {"sat": 0, "unsat": 0, "unknown": 0}
    disagree = 0
    t_prop: list[float] = []
    t_z3: list[float] = []
    core_sizes: list[tuple[int, int, int]] = []  # (z3 core, reasons, minimal)
    z3_minimal = 0
    reasons_minimal = 0
    hybrid_solver = 0
    smt.decide(random_system(rng), frozenset())  # import z3 before timing
    for _ in range(count):
        system = random_system(rng)
        items = system.all_items()
        prop, tp = _timed(partial(Decider(system, use_solver=False), items))
        ref, tz = _timed(partial(smt.decide, system, items))
        t_prop.append(tp)
        t_z3.append(tz)
        p[prop.status] += 1
        z3_tally[ref.status] += 1
        if (prop.status, ref.status) in (("consistent", "unsat"), ("conflict", "sat")):
            disagree += 1
        decide = Decider(system)
        whole = decide(items)
        if decide.solver_calls:
            hybrid_solver += 1
        if whole.conflict:
            minimal = minimise(decide, items).items
            z3_core = ref.core or items
            reasons = Network(system, items).explain() if whole.by == "propagation" else items
            core_sizes.append((len(z3_core), len(reasons), len(minimal)))
            z3_minimal += all(decide(z3_core - {i}).consistent for i in z3_core)
            reasons_minimal += all(decide(reasons - {i}).consistent for i in reasons)
    conflicts = len(core_sizes)
    mean = [statistics.mean(x[k] for x in core_sizes) if core_sizes else 0 for k in range(3)]
    return [
        (f"random systems (seed {seed})", f"{count}"),
        (
            "propagation + witness alone",
            f"{p['consistent']} consistent, {p['conflict']} conflicting, {p['unknown']} undecided; "
            f"{_median_ms(t_prop)} each",
        ),
        (
            "z3 alone",
            f"{z3_tally['sat']} sat, {z3_tally['unsat']} unsat, {z3_tally['unknown']} unknown; "
            f"{_median_ms(t_z3)} each (import excluded)",
        ),
        ("verdicts that disagree", f"{disagree}"),
        ("systems the hybrid passed to z3", f"{hybrid_solver} of {count}"),
        (
            "conflict sets: z3 core / propagation reasons / minimal (mean size)",
            f"{mean[0]:.2f} / {mean[1]:.2f} / {mean[2]:.2f} over {conflicts} conflicts",
        ),
        (
            "already minimal: z3 core / propagation reasons",
            f"{z3_minimal} / {reasons_minimal} of {conflicts}",
        ),
    ]


def article_system(n: int, wrong: bool) -> System:
    """``n`` amounts in lari and dollars, their bases in both, and growths, at one rate."""
    rate = Var("rate:GEL/USD")
    figures: list[Figure] = []
    constraints: list[Constraint] = []
    rng = random.Random(n)
    for i in range(n):
        base_usd = F(rng.randint(1000, 9000), 10)  # US$100.0 to 900.0 million
        growth = F(rng.randint(20, 300), 10)  # 2.0 to 30.0 percent
        cur_usd = base_usd * (1 + growth / 100)
        for name, usd in ((f"b{i}", base_usd), (f"c{i}", cur_usd)):
            usd_r = F(round(usd * 10), 10)
            gel_r = F(round(usd * F(27, 10) * 10), 10)
            figures.append(Figure(f"{name}@USD", (usd_r - F(1, 20), usd_r + F(1, 20)), name))
            figures.append(Figure(name, (gel_r - F(1, 20), gel_r + F(1, 20)), name))
            constraints.append(
                Constraint(Var(name), "=", BinOp("*", Var(f"{name}@USD"), rate), "conversions")
            )
        g = growth + (5 if wrong and i == n // 2 else 0)
        figures.append(Figure(f"g{i}", (g - F(1, 20), g + F(1, 20)), f"g{i}"))
        constraints.append(
            Constraint(
                BinOp("*", Var(f"c{i}"), Const(F(100))),
                "=",
                BinOp("*", Var(f"b{i}"), BinOp("+", Const(F(100)), Var(f"g{i}"))),
                f"growth{i}",
            )
        )
    return System(tuple(figures), tuple(constraints), {"rate:GEL/USD": (F(0), None)})


def article_speed(sizes: tuple[int, ...], runs: int) -> list[tuple[str, str]]:
    rows = []
    for n in sizes:
        for wrong in (False, True):
            system = article_system(n, wrong)
            items = system.all_items()
            prop: list[float] = []
            z3: list[float] = []
            status = z3_status = ""
            for _ in range(runs):
                verdict, t = _timed(partial(Decider(system, use_solver=False), items))
                prop.append(t)
                status = verdict.status
                result, t = _timed(partial(smt.decide, system, items))
                z3.append(t)
                z3_status = result.status
            rows.append(
                (
                    f"{n} amounts, growths and bases ({len(system.figures)} figures), "
                    + ("one growth wrong" if wrong else "consistent"),
                    f"propagation {status}: {_median_ms(prop)}; z3 {z3_status}: {_median_ms(z3)}",
                )
            )
    return rows


def fault_ranges(runs: int) -> list[tuple[str, str]]:
    system = article_system(3, True)
    decide = Decider(system)
    conflict = minimise(decide, system.all_items()).items
    growth = next(i for i in system.figure_items(conflict) if system.figure(i).var.startswith("g"))
    var = system.figure(growth).var
    ours: list[float] = []
    theirs: list[float] = []
    found: Range | None = None
    lo: Fraction | None = None
    hi: Fraction | None = None
    for _ in range(runs):
        found, t = _timed(partial(figure_range, Decider(system), conflict, growth))
        ours.append(t)
        rest = conflict - {growth}
        start = time.perf_counter()
        lo = smt.optimise(system, rest, var, maximise=False)
        hi = smt.optimise(system, rest, var, maximise=True)
        theirs.append(time.perf_counter() - start)
    shown = "none"
    if found is not None and found.inner is not None:
        a, b = found.inner
        assert a is not None and b is not None
        shown = f"[{float(a):.6f}, {float(b):.6f}] (exact: {found.exact})"
    z3_shown = (
        f"[{float(lo):.6f}, {float(hi):.6f}]" if lo is not None and hi is not None else "none"
    )
    return [
        (
            f"range of the wrong growth ({len(conflict)} items in the minimal set)",
            f"propagation + bisection {shown}: {_median_ms(ours)}; "
            f"z3 Optimize {z3_shown}: {_median_ms(theirs)}",
        )
    ]


def growth_file(n: int) -> str:
    """A claims file of ``n`` bases and current values in lari and dollars and their growths."""
    rng = random.Random(n)
    out = []
    for i in range(n):
        base_usd = F(rng.randint(1000, 9000), 10)
        growth = F(rng.randint(20, 300), 10)
        for name, usd in ((f"b{i}", base_usd), (f"c{i}", base_usd * (1 + growth / 100))):
            out.append(
                f'[[claim]]\nid = "{name}"\nquote = "q"\n'
                f'value = "{float(usd * F(27, 10)):.1f} million lari"\n'
                f'counterpart = "${float(usd):.1f} million"\n'
            )
        out.append(
            f'[[claim]]\nid = "g{i}"\nquote = "q"\nvalue = "{float(growth):.1f} percent"\n'
            f'kind = "growth"\nof = "c{i}"\nbase = "b{i}"\n'
        )
    return "\n".join(out)


def analysis_speed(n: int, runs: int) -> list[tuple[str, str]]:
    from aktobe_facts.claims.loader import loads
    from aktobe_facts.solve.analysis import analyse

    text = growth_file(n)
    times = []
    for _ in range(runs):
        doc = loads(text, "growths.toml")
        result, t = _timed(partial(analyse, doc))
        times.append(t)
    size = len(result.system.constraints)
    return [
        (
            f"joint analysis of a file of {n} growths on one rate ({size} relations, one component)",
            f"{len(result.consistent)} consistent, {len(result.conflicts)} conflicts: "
            f"{_median_ms(times)}",
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runs = 3 if args.quick else 11
    rows = import_cost(runs)
    rows += verdicts(200 if args.quick else 2000, 12)
    rows += article_speed((10, 100) if args.quick else (10, 100, 1000), 3 if args.quick else 5)
    rows += fault_ranges(runs)
    rows += analysis_speed(100 if args.quick else 500, 3 if args.quick else 5)
    print_table("python bench/solver.py" + (" --quick" if args.quick else ""), rows)


if __name__ == "__main__":
    main()
