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
from aktobe_facts.text.draftarticle import paragraphs
from aktobe_facts.text.phrases import Phrase, read
from aktobe_facts.text.sentences import Span

_MONEY = re.compile(
    r"\b(?:revenues?|receipts|incomes?|spending|spent|expenditures?|expenses|outlays|deficits?|"
    r"surplus(?:es)?|gap|shortfall|exports?|imports?|earnings|earned|turnover|budgets?|tax(?:es)?|"
    r"limits?|targets?|plans?|debts?|costs?|profits?|investments?|trade|balance|prices?|worth|"
    r"value|sales|payments)\b",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"\s*(?:[,.;:)(]|$|(?:in|on|at|to|from|for|by|and|or|while|whereas|than|a|an|the|this|"
    r"that|last|compared|against|with)\b)",
    re.IGNORECASE,
)
"""What may follow a bare amount: punctuation or a linking word, never a noun it could count."""
_NUMBER = re.compile(r"\d[\d.,\u00a0\u202f' ]*")


def priced(text: str, phrases: Sequence[Phrase], sentences: Sequence[Span]) -> list[Phrase]:
    """The phrases, each bare amount that its paragraph's one currency prices written in it (with
    the conversion in parentheses right after it as its counterpart: "by 16bn (EUR 3.8bn)")."""
    breaks = paragraphs(text)
    paragraph = [bisect.bisect_right(breaks, p.start) for p in phrases]
    starts = [s[0] for s in sentences]
    found: list[Phrase | None] = list(phrases)
    for i, phrase in enumerate(phrases):
        if found[i] is None or not _bare(text, phrase):
            continue
        after = phrases[i + 1] if i + 1 < len(phrases) else None
        converted = after if after is not None and _converts(text, phrase, after) else None
        near = [
            (abs(q.start - phrase.start), q)
            for q, k in zip(phrases, paragraph, strict=True)
            if k == paragraph[i] and q is not converted and _currency(q.stated) is not None
        ]
        currencies = {_currency(q.stated) for _, q in near}
        if len(currencies) != 1 or (converted and _currency(converted.stated) in currencies):
            continue
        k = bisect.bisect_right(starts, phrase.start) - 1
        begin = sentences[k][0] if k >= 0 else 0
        if not (_names_money(text, begin, phrase.start) or converted):
            continue
        made = _in_form_of(phrase, [q for _, q in sorted(near, key=lambda n: n[0])])
        if made is None:
            continue
        if converted is not None:
            close = text.index(")", converted.end) + 1
            made = msgspec.structs.replace(made, counterparts=(converted.value,), outer_end=close)
            found[i + 1] = None
        found[i] = made
    return [p for p in found if p is not None]


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
    money too: "a deficit of 1.47 billion", never "a population of 38 million"."""
    of = _OF.search(text, begin, start)
    if of is not None:
        return _MONEY.fullmatch(of.group(1)) is not None
    return _MONEY.search(text, begin, start) is not None


_OF = re.compile(r"(\w+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _bare(text: str, phrase: Phrase) -> bool:
    stated = phrase.stated
    plain = (
        stated.unit is None
        and stated.qualifier is None
        and stated.exponent >= 6
        and stated.high is None
    )
    return plain and _AFTER.match(text, phrase.end) is not None


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
            note = f'printed "{phrase.value}" with no currency: in {label}, as the paragraph\'s other amounts'

            return msgspec.structs.replace(phrase, value=value, stated=stated, note=note)
    return None
