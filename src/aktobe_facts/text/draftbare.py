"""Amounts printed with no currency beside amounts in one, for a draft: "Tax revenue came to
200.09bn" in a paragraph whose every other amount is in zlotys ("took in revenue of PLN 231.55bn
... spent PLN 271.00bn") is PLN 200.09bn, as an editor writes it (with a note that says so).

A figure takes the currency only when all of these hold, else it stays a bare number:

- it is a plain number with a scale word ("200.09bn", "1.47 billion", "(16.2 trillion)",
  "widened by 99.2 billion" with its word of change): no unit or qualifier of its own, and no
  noun after it that it could count ("1.4 billion people");
- the words of its sentence before it name money ("revenue", "deficit", "exports", "limit", ...),
  and the noun it is "of" (if any) is one of them ("a deficit of 1.47 billion", never "a
  population of 38 million"), or it is converted ("by 16bn (EUR 3.8bn)");
- every other amount of its paragraph stated in a currency is in one currency, and that is not
  the currency of its own conversion (an amount alone in parentheses right after it, which
  becomes its counterpart).

The value is written in the form of the paragraph's nearest such amount ("PLN 231.55bn" gives
"PLN 200.09bn", "159.1 billion USD" gives "1.47 billion USD").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import msgspec

from aktobe_facts.reading.numbers import GrammarError, Stated
from aktobe_facts.reading.units import lookup_unit
from aktobe_facts.text.draftarticle import paragraphs
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.phraseread import read
from aktobe_facts.text.phrases import Phrase
from aktobe_facts.text.sentences import Span
from aktobe_facts.text.textnums import Span as TextSpan

MONEY_WORDS = (
    r"revenues?|receipts|incomes?|spending|spent|expenditures?|expenses|outlays|deficits?|"
    r"surplus(?:es)?|gap|shortfall|exports?|imports?|earnings|earned|turnover|budgets?|tax(?:es)?|"
    r"limits?|targets?|plans?|debts?|costs?|profits?|investments?|trade|balance|prices?|worth|"
    r"value|sales|payments"
)
"""Nouns (and verbs) of money: a figure they name is an amount of a currency."""
_MONEY = lazy(rf"\b(?:{MONEY_WORDS})\b", re.IGNORECASE)
_AFTER = re.compile(
    r"\s*(?:[,.;:)(]|$|(?:in|on|at|to|from|for|by|and|or|while|whereas|than|a|an|the|this|"
    r"that|last|compared|against|with)\b)",
    re.IGNORECASE,
)
"""What may follow a bare amount: punctuation or a linking word, never a noun it could count."""
_NUMBER = re.compile(r"\d[\d.,\u00a0\u202f' ]*")


def priced(
    text: str,
    phrases: Sequence[Phrase],
    sentences: Sequence[Span],
    zeros: Sequence[TextSpan] = (),
) -> list[Phrase]:
    """The phrases, each bare amount that its paragraph's one currency prices written in it (with
    the conversion in parentheses right after it as its counterpart: "by 16bn (EUR 3.8bn)"), or
    that the first figure of its list prices ("247.9 million dollars in 2016, 214.0 million in
    2017"); and each of ``zeros`` (a "zero" that counts nothing named) before a noun of money
    ("zero reinvested earnings") priced the same way, as "0" in that currency."""
    starts = [s[0] for s in sentences]
    zero_phrases = [z for z in (_zero(text, span) for span in zeros) if z is not None]
    if zero_phrases:
        phrases = sorted([*phrases, *zero_phrases], key=lambda p: p.start)
    breaks = paragraphs(text)
    paragraph = [bisect.bisect_right(breaks, p.start) for p in phrases]
    found: list[Phrase | None] = list(phrases)
    asides = {j for j in range(1, len(phrases)) if _aside_of_unpriced(text, phrases, j)}
    for i, phrase in enumerate(phrases):
        zero = phrase in zero_phrases
        if found[i] is None or not (zero or _bare(text, phrase)):
            continue
        k = bisect.bisect_right(starts, phrase.start) - 1
        begin = sentences[k][0] if k >= 0 else 0
        after = phrases[i + 1] if i + 1 < len(phrases) else None
        converted = after if after is not None and _converts(text, phrase, after) else None
        near = [
            (abs(q.start - phrase.start), q)
            for j, (q, k) in enumerate(zip(phrases, paragraph, strict=True))
            if k == paragraph[i]
            and q is not converted
            and j not in asides
            and _currency(q.stated) is not None
        ]
        currencies = {_currency(q.stated) for _, q in near}
        made = None
        one = len(currencies) == 1 and not (converted and _currency(converted.stated) in currencies)
        if one and (zero or converted or _names_money(text, begin, phrase.start)):
            made = _in_form_of(phrase, [q for _, q in sorted(near, key=lambda n: n[0])])
        if made is None and i and not zero and converted is None:
            earlier = {_currency(q.stated) for q in phrases[:i] if q.start >= begin} - {None}
            if len(earlier) == 1:  # one currency in the sentence before it
                made = _listed(text, found[i - 1] or phrases[i - 1], phrase, begin)
        if made is None:
            found[i] = None if zero else phrase
            continue
        if converted is not None:
            close = text.index(")", converted.end) + 1
            made = msgspec.structs.replace(made, counterparts=(converted.value,), outer_end=close)
            found[i + 1] = None
        found[i] = made
    return [p for p in found if p is not None]


_ZERO_MONEY = lazy(
    r"\s+(?:(?!(?:and|or|but|of|in|on|at|to|by|for|from|with|than|as|the|an?|is|are|was|were)\b)"
    r"[a-z][a-z-]*\s+){0,2}?(?:revenues?|receipts|incomes?|spending|expenditures?|"
    r"deficits?|surplus|exports|imports|earnings|turnover|tax(?:es)?|debts?|costs|profits?|"
    r"investments?|payments|sales|reinvested\s+earnings)\b"
)
"""After a "zero" that is an amount: up to two words, then a noun of money ("zero re-invested
earnings", "zero net exports")."""


def _zero(text: str, span: TextSpan) -> Phrase | None:
    """A "zero" before a noun of money, as a bare "0" to price, or None."""
    if span.text.lower() != "zero" or _ZERO_MONEY.match(text, span.end) is None:
        return None
    try:
        stated = read("0")
    except GrammarError:
        return None
    return Phrase(span.start, span.end, "0", stated, (), span.end, note=span.text)


_LIST_GAP = re.compile(
    r"(?:\s+in\s+\d{4})?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:[a-z][a-z-]*\s+){0,3}?(?:in\s+\d{4}\s*,?\s*)?"
)
"""Between two figures of a list: a year, a comma or "and", a few words ("imports totaled");
never a semicolon or "while", which may start a clause of another currency."""
_IN_WORDS = re.compile(r"\s+(?:in|of)\s+([\w$€£¥]+)(?:\s+(\w+))?")
"""After a figure: "in dollars", "in US dollars", "of rupees": a currency named after it."""


def _currency_after(text: str, end: int) -> bool:
    m = _IN_WORDS.match(text, end)
    if m is None:
        return False
    words = (m.group(1), f"{m.group(1)} {m.group(2)}" if m.group(2) else m.group(1))
    return any((unit := lookup_unit(w)) is not None and unit.is_currency for w in words)


def _listed(text: str, before: Phrase, phrase: Phrase, begin: int) -> Phrase | None:
    """A bare figure of a list whose first figure names the currency once, in its sentence: the
    phrase just before is an amount in a currency with the same scale word ("247.9 million
    dollars in 2016, 214.0 million in 2017", "exports of 40.1 billion rand and imports totaled
    38.2 billion"), joined by a comma or "and" with no other figure between, the sentence's
    amounts before it are in that one currency, and it names money before the figure; else
    None."""
    model = before.stated
    moved = _moved_to(text, before, phrase)
    if (
        before.start < begin
        or _currency(model) is None
        or model.scale_word is None
        or model.scale_word.lower() != (phrase.stated.scale_word or "").lower()
        or model.qualifier is not None
        or model.direction is not None
        or (not moved and _LIST_GAP.fullmatch(text, before.outer_end, phrase.start) is None)
        or _currency_after(text, phrase.end)
        or not (moved or _names_money(text, begin, phrase.start))
    ):
        return None
    made = _in_form_of(phrase, [before])
    if made is None:
        return None
    label = model.unit.label if model.unit is not None else ""
    which = "the figure it moved from" if moved else "the list's first figure"
    note = f'printed "{phrase.value}" with no currency: in {label}, as {which}'
    return msgspec.structs.replace(made, note=note)


_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+")


def _moved_to(text: str, before: Phrase, phrase: Phrase) -> bool:
    """ "from KZT5.74tr to 6.7tr", "from $5.74 billion to 6.7 billion": the two ends of one move,
    the currency written on the first only; the second is in it, whatever the sentence's noun."""
    if _TO.fullmatch(text, before.outer_end, phrase.start) is None:
        return False
    return _FROM.search(text, max(0, before.start - 6), before.start) is not None


def _aside_of_unpriced(text: str, phrases: Sequence[Phrase], j: int) -> bool:
    """The amount at ``j`` is in parentheses right after a figure in no currency the grammar reads
    and the words of that currency ("2.013 trillion CFA francs ($3.8 billion)"): it converts a
    figure of another currency, so it is no sign of the paragraph's currency."""
    q, before = phrases[j], phrases[j - 1]
    if not q.parenthesised or _currency(before.stated) is not None:
        return False
    return _WORDS_THEN_OPEN.fullmatch(text, before.end, q.start) is not None


_WORDS_THEN_OPEN = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,3}\s*\(")
"""Between a figure and the amount in parentheses after it: the words of its unread unit."""


def _converts(text: str, phrase: Phrase, after: Phrase) -> bool:
    """``after`` is an amount in a currency alone in parentheses right after ``phrase`` (or after
    an abbreviation in parentheses: "5 billion (Br) ($3 million)")."""
    between = text[phrase.end : after.start]
    opens = _OPENS.fullmatch(between) is not None
    return after.parenthesised and opens and _currency(after.stated) is not None


_OPENS = re.compile(r"\s*(?:\([A-Za-z]{1,4}\.?\)\s*)?\(")
"""Between an amount and its conversion: the parenthesis, after a currency's abbreviation ("(Br)")."""


def _names_money(text: str, begin: int, start: int) -> bool:
    """The sentence names money before the figure, and the noun the figure is "of" (if any) is
    money too: "a deficit of 1.47 billion", never "a population of 38 million"; nor is it money
    where a noun of people or things counted comes after the last word of money ("arrivals and
    receipts both rose: arrivals grew by 7.7 percent to 16.4 million": the figure is the
    arrivals'), unless a figure counts it ("receipts from 16 million visitors") or a preposition
    ties it to the money's noun ("spending by visitors")."""
    of = _OF.search(text, begin, start)
    if of is not None:
        return _MONEY.fullmatch(of.group(1)) is not None
    money = [m.end() for m in _MONEY.finditer(text, begin, start)]
    if not money:
        return False
    counted = _COUNTED.finditer(text, money[-1], start)
    return not any(
        _FIGURE_BEFORE.search(text, begin, m.start()) is None
        and _TIED.search(text, money[-1], m.start()) is None
        for m in counted
    )


_COUNTED = lazy(
    r"\b(?:arrivals|visitors|tourists|passengers|travell?ers|guests|holidaymakers|residents|"
    r"people|inhabitants|population|workers|employees|jobs|users|subscribers|students|patients|"
    r"vehicles|trips|visits|departures)\b",
    re.IGNORECASE,
)
"""Plural nouns of people or things counted."""
_FIGURE_BEFORE = lazy(r"(?:\d|\d\s?(?:thousand|million|billion|[mk]|bn|mn))\s*$", re.IGNORECASE)
"""A figure right before a noun, which counts it ("16 million visitors")."""
_TIED = lazy(r"\b(?:by|of|from|per|among|for)\s+(?:the\s+)?(?:[a-z-]+\s+)?$", re.IGNORECASE)
"""A preposition right before a noun counted, which ties it to the money's noun ("spending by
visitors", "receipts from foreign tourists"): the noun names whose money it is, the figure stays
money (review25: "Spending by visitors grew 7.7 percent to 16.4 million" was read a count)."""


_OF = re.compile(r"(\w+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _bare(text: str, phrase: Phrase) -> bool:
    stated = phrase.stated
    plain = (
        stated.unit is None
        and stated.qualifier is None
        and stated.exponent >= 6
        and stated.high is None
    )
    signed = _CODE_BEFORE.search(text, max(0, phrase.start - 5), phrase.start) is not None
    return plain and not signed and _AFTER.match(text, phrase.end) is not None


_CODE_BEFORE = re.compile(r"(?<![\w$€£¥])[A-Z]{2,3}\s?$")
"""Capitals right before a figure: a sign or code the grammar does not read ("SD 26.0 billion"),
so the figure is printed with a currency of its own, never the paragraph's."""


def _currency(stated: Stated) -> str | None:
    unit = stated.unit
    return unit.key if unit is not None and unit.is_currency else None


def _in_form_of(phrase: Phrase, models: list[Phrase]) -> Phrase | None:
    """The bare phrase written as the first model whose form reads back as the same number in
    the model's currency ("PLN 231.55bn": "PLN 200.09bn")."""
    for model in models:
        if model.stated.qualifier is not None or model.stated.direction is not None:
            continue
        m = _NUMBER.search(model.value)
        if m is None:
            continue
        end = m.end()
        scale = model.stated.scale_word
        rest = model.value[end:]
        if scale is not None and rest.lower().startswith(scale.lower()):
            end += len(scale)
        elif scale is not None and rest[:1] == " " and rest[1:].lower().startswith(scale.lower()):
            end += 1 + len(scale)
        value = model.value[: m.start()] + phrase.value + model.value[end:]
        try:
            stated = read(value)
        except GrammarError:
            continue
        if _currency(stated) == _currency(model.stated) and stated.value == phrase.stated.value:
            label = model.stated.unit.label if model.stated.unit is not None else ""
            written = phrase.note or phrase.value  # a zero's word: "zero"
            note = f'printed "{written}" with no currency: in {label}, as the paragraph\'s other amounts'

            return msgspec.structs.replace(phrase, value=value, stated=stated, note=note)
    return None
