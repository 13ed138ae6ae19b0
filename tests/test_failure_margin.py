"""scripts/failure_margin.py: how far a failed relation is from holding, relative to the figure
nearest to fitting (sentences of our own)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
from failure_margin import failed

CLAIMS = """[article]
path = "article.txt"

[[claim]]
id = "deficit"
value = "{deficit}"
quote = "the gap came to {deficit}"

[[claim]]
id = "revenue"
value = "$120.4 million"
quote = "Receipts were $120.4 million"

[[claim]]
id = "spending"
value = "$150.2 million"
quote = "outlays $150.2 million"

[[relation]]
id = "gap"
kind = "difference"
result = "deficit"
minuend = "spending"
subtrahend = "revenue"
"""


def _margins(tmp_path: Path, deficit: str) -> list[float | None]:
    (tmp_path / "article.txt").write_text(
        f"Receipts were $120.4 million and outlays $150.2 million; the gap came to {deficit}.\n"
    )
    (tmp_path / "claims.toml").write_text(CLAIMS.format(deficit=deficit))
    return [value for value, _, _ in failed([str(tmp_path / "claims.toml")])]


def test_a_slip_near_the_truth_has_a_small_margin(tmp_path: Path) -> None:
    # spending would need [154.1, 154.3] million: 3.9 million from the printed 150.2
    assert _margins(tmp_path, "$33.8 million") == [pytest.approx(3.9 / 150.2, abs=1e-9)]


def test_a_scale_slip_has_a_margin_near_one(tmp_path: Path) -> None:
    # the deficit would need [29.7, 29.9] million, printed 29.8 billion: 0.999 of its size
    assert _margins(tmp_path, "$29.8 billion") == [pytest.approx((29_800 - 29.9) / 29_800)]


def test_a_relation_that_holds_has_none(tmp_path: Path) -> None:
    assert _margins(tmp_path, "$29.8 million") == []
