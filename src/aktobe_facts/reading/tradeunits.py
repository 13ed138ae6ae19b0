"""The energy, mining and farm trades' abbreviations of scaled quantities and rates: a scale and a
unit written as one word, glued to the number or spaced ("1.5mb/d", "300 kb/d", "2.1 Tcf",
"450 kt").

Each spelling is read as the number with that scale before the unit the grammar already knows
("1.5mb/d" reads as "1.5 million bpd", "2.1 Tcf" as "2.1 trillion cubic feet"), so a figure so
written meets the same figure spelled out. Only spellings of one reading are listed, each in the
letter cases the trade prints; where the trades part ("Mb/d", "MBPD", "mbpd": a thousand barrels
a day in the US industry's Roman numerals, a million in OPEC's, the IEA's and much of the press's
usage), the spelling is in :data:`AMBIGUOUS` instead: the number is read bare, in no relation
with figures of a unit, and its claim's note says which words to write (a figure is one of two
values a thousand times apart; an interval over both would be neither).

Sources of the conventions (what each spelling means to whom):

- the IEA's Oil Market Report (its glossary, https://www.iea.org/oilmarketreport/glossary/, and
  its highlights, e.g. 13 February 2019): "mb/d" a million barrels a day, "kb/d" a thousand, "mb"
  a million barrels (stocks);
- OPEC's Monthly Oil Market Report and Annual Statistical Bulletin (asb.opec.org, general notes):
  "mb/d" a million barrels a day, "tb/d" a thousand, "b/d" barrels a day;
- the US industry's Roman numerals, M a thousand and MM a million: the EIA's "Mb/d" and "MMb/d";
  a 10-K's glossary (Kosmos Energy, 2013: "MBbl" a thousand barrels, "MMBbl" a million, "Mcf" a
  thousand cubic feet, "MMcf" a million, "MMBoe" a million barrels of oil equivalent); the API's
  Energy Citizens page (energycitizens.org, "Oil and Gas 101": Mcf, MMcf, Bcf, Tcf); Investopedia
  ("How does an oil and gas company measure and state its production?": "m" or "mm" a thousand
  or a million, "mmbpd" a million barrels a day); a Latin American nomenclature of energy units
  (studylib.net, "Nomenclature of units utilized in the energy field": Mbd a thousand barrels a
  day, MMbd a million, Mt a thousand tonnes, MBtu a thousand Btu, MMBtu a million);
- the same letters read the other way: the EIA's refinery layer on ArcGIS (services2.arcgis.com,
  "Petroleum_Refineries_in_the_US") names its fields "AD_Mbpd" for thousand barrels per stream
  day yet glosses them "Million barrels per day"; Autodesk's unit symbols (rvtdocs.com,
  "KgCO2ePerMBtu") write "MBtu" for a million Btu; Nigeria's press writes a million barrels a day
  "1.826mbpd" (Orient Energy Review, MMS Plus, 2022 and 2025);
- cubic metres of gas: the IEA's Gas Market Report and Reuters' gas flows, "mcm/d" a million
  cubic metres a day and "bcm" a billion; India's petroleum ministry and press, "MMSCMD" a million
  standard cubic metres a day; "tcm" a thousand cubic metres in Russian and Central Asian gas
  prices ("$250 per tcm") but a trillion in BP's Statistical Review of reserves;
- barrels a day in the spellings of Vernimmen's glossary (BPD, bbl/d, bpd, bd, b/d), and of oil
  ("bopd") or of oil equivalent ("boe/d", "boepd") in the companies' reports.
"""

from __future__ import annotations


def _cases(*spellings: str) -> tuple[str, ...]:
    """Each spelling as printed, in capitals too ("kb/d", "KB/D")."""
    return tuple(dict.fromkeys(s for spelling in spellings for s in (spelling, spelling.upper())))


_MILLION, _THOUSAND, _BILLION, _TRILLION = 6, 3, 9, 12

# (power of ten, the unit as the grammar reads it after a scale word) -> the spellings of one
# reading, each in the cases the trade prints
_READINGS: dict[tuple[int, str], tuple[str, ...]] = {
    # barrels a day: OPEC's and the IEA's "mb/d" (only in small letters: "Mb/d" is the EIA's
    # thousand); "mm" a million and "k" (OPEC's "t") a thousand in every usage
    (_MILLION, "bpd"): (
        "mb/d",
        *_cases("mmb/d", "mmbpd", "mmbd", "mmbbl/d", "mmbopd"),
        *("MMb/d", "MMbpd", "MMbd", "MMbbl/d", "MMbopd", "MMBbl/d"),
    ),
    (_THOUSAND, "bpd"): (*_cases("kb/d", "kbpd", "kbd", "kbbl/d", "kbopd"), "tb/d", "Kb/d"),
    # barrels: the IEA's "mb" is the US industry's thousand ("MBbl"): only "mm" and "k" are read
    (_MILLION, "barrels"): (*_cases("mmbbl", "mmbbls"), "MMbbl", "MMBbl", "MMbbls", "MMBbls"),
    (_THOUSAND, "barrels"): _cases("kbbl", "kbbls"),
    # barrels of oil equivalent, a day and in all
    (_MILLION, "boe per day"): (*_cases("mmboe/d", "mmboepd", "mmboed"), "MMboe/d", "MMboepd"),
    (_THOUSAND, "boe per day"): _cases("kboe/d", "kboepd", "kboed"),
    (_MILLION, "boe"): (*_cases("mmboe"), "MMboe", "MMBoe"),
    (_THOUSAND, "boe"): _cases("kboe"),
    # cubic feet of gas, in all and a day (standard cubic feet, "scf", are cubic feet)
    (_THOUSAND, "cubic feet"): (*_cases("mcf"), "Mcf"),
    (_MILLION, "cubic feet"): (*_cases("mmcf", "mmscf"), "MMcf", "MMscf"),
    (_BILLION, "cubic feet"): (*_cases("bcf"), "Bcf"),
    (_TRILLION, "cubic feet"): (*_cases("tcf"), "Tcf"),
    (_THOUSAND, "cubic feet per day"): (*_cases("mcf/d", "mcfd"), "Mcf/d", "Mcfd"),
    (_MILLION, "cubic feet per day"): (
        *_cases("mmcf/d", "mmcfd", "mmscf/d", "mmscfd"),
        *("MMcf/d", "MMcfd", "MMscf/d", "MMscfd"),
    ),
    (_BILLION, "cubic feet per day"): (*_cases("bcf/d", "bcfd"), "Bcf/d", "Bcfd"),
    # cubic metres of gas: the gas press's "mcm" a million (the IEA's and Reuters' "mcm/d"; only
    # in small letters: "Mcm" is the US industry's thousand) and "mm" a million in every usage,
    # India's "MMSCMD" (million standard cubic metres a day) among them; "tcm" is in AMBIGUOUS
    (_MILLION, "cubic metres"): ("mcm", *_cases("mmcm", "mmscm"), "MMcm", "MMscm"),
    (_MILLION, "cubic metres per day"): (
        "mcm/d",
        *_cases("mmcm/d", "mmcmd", "mmscm/d", "mmscmd"),
        *("MMcm/d", "MMcmd", "MMscm/d", "MMscmd"),
    ),
    # tonnes: the SI's kilotonne (the "Mt" of a million, or of metric tons, is in AMBIGUOUS);
    # "MMT" and "MMt" of a million are read by units.py; a million tonnes a year as the USDA's
    # "MMT" writes it
    (_THOUSAND, "tonnes"): ("kt", "Kt", "KT"),
    (_THOUSAND, "tonnes a year"): _cases("ktpa", "kta"),
    (_MILLION, "tonnes a year"): (*_cases("mmtpa"), "MMtpa"),
}

SCALED: dict[str, tuple[int, str]] = {
    spelling: reading for reading, spellings in _READINGS.items() for spelling in spellings
}
"""A spelling exactly as printed -> (power of ten, the unit's words the grammar reads)."""

_BARRELS_BOTH = (
    "a million barrels a day in OPEC's, the IEA's and much of the press's usage and a thousand in "
    "the US industry's (M, a Roman thousand, as in the EIA's 'Mb/d'): write 'million barrels a "
    "day' (or 'mb/d') or 'thousand barrels a day' (or 'kb/d')"
)
AMBIGUOUS: dict[str, str] = {
    **dict.fromkeys(("mb/d", "mbpd", "mbd", "mbbl/d", "mbopd"), _BARRELS_BOTH),
    **dict.fromkeys(
        ("mb", "mbbl", "mbbls"),
        "a million barrels in the IEA's usage and a thousand in the US industry's ('MBbl'), or "
        "megabytes: write 'million barrels' or 'thousand barrels'",
    ),
    **dict.fromkeys(
        ("mboe", "mboe/d", "mboepd", "mboed"),
        "a thousand barrels of oil equivalent in the US industry's usage ('Mboe') and a million "
        "in other reports: write 'million boe' or 'thousand boe'",
    ),
    "mbtu": "a thousand Btu in the US industry's usage and a million in others': write 'MMBtu' "
    "(a million) or 'thousand Btu'",
    **dict.fromkeys(
        ("mcm", "mcm/d"),
        "a million cubic metres in the gas press's usage (the IEA's, Reuters') and a thousand in "
        "the US industry's (M, a Roman thousand, as in 'Mcf'): write 'million cubic metres' (or "
        "'mcm') or 'thousand cubic metres'",
    ),
    **dict.fromkeys(
        ("tcm", "tcm/d"),
        "a thousand cubic metres in gas prices' usage ('$250 per tcm') and a trillion in "
        "reserves' (BP's Statistical Review): write 'thousand cubic metres' or 'trillion cubic "
        "metres'",
    ),
    **dict.fromkeys(
        ("mtpa", "mtpy"),
        "a million tonnes a year in the LNG trade's usage and metric tonnes a year in others': "
        "write 'million tonnes a year' or 'tonnes a year'",
    ),
}
"""Spellings (in small letters: any case not in :data:`SCALED`) whose scale the trades read two
ways, a thousand times apart: never read, the claim's note says which words to write."""


def scaled(word: str) -> tuple[int, str] | None:
    """The power of ten and the unit's words of a trade's abbreviation as printed ("mb/d": 6 and
    "bpd"), or ``None``."""
    return SCALED.get(word)
