"""The aktobe-facts benchmark: cold start, throughput over many files, and scale in one file.

    python bench/run.py            # full run, prints a Markdown table for BENCHMARKS.md
    python bench/run.py --quick    # fewer runs and smaller inputs, to see that it works
    python bench/run.py --baseline /tmp/before/bin/aktobe-facts   # every command against another install
    python bench/run.py --only cold --runs 9   # one part, fewer runs (while working)

Every figure is a ratio or a rate measured in the same run on the same machine. Each command
runs several times, taking turns with the commands it is compared with, and the table gives the
median with the range of the runs in brackets:

* cold start: median wall time of ``aktobe-facts check claims.toml`` (the table) and of ``check -q``
  (the summary line) against the floor of what
  the tool really imports, ``python -c "import typer, rich.console, rich.table"`` (target: within
  1.3x), and against the older floor ``python -c "import typer, rich, pint"`` (pint is not imported
  on that path: the older floor hid part of the tool's own import and work);
* throughput: 1,000 generated claims files of 30 claims, ``--jobs 1`` and ``--jobs 2``
  (target: at least 1,000 files per second on 2 cores), the JSON report of the same files, and
  ``check -q --jobs 2`` over 1,000 copies of the seed's claims.toml (issue 14's measure);
* scale: one file of 10,000 claims, then 100,000 (target: under 1 s for 10,000, and growth no
  faster than linear);
* articles: the one-command path, ``check -q ARTICLE.txt`` (drafted in memory, then checked), on
  the seed article and over the open sets' articles with ``--jobs 2`` (no target: a measure of
  what the draft's rules cost as they grow);
* long articles: ``draft`` and ``check -q`` of one article of 5, 20, 60 and 200 KB made of the
  open sets' paragraphs, in one number style and in two (three runs each unless ``--runs``):
  how the time grows with the text (linear is the aim);
* odd articles: ``draft`` of articles of 10 and 40 KB in shapes that once took the draft more than
  linear time (:func:`odd_article`: runs of white space between words, one long run of spaces, one
  figure told again sentence after sentence), three runs each unless ``--runs``;
* many figures in one sentence: ``draft`` of one sentence of 50 and 200 amounts of one unit after
  a sentence with a percent of growth, and of one sentence of 200 and 800 percents
  (:func:`many_article`; the pairs of a sentence's figures once cost n**3), three runs each
  unless ``--runs``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import claims_text, write_tree

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "aktobe_facts"]
SCRIPT = shutil.which("aktobe-facts")


# Measure the tool as installed: with bytecode. PYTHONDONTWRITEBYTECODE (set on some machines)
# would make an editable install compile every module on every run.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _compile_package() -> None:
    import compileall

    import aktobe_facts

    compileall.compile_dir(str(Path(aktobe_facts.__file__).parent), quiet=1)


def _time(cmd: list[str], cwd: Path = ROOT) -> float:
    start = time.perf_counter()
    subprocess.run(
        cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )
    return time.perf_counter() - start


def _interleaved(commands: list[list[str]], runs: int, cwd: Path = ROOT) -> list[list[float]]:
    """Wall times of each command, ``runs`` rounds of one run each, in turn.

    Taking turns puts every command through the same moments of a machine whose speed drifts
    (shared virtual machines do, by a third within a minute): a ratio of medians then compares
    like with like, where runs of one command after all runs of the other would not.
    """
    for cmd in commands:
        _time(cmd, cwd)  # warm the file cache
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for cmd, found in zip(commands, times, strict=True):
            found.append(_time(cmd, cwd))
    return times


def _spread(times: list[float], unit: float = 1.0, digits: int = 2) -> str:
    """``1.23 (1.10-1.40)``: the median and the range of the runs."""
    med, low, high = (x * unit for x in (statistics.median(times), min(times), max(times)))
    return f"{med:.{digits}f} ({low:.{digits}f}-{high:.{digits}f})"


FLOOR = "import typer, rich.console, rich.table"
"""What the tool itself needs to start: the CLI framework and the table it prints."""
OLD_FLOOR = "import typer, rich, pint"
"""The floor of the first benchmarks; pint is not imported when a check converts no units."""


def cold_start(runs: int, baseline: str | None = None) -> list[tuple[str, str]]:
    """The check of claims.toml against the floor and, with ``baseline`` (another install's
    ``aktobe-facts``, such as one built from the commit before a change), against that too.

    Both the plain command (the table a reviewer reads, the one issue 14 names) and ``-q`` (the
    summary line a CI gate reads) are timed: until the fourth session only ``-q`` was, under the
    plain command's label, and the table costs about a third more (BENCHMARKS.md)."""
    tool_cmd = [SCRIPT] if SCRIPT else CLI
    forms = {
        "check claims.toml": ["check", "claims.toml"],
        "check -q claims.toml": ["check", "-q", "claims.toml"],
    }
    commands = [[sys.executable, "-c", FLOOR], [sys.executable, "-c", OLD_FLOOR]]
    commands += [[*tool_cmd, *args] for args in forms.values()]
    if baseline:
        commands += [[baseline, *args] for args in forms.values()]
    floor, old_floor, *tools = _interleaved(commands, runs)
    rows = [
        (f"floor: python -c '{FLOOR}'", f"{_spread(floor, 1000, 0)} ms, {runs} runs"),
        (f"older floor: python -c '{OLD_FLOOR}'", f"{_spread(old_floor, 1000, 0)} ms"),
    ]
    for i, label in enumerate(forms):
        tool = tools[i]
        rows += [
            (f"aktobe-facts {label}", f"{_spread(tool, 1000, 0)} ms, {runs} runs"),
            (
                f"{label} / floor (medians)",
                f"{statistics.median(tool) / statistics.median(floor):.2f}x (target ≤ 1.3x)",
            ),
            (
                f"{label} / older floor (medians)",
                f"{statistics.median(tool) / statistics.median(old_floor):.2f}x",
            ),
        ]
        if baseline:
            before = tools[len(forms) + i]
            change = statistics.median(tool) / statistics.median(before)
            rows += [
                (f"baseline: {baseline} {label}", f"{_spread(before, 1000, 0)} ms"),
                (f"{label} / baseline (medians)", f"{change:.2f}x"),
            ]
    return rows


def _tools(baseline: str | None) -> list[tuple[str, list[str]]]:
    """The tool, and the baseline's when given: each command below runs with both, in turn."""
    return [("", CLI)] + ([(" (baseline)", [baseline])] if baseline else [])


def throughput(
    folder: Path, files: int, claims: int, runs: int, baseline: str | None = None
) -> list[tuple[str, str]]:
    """The gate (``-q``: verdicts and exit code) on one and two cores, and the full JSON report,
    which also builds and sends back the arithmetic of every pass."""
    write_tree(folder / "generated", files, claims)
    copies = folder / "copies"  # issue 14's measure: copies of the seed's claims file
    copies.mkdir(parents=True)
    seed = (ROOT / "claims.toml").read_text(encoding="utf-8")
    for i in range(files):
        (copies / f"{i:04d}.claims.toml").write_text(seed, encoding="utf-8")
    runs_of = {
        f"{files:,} files of {claims} claims, --jobs 1": ["check", "-q", "--jobs", "1", "generated"],
        f"{files:,} files of {claims} claims, --jobs 2": ["check", "-q", "--jobs", "2", "generated"],
        f"{files:,} files of {claims} claims, --jobs 2 --format json":
            ["check", "--format", "json", "--jobs", "2", "generated"],
        f"{files:,} copies of claims.toml, -q --jobs 2": ["check", "-q", "--jobs", "2", "copies"],
    }  # fmt: skip
    labels = [(f"{label}{tag}", [*tool, *args]) for label, args in runs_of.items()
              for tag, tool in _tools(baseline)]  # fmt: skip
    rows = []
    found = _interleaved([c for _, c in labels], runs, cwd=folder)
    for (label, _), times in zip(labels, found, strict=True):
        rate = files / statistics.median(times)
        rows.append(
            (
                label,
                f"{_spread(times)} s, {runs} runs: {rate:,.0f} files/s (target ≥ 1,000 files/s)",
            )
        )
    return rows


def scale(
    folder: Path, sizes: tuple[int, ...], runs: int, baseline: str | None = None
) -> list[tuple[str, str]]:
    paths = []
    for size in sizes:
        path = folder / f"big{size}.claims.toml"
        path.write_text(claims_text(size, 7), encoding="utf-8")
        paths.append(path)
    tools = _tools(baseline)
    commands = [[*tool, "check", "-q", str(path)] for path in paths for _, tool in tools]
    found_all = _interleaved(commands, runs)
    times = found_all[:: len(tools)]  # the tool's own, for the ratio below
    rows = [
        (f"one file of {size:,} claims{tag}", f"{_spread(found)} s, {runs} runs")
        for (size, (tag, _)), found in zip(
            [(size, tool) for size in sizes for tool in tools], found_all, strict=True
        )
    ]
    if len(sizes) == 2:
        factor = sizes[1] / sizes[0]
        growth = statistics.median(times[1]) / statistics.median(times[0])
        rows.append(
            (
                f"time ratio {sizes[1]:,} / {sizes[0]:,} claims (medians)",
                f"{growth:.1f}x for {factor:.0f}x the claims (linear: ≤ {factor:.0f}x)",
            )
        )
    return rows


SEED_ARTICLE = ROOT.parent / "shared" / "seed" / "article.txt"
OPEN_SETS = ("corpus", "heldout", *(f"heldout{n}" for n in range(2, 8)))
"""The sets whose articles anyone may read (scripts/sets.py): the unseen sets are never run here."""


def articles(folder: Path, runs: int, baseline: str | None = None) -> list[tuple[str, str]]:
    """The one-command path, ``check ARTICLE.txt``: the article is drafted in memory, then
    checked. Timed on the seed article (cold, as a user runs it once) and over the open sets'
    articles with ``--jobs 2`` (a folder of articles, as a desk checks a day's pieces)."""
    seed = SEED_ARTICLE if SEED_ARTICLE.is_file() else ROOT / "tests" / "corpus"
    if seed.is_dir():
        seed = sorted(seed.glob("*/article.txt"))[0]
    tree = folder / "articles"
    tree.mkdir(parents=True)
    copies: list[str] = []  # named one by one: a folder is searched for claims files only
    for name in OPEN_SETS:
        for source in sorted((ROOT / "tests" / name).glob("*/article.txt")):
            target = tree / f"{len(copies):03d}.txt"
            target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
            copies.append(str(target))
    count = len(copies)
    runs_of = {
        f"check -q {seed.name} (the seed article)": ["check", "-q", str(seed)],
        f"{count} articles of the open sets, -q --jobs 2": ["check", "-q", "--jobs", "2", *copies],
    }
    labels = [(f"{label}{tag}", [*tool, *args]) for label, args in runs_of.items()
              for tag, tool in _tools(baseline)]  # fmt: skip
    found = _interleaved([c for _, c in labels], runs, cwd=folder)
    rows = []
    for (label, _), times in zip(labels, found, strict=True):
        if label.startswith("check -q"):
            rows.append((label, f"{_spread(times, 1000, 0)} ms, {runs} runs"))
        else:
            rate = count / statistics.median(times)
            rows.append((label, f"{_spread(times)} s, {runs} runs: {rate:,.0f} articles/s"))
    return rows


LONG_SIZES = (5, 20, 60, 200)
"""The long articles' sizes in KB (``--quick``: the first two)."""
LONG_DISTINCT = 48 * 1024
"""The open sets' paragraphs a long article is made of, from the first: more (all of them, 95 KB)
name more than 20 currencies with an exchange rate, which a claims file may not (the draft of
such an article does not load: an internal error, exit 3, left for the lead), so a longer
article repeats them."""
_SWAPPED = re.compile(r"(?<=\d)([.,])(?=\d)")


def long_article(size: int, two_styles: bool) -> str:
    """An article of ``size`` bytes or a little more: the open sets' first paragraphs (each
    article's headline left out, :data:`LONG_DISTINCT` bytes of them) one after another, from the
    first again when they run out, each pass after the first opening every paragraph with a tag of
    its own ("Edition b."), as a paragraph printed again is drafted once. With
    ``two_styles`` every other paragraph writes its numbers the other way ("1.5" as "1,5",
    "1,234" as "1.234"), so the separators check reads each ambiguous figure both ways."""
    paragraphs = [
        part.strip()
        for name in OPEN_SETS
        for source in sorted((ROOT / "tests" / name).glob("*/article.txt"))
        for part in source.read_text(encoding="utf-8").split("\n\n")[1:]
        if part.strip()
    ]
    distinct = 0
    for count, paragraph in enumerate(paragraphs):
        distinct += len(paragraph.encode("utf-8")) + 2
        if distinct >= LONG_DISTINCT:
            paragraphs = paragraphs[: count + 1]
            break
    chosen: list[str] = []
    total = 0
    while total < size:
        rounds, at = divmod(len(chosen), len(paragraphs))
        paragraph = paragraphs[at]
        if rounds:  # never a copy, which the draft reads once (text/paragraphcopies.py)
            paragraph = f"Edition {_letters(rounds)}. {paragraph}"
        if two_styles and len(chosen) % 2:
            paragraph = _SWAPPED.sub(lambda m: "," if m.group(1) == "." else ".", paragraph)
        chosen.append(paragraph)
        total += len(paragraph.encode("utf-8")) + 2
    return "Long article\n\n" + "\n\n".join(chosen) + "\n"


def _letters(n: int) -> str:
    """A tag of letters for the n-th pass over the paragraphs ("b", ..., "z", "ba", ...): words,
    never a figure the draft reads."""
    tag = ""
    while True:
        n, digit = divmod(n, 26)
        tag = "abcdefghijklmnopqrstuvwxyz"[digit] + tag
        if not n:
            return tag


def long_articles(
    folder: Path, sizes: tuple[int, ...], runs: int, baseline: str | None = None
) -> list[tuple[str, str]]:
    """``draft`` and ``check -q`` of one long article (:func:`long_article`) of each size, in one
    number style and in two: how the draft's rules and the checks grow with an article's length
    (no target; linear growth is the aim)."""
    folder.mkdir(parents=True, exist_ok=True)
    labels: list[tuple[str, list[str]]] = []
    for size in sizes:
        for styles in ("one style", "two styles"):
            path = folder / f"long{size}-{styles.replace(' ', '-')}.txt"
            path.write_text(long_article(size * 1024, styles == "two styles"), encoding="utf-8")
            for command in (["draft", str(path)], ["check", "-q", str(path)]):
                labels += [
                    (f"{command[0]} of a {size} KB article, {styles}{tag}", [*tool, *command])
                    for tag, tool in _tools(baseline)
                ]
    found = _interleaved([c for _, c in labels], runs, cwd=folder)
    medians = dict(zip([label for label, _ in labels], found, strict=True))
    rows = [(label, f"{_spread(times)} s, {runs} runs") for label, times in medians.items()]
    first, last = sizes[0], sizes[-1]
    for styles in ("one style", "two styles"):
        for name in ("draft", "check"):
            small = medians[f"{name} of a {first} KB article, {styles}"]
            large = medians[f"{name} of a {last} KB article, {styles}"]
            rows.append(_growth(f"{name}, {styles}", small, large, first, last))
    return rows


def _growth(
    label: str, small: list[float], large: list[float], first: int, last: int
) -> tuple[str, str]:
    """A row: how the median time grew from the first size (KB) to the last."""
    ratio = statistics.median(large) / statistics.median(small)
    return (
        f"{label}: time ratio {last} KB / {first} KB (medians)",
        f"{ratio:.1f}x for {last // first}x the text (linear: ≤ {last // first}x)",
    )


ODD_SIZES = (10, 40)
"""The odd articles' sizes in KB (``--quick``: a quarter of them)."""
ODD_KINDS = ("gaps", "spaces", "again")
_ODD_SENTENCE = (
    "Exports rose 5.2% , or $1.2 billion , to $24.1 billion in the first half of 2030 "
    "( January-June ) from $22.9 billion a year earlier , the ministry said ; imports fell 3% ."
)


def odd_article(kind: str, size: int) -> str:
    """An article of about ``size`` bytes in a shape the draft's patterns or pair loops once read
    in more than linear time: ``gaps``, one sentence whose words stand apart by runs of a space
    and a line break (a table or a justified page pasted from a PDF); ``spaces``, one run of
    spaces between two clauses of a sentence; ``again``, one figure told again in sentence after
    sentence (docs/corpus.md, "Super-linear patterns, audited" and the twenty-fourth session's
    "Long runs and figures told again")."""
    if kind == "gaps":
        words = _ODD_SENTENCE.split(" ")
        run = max(1, (size - len(_ODD_SENTENCE)) // (2 * (len(words) - 1)))
        return "Odd article\n\n" + (" \n" * run).join(words) + "\n"
    if kind == "spaces":
        return (
            "Odd article\n\nExports rose 5.2% to $1.2 billion in 2030"
            + " " * size
            + "imports fell 3% to $2 billion.\n"
        )
    sentence = "Exports were $1.2 billion in 2030. "
    return "Odd article\n\n" + sentence * max(1, size // len(sentence)) + "\n"


def _drafted(
    folder: Path, articles: list[tuple[str, str]], runs: int, baseline: str | None
) -> dict[str, list[float]]:
    """Wall times of ``draft`` of each article (a label and its text) by each tool, in turn: the
    label and the tool's tag -> the times."""
    folder.mkdir(parents=True, exist_ok=True)
    labels: list[tuple[str, list[str]]] = []
    for n, (label, text) in enumerate(articles):
        path = folder / f"article-{n}.txt"
        path.write_text(text, encoding="utf-8")
        labels += [(f"{label}{tag}", [*tool, "draft", str(path)]) for tag, tool in _tools(baseline)]
    found = _interleaved([c for _, c in labels], runs, cwd=folder)
    return dict(zip([label for label, _ in labels], found, strict=True))


def odd_articles(
    folder: Path, sizes: tuple[int, ...], runs: int, baseline: str | None = None
) -> list[tuple[str, str]]:
    """``draft`` of each odd article (:func:`odd_article`) at each size, and how its time grows
    from the first size to the last (no target; linear growth is the aim)."""
    articles = [
        (f"draft of a {size} KB article, {kind}", odd_article(kind, size * 1024))
        for kind in ODD_KINDS
        for size in sizes
    ]
    medians = _drafted(folder, articles, runs, baseline)
    rows = [(label, f"{_spread(times)} s, {runs} runs") for label, times in medians.items()]
    first, last = sizes[0], sizes[-1]
    for kind in ODD_KINDS:
        for tag, _ in _tools(baseline):
            small = medians[f"draft of a {first} KB article, {kind}{tag}"]
            large = medians[f"draft of a {last} KB article, {kind}{tag}"]
            rows.append(_growth(f"draft, {kind}{tag}", small, large, first, last))
    return rows


MANY_COUNTS = {"amounts": (50, 200), "percents": (200, 800)}
"""How many figures the sentence of each kind of :func:`many_article` holds, the smaller and the
larger (``--quick``: a quarter of them)."""


def many_article(kind: str, count: int) -> str:
    """An article whose one sentence holds ``count`` figures: ``amounts``, amounts of one unit
    after a sentence with a percent of growth (each pair of them a growth's possible levels);
    ``percents``, percents after one verb of change (docs/corpus.md, the twenty-fifth session)."""
    head = "Exports grow\n\nExports rose 5% to $1.2 billion in 2029, up from $1.1 billion in 2028."
    if kind == "amounts":
        listed = "".join(f"{i + 1} million tonnes, " for i in range(count))
        return f"{head} Exports were {listed}in 2030.\n"
    listed = "".join(f"{i % 90 + 1}.{i % 7}%, " for i in range(count))
    return f"{head} Exports rose {listed}in 2030.\n"


def many_articles(
    folder: Path, counts: dict[str, tuple[int, int]], runs: int, baseline: str | None = None
) -> list[tuple[str, str]]:
    """``draft`` of each :func:`many_article` at its two counts, and how its time grows from the
    smaller to the larger (no target; linear growth is the aim, n * n is what pairs cost)."""
    articles = [
        (f"draft of one sentence of {count} {kind}", many_article(kind, count))
        for kind, sizes in counts.items()
        for count in sizes
    ]
    medians = _drafted(folder, articles, runs, baseline)
    rows = [(label, f"{_spread(times)} s, {runs} runs") for label, times in medians.items()]
    for kind, (small, large) in counts.items():
        for tag, _ in _tools(baseline):
            low = statistics.median(medians[f"draft of one sentence of {small} {kind}{tag}"])
            high = statistics.median(medians[f"draft of one sentence of {large} {kind}{tag}"])
            times = large // small
            rows.append(
                (
                    f"draft, {kind}{tag}: time ratio {large} / {small} figures (medians)",
                    f"{high / low:.1f}x for {times}x the figures (linear: ≤ {times}x)",
                )
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small inputs and few runs")
    parser.add_argument(
        "--baseline", help="another install's aktobe-facts to run beside this one, in turn"
    )
    parser.add_argument(
        "--only",
        choices=("cold", "throughput", "scale", "articles", "long", "odd", "many"),
        action="append",
        help="run only this part (repeatable; default: all)",
    )
    parser.add_argument("--runs", type=int, help="runs of each command (default: 21 cold, 5 else)")
    args = parser.parse_args()
    parts = set(args.only or ("cold", "throughput", "scale", "articles", "long", "odd", "many"))
    runs = args.runs or (3 if args.quick else 21)
    repeats = args.runs or (2 if args.quick else 5)
    files = 100 if args.quick else 1000
    sizes = (1000, 10000) if args.quick else (10000, 100000)
    _compile_package()
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        if "cold" in parts:
            rows += cold_start(runs, args.baseline)
        if "throughput" in parts:
            rows += throughput(Path(tmp) / "tree", files, 30, repeats, args.baseline)
        if "scale" in parts:
            rows += scale(Path(tmp), sizes, repeats, args.baseline)
        if "articles" in parts:
            rows += articles(Path(tmp), repeats, args.baseline)
        if "long" in parts:
            long_sizes = LONG_SIZES[:2] if args.quick else LONG_SIZES
            rows += long_articles(Path(tmp) / "long", long_sizes, args.runs or 3, args.baseline)
        if "odd" in parts:
            odd_sizes = tuple(s // 4 for s in ODD_SIZES) if args.quick else ODD_SIZES
            rows += odd_articles(Path(tmp) / "odd", odd_sizes, args.runs or 3, args.baseline)
        if "many" in parts:
            counts = {
                kind: (small // 4, large // 4) if args.quick else (small, large)
                for kind, (small, large) in MANY_COUNTS.items()
            }
            rows += many_articles(Path(tmp) / "many", counts, args.runs or 3, args.baseline)
    print_table("python " + " ".join(["bench/run.py", *sys.argv[1:]]), rows)


def print_table(command: str, rows: list[tuple[str, str]]) -> None:
    """The machine, the command and its rows as a Markdown table for BENCHMARKS.md."""
    print(f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}")
    print(f"Command: {command}")
    print()
    print("| measure | result |")
    print("| --- | --- |")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
