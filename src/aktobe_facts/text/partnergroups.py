"""Trade partners that contain one another are no two parts of one sum: "Exports to the EU came
to B, and exports to Germany to C" counts Germany twice if B and C are drafted as parts of all
exports, since Germany is in the EU. The words do not say so; membership does.

:data:`GROUPS` holds the members of the groups of countries the articles name as partners, each
with its source; a group counts every country that has ever been its member (the United Kingdom
in the EU until 31 January 2020, Georgia in the CIS until 2009), so an article of any year is
read with the members it may mean: a sum is only ever refused for it, never made.
"""

from __future__ import annotations

import re

from aktobe_facts.text.draftarticle import Article, Placed, in_sentence
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftroles import Role, roles

_EURO_AREA = (
    "austria belgium bulgaria croatia cyprus estonia finland france germany greece ireland "
    "italy latvia lithuania luxembourg malta netherlands portugal slovakia slovenia spain"
)
"""The euro area's members as the European Central Bank lists them (ecb.europa.eu, "Euro area
countries"; Croatia from 2023, Bulgaria from 1 January 2026)."""
_EU = f"{_EURO_AREA} czechia denmark hungary poland romania sweden united-kingdom"
"""The European Union's 27 members as the Union lists them (european-union.europa.eu, "EU
countries"), and the United Kingdom, a member from 1973 to 31 January 2020."""
_CIS = (
    "armenia azerbaijan belarus kazakhstan kyrgyzstan moldova russia tajikistan uzbekistan "
    "turkmenistan ukraine georgia"
)
"""The Commonwealth of Independent States (the CIS Executive Committee, cis.minsk.by): its nine
member states, Turkmenistan (an associate since 2005), Ukraine (a participant until 2018) and
Georgia (a member until 2009)."""
_EAEU = "armenia belarus kazakhstan kyrgyzstan russia"
"""The Eurasian Economic Union's five member states (eaeunion.org, "Member states")."""
_ASEAN = (
    "brunei cambodia indonesia laos malaysia myanmar philippines singapore thailand vietnam "
    "timor-leste"
)
"""The Association of Southeast Asian Nations' members (asean.org, "Member States"; Timor-Leste
from October 2025)."""
_GCC = "bahrain kuwait oman qatar saudi-arabia united-arab-emirates"
"""The Gulf Cooperation Council's six member states (gcc-sg.org)."""

GROUPS: dict[str, frozenset[str]] = {
    name: frozenset(members.split())
    for name, members in (
        ("euro area", _EURO_AREA),
        ("eu", _EU),
        ("cis", _CIS),
        ("eaeu", _EAEU),
        ("asean", _ASEAN),
        ("gcc", _GCC),
    )
}
"""Each group's members, by the one name :func:`country` gives them."""

_GROUP_NAMES = {
    "euro area": "euro area",
    "euro zone": "euro area",
    "eurozone": "euro area",
    "euro-zone": "euro area",
    "euro-area": "euro area",
    "eu": "eu",
    "european union": "eu",
    "eu27": "eu",
    "eu-27": "eu",
    "eu28": "eu",
    "eu-28": "eu",
    "cis": "cis",
    "eaeu": "eaeu",
    "eeu": "eaeu",
    "eurasian economic union": "eaeu",
    "asean": "asean",
    "gcc": "gcc",
    "gulf cooperation council": "gcc",
}
"""How the articles name each group as a partner ("exports to the eurozone", "to EU countries")."""

_COUNTRY_NAMES = {
    "czech republic": "czechia",
    "slovak republic": "slovakia",
    "the netherlands": "netherlands",
    "holland": "netherlands",
    "uk": "united-kingdom",
    "u.k.": "united-kingdom",
    "united kingdom": "united-kingdom",
    "britain": "united-kingdom",
    "great britain": "united-kingdom",
    "russian federation": "russia",
    "kyrgyz republic": "kyrgyzstan",
    "lao pdr": "laos",
    "viet nam": "vietnam",
    "east timor": "timor-leste",
    "saudi arabia": "saudi-arabia",
    "uae": "united-arab-emirates",
    "united arab emirates": "united-arab-emirates",
}
"""Other names of the members (the one-word names are their own)."""

_MEMBERS = frozenset().union(*GROUPS.values())
_SCOPE = re.compile(
    r"^(?:the\s+)?(?P<name>.+?)(?:\s+(?:member\s+)?(?:countries|nations|states|economies|"
    r"markets|partners|members|bloc))?$"
)


def group(partner: str | None) -> frozenset[str] | None:
    """The members of the group a partner's words name ("eu countries", "the eurozone", "cis"),
    None for a country or a partner no group names ("non-eu countries" is none)."""
    if partner is None:
        return None
    m = _SCOPE.match(partner.strip().lower())
    name = _GROUP_NAMES.get(m.group("name")) if m else None
    return None if name is None else GROUPS[name]


def country(partner: str | None) -> str | None:
    """The member a partner's words name ("germany", "the czech republic", "uk"), None for any
    other partner."""
    if partner is None:
        return None
    said = re.sub(r"\s+", " ", partner.strip().lower())
    said = _COUNTRY_NAMES.get(said, said)
    said = _COUNTRY_NAMES.get(said.removeprefix("the "), said.removeprefix("the "))
    said = said.replace(" ", "-")  # "united kingdom", "timor leste": the members' own names
    return said if said in _MEMBERS else None


def _members(partner: str | None) -> frozenset[str]:
    found = group(partner)
    if found is not None:
        return found
    one = country(partner)
    return frozenset() if one is None else frozenset({one})


def overlap(one: str | None, other: str | None) -> bool:
    """Two partners share a country: a country and a group it is in ("germany", "eu"), two
    groups with a member in common ("cis", "eaeu"; "eu", "euro area"); a partner the tables do
    not name shares nothing."""
    if one is None or other is None or one.strip().lower() == other.strip().lower():
        return False
    return bool(_members(one) & _members(other))


def nested_parts(article: Article, relation: DraftRelation) -> bool:
    """A sum two of whose parts' partners share a country ("Exports to the EU came to B, and
    exports to Germany to C"; "of which the EU took B, Germany C and China D": Germany is in the
    EU), or one of whose parts' partners holds the total's (a group as a part of one member's
    flow). A part's partner is its role's, else the groups and members its own words name."""
    total, parts = relation.fields.get("total"), relation.fields.get("parts")
    if relation.kind != "sum" or not isinstance(total, str) or not isinstance(parts, list):
        return False
    named = roles(article)
    placed = {p.figure.id: p for p in article.figures}
    members = [_part_members(article, named, placed, p) for p in parts if isinstance(p, str)]
    if any(a & b for k, a in enumerate(members) for b in members[k + 1 :]):
        return True
    whole = named.get(total)
    held = country(whole.partner) if whole is not None else None
    return held is not None and any(
        (role := named.get(p)) is not None
        and (inside := group(role.partner)) is not None
        and held in inside
        for p in parts
        if isinstance(p, str)
    )


def _part_members(
    article: Article, named: dict[str, Role], placed: dict[str, Placed], part: str
) -> frozenset[str]:
    role = named.get(part)
    if role is not None and role.partner is not None:
        return _members(role.partner)
    figure = placed.get(part)
    if figure is None:
        return frozenset()
    own = in_sentence(article, figure.sentence_index)
    k = own.index(figure)
    start = own[k - 1].figure.phrase.outer_end if k > 0 else figure.sentence[0]
    words = article.text[start : figure.figure.phrase.start]
    return frozenset().union(
        *(
            _members(m.group(0))
            for m in _NAMES.finditer(words)
            if not _OUTSIDE.search(words, 0, m.start())
        )
    )


_OUTSIDE = re.compile(
    r"\b(?:non|extra|outside|beyond|except(?:\s+for)?|excluding|other\s+than|besides|"
    r"apart\s+from|(?:the\s+)?rest\s+of)[\s-]+(?:the\s+)?"
    r"(?:(?>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*(?:,\s*|\s(?:and|or)\s+))+(?:the\s+)?)?$",
    re.IGNORECASE,
)
"""Words right before a name that take its members out ("non-EU countries", "outside the EU",
"the rest of the CIS"), a list's names after them too ("excluding Germany and France"): the
part is the rest, none of the names' members. Each name of the list is read once, as one
atomic group: "and", "or" and "the" are words of a name too (the flag makes ``[A-Z]`` any
letter; a name's "the" is its first word, the list's last one before the name the pattern's end),
and tried both ways at each of them a list of 20 "and"s took a quarter of a second and
each more one twice as long."""
_NAMES = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        re.escape(name).replace(r"\ ", r"\s+")
        for name in sorted(
            {*_GROUP_NAMES, *_COUNTRY_NAMES, *(m.replace("-", " ") for m in _MEMBERS)},
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)
"""The names of the groups and their members, as a part's own words may print them ("of which
the EU took", "Germany")."""
