"""Unit and currency words, and the pint registry behind them.

Lookup is lexical and cheap (a dict), so reading a claims file does not start pint. The registry is
built on first use from a few ``define()`` calls instead of pint's full definitions file, whose
loading alone costs about as much as importing typer, rich and pint together.

pint has no currencies. Each currency is defined here as a base unit of its own dimension
(``KZT = [currency_KZT]``), so converting tenge to dollars without a declared rate raises pint's
``DimensionalityError`` instead of producing a number. Rates are never stored in the registry: the
checks take them from the article's own pairs or from declared references.

User text never reaches pint's string parser: words are looked up in the tables below and the registry
is only asked for unit names written in this module.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from msgspec import Struct

from aktobe_facts.reading.cldrnames import NAMES as _CLDR_NAMES  # generated data only
from aktobe_facts.reading.cldrplaces import PLACES as _CLDR_PLACES  # generated data only
from aktobe_facts.reading.cldrsigns import SIGNS as CLDR_SIGNS
from aktobe_facts.reading.cldrtable import CURRENCIES as _CLDR_CURRENCIES
from aktobe_facts.reading.cldrtable import SHARED_WORDS as _CLDR_SHARED
from aktobe_facts.reading.cldrtable import TABLE_NAMES as _CLDR_TABLE_NAMES
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.tradeunits import AMBIGUOUS as TRADE_AMBIGUOUS

if TYPE_CHECKING:
    import pint


class UnitSpec(Struct, frozen=True):
    """A unit as the tool knows it: its pint name, its kind, and how to print it."""

    key: str  # the pint unit name, an ISO 4217 code for a currency, the words of a counted noun
    # currency, percent, points, length, area, mass, time, volume, energy, capacity, count
    kind: str
    label: str  # how a report prints it after a number
    noun: bool = False  # a counted noun after "per" ("per job created"), a dimension of its own

    @property
    def is_currency(self) -> bool:
        return self.kind == "currency"


# ISO code -> (label, words and signs that name it). "$" alone is read as the US dollar, the usual
# meaning in English-language news; a file can map other words with [currencies].
_CURRENCIES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    # code: (label, prefix signs, words)
    "KZT": ("tenge", ("₸", "KZT"), ("tenge", "kzt", "₸", "kazakh tenge")),
    "USD": (
        "US$",
        ("US$", "US $", "U.S.$", "U.S. $", "USD", "$"),
        # "U.S.dollars" glued, as a wire's copy prints it (twenty-seventh session)
        (
            "usd",
            "us$",
            "dollar",
            "dollars",
            "us dollar",
            "us dollars",
            "u.s. dollars",
            "u.s. dollar",
            "u.s.dollars",
        ),
    ),
    "EUR": ("euros", ("€", "EUR"), ("eur", "euro", "euros", "€")),
    "RUB": (
        "rubles",
        ("₽", "RUB"),
        ("rub", "ruble", "rubles", "rouble", "roubles", "₽", "russian ruble", "russian rubles"),
    ),
    "UZS": (
        "soums",
        ("UZS",),
        ("uzs", "soum", "soums", "sum", "sums", "uzbek soum", "uzbek soums"),
    ),
    "KGS": ("soms", ("KGS",), ("kgs", "som", "soms", "kyrgyz som", "kyrgyz soms")),
    "GBP": ("pounds", ("£", "GBP"), ("gbp", "pound", "pounds", "pounds sterling", "£")),
    "CNY": ("yuan", ("CN¥", "CNY", "RMB"), ("cny", "yuan", "rmb", "renminbi", "chinese yuan")),
    "JPY": ("yen", ("¥", "JPY"), ("jpy", "yen", "¥", "japanese yen")),
    # "Rs"/"Rs." is the rupee of India, Pakistan, Sri Lanka and Nepal: read as INR, the usual
    # meaning (as "rupee"), unless the file's [settings] currencies maps it ({ "rs" = "PKR" })
    "INR": (
        "rupees",
        ("₹", "INR", "Rs", "Rs."),
        ("inr", "rupee", "rupees", "₹", "indian rupee", "indian rupees"),
    ),
    "UAH": (
        "hryvnias",
        ("₴", "UAH"),
        ("uah", "hryvnia", "hryvnias", "₴", "ukrainian hryvnia", "ukrainian hryvnias"),
    ),
    # "TL" is the Turkish press's sign ("TL 109.5 billion"); as every sign of letters, it is read
    # only in capitals, as a word of its own, before a number
    "TRY": (
        "lira",
        ("₺", "TRY", "TL"),
        ("try", "lira", "liras", "₺", "turkish lira", "turkish liras", "turkish lire"),
    ),
    "GEL": ("lari", ("₾", "GEL"), ("gel", "lari", "₾", "georgian lari")),
    "AZN": (
        "manats",
        ("₼", "AZN"),
        ("azn", "manat", "manats", "₼", "azerbaijani manat", "azerbaijani manats"),
    ),
    "CHF": ("Swiss francs", ("CHF",), ("chf", "swiss franc", "swiss francs")),
    "CAD": ("C$", ("C$", "CA$", "CAD"), ("cad", "canadian dollar", "canadian dollars")),
    "AUD": ("A$", ("A$", "AU$", "AUD"), ("aud", "australian dollar", "australian dollars")),
    # A bare word that names two currencies of comparable use is left out: "krone" (Danish or
    # Norwegian), "krona" (Swedish or Icelandic), "peso", "dong", "real" (an English word) and "won"
    # (the grammar reads running text too, where "of the 12, 7 won seats" would be 7 won).
    # Otherwise a word goes to its usual meaning in economic news, as "pound" and "$" do:
    # "manat" stays AZN, "pound" GBP, "rupee" INR.
    "AMD": ("drams", ("֏", "AMD"), ("dram", "drams", "armenian dram", "armenian drams")),
    "MNT": (
        "tugriks",
        ("₮", "MNT"),
        ("tugrik", "tugriks", "tögrög", "tögrögs", "togrog", "togrogs", "mongolian tugrik"),
    ),
    "TJS": ("somoni", ("TJS",), ("somoni", "somonis", "tajik somoni")),
    "TMT": ("Turkmen manats", ("TMT",), ("turkmen manat", "turkmen manats")),
    "BYN": (
        "Belarusian rubles",
        ("BYN",),
        ("belarusian ruble", "belarusian rubles", "belarusian rouble", "belarusian roubles"),
    ),
    "PLN": ("zlotys", ("PLN",), ("zloty", "zlotys", "zlotych", "złoty", "złotys", "zł")),
    "CZK": (
        "korunas",
        ("CZK",),
        ("koruna", "korunas", "koruny", "czech koruna", "kč", "czech crown", "czech crowns"),
    ),
    "HUF": ("forints", ("HUF",), ("forint", "forints", "hungarian forint")),
    # a bare "leu"/"lei" is read as Romanian; a draft maps it by the country the article names
    # (aktobe_facts.text.draftcurrency writes `[settings] currencies`)
    "RON": ("lei", ("RON",), ("leu", "lei", "romanian leu", "romanian lei")),
    "MDL": ("Moldovan lei", ("MDL",), ("moldovan leu", "moldovan lei")),
    # "crowns", as wire services write the krona, the krone and the koruna in English
    "SEK": (
        "Swedish kronor",
        ("SEK",),
        ("kronor", "swedish krona", "swedish kronor", "swedish crown", "swedish crowns"),
    ),
    "NOK": (
        "Norwegian kroner",
        ("NOK",),
        ("norwegian krone", "norwegian kroner", "norwegian crown", "norwegian crowns"),
    ),
    "DKK": (
        "Danish kroner",
        ("DKK",),
        ("danish krone", "danish kroner", "danish crown", "danish crowns"),
    ),
    "KRW": ("won", ("₩", "KRW"), ("korean won", "south korean won")),
    "BRL": ("reais", ("R$", "BRL"), ("reais", "brazilian real", "brazilian reais")),
    "MXN": ("Mexican pesos", ("MXN",), ("mexican peso", "mexican pesos")),
    "ZAR": ("rand", ("ZAR",), ("rand", "rands", "south african rand")),
    "AED": ("dirhams", ("AED",), ("dirham", "dirhams", "uae dirham", "emirati dirham")),
    "SAR": ("riyals", ("SAR",), ("riyal", "riyals", "saudi riyal", "saudi riyals")),
    "ILS": ("shekels", ("₪", "ILS", "NIS"), ("shekel", "shekels", "new shekels", "sheqalim")),
    "EGP": (
        "Egyptian pounds",
        ("EGP", "LE", "L.E.", "E£"),
        ("egyptian pound", "egyptian pounds"),
    ),
    "PKR": ("Pakistani rupees", ("PKR",), ("pakistani rupee", "pakistani rupees")),
    # "KSh", "TSh", "USh" name one shilling each; a bare "Sh" or "shilling(s)" is in SHARED
    "KES": (
        "Kenyan shillings",
        ("KES", "KSh", "Ksh", "Ksh.", "KShs", "Kshs"),
        ("kenyan shilling", "kenyan shillings", "kenya shilling", "kenya shillings"),
    ),
    "TZS": (
        "Tanzanian shillings",
        ("TZS", "TSh", "Tsh", "TShs"),
        ("tanzanian shilling", "tanzanian shillings", "tanzania shilling", "tanzania shillings"),
    ),
    "UGX": (
        "Ugandan shillings",
        ("UGX", "USh", "Ush", "UShs"),
        ("ugandan shilling", "ugandan shillings", "uganda shilling", "uganda shillings"),
    ),
    # "₦" only: an "N" before a number is too often something else ("N1" a road, "N95" a mask)
    "NGN": ("naira", ("₦", "NGN"), ("naira", "nairas", "nigerian naira", "₦")),
    "LKR": ("Sri Lankan rupees", ("LKR",), ("sri lankan rupee", "sri lankan rupees")),
    "NPR": (
        "Nepalese rupees",
        ("NPR",),
        ("nepalese rupee", "nepalese rupees", "nepali rupee", "nepali rupees"),
    ),
    "IDR": ("rupiah", ("IDR",), ("rupiah", "rupiahs", "indonesian rupiah")),
    "MYR": ("ringgit", ("MYR",), ("ringgit", "ringgits", "malaysian ringgit")),
    "THB": ("baht", ("฿", "THB"), ("baht", "thai baht")),
    # "VNĐ": the code as Vietnamese papers print it in English, with the letter Đ of "đồng"
    # ("VNĐ165.7 trillion", "204 trillion VNĐ")
    "VND": ("Vietnamese dong", ("₫", "VND", "VNĐ"), ("vietnamese dong", "vnđ")),
    "PHP": ("Philippine pesos", ("₱", "PHP"), ("philippine peso", "philippine pesos")),
}

NOT_BARE = frozenset(
    {"gold", "mark", "marks", "real", "reals", "sol", "won", "afghani", "afghanis"}
)
"""The last words of CLDR names that a number is followed by in another sense in English news
("won 5 gold", "the 100 billion mark", "5 Afghanis", "real"): those currencies (the Zimbabwe
gold, the convertible mark, the real, the sol, the won, the afghani) are read by their full names
("Peruvian soles") and codes, never by the bare word."""

_CODES_NOT_SIGNS = frozenset({"ALL", "BAM", "BOB", "CUP", "MAD", "MOP", "PEN", "SOS", "TOP"})
"""ISO codes of the CLDR's currencies that are English words in capitals ("TOP 10 EXPORTERS",
"ALL 5 REGIONS"): not read as a sign before a number in running text; after a number, and as a
stated value's sign, any code is read."""


CldrTable = tuple[
    dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]],
    dict[str, tuple[str, ...]],
    dict[str, str],
]


def cldr_currencies(names: Mapping[str, tuple[str, ...]]) -> CldrTable:
    """From the CLDR's English names of the currencies some territory uses today (``names``,
    :mod:`reading.cldrnames`), the currencies the table above does not hold, as the table writes
    them: (label, signs, words) by code, with their code as a sign and their names as words
    ("Ghanaian cedi", "Ghanaian cedis"), and the last word of a name ("cedis") bare when it names
    that currency alone. Second, the bare words that name several of the CLDR's currencies
    ("dinars", "francs", "pesos") and that the table does not read by a usual meaning: words of
    several currencies, like :data:`SHARED`. Third, the names of the table's own currencies that
    it does not write ("Israeli new shekels"). Words in lower case, as the lookup keys them.

    scripts/cldr_signs.py writes the result into :mod:`reading.cldrtable`, so that no run pays for
    it (about 1 ms a process); a test checks that the two agree."""
    table_words = {_norm(w) for _label, _signs, words in _CURRENCIES.values() for w in words}
    named_by: dict[str, set[str]] = {}
    for code, both in names.items():
        for name in both:
            named_by.setdefault(name.split()[-1].lower(), set()).add(code)
    added: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {}
    table_names: dict[str, str] = {}
    for code, (one, several) in names.items():
        if code in _CURRENCIES:
            for name in (one, several):
                if _norm(name) not in table_words:
                    table_names.setdefault(_norm(name), code)
            continue
        words = [code.lower(), _norm(one), _norm(several)]
        for name in (one, several):
            bare = name.split()[-1].lower()
            if bare != name.lower() and len(named_by[bare]) == 1 and bare not in NOT_BARE:
                words.append(bare)
        signs = () if code in _CODES_NOT_SIGNS else (code,)
        added[code] = (several, signs, tuple(dict.fromkeys(words)))
    shared = {
        word: tuple(sorted(codes))
        for word, codes in sorted(named_by.items())
        if len(codes) > 1 and word not in table_words and word not in NOT_BARE
    }
    return added, shared, table_names


_KNOWN = {**_CURRENCIES, **_CLDR_CURRENCIES}

SHARED: dict[str, tuple[str, ...]] = {
    **_CLDR_SHARED,
    "shilling": ("KES", "TZS", "UGX"),
    "shillings": ("KES", "TZS", "UGX"),
    "crown": ("CZK", "DKK", "ISK", "NOK", "SEK"),
    "crowns": ("CZK", "DKK", "ISK", "NOK", "SEK"),
    # both CFA francs as the press writes them after a figure ("163 billion CFA francs", "43.6
    # billion CFA", "12.6 billion Fcfa"), beside the CLDR's "West African CFA francs"
    **dict.fromkeys(("cfa franc", "cfa francs", "cfa", "cfaf", "fcfa"), ("XAF", "XOF")),
    # the Latvian lats (LVL, the currency until 2014, which the CLDR's names leave out): a word
    # of anatomy too, read where the article names Latvia ("50 million lats")
    "lats": ("LVL",),
}
"""Words of several currencies of comparable use, read only through a file's ``[settings]
currencies`` (``{ "shillings" = "KES" }``, ``{ "dinars" = "TND" }``), as "won" is not read bare:
the last words of the CLDR's names that several currencies share ("dinar", "franc", "peso",
"rial", "kwacha", "krone"), unless the table reads one by its usual meaning ("dollar", "pound",
"rupee", "riyal", "dirham")."""

PRESS_SIGNS: dict[str, tuple[str, ...]] = {
    # the Latin letter a sign is drawn from, as papers without the glyph type it: ₦ is an N with
    # two strokes ("N15.35tn" in Lagos), ₱ a P with two ("P1.14 trillion" in Manila)
    "N": ("NGN",),
    "P": ("PHP",),
    # the rupee sign of Nepal's and Sri Lanka's English-language press, which CLDR gives only in
    # the countries' own scripts (and as "Rs." for Sri Lanka)
    "Rs": ("NPR", "LKR"),
    # the shilling's sign in Kenya, Tanzania and Uganda alike ("Sh122.9 billion"), and its plural
    # as the Ugandan press prints it ("Shs264 billion")
    "Sh": ("KES", "TZS", "UGX"),
    "Shs": ("KES", "TZS", "UGX"),
    # ... and in lower case, as Uganda's press also glues it ("shs900.81 billion", "sh191
    # billion" in allAfrica's report of the revenue authority's half year, 2022)
    "sh": ("KES", "TZS", "UGX"),
    "shs": ("KES", "TZS", "UGX"),
    # the Swiss franc's sign in the style of swissinfo and The Economist ("SFr1.57 billion")
    "SFr": ("CHF",),
    # the cedi's sign as Ghana's press types it, with the cent sign (the CLDR's is "GH₵"), and
    # the taka's in Bangladesh's English-language press (the CLDR's is "৳")
    "GH¢": ("GHS",),
    # ... and the cent sign alone, as Ghana's press also types the cedi ("The domestic debt went
    # up from ¢190.1 billion in June 2022" in Pulse Ghana): read only where the article names
    # Ghana, as every sign here (elsewhere it is a cent, "99¢")
    "¢": ("GHS",),
    "Tk": ("BDT",),
    # the cedi's old code (of the cedi before 2007) that Ghana's press still prints for the cedi
    # ("GHC 4.5 billion", "GHC4.5bn"), and the Omani rial's sign of Oman's press ("RO1.146
    # billion", "RO 1.2 million" in the Times of Oman; the CLDR gives none)
    "GHC": ("GHS",),
    # ... and as Ghana's press also types it, in mixed case ("Ghc39,952.6 million" in Modern
    # Ghana's report of the statistics service's GDP figures)
    "Ghc": ("GHS",),
    "RO": ("OMR",),
    # the rial's sign with its letters the other way round, as the Middle East Economic Survey
    # prints it ("OR4.37bn ($11.36bn)"): read where the article names Oman, as "RO"
    "OR": ("OMR",),
    # both CFA francs, West and Central African, as the press of both zones writes them (the
    # CLDR gives it to the Central African alone, and "F CFA" to the West African)
    "FCFA": ("XAF", "XOF"),
    "CFAF": ("XAF", "XOF"),  # the IMF's and the English-language press's ("CFAF 163 billion")
    "CFA": ("XAF", "XOF"),  # glued to the figure, as Togo First prints it ("CFA1,975.5 billion")
    # ... and as the Economist Intelligence Unit's house style writes it ("CFAfr1,326bn")
    "CFAfr": ("XAF", "XOF"),
    # the dinar's sign of Jordan's press ("JD1.5 billion") and the riyal's of the Saudi press
    # ("SR26.8 billion"; the CLDR gives "SR" to the Seychellois rupee)
    "JD": ("JOD",),
    "SR": ("SAR",),
    # the Trinidad and Tobago and the Guyanese dollars as their press and the region's print them
    # ("TT$63.04bn", "GY$359.34 billion"; the CLDR gives them "$" alone)
    "TT$": ("TTD",),
    "GY$": ("GYD",),
    # the riyal's sign of Qatar's press ("QR40.7bn"), and the ngultrum's of Bhutan's without the
    # CLDR's full stop ("Nu 36 billion", "Nu 127M")
    "QR": ("QAR",),
    "Nu": ("BTN",),
    # the kwacha's sign in Malawi's press ("K32.1 billion" in Malawi24; the CLDR gives "MK"),
    # beside the CLDR's "K" of Myanmar, Papua New Guinea and Zambia: read where Malawi is named
    "K": ("MWK",),
    # the dirham's sign in the press of the United Arab Emirates ("Dh9.1 billion" in Gulf News,
    # "Dhs" in the Khaleej Times) and of Morocco ("DH", "Dhs" in Morocco World News): a sign of
    # two currencies, read where the article names the country (CLDR gives neither a sign)
    "Dh": ("AED", "MAD"),
    "Dhs": ("AED", "MAD"),
    "DH": ("AED", "MAD"),
    # the dinar's sign in Bahrain's press ("BD2.83bn"; the CLDR gives none), and the Slovak
    # koruna's (SKK, the currency until 2009: "Sk134 billion", the CLDR keeps no sign of it):
    # read where the article names the country
    "BD": ("BHD",),
    # the Kuwaiti dinar's sign in Kuwait's English-language press ("KD 11.9 million" in the Arab
    # Times, "KD1.2 billion" glued; the CLDR gives none): read where the article names Kuwait
    "KD": ("KWD",),
    "Sk": ("SKK",),
    # the Cayman Islands dollar as the islands' press prints it ("CI$260 million"; the CLDR
    # gives it "$" alone), and the new leone of Sierra Leone since 2022 ("NLe23.5 billion"; the
    # CLDR gives "Le")
    "CI$": ("KYD",),
    "NLe": ("SLE",),
    # the Namibian dollar as Namibia's press prints it ("N$3.9 billion" in The Namibian and the
    # Namibia Economist; the CLDR gives it "$" alone)
    "N$": ("NAD",),
    # the baht as Thailand's English-language press types it ("Bt678.62 billion" in The Nation,
    # "B92.47 billion"; the CLDR gives "฿"): the one letter read where Thailand is named
    "Bt": ("THB",),
    "B": ("THB",),
    # the US dollar's sign typed in lower case ("us$1.135 billion" in Today Nicaragua)
    "us$": ("USD",),
    # the Singapore dollar as Singapore's press and the wires print it ("S$26.8 billion" in
    # Reuters and The Straits Times; the CLDR gives it "$" alone)
    "S$": ("SGD",),
    # the tala as Samoa's press prints it ("ST$949.5 million" in Talamua; the CLDR gives "WS$")
    "ST$": ("WST",),
    # the Nordic crowns as the business press prints them before the figure ("DKr32.1bn" in
    # Recharge, "Dkr3.6bn", "DKR1.6 billion" in Retail Banker International; "SKr", "NKr"
    # likewise; the CLDR gives "kr." and "kr", which name several)
    "DKr": ("DKK",),
    "Dkr": ("DKK",),
    "DKR": ("DKK",),
    "SKr": ("SEK",),
    "NKr": ("NOK",),
    # the Serbian dinar's sign of Serbia's English-language business press ("a budget deficit of
    # DIN 3 bln", "DIN 238.7 bln" in Serbia Monthly; the CLDR gives "RSD" and "din.")
    "DIN": ("RSD",),
}
"""Signs the press prints that the CLDR does not list for these currencies."""


def _sign_codes() -> dict[str, tuple[str, ...]]:
    """Every sign before a number the tool knows (the table's, CLDR's, the press's), with every
    currency written with it; a sign and its form with a full stop ("Rs", "Rs.") are one."""
    found: dict[str, set[str]] = {}
    for code, (_label, signs, _words) in _KNOWN.items():
        for sign in signs:
            found.setdefault(sign, set()).add(code)
    for sign, codes in (*CLDR_SIGNS.items(), *PRESS_SIGNS.items()):
        found.setdefault(sign, set()).update(codes)
    for sign in list(found):
        bare = sign.removesuffix(".")
        if bare != sign and bare in found:
            found[sign] |= found[bare]
            found[bare] |= found[sign]
    # the code of a currency written with a dollar sign, then the sign, as the Pacific's press
    # prints it ("USD$601 billion", "TOP$9 billion" of the pa'anga, whose sign is "T$")
    dollars = {code for sign, codes in found.items() if "$" in sign for code in codes}
    for code in sorted(dollars & set(_KNOWN)):  # sorted: one order in every run
        found.setdefault(code + "$", set()).add(code)
    # ... and its country's two letters alone, which open every such code (ISO 4217 builds a
    # code on the ISO 3166 letters of its country), then the sign, as a territory's own offices
    # print it ("KY$403.2 million" of the Cayman Islands, "BZ$", "JM$", "FJ$"); not a code of no
    # country ("XCD": "XC" names none) and not two letters another currency's sign already is
    for code in sorted(dollars & set(_KNOWN)):
        if not code.startswith("X"):
            found.setdefault(code[:2] + "$", {code})
    return {sign: tuple(sorted(codes)) for sign, codes in found.items()}


_SIGN_CODES = _sign_codes()
_TABLE_SIGNS = frozenset(sign for _label, signs, _words in _KNOWN.values() for sign in signs)


def _read_everywhere(sign: str, code: str) -> bool:
    """Whether a sign of one currency, from the CLDR or the press, is read before a number in any
    text. A currency symbol of one character ("৳", "₲"); of a currency the table above holds, any
    sign of two characters or more ("Rp", "Ft");
    of the CLDR's other currencies, a sign with a currency symbol in it ("GH₵", "NT$", "₡") or of
    three characters or more ("FCFA", "Lekë"): two capitals ("KM", "FC", "DA", "SR") are as often
    a road's kilometre, a club or an office as the Bosnian mark, the Congolese franc, the Algerian
    dinar or the Seychellois rupee, so these are read as the one-letter signs are, through
    ``[settings] currencies`` (which a draft writes when the article names the country)."""
    if code not in _KNOWN:
        return False
    if len(sign) == 1:
        # "₡", "₲", "৳": a symbol, never a letter of a name; never the cent sign, a hundredth of
        # every dollar ("99¢") before it is Ghana's press's cedi
        return _is_symbol(sign) and sign != "¢"
    if code in _CURRENCIES or any(map(_is_symbol, sign)):
        return True
    return len(sign) > 2 and not sign.islower()  # "den" (the denar's) is a word too


def _is_symbol(char: str) -> bool:
    # the CLDR's signs are kept only of Latin letters, full stops and currency symbols
    # (scripts/cldr_signs.py), as the press's are written: what is neither letter nor stop is a
    # symbol (unicodedata would say so too, but costs the seed's run an import)
    return not char.isalpha() and char != "."


CLDR_PREFIXES: dict[str, str] = {
    sign: codes[0]
    for sign, codes in _SIGN_CODES.items()
    if sign not in _TABLE_SIGNS and len(codes) == 1 and _read_everywhere(sign, codes[0])
}
"""Signs of one currency from the CLDR or the press that the tables above do not write ("Rp",
"RM", "Ft", "GH₵", "GH¢"): read everywhere, as the table's own."""
MILLION_SIGNS: dict[str, tuple[str, ...]] = {
    "MD": ("DZD", "TND"),
    "MDT": ("TND",),
    "MTD": ("TND",),
    "MDA": ("DZD",),
    "MDH": ("MAD",),
}
"""A million of a currency in one sign, as the press of the Maghreb prints it before or after the
figure: "MD 1,200" and "1,200 MD" (a million dinars, Tunisian or Algerian), "MDT" and "MTD"
(Tunisian), "MDA" (Algerian), "MDH" (Moroccan dirhams). Read, as the signs of several currencies
are, only through ``[settings] currencies`` (``{ "md" = "TND" }``), which a draft writes where the
article names the country; the sign then gives the figure its million
(:func:`aktobe_facts.reading.numbers.parse`)."""
SHARED_SIGNS: dict[str, tuple[str, ...]] = {
    **{
        sign: codes
        for sign, codes in _SIGN_CODES.items()
        if sign not in _TABLE_SIGNS and sign not in CLDR_PREFIXES
    },
    **MILLION_SIGNS,
}
"""Signs of several currencies, or of one letter ("N", "P", "R", "L", "kr", "Br", "Sh"), that no
currency of the table owns: read only through a file's ``[settings] currencies`` (``{ "n" =
"NGN" }``). In running text a one-letter sign is money only before an amount that looks like
one: a scale ("N15.35tn") or thousands separators ("P1,500"); "N95", "N1 road", "P5" stay
numbers."""
USUAL_SIGNS: dict[str, tuple[str, ...]] = {
    sign: codes for sign, codes in _SIGN_CODES.items() if sign in _TABLE_SIGNS and len(codes) > 1
}
"""Signs the table reads as one currency by their usual meaning in English-language news that
other currencies are written with too ("$", "£", "¥", "Rs", "C$"): read as the table says unless
``[settings] currencies`` maps them."""


def own_signs(code: str) -> tuple[str, ...]:
    """The signs of ``code`` alone with two letters or more, other than the code, read
    everywhere ("KSh", "Ksh.", "Kshs" of the Kenyan shilling): an article that prints one before
    an amount names that currency. A press sign read only where its country is named ("QR" of
    the Qatari riyal: :data:`SHARED_SIGNS`) names nothing."""
    return tuple(
        sign
        for sign, codes in _SIGN_CODES.items()
        if codes == (code,)
        and sign != code
        and sign not in SHARED_SIGNS
        and sum(c.isalpha() for c in sign) >= 2
    )


_SHARED_BY_FIRST: dict[str, list[str]] = {}
for _shared in sorted(SHARED_SIGNS, key=len, reverse=True):
    _SHARED_BY_FIRST.setdefault(_shared[0], []).append(_shared)

# pint name -> (kind, label, words). The pint definitions live in _DEFINITIONS.
_UNITS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "percent": (
        "percent",
        "percent",
        ("percent", "per cent", "%", "pct", "pc", "por ciento", "por cento", "pour cent"),
    ),
    "percentage_point": (
        "points",
        "percentage points",
        ("percentage points", "percentage point", "pp", "p.p.", "pp.", "points", "point"),
    ),
    "meter": ("length", "meters", ("m", "meter", "meters", "metre", "metres")),
    "kilometer": ("length", "km", ("km", "kilometer", "kilometers", "kilometre", "kilometres")),
    "mile": ("length", "miles", ("mile", "miles", "mi")),
    "square_meter": (
        "area",
        "square meters",
        (
            "square meter",
            "square meters",
            "square metre",
            "square metres",
            "sq m",
            "sq. m",
            "sq.m",
            "sqm",
            # the area's word after the abbreviation, whose full stop a reader must not take for
            # a sentence's end ("2,400 sq. meters")
            "sq meter",
            "sq meters",
            "sq metre",
            "sq metres",
            "sq. meter",
            "sq. meters",
            "sq. metre",
            "sq. metres",
            "m²",
            "m2",
        ),
    ),
    "square_kilometer": (
        "area",
        "km²",
        (
            "square kilometer",
            "square kilometers",
            "square kilometre",
            "square kilometres",
            "sq km",
            "sq. km",
            "sq kilometer",
            "sq kilometers",
            "sq kilometre",
            "sq kilometres",
            "sq. kilometer",
            "sq. kilometers",
            "sq. kilometre",
            "sq. kilometres",
            "km²",
            "km2",
        ),
    ),
    "hectare": ("area", "hectares", ("hectare", "hectares", "ha")),
    "acre": ("area", "acres", ("acre", "acres")),
    "tonne": ("mass", "tonnes", ("tonne", "tonnes", "ton", "tons", "metric tons", "t")),
    # a million tonnes by a symbol of one reading (see _CASED_UNITS): "MMT", million metric tons
    # (the USDA's reports); "mt", "MT" and "Mt" are not read
    "megatonne": ("mass", "million tonnes", ()),
    # an ounce in economic news is a troy ounce: gold, silver and platinum are weighed in them
    "troy_ounce": (
        "mass",
        "troy ounces",
        ("troy ounce", "troy ounces", "ounce", "ounces", "oz", "oz t", "ozt", "troy oz"),
    ),
    "kilogram": (
        "mass",
        "kg",
        ("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"),
    ),
    "year": ("time", "years", ("year", "years")),
    "month": ("time", "months", ("month", "months")),
    "week": ("time", "weeks", ("week", "weeks")),
    "day": ("time", "days", ("day", "days")),
    "cubic_meter": (
        "volume",
        "cubic meters",
        ("cubic meter", "cubic meters", "cubic metre", "cubic metres", "m³", "m3"),
    ),
    # natural gas by the billion cubic metres, the trade's own symbol: "99bcm", "12.5 bcm"
    "billion_cubic_meter": ("volume", "billion cubic meters", ("bcm",)),
    "liter": ("volume", "liters", ("liter", "liters", "litre", "litres", "l")),
    # natural gas is measured in cubic feet as often as in cubic meters ("1.2 billion cubic feet")
    "cubic_foot": ("volume", "cubic feet", ("cubic foot", "cubic feet", "cu ft")),
    "barrel": ("volume", "barrels", ("barrel", "barrels", "bbl", "bbls", "barrels of oil")),
    # a barrel of oil equivalent (oil and gas together, gas counted by its heat): a dimension of
    # its own, never barrels of oil, whose count it holds with the gas's
    "barrel_of_oil_equivalent": (
        "volume",
        "boe",
        ("boe", "barrel of oil equivalent", "barrels of oil equivalent"),
    ),
    # heat, as gas is priced ("$3.50/MMBtu"): the British thermal unit and a million of them, the
    # trade's "MMBtu" (M a Roman thousand, MM a million: reading/tradeunits.py names the sources)
    "btu": ("energy", "Btu", ("btu", "btus", "british thermal unit", "british thermal units")),
    "million_btu": ("energy", "MMBtu", ("mmbtu",)),
    # a kilogram of milk solids, the unit the dairy trade prices milk in ("NZ$6.25/kgMS",
    # Fonterra's farmgate milk price): a dimension of its own, never a kilogram of milk or of
    # butter, whose prices it would otherwise meet
    "kilogram_milk_solids": (
        "mass",
        "kgMS",
        (
            "kgms",
            "kg ms",
            *(
                f"{kg} {of}{solids}"
                for kg in ("kg", "kilo", "kilos", "kilogram", "kilograms")
                for of in ("", "of ")
                for solids in ("milk solids", "milksolids", "milk solid")
            ),
        ),
    ),
    "person": (
        "count",
        "people",
        (
            "person",
            "persons",
            "people",
            "capita",
            "inhabitant",
            "inhabitants",
            "resident",
            "residents",
        ),
    ),
    # a night of a stay ("an average stay of 8.5 nights"): counted, a dimension of its own (a
    # stay of three nights spans four days)
    "night": ("count", "nights", ("night", "nights")),
    # a port's containers in twenty-foot equivalent units ("1.25 million TEU", "TEUs"): a
    # capacity, a dimension of its own (a forty-foot box is two of them: boxes and TEU never meet)
    "teu": (
        "capacity",
        "TEU",
        ("teu", "teus", "twenty-foot equivalent unit", "twenty-foot equivalent units"),
    ),
    "megawatt": ("power", "MW", ("mw", "megawatt", "megawatts")),
    "megawatt_hour": (
        "energy",
        "MWh",
        ("mwh", "megawatt-hour", "megawatt-hours", "megawatt hours", "megawatt hour"),
    ),
    # electricity output and demand in the other sizes news writes them in ("4.17 trillion
    # kilowatt-hours", "168 TWh"), and capacity ("460 million kilowatts", "5 GW")
    "kilowatt_hour": (
        "energy",
        "kWh",
        ("kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours"),
    ),
    "gigawatt_hour": (
        "energy",
        "GWh",
        ("gwh", "gigawatt-hour", "gigawatt-hours", "gigawatt hour", "gigawatt hours"),
    ),
    "terawatt_hour": (
        "energy",
        "TWh",
        ("twh", "terawatt-hour", "terawatt-hours", "terawatt hour", "terawatt hours"),
    ),
    "kilowatt": ("power", "kW", ("kw", "kilowatt", "kilowatts")),
    "gigawatt": ("power", "GW", ("gw", "gigawatt", "gigawatts")),
    "terawatt": ("power", "TW", ("tw", "terawatt", "terawatts")),
    # a radio frequency, the name of a band of spectrum ("additional spectrum at 800MHz", "the
    # 2.6 GHz band"), a dimension of its own
    "hertz": ("frequency", "Hz", ("hz", "hertz")),
    "kilohertz": ("frequency", "kHz", ("khz", "kilohertz")),
    "megahertz": ("frequency", "MHz", ("mhz", "megahertz")),
    "gigahertz": ("frequency", "GHz", ("ghz", "gigahertz")),
}

_DEFINITIONS = (
    "meter = [length] = m",
    "kilometer = 1000 * meter = km",
    "mile = 1609344/1000 * meter",
    "square_meter = meter ** 2",
    "square_kilometer = kilometer ** 2",
    "hectare = 10000 * square_meter = ha",
    "acre = 40468564224/10000000 * square_meter",
    "kilogram = [mass] = kg",
    "tonne = 1000 * kilogram = t",
    "megatonne = 1000000 * tonne",
    "day = [time]",
    "year = 36525/100 * day",
    "month = year / 12",
    "week = 7 * day",
    "cubic_meter = meter ** 3",
    "liter = cubic_meter / 1000",
    "billion_cubic_meter = 1000000000 * cubic_meter",
    "barrel = 158987294928/1000000000000 * cubic_meter",  # 42 US gallons of 3.785411784 liters
    "barrel_of_oil_equivalent = [boe]",
    "kilogram_milk_solids = [milk_solids]",
    "troy_ounce = 311034768/10000000000 * kilogram",  # 31.1034768 grams
    "cubic_foot = 28316846592/1000000000000 * cubic_meter",  # (0.3048 m)³
    "teu = [teu]",
    "person = [count]",
    "night = [night]",
    "megawatt = [power]",
    "megawatt_hour = megawatt * day / 24",
    "kilowatt = megawatt / 1000",
    "gigawatt = 1000 * megawatt",
    "terawatt = 1000000 * megawatt",
    "kilowatt_hour = megawatt_hour / 1000",
    "gigawatt_hour = 1000 * megawatt_hour",
    "terawatt_hour = 1000000 * megawatt_hour",
    # the International Table's Btu, 1055.05585262 joules; a megawatt-hour is 3.6e9 joules
    "btu = 105505585262/360000000000000000 * megawatt_hour",
    "million_btu = 1000000 * btu",
    "hertz = [frequency]",
    "kilohertz = 1000 * hertz",
    "megahertz = 1000000 * hertz",
    "gigahertz = 1000000000 * hertz",
    "percent = 1/100",
    "percentage_point = 1/100",
)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _build_word_table() -> dict[str, UnitSpec]:
    table: dict[str, UnitSpec] = {}
    for code, (label, signs, words) in _CURRENCIES.items():
        spec = UnitSpec(code, "currency", label)
        for w in (*words, *signs):
            table[_norm(w)] = spec
    for code, (label, _signs, words) in _CLDR_CURRENCIES.items():  # in lower case already
        table.update(dict.fromkeys(words, UnitSpec(code, "currency", label)))
    for name, code in _CLDR_TABLE_NAMES.items():  # "israeli new shekels"
        table.setdefault(name, UnitSpec(code, "currency", _CURRENCIES[code][0]))
    for name, (kind, label, words) in _UNITS.items():
        spec = UnitSpec(name, kind, label)
        for w in words:
            table.setdefault(_norm(w), spec)
    return table


PRESS_WORDS: dict[str, str] = {
    # the plural the English-language press gives the Macedonian denar ("5.5 billion denars" in
    # Xinhua, the National Bank of the Republic of North Macedonia's English releases), where the
    # CLDR's is "denari"
    "denars": "MKD",
    "macedonian denars": "MKD",
    # the CFP franc of New Caledonia, French Polynesia and Wallis and Futuna as the Pacific's
    # press prints it after a figure ("22.5 billion CFP", "80 billion French Pacific Francs" in
    # Oceania Flash and the Pacific Islands Report), where the CLDR has "CFP franc" only
    "cfp": "XPF",
    "pacific franc": "XPF",
    "pacific francs": "XPF",
    "french pacific franc": "XPF",
    "french pacific francs": "XPF",
}
"""Currency words the press prints that the CLDR does not list, with their source."""


def _place_names() -> dict[str, str]:
    """A currency's name with its country's name for the adjective, as the press writes it
    ("Seychelles rupees", "Mauritius rupees", "Sri Lanka rupees"): the CLDR's English name of
    the one territory that uses the currency (:mod:`aktobe_facts.reading.cldrplaces`) before the
    last word of the CLDR's name of one unit and of several (and of the press's plural above).
    A currency of several territories (the euro, the CFA francs) gets none."""
    last_words: dict[str, set[str]] = {}
    for code, (_label, _signs, words) in _KNOWN.items():
        last_words.setdefault(code, set()).update(w.split()[-1] for w in words if " " in w)
    for name, code in _CLDR_TABLE_NAMES.items():
        last_words.setdefault(code, set()).add(name.split()[-1])
    for word, code in PRESS_WORDS.items():
        last_words.setdefault(code, set()).add(word.split()[-1])
    found: dict[str, str] = {}
    for code, last in last_words.items():
        places = _CLDR_PLACES.get(code, ())
        if len(places) != 1:
            continue
        for word in last:
            found[_norm(f"{places[0]} {word}")] = code
    return found


def _add_press_words(table: dict[str, UnitSpec]) -> None:
    for word, code in (*PRESS_WORDS.items(), *sorted(_place_names().items())):
        table.setdefault(word, UnitSpec(code, "currency", _KNOWN[code][0]))


_WORDS = _build_word_table()
_add_press_words(_WORDS)
_CASED_UNITS = {
    "MMT": "megatonne",
    "mmt": "megatonne",
    "MMt": "megatonne",
    "kgs": "kilogram",
    "Kgs": "kilogram",
}
"""Unit symbols read only in this case: "MMT" is million metric tons, where "mt", "MT" and even
the SI's megatonne "Mt" are million tonnes to some and metric tons to others
(:data:`AMBIGUOUS_UNITS`). "MMt" is the US industry's Roman "MM" (a million) before tonnes, as
the LNG trade prints it ("shipped 2.5MMt" beside its "10.1MMtpa",
:mod:`~aktobe_facts.reading.tradeunits`): one reading, as "MMT". "kgs" in small letters is the
press's plural of the kilogram ("1,500kgs of tea"), never the Kyrgyz som, whose code is written in
capitals ("KGS 1,500")."""


def _dollar_signs_reversed() -> dict[str, str]:
    """A dollar's sign with its letters after the "$", as the Pacific and Australian press write
    it ("$AUD202 million", "$US5 billion", "$NZ1.2 million"): "$" and the ISO code of each
    currency a sign of letters and "$" names ("A$", "NZ$"), and "$" and those letters."""
    signs = [
        *((sign, code) for code, (_label, own, _words) in _KNOWN.items() for sign in own),
        *CLDR_PREFIXES.items(),
    ]
    found: dict[str, str] = {}
    for sign, code in signs:
        m = re.fullmatch(r"([A-Z]{1,3})\$", sign)
        if m is None:
            continue
        found.setdefault("$" + code, code)
        if len(m.group(1)) > 1:  # "$A" alone is too short to be sure of
            found.setdefault("$" + m.group(1), code)
    return found


_PREFIXES: list[tuple[str, UnitSpec]] = sorted(
    (
        *(
            (sign, UnitSpec(code, "currency", label))
            for code, (label, signs, _words) in _KNOWN.items()
            for sign in signs
        ),
        *(
            (sign, UnitSpec(code, "currency", _KNOWN[code][0]))
            for sign, code in CLDR_PREFIXES.items()
        ),
        *(
            (sign, UnitSpec(code, "currency", _KNOWN[code][0]))
            for sign, code in _dollar_signs_reversed().items()
        ),
    ),
    key=lambda item: len(item[0]),
    reverse=True,
)
_PREFIXES_BY_FIRST: dict[str, list[tuple[str, UnitSpec]]] = {}
for _sign, _spec in _PREFIXES:  # longest first within each list, as in _PREFIXES
    _PREFIXES_BY_FIRST.setdefault(_sign[0], []).append((_sign, _spec))
_CODE_RE = re.compile(r"[A-Z]{3}")


AMBIGUOUS_UNITS: dict[str, str] = {
    "mt": "million tonnes in Indian usage and metric tons elsewhere: write 'million tonnes' (or "
    "'MMT') or 'tonnes'",
    **TRADE_AMBIGUOUS,
}
"""Unit abbreviations of two readings far apart (in small letters; a spelling of one reading
that :mod:`aktobe_facts.reading.tradeunits` lists in its case is read): never read, an error
says which to write."""

# Units written as one word for a rate: "bpd" is barrels per day; of oil ("bopd") or of oil
# equivalent ("boe/d") as the companies' reports write them; tonnes a year ("tpa", per annum)
_COMPOUNDS: dict[str, tuple[str, str]] = {
    "bpd": ("barrel", "day"),
    "b/d": ("barrel", "day"),
    "bbl/d": ("barrel", "day"),
    "bopd": ("barrel", "day"),
    "boe/d": ("barrel_of_oil_equivalent", "day"),
    "boepd": ("barrel_of_oil_equivalent", "day"),
    "boed": ("barrel_of_oil_equivalent", "day"),
    "tpa": ("tonne", "year"),
}

PRICE_UNITS = frozenset({"kilogram_milk_solids"})
"""Units the trade glues to a price with no "per" or slash ("NZ$6.25kgMS", the dairy press's
milk price): money is never measured in them, so an amount of money before one is a price per
one of it."""


@cache
def _noun_re() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]{2,}(?:[-'’][^\W\d_]+)*(?: [^\W\d_]+(?:[-'’][^\W\d_]+)*){0,3}")


MAX_NOUN_LENGTH = 40
"""Longest counted noun after "per", in characters ("per job created")."""


def lookup_compound_unit(text: str) -> tuple[UnitSpec, UnitSpec] | None:
    """A unit and its denominator written as one word ("bpd"), or ``None``."""
    found = _COMPOUNDS.get(_norm(text))
    if found is None:
        return None
    top, bottom = (_by_name(name) for name in found)
    return top, bottom


def _by_name(name: str) -> UnitSpec:
    kind, label, _words = _UNITS[name]
    return UnitSpec(name, kind, label)


_SCALED_CODE = re.compile(r"([KMB])([A-Z]{3})")
_CODE_SCALES = {"K": 3, "M": 6, "B": 9}


def scaled_code(word: str) -> tuple[int, UnitSpec] | None:
    """A scale letter glued before a currency's code, as company reports of the Nordic countries
    write their figures ("4,214 MSEK", "1.2 BSEK", "300 MNOK", "850 KSEK"): the power of ten
    (K a thousand, M a million, B a billion) and the currency, or ``None``. Only a code of a
    known currency that is no English word in capitals ("MALL", "BTOP" are none)."""
    m = _SCALED_CODE.fullmatch(word)
    if m is None or m.group(2) not in _KNOWN or m.group(2) in _CODES_NOT_SIGNS:
        return None
    return _CODE_SCALES[m.group(1)], currency(m.group(2))


def lookup_noun(text: str) -> UnitSpec | None:
    """The counted noun after "per" that is no unit ("job created", "workplace"): up to four words
    of letters, or ``None``. Each noun is a dimension of its own, like a currency."""
    key = _norm(text)
    if len(key) > MAX_NOUN_LENGTH or not _noun_re().fullmatch(key) or key.split()[0] == "cent":
        return None  # "9.6 per cent increase": a percent, never a figure per "cent increase"
    if len(key.split()) > 1 and key.split()[-1] in _NOUN_NEVER_ENDS:
        return None  # "US$168.45 per carat in 2018": the noun is "carat", "in" starts a time
    return UnitSpec(key, "count", key, noun=True)


_NOUN_NEVER_ENDS = frozenset(
    [
        "in",
        "on",
        "at",
        "of",
        "for",
        "to",
        "from",
        "by",
        "with",
        "and",
        "or",
        "the",
        "a",
        "an",
        "than",
        "against",
        "since",
        "during",
        "over",
    ]
)
"""Words a counted noun after "per" never ends on: a preposition, an article or a conjunction
starts what follows the noun ("per carat in 2018", "per person of the region")."""


def known_codes() -> tuple[str, ...]:
    """The ISO codes of the currencies the grammar has words for: the table's and the CLDR's."""
    return tuple(_KNOWN)


def currency(code: str) -> UnitSpec:
    """The spec of a currency by ISO code (any three capital letters)."""
    code = code.upper()
    if code in _KNOWN:
        return UnitSpec(code, "currency", _KNOWN[code][0])
    return UnitSpec(code, "currency", code)


def lookup_unit(text: str, aliases: dict[str, str] | None = None) -> UnitSpec | None:
    """The unit a word names ("tenge", "square meters", "%"), or ``None`` if unknown."""
    key = _norm(text)
    if aliases and key in aliases:
        return currency(aliases[key])
    if aliases and " " in key:
        code = _named_alias(key, aliases)
        if code is not None:
            return currency(code)
    cased = _CASED_UNITS.get(text.strip())
    if cased is not None:
        return _by_name(cased)
    spec = _WORDS.get(key)
    if spec is None and _CODE_RE.fullmatch(text.strip()) and key not in AMBIGUOUS_UNITS:
        return currency(text.strip())  # "MBD" is barrels a day of two readings, no currency
    return spec


def _named_alias(key: str, aliases: Mapping[str, str]) -> str | None:
    """The currency of a word of ``aliases`` after the adjective of that currency's English name in
    the CLDR ("yemeni riyals" with ``{"riyals": "YER"}``: the CLDR's "Yemeni rial"; "omani
    riyals"), as an article that maps the word writes it beside the bare word; None otherwise."""
    head, _, word = key.rpartition(" ")
    code = aliases.get(word)
    if code is None:
        return None
    adjective = _CLDR_NAMES.get(code, ("",))[0].rpartition(" ")[0]
    return code if adjective and head == _norm(adjective) else None


_CODE_BEFORE_NUMBER = re.compile(r"[A-Z]{3}(?=\s*[-−+]?\s*\d)")
_ALIAS_SIGN_LENGTH = 4
"""Longest key of ``[settings] currencies`` that a claims value may write before its number as a
sign of its own ("rp", "n"); the known signs are read at any length."""


def lookup_prefix_currency(
    text: str, any_code: bool = False, aliases: dict[str, str] | None = None
) -> tuple[UnitSpec | None, int]:
    """A currency sign or code at the start of ``text`` ("US$1.5"), with the characters it used.

    With ``any_code``, any three capital letters followed by a number are a currency code too
    ("XYZ 5 million"), as in a stated value; running text leaves it off ("GDP 5 percent"). Such a
    stated value may also write a short key of ``aliases`` before its number ("N5 billion" with
    ``{"n": "NGN"}``). ``aliases`` (a file's ``[settings] currencies``) maps a sign of several
    currencies to the one the file means: with ``{"sh": "TZS"}``, "Sh5 billion" is in Tanzanian
    shillings; in running text a one-letter sign needs an amount that looks like money (see
    :data:`SHARED_SIGNS`).
    """
    found = _known_prefix(text)
    if aliases and found[0] is not None:
        code = aliases.get(_norm(text[: found[1]]))
        if code is not None:
            return currency(code), found[1]
    if aliases and found[0] is None:
        used = shared_sign(text, money_only=not any_code, running=not any_code)
        if not used and any_code:
            used = _alias_sign(text, aliases)
        code = aliases.get(_norm(text[:used])) if used else None
        if code is not None:
            return currency(code), used
    if found[0] is None and any_code:
        m = _CODE_BEFORE_NUMBER.match(text)
        if m is not None and m.group() not in SHARED_SIGNS:  # "CFA" names two: no code of its own
            return currency(m.group()), m.end()
    if found[0] is None and text[:3] in _CODES_NOT_SIGNS:
        return _glued_word_code(text)
    if found[0] is None and text[:1].isupper():
        return _capitalised_code(text, money_only=not any_code)
    return found


def _glued_word_code(text: str) -> tuple[UnitSpec | None, int]:
    """A code that is an English word in capitals (:data:`_CODES_NOT_SIGNS`) glued to an amount
    that looks like money, as a one-letter sign is ("MOP17,600", "MOP1.33 billion" in Macao's
    press): that currency; "TOP10" or "ALL 5 regions" stay numbers."""
    code = text[:3]
    if code in _KNOWN and text[3:4].isdigit() and _money_after_letter().match(text, 3):
        return currency(code), 3
    return None, 0


@cache
def _capitalised_re() -> re.Pattern[str]:
    return re.compile(r"([A-Z][a-z]{2})(?=\d| \d)")


def _capitalised_code(text: str, money_only: bool) -> tuple[UnitSpec | None, int]:
    """An ISO code written with one capital, as some papers print it before a figure
    ("Rwf53.3 billion", "Kes2.1bn"): a currency the tables know whose code no sign of another
    currency spells so and is no English word (``Top``, ``Mad``: :data:`_CODES_NOT_SIGNS`). In running text (``money_only``) only glued to an amount that looks like
    one, as a one-letter sign is ("Top10" or "All 5 members" are no money)."""
    m = _capitalised_re().match(text)
    if m is None:
        return None, 0
    code = m.group(1).upper()
    if code not in _KNOWN or code in _CODES_NOT_SIGNS or m.group(1) in _SIGN_CODES:
        return None, 0
    if money_only and not (text[3:4].isdigit() and _money_after_letter().match(text, 3)):
        return None, 0
    return currency(code), 3


@cache
def _money_after_letter() -> re.Pattern[str]:
    """After a one-letter sign in running text: thousands groups ("P1,500", or with a space after
    each comma as some papers print them, "D21, 350, 646, 941"; or grouped by spaces alone, as
    the locales that group so print them, "R1 331 million", "R12 500") or a scale ("N15.35tn",
    "P1.14 trillion"); the text may be cut short, so a scale word is known by its first letters.
    Space groups are read as :mod:`aktobe_facts.text.textnums` reads them: a head of one to three
    digits, then groups of exactly three, perhaps decimals, and no digit after ("R1 3312" is no
    group). A scale word may be joined by a hyphen, as before a noun ("a P10.8-billion net
    income")."""
    return re.compile(
        r" ?(?:\d{1,3}(?:, ?\d{3})+(?!\d)"
        r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?![\d,.]\d|\d)"
        r"|\d+(?:\.\d+)? ?(?:[kmb]\b|tn\b|bn\b|mn\b)"
        r"|\d+(?:\.\d+)?[ -]?(?:mln|bln|trn|trln|tril|bill|mill|thou))",
        re.IGNORECASE,
    )


def shared_sign(text: str, money_only: bool = False, running: bool = False) -> int:
    """The length of a sign of several currencies ("Sh", "N", "kr") at the start of ``text``
    before a number, or 0. With ``money_only`` a sign of one letter counts only before an amount
    with a scale or thousands separators ("N15.35tn", never "N95" or "N1 road"); ``running`` (a
    text's words, not a claim's value) reads a sign of :data:`GLUED_SIGNS` only glued."""
    for sign in _SHARED_BY_FIRST.get(text[:1], ()):
        if not text.startswith(sign):
            continue
        after = text[len(sign) :]
        if not (after[:1].isdigit() or (after[:1] == " " and after[1:2].isdigit())):
            continue
        if money_only and len(sign) == 1 and not _money_after_letter().match(after):
            continue
        if running and sign in GLUED_SIGNS and not _glued_money(after):
            continue
        if running and len(sign) == 1 and _unit_after(after):
            continue  # "Type K 1,200 tonnes": a type's tonnes, no kwacha
        return len(sign)
    return 0


GLUED_SIGNS = frozenset({"B"})
"""One-letter signs that are as often a grade, a tier or a series as money ("Tier B 5 million US
dollars", "B2B", "B747"): in running text read only glued to their amount (:func:`_glued_money`)."""


def _glued_money(after: str) -> bool:
    """After a sign of :data:`GLUED_SIGNS`: an amount glued to it ("B92.47 billion", "B1,500"),
    its scale not one letter ("B2B" is no 2 billion), no letter glued after it, and no unit or
    currency word after it ("B 5 million US dollars" is a tier's dollars)."""
    m = _money_after_letter().match(after)
    if m is None or not after[:1].isdigit():
        return False
    read = m.group()
    if read[-1:].isalpha() and not read[-2:-1].isalpha():
        return False  # a one-letter scale: "2B", "5m"
    return not _unit_after(after)


def _unit_after(after: str) -> bool:
    """Whether a unit or currency word follows the amount after a one-letter sign ("K 1,200
    tonnes", "B 5 million US dollars"): the letter is then a type's, a tier's or a grade's, no
    money's (an amount in one currency is never counted in a unit too)."""
    m = _money_after_letter().match(after.removeprefix(" "))
    if m is None:
        return False
    tail = re.sub(r"^\w*", "", after.removeprefix(" ")[m.end() :])
    rest = tail.split()
    if rest and not tail[-1:].isspace() and tail[-1:] not in ".,;:)":
        rest.pop()  # the text may be cut short: a last word cut ("l" of "last") is no unit
    return any(lookup_unit(" ".join(rest[:n])) for n in (1, 2) if len(rest) >= n)


def country_currency(country: str, word: str) -> str | None:
    """The one currency of a word that names several ("kr", "kroner", "crowns") whose code starts
    with ``country``'s two letters ("DK" and "kr": DKK), else None."""
    codes = SHARED_SIGNS.get(word) or SHARED_SIGNS.get(word.lower()) or SHARED.get(word.lower())
    own = [code for code in codes or () if code[:2] == country]
    return own[0] if len(own) == 1 else None


def sign_before(text: str, start: int) -> str | None:
    """The sign of several currencies or of one letter (:data:`SHARED_SIGNS`) right before the
    amount at ``start``, glued or after one space ("N3.42tn", "Shs 264 billion"), as running text
    reads it (:func:`shared_sign` with ``money_only``); None when there is none."""
    for length in range(1, 7):
        begin = start - length
        if begin < 0 or (begin > 0 and text[begin - 1].isalnum()):
            continue
        used = shared_sign(text[begin : start + 32], money_only=True, running=True)
        if used and (used == length or (used == length - 1 and text[start - 1] == " ")):
            return text[begin : begin + used]
    return None


def _alias_sign(text: str, aliases: dict[str, str]) -> int:
    """The length of a short key of ``aliases`` written as a sign before a number, or 0."""
    for key in sorted(aliases, key=len, reverse=True):
        after = text[len(key) :]
        if (
            len(key) <= _ALIAS_SIGN_LENGTH
            and _norm(text[: len(key)]) == key
            and (after[:1].isdigit() or (after[:1] == " " and after[1:2].isdigit()))
        ):
            return len(key)
    return 0


def _known_prefix(text: str) -> tuple[UnitSpec | None, int]:
    for sign, spec in _PREFIXES_BY_FIRST.get(text[:1], ()):
        if text.startswith(sign):
            after = text[len(sign) :]
            if sign.isalpha() and after[:1].isalpha():
                continue  # "USDA" is not "USD" followed by "A"
            if sign.isalpha() and not after.strip():
                return spec, len(text)
            if sign.isalpha() and not (after[:1].isspace() or after[:1].isdigit()):
                continue
            return spec, len(sign)
    return None, 0


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry[Any]:
    """The small pint registry, built once, with exact factors: the standard library's fractions,
    never quicktions' (pint builds them from one-digit strings, ``"1"``, which quicktions' parser
    writes into the interpreter's shared ``b"\\0"``: :mod:`aktobe_facts.reading.exact`); a factor
    leaves pint as one of ours (:func:`factor`)."""
    import fractions

    import pint

    reg: pint.UnitRegistry[Any] = pint.UnitRegistry(
        None, non_int_type=fractions.Fraction, autoconvert_offset_to_baseunit=False
    )
    for line in _DEFINITIONS:
        reg.define(line)
    return reg


def pint_unit(spec: UnitSpec) -> Any:
    """The pint unit for a spec; currencies are defined on first use, one dimension each."""
    reg = registry()
    if spec.is_currency or spec.noun:
        # named so that pint's parser cannot read the code as something else ("NAN" is a number)
        name = f"currency_{spec.key}" if spec.is_currency else _noun_name(spec.key)
        if name not in reg:
            reg.define(f"{name} = [{name}]")
        return reg.Unit(name)
    return reg.Unit(spec.key)


def _noun_name(key: str) -> str:
    """A pint name for a counted noun: its letters, with every other character as its code point."""
    return "noun_" + "".join(
        ch if ch.isascii() and ch.isalpha() else f"_{ord(ch):x}_" for ch in key
    )


def factor(from_spec: UnitSpec, to_spec: UnitSpec) -> Fraction:
    """The exact factor that converts a magnitude in ``from_spec`` to ``to_spec``.

    Raises :class:`ConversionError` when the two are of different dimensions, which is the case for
    any two currencies: their rates are never in the registry.
    """
    if from_spec.key == to_spec.key:
        return Fraction(1)
    import pint

    reg = registry()
    try:
        quantity = reg.Quantity(1, pint_unit(from_spec)).to(pint_unit(to_spec))
    except pint.DimensionalityError as exc:
        raise ConversionError(
            f"cannot convert {from_spec.label} to {to_spec.label} without a declared rate"
            if from_spec.is_currency or to_spec.is_currency
            # not str(exc): pint cannot format the dimensions of a Fraction registry on 3.11
            else f"cannot convert {from_spec.label} ({from_spec.kind}) "
            f"to {to_spec.label} ({to_spec.kind})"
        ) from exc
    return Fraction(quantity.magnitude)


class ConversionError(ValueError):
    """Two units that cannot be converted into each other (different dimensions, or no rate)."""
