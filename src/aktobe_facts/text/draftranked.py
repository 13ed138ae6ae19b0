"""Ranked lists, for a draft (``kind = "order"``): the figures of a list the words rank.

- "A was the top trading partner at X, followed by B at Y and C at Z": each figure is not below
  any after it (X >= Y, Z; Y >= Z): "followed by" ranks the whole list;
- "A came first at X, ahead of B at Y, C at Z and D at W": the first figure is not below any of
  the others (X >= Y, Z, W); the words rank only the first.

The figures are levels of one unit (:func:`aktobe_facts.text.levels.alike`) in one sentence:
the ranked one with a word of first place in its clause before it ("top", "largest", "first",
"leading"), then "followed by" or "ahead of" after it, then the list, each after a comma or "and"
with no verb between (a part's own share in parentheses, "(8.7%)", is passed over). Anything else
ends the list. The ranked figure's bracket may hold its share or change after it ("the most
passengers (958,027, 21.8% of the total), ahead of ..."): the list starts after its close.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftcounts import measures_alike, past_noun
from aktobe_facts.text.draftfigures import DraftRelation, is_percent
from aktobe_facts.text.draftorder import comparable, order
from aktobe_facts.text.draftwords import PAST_VERB
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.planwords import TO_COME
from aktobe_facts.text.sentences import clause_start

_FIRST = re.compile(
    r"\b(?:top|largest|biggest|highest|most|leading|leads|main|principal|first|first-ranked|"
    r"number\s+one|led|"
    r"(?:(?:was|were|is|are|came|comes|ranked|ranks|placed|stood)\s+(?:in\s+)?"
    r"(?:second|third|fourth|fifth)))\b",
    re.IGNORECASE,
)
"""A word of place before the ranked figure, in its clause: first place, or a later one the list
after "followed by" or "ahead of" comes below ("China was third with 5.7%, ahead of ...")."""
_NOT_A_PLACE = lazy(
    r"\bfirst\b(?:\s+[\w'’-]+){0,2}?\s+to\s+[a-z]|"
    r"\bfirst\s+(?:[\w'’-]+\s+){0,2}?(?:ship\w*|cargo\w*|deliver\w*|batch\w*|consignment\w*|"
    r"arriv\w*|to\b)",
    re.IGNORECASE,
)
"""A "first" of time, not of place: "the first to be shipped", "the first metal to recover its
sales", "the first shipment": the list after it is in order of time."""
BY_CHANGE = re.compile(
    r"\b(?:gain\w*|increas\w*|ris(?:e|es|ing)|growth|growing|grew|fastest|jump\w*|surg\w*|"
    r"declin\w*|fall\w*|drop\w*|los(?:er|ers|s|ses)|decreas\w*)\b",
    re.IGNORECASE,
)
"""A ranking by a change ("the top gainer among exports was tin (X)", "the largest increase came
in hides (X)", "growth in exports was led by tin"): the figures may be levels, which the ranking
does not order."""
_BY_MEASURE = re.compile(
    r"\bby\s+(?:(?P<value>value|revenue|earnings|worth)|"
    r"(?P<amount>volume|tonnage|weight|quantity|number|count))\b",
    re.IGNORECASE,
)
"""The measure a ranking is by: "the largest export by volume" ranks by an amount, whatever the
figures in its list measure."""
_AFTER = re.compile(r"[\s,;]*(?:(?P<chain>followed\s+by)|(?P<first>ahead\s+of))\b", re.IGNORECASE)
"""From the ranked figure to the list: "followed by" ranks every figure; "ahead of" the first."""
_NAMED = (
    r"(?:[A-Za-z][^,;.()\d]{0,60}?\s+(?:at|with|on|of)|"
    r"(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))\s*$"
)
"""A member's name before its figure: words and "at", "with", "on" or "of" ("and China at"), or a
proper name right before it ("the Dutch 862", "Serbia 5,010")."""
_ITEM = lazy(
    rf"^\s*(?:,\s*(?:and\s+|then\s+)?|\s*and\s+|\s*then\s+)?{_NAMED}",
    re.IGNORECASE,
)
"""Between two figures of the list: a name and "at" ("and China at", ", ferro-alloys at")."""
_LEAD = lazy(rf"^[\s,;]*(?:followed\s+by|ahead\s+of)\s+{_NAMED}", re.IGNORECASE)
"""From the ranked figure to the first of the list: "followed by Turkey at"."""
_LEAD_BRACKETED = re.compile(
    r"^[\s,;]*(?:followed\s+by|ahead\s+of)\s+(?:the\s+)?[A-Za-z][^,;.()\d]{0,60}?\s*\(\s*$",
    re.IGNORECASE,
)
"""From the ranked figure to the first of a list whose figures stand in brackets after their
names: ", followed by chemicals (" (each figure then closes its brackets)."""
_ITEM_BRACKETED = re.compile(
    r"^\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Za-z][^,;.()\d]{0,60}?\s*\(\s*$",
    re.IGNORECASE,
)
"""Between two figures of such a list: "), machinery and transport equipment (", ") and Israel ("."""
_CLOSED = re.compile(r"\s*\)")
_NEXT_SENTENCE = re.compile(
    r"\s*\.\s+(?:It|They)\s+(?:is|was|are|were)\s+(?P<chain>followed\s+by)\b", re.IGNORECASE
)
"""The ranked figure ends its sentence and the next one opens on its list: ". It is followed by"
(the pronoun the ranked subject: "It" names nothing else a sentence ending on the figure
ranked)."""
_ONE_FIRST = lazy(
    r"\b(?:top|largest|biggest|highest|most(?!\s+of\b)|leads|first(?!-)|number\s+one)\b(?P<head>(?:\s+"
    r"(?!(?:of|was|were|is|are|went|came|belonged|with|in|to|from|by|and)\b)[\w'’-]+){0,2})",
    re.IGNORECASE,
)
"""A word that gives one member first place, for a list with no "followed by" ("The highest
volume of exports went to A with X, B with Y", "A leads the list with X, B with Y", "the most
tourists came from A (X), B (Y)"): never "main", "principal" or "leading", which a group shares
("the main partners were A (X), B (Y)"), nor a superlative of a plural ("the largest markets were
A (X), B (Y)"; ``head``, the words after it)."""
_PROPER = r"(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
_ITEM_DIRECT = lazy(
    rf"^\s*(?:,\s*(?:and\s+)?|\s+and\s+){_PROPER}\s+(?:(?:at|with)\s*)?$", re.IGNORECASE
)
_ITEM_DIRECT_BRACKETED = lazy(
    rf"^\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+){_PROPER}\s*\(\s*$", re.IGNORECASE
)
"""Between two figures of a list with no "followed by": a proper name, with "at" or "with" or in
brackets after it (", India with", "), Serbia ("); never a noun's words (", an increase in the
balance of": another figure of the clause, no member)."""
_PLURAL = lazy(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|[\w'’-]*[^\Wsiu]s)\b", re.IGNORECASE
)
_AT = re.compile(r"[\s,]*(?:at|with)\s*", re.IGNORECASE)
"""A clause of the ranked figure alone after a comma: "Oil remained the biggest export, at X"."""
_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")
_WHOLE = lazy(
    r"\s+of\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*(?=[\s,]*(?:followed|ahead)\b)",
    re.IGNORECASE,
)
"""A ranked share's whole before the list: "21.2% of arrivals, followed by"."""
_CLOSE = re.compile(r"[^()]{0,80}\)")
_VERB = re.compile(rf"\b(?:{PAST_VERB}|was|were|is|are|has|have|had|will)\b", re.IGNORECASE)
_CLAUSE = re.compile(
    r"\b(?:was|were|is|are|has|have|had|will|which|who|whose|where|while|whereas)\b", re.I
)
_IN_ED = lazy(rf"(?:(?P<before>[\w'’-]+)\s+)?\b{PAST_VERB}\b(?P<after>\s+[\w'’-]+)?")
_NOT_A_NOUN = re.compile(
    r"\s+(?:to|at|by|from|in|on|with|for|as|over|under|up|down|off|out|about|into|since|than|"
    r"and|or|but|nor|[a-z]+ly)$"
)


def _names_a_clause(words: str) -> bool:
    """The words between two bracketed members hold another clause: a verb of being, a relative
    pronoun, or a word in -ed that is a verb, not an adjective before its noun ("miscellaneous
    manufactured articles" is one name; "Erewhon imported wool", a name and its verb, and "exports
    dropped to" are clauses)."""
    if _CLAUSE.search(words):
        return True
    for said in _IN_ED.finditer(words):
        before, after = said.group("before"), said.group("after")
        named = before is not None and before[0].isupper()
        if named or after is None or not after.strip()[0].islower() or _NOT_A_NOUN.match(after):
            return True
    return False


def _open_bracket(text: str, start: int) -> int | None:
    """Where the bracket opens that the figure at ``start`` stands in, past white space only ("the
    leading export (41%)"), or None."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i >= 0 and text[i] == "+":  # "(+8%)": a rise's sign inside the bracket
        i -= 1
    return i if i >= 0 and text[i] == "(" else None


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found: list[DraftRelation] = []
    sentences = article.sentences()
    for n, figures in enumerate(sentences):
        for k, top in enumerate(figures):
            bracket = _open_bracket(text, top.figure.phrase.start)  # "the leading export (41%)"
            in_brackets = bracket is not None
            at = top.figure.phrase.start if bracket is None else bracket
            start = clause_start(text, top.sentence[0], at)
            comma = text.rfind(",", top.sentence[0], start + 1)
            if comma > 0 and _AT.fullmatch(text, start, top.figure.phrase.start):
                start = clause_start(text, top.sentence[0], comma)  # "the biggest export, at X"
            if not _FIRST.search(text, start, top.figure.phrase.start):
                continue
            if _other_ranking(text, start, top):
                continue
            end = past_noun(text, top.figure)  # "12.5 million bags"
            if in_brackets:
                closed = _CLOSED.match(text, end)  # "the leading export (41%), followed by"
                if closed is None:  # "the most passengers (958,027, 21.8% of the total), ahead of"
                    closed = _CLOSE.match(text, end)
                end = closed.end() if closed else end
            aside = _ASIDE.match(text, end)  # "(21.7% of exports)"
            if aside is None and _share(top):
                aside = _WHOLE.match(text, end)  # "21.2% of arrivals"
            after = _AFTER.match(text, aside.end() if aside else end)
            rest, across = figures[k + 1 :], False
            if after is None and k == len(figures) - 1 and n + 1 < len(sentences):
                # "Chile was the main market, with X. It is followed by Russia (Y), ..."
                after = _NEXT_SENTENCE.match(text, aside.end() if aside else end)
                rest, across = sentences[n + 1], True
                if rest[0].sentence_index != top.sentence_index + 1:
                    continue
            direct = False
            if after is None and not across:
                direct = _ranks_one(
                    text, start, top
                )  # "the highest ... went to A with X, B with Y"
                if not direct:
                    continue
            if after is None:
                begin = bracket_end(text, end) if in_brackets else (aside.end() if aside else end)
            else:
                begin = after.start("chain") if across else after.start()
            flows = _flows(text[start : top.figure.phrase.start])
            months = _MONTH_RANKED.match(text, start) is not None and not any(
                start <= f.figure.phrase.start < top.figure.phrase.start for f in figures
            )  # the month ranked is the first figure of its clause
            listed = _list(text, top, rest, begin, flows, direct, months)
            if not listed:
                continue
            last = listed[-1].figure.phrase.outer_end
            closed = _CLOSED.match(text, last)
            bracketed = _open_bracket(text, listed[-1].figure.phrase.start) is not None
            first = at
            quote = text[first : closed.end() if closed and bracketed else last]
            ranked = [top, *listed]
            firsts = ranked[:-1] if after is not None and after.group("chain") else ranked[:1]
            for i, left in enumerate(firsts):
                found.append(order(left, ">=", ranked[i + 1 :], quote))
    found += _led_before(article)
    return found, []


_LED_NAME = lazy(rf"(?:^|[,;:]\s*|\band\s+){_PROPER}\s*$", re.IGNORECASE)
"""Before a leader's bracket: its proper name opening its clause ("Asia and the Pacific (")."""
_LED = lazy(
    rf"\s*\)\s*(?:(?P<second>and\s+{_PROPER}\s*\((?=\s*\+?\d))|(?:led|topped|headed)\b"
    r"(?:\s+the\s+(?:growth|rise|increase|gains?|list|ranking|rankings|table|way|field|pack)"
    r"(?:\s+(?:in|of)(?:\s+[a-z][\w'’-]*){1,3})?)?)",
    re.IGNORECASE,
)
"""After a leader's figure: " ) and Europe (" (a second leader), or " ) led the growth", "topped
the list of exports", "led the way" (never another object: "led the talks" ranks nothing)."""


def _led_before(article: Article) -> list[DraftRelation]:
    """ "Asia (+8%) and Europe (+7%) led the growth, ahead of Africa (+6%), the Middle East (+4%)
    and the Americas (+3%)": a verb of first place after the ranked members' figures in brackets
    ("led", "topped", "headed"), then "ahead of" or "followed by" and the list; each leader is not
    below any member of the list (the leaders are not ranked between them), and "followed by"
    ranks the list too (twenty-fourth session, orders24)."""
    text = article.text
    found: list[DraftRelation] = []
    for figures in article.sentences():
        k = 0
        while k < len(figures):
            leaders, end = _leaders(text, figures, k)
            if not leaders:
                k += 1
                continue
            after = _AFTER.match(text, end)
            last = leaders[-1]
            rest = figures[last.index + 1 :]
            head = text[last.sentence[0] : leaders[0].figure.phrase.start]
            listed = (
                _list(text, leaders[0], rest, after.start(), _flows(head), growths=True)
                if after
                else []
            )
            alike = all(
                measures_alike(leaders[0], p) or comparable(leaders[0], p) for p in leaders[1:]
            )
            listed = _bracketed_alone(text, listed)
            changes = BY_CHANGE.search(text, leaders[-1].figure.phrase.outer_end, end)
            if changes and not all(_a_change(text, p) for p in listed):
                listed = []  # "led the growth, ahead of Africa (31%)": a share, no growth
            if after is None or not listed or not alike:
                k += len(leaders)
                continue
            last_end = listed[-1].figure.phrase.outer_end
            closed = _CLOSED.match(text, last_end)
            quote = text[leaders[0].figure.phrase.start : closed.end() if closed else last_end]
            for leader in leaders:
                found.append(order(leader, ">=", listed, quote))
            if after.group("chain"):
                for i, left in enumerate(listed[:-1]):
                    found.append(order(left, ">=", listed[i + 1 :], quote))
            k += len(leaders) + len(listed)
    return found


def _bracketed_alone(text: str, listed: list[Placed]) -> list[Placed]:
    """The list's members up to the first whose bracket holds words of its own after its figure
    ("ahead of Africa (+9% in receipts)": another measure or period than the leaders'; twenty-fifth
    session, change25): the leaders' figures stand alone in their brackets, and so must each member
    ranked against them."""
    kept: list[Placed] = []
    for placed in listed:
        opened = _open_bracket(text, placed.figure.phrase.start) is not None
        if opened and _CLOSED.match(text, past_noun(text, placed.figure)) is None:
            break
        kept.append(placed)
    return kept


def _leaders(text: str, figures: list[Placed], k: int) -> tuple[list[Placed], int]:
    """The leaders that start at ``figures[k]`` (each a proper name and its figure in brackets,
    joined by "and", then "led"), and where the words of leading end; [] for none."""
    leaders: list[Placed] = []
    for placed in figures[k:]:
        bracket = _open_bracket(text, placed.figure.phrase.start)
        if bracket is None:
            return [], 0
        start = leaders[-1].figure.phrase.outer_end if leaders else placed.sentence[0]
        if not leaders and not _LED_NAME.search(text[start:bracket]):
            return [], 0
        leaders.append(placed)
        led = _LED.match(text, placed.figure.phrase.outer_end)
        if led is None:
            return [], 0
        if led.group("second"):
            continue  # " ) and Europe (": a second leader
        if _other_ranking(text, placed.sentence[0], placed) and not is_percent(placed.figure):
            return [], 0
        if BY_CHANGE.search(led.group(0)) and not all(_a_change(text, p) for p in leaders):
            return [], 0  # "Asia ($2 billion) led the growth": ranked by a change, not its level
        return leaders, led.end()
    return [], 0


def _a_change(text: str, placed: Placed) -> bool:
    """A percent of change: a growth, or signed in its bracket ("(+8%)")."""
    signed = text[max(0, placed.figure.phrase.start - 3) : placed.figure.phrase.start]
    return is_percent(placed.figure) and (placed.figure.kind == "growth" or "+" in signed)


def bracket_end(text: str, end: int) -> int:
    """Where the bracket closes that a ranked figure stands in: its ")" (the list after it
    opens on "), B (")."""
    closed = text.rfind(")", 0, end)
    return closed if closed >= 0 else end


def _ranks_one(text: str, start: int, top: Placed) -> bool:
    """A word before the ranked figure, in its clause, gives its member first place of one: a
    superlative of a singular ("the highest volume"), "most" ("the most tourists") or "leads"."""
    for m in _ONE_FIRST.finditer(text, start, top.figure.phrase.start):
        head = m.group("head")
        if m.group(0).lower().startswith("most") or not _PLURAL.search(head):
            return True
    return False


def _other_ranking(text: str, start: int, top: Placed) -> bool:
    """The ranking clause orders by time ("the first to be shipped was tin (X)"), by a change
    ("the top gainer was tin (X)") or by a measure other than its figures' ("the largest export
    by volume was coal (US$41 million)")."""
    clause = text[start : top.figure.phrase.start]
    if _NOT_A_PLACE.search(clause):
        return True
    if BY_CHANGE.search(clause) and not is_percent(top.figure):
        return True  # "the largest rises were in A (3.1%), B (1.9%)": the changes themselves
    by = _BY_MEASURE.search(clause)
    if by is None or is_percent(top.figure):
        return False
    unit = top.figure.phrase.stated.unit
    money = unit is not None and unit.kind == "currency"
    return money != (by.group("value") is not None)


def _list(
    text: str,
    top: Placed,
    rest: list[Placed],
    start: int,
    flows: set[str],
    direct: bool = False,
    months: bool = False,
    growths: bool = False,
) -> list[Placed]:
    """The figures of the list after the ranked one, in order (``flows``: the flows the ranking's
    clause names; ``direct``: the list right after it, with no "followed by"; ``months``: a
    ranking of months, whose members' names are months, no other time)."""
    listed: list[Placed] = []
    position = start
    shares = _share(top)  # a list of shares: its percents are its members, not asides
    bracketed: bool | None = None  # its figures in brackets after their names: "B (Y), C (Z)"
    for placed in rest:
        if placed.figure.phrase.start < start:
            continue  # the ranked figure's own bracket: "(958,027, 21.8% of the total)"
        if is_percent(placed.figure) and not shares:  # "(8.7%)": the part's own share
            opened = (
                text[max(0, placed.figure.phrase.start - 4) : placed.figure.phrase.start]
                .rstrip()
                .endswith("(")
            )
            close = _CLOSE.match(text, placed.figure.phrase.outer_end) if opened else None
            position = close.end() if close else placed.figure.phrase.outer_end
            continue
        raw = text[position : placed.figure.phrase.start].removesuffix("+")  # "(+6%)"
        gap = _ASIDE.sub(" ", raw).replace("(", " ")
        pattern = _ITEM_DIRECT if direct else _ITEM if listed else _LEAD
        words = re.sub(r"followed\s+by", "", gap, flags=re.IGNORECASE)
        member = _same_whole(text, top, placed) if shares else measures_alike(top, placed)
        member = member or (growths and comparable(top, placed))  # "ahead of Africa (+6%)"
        end = past_noun(text, placed.figure)
        lead = _ITEM_DIRECT_BRACKETED if direct else _LEAD_BRACKETED
        if bracketed is None:
            bracketed = bool(lead.match(raw)) and bool(_CLOSED.match(text, end))
        if bracketed:
            item = _ITEM_DIRECT_BRACKETED if direct else _ITEM_BRACKETED
            within = (item if listed else lead).match(raw)
            ok = within is not None and _CLOSED.match(text, end) is not None
        else:
            ok = pattern.match(gap) is not None
        clause = _names_a_clause(words) if bracketed else _VERB.search(words)
        named = _MONTH.sub(" ", raw) if months else raw  # "followed by January with 14%"
        if months and _MONTH_MEMBER.search(raw) is None:
            break  # a ranking of months holds months only
        if not member or not ok or clause or _another_time(named) or _not_a_member(raw, flows):
            break
        listed.append(placed)
        position = end
    if listed and _another_time(_member_tail(text, listed[-1], position)):
        listed.pop()  # "..., and gas (US$50 million) a year earlier": last year's, unranked
    return listed


_ANOTHER_TIME = lazy(
    rf"\b(?:earlier|ago|before|previous|prior|preceding|last|next|coming|year|years|month|"
    rf"months|quarter|half|(?:19|20)\d\d|{MONTH_NAMES}|will|would|could|may|might)\b|{TO_COME.pattern}",
    re.IGNORECASE,
)
"""A member's own words that name another period or a figure to come ("gas recorded a year
earlier (US$50 million)", "gas, expected to reach US$150 million", "the gas forecast (US$150
million)"): the ranking is of one period's reported figures, and such a member is none of them."""


_ASIDE_LEAD = re.compile(
    r"^[\s,)]*(?:and\s+)?(?:with|while|whereas|but|as|including|against|compared|plus)\b",
    re.IGNORECASE,
)
"""Before a figure after the list: an aside of the last member or another clause ("followed by
Japan at $2.0 billion, with pledges of $5.0 billion"), no member of the ranking."""
_FLOW = re.compile(
    r"\b(export|import|revenue|spending|expenditure|sale|output|production|investment|purchase|"
    r"deposit|loan)s?\b",
    re.IGNORECASE,
)


def _flows(words: str) -> set[str]:
    return {m.group(1).lower() for m in _FLOW.finditer(words)}


def _not_a_member(words: str, flows: set[str]) -> bool:
    """The words before a figure open an aside or another clause, or name a flow the ranking's
    clause does not ("Copper was the top export at X, followed by copper concentrate imports at
    Y": imports are no member of a ranking of exports)."""
    named = _flows(words)
    return _ASIDE_LEAD.match(words) is not None or bool(flows and named - flows)


_MONTHS_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH = re.compile(rf"\b(?:{_MONTHS_FULL})\b")
_MONTH_MEMBER = re.compile(rf"(?:^|,|\band|\bby)\s*(?:{_MONTHS_FULL})\s*(?:with|at|on|\()?\s*$")
_MONTH_RANKED = re.compile(rf"\s*(?:{_MONTHS_FULL})\s+(?:had|was|saw|recorded|showed|posted)\b")
"""A ranked member that is a month, its clause opening on it and its verb ("February had the
highest increase of 16%, followed by January with 14% and March with 13%"): the list ranks months,
so its members' month names are their names, no other period."""


def _another_time(words: str) -> bool:
    return _ANOTHER_TIME.search(words) is not None


def _member_tail(text: str, last: Placed, position: int) -> str:
    """The words after the list's last member up to its clause's end."""
    end = last.sentence[1]
    stop = re.search(r"[,;.]|\band\b", text[position:end])
    return text[position : position + stop.start()] if stop is not None else text[position:end]


def _share(placed: Placed) -> bool:
    """A plain percent that is a share or a rate (no growth, sign, range or bound)."""
    figure = placed.figure
    stated = figure.phrase.stated
    return (
        is_percent(figure)
        and figure.kind in (None, "share")
        and stated.direction is None
        and not stated.negative
        and not stated.is_range
        and stated.per is None
        and stated.qualifier is None
    )


_OF = lazy(r"\s+of\s+(?:the\s+)?([a-z][\w'’-]*)", re.IGNORECASE)


def _same_whole(text: str, top: Placed, placed: Placed) -> bool:
    """A share of the list: a plain percent of the top's whole, or of none it names."""
    own = _OF.match(text, placed.figure.phrase.outer_end)
    whole = _OF.match(text, top.figure.phrase.outer_end)
    return _share(placed) and (
        own is None or (whole is not None and own.group(1).lower() == whole.group(1).lower())
    )
