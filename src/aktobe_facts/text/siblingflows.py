"""Two products of one flow, for the rules that pair a whole and its part: "lower crude oil exports,
down to A, and lower liquefied natural gas (LNG) exports, down to B" name two products of the
exports, siblings, neither the whole of the other, whatever the role reader
(:mod:`aktobe_facts.text.draftroles`) made of either's words (a bracketed "(LNG)" ends the words it
reads). Two figures of one flow whose own words before the flow's noun each name a product or kind
("crude oil", "liquefied natural gas") are siblings when neither's words hold the other's: "oil
exports" hold the "crude oil exports", "oil and gas exports" the "gas exports", "exports" and
"total exports" name no product and hold any.

A flow whose own words name no product takes the one its sentence opens on as its topic ("As for
wheat, ... with an estimated production of 6.4 million tons", "Regarding wheat,", "In the case of
wheat,"): the figures after such an opener are that product's, so "Corn production" is no part of
them (a Xinhua report of Brazil's grain forecast, the nineteenth session's end-of-session run). An
opener whose words name a place, a company or a period ("As for China,", "For the year,") names no
product, and the flow holds any as before."""

from __future__ import annotations

import re
from functools import lru_cache

from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftroles import VERBISH, Role, place_words, roles
from aktobe_facts.text.placeopener import names_a_holder, period_words

_ACRONYM = re.compile(r"\(\s*[A-Z][A-Za-z0-9&-]{1,9}\s*\)")
"""A product's short name in brackets before the flow's noun: "liquefied natural gas (LNG)"."""
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
_JOINED = frozenset(["and", "or", "&"])
"""Between two products one figure names together ("oil and gas exports")."""
_STOP = frozenset(
    re.findall(
        r"\S+",
        """the a an of from to in on at by for with as its their his her our this that these
        those than while whereas but which who whose was were is are be been has have had also
        including lower higher increased decreased reduced rising falling growing declining strong
        weak weaker stronger total overall aggregate combined gross all whole entire net""",
    )
)
"""Words that end a product's name, going back from the flow's noun: a function word, a verb, a
change ("lower crude oil exports") or a word that names the whole ("total exports")."""
_NO_PRODUCT = frozenset(
    re.findall(
        r"\S+",
        """domestic national general merchandise goods good foreign external overseas
        international annual monthly quarterly yearly daily weekly country same related estimated
        expected planned projected actual provisional official recorded registered reported budget
        budgets fiscal government governments treasury public state federal central consolidated
        local regional municipal republican sovereign pension fund funds operating fob cif cfr""",
    )
)
"""Words before a flow's noun that name its scope, owner, period or kind of figure, not a
product: "domestic exports", "budget expenses", "operating income", "FOB exports" (a valuation)
hold the products."""
_MONTH = re.compile(MONTH_NAMES, re.IGNORECASE)
_TOPIC = re.compile(
    r"\s*(?:as\s+(?:for|to|regards)|regarding|concerning|in\s+the\s+case\s+of|turning\s+to|"
    r"when\s+it\s+comes\s+to)\s+(?P<topic>[^,;:.()\d]{1,60}?)\s*,",
    re.IGNORECASE,
)
"""A sentence's opening that names the topic of what follows: "As for wheat,", "Regarding
wheat,", "In the case of wheat,". A closed class of topic phrases; "For X," and "In X," are left
out, as they open on periods and places as often ("For the year,", "In 2031,")."""
_AFTER_NOUN = re.compile(r"\s+(?:for|of)\s+")
"""After the flow's noun, with no article: the product it is of, where the role reader reads those
words as the flow's part and they name no holder ("Production for groundnuts is estimated to be
53 750t", "production of white maize": Farmer's Weekly's crop estimates, sweep J of the twentieth
session; "exports of the province" are the province's)."""
_VERB_FORM = re.compile(r"\w+ed$|spent|sold|paid")
_NOUN = re.compile(r"[\w'’-]+")
"""A role read from a verb ("Brunei exported"): no noun, no product words before it."""


def product_words(text: str, placed: Placed, role: Role) -> list[frozenset[str]]:
    """The products the words right before the flow's noun name, one set of words per product
    joined by "and" or "or" ("oil and gas exports": {oil}, {gas}); else the product "for" or "of"
    after the noun names, where the role reader reads it as the flow's part ("Production for
    groundnuts"); else the topic its sentence opens on; none for a flow named by a verb or with
    no such words ("exports", "total exports", "Brunei's exports")."""
    return list(
        _product_words(text, placed.sentence[0], role.start, role.owner | role.whose, role.part)
    )


@lru_cache(maxsize=1024)
def _product_words(
    text: str, sentence: int, start: int, skip: frozenset[str], part: str | None
) -> tuple[frozenset[str], ...]:
    """:func:`product_words` from what it reads (the sentence's start, the role's start, its
    holders' and its part's words), kept: a pair rule asks it for each figure of each pair, and
    it reads the sentence's words up to the role."""
    noun = _NOUN.match(text, start)
    if noun is None or _VERB_FORM.fullmatch(noun.group(0).lower()):
        return ()
    head = _ACRONYM.sub(" ", text[sentence:start]).lstrip()
    head = head[:1].lower() + head[1:]  # "Crude oil exports": a sentence's capital names nothing
    own = _products(head, skip, stop=True)
    if own:
        return tuple(own)
    after = _AFTER_NOUN.match(text, noun.end())
    if (
        after is not None
        and part is not None
        and not names_a_holder(part)  # "exports of the province": a holder, no product
        and _names(text, after.end(), part)
    ):
        return tuple(_products(part, skip, stop=False))  # "Production for groundnuts"
    topic = _TOPIC.match(text, sentence, start)
    if topic is None or period_words(topic.group("topic")):
        return ()  # "As for the first half,": a period, no product
    return tuple(_products(topic.group("topic"), skip, stop=False))


def _names(text: str, start: int, words: str) -> bool:
    """``text`` holds ``words`` at ``start``, whole words."""
    end = start + len(words)
    return text[start:end] == words and not (end < len(text) and text[end].isalnum())


def products_before(head: str, stop: bool) -> list[frozenset[str]]:
    """The products the words of ``head`` name, read back from its end (a sentence's capital
    names nothing): for :mod:`aktobe_facts.text.equalproducts`."""
    head = head.lstrip()
    return _products(head[:1].lower() + head[1:], frozenset(), stop)


def _products(head: str, skip: frozenset[str], stop: bool) -> list[frozenset[str]]:
    """The products named by the words of ``head`` read back from its end: to the first word that
    names none where ``stop``, else nothing at all where any word names no product (a topic's
    words name a product whole or not at all: "As for China's exports," is a place's)."""
    groups: list[set[str]] = [set()]
    for position, token in enumerate(reversed(_WORD.findall(head))):
        low = token.lower().replace("’", "'")
        if VERBISH.match(low) and (position == 0 or not re.search(r"(?:ed|ing)$", low)):
            if not stop:
                return []
            break  # "said exports", "the report shows exports": a verb; "refined diesel" a kind
        if low in _JOINED and groups[-1]:
            groups.append(set())
            continue
        if (
            not token[0].isalnum()
            or low in _STOP
            or low.endswith("'s")
            or any(c.isdigit() for c in token)  # "2030 exports", "Q1 exports"
            or _MONTH.fullmatch(low)
            or low in place_words()
            or (token[0].isupper() and not token.isupper())  # "Brunei", "September": no product
        ):
            if not stop and low not in ("the", "a", "an"):
                return []
            break
        if low not in _NO_PRODUCT and low not in skip:
            groups[-1].add(low.removesuffix("s") if len(low) > 3 else low)
    return [frozenset(g) for g in groups if g]


def siblings(text: str, whole: Placed, whole_role: Role, part: Placed, part_role: Role) -> bool:
    """The two figures name two products of one flow, neither holding the other: no whole and part
    ("crude oil exports" beside "liquefied natural gas (LNG) exports")."""
    if whole_role.name != part_role.name:
        return False
    of_whole = product_words(text, whole, whole_role)
    of_part = product_words(text, part, part_role)
    if not of_whole or not of_part:
        return False
    named, holding = frozenset().union(*of_part), frozenset().union(*of_whole)
    return not named <= holding and not any(product <= named for product in of_whole)


def sibling_sum(article: Article, relation: DraftRelation) -> bool:
    """A sum one of whose parts names a product its total's words do not hold."""
    total, parts = relation.fields.get("total"), relation.fields.get("parts")
    if relation.kind != "sum" or not isinstance(total, str) or not isinstance(parts, list):
        return False
    named = roles(article)
    placed = {p.figure.id: p for p in article.figures}
    if total not in named or total not in placed:
        return False
    return any(
        siblings(article.text, placed[total], named[total], placed[p], named[p])
        for p in parts
        if p in named and p in placed
    )
