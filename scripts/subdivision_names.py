"""Write src/aktobe_facts/reading/subdivisions.py: the names of the states, provinces, regions and
other first-level parts of every country, from ISO 3166-2 as the pycountry package ships it, each
as the ISO list prints it ("Bayern", "Guangdong Sheng") and as the Unicode CLDR names it in English
("Bavaria", "Guangdong"; the npm package cldr-subdivisions-full's subdivisions/en/en.json).

Development only (the package never imports pycountry):

    .venv/bin/pip install pycountry   # or: pip install -e '.[places]'
    npm pack cldr-subdivisions-full && tar -xzf cldr-subdivisions-full-*.tgz
    .venv/bin/python scripts/subdivision_names.py package/subdivisions/en/en.json

A name is kept as an English article may print it: its brackets, the part after a comma
("Tatarstan, Respublika") and the word of its rank after it ("Guangdong Sheng", "Almaty
oblysy") are dropped, and its accents are folded ("Gujarāt": "Gujarat"). A name of more than
three words is left out, and so is a name that is also a plain English word or a compass word
("Central", "Coast", "Delta", "Northern": :data:`PLAIN`) or a word of three letters or fewer
("Mon", "Tak"): at the start of a sentence such a word may be a kind ("Delta revenues") as often
as a place. The draft reads a sentence that opens on a kept name as that place's figures
(:mod:`aktobe_facts.text.subdivisionnames`).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "aktobe_facts"
OUT = PACKAGE / "reading" / "subdivisions.py"
CLDR_VERSION = "48.2.0"
"""The version of the npm package whose English names were read (its JSON does not say)."""
KINDS = frozenset(
    (
        "State",
        "Province",
        "Territory",
        "Union territory",
        "Capital territory",
        "Federal capital territory",
        "Federal district",
        "Prefecture",
        "Land",
        "Canton",
        "Emirate",
        "Autonomous community",
        "Autonomous region",
        "Autonomous province",
        "Autonomous republic",
        "Autonomous city",
        "Region",
        "Administrative region",
        "Administrative territory",
        "Metropolitan region",
        "Regional state",
        "Republic",
        "Oblast",
        "Voivodship",
        "Governorate",
        "Country",
    )
)
"""The ISO 3166-2 kinds of a country's first-level part kept (never its districts, counties or
municipalities: many of them share a plain word's or a town's name)."""
_RANK = re.compile(
    r"\s+(?:Sheng|Shi|(?:\w+\s+)?Zizhiqu|oblysy|oblast'|kray|avtonomnyy\s+okrug|Province|State|"
    r"Region|Oblast|Krai|Republic|Governorate|Prefecture|Emirate|Canton)$"
)
PLAIN = frozenset(
    re.findall(
        r"\S+",
        """Bay Capital Cascades Central Centrale Centre Coast Delta East Eastern Est Free Gulf
        Insular Jewish Lakes Leste Littoral Maritime Marl Mary Midlands Nelson Nord Norte North
        Northern Oriental Plateau Plateaux Principe Rivers Sahel Savannah South Southern Sud Sul
        Unity West Western""",
    )
)
"""Names that are plain English words (or a person's) or compass words: never read as a place."""


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _printed(name: str) -> str | None:
    """The name as an English article may print it, or None where it is left out."""
    name = re.sub(r"\s*[\[(].*?[\])]", "", name).split(",")[0].split(" / ")[0]
    name = _fold(_RANK.sub("", name)).strip()
    words = name.split()
    if not words or not name[:1].isupper() or len(words) > 3 or not name.isascii():
        return None
    if len(words) == 1 and (name in PLAIN or len(name) <= 3):
        return None
    return name


def main() -> int:
    try:
        import pycountry
    except ImportError:
        print("pycountry is not installed: pip install pycountry", file=sys.stderr)
        return 2
    if len(sys.argv) != 2:
        print("usage: subdivision_names.py CLDR_SUBDIVISIONS_EN_JSON", file=sys.stderr)
        return 2
    cldr = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    english: dict[str, str] = cldr["subdivisions"]["localeDisplayNames"]["subdivisions"]
    kept = [
        part for part in pycountry.subdivisions if part.parent_code is None and part.type in KINDS
    ]
    printed_names = [part.name for part in kept]
    printed_names += [
        english[key] for part in kept if (key := part.code.replace("-", "").lower()) in english
    ]
    names = sorted({p for name in printed_names if (p := _printed(name)) is not None})
    body = ",\n".join(f"    {name!r}" for name in names)
    OUT.write_text(
        '"""The names of the first-level parts of every country (states, provinces, regions), '
        f"from ISO 3166-2 as pycountry {pycountry.__version__} ships it, and their English names in "
        f"the Unicode CLDR (npm cldr-subdivisions-full {CLDR_VERSION}).\n\n"
        'Generated by scripts/subdivision_names.py; do not edit by hand."""\n\n'
        f"NAMES: frozenset[str] = frozenset(\n    (\n{body},\n    )\n)\n",
        encoding="utf-8",
    )
    ruff = Path(sys.executable).parent / "ruff"
    subprocess.run([str(ruff), "format", str(OUT)], check=True, capture_output=True)
    print(f"wrote {OUT} ({len(names)} names)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
