"""Load a claims file: TOML text to a typed :class:`~aktobe_facts.claims.model.ClaimsFile`.

Every problem is a :class:`LoadError` naming the file, the line, the claim and the field. TOML parsers
give no positions for parsed keys, so :class:`~aktobe_facts.claims.linemap.LineMap` scans the text for table headers and keys.
"""

from __future__ import annotations

import datetime as dt
import re
import stat
from dataclasses import replace
from operator import attrgetter
from pathlib import Path
from typing import Any

from aktobe_facts.claims import fieldtypes, fielduse, tomlread
from aktobe_facts.claims.linemap import MAX_DOTS, KeyLines, LineMap, lines
from aktobe_facts.claims.model import (
    ARRAY_TABLES,
    ID_TABLES,
    SINGLE_TABLES,
    TABLES,
    Claim,
    ClaimsFile,
    FieldSpec,
    Group,
    Ignore,
    Ratio,
    Reference,
    Relation,
    RelationValue,
    Settings,
    Waiver,
)
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import LOCALES, GrammarError, NumberLocale, parse
from aktobe_facts.reading.periods import PeriodError, parse_period
from aktobe_facts.reading.quantities import Quantity, read
from aktobe_facts.relations.migrate import derived
from aktobe_facts.relations.rates import currency_amounts
from aktobe_facts.text.article import Article, ArticleError, check_sha256, open_article
from aktobe_facts.visible import clip

MAX_FILE_BYTES = 32 * 1024 * 1024
"""Largest claims file read (32 MiB, room for about 150,000 claims)."""

MAX_ITEMS = 200_000
"""Most claims, groups, ratios and references in one file, together."""

_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,99}")

MAX_QUOTE_SEARCH = 20_000_000_000
"""Most quotes × article characters: each quote is searched for in the whole article (about six
seconds at this size: 20,000 quotes in a 1 MB article, every quote of 200,000 in 100 KB)."""

MAX_COUNTERPARTS = 10
"""Most counterparts of one claim: every two of its currency amounts are a conversion."""

MAX_RATE_CURRENCIES = 20
"""Most currencies with an exchange rate in one file (stated in a claim with another currency, or
in a reference rate): the cross-rates check tests every three of them."""

MAX_CURRENCY_PAIRS = 50_000
"""Most conversions in one file: pairs of amounts of one claim in two currencies (a claim with n
currency amounts states n·(n-1)/2)."""

_READINGS: dict[tuple[object, ...], Quantity] = {}
"""Values already read in this process, by their text, ``exact`` and the settings that read them
(locale, currency words, tolerance): reading is a pure function of these, and a quantity is
immutable, so files checked one after another (a directory, a worker's share of it) read a
repeated figure ("5 percent", "US$1 billion") once. A value with a ``precision`` is read anew."""
_READINGS_LIMIT = 20_000

MAX_MESSAGE = 1_000
"""Longest error message shown; a longer one (quoting a huge value or key) is cut in the middle."""


# each table's fields by name, and its required ones in order (looked up for every item)
_SPECS = {table: {s.name: s for s in specs} for table, specs in TABLES.items()}
_REQUIRED = {table: tuple(s.name for s in specs if s.required) for table, specs in TABLES.items()}
# field types for which any string is right (no choices, no id syntax): nothing more to check
_PLAIN_STRING_TYPES = frozenset({"string", "stated", "stated-list"})
# each table's fields whose string values need no check, and its id fields (one pattern to match)
_PLAIN = {
    table: frozenset(n for n, s in specs.items() if s.type in _PLAIN_STRING_TYPES and not s.choices)
    for table, specs in _SPECS.items()
}
_IDS = {
    table: frozenset(n for n, s in specs.items() if s.type == "id" and not s.choices)
    for table, specs in _SPECS.items()
}


def _real_date(text: str) -> bool:
    """``YYYY-MM-DD`` in ASCII digits, naming a day of the calendar (not 2020-02-30, month 13 or
    year 0)."""
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text) is None:
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


class LoadError(Exception):
    """Input that cannot be used. ``str()`` gives the message a user sees.

    Written out rather than made a dataclass, which would compile its methods on every start
    (:mod:`aktobe_facts.records`); it compares and shows itself as the dataclass did.
    """

    path: str
    message: str
    line: int | None
    column: int | None
    item: str | None  # e.g. "claim 'grants'"
    field: str | None
    article: str | None  # the linked article's path, when it is the article that failed

    def __init__(
        self,
        path: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        item: str | None = None,
        field: str | None = None,
        article: str | None = None,
    ) -> None:
        self.path = path
        # a message may quote a key, id or value of any length: keep what is shown readable
        self.message = clip(message, MAX_MESSAGE)
        self.line = line
        self.column = column
        self.item = None if item is None else clip(item, 200)
        self.field = None if field is None else clip(field, 100)
        self.article = article

    def _fields(self) -> tuple[object, ...]:
        return (
            self.path,
            self.message,
            self.line,
            self.column,
            self.item,
            self.field,
            self.article,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, LoadError)
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was

    def __repr__(self) -> str:
        names = ("path", "message", "line", "column", "item", "field", "article")
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(names, self._fields(), strict=True))
        return f"{self.__class__.__qualname__}({shown})"

    def __reduce__(self) -> tuple[type[LoadError], tuple[object, ...]]:
        # pickled when files are checked in worker processes
        fields = (self.path, self.message, self.line, self.column, self.item, self.field)
        return (LoadError, (*fields, self.article))

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        parts = [where]
        if self.item:
            parts.append(self.item)
        if self.field:
            parts.append(f"field '{self.field}'")
        return ": ".join(parts) + ": " + self.message


def read_text(path: Path) -> str:
    """Read a claims file, refusing what is not a regular, readable, UTF-8 text file of sane size."""
    shown = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise LoadError(shown, "no such file") from None
    except OSError as exc:
        raise LoadError(shown, f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(shown, "is a directory, not a claims file")
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(shown, "is not a regular file (a FIFO, socket or device?)")
    if info.st_size > MAX_FILE_BYTES:
        raise LoadError(
            shown, f"file is {info.st_size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes"
        )
    try:
        with path.open("rb") as handle:  # bounded: a file may grow after its size was read
            # asked for its size first: a read of the limit allocates 32 MiB and gives most of
            # it back (about 30 µs a file, a seventh of the seed's load, in the kernel)
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:  # it grew since
                data += handle.read(MAX_FILE_BYTES + 1 - len(data))
    except OSError as exc:
        raise LoadError(shown, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise LoadError(shown, f"file is larger than {MAX_FILE_BYTES:,} bytes, the limit")
    from aktobe_facts.utf8 import NotUtf8, decode

    try:
        text = decode(data)
    except NotUtf8 as exc:
        raise LoadError(shown, exc.says(with_line=False), line=exc.line) from None
    return text.removeprefix("\ufeff")


def load(
    path: Path | str, defaults: Settings | None = None, article: Path | str | None = None
) -> ClaimsFile:
    """Load and validate one claims file.

    ``defaults`` are the settings from project configuration (``[tool.aktobe-facts]``); the
    file's own ``[settings]`` win over them. ``article`` (``--article``) replaces the file's
    ``[article] path``.
    """
    path = path if isinstance(path, Path) else Path(path)  # Path(a Path) parses it again
    return loads(read_text(path), path, defaults, article)


def loads(
    text: str,
    path: Path | str = "<string>",
    defaults: Settings | None = None,
    article: Path | str | None = None,
) -> ClaimsFile:
    """Validate the TOML text of a claims file; ``path`` is used in messages and reports, and its
    folder is where an ``[article] path`` is looked up."""
    override = Path(article) if article is not None else None
    path = path if isinstance(path, Path) else Path(path)
    return _Loader(path, text, defaults or Settings(), override).run()


def parse_toml(
    text: str, shown: str, lines: LineMap, what: str = "a claims file's"
) -> dict[str, Any]:
    """Parse TOML behind the guards every TOML input gets (a claims file, the project
    configuration): no line with more than :data:`MAX_DOTS` dots outside strings (``lines``
    is the text's map, which found them), nesting within the parser's limit, and syntax errors
    with their line and column."""
    if lines.too_deep is not None:
        raise LoadError(
            shown,
            f"more than {MAX_DOTS} dots outside strings on one line: dotted keys or table "
            f"names this deep are not {what}",
            line=lines.too_deep,
        )
    try:
        return tomlread.loads(text, reopened=lines.reopened is not None)
    except ValueError as exc:  # tomli's TOMLDecodeError: the reference parser refused the text
        message = getattr(exc, "msg", str(exc))
        raise LoadError(
            shown,
            f"TOML syntax error: {message}",
            line=getattr(exc, "lineno", None),
            column=getattr(exc, "colno", None),
        ) from None
    except RecursionError:
        raise LoadError(shown, "TOML nesting too deep") from None


def settings_from_table(raw: dict[str, Any], where: str) -> Settings:
    """Validate a settings table that does not come from a claims file (project configuration);
    errors name ``[settings]`` and the field, without a line (the caller knows where it is)."""
    loader = _Loader(Path(where), "", Settings())
    loader.validate("settings", None, raw)
    return loader.build_settings(raw)


class _Loader:
    def __init__(
        self, path: Path, text: str, defaults: Settings, article: Path | None = None
    ) -> None:
        self.path = path
        self.article = article
        self.shown = str(path)
        self.text = text
        self.lines = LineMap.scan(text, MAX_ITEMS)
        self.defaults = defaults
        self.settings = defaults
        self._reading_settings: tuple[Settings | None, tuple[object, ...]] = (None, ())

    # -- errors -----------------------------------------------------------------------------------
    def error(
        self,
        message: str,
        table: str,
        index: int | None = None,
        item_id: str | None = None,
        key: str | None = None,
    ) -> LoadError:
        block = self.lines.block(table, index)
        line = None
        if block is not None:
            line = block.keys.get(key, block.line) if key else block.line
        if index is None:
            item = f"[{table}]"
        elif item_id:
            item = f"{table} '{item_id}'"
        else:
            item = f"{table} #{index + 1}"
        return LoadError(self.shown, message, line=line, item=item, field=key)

    def line_of(self, table: str, index: int | None, key: str | None = None) -> int:
        block = self.lines.block(table, index)
        if block is None:
            return 0
        return block.keys.get(key, block.line) if key else block.line

    # -- the steps --------------------------------------------------------------------------------
    def run(self) -> ClaimsFile:
        if self.lines.too_many is not None:
            raise LoadError(
                self.shown, f"more than {MAX_ITEMS:,} entries in one file", line=self.lines.too_many
            )
        data = parse_toml(self.text, self.shown, self.lines)
        for key in data:
            if key not in TABLES:
                raise LoadError(
                    self.shown,
                    f"unknown table '{key}'; a claims file has "
                    + ", ".join(f"[{t}]" for t in SINGLE_TABLES)
                    + " and "
                    + ", ".join(f"[[{t}]]" for t in ARRAY_TABLES),
                    line=self._top_line(key),
                )
        article = self.single(data, "article")
        settings_raw = self.single(data, "settings")
        self.settings = self.build_settings(settings_raw)

        raw: dict[str, list[dict[str, Any]]] = {t: self.array(data, t) for t in ARRAY_TABLES}
        if sum(len(items) for items in raw.values()) > MAX_ITEMS:
            raise LoadError(self.shown, f"more than {MAX_ITEMS:,} entries in one file")
        if not raw["claim"]:
            raise LoadError(self.shown, "no [[claim]] tables: nothing to check")
        self.check_ids(raw)

        claims = tuple(self.build_claim(i, item) for i, item in enumerate(raw["claim"]))
        references = tuple(self.build_reference(i, item) for i, item in enumerate(raw["reference"]))
        groups = self.build_groups(raw["group"], raw["claim"], claims)
        known = {c.id: c for c in claims}
        refs = {r.id for r in references}
        ratios = tuple(
            self.build_ratio(i, item, known, refs) for i, item in enumerate(raw["ratio"])
        )
        self.check_claim_references(claims, references)
        self.check_rates(claims, references)
        self.check_field_use(raw, claims, references)
        waivers = self.build_waivers(raw["waiver"])
        ignores = tuple(self.build_ignore(i, item) for i, item in enumerate(raw["ignore"]))
        written = tuple(
            self.build_relation(i, item, known, refs) for i, item in enumerate(raw["relation"])
        )
        doc = ClaimsFile(
            self.path,
            claims,
            groups,
            ratios,
            references,
            self.settings,
            {k: str(v) for k, v in article.items()},
            waivers,
            ignores=ignores,
            article_file=self.linked_article(article, len(claims) + len(ignores)),
            relations=tuple(derived(claims, groups, ratios)),
        )
        if not written:
            return doc
        return replace(doc, relations=(*doc.relations, *self.check_relations(doc, written)))

    def _top_line(self, key: str) -> int | None:
        if key in self.lines.arrays:
            return self.lines.arrays[key][0].line
        if key in self.lines.tables:
            return self.lines.tables[key].line
        for number, line in enumerate(lines(self.text), start=1):
            if line.strip().startswith(key):
                return number
        return None

    def single(self, data: dict[str, Any], table: str) -> dict[str, Any]:
        value = data.get(table, {})
        if not isinstance(value, dict):
            raise LoadError(self.shown, f"[{table}] must be a table", line=self._top_line(table))
        if not fieldtypes.valid(table, value):  # then find the problem and where it is
            self.validate(table, None, value)
        return value

    def array(self, data: dict[str, Any], table: str) -> list[dict[str, Any]]:
        value = data.get(table, [])
        if isinstance(value, dict):
            raise LoadError(
                self.shown,
                f"write [[{table}]] (an array of tables), not [{table}]",
                line=self._top_line(table),
            )
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise LoadError(
                self.shown,
                f"'{table}' must be written as [[{table}]] tables",
                line=self._top_line(table),
            )
        if not fieldtypes.valid(table, value):  # then find the problem and where it is
            for index, item in enumerate(value):
                self.validate(table, index, item)
        return value

    def validate(self, table: str, index: int | None, item: dict[str, Any]) -> None:
        item_id = item.get("id") if isinstance(item.get("id"), str) else None
        specs = _SPECS[table]
        required = _REQUIRED[table]
        plain, ids = _PLAIN[table], _IDS[table]
        if table == "relation":
            specs, required = self.relation_specs(index, item, item_id)
            plain = ids = frozenset()
        for key, value in item.items():
            if type(value) is str and (  # the usual field: nothing to look up
                key in plain or (key in ids and _ID_RE.fullmatch(value) is not None)
            ):
                continue
            spec = specs.get(key)
            if spec is None:
                known = ", ".join(specs)
                raise self.error(
                    f"unknown field; {table} fields are: {known}", table, index, item_id, key
                )
            if type(value) is not str or spec.type not in _PLAIN_STRING_TYPES or spec.choices:
                self.check_type(spec, value, table, index, item_id)
        for name in required:
            if name not in item:
                raise self.error(f"missing required field '{name}'", table, index, item_id)

    def relation_specs(
        self, index: int | None, item: dict[str, Any], item_id: str | None
    ) -> tuple[dict[str, FieldSpec], tuple[str, ...]]:
        """The fields of a ``[[relation]]``: the common ones and its kind's."""
        from aktobe_facts.relations.registry import KINDS, spec, writable

        kind = item.get("kind")
        if "kind" not in item:
            raise self.error("missing required field 'kind'", "relation", index, item_id)
        if not isinstance(kind, str) or kind not in writable():
            shown = repr(kind) if isinstance(kind, str) else _toml_type(kind)
            raise self.error(
                f"{shown} is not a kind of relation; kinds: {', '.join(writable())}",
                "relation",
                index,
                item_id,
                "kind",
            )
        own = spec(KINDS[kind]).fields
        specs = {**_SPECS["relation"], **{s.name: s for s in own}}
        required = _REQUIRED["relation"] + tuple(s.name for s in own if s.required)
        return specs, required

    def check_type(
        self, spec: FieldSpec, value: Any, table: str, index: int | None, item_id: str | None
    ) -> None:
        def fail(message: str) -> LoadError:
            return self.error(message, table, index, item_id, spec.name)

        if spec.type in ("stated", "stated-list"):
            values = value if spec.type == "stated-list" and isinstance(value, list) else [value]
            for v in values:
                if isinstance(v, bool) or not isinstance(v, str):
                    if isinstance(v, int | float) and not isinstance(v, bool):
                        raise fail(
                            f"write the number as a string, as the article does: "
                            f'"{v}" (a TOML number loses trailing zeros)'
                        )
                    raise fail(f'expected a string such as "1.5 billion", got {_toml_type(v)}')
        elif spec.type in ("string", "id"):
            if not isinstance(value, str):
                raise fail(f"expected a string, got {_toml_type(value)}")
            if spec.type == "id" and not _ID_RE.fullmatch(value):
                raise fail(
                    f"{value!r} is not a valid id (letters, digits, '_', '-', '.'; "
                    "at most 100 characters)"
                )
            if spec.choices and value not in spec.choices:
                raise fail(f"{value!r} is not one of: {', '.join(spec.choices)}")
        elif spec.type == "id-list":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise fail("expected a list of ids")
            for v in value:
                if not _ID_RE.fullmatch(v):
                    raise fail(
                        f"{v!r} is not a valid id (letters, digits, '_', '-', '.'; "
                        "at most 100 characters)"
                    )
        elif spec.type == "bool" and not isinstance(value, bool):
            raise fail(f"expected true or false, got {_toml_type(value)}")
        elif spec.type == "string-list" and not (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            raise fail("expected a list of strings")
        elif spec.type == "table" and not (
            isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
        ):
            raise fail("expected a table of strings")

    def check_ids(self, raw: dict[str, list[dict[str, Any]]]) -> None:
        seen: dict[str, tuple[str, int]] = {}
        for table in ID_TABLES:
            for index, item in enumerate(raw[table]):
                item_id = item["id"]
                if item_id in seen:
                    other_table, other_index = seen[item_id]
                    other_line = self.line_of(other_table, other_index)
                    raise self.error(
                        f"duplicate id '{item_id}' (first used by the {other_table} "
                        f"on line {other_line})",
                        table,
                        index,
                        item_id,
                        "id",
                    )
                seen[item_id] = (table, index)

    # -- builders ---------------------------------------------------------------------------------
    def build_settings(self, raw: dict[str, Any]) -> Settings:
        base = self.defaults
        locale: NumberLocale = LOCALES[raw["locale"]] if "locale" in raw else base.locale
        approx = base.approx
        if "approx" in raw:
            stated = self.parse_stated(raw["approx"], "settings", None, None, "approx", locale)
            if stated.unit is None or stated.unit.key != "percent" or stated.value < 0:
                raise self.error(
                    'write the tolerance as a percent: "5 percent"',
                    "settings",
                    None,
                    None,
                    "approx",
                )
            approx = stated.value / 100
            if approx >= 1:  # "about 5" would reach 0 or below: any figure would pass
                raise self.error(
                    f'the tolerance "{raw["approx"]}" is not below 100 percent: "about 5" would '
                    "reach 0 and any approximate figure would pass",
                    "settings",
                    None,
                    None,
                    "approx",
                )
        currencies = dict(base.currencies)
        currencies.update(
            {" ".join(k.lower().split()): v.upper() for k, v in raw.get("currencies", {}).items()}
        )
        for word, code in currencies.items():
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise self.error(
                    f"currency '{word}' must map to a three-letter code, not {code!r}",
                    "settings",
                    None,
                    None,
                    "currencies",
                )
        severity = dict(base.severity)
        severity.update(raw.get("severity", {}))
        ignore = tuple(dict.fromkeys([*base.ignore, *raw.get("ignore", [])]))
        self.check_check_ids(severity, ignore)
        return Settings(locale, approx, currencies, severity, ignore)

    def check_check_ids(self, severity: dict[str, str], ignore: tuple[str, ...]) -> None:
        # lazy: the checks import the model, not the loader
        from aktobe_facts.checks.waivers import CHECK_IDS as CHECKS

        known = ", ".join(CHECKS)
        for check_id, level in severity.items():
            if check_id not in CHECKS:
                raise self.error(
                    f"unknown check '{check_id}'; known checks: {known}",
                    "settings",
                    None,
                    None,
                    "severity",
                )
            if level not in ("error", "warning", "info"):
                raise self.error(
                    f"severity of '{check_id}' must be error, warning or info, not {level!r}",
                    "settings",
                    None,
                    None,
                    "severity",
                )
        for check_id in ignore:
            if check_id not in CHECKS:
                raise self.error(
                    f"unknown check '{check_id}'; known checks: {known}",
                    "settings",
                    None,
                    None,
                    "ignore",
                )

    def build_waivers(self, raw: list[dict[str, Any]]) -> tuple[Waiver, ...]:
        """The waivers; two that waive the same check for the same claims (in any order) are an
        error: the second would silently replace the first's reason and date."""
        waivers: list[Waiver] = []
        seen: dict[tuple[str, frozenset[str]], Waiver] = {}
        for index, item in enumerate(raw):
            waiver = self.build_waiver(index, item)
            key = (waiver.check, frozenset(waiver.claims))
            first = seen.setdefault(key, waiver)
            if first is not waiver:
                raise self.error(
                    f"duplicate waiver: the waiver on line {first.line} already waives "
                    f"{waiver.check} for {', '.join(sorted(key[1])) or 'no claims'}; "
                    "keep one (with the later expiry date, if any)",
                    "waiver",
                    index,
                    None,
                    "claims",
                )
            waivers.append(waiver)
        return tuple(waivers)

    def check_rates(self, claims: tuple[Claim, ...], references: tuple[Reference, ...]) -> None:
        """Bound the conversions and currencies the rate checks work through."""
        currencies: set[str] = set()
        for index, ref in enumerate(references):
            unit, per = ref.value.unit, ref.value.per
            if unit is not None and per is not None and unit.is_currency and per.is_currency:
                currencies.update((unit.key, per.key))
                if len(currencies) > MAX_RATE_CURRENCIES:
                    raise self.error(
                        self.too_many_currencies(), "reference", index, ref.id, "value"
                    )
        pairs = 0
        for index, claim in enumerate(claims):
            if not claim.counterparts:  # one amount at most: no conversion
                continue
            amounts = currency_amounts(claim)
            if len(amounts) < 2:
                continue
            pairs += len(amounts) * (len(amounts) - 1) // 2
            if pairs > MAX_CURRENCY_PAIRS:
                raise self.error(
                    f"more than {MAX_CURRENCY_PAIRS:,} conversions (amounts of one claim in two "
                    "currencies) in one file; split the file",
                    "claim",
                    index,
                    claim.id,
                    "counterpart",
                )
            currencies.update(q.unit.key for q in amounts if q.unit is not None)
            if len(currencies) > MAX_RATE_CURRENCIES:
                raise self.error(
                    self.too_many_currencies(), "claim", index, claim.id, "counterpart"
                )

    @staticmethod
    def too_many_currencies() -> str:
        return (
            f"more than {MAX_RATE_CURRENCIES} currencies with an exchange rate in one file (the "
            "cross-rates check tests every three of them); split the file"
        )

    def build_waiver(self, index: int, item: dict[str, Any]) -> Waiver:
        expires = item.get("expires")
        if expires is not None and not _real_date(expires):
            raise self.error(
                f"expires must be a real date YYYY-MM-DD (year 1 to 9999), not {expires!r}",
                "waiver",
                index,
                None,
                "expires",
            )
        if not item["reason"].strip():
            raise self.error("a waiver needs a reason", "waiver", index, None, "reason")
        return Waiver(
            check=item["check"],
            claims=tuple(item["claims"]),
            reason=item["reason"],
            line=self.line_of("waiver", index),
            expires=expires,
        )

    def build_ignore(self, index: int, item: dict[str, Any]) -> Ignore:
        for key in ("quote", "reason"):
            if not item[key].strip():
                raise self.error(f"an ignore entry needs a {key}", "ignore", index, None, key)
        return Ignore(item["quote"], item["reason"], self.line_of("ignore", index))

    def linked_article(self, raw: dict[str, Any], quotes: int) -> Article | None:
        """The article, if finding every quote in it is bounded work (each is searched for)."""
        found = self.link_article(raw)
        if found is not None and quotes * len(found.text) > MAX_QUOTE_SEARCH:
            message = (
                f"finding {quotes:,} quotes in an article of {len(found.text):,} characters is "
                f"more than the limit of {MAX_QUOTE_SEARCH:,} characters searched; split the "
                "claims file or the article"
            )
            if self.article is not None:
                raise LoadError(self.shown, f"--article: {message}", article=found.path)
            error = self.error(message, "article", None, None, "path")
            error.article = found.path
            raise error
        return found

    def link_article(self, raw: dict[str, Any]) -> Article | None:
        """The article's text: ``--article`` (trusted) or ``[article] path`` (kept inside)."""
        try:
            expected = check_sha256(raw["sha256"]) if "sha256" in raw else None
            line = self.line_of("article", None, "path" if "path" in raw else None)
            return open_article(self.path, raw.get("path"), self.article, expected, line)
        except ArticleError as exc:
            if self.article is not None and exc.field == "path":
                raise LoadError(self.shown, f"--article: {exc.message}", article=exc.path) from None
            error = self.error(exc.message, "article", None, None, exc.field)
            error.article = exc.path
            raise error from None

    def parse_stated(
        self,
        text: str,
        table: str,
        index: int | None,
        item_id: str | None,
        key: str,
        locale: NumberLocale | None = None,
    ) -> Any:
        try:
            return parse(text, locale or self.settings.locale, self.settings.currencies)
        except GrammarError as exc:
            raise self.error(str(exc), table, index, item_id, key) from None

    def quantity(
        self, text: str, table: str, index: int, item: dict[str, Any], key: str
    ) -> Quantity:
        exact = bool(item.get("exact", False))
        remembered = None
        if type(text) is str and "precision" not in item:  # then its reading depends on no more
            remembered = (text, exact, *self.reading_settings())
            found = _READINGS.get(remembered)
            if found is not None:
                return found
        stated = self.parse_stated(text, table, index, item["id"], key)
        precision: Fraction | None = None
        if "precision" in item:
            p = self.parse_stated(item["precision"], table, index, item["id"], "precision")
            if p.missing or p.value <= 0:
                raise self.error(
                    "precision must be a positive number", table, index, item["id"], "precision"
                )
            if p.unit is not None and (stated.unit is None or p.unit.key != stated.unit.key):
                raise self.error(
                    f"precision is in {p.unit.label} but {text!r} is not; give the step in the "
                    'figure\'s own unit, or as a plain number ("1 million")',
                    table,
                    index,
                    item["id"],
                    "precision",
                )
            precision = p.value
        quantity = read(stated, exact=exact, precision=precision, approx=self.settings.approx)
        if remembered is not None:
            if len(_READINGS) >= _READINGS_LIMIT:
                _READINGS.clear()
            _READINGS[remembered] = quantity
        return quantity

    def reading_settings(self) -> tuple[object, ...]:
        """What a value's reading depends on besides its text and ``exact``: the file's locale,
        its currency words and its tolerance for approximate numbers."""
        settings = self.settings
        if self._reading_settings[0] is not settings:
            words = tuple(sorted(settings.currencies.items()))
            self._reading_settings = (settings, (settings.locale, words, settings.approx))
        return self._reading_settings[1]

    def build_claim(self, index: int, item: dict[str, Any]) -> Claim:
        cid = item["id"]
        value = None
        if "value" in item:
            value = self.quantity(item["value"], "claim", index, item, "value")
            if value.missing:
                raise self.error(
                    "the value has no number; put the amount the article gives "
                    "in 'value' and the one it left out in 'counterpart'",
                    "claim",
                    index,
                    cid,
                    "value",
                )
        elif not item.get("remainder", False):
            raise self.error(
                "missing required field 'value' (only a remainder share may leave it out)",
                "claim",
                index,
                cid,
            )
        counter_raw = item.get("counterpart")
        if counter_raw is None and "computed" not in item:  # most claims: nothing below applies
            return self.make_claim(index, item, value, (), ())
        if counter_raw is None:
            counter_raw = []
        counter_texts = counter_raw if isinstance(counter_raw, list) else [counter_raw]
        if len(counter_texts) > MAX_COUNTERPARTS:
            raise self.error(
                f"{len(counter_texts):,} counterparts; the limit is {MAX_COUNTERPARTS} (every two "
                "currency amounts of a claim are a conversion to test)",
                "claim",
                index,
                cid,
                "counterpart",
            )
        counterparts = tuple(
            self.quantity(t, "claim", index, item, "counterpart") for t in counter_texts
        )
        if counterparts and value is None:
            raise self.error("a counterpart needs a value", "claim", index, cid, "counterpart")
        if value is not None:
            units = [value.unit] + [c.unit for c in counterparts]
            keys = [u.key if u else None for u in units]
            if counterparts and None in keys:
                raise self.error(
                    "a value with a counterpart needs a unit on both sides "
                    '("646.8 billion tenge" and "US$1.5 billion")',
                    "claim",
                    index,
                    cid,
                    "counterpart",
                )
            if len(set(keys)) != len(keys):
                raise self.error(
                    "a counterpart must be in another unit or currency than the value",
                    "claim",
                    index,
                    cid,
                    "counterpart",
                )
            for other in counterparts:
                if (
                    other.unit is not None
                    and value.unit is not None
                    and (other.unit.is_currency != value.unit.is_currency)
                ):
                    raise self.error(
                        f'"{other.text}" cannot be the same amount as "{value.text}": '
                        "a currency and a non-currency unit",
                        "claim",
                        index,
                        cid,
                        "counterpart",
                    )
        counterparts, computed = self.split_computed(index, item, counter_texts, counterparts)
        return self.make_claim(index, item, value, counterparts, computed)

    def make_claim(
        self,
        index: int,
        item: dict[str, Any],
        value: Quantity | None,
        counterparts: tuple[Quantity, ...],
        computed: tuple[Quantity, ...],
    ) -> Claim:
        """The claim, once its value and counterparts are read: its other fields checked."""
        cid = item["id"]
        if not item["quote"].strip():  # required: an empty one would pass for a quote
            raise self.error(
                "the quote is empty; copy the article's words that state the figure",
                "claim",
                index,
                cid,
                "quote",
            )
        if item.get("remainder") and "group" not in item:
            raise self.error("a remainder share needs a 'group'", "claim", index, cid, "remainder")
        if "dated_by" in item:
            self.check_dated_by(index, item)
        for key in ("period", "base_period"):
            try:
                if key in item:
                    parse_period(item[key])
            except PeriodError as exc:
                raise self.error(str(exc), "claim", index, cid, key) from None
        block = self.lines.block("claim", index)
        get = item.get
        # positional, in the order of Claim's fields: msgspec matches 22 keywords about ten times
        # slower than it takes 22 arguments in order (7 µs against 0.8 µs a claim)
        return Claim(
            cid,
            block.line if block else 0,
            item["quote"],
            value,
            counterparts,
            get("kind"),
            get("subject"),
            get("period"),
            get("group"),
            bool(get("remainder", False)),
            get("of"),
            get("part"),
            get("base"),
            get("share"),
            get("same_as"),
            get("base_period"),
            get("means"),
            tuple(get("after", ())),
            get("programme"),
            get("note"),
            get("dated_by"),
            KeyLines(block) if block else {},
            computed,
        )

    def check_dated_by(self, index: int, item: dict[str, Any]) -> None:
        """``dated_by`` names the words that date a conversion no period dates: blank, it would
        group the file's blank ones under no words, a time the article never names."""
        if not item["dated_by"].strip():
            raise self.error(
                "dated_by is empty; write the words that date the conversion ('fiscal year "
                "2014'), or leave the field out",
                "claim",
                index,
                item["id"],
                "dated_by",
            )

    def split_computed(
        self,
        index: int,
        item: dict[str, Any],
        texts: list[str],
        counterparts: tuple[Quantity, ...],
    ) -> tuple[tuple[Quantity, ...], tuple[Quantity, ...]]:
        """Separate the counterparts the article states from those ``fill`` computed."""
        marked = item.get("computed")
        if not marked:
            return counterparts, ()
        for figure in marked:
            if figure not in texts:
                raise self.error(
                    f"{figure!r} is not one of this claim's counterparts",
                    "claim",
                    index,
                    item["id"],
                    "computed",
                )
        stated = tuple(q for t, q in zip(texts, counterparts, strict=True) if t not in marked)
        computed = tuple(q for t, q in zip(texts, counterparts, strict=True) if t in marked)
        if any(q.missing for q in computed):
            raise self.error(
                "a computed counterpart needs a number", "claim", index, item["id"], "computed"
            )
        return stated, computed

    def build_reference(self, index: int, item: dict[str, Any]) -> Reference:
        value = self.quantity(item["value"], "reference", index, item, "value")
        if value.missing:
            raise self.error("the value has no number", "reference", index, item["id"], "value")
        if not item["source"].strip():
            raise self.error(
                "the source is empty; name where the figure comes from",
                "reference",
                index,
                item["id"],
                "source",
            )
        return Reference(
            item["id"],
            self.line_of("reference", index),
            value,
            item["source"],
            item.get("subject"),
            item.get("date"),
            item.get("note"),
        )

    def build_groups(
        self,
        raw_groups: list[dict[str, Any]],
        raw_claims: list[dict[str, Any]],
        claims: tuple[Claim, ...],
    ) -> tuple[Group, ...]:
        members: dict[str, list[str]] = {g["id"]: [] for g in raw_groups}
        claim_ids = {c.id for c in claims}
        remainders: dict[str, str] = {}
        for index, claim in enumerate(claims):
            if claim.group is None:
                continue
            if claim.group not in members:
                raise self.error(
                    f"unknown group '{claim.group}' (declare it as a [[group]])",
                    "claim",
                    index,
                    claim.id,
                    "group",
                )
            if claim.remainder:
                if claim.group in remainders:
                    raise self.error(
                        f"group '{claim.group}' already has a remainder "
                        f"('{remainders[claim.group]}')",
                        "claim",
                        index,
                        claim.id,
                        "remainder",
                    )
                remainders[claim.group] = claim.id
            if claim.value is not None and (
                claim.value.unit is None or claim.value.unit.key != "percent"
            ):
                raise self.error(
                    "a member of a group of shares must be a percent",
                    "claim",
                    index,
                    claim.id,
                    "value",
                )
            members[claim.group].append(claim.id)
        del raw_claims
        groups = []
        for index, g in enumerate(raw_groups):
            if len(members[g["id"]]) < 2:
                raise self.error(
                    f"group '{g['id']}' has {len(members[g['id']])} member(s); "
                    "a group of shares needs at least two",
                    "group",
                    index,
                    g["id"],
                )
            if "of" in g and g["of"] not in claim_ids:
                raise self.error(f"unknown claim '{g['of']}'", "group", index, g["id"], "of")
            groups.append(
                Group(
                    g["id"],
                    self.line_of("group", index),
                    tuple(members[g["id"]]),
                    g.get("label"),
                    g.get("of"),
                    bool(g.get("exhaustive", False)),
                )
            )
        return tuple(groups)

    def build_ratio(
        self,
        index: int,
        item: dict[str, Any],
        known: dict[str, Claim],
        refs: set[str],
    ) -> Ratio:
        for key in ("numerator", "denominator"):
            target = item[key]
            if target not in known and target not in refs:
                raise self.error(f"unknown claim '{target}'", "ratio", index, item["id"], key)
            claim = known.get(target)
            if claim is not None and claim.value is None:
                raise self.error(
                    f"claim '{target}' has no value to divide", "ratio", index, item["id"], key
                )
        if item["numerator"] == item["denominator"]:
            raise self.error(
                f"the numerator and the denominator are both '{item['numerator']}'",
                "ratio",
                index,
                item["id"],
                "denominator",
            )
        bounds: dict[str, Quantity] = {}
        for key in ("min", "max"):
            if key in item:
                bounds[key] = self.quantity(item[key], "ratio", index, item, key)
                if bounds[key].missing:
                    raise self.error(f"the {key} has no number", "ratio", index, item["id"], key)
        if "min" in bounds and "max" in bounds:
            low, high = bounds["min"], bounds["max"]
            if (low.unit and low.unit.key) != (high.unit and high.unit.key):
                raise self.error(
                    f'min "{low.text}" and max "{high.text}" must be in the same unit',
                    "ratio",
                    index,
                    item["id"],
                    "max",
                )
            if low.value > high.value:
                raise self.error(
                    f'min "{low.text}" is above max "{high.text}"',
                    "ratio",
                    index,
                    item["id"],
                    "max",
                )
        if "expect" in item and item["expect"] not in known and item["expect"] not in refs:
            raise self.error(
                f"unknown claim or reference '{item['expect']}'",
                "ratio",
                index,
                item["id"],
                "expect",
            )
        return Ratio(
            id=item["id"],
            line=self.line_of("ratio", index),
            numerator=item["numerator"],
            denominator=item["denominator"],
            label=item.get("label"),
            min=bounds.get("min"),
            max=bounds.get("max"),
            expect=item.get("expect"),
            note=item.get("note"),
        )

    def build_relation(
        self, index: int, item: dict[str, Any], known: dict[str, Claim], refs: set[str]
    ) -> Relation:
        """A ``[[relation]]``: its kind's fields, each id naming a claim (or a reference)."""
        from aktobe_facts.relations.registry import KINDS, spec

        rid = item["id"]
        values: dict[str, RelationValue] = {}
        members: list[str] = []
        for field_spec in spec(KINDS[item["kind"]]).fields:
            key = field_spec.name
            if key not in item:
                continue
            raw = item[key]
            if field_spec.type == "stated":
                quantity = self.quantity(raw, "relation", index, item, key)
                if quantity.missing:
                    raise self.error("the value has no number", "relation", index, rid, key)
                values[key] = quantity
            elif field_spec.type == "id-list":
                values[key] = tuple(raw)
            else:
                values[key] = raw
            if field_spec.refers_to is None:
                continue
            for target in raw if isinstance(raw, list) else [raw]:
                allowed = target in known or (
                    field_spec.refers_to == "claim-or-reference" and target in refs
                )
                if not allowed:
                    what = "claim" if field_spec.refers_to == "claim" else "claim or reference"
                    raise self.error(f"unknown {what} '{target}'", "relation", index, rid, key)
                if target in known and known[target].value is None:
                    raise self.error(
                        f"claim '{target}' states no number to relate", "relation", index, rid, key
                    )
                if target not in members:
                    members.append(target)
        return Relation(
            rid,
            item["kind"],
            self.line_of("relation", index),
            values,
            item.get("label"),
            item.get("note"),
            None,
            tuple(members),
        )

    def check_relations(self, doc: ClaimsFile, written: tuple[Relation, ...]) -> list[Relation]:
        """What each kind requires beyond its field types (units that can be added, an equation
        that parses); each relation completed by its kind (an equation's claims)."""
        from aktobe_facts.relations.registry import KINDS

        done: list[Relation] = []
        for index, relation in enumerate(written):
            module = KINDS[relation.kind]
            validate = getattr(module, "validate", None)
            problem = None if validate is None else validate(relation, doc)
            if problem is not None:
                raise self.error(problem.message, "relation", index, relation.id, problem.field)
            complete = getattr(module, "complete", None)
            done.append(relation if complete is None else complete(relation, doc))
        return done

    def check_field_use(
        self,
        raw: dict[str, list[dict[str, Any]]],
        claims: tuple[Claim, ...],
        references: tuple[Reference, ...],
    ) -> None:
        """A field no check can read on the claim it is written on is refused (see fielduse)."""
        figures: dict[str, Claim | Reference] = {r.id: r for r in references}
        figures.update((c.id, c) for c in claims)
        for index, claim in enumerate(claims):
            given = raw["claim"][index]
            uses = (bool(given.get("exact")), "precision" in given)
            found = next(fielduse.unread(claim, figures, *uses), None)
            if found is not None:
                raise self.error(found.message, "claim", index, claim.id, found.field)
        for index, reference in enumerate(references):
            given = raw["reference"][index]
            found = fielduse.rounding(reference.value, bool(given.get("exact")), False)
            if found is not None:
                raise self.error(found.message, "reference", index, reference.id, found.field)

    def check_claim_references(
        self, claims: tuple[Claim, ...], references: tuple[Reference, ...]
    ) -> None:
        """Every id a claim names must exist (and be of the right table); 'of' may not loop."""
        known = {c.id: c for c in claims}
        refs = {r.id for r in references}
        linked = [s for s in TABLES["claim"] if s.refers_to in ("claim", "claim-or-reference")]
        targets_of = attrgetter(*(s.name for s in linked))
        none = (None,) * len(linked)
        for index, claim in enumerate(claims):
            targets = targets_of(claim)
            if targets == none:  # most claims name no other
                continue
            for spec, target in zip(linked, targets, strict=True):
                if target is None:
                    continue
                if target == claim.id:
                    raise self.error(
                        f"a claim cannot refer to itself in '{spec.name}'",
                        "claim",
                        index,
                        claim.id,
                        spec.name,
                    )
                allowed = target in known or (
                    spec.refers_to == "claim-or-reference" and target in refs
                )
                if not allowed:
                    what = "claim" if spec.refers_to == "claim" else "claim or reference"
                    raise self.error(
                        f"unknown {what} '{target}'", "claim", index, claim.id, spec.name
                    )
        # 'of' chains must end: a claim may not be (indirectly) about itself. A claim with no
        # 'of' is in no loop: a chain that reaches it stops there, walked from it or not.
        position = {c.id: i for i, c in enumerate(claims)}
        state: dict[str, int] = {}
        for claim in claims:
            if claim.of is None:
                continue
            path: list[str] = []
            current: str | None = claim.id
            while current is not None and current in known and state.get(current, 0) == 0:
                state[current] = 1
                path.append(current)
                current = known[current].of
            if current is not None and state.get(current) == 1:
                cycle = [*path[path.index(current) :], current]
                raise self.error(
                    "cyclic 'of' references: " + " -> ".join(cycle),
                    "claim",
                    position[current],
                    current,
                    "of",
                )
            for cid in path:
                state[cid] = 2


def _toml_type(value: Any) -> str:
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__
