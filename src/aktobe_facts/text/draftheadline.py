"""A headline's figure given again in the body, for a draft (``kind = "equal"``): "Exports hit $1.5
bln" over "Exports reached $1.48 billion in March, the ministry said".

The headline is the article's first line when it reads as one (:func:`sentences.headline`). Its
figure H, a level in a unit or a count's level, is tied to the one body figure B that

- is of H's unit, or counts what H counts (:func:`draftcounts.one_measure`: a later noun of its own
  is another thing);
- states a value H's may be a rounding of, or the other way round (their stated intervals meet:
  "$1.5 bln" is 1.45 to 1.55 billion, "$1.48 billion" 1.475 to 1.485 billion);
- is of H's period where both name one (a span of months the headline names, "First four months
  see ...", is one of the spans B's sentence names: never "April on its own brought ..."), and is
  no comparison's earlier figure ("up from B", "B a year earlier");
- where H is a bound or approximate ("over $327m", "to over 4.58 billion euros", "nearly $12
  billion"), states a value H's number as printed is, cut short or rounded on the bound's side
  ("$327.87 million" under "over $327m"; not "$333.5 million", which is over $327m as well but
  would be printed "over $333m");

and only when no other body figure could be H too (two of H's unit whose values meet H's: nothing
is drafted). B's clause must then name what H's headline names: a word both use, that the body
writes in lower case (a common noun, not the country's name, "Ghana's bank assets" and "the total
assets of Ghana's banking sector") and that is no word of size or time ("record", "total"), or
an abbreviation of the headline spelt out in B's clause ("FDI" and "Foreign direct investment").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.numbers import Qualifier
from aktobe_facts.reading.quantities import read, rounding_step
from aktobe_facts.text.datelines import MONTH_NAMES
from aktobe_facts.text.draftarticle import Article, Placed, tied
from aktobe_facts.text.draftcomplement import kinds_named, partners_named
from aktobe_facts.text.draftcounts import one_measure, past_noun, stated_level
from aktobe_facts.text.draftequal import equal_relation
from aktobe_facts.text.draftfigures import (
    DraftRelation,
    Figure,
    Sentence,
    is_percent,
    singular,
    subject_words,
)
from aktobe_facts.text.draftroles import place_words
from aktobe_facts.text.draftwords import content
from aktobe_facts.text.lazypatterns import lazy
from aktobe_facts.text.planwords import TO_COME
from aktobe_facts.text.roletime import read_time
from aktobe_facts.text.sentences import clause_end, clause_start, headline_end
from aktobe_facts.text.unitleft import restates

_GENERIC = frozenset(
    re.findall(
        r"\w+",
        "record high low new total overall annual monthly first last current previous level "
        "figure amount value sum all more less almost nearly about around over under some",
    )
)
"""Words of size or time that two headlines of different things share ("a record")."""
_COMPARED = re.compile(
    r"\b(from|than|against|versus|compared\s+(?:to|with)|after|before|on\s+top\s+of|"
    r"in\s+addition\s+to)\b[^,;]*$",
    re.IGNORECASE,
)
"""Before a figure in its clause: "up from B", "compared with B", or a figure set beside the
subject as another amount ("on top of the B spent on ...", "in addition to B")."""
_REACHED = lazy(
    r"\b(?:\w{3,}ed\s+(?:by|to|at)|(?:rose|fell|grew|jumped|climbed|soared|surged|slipped|dropped)"
    r"(?:\s+(?:by|to))?|reached|hit|came\s+to|stood\s+at)\s+(?:(?:about|around|some|nearly|almost|"
    r"over|just|more\s+than)\s+)?$",
    re.IGNORECASE,
)
"""A verb of a level or a change right before a figure: "rose to B", "surged by B", "came to B"."""
_CHANGED = re.compile(
    r"(?:\w{3,}ed|rose|fell|grew|jumped|climbed|soared|surged|slipped|dropped)\s+(?:by\s+)?[\d+-]",
    re.IGNORECASE,
)
"""A growth's figure that opens on its verb of change ("surged by 65.5%")."""
_EARLIER = re.compile(
    r"\b(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding)\s+"
    r"(?:year|period|month|quarter)|the\s+same\s+(?:period|month|quarter|time))\b",
    re.IGNORECASE,
)
"""Words of an earlier time in a figure's sentence before it ("A year earlier, they stood at B")
or right after it ("B a year earlier"): a comparison's earlier figure."""
_ABBREVIATION = re.compile(r"\b[A-Z]{3,5}\b")


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    text = article.text
    end = headline_end(text)
    if not end:
        return [], []
    equal = {i for r in drafted if r.kind == "equal" for i in tied(r)}
    heads = [p for p in article.figures if p.figure.phrase.outer_end <= end]
    body = [p for p in article.figures if p.figure.phrase.start > end]
    found = []
    for head in heads:
        if head.figure.id in equal or not (stated_level(head.figure) or _percent(head.figure)):
            continue
        could = _the_one(text, head, body, {})
        if could is None:
            could = _slipped(text, head, body)
        if could is not None and _names_alike(article, end, head.figure, could):
            found.append(equal_relation([head, could]))
    return found, []


def _slipped(text: str, head: Placed, body: list[Placed]) -> Placed | None:
    """The one body figure the headline's level is printed like, with another last digit or two
    ("US$825.3 million" over "US$825.7 million": one figure, one of them a slip), where no body
    figure's value meets the headline's: every condition of :func:`_could_be` but the values,
    both printed to one step, no bound or range, at most nine steps and 1 percent apart. A second
    such figure leaves it to the editor (nothing is drafted)."""
    if _percent(head.figure) or not _plain(head.figure):
        return None
    if any(_could_be(text, head.figure, b, {}) for b in body):
        return None
    near = [b for b in body if _could_be(text, head.figure, b, {}, _printed_alike)]
    return near[0] if len(near) == 1 and _said_alike(text, head, near[0]) else None


_FLOW_WORD = re.compile(
    r"\b(?:exports?|imports?|revenues?|sales|spending|output|production|profits?|earnings|"
    r"deficits?|surplus|remittances|arrivals|reserves|debt|investments?|turnover)\b",
    re.IGNORECASE,
)
_NOT_THE_SAME = lazy(
    r"\b(?:expect\w*|forecast\w*|project\w*|estimat\w*|consensus|target\w*|first\s+reported|"
    r"initially|originally|preliminary|previously|revis\w*|(?:a|one)\s+year\s+(?:earlier|ago|"
    r"before)|the\s+year\s+before|last\s+year['’]s)\b",
    re.IGNORECASE,
)


def _said_alike(text: str, head: Placed, placed: Placed) -> bool:
    """With no values to tie them, the words must: the body figure's sentence names each flow the
    headline names ("Utopia exports reach X" is no slip of "Utopia's imports reached Y"), and no word of a forecast, a first estimate or an earlier time ("analysts had expected
    Y", "first reported exports of Y", "Y in May a year earlier": another figure than the
    headline's)."""
    line = text[head.sentence[0] : head.sentence[1]]
    said = text[placed.sentence[0] : placed.sentence[1]]
    theirs = {singular(m.group(0).lower()) for m in _FLOW_WORD.finditer(line)}
    mine = {singular(m.group(0).lower()) for m in _FLOW_WORD.finditer(said)}
    if not theirs <= mine:
        return False
    if _NOT_THE_SAME.search(line) is not None or _NOT_THE_SAME.search(said) is not None:
        return False
    return not _names_more(text, line, text[placed.sentence[0] : placed.figure.phrase.start])


def _names_more(text: str, line: str, before: str) -> bool:
    """The body figure's words before it name what the headline does not: a kind of the flow
    ("Utopia's exports of coffee reached Y" under "Utopia exports reach X"), a partner ("exports
    to Ruritania"), or, where the headline names an owner, another name ("The exports of
    Ruritania reached Y" under "Utopia exports reach X"): a part, or another owner's figure."""
    headline = {singular(w) for w in content(line)}
    kinds = kinds_named(before) or set()
    partners = set(partners_named(before))
    if any(singular(w) not in headline for w in kinds | partners):
        return True
    names = _proper_names(text, line)
    return bool(names) and not _proper_names(text, before) <= names


def _proper_names(text: str, words: str) -> set[str]:
    """The capitalised words the article never writes in lower case (a place, an owner), months
    aside."""
    found = set()
    for m in re.finditer(r"\b[A-Z][a-z]+", words):
        word = m.group(0)
        if re.fullmatch(MONTH_NAMES, word) or re.search(rf"\b{word.lower()}\b", text):
            continue
        found.add(word.lower())
    return found


def _plain(figure: Figure) -> bool:
    stated = figure.phrase.stated
    return stated.qualifier is None and stated.high is None and not stated.negative


def _printed_alike(head: Figure, body: Figure) -> bool:
    """Two levels printed to one step and scale, at most nine steps and 1 percent apart."""
    a, b = head.phrase.stated, body.phrase.stated
    if not _plain(body) or a.exponent != b.exponent:
        return False
    step = rounding_step(a)
    if step != rounding_step(b) or a.value == b.value:
        return False
    gap = abs(a.value - b.value)
    return gap <= 9 * step and gap * 100 <= b.value


def _the_one(
    text: str, head: Placed, body: list[Placed], growths: dict[str, DraftRelation]
) -> Placed | None:
    """The one body figure that may be the headline's, else None."""
    could = [b for b in body if _could_be(text, head.figure, b, growths)]
    if len(could) != 1 or (_percent(head.figure) and could[0].figure.kind != head.figure.kind):
        return None  # "up 25 percent" over "rose 25 percent in May and 25.4 percent in June"
    return could[0]


def growths(
    text: str, sentences: Sequence[Sentence], drafted: Sequence[DraftRelation]
) -> list[DraftRelation]:
    """The headline's growth given again in the body with its current value and base ("Exports up
    19%" over "exports stood at X, as against Y a year earlier, a rise of 19.3%"): the equal of the
    two growths (when the rules above drafted none: the earlier words are the base's, which they
    took for a comparison's earlier figure) and the headline's growth of that current value over
    that base, as an editor writes it. Read from the relations drafted before."""
    end = headline_end(text)
    if not end:
        return []
    article = Article.of(text, sentences)
    based = {
        str(r.fields["growth"]): r
        for r in drafted
        if r.kind == "growth" and "current" in r.fields and "base" in r.fields
    }
    tied_to = {i: r for r in drafted if r.kind == "equal" for i in tied(r)}
    body = [p for p in article.figures if p.figure.phrase.start > end]
    found: list[DraftRelation] = []
    for head in article.figures:
        if head.figure.phrase.outer_end > end or head.figure.kind != "growth":
            continue
        if head.figure.id in tied_to:
            again = [i for i in tied(tied_to[head.figure.id]) if i in based]
            if len(again) != 1 or any(head.figure.id in tied(r) for r in based.values()):
                continue
            growth = based[again[0]]
        else:
            could = _the_one(text, head, body, based)
            if could is None or could.figure.id not in based:
                continue
            if not _names_alike(article, end, head.figure, could):
                continue
            found.append(equal_relation([head, could]))
            growth = based[could.figure.id]
        fields = dict(growth.fields, growth=head.figure.id)
        found.append(
            DraftRelation("", "growth", fields, " ".join(head.figure.phrase.value.split()))
        )
    return found


def _could_be(
    text: str,
    head: Figure,
    placed: Placed,
    growths: dict[str, DraftRelation],
    alike: Callable[[Figure, Figure], bool] | None = None,
) -> bool:
    """The body figure may be the headline's: one unit or thing, values that meet (or, with
    ``alike``, values so printed), one period, no comparison's earlier figure (a growth drafted
    with its base is none: the earlier words are its base's, "as against Y a year earlier, a
    rise of P")."""
    body = placed.figure
    if restates(body.phrase):
        return False  # "exceeded 7 billion euros (7.036)": tied to the figure before it
    if _percent(head) or _percent(body):
        if not (_percent(head) and _percent(body)) or len({head.kind, body.kind} - {None}) > 1:
            return False  # a growth is never a share (a percent of no kind may be either)
        if head.phrase.stated.negative != body.phrase.stated.negative:
            return False
    elif not (stated_level(body) and one_measure(body, head) and one_measure(head, body)):
        return False
    if head.period is not None and body.period is not None and head.period != body.period:
        return False
    if alike is not None:
        if not alike(head, body):
            return False
    elif not _values_meet(head, body):
        return False
    if not _months_fit(text, placed):
        return False
    if _to_come(text, 0, head) and not _to_come(text, placed.sentence[0], body):
        return False  # "could reach US$ 1bn this year" is no "totaled US$847 million" so far
    if body.id in growths:
        return True
    start = clause_start(text, placed.sentence[0], body.phrase.start)
    if _compared_before(text, start, body.phrase.start):
        return False
    if _EARLIER.search(text, placed.sentence[0], body.phrase.start):
        return False
    after = re.match(r"\s*(?:in\s+)?", text[body.phrase.outer_end :])
    return _EARLIER.match(text, body.phrase.outer_end + (after.end() if after else 0)) is None


def _to_come(text: str, sentence_start: int, figure: Figure) -> bool:
    """The words of the figure's sentence before it make it one to come, planned or forecast
    (:data:`aktobe_facts.text.planwords.TO_COME`: "could reach", "is set to top", "expected at";
    the whole sentence, as a bracket may stand between the verb and the figure: "expects gross
    gaming revenues (GGR) to hit P244.84 billion"): a headline's forecast is never the body's
    report (a headline may drop the body's "expected": "Output seen at 135 million tonnes" over
    "is expected to reach 135.03 million tonnes")."""
    return TO_COME.search(text, sentence_start, figure.phrase.start) is not None


def _compared_before(text: str, start: int, end: int) -> bool:
    """A word of comparison between the clause's start and the figure makes it a comparison's
    earlier figure ("up from B", "compared with B"), unless a verb of the figure's level or change
    stands right before it (or opens it, "surged by 65.5%") with no number between the two: then the word was the subject's, where
    the money came from ("Remittances from Egyptians abroad rose to B", "Exports to China than
    ..."), and B is the clause's own level or change (``_REACHED``)."""
    match = _COMPARED.search(text, start, end)
    if match is None:
        return False
    verb = _REACHED.search(text, match.end(1), end) or _CHANGED.match(text, end)
    return verb is None or any(c.isdigit() for c in text[match.start() : verb.start()])


def _values_meet(head: Figure, body: Figure) -> bool:
    """The two figures' stated intervals meet, and a bound's printed values hold the body's."""
    a, b = read(head.phrase.stated).interval, read(body.phrase.stated).interval
    if a is None or b is None or a.intersect(b) is None:
        return False
    printed = _printed(head)
    return printed is None or printed.intersect(b) is not None  # "over $327m" is no "$333.5m"


def _printed(head: Figure) -> Interval | None:
    """The values a headline's bound or approximate figure is printed from: its number cut short
    (or rounded) on the side its word names, "over $327m" from $327 to $328 million, "nearly $12
    billion" from $11 to $12 billion, "about 5%" from 4.5 to 5.5; None for a figure of no such
    word, a range or a negative value (its interval says it all)."""
    stated = head.phrase.stated
    if stated.qualifier is None or stated.high is not None or stated.value < 0:
        return None
    v, step = stated.value, rounding_step(stated)
    if stated.qualifier in (Qualifier.LOWER, Qualifier.ABOVE):
        return Interval(v, v + step)
    if stated.qualifier in (Qualifier.UPPER, Qualifier.BELOW):
        return Interval(v - step, v)
    return Interval(v - step / 2, v + step / 2)


_SPAN_NAMED = re.compile(rf"\b(?:first|{MONTH_NAMES}|quarter|half|[qh][1-4])\b", re.IGNORECASE)
"""A headline that names a span of the year ("First four months", "in January-May", "Q1"), not a
length alone ("in three months")."""


def _months_fit(text: str, placed: Placed) -> bool:
    """The span of months a headline names ("First four months see ...") is the span the body
    figure's own clause names, where it names one ("April on its own brought 20.4% more" is no
    figure of the first four months); a date ("published on March 20") names no span."""
    line = text[: headline_end(text)]
    head = read_time(line).months if _SPAN_NAMED.search(line) else None
    if head is None:
        return True
    phrase = placed.figure.phrase
    start = clause_start(text, placed.sentence[0], phrase.start)
    end = clause_end(text, phrase.outer_end, placed.sentence[1])
    own = read_time(_DATE.sub(" ", text[start:end])).months
    return own is None or own == head


_DATE = re.compile(rf"\b(?:{MONTH_NAMES})\s+\d{{1,2}}\b(?!\d)", re.IGNORECASE)
"""A day of a month: a date, no span of months."""


def _percent(figure: Figure) -> bool:
    """A percent stated as one figure: a growth, a share or a rate ("up 1.7%", "3.2 percent")."""
    stated = figure.phrase.stated
    return is_percent(figure) and not stated.is_range and stated.per is None


def _names_alike(article: Article, end: int, head: Figure, placed: Placed) -> bool:
    """The body figure's clause (its words before and after it) names what the headline names (a
    common noun both use, or the headline's abbreviation spelt out). What a count counts is no
    such word when both counts say it ("12.5 million visitors" over "12.48 million visitors"):
    then it only says what both figures are."""
    text = article.text
    phrase = placed.figure.phrase
    start = clause_start(text, placed.sentence[0], phrase.start)
    if _percent(placed.figure):
        start = placed.sentence[0]  # "U.S. airlines carried X passengers, 1.7 percent more"
    stop = _clause_stop(article, phrase.outer_end, placed.sentence[1])
    line = _words(article, 0, end)
    if placed.figure.noun is None and head.noun is not None:
        line += (
            " " + head.noun
        )  # "3.3 billion passengers" over "passengers ... rose to 3.3 billion"
    clause = _words(article, start, stop)
    common = subject_words(content(clause)) - _names(text, end)
    if (subject_words(content(line)) - _GENERIC) & common:
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*", clause)
    spelt = {
        "".join(w[0] for w in words[i : i + n]).upper()
        for n in range(3, 6)
        for i in range(len(words) - n + 1)
    }
    return any(a in spelt for a in _ABBREVIATION.findall(line))


def _clause_stop(article: Article, position: int, sentence_end: int) -> int:
    """The end of a figure's clause, never inside a later figure ("by selling 86, 288 tons of
    coffee": the comma is the figure's)."""
    stop = clause_end(article.text, position, sentence_end)
    for placed in article.figures:
        phrase = placed.figure.phrase
        if phrase.start < stop < phrase.outer_end:
            stop = clause_end(article.text, phrase.outer_end, sentence_end)
    return stop


def _names(text: str, end: int) -> set[str]:
    """Names: the words the body writes with a capital inside a sentence and never in lower case
    ("of Ghana's banking sector", "in Utopia"; not "exports" beside an "Export Development
    Bank", nor a common noun that opens a sentence, "Remittances came"), and the words of the
    CLDR's places and peoples ("Ghana's imports")."""
    body = text[end:]
    inside = subject_words(content(" ".join(re.findall(r"(?<=[\w,;:)] )[A-Z][\w'’-]*", body))))
    lower = subject_words(content(" ".join(re.findall(r"\b[a-z][\w'’-]*", body))))
    return (inside - lower) | {singular(w) for w in place_words()}


def _words(article: Article, start: int, end: int) -> str:
    """The article's text from ``start`` to ``end`` without its figures and what a count counts
    ("million", "tonnes", "visitors" are no words of a subject)."""
    text = article.text
    kept, position = [], start
    for placed in article.figures:
        phrase = placed.figure.phrase
        if start <= phrase.start and phrase.outer_end <= end:
            kept.append(text[position : phrase.start])
            position = past_noun(text, placed.figure)
    kept.append(text[position:end])
    return " ".join(kept)
