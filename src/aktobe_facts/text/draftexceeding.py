"""Comparisons worded after a figure and its period, for a draft (``kind = "order"``):

- "X in 2023, exceeding (surpassing, topping, beating, outstripping) the Y recorded in 2022", "X,
  more than the Y of 2022", "X in 2023 surpassed the Y of 2022": X > Y;
- "X, falling short of (missing, trailing) the Y target", "X in 2023 fell short of the Y", "X,
  though they fell well short of 2029's Y" (the clause's subject as a pronoun, "it" or "they";
  twenty-fourth session): X < Y;
- between levels of one unit, counts of one thing ("12.5 million visitors, exceeding the 10
  million of 2022") and percents of one kind; between percents also the words of
  :mod:`aktobe_facts.text.draftupfrom` ("above", "below", "higher than", "lower than": "a growth of
  19.1 percent, lower than the 22.5 percent growth recorded a year earlier"), which that rule reads
  between levels and counts; a pace ("outpacing", "faster than", "slower than") only between two
  growths.

X and Y are next to each other in one sentence, with between them only X's period ("in 2023", "for
the first half of 2023"), the comparison and a few words naming Y ("the previous record of", "the
government's target of", a year's possessive: "2029's", "FY2029's"). A Y read with a bound
("topping more than Y"), after "by" ("exceeding the target by Z": the gap), or followed by a
percent of its own, an X that ends a list of levels ("reached A and X, surpassing Y": the list's
comparison), and a pair a rule before tied, are left alone. "The highest since 2015" compares with
years the article does not give: no order here (:mod:`aktobe_facts.text.draftsince` reads the
year's figure after "when").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.comparedterms import same_terms
from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftcounts import measures_alike, past_noun
from aktobe_facts.text.draftexceed import ends_list
from aktobe_facts.text.draftfigures import DraftRelation, between, is_percent
from aktobe_facts.text.draftorder import (
    comparable,
    order,
    percent_after,
    untied_pairs,
)
from aktobe_facts.text.draftratemoves import past_whole, whole
from aktobe_facts.text.draftupfrom import is_base
from aktobe_facts.text.pairedlists import list_against_list
from aktobe_facts.text.roletime import names_only_period, period_to_clause_end

_DEGREE = r"(?:(?:well|far|easily|comfortably|slightly|just|narrowly|even|still)\s)?"
_ABOVE_AFTER = (
    r"exceeding|surpassing|topping|beating|outstripping|overtaking|more\sthan(?=\s(?:the|"
    r"its|their|in)\s)|(?P<above_level>above|higher\sthan|larger\sthan|greater\sthan)|"
    r"(?P<above_rate>faster\sthan|quicker\sthan|outpacing)"
)
_BELOW_AFTER = (
    r"(?:falling|coming\sin|coming)\sshort\sof|missing|trailing|lagging\sbehind|"
    r"(?<=\s)(?:it|they)\s(?:fell|came\sin)\s(?:(?:well|far|slightly|just)\s)?short\sof|"
    r"less\sthan(?=\s(?:the|its|their|in)\s)|(?P<below_level>short\sof|below|lower\sthan|"
    r"smaller\sthan)|(?P<below_rate>slower\sthan)"
)
"""After X and a comma; the words of :mod:`aktobe_facts.text.draftupfrom` (``*_level``) only
between percents (or after "which is"), which that rule leaves alone; the words of a pace
(``*_rate``: "faster than the 12.9% rise", "outpacing") only between two growths, never a level
rate ("fell to 5.1 percent, faster than the 5.6 percent forecast")."""
_ABOVE_VERB = r"exceeded|exceeds|surpassed|surpasses|topped|tops|beat|beats|outstripped|outstrips"
_BELOW_VERB = r"fell\sshort\sof|falls\sshort\sof|missed|misses|trailed|trails|lagged\sbehind"
_OWN = (
    r"(?:\s(?:in|for|during|over|as\sof|as\sat|by|on|between)"
    r"(?:\s(?:[a-z-]+|\d{4}(?:[-/]\d{2,4})?)){1,6}?)?"
)
"""X's own period between X and the comparison ("in 2023", "for the first half of 2023",
"between 2011 and last year", "as at end-june 2022")."""
_SUBORDINATE = re.compile(
    r"\b(?:after|before|following)\s+(?:(?:a|an)\s+)?(?:[a-z]+ing\s+(?:by\s+)?)?$", re.IGNORECASE
)
"""Right before X: a phrase of time that hangs on the clause's own figure ("fell 0.3% in May
after rising 0.4% in April"), so a comparison after X and its period ("falling short of
expectations for a 0.2% increase") compares that figure, never X."""
_NAMING = r"(?:\s(?:the|its|their|a|an|last\syear's|the\sprevious|(?:fy)?\d{4}['’]s))?(?:\s[a-z][a-z'’-]*){0,4}?"
"""A few words naming Y ("the previous record of", "the government's target of")."""
_COMPARED = re.compile(
    rf"^{_OWN}(?:,\s(?:(?:though|although|but|yet)\s|(?P<which>(?:which|that)\s(?:is|was|are|"
    rf"were)\s))?{_DEGREE}(?:(?P<above>{_ABOVE_AFTER})|"
    rf"(?P<below>{_BELOW_AFTER}))"
    rf"|(?:,\s(?:which|that))?\s{_DEGREE}(?:(?P<above_verb>{_ABOVE_VERB})|"
    rf"(?P<below_verb>{_BELOW_VERB})))"
    rf"(?:{_NAMING}\s?|(?P<aside>{_NAMING}(?:\s(?:in|of)(?:\s[a-z]+){{0,3}}\s\d{{4}})?\s\(\s?))$"
)
"""Between X and Y, in lower case: " in 2023, exceeding the", " in 2023 surpassed the", ", higher
than in 2022 (" (Y in parentheses after its period)."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    found: list[DraftRelation] = []
    pairs = [(figures, k, k + 1) for figures, k in untied_pairs(article, drafted, comparable)]
    for figures, kx, ky in pairs + _past_current(article, drafted):
        x, y = figures[kx], figures[ky]
        if y.figure.phrase.stated.qualifier not in (None, "about"):
            continue  # "topping more than Y": a bound
        gap = between(text, _past_words(text, figures[ky - 1], y), y.figure.phrase.start)
        words = _COMPARED.match(f" {gap} ".replace(" ,", ","))
        if words is None or " by " in f" {gap} ":
            continue  # "exceeding the target by Z": Z is the gap, not the other figure
        level_words = words.group("above_level") or words.group("below_level")
        if level_words and measures_alike(x, y) and not (words.group("aside") or words["which"]):
            continue  # draftupfrom's words between levels and counts: its rule, its guards
        if _pace(words) and not _growths(text, x, y, words):
            continue  # "faster than" compares two growths, never levels or a level rate
        if is_base(text, figures, kx):
            continue  # "compared with X, above Y": X is a comparison's earlier figure
        if list_against_list(text, figures, kx, ky, comparable):
            continue  # "A and B in 2030, exceeding the C and D of 2029": B is D's pair
        if kx > 0 and ends_list(text, figures[kx - 1], x):
            continue  # "reached A and X, surpassing Y": the list's comparison, never X's alone
        if _SUBORDINATE.search(text, x.sentence[0], x.figure.phrase.start):
            continue  # "fell A in May after rising X in April, missing Y": the comparison is A's
        if percent_after(text, figures, ky):
            continue
        if not same_terms(text, figures, kx, ky, words.string[_compared_end(words) :]):
            continue  # "X in 2030, ... short of 2029's Y in the fourth quarter": another period
        above = words.group("above") or words.group("above_verb")
        quote = text[x.figure.phrase.start : y.figure.phrase.outer_end]
        found.append(order(x, ">" if above else "<", [y], quote))
    return found, []


def _compared_end(words: re.Match[str]) -> int:
    """Where the comparison's words end in ``words``' string (the words naming Y follow)."""
    groups = ("above", "below", "above_verb", "below_verb")
    return max(words.end(g) for g in groups if words.group(g) is not None)


def _pace(words: re.Match[str]) -> bool:
    return bool(words.group("above_rate") or words.group("below_rate"))


def _growths(text: str, x: Placed, y: Placed, words: re.Match[str]) -> bool:
    """X a growth and Y one too, or a percent named only by its period ("grew 20.3%, slower than
    the prior month's 23.1%"): never a level rate ("fell to 5.1 percent") or an estimate ("the
    5.6 percent the central bank had forecast")."""
    if not (is_percent(x.figure) and x.figure.kind == "growth"):
        return False
    pace = "above_rate" if words.group("above_rate") else "below_rate"
    return y.figure.kind == "growth" or (
        y.figure.kind is None
        and names_only_period(words.string[words.end(pace) :])
        and period_to_clause_end(text[past_noun(text, y.figure) : y.sentence[1]])
    )


def _past_words(text: str, x: Placed, y: Placed) -> int:
    """Where X's own words end: past a count's noun, or a share's whole when Y names none of its
    own or the same ("3.2 percent of GDP, lower than the 4.1 percent a year earlier")."""
    if is_percent(x.figure) and is_percent(y.figure) and whole(text, y) in (None, whole(text, x)):
        return past_whole(text, x)
    return past_noun(text, x.figure)


_TO = re.compile(r"\s*to\s*")
"""Between a growth and the value it reached: "a growth of 19.1 percent to"."""


def _past_current(
    article: Article, drafted: Sequence[DraftRelation]
) -> list[tuple[list[Placed], int, int]]:
    """A growth, the value it reached and a percent compared after it: "a growth of 19.1 percent
    to X as at end-June, though lower than the 22.5 percent growth recorded a year earlier" (the
    growth against the percent: X is no percent; the words between are only X's period)."""
    text = article.text
    tied_pairs = [set(tied(r)) for r in drafted]
    found = []
    for figures in article.sentences():
        for k in range(1, len(figures) - 1):
            growth, current, y = figures[k - 1], figures[k], figures[k + 1]
            if (
                growth.figure.kind == "growth"
                and is_percent(growth.figure)
                and not is_percent(current.figure)
                and _TO.fullmatch(text, growth.figure.phrase.outer_end, current.figure.phrase.start)
                and comparable(growth, y)
                and not any({growth.figure.id, y.figure.id} <= p for p in tied_pairs)
            ):
                found.append((figures, k - 1, k + 1))
    return found
