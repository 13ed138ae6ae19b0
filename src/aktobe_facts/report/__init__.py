"""Output formats: one module per format, each with ``render(report, options) -> str``.

Adding a format means adding a module and one line in :data:`FORMATS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from aktobe_facts.result import Report


@dataclass(frozen=True)
class RenderOptions:
    width: int = 100
    color: bool = False
    verbose: bool = False
    quiet: bool = False


class Formatter(Protocol):
    NAME: str

    def render(self, report: Report, options: RenderOptions) -> str: ...


def formats() -> dict[str, Formatter]:
    """The formats by name; modules are imported on demand to keep start-up fast."""
    from aktobe_facts.report import github, html, json_format, line, markdown, sarif, table

    return {
        module.NAME: module for module in (table, json_format, line, github, sarif, markdown, html)
    }


FORMAT_NAMES = ("table", "json", "line", "github", "sarif", "markdown", "html")
