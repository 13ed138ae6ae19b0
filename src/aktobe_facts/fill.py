"""``aktobe-facts fill``: write the suggested figures into a claims file, marked as computed.

A counterpart the article left out (``counterpart = "US$"``) becomes the figure the
missing-counterpart check suggests (``"US$332,000"``), and the claim gets
``computed = { "US$332,000" = "at 421.343 tenge per US dollar, ..." }``: the figure is the file's,
not the article's, so the checks do not treat it as an article figure. The suggestion itself comes
from :func:`aktobe_facts.checks.counterparts.suggest`; this module only writes it.

Nothing else in the file changes (see :mod:`aktobe_facts.claims.tomledit`); the result must load before
it is written, and it is written atomically.
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import re
from collections.abc import Iterable
from pathlib import Path

from msgspec import Struct

from aktobe_facts.checks.counterparts import Suggestion, suggest
from aktobe_facts.claims.loader import LoadError, loads, read_text
from aktobe_facts.claims.model import Claim, ClaimsFile, Settings
from aktobe_facts.claims.tomledit import CounterpartEdit, EditError, apply
from aktobe_facts.output import Input, write_file
from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import LOCALES, GrammarError, NumberLocale, parse
from aktobe_facts.reading.quantities import Quantity
from aktobe_facts.visible import printable


class Skipped(Struct, frozen=True):
    """A missing counterpart that could not be filled, and why."""

    claim: str
    old: str
    reason: str


class FillResult(Struct, frozen=True):
    """What filling one file would change; nothing is written until :func:`write`."""

    path: Path
    original: str
    text: str
    filled: tuple[tuple[str, CounterpartEdit], ...]  # (claim id, edit)
    skipped: tuple[Skipped, ...]
    bom: bool = False

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def diff(self) -> str:
        """The change as a unified diff (empty when nothing changes)."""
        name = printable(str(self.path))  # a line feed in the name would forge a diff line
        return "".join(
            difflib.unified_diff(
                _lines(self.original),
                _lines(self.text),
                fromfile=name,
                tofile=name,
            )
        )


def _lines(text: str) -> list[str]:
    """Lines as TOML counts them, ends kept: split at line feeds only (``str.splitlines`` also
    splits at U+2028, VT and others, which a TOML string may hold raw: shown escaped, such a
    "line" would run into the next one)."""
    return re.findall(r"[^\n]*\n|[^\n]+", text)


def fill_file(
    path: Path | str, defaults: Settings | None = None, today: dt.date | None = None
) -> FillResult:
    """Work out the filled text of one claims file. Raises LoadError (unusable input) and
    EditError (a change that would touch more than the filled values)."""
    path = Path(path)
    original = read_text(path)  # as it is, line ends included; without a byte order mark
    doc = loads(original, path, defaults)
    try:
        with path.open("rb") as handle:
            bom = handle.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8
    except OSError as exc:
        raise LoadError(str(path), f"cannot read: {exc.strerror or exc}") from None
    day = (today or dt.date.today()).isoformat()
    edits: list[tuple[str, CounterpartEdit]] = []
    skipped: list[Skipped] = []
    for index, claim in enumerate(doc.claims):
        for other in claim.counterparts:
            if not other.missing:
                continue
            edit = _edit(doc, index, claim, other, day)
            if isinstance(edit, Skipped):
                skipped.append(edit)
            else:
                edits.append((claim.id, edit))
    text = original
    if edits:
        try:
            text = apply(original, [e for _, e in edits])
            _verify(text, path, defaults, edits)
        except EditError as exc:
            raise EditError(f"{path}: cannot fill: {exc}") from None
    return FillResult(path, original, text, tuple(edits), tuple(skipped), bom)


def summary(result: FillResult, dry_run: bool = False) -> list[str]:
    """What was (or, with ``dry_run``, would be) filled and what could not be, one line each."""
    name = str(result.path)
    lines = [
        f'{name}: {claim_id}: "{edit.old}" -> "{edit.new}" ({edit.note})'
        for claim_id, edit in result.filled
    ]
    lines.extend(f'{name}: {s.claim}: cannot fill "{s.old}": {s.reason}' for s in result.skipped)
    count = len(result.filled)
    if count:
        verb = "would fill" if dry_run else "filled"
        lines.append(f"{name}: {verb} {count} counterpart{'s' if count > 1 else ''}")
    else:
        lines.append(f"{name}: nothing to fill")
    return lines


def write(result: FillResult, inputs: Iterable[Input] = (), *, force: bool = False) -> None:
    """Write the filled text over the file, atomically (the original stays if anything fails),
    through :func:`aktobe_facts.output.write_file`: a read-only file only with ``force``, never
    over one of ``inputs``. Raises :class:`aktobe_facts.output.WriteError`."""
    write_file(result.path, ("\ufeff" if result.bom else "") + result.text, inputs, force=force)


def _edit(
    doc: ClaimsFile, index: int, claim: Claim, other: Quantity, day: str
) -> CounterpartEdit | Skipped:
    value = claim.value
    assert value is not None and other.unit is not None
    found = suggest(doc, value, other.unit)
    if found is not None and (found.central is None or found.rate_text is None):
        return Skipped(
            claim.id,
            other.text,
            f"the rate is open-ended ({found.rate.text}), so a figure of "
            f"{fmt.interval(found.fitting, other.unit)} fits: there is no one figure to fill",
        )
    if found is None or found.central is None or found.rate_text is None:
        return Skipped(
            claim.id,
            other.text,
            f"no rate between {value.unit and value.unit.label} and {other.unit.label} is known",
        )
    figure = _figure(found, other.text, doc.settings.locale)
    try:
        stated = parse(figure, doc.settings.locale, doc.settings.currencies)
    except GrammarError:
        stated = None
    wanted = Fraction(fmt.round_sig(found.central, found.digits))
    if stated is None or stated.unit != other.unit or stated.value != wanted:
        return Skipped(claim.id, other.text, f"{figure!r} would not read back as the figure")
    note = f"at {found.rate_text}, {found.source} (aktobe-facts fill, {day})"
    return CounterpartEdit(index, other.text, figure, note)


def _figure(found: Suggestion, written: str, locale: NumberLocale) -> str:
    """The suggested figure in the file's number style, after the currency sign as the claim
    writes it: "US$332,000", "€1.2 million", "USD 1.2 million"."""
    assert found.central is not None
    number = _localise(fmt.article_style(found.central, None, found.digits), locale)
    sign = written.strip().strip("()").strip()
    return f"{sign} {number}" if sign[-1:].isalpha() else f"{sign}{number}"


def _localise(text: str, locale: NumberLocale) -> str:
    """An English-style number ("1,234.5 million") in another locale's style."""
    if locale == LOCALES["en"]:
        return text
    group = locale.groups[0]
    return "".join(group if ch == "," else locale.decimal if ch == "." else ch for ch in text)


def _verify(
    text: str, path: Path, defaults: Settings | None, edits: list[tuple[str, CounterpartEdit]]
) -> None:
    """The filled text must load, with each filled figure among its claim's computed ones."""
    try:
        doc = loads(text, path, defaults)
    except LoadError as exc:
        raise EditError(f"the filled file would not load: {exc.message}") from None
    for claim_id, edit in edits:
        claim = doc.claim(claim_id)
        if claim is None or edit.new not in [q.text for q in claim.computed]:
            raise EditError(f"claim '{claim_id}' would not hold {edit.new!r} as computed")
