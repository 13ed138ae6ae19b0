"""The typed claims model, and the field specification the loader (and the schema) are built from.

A claims file has these tables (all optional but ``claim``):

* ``[article]``: what the file is about (title, source, url, date) and the article's text file
  (``path``, ``sha256``).
* ``[settings]``: how the file writes numbers (``locale``), the approximate-word tolerance (``approx``),
  extra currency words (``currencies``).
* ``[[claim]]``: one numeric statement of the article.
* ``[[group]]``: shares that belong together ("49 percent ... and other sectors").
* ``[[ratio]]``: a quantity derived from two claims (investment per job).
* ``[[reference]]``: a trusted outside figure with its source (an exchange rate, an area).
* ``[[ignore]]``: a passage of the article whose numbers need no claim (a phone number).
* ``[[relation]]``: a typed relation between claims (a sum of parts, a difference, a multiple, an
  order, ...); its fields depend on its ``kind`` (see :mod:`aktobe_facts.relations`).

The loader turns the older relation fields of claims (``of``, ``base``, ``part``, ``share``, groups,
``[[ratio]]``, counterparts) into :class:`Relation` objects too, so every check reads relations.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import msgspec
from msgspec import Struct

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import DEFAULT_LOCALE, LOCALES, NumberLocale
from aktobe_facts.reading.quantities import APPROX_TOLERANCE, Quantity
from aktobe_facts.records import frozen
from aktobe_facts.text.article import Article

FieldType = Literal[
    "string", "stated", "stated-list", "bool", "string-list", "id", "id-list", "table"
]


class FieldSpec(Struct, frozen=True):
    """One key of a claims-file table: its type, whether it is required, and what it means."""

    name: str
    type: FieldType
    help: str
    required: bool = False
    refers_to: str | None = None  # "claim", "group", "claim-or-reference": checked by the loader
    choices: tuple[str, ...] = ()


CLAIM_KINDS = ("amount", "count", "share", "growth", "index", "change", "rank", "duration", "other")

TABLES: dict[str, tuple[FieldSpec, ...]] = {
    "article": (
        FieldSpec("title", "string", "Headline of the article."),
        FieldSpec("source", "string", "Publication."),
        FieldSpec("url", "string", "Where the article was published."),
        FieldSpec("date", "string", "Publication date, YYYY-MM-DD."),
        FieldSpec(
            "path",
            "string",
            "The article's text file (UTF-8), relative to the claims file's folder and inside it.",
        ),
        FieldSpec("sha256", "string", "The sha256 of the article file, to notice when it changes."),
    ),
    "settings": (
        FieldSpec(
            "locale",
            "string",
            "How numbers are written: en (1,234.5), de (1.234,5), fr (1 234,5), ch (1'234.5).",
            choices=tuple(LOCALES),
        ),
        FieldSpec(
            "approx",
            "stated",
            "How much 'some', 'about', 'nearly' widen a number, "
            'as a percent of it (default "5 percent").',
        ),
        FieldSpec("currencies", "table", 'Extra currency words: {"som" = "KGS"}.'),
        FieldSpec(
            "severity",
            "table",
            'Severity overrides by check id: {"percent-points" = "error"}.',
        ),
        FieldSpec("ignore", "string-list", "Checks not to run on this file."),
    ),
    "claim": (
        FieldSpec("id", "id", "Unique name of the claim.", required=True),
        FieldSpec(
            "quote",
            "string",
            "The short phrase of the article the claim comes from.",
            required=True,
        ),
        FieldSpec("value", "stated", 'The number as the article writes it: "646.8 billion tenge".'),
        FieldSpec(
            "counterpart",
            "stated-list",
            "The same amount in other currencies, as written: "
            '"US$1.5 billion", or "US$" when the article left the number out.',
        ),
        FieldSpec(
            "computed",
            "table",
            "Counterparts the article does not state, computed by `aktobe-facts fill`: each "
            "figure (as written in 'counterpart') with how it was computed. The checks do not "
            "treat them as article figures.",
        ),
        FieldSpec("kind", "string", "What the number is.", choices=CLAIM_KINDS),
        FieldSpec("subject", "string", "What is counted or measured, in a few words."),
        FieldSpec("period", "string", 'When: "2020", "2018-2020", "2020-01/2020-09".'),
        FieldSpec(
            "group", "id", "The [[group]] of shares the claim belongs to.", refers_to="group"
        ),
        FieldSpec("remainder", "bool", 'The share is the rest of its group ("other sectors").'),
        FieldSpec(
            "dated_by",
            "string",
            'For a conversion no calendar period dates: the words that date it ("fiscal year '
            '2014", "january-november"). Conversions dated by the same words share a rate of '
            "their own, never held to the rate of the file's other conversions.",
        ),
        FieldSpec("exact", "bool", "The number is exact, not rounded."),
        FieldSpec(
            "precision", "stated", 'The step the number was rounded to, in its unit: "1 million".'
        ),
        FieldSpec(
            "of",
            "id",
            "The claim (or reference) this share, growth or change is about: the whole of a "
            "share, the current value of a growth.",
            refers_to="claim-or-reference",
        ),
        FieldSpec(
            "part",
            "id",
            "For a share: the claim or reference that is the part (the whole is 'of').",
            refers_to="claim-or-reference",
        ),
        FieldSpec(
            "base",
            "id",
            "For growth: the claim stating the base period's value.",
            refers_to="claim",
        ),
        FieldSpec(
            "share",
            "id",
            "For an amount: the claim giving the same part as a percent of its whole.",
            refers_to="claim",
        ),
        FieldSpec(
            "same_as",
            "id",
            'Another claim that states the same fact in other words ("fell by 1.8 percent" '
            "for an index of 98.2 percent).",
            refers_to="claim",
        ),
        FieldSpec("base_period", "string", 'For growth: the period compared with ("2019").'),
        FieldSpec(
            "means",
            "string",
            "For a change in a share or rate: relative percent or percentage points.",
            choices=("relative", "points"),
        ),
        FieldSpec("after", "string-list", "For a rank: the places named before it."),
        FieldSpec("programme", "string", "The programme or scheme the number belongs to."),
        FieldSpec("note", "string", "Anything a reviewer should know."),
    ),
    "group": (
        FieldSpec("id", "id", "Unique name of the group.", required=True),
        FieldSpec("label", "string", 'What the shares divide ("investment by sector").'),
        FieldSpec("of", "id", "The claim whose whole the shares divide.", refers_to="claim"),
        FieldSpec("exhaustive", "bool", "The members cover the whole (they must add up to 100)."),
    ),
    "ratio": (
        FieldSpec("id", "id", "Unique name of the derived quantity.", required=True),
        FieldSpec("label", "string", 'What it is ("investment per job created").'),
        FieldSpec(
            "numerator", "id", "The claim divided.", required=True, refers_to="claim-or-reference"
        ),
        FieldSpec(
            "denominator",
            "id",
            "The claim divided by.",
            required=True,
            refers_to="claim-or-reference",
        ),
        FieldSpec("min", "stated", "Lowest plausible value, in the numerator's unit."),
        FieldSpec("max", "stated", "Highest plausible value, in the numerator's unit."),
        FieldSpec(
            "expect",
            "id",
            "A reference figure the ratio should be near (a per-capita norm): a ratio off by a "
            "factor near 1,000 or 1,000,000 gets a plausibility warning.",
            refers_to="claim-or-reference",
        ),
        FieldSpec("note", "string", "Anything a reviewer should know."),
    ),
    "reference": (
        FieldSpec("id", "id", "Unique name of the reference figure.", required=True),
        FieldSpec(
            "value", "stated", 'The figure: "420.91 tenge per US$", "300,600 km²".', required=True
        ),
        FieldSpec("source", "string", "Where the figure comes from.", required=True),
        FieldSpec("subject", "string", "What the figure is."),
        FieldSpec("date", "string", "The date or period the figure holds for."),
        FieldSpec("exact", "bool", "The figure is exact, not rounded."),
        FieldSpec("note", "string", "Anything a reviewer should know."),
    ),
}
TABLES["waiver"] = (
    FieldSpec("check", "string", "The check id of the finding waived.", required=True),
    FieldSpec("claims", "string-list", "The claim ids of the finding waived.", required=True),
    FieldSpec("reason", "string", "Why the finding is accepted (required).", required=True),
    FieldSpec("expires", "string", "Date after which the waiver no longer applies, YYYY-MM-DD."),
)
TABLES["ignore"] = (
    FieldSpec(
        "quote",
        "string",
        "A passage of the article whose numbers need no claim (every place it occurs).",
        required=True,
    ),
    FieldSpec(
        "reason", "string", 'Why ("a phone number", "the name of a platform").', required=True
    ),
)
TABLES["relation"] = (
    FieldSpec("id", "id", "Unique name of the relation.", required=True),
    FieldSpec(
        "kind",
        "string",
        "What the relation says (sum, difference, multiple, ...); the other fields depend on it.",
        required=True,
    ),
    FieldSpec("label", "string", 'What it is, in a few words ("regions add up to the total").'),
    FieldSpec("quote", "string", "The phrase of the article that states the relation."),
    FieldSpec("note", "string", "Anything a reviewer should know."),
)
"""The fields every ``[[relation]]`` has; each kind adds its own (``relations.KINDS``)."""
ARRAY_TABLES = ("claim", "group", "ratio", "reference", "relation", "waiver", "ignore")
ID_TABLES = ("claim", "group", "ratio", "reference", "relation")
SINGLE_TABLES = ("article", "settings")


class Settings(Struct, frozen=True):
    locale: NumberLocale = DEFAULT_LOCALE
    approx: Fraction = APPROX_TOLERANCE
    currencies: dict[str, str] = msgspec.field(default_factory=dict)
    severity: dict[str, str] = msgspec.field(default_factory=dict)
    ignore: tuple[str, ...] = ()


class Waiver(Struct, frozen=True):
    """An accepted finding: still shown, marked waived, and never failing the gate."""

    check: str
    claims: tuple[str, ...]
    reason: str
    line: int
    expires: str | None = None


class Ignore(Struct, frozen=True):
    """A passage of the article whose numbers need no claim, with the reason."""

    quote: str
    reason: str
    line: int


class Claim(Struct, frozen=True):
    id: str
    line: int
    quote: str
    value: Quantity | None
    counterparts: tuple[Quantity, ...] = ()
    kind: str | None = None
    subject: str | None = None
    period: str | None = None
    group: str | None = None
    remainder: bool = False
    of: str | None = None
    part: str | None = None
    base: str | None = None
    share: str | None = None
    same_as: str | None = None
    base_period: str | None = None
    means: str | None = None
    after: tuple[str, ...] = ()
    programme: str | None = None
    note: str | None = None
    dated_by: str | None = None
    """Words that date its conversions where no period can: they share a rate only with
    conversions dated by the same words (``rates``)."""
    field_lines: Mapping[str, int] = msgspec.field(default_factory=dict)
    """The line of each field (read from the file when first asked: see ``linemap``)."""
    computed: tuple[Quantity, ...] = ()
    """Counterparts computed by ``fill``, not stated by the article: kept out of
    ``counterparts`` (and so out of every check but missing-counterpart)."""

    def quantities(self) -> tuple[Quantity, ...]:
        """The value and its counterparts, the ones stated with a number first."""
        items = ((self.value,) if self.value is not None else ()) + self.counterparts
        return items

    def numbered(self) -> tuple[Quantity, ...]:
        """The value and its counterparts that carry a number (not a missing "(US$)")."""
        value = self.value
        if not self.counterparts:  # most claims: nothing to filter
            return () if value is None or value.interval is None else (value,)
        return tuple([q for q in self.quantities() if q.interval is not None])

    def first_numbered(self) -> Quantity | None:
        """The first of :meth:`numbered`, without making the others."""
        value = self.value
        if value is not None and value.interval is not None:
            return value
        return next((q for q in self.counterparts if q.interval is not None), None)


class Group(Struct, frozen=True):
    id: str
    line: int
    members: tuple[str, ...]
    label: str | None = None
    of: str | None = None
    exhaustive: bool = False


class Ratio(Struct, frozen=True):
    id: str
    line: int
    numerator: str
    denominator: str
    label: str | None = None
    min: Quantity | None = None
    max: Quantity | None = None
    expect: str | None = None
    note: str | None = None


class Reference(Struct, frozen=True):
    id: str
    line: int
    value: Quantity
    source: str
    subject: str | None = None
    date: str | None = None
    note: str | None = None


RelationValue = str | tuple[str, ...] | bool | Quantity
"""A relation field's value: a claim id, a list of ids, a flag, a word, or a stated value."""


class Relation(Struct, frozen=True):
    """A typed relation between claims: written as a ``[[relation]]`` or made by the loader from
    the older fields (``origin`` then says which: ``claim 'x' field 'base'``, ``[[ratio]]``)."""

    id: str
    kind: str
    line: int
    values: Mapping[str, RelationValue] = msgspec.field(default_factory=dict)
    label: str | None = None
    note: str | None = None
    origin: str | None = None
    members: tuple[str, ...] = ()
    """Every claim and reference the relation names, in the order of its fields."""

    def ref(self, name: str) -> str | None:
        value = self.values.get(name)
        return value if isinstance(value, str) else None

    def refs(self, name: str) -> tuple[str, ...]:
        value = self.values.get(name)
        return value if isinstance(value, tuple) else ()

    def flag(self, name: str) -> bool:
        return self.values.get(name) is True

    def quantity(self, name: str) -> Quantity | None:
        value = self.values.get(name)
        return value if isinstance(value, Quantity) else None

    @property
    def name(self) -> str:
        """How a message names it: its label, else its id."""
        return self.label or self.id


BY_KIND = "relations_by_kind"
"""The ``doc.cache`` key of a file's relations by kind (:meth:`ClaimsFile.relations_of`): a
check that reads the file relation by relation reads those (``checks._tied`` gives it a part)."""


def relations_by_kind(relations: tuple[Relation, ...]) -> dict[str, tuple[Relation, ...]]:
    """The relations by kind, each kind's in file order."""
    grouped: dict[str, list[Relation]] = {}
    for relation in relations:
        grouped.setdefault(relation.kind, []).append(relation)
    return {kind: tuple(found) for kind, found in grouped.items()}


@frozen
@dataclass(init=False, repr=False, eq=False, slots=True)
class ClaimsFile:
    """One loaded claims file: everything a check may look at (a frozen dataclass: see
    :mod:`aktobe_facts.records`)."""

    path: Path
    claims: tuple[Claim, ...]
    groups: tuple[Group, ...] = ()
    ratios: tuple[Ratio, ...] = ()
    references: tuple[Reference, ...] = ()
    settings: Settings = field(default_factory=Settings)
    article: dict[str, str] = field(default_factory=dict)
    waivers: tuple[Waiver, ...] = ()
    _claims: dict[str, Claim] = field(default_factory=dict, repr=False, compare=False)
    _references: dict[str, Reference] = field(default_factory=dict, repr=False, compare=False)
    cache: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    """Results derived from the document that several checks share (the rate table)."""
    ignores: tuple[Ignore, ...] = ()
    article_file: Article | None = None
    """The linked article's text (``[article] path`` or ``--article``), when there is one."""
    relations: tuple[Relation, ...] = ()
    """Every relation of the file: the ``[[relation]]`` tables and those made from older fields."""

    def __init__(
        self,
        path: Path,
        claims: tuple[Claim, ...],
        groups: tuple[Group, ...] = (),
        ratios: tuple[Ratio, ...] = (),
        references: tuple[Reference, ...] = (),
        settings: Settings | None = None,
        article: dict[str, str] | None = None,
        waivers: tuple[Waiver, ...] = (),
        _claims: dict[str, Claim] | None = None,
        _references: dict[str, Reference] | None = None,
        cache: dict[str, object] | None = None,
        ignores: tuple[Ignore, ...] = (),
        article_file: Article | None = None,
        relations: tuple[Relation, ...] = (),
    ) -> None:
        _set = object.__setattr__
        _set(self, "path", path)
        _set(self, "claims", claims)
        _set(self, "groups", groups)
        _set(self, "ratios", ratios)
        _set(self, "references", references)
        _set(self, "settings", Settings() if settings is None else settings)
        _set(self, "article", {} if article is None else article)
        _set(self, "waivers", waivers)
        by_id = {} if _claims is None else _claims
        by_id.update((c.id, c) for c in claims)
        _set(self, "_claims", by_id)
        refs = {} if _references is None else _references
        refs.update((r.id, r) for r in references)
        _set(self, "_references", refs)
        _set(self, "cache", {} if cache is None else cache)
        _set(self, "ignores", ignores)
        _set(self, "article_file", article_file)
        _set(self, "relations", relations)

    def claim(self, claim_id: str) -> Claim | None:
        return self._claims.get(claim_id)

    def reference(self, ref_id: str) -> Reference | None:
        return self._references.get(ref_id)

    def relations_of(self, kind: str) -> tuple[Relation, ...]:
        """The relations of one kind, in file order (grouped once per document)."""
        by_kind = self.cache.get(BY_KIND)
        if not isinstance(by_kind, dict):
            by_kind = self.cache[BY_KIND] = relations_by_kind(self.relations)
        found = by_kind.get(kind, ())
        assert isinstance(found, tuple)
        return found
