"""Currency words that name more than one currency: which one an article means, from the places it
names, written as the draft's ``[settings] currencies``.

"lei" (and "leu") is the Romanian leu (RON) and the Moldovan leu (MDL); the grammar reads the bare
word as RON (:mod:`aktobe_facts.reading.units`). A draft of an article that names Moldova (Moldovan,
Chisinau) and not Romania maps the word to MDL; one that names Romania (Romanian, Bucharest) and
not Moldova maps it to RON. When the article names neither or both, the word keeps the grammar's
reading and each drafted claim whose reading depends on it says that its currency was assumed.
"manat" (Azerbaijani, read bare, or Turkmen), "rupee" (Indian, read bare, or Pakistani) and
"ruble" (Russian, read bare, or Belarusian) are mapped the same way, and so are the sign "Sh" and
the word "shilling" (Kenyan, Tanzanian or Ugandan), which the grammar reads only when mapped. The
draft reads the article's values with the words so mapped (:func:`aktobe_facts.text.phrases.
currency_words`), as the claims file written from it is read.
"""

from __future__ import annotations

import re

from msgspec import Struct

from aktobe_facts.reading.numbers import GrammarError, parse

SHARED: dict[tuple[str, ...], dict[str, tuple[str, ...]]] = {
    ("lei", "leu"): {
        "MDL": ("Moldova", "Moldovan", "Moldovans", "Chisinau", "Chișinău", "Chişinău"),
        "RON": ("Romania", "Romanian", "Romanians", "Bucharest"),
    },
    ("manat", "manats"): {
        "AZN": ("Azerbaijan", "Azerbaijani", "Azerbaijanis", "Baku"),
        "TMT": ("Turkmenistan", "Turkmen", "Turkmens", "Ashgabat"),
    },
    ("rupee", "rupees"): {
        "INR": ("India", "Indian", "Indians", "New Delhi", "Mumbai"),
        "PKR": ("Pakistan", "Pakistani", "Pakistanis", "Islamabad", "Karachi"),
    },
    # the grammar reads none of these bare (reading.units.SHARED; the sign "Sh" glued to its
    # number, "Sh122.9 billion"): an article that names no single country leaves them unread
    ("sh", "shilling", "shillings"): {
        "KES": ("Kenya", "Kenyan", "Kenyans", "Nairobi", "Mombasa"),
        "TZS": ("Tanzania", "Tanzanian", "Tanzanians", "Dar es Salaam", "Dodoma"),
        "UGX": ("Uganda", "Ugandan", "Ugandans", "Kampala"),
    },
    ("ruble", "rubles", "rouble", "roubles"): {
        "RUB": ("Russia", "Russian", "Russians", "Moscow"),
        "BYN": ("Belarus", "Belarusian", "Belarusians", "Minsk"),
    },
}
"""Words of two currencies (as the grammar reads them bare), and for each currency the place
names that say the article means it."""


class SharedWords(Struct, frozen=True):
    """What the draft writes: the words mapped to a currency, and the words left assumed."""

    currencies: tuple[tuple[str, str], ...] = ()  # ("lei", "MDL"): [settings] currencies
    assumed: tuple[tuple[str, tuple[str, ...]], ...] = ()  # ("lei", ("MDL", "RON")): no place


def shared_words(text: str) -> SharedWords:
    """The currency words of ``text`` that name more than one currency, each mapped to the one
    whose places the article names, or left assumed when it names none or several."""
    currencies: list[tuple[str, str]] = []
    assumed: list[tuple[str, tuple[str, ...]]] = []
    for forms, places in SHARED.items():
        used = [w for w in forms if re.search(rf"\b{w}(?=\d|\b)", text, re.IGNORECASE)]
        if not used:
            continue
        named = [code for code, names in places.items() if _names(text, names)]
        if len(named) == 1:
            currencies.extend((word, named[0]) for word in used)
        else:
            assumed.extend((word, tuple(places)) for word in used)
    return SharedWords(tuple(currencies), tuple(assumed))


def _names(text: str, names: tuple[str, ...]) -> bool:
    return re.search(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b", text) is not None


def assumed_note(values: tuple[str, ...], shared: SharedWords) -> str | None:
    """For a claim's figures: the note that a currency was assumed, when reading one of its
    figures changes with the currency a shared word is taken for; else None."""
    for word, codes in shared.assumed:
        readings = {code: [_unit(v, {word: code}) for v in values] for code in codes}
        default = [_unit(v, None) for v in values]
        if len({tuple(r) for r in readings.values()}) > 1:
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


def _unit(value: str, aliases: dict[str, str] | None) -> str | None:
    try:
        stated = parse(value, aliases=aliases)
    except GrammarError:
        return None
    return None if stated.unit is None else stated.unit.key
