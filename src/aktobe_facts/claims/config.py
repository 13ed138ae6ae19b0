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
exclude = ["tests/", "drafts"]  # left out of a folder's or a pattern's search (see discover)
```

Precedence, highest first: command-line options, the claims file's ``[settings]``, this table,
built-in defaults.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from msgspec import Struct, field

from aktobe_facts.claims.linemap import LineMap
from aktobe_facts.claims.loader import LoadError, parse_toml, read_text, settings_from_table
from aktobe_facts.claims.model import Settings
from aktobe_facts.findings import Severity

_KEYS = (
    "fail-level", "select", "ignore", "severity", "approx", "locale", "currencies", "exclude",
)  # fmt: skip
_TABLE = "tool.aktobe-facts"
_ITEM = f"[{_TABLE}]"


class Config(Struct, frozen=True):
    """What the project configuration sets; ``path`` is None when there is none."""

    path: Path | None = None
    fail_level: Severity | None = None
    select: tuple[str, ...] = ()
    settings: Settings = field(default_factory=Settings)
    exclude: tuple[str, ...] = ()
    """Patterns of paths below the configuration's folder that a search leaves out."""


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start`` (whatever it is: :func:`load_config`
    refuses one that is not a regular file rather than look past it)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.exists():
            return candidate
    return None


def load_config(start: Path | None = None) -> Config:
    """Read ``[tool.aktobe-facts]`` from the nearest pyproject.toml; errors are LoadErrors.

    The file gets a claims file's guards: a regular file of at most ``loader.MAX_FILE_BYTES``,
    no line with more than ``linemap.MAX_DOTS`` dots outside strings, nesting within the TOML
    parser's limit. Errors name the file, the line and the key.
    """
    path = find_pyproject(start or Path.cwd())
    if path is None:
        return Config()
    text = read_text(path)
    lines = LineMap.scan(text)
    try:
        data = parse_toml(text, str(path), lines, "a configuration's")
    except LoadError as exc:
        exc.message = f"cannot read the configuration: {exc.message}"
        raise
    tool = data.get("tool")
    table = tool.get("aktobe-facts") if isinstance(tool, dict) else None
    if table is None:
        return Config(path)
    return _Parser(path, lines).parse(table)


class _Parser:
    """Validates the table; each error names the file, the line and the key."""

    def __init__(self, path: Path, lines: LineMap) -> None:
        self.path = path
        self.lines = lines

    def line(self, key: str | None = None) -> int | None:
        """The line of ``key`` of the table (or of the table itself): a key line under
        ``[tool.aktobe-facts]``, a ``[tool.aktobe-facts.KEY]`` header, else the table's header
        (or ``[tool]``, when the table is written in it)."""
        tables = self.lines.tables
        block = tables.get(_TABLE)
        if key is not None:
            if block is not None and key in block.keys:
                return block.keys[key]
            if (sub := tables.get(f"{_TABLE}.{key}")) is not None:
                return sub.line
        if block is not None:
            return block.line
        tool = tables.get("tool")
        return None if tool is None else tool.keys.get("aktobe-facts", tool.line)

    def error(self, message: str, key: str | None = None, *, named: bool = True) -> LoadError:
        """An error at ``key``'s line, naming it as the field unless the message does."""
        field = key if named else None
        return LoadError(str(self.path), message, line=self.line(key), item=_ITEM, field=field)

    def parse(self, table: Any) -> Config:
        from aktobe_facts.api import selected_checks

        if not isinstance(table, dict):
            raise self.error("must be a table")
        for key in table:
            if key not in _KEYS:
                raise self.error(
                    f"unknown key '{key}'; keys are: {', '.join(_KEYS)}", key, named=False
                )
        fail_level = None
        if "fail-level" in table:
            try:
                fail_level = Severity(table["fail-level"])
            except ValueError:
                raise self.error("must be error, warning or info", "fail-level") from None
        select = table.get("select", [])
        if not isinstance(select, list) or not all(isinstance(v, str) for v in select):
            raise self.error("must be a list of check ids", "select")
        try:
            selected_checks(select)
        except ValueError as exc:
            raise self.error(str(exc), "select") from None
        exclude = table.get("exclude", [])
        if not isinstance(exclude, list) or not all(isinstance(v, str) and v for v in exclude):
            raise self.error('must be a list of path patterns, such as ["tests/"]', "exclude")
        for pattern in exclude:
            if ".." in pattern.split("/") or "\\" in pattern or "\0" in pattern:
                raise self.error(
                    f"{pattern!r}: a pattern names paths below the folder of pyproject.toml, "
                    "with '/' between names (no '..' and no backslash)",
                    "exclude",
                )
        settings = self.settings(table)
        return Config(self.path, fail_level, tuple(select), settings, tuple(exclude))

    def settings(self, table: dict[str, Any]) -> Settings:
        """Validate the settings keys with the claims-file loader, so the rules are written once."""
        keys = ("severity", "approx", "locale", "currencies", "ignore")
        raw = {k: table[k] for k in keys if k in table}
        try:
            return settings_from_table(raw, str(self.path))
        except LoadError as exc:
            raise self.error(exc.message, exc.field) from None
