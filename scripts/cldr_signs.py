"""Write src/aktobe_facts/reading/cldrsigns.py, reading/cldrnames.py, reading/cldrplaces.py and
reading/cldrcodes.py: the currency signs, English names, territories and codes of the Unicode CLDR.

Development only (the package never imports Babel: its locale data would cost the cold start):

    .venv/bin/pip install babel   # or: pip install -e '.[cldr]'
    .venv/bin/python scripts/cldr_signs.py

For every locale of a territory, the symbol that locale writes for each currency the territory
uses today (Babel's ``get_currency_symbol``), and the English locale's symbol of every currency,
are collected by sign. A sign is kept when it is written in Latin letters or currency symbols
(an English article does not print "сом" or "रु") and names at least one currency of the
grammar's table (:mod:`aktobe_facts.reading.units`); for each kept sign every currency that
writes it is listed, so that a sign of several currencies ("kr", "Br", "L") is known as such. The
English name of each territory that uses a listed currency is written too: a draft maps a sign of
several currencies by the country its article names (:mod:`aktobe_facts.text.draftcurrency`). And
the English names of every currency some territory uses today, one and several ("Ghanaian cedi",
"Ghanaian cedis"), and from them the grammar's words for every currency the hand-written table of
:mod:`aktobe_facts.reading.units` does not hold (``units.cldr_currencies``, into reading/cldrtable.py).
Last, every currency code the CLDR holds, in use or withdrawn (reading/cldrcodes.py): a draft
reads three capitals before or after a number as a currency only when they are one.
"""

from __future__ import annotations

import datetime
import subprocess
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from aktobe_facts.reading.units import PRESS_SIGNS, cldr_currencies, known_codes

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "aktobe_facts"
OUT = PACKAGE / "reading" / "cldrsigns.py"
PLACES_OUT = PACKAGE / "reading" / "cldrplaces.py"
NAMES_OUT = PACKAGE / "reading" / "cldrnames.py"
TABLE_OUT = PACKAGE / "reading" / "cldrtable.py"
CODES_OUT = PACKAGE / "reading" / "cldrcodes.py"
NO_CURRENCY = frozenset({"XXX", "XTS"})
"""ISO 4217's codes of no currency: "no currency involved" and the code kept for testing."""
TODAY = datetime.date(2026, 1, 1)


def _printable(sign: str) -> bool:
    return all(
        ch == "."
        or unicodedata.category(ch) == "Sc"
        or (ch.isalpha() and "LATIN" in unicodedata.name(ch, ""))
        for ch in sign
    )


def main() -> int:
    try:
        import babel
        from babel import Locale, localedata
        from babel.numbers import (
            get_currency_name,
            get_currency_symbol,
            get_territory_currencies,
            list_currencies,
        )
    except ImportError:
        print("scripts/cldr_signs.py needs Babel: pip install babel", file=sys.stderr)
        return 2
    english = Locale("en")
    by_sign: dict[str, set[str]] = defaultdict(set)
    places: dict[str, set[str]] = defaultdict(set)
    for name in localedata.locale_identifiers():
        locale = Locale.parse(name)
        if not locale.territory:
            continue
        for code in get_territory_currencies(locale.territory, TODAY):
            places[str(code)].add(str(english.territories[locale.territory]))
            sign = str(get_currency_symbol(code, locale))
            if sign != code and _printable(sign):
                by_sign[sign].add(str(code))
    for code, sign in english.currency_symbols.items():
        if sign != code and _printable(sign):
            by_sign[str(sign)].add(str(code))
    known = set(known_codes()) | set(places)
    # a sign the press types for one of the table's currencies (PRESS_SIGNS) is kept with every
    # currency CLDR writes it for: "P" is the Botswana pula's sign as much as Manila's peso's
    kept = {
        s: sorted(codes)
        for s, codes in sorted(by_sign.items())
        if codes & known or s in PRESS_SIGNS
    }
    source = (
        f"the Unicode CLDR (Common Locale Data Repository), as Babel {babel.__version__} ships it"
    )
    tuples = "dict[str, tuple[str, ...]]"
    _write(
        OUT,
        f"Currency signs from {source}.",
        "SIGNS: each sign that a currency of the grammar's table is written with in its own "
        "territories' locales or in English, with every currency written with it.",
        {"SIGNS": (tuples, {sign: tuple(codes) for sign, codes in kept.items()})},
    )
    found = {code: tuple(sorted(names)) for code, names in sorted(places.items())}
    _write(
        PLACES_OUT,
        f"Where each currency is used, from {source}.",
        "PLACES: the English names of the territories that use each currency today.",
        {"PLACES": (tuples, found)},
    )
    names = {
        code: (str(get_currency_name(code, 1, english)), str(get_currency_name(code, 2, english)))
        for code in sorted(places)
    }
    _write(
        NAMES_OUT,
        f"English names of currencies, from {source}.",
        "NAMES: the English name of one unit and of several of every currency some territory "
        "uses today.",
        {"NAMES": (tuples, names)},
    )
    every = {
        str(code): str(get_currency_name(code, 1, english))
        for code in sorted(list_currencies())
        if code not in NO_CURRENCY
    }
    _write(
        CODES_OUT,
        f"Every currency's ISO 4217 code, from {source}.",
        "CODES: the English name of every currency the CLDR holds by its code, in use today or "
        "withdrawn (ISO 4217's list and the offshore yuan's CNH), but for XXX and XTS (no "
        "currency).",
        {"CODES": ("dict[str, str]", every)},
    )
    currencies, shared, table_names = cldr_currencies(names)
    _write(
        TABLE_OUT,
        f"The grammar's words for the currencies of {source}.",
        "reading.units.cldr_currencies of reading.cldrnames.NAMES: CURRENCIES (label, signs, "
        "words) of the currencies the hand-written table does not hold, SHARED_WORDS the last "
        "words of several currencies, TABLE_NAMES the names of the table's own currencies that "
        "it does not write.",
        {
            "CURRENCIES": ("dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]", currencies),
            "SHARED_WORDS": (tuples, shared),
            "TABLE_NAMES": ("dict[str, str]", table_names),
        },
    )
    return 0


def _write(
    path: Path, title: str, what: str, tables: dict[str, tuple[str, Mapping[str, Any]]]
) -> None:
    lines = [
        f'"""{title}',
        "",
        f'Generated by scripts/cldr_signs.py; do not edit by hand. {what}"""',
    ]
    for name, (annotation, table) in tables.items():
        lines += ["", f"{name}: {annotation} = {{"]
        lines += [f"    {key!r}: {value!r}," for key, value in table.items()]
        lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ruff = Path(sys.executable).parent / "ruff"
    subprocess.run([str(ruff), "format", str(path)], check=True, capture_output=True)
    print(f"wrote {path} ({sum(len(table) for _note, table in tables.values())} rows)")


if __name__ == "__main__":
    raise SystemExit(main())
