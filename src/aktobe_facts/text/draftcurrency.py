"""Currency words and signs that name more than one currency: which one an article means, from the
places it names, written as the draft's ``[settings] currencies``.

"lei" (and "leu") is the Romanian leu (RON) and the Moldovan leu (MDL); the grammar reads the bare
word as RON (:mod:`aktobe_facts.reading.units`). A draft of an article that names Moldova (Moldovan,
Chisinau) and not Romania maps the word to MDL; one that names Romania (Romanian, Bucharest) and
not Moldova maps it to RON. When the article names neither or both, the word keeps the grammar's
reading and each drafted claim whose reading depends on it says that its currency was assumed.
The other words of :data:`WORDS` ("rupees": Indian, read bare, Pakistani, Sri Lankan, Nepalese,
Mauritian or Seychellois) and the signs of several currencies or of one letter (:data:`SIGNS`: "Rs", "N", "P",
"kr", "Sh", from the CLDR and the press, :mod:`aktobe_facts.reading.units`) are mapped the same
way; where the article names several of the currencies' countries, a headline that names one of
them decides ("Kenyan banks record billions ..." over a body that names the group's Tanzanian and
Ugandan units: the article's subject is the headline's); a place is a territory's English name in the CLDR (:mod:`aktobe_facts.reading.cldrplaces`) or a
people, capital or city of :data:`_PLACES`. The draft reads the article's values with the words so
mapped (:func:`aktobe_facts.text.phraseread.currency_words`), as the claims file written from it is
read.
"""

from __future__ import annotations

import re

from msgspec import Struct

from aktobe_facts.reading.cldrnames import NAMES as CLDR_NAMES
from aktobe_facts.reading.cldrplaces import PLACES
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.reading.units import (
    MILLION_SIGNS,
    SHARED,
    SHARED_SIGNS,
    USUAL_SIGNS,
    own_signs,
)
from aktobe_facts.text.builtpatterns import compiled
from aktobe_facts.text.sentences import headline

_HAND_WORDS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("lei", "leu"): ("MDL", "RON"),
    ("manat", "manats"): ("AZN", "TMT"),
    ("rupee", "rupees"): ("INR", "LKR", "MUR", "NPR", "PKR", "SCR"),
    # the grammar reads none of these bare (reading.units.SHARED): an article that names no
    # single country leaves them unread
    ("shilling", "shillings"): ("KES", "TZS", "UGX"),
    ("ruble", "rubles", "rouble", "roubles"): ("BYN", "RUB"),
    ("pound", "pounds"): ("EGP", "GBP", "LBP", "SDG", "SSP", "SYP"),
    ("riyal", "riyals"): ("OMR", "QAR", "SAR", "YER"),
    ("dirham", "dirhams"): ("AED", "MAD"),
    ("peso", "pesos"): ("ARS", "CLP", "COP", "CUP", "DOP", "MXN", "PHP", "UYU"),
    ("krone", "kroner"): ("DKK", "NOK"),
    ("krona", "kronor"): ("ISK", "SEK"),
    ("dong",): ("VND",),
    # never read bare (reading.units.NOT_BARE: "won 5 gold"): read after a number only in an
    # article that names one Korea ("62 trillion won"), and there never as a verb (text.phraseends)
    ("won",): ("KPW", "KRW"),
}


def _words() -> dict[tuple[str, ...], tuple[str, ...]]:
    """The table above, and the grammar's other words of several currencies (reading.units.SHARED:
    "dinars", "francs", "rials", "kwachas"), grouped by the currencies they name."""
    words = dict(_HAND_WORDS)
    listed = {word for forms in words for word in forms}
    grouped: dict[tuple[str, ...], list[str]] = {}
    for word, codes in SHARED.items():
        if word not in listed:
            grouped.setdefault(codes, []).append(word)
    words.update((tuple(forms), codes) for codes, forms in grouped.items())
    return words


WORDS = _words()
"""Currency words of several currencies (or, as "peso", that the grammar does not read bare),
with the currencies they name: each is mapped to the one whose country the article names."""

SIGN_MAP_SKIPPED = ("$", "£", "¥")
"""Signs of several currencies that a draft leaves to the grammar's reading whatever the
article names: in English-language news "$" is the US dollar, "£" the pound sterling and "¥" the
yen even in an article about Canada, Egypt or China (a figure in the local dollar is written
"C$", "A$" or with the code)."""

_PLACES: dict[str, tuple[str, ...]] = {
    # the peoples, capitals and main cities of a currency's country, beside the CLDR's names of
    # the territories that use it (aktobe_facts.reading.cldrplaces)
    "MDL": ("Moldovan", "Moldovans", "Chisinau", "Chișinău", "Chişinău"),
    "RON": ("Romanian", "Romanians", "Bucharest"),
    "AZN": ("Azerbaijani", "Azerbaijanis", "Baku"),
    "TMT": ("Turkmen", "Turkmens", "Ashgabat"),
    "INR": ("Indian", "Indians", "New Delhi", "Mumbai"),
    "PKR": ("Pakistani", "Pakistanis", "Islamabad", "Karachi"),
    "LKR": ("Sri Lankan", "Sri Lankans", "Colombo"),
    "NPR": ("Nepalese", "Nepali", "Nepalis", "Kathmandu"),
    "MUR": ("Mauritian", "Mauritians", "Port Louis"),
    "KES": ("Kenyan", "Kenyans", "Nairobi", "Mombasa"),
    "TZS": ("Tanzanian", "Tanzanians", "Dar es Salaam", "Dodoma"),
    "UGX": ("Ugandan", "Ugandans", "Kampala"),
    "RUB": ("Russian", "Russians", "Moscow"),
    "BYN": ("Belarusian", "Belarusians", "Minsk"),
    "NGN": ("Nigerian", "Nigerians", "Abuja", "Lagos"),
    "BDT": ("Bangladeshi", "Bangladeshis", "Dhaka", "Chittagong", "Chattogram"),
    # "Pilipinas": the country's own name, the CLDR's in Filipino (fil: PH), which the central
    # bank's name prints ("Bangko Sentral ng Pilipinas", as the BIS lists central banks)
    # Cebu and Davao: the country's second and third cities, whose budgets its press reports
    "PHP": ("Philippine", "Filipino", "Filipinos", "Manila", "Pilipinas", "Cebu", "Davao"),
    "BWP": ("Batswana", "Gaborone"),
    "ZAR": ("South African", "South Africans", "Pretoria", "Johannesburg", "Cape Town"),
    "HNL": ("Honduran", "Hondurans", "Tegucigalpa"),
    "ETB": ("Ethiopian", "Ethiopians", "Addis Ababa"),
    "EGP": ("Egyptian", "Egyptians", "Cairo"),
    "LBP": ("Beirut",),
    "SDG": ("Khartoum",),
    "SSP": ("Juba",),
    "SYP": ("Syrian", "Syrians", "Damascus"),
    "GBP": ("Britain", "British", "London"),
    "SAR": ("Saudi", "Saudis", "Riyadh", "Jeddah"),
    "SCR": ("Seychellois",),
    "JOD": ("Jordanian", "Jordanians", "Amman"),
    "GHS": ("Ghanaian", "Ghanaians", "Accra"),
    "QAR": ("Qatari", "Qataris", "Doha"),
    "OMR": ("Omani", "Omanis", "Muscat"),
    "YER": ("Yemeni", "Yemenis", "Sanaa"),
    "AED": ("Emirati", "Emiratis", "UAE", "Dubai", "Abu Dhabi"),
    "MAD": ("Moroccan", "Moroccans", "Rabat", "Casablanca"),
    "TND": ("Tunisians", "Tunis", "Sfax"),
    "DZD": ("Algerians", "Algiers", "Oran"),
    "MXN": ("Mexican", "Mexicans"),
    "ARS": ("Argentine", "Argentinian", "Buenos Aires"),
    "CLP": ("Chilean", "Chileans", "Santiago"),
    "COP": ("Colombian", "Colombians", "Bogota", "Bogotá"),
    "DKK": ("Danish", "Danes", "Copenhagen"),
    "NOK": ("Norwegian", "Norwegians", "Oslo"),
    "SEK": ("Swedish", "Swedes", "Stockholm"),
    "ISK": ("Icelandic", "Icelanders", "Reykjavik"),
    "VND": ("Vietnamese", "Hanoi"),
    # "Korea" alone is the South in English-language news ("the Bank of Korea", "Korea's
    # exports"); inside "North Korea" it names the North only (`named_codes`)
    "KRW": ("Korea", "Korean", "Koreans", "Seoul", "Busan"),
    "KPW": ("Pyongyang",),
    # the country as its own press names it ("PNG's deficit", "Loop PNG"), beside its people
    "PGK": ("PNG", "Papua New Guinean", "Papua New Guineans", "Port Moresby"),
    # the capitals and main cities of the countries of "K" (the kwachas: the CLDR's "K" and the
    # press's, reading.units.PRESS_SIGNS), "Nu" (the ngultrum) and "Rf" (the rufiyaa), whose
    # peoples the currencies' CLDR names give ("Zambian kwacha", "Bhutanese ngultrum")
    "ZMW": ("Lusaka", "Ndola", "Kitwe"),
    "MWK": ("Lilongwe", "Blantyre"),
    "BTN": ("Thimphu",),
    "MVR": ("Malé",),
    # the CFA francs' countries as the English-language press names them, beside the CLDR's
    # names ("Côte d’Ivoire", "Congo - Brazzaville"); either apostrophe matches (`_names`)
    "XOF": (
        "Ivory Coast",
        "Ivorian",
        "Cote d'Ivoire",
        "Abidjan",
        "Senegalese",
        "Dakar",
        "Malian",
        "Bamako",
        "Burkinabe",
        "Ouagadougou",
        "Togolese",
        "Lomé",
        "Beninese",
        "Cotonou",
    ),
    "XAF": (
        "Cameroonian",
        "Yaoundé",
        "Yaounde",
        "Douala",
        "Gabonese",
        "Libreville",
        "Chadian",
        "N'Djamena",
        "Brazzaville",
        # the Republic of the Congo as Reuters and the wire services name it (the CLDR's "Congo -
        # Brazzaville"); never "Congo" alone, nor "Republic of Congo", a part of the Democratic
        # Republic's name, whose currency is the Congolese franc
        "Congo Republic",
        "Malabo",
    ),
    # currencies no territory uses today, which the CLDR's places leave out
    "SKK": ("Slovakia", "Slovak", "Bratislava"),
    "LVL": ("Latvia", "Latvian", "Latvians", "Riga"),
}


def places(code: str) -> tuple[str, ...]:
    """The names that say an article means this currency's country: the CLDR's territories, the
    peoples and cities above, and the adjective of the currency's English name ("Tunisian" of
    "Tunisian dinar"); each also in capitals, as a dateline prints a city ("MANILA -", "LUSAKA,
    March 3 (Reuters) -")."""
    named = adjective(code)
    found = PLACES.get(code, ()) + _PLACES.get(code, ()) + ((named,) if named else ())
    return found + tuple(name.upper() for name in found if name.upper() != name)


def adjective(code: str) -> str:
    """The words before the last of the currency's English name in the CLDR: "Tunisian" of
    "Tunisian dinar", "" for a currency of one word or none."""
    return CLDR_NAMES.get(code, ("",))[0].rpartition(" ")[0]


def _sign_forms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """The signs of several currencies (reading.units), each with the currencies it names; a
    sign and its form with a full stop ("Rs", "Rs.") are mapped together."""
    signs = {**USUAL_SIGNS, **SHARED_SIGNS}
    forms: dict[tuple[str, ...], tuple[str, ...]] = {}
    for sign, codes in signs.items():
        if sign in SIGN_MAP_SKIPPED or (sign.endswith(".") and sign[:-1] in signs):
            continue
        dotted = sign + "."
        forms[(sign, dotted) if dotted in signs else (sign,)] = codes
    return forms


SIGNS = _sign_forms()
"""Signs of several currencies, with the currencies they name, mapped as :data:`WORDS` are."""


class SharedWords(Struct, frozen=True):
    """What the draft writes: the words mapped to a currency, and the words left assumed."""

    currencies: tuple[tuple[str, str], ...] = ()  # ("lei", "MDL"): [settings] currencies
    assumed: tuple[tuple[str, tuple[str, ...]], ...] = ()  # ("lei", ("MDL", "RON")): no place


def shared_words(text: str) -> SharedWords:
    """The currency words and signs of ``text`` that name more than one currency, each mapped to
    the one whose places the article names, or left assumed when it names none or several."""
    currencies: list[tuple[str, str]] = []
    assumed: list[tuple[str, tuple[str, ...]]] = []
    # most articles use no shared word nor sign: one search of the alternation of every form's
    # own pattern says so (it matches where any of them matches) where a search for each in turn
    # was most of the time of this function
    words = compiled(_ANY_WORD, re.IGNORECASE).search(text) is not None
    signs = compiled(_ANY_SIGN).search(text) is not None or _MILLION_AFTER.search(text) is not None
    found = [
        *(
            (forms, codes, _words_used(text, forms) if words else [])
            for forms, codes in WORDS.items()
        ),
        *(
            (forms, codes, _signs_used(text, forms) if signs else [])
            for forms, codes in SIGNS.items()
        ),
    ]
    for _forms, codes, used in found:
        if not used:
            continue
        named = named_codes(text, codes)
        if len(named) > 1:  # the headline's one country decides ("Kenyan banks record ...")
            named = named_codes(headline(text) or "", codes) or named
        if len(named) == 1:
            currencies.extend((word, named[0]) for word in used)
        else:
            assumed.extend((word, codes) for word in used)
    return SharedWords(tuple(currencies), tuple(assumed))


def named_codes(text: str, codes: tuple[str, ...]) -> list[str]:
    """The currencies among ``codes`` whose places ``text`` names, or whose code it prints before
    an amount (one decides a shared sign); a place named only inside another's longer name is not
    named ("Sudan" in "South Sudan")."""
    found = []
    for code in codes:
        own = places(code)
        longer = {
            name
            for other in codes
            if other != code
            for name in places(other)
            if any(
                short != name and compiled(rf"\b{re.escape(short)}\b").search(name) for short in own
            )
        }
        if _names(_blanked(text, longer), own) or _printed(text, code):
            found.append(code)
    return found


def _printed(text: str, code: str) -> bool:
    """The article writes the currency's own code or one of its own signs before an amount
    ("NGN255.9 billion", "NGN 3.1 trillion", "Ksh.6.5 billion", "KSh 107.7 billion"): it names
    that currency as plainly as its country would, so a shared sign of the same article ("N765.6
    billion", "Sh35.7 billion") is that currency's (The Kenyan Post on Safaricom, sweep O's held
    batch, a separate commit after it: "Sh35.7 billion" beside "Ksh757.36 billion" was warned as
    unresolved)."""
    signs = (code, *own_signs(code))
    return any(
        re.search(rf"(?<![A-Za-z]){re.escape(sign)} ?\d", text) is not None for sign in signs
    )


def _blanked(text: str, names: set[str]) -> str:
    """The text with each of ``names`` blanked out (its length kept)."""
    for name in sorted(names, key=len, reverse=True):
        text = compiled(rf"\b{re.escape(name)}\b").sub(lambda m: " " * len(m.group(0)), text)
    return text


def _word_pattern(word: str) -> str:
    return rf"\b{word}(?=\d|\b)"


_BEFORE_SIGN = r"(?<![\w$.])"


def _sign_pattern(sign: str) -> str:
    return _BEFORE_SIGN + _sign_after(sign)


def _sign_after(sign: str) -> str:
    return rf"{re.escape(sign)} ?\d"


_ANY_WORD = "|".join(_word_pattern(word) for forms in WORDS for word in forms)
_ANY_SIGN = _BEFORE_SIGN + "(?:" + "|".join(_sign_after(s) for forms in SIGNS for s in forms) + ")"
"""Any sign's pattern: what is before a sign is looked at before the alternation, once for all
(the same match, ten times faster than the alternation of the signs' own patterns)."""


def _words_used(text: str, forms: tuple[str, ...]) -> list[str]:
    return [w for w in forms if compiled(_word_pattern(w), re.IGNORECASE).search(text)]


def _signs_used(text: str, forms: tuple[str, ...]) -> list[str]:
    """The signs, in lower case as ``[settings] currencies`` keys them, written before a number
    ("N15.35tn", "Rs 5 billion"), in the sign's own letters; a sign of a million also after it
    ("1,050 MD")."""
    return [
        sign.lower()
        for sign in forms
        if compiled(_sign_pattern(sign)).search(text) is not None
        or (sign in MILLION_SIGNS and compiled(_million_after(sign)).search(text) is not None)
    ]


def _million_after(sign: str) -> str:
    return rf"\d ?{re.escape(sign)}\b"


_MILLION_AFTER = compiled("|".join(_million_after(sign) for sign in MILLION_SIGNS))


def _names(text: str, names: tuple[str, ...]) -> bool:
    if not names:
        return False
    return compiled(r"\b(?:" + "|".join(map(_pattern, names)) + r")\b").search(text) is not None


def _pattern(name: str) -> str:
    """A place's name as a pattern in which a straight and a curly apostrophe are one."""
    return "['’]".join(re.escape(piece) for piece in re.split("['’]", name))


def assumed_note(values: tuple[str, ...], shared: SharedWords) -> str | None:
    """For a claim's figures: the note that a currency was assumed, when reading one of its
    figures changes with the currency a shared word is taken for; else None."""
    for word, codes in shared.assumed:
        looked = _Looked({word: codes[0]})
        first = [_unit(v, looked) for v in values]
        if not looked.found:
            continue  # no figure's reading found the word: each of its currencies reads them alike
        readings = {
            codes[0]: first,
            **{c: [_unit(v, {word: c}) for v in values] for c in codes[1:]},
        }
        if len({tuple(r) for r in readings.values()}) > 1:
            # read without the word's currency only here: every other word of a long article's
            # many read it again for each claim, for nothing
            default = [_unit(v, None) for v in values]
            code = next((c for c, r in readings.items() if r == default), codes[0])
            fixes = "; ".join(
                f'if {c}, write [settings] currencies = {{ "{word}" = "{c}" }}'
                for c in codes
                if c != code
            )
            return (
                f'currency assumed: "{word}" read as {code}, the article names no single country '
                f"of the currency ({' or '.join(codes)}); {fixes}"
            )
    return None


class _Looked(dict[str, str]):
    """A word's currency as ``[settings] currencies`` would give it, noting whether a reading
    found the word in it. The grammar uses such a map only to look a piece of the value up
    (``in``, ``[]``, ``get``; its keys, never its values, are gone through): a reading that found
    nothing went the same way as it would with any other currency for the word, so for a long
    article's many shared words each figure is read once for a word, not once for each of its
    currencies."""

    found = False

    def __contains__(self, key: object) -> bool:
        hit = super().__contains__(key)
        self.found = self.found or hit
        return hit

    def __getitem__(self, key: str) -> str:
        self.found = True
        return super().__getitem__(key)

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        hit = super().get(key)
        self.found = self.found or hit is not None
        return default if hit is None else hit


def _unit(value: str, aliases: dict[str, str] | None) -> str | None:
    try:
        stated = parse(value, aliases=aliases)
    except GrammarError:
        return None
    return None if stated.unit is None else stated.unit.key
