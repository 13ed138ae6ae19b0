"""Generate realistic claims files for the benchmark: conversions at one rate, share groups,
counts, growth and ratios, written as an article writes them."""

from __future__ import annotations

import random
from pathlib import Path

RATE = 421.3  # tenge per US$ used to build consistent pairs


def _money(rng: random.Random) -> tuple[str, str]:
    tenge = rng.uniform(1, 900)
    dollars = tenge * 1e9 / RATE
    if dollars >= 1e9:
        return f"{tenge:.1f} billion tenge", f"US${dollars / 1e9:.2f} billion"
    return f"{tenge:.1f} billion tenge", f"US${dollars / 1e6:.0f} million"


def claims_text(n_claims: int, seed: int) -> str:
    """A claims file of about ``n_claims`` claims (multiples of 10 are exact)."""
    rng = random.Random(seed)
    out: list[str] = ['[article]\ntitle = "Generated benchmark article"\n']
    made = 0
    block = 0
    while made < n_claims:
        b = block
        value, counterpart = _money(rng)
        out.append(
            f'[[claim]]\nid = "amount_{b}"\nquote = "{value} ({counterpart})"\n'
            f'value = "{value}"\ncounterpart = "{counterpart}"\nsubject = "spending {b}"\n'
            'period = "2020"\n'
        )
        out.append(
            f'[[claim]]\nid = "growth_{b}"\nquote = "{rng.uniform(1, 9):.1f} percent more"\n'
            f'value = "{rng.uniform(1, 9):.1f} percent"\nkind = "growth"\nof = "amount_{b}"\n'
            'base_period = "2019"\n'
        )
        out.append(f'[[group]]\nid = "sectors_{b}"\nof = "amount_{b}"\n')
        shares = [rng.randint(5, 22) for _ in range(4)]
        for i, share in enumerate(shares):
            out.append(
                f'[[claim]]\nid = "share_{b}_{i}"\nquote = "({share} percent)"\n'
                f'value = "{share} percent"\ngroup = "sectors_{b}"\n'
            )
        out.append(
            f'[[claim]]\nid = "share_{b}_rest"\nquote = "and other sectors"\n'
            f'group = "sectors_{b}"\nremainder = true\n'
        )
        jobs = rng.randint(100, 5000)
        out.append(
            f'[[claim]]\nid = "jobs_{b}"\nquote = "more than {jobs:,} jobs"\n'
            f'value = "more than {jobs:,}"\nkind = "count"\n'
        )
        out.append(
            f'[[ratio]]\nid = "per_job_{b}"\nnumerator = "amount_{b}"\ndenominator = "jobs_{b}"\n'
        )
        out.append(
            f'[[claim]]\nid = "roads_{b}"\nquote = "some {rng.randint(10, 900)} kilometers"\n'
            f'value = "some {rng.randint(10, 900)} kilometers"\n'
        )
        out.append(
            f'[[claim]]\nid = "devices_{b}"\nquote = "{rng.randint(2, 400)} devices"\n'
            f'value = "{rng.randint(2, 400)}"\nkind = "count"\n'
        )
        made += 10
        block += 1
    return "\n".join(out)


def write_tree(folder: Path, files: int, claims: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(files):
        path = folder / f"article{i:05d}.claims.toml"
        path.write_text(claims_text(claims, i), encoding="utf-8")
        paths.append(path)
    return paths
