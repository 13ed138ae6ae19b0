"""Module attributes swapped for others while a block runs, for the tests that compare a rule
with its old form on generated articles."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any


@contextmanager
def swapped(replacements: Sequence[tuple[Any, str, Any]]) -> Iterator[None]:
    """Each ``(module, name, value)``: the module's attribute ``name`` set to ``value`` inside the
    block, and back after it. By hand, not with pytest's monkeypatch: a function-scoped fixture is
    not reset between hypothesis's examples."""
    saved = [(module, name, vars(module)[name]) for module, name, _ in replacements]
    try:
        for module, name, value in replacements:
            setattr(module, name, value)
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)
