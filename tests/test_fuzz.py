"""Fuzzing with hypothesis: no claims file, valid or corrupted, crashes the loader or the checks.

The only outcomes of loading and checking any text are a :class:`ClaimsFile` with findings (which
every output format renders) or a :class:`LoadError`. Stated numbers round-trip through the grammar.
The interval arithmetic is tested at the level of relations against a witness search of its own: a
conversion or share group reported consistent has values inside the stated intervals that satisfy
it (built and checked exactly), and one reported inconsistent has none (decided exactly at the
interval ends, where a solution would have to be, and confirmed by sampling).

Examples per test come from the hypothesis profile (tests/conftest.py): "ci" by default,
``HYPOTHESIS_PROFILE=long python -m pytest tests/test_fuzz.py`` for a long run.
"""

from __future__ import annotations

import datetime
import json
import math
import random
import tempfile
from collections.abc import Callable
from fractions import Fraction
from functools import cache
from pathlib import Path
from urllib.parse import unquote

from hypothesis import event, given, note, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from aktobe_facts.api import check_document, check_file
from aktobe_facts.checks import CHECKS, KNOWN
from aktobe_facts.claims.loader import LoadError, loads
from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.cli import app
from aktobe_facts.findings import Outcome
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.numbers import LOCALES, Qualifier, parse
from aktobe_facts.reading.quantities import read
from aktobe_facts.relations.rates import rate_table
from aktobe_facts.report import RenderOptions, formats
from aktobe_facts.result import FileReport, Report
from aktobe_facts.visible import hidden

# -- writing TOML ------------------------------------------------------------------------------

TomlValue = object


def toml_str(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's, except DEL, which TOML wants escaped)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_value(value: TomlValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{toml_str(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def toml_table(header: str, fields: dict[str, TomlValue]) -> str:
    body = "".join(f"{toml_str(k)} = {toml_value(v)}\n" for k, v in fields.items())
    return f"{header}\n{body}\n"


def toml_document(
    singles: dict[str, dict[str, TomlValue]], arrays: list[tuple[str, dict[str, TomlValue]]]
) -> str:
    text = "".join(toml_table(f"[{name}]", fields) for name, fields in singles.items())
    return text + "".join(toml_table(f"[[{name}]]", fields) for name, fields in arrays)


# -- the outcome every input must have -----------------------------------------------------------

OPTIONS = RenderOptions(width=100, verbose=True)


def render_all(report: FileReport) -> None:
    """Every format renders, and none lets a hidden character of the input through raw."""
    whole = Report([report])
    for name, module in formats().items():
        out = module.render(whole, OPTIONS)
        assert isinstance(out, str), name
        assert not raw_hidden(out, "\t" if name == "html" else ""), name


def raw_hidden(out: str, layout: str = "") -> list[str]:
    """The hidden characters (:mod:`aktobe_facts.visible`) in an output, but its line feeds and
    the ``layout`` characters the format writes itself."""
    # each distinct character once: the seed's verbose html report is 51,239 characters of 98
    return sorted(c for c in set(out) if c != "\n" and c not in layout and hidden(c))


def load_and_check(text: str) -> ClaimsFile | None:
    """Load and check ``text`` and render the result in every format; ``None`` for a LoadError.

    Any other exception fails the test: it would be an internal error (exit 3) for a user.
    """
    note(text)
    try:
        doc = loads(text, "fuzz.toml")
    except LoadError as exc:
        assert str(exc).startswith("fuzz.toml")
        assert exc.message
        event("refused: " + exc.message.split(" ")[0])
        render_all(FileReport("fuzz.toml", error=exc))
        return None
    findings = check_document(doc)
    event("loaded, with findings" if findings else "loaded, no findings")
    for finding in findings:
        assert finding.check in KNOWN or finding.check == "waivers"
        assert finding.message
    render_all(FileReport("fuzz.toml", len(doc.claims), findings))
    return doc


# -- stated values ----------------------------------------------------------------------------

QUALIFIERS = ["", "", "", "more than ", "at least ", "less than ", "up to ", "some ", "about ", "~"]
PREFIXES = ["", "", "", "US$", "$", "€", "£", "₸", "USD ", "C$"]
SCALES = ["", "", " thousand", " million", " billion", " bn", " trillion"]
UNITS = [
    "",
    " tenge",
    " dollars",
    " euros",
    " percent",
    "%",
    " percentage points",
    " km",
    " miles",
    " square meters",
    " km²",
    " hectares",
    " tonnes",
    " years",
    " months",
    " people",
    " MW",
]
PERS = ["", "", "", " per US$", " per person", " per km", "/USD"]
WORDS = ["three", "twenty", "a dozen", "fifth", "first", "5th", "zero"]
ODD = ["NaN", "inf", "1e5", "--5", "1..5", "1,2,3", "", "   ", "9" * 31, "US$", "(5 percent)", "0"]


@st.composite
def numerals(draw: st.DrawFn) -> str:
    whole = draw(st.integers(min_value=0, max_value=10**12))
    text = f"{whole:,}" if draw(st.booleans()) else str(whole)
    if draw(st.booleans()):
        text += "." + draw(st.text("0123456789", min_size=1, max_size=4))
    return text


@st.composite
def stated_values(draw: st.DrawFn) -> str:
    """Strings in and around the grammar: most valid, some not."""
    kind = draw(st.integers(min_value=0, max_value=9))
    if kind == 0:
        return draw(st.sampled_from(ODD))
    if kind == 1:
        return draw(st.text(max_size=30))
    if kind == 2:
        return draw(st.sampled_from(WORDS)) + draw(st.sampled_from(UNITS))
    qualifier = draw(st.sampled_from(QUALIFIERS))
    sign = draw(st.sampled_from(["", "", "", "-", "minus "]))
    prefix = draw(st.sampled_from(PREFIXES))
    number = draw(numerals())
    if prefix and draw(st.booleans()):
        scale = draw(st.sampled_from(["k", "m", "b"]))
    else:
        scale = draw(st.sampled_from(SCALES))
    unit = "" if prefix else draw(st.sampled_from(UNITS))
    per = draw(st.sampled_from(PERS))
    return f"{qualifier}{sign}{prefix}{number}{scale}{unit}{per}"


PERIODS = [
    "2020",
    "2019",
    "2018-2020",
    "2020-01/2020-09",
    "2020",
    "2019",
    "2020-13",
    "last year",
    "",
]
REFERENCE_VALUES = [
    "420.91 tenge per US$",
    "300,600 km²",
    "0.8 square meters per person",
    "1.9 million people",
    "5 percent",
]


def toml_values() -> st.SearchStrategy[TomlValue]:
    """Any TOML value, nested a little."""
    scalars: st.SearchStrategy[TomlValue] = st.one_of(
        st.text(max_size=20),
        st.integers(min_value=-(2**63), max_value=2**63 - 1),
        st.floats(),
        st.booleans(),
        st.dates(),
        stated_values(),
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=6,
    )


@st.composite
def clean_values(draw: st.DrawFn) -> tuple[str, str | None]:
    """A value the grammar reads, and a counterpart for it (or None): money, shares, counts,
    lengths, rates."""
    number = draw(numerals())
    kind = draw(st.sampled_from(["money", "money", "percent", "percent", "count", "km", "rate"]))
    qualifier = draw(st.sampled_from(["", "", "", "", "more than ", "less than ", "about "]))
    scale = draw(st.sampled_from(["", " thousand", " million", " billion"]))
    if kind == "money":
        other = draw(numerals())
        counterpart = draw(st.sampled_from([f"US${other}{scale}", "US$", f"€{other}", None]))
        return f"{qualifier}{number}{scale} tenge", counterpart
    if kind == "percent":
        return f"{qualifier}{number} percent", None
    if kind == "count":
        return f"{qualifier}{number}{scale}", None
    if kind == "km":
        return f"{qualifier}{number} km", draw(st.sampled_from([f"{draw(numerals())} miles", None]))
    return f"{number} tenge per US$", None


OPTIONAL_CLAIM_FIELDS = [
    "kind",
    "subject",
    "period",
    "base_period",
    "exact",
    "precision",
    "of",
    "part",
    "base",
    "share",
    "same_as",
    "means",
    "after",
]


@st.composite
def claims_files(draw: st.DrawFn, wild: bool = False) -> str:
    """A claims file: claims, groups, ratios, references and waivers that refer to each other.
    Most values are ones the grammar reads and most references lead somewhere, so that most
    files reach the checks. ``wild``: any field may hold any TOML value, values are anything, and
    unknown keys and tables appear."""
    n_claims = draw(st.integers(min_value=0 if wild else 1, max_value=6))
    ids = [f"c{i}" for i in range(n_claims)]
    refs = [f"r{i}" for i in range(draw(st.integers(min_value=0, max_value=2)))]
    groups = [f"g{i}" for i in range(draw(st.integers(min_value=0, max_value=2)))]
    good = [*ids, *refs] or ["nowhere"]

    def target() -> TomlValue:
        return draw(
            st.sampled_from(good)
            if draw(st.integers(0, 9)) != 4
            else st.sampled_from(["nowhere", *groups, "g0"])
        )

    def maybe(strategy: st.SearchStrategy[TomlValue]) -> TomlValue:
        if wild and draw(st.integers(0, 9)) == 4:  # hypothesis favours the ends of a range
            return draw(toml_values())
        return draw(strategy)

    def any_value() -> str:
        return draw(stated_values()) if draw(st.integers(0, 4)) == 2 else draw(clean_values())[0]

    optional: dict[str, Callable[[], TomlValue]] = {
        "kind": lambda: maybe(
            st.sampled_from(["amount", "count", "share", "growth", "index", "rank"])
        ),
        "subject": lambda: maybe(st.sampled_from(["investment", "jobs", "Investment "])),
        "period": lambda: maybe(st.sampled_from(PERIODS)),
        "base_period": lambda: maybe(st.sampled_from(PERIODS)),
        "exact": lambda: maybe(st.booleans()),
        "precision": lambda: maybe(st.sampled_from(["1 million", "0.1", "1", "1", "1 percent"])),
        "means": lambda: maybe(st.sampled_from(["relative", "points", "other"])),
        "after": lambda: maybe(st.lists(st.sampled_from(["first", "second"]), max_size=2)),
        "remainder": lambda: maybe(st.booleans()),
    }
    singles: dict[str, dict[str, TomlValue]] = {}
    if draw(st.integers(0, 3)) == 2:
        singles["settings"] = {
            key: maybe(strategy)
            for key, strategy in {
                "locale": st.sampled_from([*LOCALES, "xx"]),
                "approx": st.sampled_from(
                    ["10 percent", "2.5 percent", "10 percent", "5", "-1 percent"]
                ),
                "currencies": st.just({"som": "KGS"}),
                "ignore": st.lists(st.sampled_from([*KNOWN, "nope"]), max_size=2),
            }.items()
            if draw(st.booleans())
        }
    if draw(st.booleans()):
        singles["article"] = {"title": maybe(st.text(max_size=20))}
    arrays: list[tuple[str, dict[str, TomlValue]]] = []
    pool = list(draw(st.permutations(ids)))
    members: dict[str, list[str]] = {}
    for gid in groups:  # disjoint, two or three members each, when there are claims enough
        size = draw(st.integers(min_value=2, max_value=3))
        members[gid], pool = pool[:size], pool[size:]
    for cid in ids:
        fields: dict[str, TomlValue] = {
            "id": maybe(st.just(cid)),
            "quote": maybe(st.text(max_size=20)),
        }
        value, counterpart = draw(clean_values())
        in_group = [gid for gid, chosen in members.items() if cid in chosen]
        if in_group:
            fields["group"] = in_group[0]
            value, counterpart = f"{draw(numerals())} percent", None
        if draw(st.integers(0, 29)) != 13:
            fields["value"] = maybe(st.just(value)) if draw(st.integers(0, 4)) != 2 else any_value()
            if counterpart is not None:
                fields["counterpart"] = maybe(st.just(counterpart))
        extra = draw(st.sets(st.sampled_from(OPTIONAL_CLAIM_FIELDS), max_size=2))
        if in_group and draw(st.integers(0, 3)) == 2:
            extra.add("remainder")
        for key in extra if draw(st.booleans()) else ():
            fields[key] = optional[key]() if key in optional else target()
        arrays.append(("claim", fields))
    for gid in groups:
        if len(members[gid]) < 2 and draw(st.integers(0, 4)) != 2:
            continue  # now and then a group of fewer than two, refused
        group: dict[str, TomlValue] = {"id": maybe(st.just(gid))}
        if draw(st.booleans()):
            group["of"] = target()
        if draw(st.booleans()):
            group["exhaustive"] = maybe(st.booleans())
        arrays.append(("group", group))
    for rid in refs:
        reference: dict[str, TomlValue] = {
            "id": maybe(st.just(rid)),
            "value": maybe(st.sampled_from(REFERENCE_VALUES))
            if draw(st.booleans())
            else any_value(),
            "source": maybe(st.just("a source")),
        }
        arrays.append(("reference", reference))
    for i in range(draw(st.integers(min_value=0, max_value=2))):
        ratio: dict[str, TomlValue] = {
            "id": maybe(st.just(f"q{i}")),
            "numerator": target(),
            "denominator": target(),
        }
        for key in draw(st.sets(st.sampled_from(["min", "max", "expect"]), max_size=2)):
            ratio[key] = target() if key == "expect" else any_value()
        arrays.append(("ratio", ratio))
    if draw(st.integers(0, 4)) == 2:
        waiver = {
            "check": maybe(st.sampled_from([*KNOWN, "nope"])),
            "claims": maybe(st.lists(st.sampled_from([*ids, "x"]), max_size=2)),
            "reason": maybe(st.text(max_size=10)),
        }
        arrays.append(("waiver", waiver))
    if wild:
        arrays = list(draw(st.permutations(arrays)))
        for _ in range(draw(st.integers(min_value=0, max_value=2))):
            where = draw(st.integers(min_value=0, max_value=len(arrays)))
            name = draw(st.sampled_from(["claim", "group", "ratio", "claims", "x"]))
            table = draw(st.dictionaries(st.text(max_size=8), toml_values(), max_size=3))
            arrays.insert(where, (name, table))
        if draw(st.booleans()):
            name = draw(st.sampled_from(["article", "settings", "claim", "extra"]))
            singles[name] = draw(st.dictionaries(st.text(max_size=8), toml_values(), max_size=3))
    return toml_document(singles, arrays)


# -- mutations of a text -----------------------------------------------------------------------

TOML_BITS = ["[", "]", "[[", "]]", "{", "}", "=", '"', "'", '"""', ",", ".", "\n", "#", "\\", " "]


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        size = len(text)
        at = draw(st.integers(min_value=0, max_value=size))
        op = draw(st.sampled_from(["truncate", "delete", "insert", "duplicate", "swap"]))
        if op == "truncate":
            text = text[:at]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(min_value=1, max_value=20)) :]
        elif op == "insert":
            bit = draw(st.one_of(st.sampled_from(TOML_BITS), st.text(max_size=5)))
            text = text[:at] + bit + text[at:]
        else:
            lines = text.split("\n")
            i = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            j = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            if op == "duplicate":
                lines.insert(j, lines[i])
            else:
                lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    return text


# -- never a crash -------------------------------------------------------------------------------


@given(claims_files())
def test_generated_files_load_and_check_or_are_refused(text: str) -> None:
    load_and_check(text)


@given(claims_files(wild=True))
def test_wild_fields_tables_and_types_never_crash(text: str) -> None:
    load_and_check(text)


@given(st.data())
def test_truncated_and_mutated_files_never_crash(data: st.DataObject) -> None:
    text = data.draw(claims_files())
    load_and_check(data.draw(mutated(text)))


@given(st.text(max_size=300))
def test_any_text_never_crashes(text: str) -> None:
    load_and_check(text)


SEED_VALUES = st.sampled_from(
    [
        ("646.8 billion tenge", "US$1.5 billion"),
        ("140 million tenge", "US$"),
        ("49 percent", None),
        ("more than 1,100", None),
        ("some 650 kilometers", "404 miles"),
    ]
)


@given(st.lists(SEED_VALUES, min_size=1, max_size=6), st.data())
def test_valid_files_with_random_value_strings_never_crash(
    seeds: list[tuple[str, str | None]], data: st.DataObject
) -> None:
    """A valid file whose value or counterpart strings are replaced by random text."""
    arrays: list[tuple[str, dict[str, TomlValue]]] = []
    for i, (value, counterpart) in enumerate(seeds):
        fields: dict[str, TomlValue] = {"id": f"c{i}", "quote": "q", "value": value}
        if counterpart is not None:
            fields["counterpart"] = counterpart
        target = data.draw(st.sampled_from(["value", "counterpart", "none"]))
        if target != "none":
            fields[target] = data.draw(st.one_of(st.text(max_size=40), stated_values()))
        arrays.append(("claim", fields))
    load_and_check(toml_document({}, arrays))


# -- numbers round-trip through the grammar ------------------------------------------------------
# tests/test_numbers.py round-trips plain numerals in every locale with scales and units, and US$
# amounts with qualifiers; these add signs, every prefix sign, short scales, number words and
# "per" units, and check the reading as an interval agrees with the value.

PREFIX_CODES = {
    "US$": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "₸": "KZT",
    "₽": "RUB",
    "C$": "CAD",
}
UNIT_KEYS = {
    " tenge": "KZT",
    " percent": "percent",
    " km": "kilometer",
    " hectares": "hectare",
    " tonnes": "tonne",
    " people": "person",
    "": None,
}
PER_KEYS = {" per person": "person", " per US$": "USD", " per km": "kilometer", "": None}
QUALIFIER_KINDS = {
    "": None,
    "more than ": Qualifier.LOWER,
    "at least ": Qualifier.LOWER,
    "up to ": Qualifier.UPPER,
    "less than ": Qualifier.UPPER,
    "about ": Qualifier.APPROX,
    "some ": Qualifier.APPROX,
}


@st.composite
def signed_amounts(
    draw: st.DrawFn,
) -> tuple[str, Fraction, str | None, str | None, str | None, bool]:
    """(text, value, unit key, per key, qualifier, negative) for a figure with the parts the plain
    round trip leaves out."""
    qualifier = draw(st.sampled_from(sorted(QUALIFIER_KINDS)))
    negative = draw(st.booleans()) and QUALIFIER_KINDS[qualifier] is None
    sign = draw(st.sampled_from(["-", "−", "minus "])) if negative else ""
    whole = draw(st.integers(min_value=0, max_value=10**9))
    decimals = draw(st.text("0123456789", max_size=3))
    digits = str(whole) + (f".{decimals}" if decimals else "")
    numeral = f"{whole:,}" + (f".{decimals}" if decimals else "")
    prefix = draw(st.sampled_from(["", *sorted(PREFIX_CODES)]))
    unit: str | None
    if prefix:
        scale, exponent = draw(st.sampled_from([("", 0), ("k", 3), ("m", 6), (" billion", 9)]))
        unit_text, unit = "", PREFIX_CODES[prefix]
        per_text = draw(st.sampled_from(["", " per person"]))
    else:
        scale, exponent = draw(st.sampled_from([("", 0), (" million", 6), (" trillion", 12)]))
        unit_text = draw(st.sampled_from(sorted(UNIT_KEYS)))
        unit = UNIT_KEYS[unit_text]
        per_text = draw(st.sampled_from(sorted(PER_KEYS))) if unit_text else ""
    value = Fraction(digits) * 10**exponent * (-1 if negative else 1)
    text = f"{qualifier}{sign}{prefix}{numeral}{scale}{unit_text}{per_text}"
    return text, value, unit, PER_KEYS[per_text], QUALIFIER_KINDS[qualifier], negative


@given(signed_amounts())
def test_signed_prefixed_and_per_values_round_trip(
    case: tuple[str, Fraction, str | None, str | None, str | None, bool],
) -> None:
    text, value, unit, per, qualifier, negative = case
    stated = parse(text)
    assert stated.value == value
    assert (stated.unit.key if stated.unit else None) == unit
    assert (stated.per.key if stated.per else None) == per
    assert stated.qualifier == qualifier
    assert stated.negative == negative
    interval = read(stated).require()
    if qualifier == Qualifier.LOWER:
        assert interval.lo == value and interval.hi is None
    elif qualifier == Qualifier.UPPER:
        assert interval.hi == value
    else:
        assert interval.contains(value)


@given(st.sampled_from(WORDS[:5]), st.sampled_from(sorted(UNIT_KEYS)))
def test_ordinals_are_exact_and_number_words_read_as_digits(word: str, unit_text: str) -> None:
    digits = {"three": "3", "twenty": "20", "a dozen": "12", "fifth": "5th", "first": "1st"}[word]
    stated = parse(word + unit_text)
    assert stated.value == parse(digits + unit_text).value
    if stated.ordinal:
        assert read(stated).require() == Interval.point(stated.value)
    else:
        assert read(stated).require() == read(parse(digits + unit_text)).require()


# -- relations against a witness search ----------------------------------------------------------


def decimal_text(x: Fraction, places: int) -> str:
    """``x`` rounded to ``places`` decimals, with thousands commas."""
    scaled = abs(round(x * 10**places))
    whole, frac = divmod(scaled, 10**places)
    return f"{whole:,}" + (f".{frac:0{places}d}" if places else "")


def places(x: Fraction, wanted: int) -> int:
    """At least ``wanted`` decimals, and enough that ``x`` is not written as 0 (a zero amount in a
    conversion is its own finding; see tests/test_hostile.py)."""
    while round(x * 10**wanted) == 0:
        wanted += 1
    return wanted


@st.composite
def conversion_files(draw: st.DrawFn) -> str:
    """Two to five amounts in tenge and US$ near one rate, some pushed off it, each figure rounded
    to its own number of decimals."""
    rate = Fraction(draw(st.integers(min_value=1_000, max_value=600_000)), 1_000)
    arrays: list[tuple[str, dict[str, TomlValue]]] = []
    for i in range(draw(st.integers(min_value=2, max_value=5))):
        dollars = Fraction(draw(st.integers(min_value=1, max_value=10**7)), 1_000)  # US$ million
        noise = draw(st.sampled_from([0, 0, 1, 5, 20, 300]))  # per mille off the rate
        off = Fraction(1000 + draw(st.sampled_from([-1, 1])) * noise, 1000)
        tenge = dollars * rate * off / 1000  # billion tenge
        value = f"{decimal_text(tenge, places(tenge, draw(st.integers(0, 3))))} billion tenge"
        counterpart = (
            f"US${decimal_text(dollars, places(dollars, draw(st.integers(0, 3))))} million"
        )
        fields: dict[str, TomlValue] = {"id": f"p{i}", "quote": "q", "value": value}
        fields["counterpart"] = counterpart
        arrays.append(("claim", fields))
    return toml_document({}, arrays)


def _fits(rate: Fraction, top: Interval, bottom: Interval) -> tuple[Fraction, Fraction] | None:
    """A (top, bottom) amount pair inside the intervals with top = rate × bottom, if one exists:
    the bottom amounts whose image is inside ``top`` form an interval; its low end is tried."""
    assert top.lo is not None and top.hi is not None and bottom.lo is not None
    assert bottom.hi is not None
    b = max(bottom.lo, top.lo / rate)
    if b > min(bottom.hi, top.hi / rate):
        return None
    t = rate * b
    assert bottom.contains(b) and top.contains(t)
    return t, b


def _rate_witness(
    pairs: list[tuple[Interval, Interval]], rate: Fraction
) -> list[tuple[Fraction, Fraction]] | None:
    found = [_fits(rate, top, bottom) for top, bottom in pairs]
    return [f for f in found if f is not None] if all(f is not None for f in found) else None


@given(conversion_files())
def test_conversions_verdict_has_a_witness_exactly_when_it_passes(text: str) -> None:
    doc = load_and_check(text)
    assert doc is not None
    pairs_all = [(c.value, c.counterparts[0]) for c in doc.claims if c.value is not None]
    if len(pairs_all) < 2:
        return
    findings = CHECKS["conversions"].check(doc)
    assert findings
    (estimate,) = rate_table(doc).values()
    # as top per bottom, the orientation the check reports in
    pairs = []
    for a, b in pairs_all:
        assert a.unit is not None
        top, bottom = (a, b) if a.unit.key == estimate.top else (b, a)
        pairs.append((top.require(), bottom.require()))
    # every rate a witness can have is >= some pair's lowest rate: a common rate, if there is
    # one, is the largest of those lowest rates, so the interval ends decide exactly
    assert all(t.lo is not None and b.hi is not None for t, b in pairs)
    ends = [t.lo / b.hi for t, b in pairs if t.lo is not None and b.hi is not None]
    exact = any(_rate_witness(pairs, r) is not None for r in ends)
    passed = all(f.outcome is Outcome.PASS for f in findings)
    event("conversions pass" if passed else "conversions fail")
    assert passed == exact, [f.message for f in findings]
    if passed:
        assert estimate.common is not None
        mid = estimate.common.midpoint()
        assert mid is not None
        assert _rate_witness(pairs, mid) is not None  # the common rate's midpoint reproduces all
    else:
        rng = random.Random(len(text))
        low, high = min(ends), max(t.hi / b.lo for t, b in pairs if t.hi and b.lo)
        for _ in range(200):
            r = low + (high - low) * Fraction(rng.randint(0, 10**6), 10**6)
            assert _rate_witness(pairs, r) is None


@st.composite
def share_groups(draw: st.DrawFn) -> str:
    """A group of two to six percentages, maybe with a remainder (stated or not), maybe
    exhaustive, with qualifiers now and then."""
    n = draw(st.integers(min_value=2, max_value=6))
    exhaustive = draw(st.booleans())
    group: dict[str, TomlValue] = {"id": "g"}
    if exhaustive:
        group["exhaustive"] = True
    arrays: list[tuple[str, dict[str, TomlValue]]] = [("group", group)]
    remainder_at = draw(st.integers(min_value=-1, max_value=n - 1))
    budget = Fraction(draw(st.integers(min_value=60, max_value=130)))
    for i in range(n):
        share = budget / n * Fraction(draw(st.integers(min_value=50, max_value=150)), 100)
        qualifier = draw(st.sampled_from(["", "", "", "", "more than ", "less than ", "about "]))
        fields: dict[str, TomlValue] = {"id": f"s{i}", "quote": "q", "group": "g"}
        text = f"{qualifier}{decimal_text(share, draw(st.integers(0, 2)))} percent"
        if i == remainder_at:
            fields["remainder"] = True
            if draw(st.booleans()):
                fields["value"] = text
        else:
            fields["value"] = text
        arrays.append(("claim", fields))
    return toml_document({}, arrays)


HUNDRED = Fraction(100)


def _share_witness(
    members: list[Interval], remainder: Interval | None, has_remainder: bool, exhaustive: bool
) -> list[Fraction] | None:
    """Shares inside the members' intervals (never below 0) meeting the group's relation, found
    exactly: the sum can be any value from the sum of the low ends to the sum of the high ends."""
    lows = [max(m.lo or Fraction(0), Fraction(0)) for m in members]
    low_sum = sum(lows, Fraction(0))
    open_ended = [i for i, m in enumerate(members) if m.hi is None]
    high_sum = None if open_ended else sum((m.hi or Fraction(0) for m in members), Fraction(0))
    # the sums the relation allows: [want_lo, want_hi]
    if has_remainder and remainder is not None:  # the sum plus a stated remainder is 100
        rest = (
            remainder.clamp_lo(Fraction(0)) if remainder.hi is None or remainder.hi >= 0 else None
        )
        if rest is None:
            return None
        want_lo = HUNDRED - rest.hi if rest.hi is not None else low_sum
        want_hi = HUNDRED - (rest.lo or Fraction(0))
    elif exhaustive and not has_remainder:
        want_lo = want_hi = HUNDRED
    else:  # the named shares leave room for the rest
        want_lo, want_hi = Fraction(0), HUNDRED
    target = max(want_lo, low_sum)
    if target > want_hi or (high_sum is not None and target > high_sum):
        return None
    extra = target - low_sum
    values = list(lows)
    if open_ended:
        values[open_ended[0]] += extra
    elif extra:
        assert high_sum is not None
        ratio = extra / (high_sum - low_sum)
        values = [lo + ratio * ((m.hi or lo) - lo) for lo, m in zip(lows, members, strict=True)]
    return values


def _check_share_witness(
    values: list[Fraction], members: list[Interval], holds: Callable[[Fraction], bool]
) -> None:
    for v, m in zip(values, members, strict=True):
        assert v >= 0 and m.clamp_lo(Fraction(0)).contains(v)
    assert holds(sum(values, Fraction(0)))


@given(share_groups())
def test_share_groups_verdict_has_a_witness_exactly_when_it_passes(text: str) -> None:
    doc = load_and_check(text)
    assert doc is not None
    (group,) = doc.groups
    (finding,) = CHECKS["shares"].check(doc)
    claims = [doc.claim(m) for m in group.members]
    members = [c.value.require() for c in claims if c and c.value is not None and not c.remainder]
    rem_claim = next((c for c in claims if c and c.remainder), None)
    remainder = rem_claim.value.require() if rem_claim and rem_claim.value else None
    values = _share_witness(members, remainder, rem_claim is not None, group.exhaustive)
    event(f"shares {finding.outcome.value}")
    assert (finding.outcome is Outcome.PASS) == (values is not None), finding.message

    def holds(total: Fraction) -> bool:
        if rem_claim is not None and remainder is not None:
            return total <= HUNDRED and remainder.contains(HUNDRED - total)
        if rem_claim is None and group.exhaustive:
            return total == HUNDRED
        return total <= HUNDRED

    if values is not None:
        _check_share_witness(values, members, holds)
        return
    # none: the sum is monotone in every share, so the corners bound it; sample inside too
    rng = random.Random(len(text))
    boxes = [
        (max(m.lo or Fraction(0), Fraction(0)), m.hi if m.hi is not None else Fraction(300))
        for m in members
    ]
    for _ in range(200):
        point = [lo + (hi - lo) * Fraction(rng.randint(0, 1000), 1000) for lo, hi in boxes]
        assert not holds(sum(point, Fraction(0)))


# -- a linked article ----------------------------------------------------------------------------

ARTICLE_BITS = [
    "The fund gave ",
    "140 million tenge (US$332,000)",
    " to 1,734 firms",
    ", 49 percent",
    " in 2018-2020",
    ", the fifth largest",
    " some 650 kilometres",
    "“quoted” ",
    "— a dash – ",
    "\n\n",
    "\u2028",
    "\u00ad",
    "\u200b",
    "e\u0301",
    " twenty-three ",
    "1.5 billion",
    "3rd",
    "\t",
]


@st.composite
def articles_and_claims(draw: st.DrawFn) -> tuple[str, str]:
    """An article made of number-laden bits and random text, and a claims file linking it whose
    quotes are slices of it (sometimes changed) and whose ignore entries are slices too."""
    bits = draw(
        st.lists(st.one_of(st.sampled_from(ARTICLE_BITS), st.text(max_size=12)), max_size=25)
    )
    article = "".join(bits)

    def passage() -> str:
        if article and draw(st.integers(0, 3)) != 2:
            start = draw(st.integers(min_value=0, max_value=len(article) - 1))
            end = draw(st.integers(min_value=start, max_value=len(article)))
            text = article[start:end]
            return text.upper() if draw(st.integers(0, 5)) == 3 else text
        return draw(st.text(max_size=15))

    arrays: list[tuple[str, dict[str, TomlValue]]] = []
    for i in range(draw(st.integers(min_value=1, max_value=4))):
        arrays.append(
            ("claim", {"id": f"c{i}", "quote": passage(), "value": draw(clean_values())[0]})
        )
    for _ in range(draw(st.integers(min_value=0, max_value=2))):
        arrays.append(("ignore", {"quote": passage(), "reason": "background"}))
    return article, toml_document({"article": {"path": "article.txt"}}, arrays)


@given(articles_and_claims())
def test_claims_tied_to_any_article_never_crash(case: tuple[str, str]) -> None:
    article, text = case
    note(repr(article))
    note(text)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "article.txt").write_text(article, encoding="utf-8", newline="")
        path = Path(folder) / "claims.toml"
        path.write_text(text, encoding="utf-8")
        report = check_file(path)
        if report.error is not None:
            event("refused: " + report.error.message.split(" ")[0])
        else:
            event("loaded")
            assert all(f.message for f in report.findings)
        render_all(report)


# -- file names -------------------------------------------------------------------------------

HOSTILE = Path(__file__).resolve().parent / "hostile"
runner = CliRunner()

NAME_CHARS = st.one_of(
    # line breaks, escapes, bidi marks and overrides, zero-width and other format characters,
    # bytes that are not UTF-8 (as Python names them: lone surrogates)
    st.sampled_from(
        list("\n\r\t\x1b\x07\x0b\x0c\x1c\x7f\x85\x9b\u061c\u200b\u200d\u200e\u200f\u202a\u202e")
        + list("\u2066\u2069\u2028\u2029\ufeff\U000e0001\udc80\udcff")
    ),
    st.characters(categories=("Cc", "Cf", "Zl", "Zp", "Co", "Cn"), exclude_characters="\x00"),
    st.characters(codec="utf-8", exclude_characters="/\x00"),
)
# outputs that must have as many lines for any name as for a plain one
SAME_SHAPE = {"line", "github", "markdown"}


def _cli(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@cache
def _plain_lines(kind: str) -> int:
    """Lines of the output of ``kind`` for the same file under a plain name."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plain.claims.toml"
        path.write_text((HOSTILE / "terminal_escapes.toml").read_text("utf-8"), encoding="utf-8")
        return _cli("check", str(path), "--format", kind, "--width", "100").stdout.count("\n")


@settings(max_examples=12)
@given(st.text(NAME_CHARS, min_size=1, max_size=12).filter(lambda s: s not in (".", "..")))
def test_any_file_name_through_every_output(name: str) -> None:
    """A file name holding control, bidi or other invisible characters, line breaks or bytes
    that are not UTF-8 reaches no output raw, forges no record (the line, github and markdown
    outputs have as many lines as for a plain name), and never makes an internal error; JSON and
    SARIF give the exact name back."""
    note(repr(name))
    text = (HOSTILE / "terminal_escapes.toml").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.claims.toml"
        path.write_text(text, encoding="utf-8")
        for kind in formats():
            result = _cli("check", str(path), "--format", kind, "--width", "100")
            assert result.exit_code == 1, (kind, result.output)
            assert not raw_hidden(result.stdout, "\t" if kind == "html" else ""), kind
            if kind in SAME_SHAPE:
                assert result.stdout.count("\n") == _plain_lines(kind), kind
            if kind == "json":
                assert json.loads(result.stdout)["files"][0]["path"] == str(path)
            if kind == "sarif":
                (run,) = json.loads(result.stdout)["runs"]
                uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
                assert unquote(uri["uri"], errors="surrogateescape").endswith(path.name)
        explained = _cli("explain", str(path), "grant")
        assert explained.exit_code == 0 and not raw_hidden(explained.stdout)
        article = Path(folder) / f"{name}.txt"
        article.write_text("Grants reached 140 million tenge in 2020.\n", encoding="utf-8")
        drafted = _cli("draft", str(article))
        assert drafted.exit_code == 0, drafted.output
        assert not raw_hidden(drafted.stdout, "\t") and not raw_hidden(drafted.stderr)
        missing = _cli("explain", str(Path(folder) / f"{name}.missing.toml"), "grant")
        assert missing.exit_code == 2 and not raw_hidden(missing.stderr)
