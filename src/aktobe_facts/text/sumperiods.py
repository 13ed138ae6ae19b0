"""A part of another period is no part of the total, for the rules that pair a whole and its
parts across sentences (:mod:`aktobe_facts.text.draftrules`): "Exports climbed to X in October.
Mineral exports came to A in October last year, while non-mineral exports reached B" makes no
sum of X, whatever rule paired them (A is last year's October, X this year's). A part's period must
lie within its total's, as its role reads them (:class:`~aktobe_facts.text.roletime.Time`): a
month within a year or a span of months, one relative year, one dated running total, one year
(where the words name no year, the dateline's: "this year" or "the first quarter" in an article
of March 2031 holds no part "in 2029" or "in the first quarter of 2030"); and a comparison's
earlier figure is a part only of an earlier total. A part whose words name no
period is left to the rule that paired it (it is the context's)."""

from __future__ import annotations

from aktobe_facts.text.datelines import Dateline, article_date
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.draftroles import Role, roles
from aktobe_facts.text.roletime import Time


def part_of_another_period(article: Article, relation: DraftRelation) -> bool:
    """A sum one of whose parts is of another period than its total, or a comparison's earlier
    figure where the total is none."""
    total, parts = relation.fields.get("total"), relation.fields.get("parts")
    if relation.kind != "sum" or not isinstance(total, str) or not isinstance(parts, list):
        return False
    named = roles(article)
    whole = named.get(total)
    if whole is None:
        return False
    dated = article_date(article.text)
    return any(
        (role := named.get(part)) is not None and not _within(role, whole, dated)
        for part in parts
        if isinstance(part, str)
    )


def _within(part: Role, whole: Role, dated: Dateline | None) -> bool:
    if part.earlier and not whole.earlier:
        return False  # "up from A a year earlier": last year's, no part of this year's total
    one, other = _dated_year(part.time, dated), _dated_year(whole.time, dated)
    if one is not None and other is not None and one != other:
        return False  # "this year" or "the first quarter" in an article of 2031, "A in 2029"
    return within(part.time, whole.time)


def _dated_year(time: Time, dated: Dateline | None) -> int | None:
    """The year a period's words name, or the dateline gives a period that names none: "this
    year" is the dateline's, a span of months with no year the dateline's (the year before where
    the span ends after the dateline's month)."""
    if time.year is not None:
        return int(time.year) if time.year.isdigit() else None
    if dated is None or time.dates:
        return None
    if time.relative in ("this", "current"):
        return dated.year
    if time.relative is not None or time.months is None:
        return None
    later = dated.month is not None and time.months[1] > dated.month
    return dated.year - 1 if later else dated.year


def within(part: Time, whole: Time) -> bool:
    """The part's period may lie within the whole's: nothing either names contradicts it (a month
    within its year or its span of months; a figure that names no period is either's; "this
    year" may be any year named)."""
    if not part.named or not whole.named:
        return True
    if part.dates != whole.dates or not _one_year(part, whole):
        return False
    inner, outer = _span(part), _span(whole)
    return inner is None or outer is None or outer[0] <= inner[0] <= inner[1] <= outer[1]


_NOW = (None, "this", "current")


def _one_year(part: Time, whole: Time) -> bool:
    if part.relative != whole.relative and not (part.relative in _NOW and whole.relative in _NOW):
        return False  # "in October last year" within October's total, or a period unnamed
    return part.year is None or whole.year is None or part.year == whole.year


def _span(time: Time) -> tuple[int, int] | None:
    """The months a period covers: its own, or all twelve for a year named alone ("last year")."""
    if time.months is not None:
        return time.months
    return (1, 12) if time.year is not None or time.relative is not None else None
