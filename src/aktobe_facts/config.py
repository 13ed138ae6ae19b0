"""Project configuration: the ``[tool.aktobe-facts]`` table of the nearest ``pyproject.toml``.

```toml
[tool.aktobe-facts]
fail-level = "warning"          # the CLI's --fail-level wins
select = ["conversions"]        # the CLI's --select wins
ignore = ["same-subject"]       # joined with the CLI's --ignore and each file's [settings] ignore
severity = { "percent-points" = "error" }   # a claims file's [settings] severity wins per check
approx = "5 percent"            # a claims file's [settings] approx wins
locale = "en"
currencies = { "som" = "KGS" }
```

Precedence, highest first: command-line options, the claims file's ``[settings]``, this table,
built-in defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli

from aktobe_facts.findings import Severity
from aktobe_facts.loader import LoadError, read_text, settings_from_table
from aktobe_facts.model import Settings

_KEYS = ("fail-level", "select", "ignore", "severity", "approx", "locale", "currencies")


@dataclass(frozen=True)
class Config:
    """What the project configuration sets; ``path`` is None when there is none."""

    path: Path | None = None
    fail_level: Severity | None = None
    select: tuple[str, ...] = ()
    settings: Settings = field(default_factory=Settings)


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(start: Path | None = None) -> Config:
    """Read ``[tool.aktobe-facts]`` from the nearest pyproject.toml; errors are LoadErrors."""
    path = find_pyproject(start or Path.cwd())
    if path is None:
        return Config()
    text = read_text(path)  # a regular UTF-8 file of sane size, as a claims file
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        raise LoadError(str(path), f"cannot read the configuration: {exc}") from None
    except RecursionError:
        raise LoadError(str(path), "cannot read the configuration: TOML nesting too deep") from None
    tool = data.get("tool")
    table = tool.get("aktobe-facts") if isinstance(tool, dict) else None
    if table is None:
        return Config(path)
    return _parse(path, table)


def _parse(path: Path, table: Any) -> Config:
    where = f"{path} [tool.aktobe-facts]"
    if not isinstance(table, dict):
        raise LoadError(where, "must be a table")
    for key in table:
        if key not in _KEYS:
            raise LoadError(where, f"unknown key '{key}'; keys are: {', '.join(_KEYS)}")
    fail_level = None
    if "fail-level" in table:
        try:
            fail_level = Severity(table["fail-level"])
        except ValueError:
            raise LoadError(where, "fail-level must be error, warning or info") from None
    select = table.get("select", [])
    if not isinstance(select, list) or not all(isinstance(v, str) for v in select):
        raise LoadError(where, "select must be a list of check ids")
    return Config(path, fail_level, tuple(select), _settings(path, table))


def _settings(path: Path, table: dict[str, Any]) -> Settings:
    """Validate the settings keys with the claims-file loader, so the rules are written once."""
    keys = ("severity", "approx", "locale", "currencies", "ignore")
    raw = {k: table[k] for k in keys if k in table}
    return settings_from_table(raw, f"{path} [tool.aktobe-facts]")
