"""What two drafters or every pair of figures asked anew is made once (twenty-seventh session):
the article of a text and its sentences (``Article.of``), the complement rule's wholes for its
relations and its suggestions (``draftcomplement``), a figure's product words and words before
it for each pair of a sentence's amounts (``siblingflows``, ``suggestpart``); and the words up
to each figure of a sentence, read for its time only where they can name one
(``suggestmonth._times``, ``roletime.NAMING``). What is made is counted, never timed; the
answers are those of reading everything anew."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from aktobe_facts.text import (
    draftarticle,
    draftcomplement,
    roletime,
    siblingflows,
    suggestmonth,
    suggestpart,
)
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftfigures import Sentence
from aktobe_facts.text.roletime import Time, names_none_before, read_time
from aktobe_facts.text.thisyear import compared


def _amounts(count: int) -> str:
    """One sentence of ``count`` amounts of one unit after a sentence with a percent of growth."""
    listed = "".join(f"{n + 1} million tonnes of wheat, " for n in range(count))
    return (
        "Grain exports\n\nWheat exports rose 5% to 1.2 million tonnes in 2029. "
        f"Wheat exports were {listed}in 2030.\n"
    )


class _Made(list[draftarticle.Article]):
    """Article.of, each article it gives kept in order."""

    of = staticmethod(draftarticle.Article.of)

    def __call__(self, text: str, sentences: Sequence[Sentence]) -> draftarticle.Article:
        self.append(self.of(text, sentences))
        return self[-1]


def test_an_article_of_equal_text_and_sentences_is_the_one_made_last() -> None:
    made, of = _Made(), _Made.of
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(draftarticle.Article, "of", staticmethod(made))
        draft(_amounts(4))
    assert len(made) > 2  # the drafters make it again and again
    assert all(article is made[0] for article in made)
    again = of(made[0].text, made[0].read[:-1])
    assert again is not made[0]  # other sentences: another article
    assert of(made[0].text, made[0].read) is not again


def test_once_makes_a_thing_once_per_article_and_name() -> None:
    article = draftarticle.Article.of("No figures here.", ())
    other = draftarticle.Article.of("Other words.", ())
    made: list[str] = []

    def make(a: draftarticle.Article) -> str:
        made.append(a.text)
        return a.text.upper()

    assert draftarticle.once(article, "test", make) == "NO FIGURES HERE."
    assert draftarticle.once(article, "test", make) == "NO FIGURES HERE."
    assert draftarticle.once(other, "test", make) == "OTHER WORDS."
    assert made == ["No figures here.", "Other words."]


def test_the_complement_rules_wholes_are_made_once_a_draft(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # its relations and its suggestions (lone_parts) each read every figure's words and sides
    found = draftcomplement._found
    calls: list[int] = []

    def counting(article: draftarticle.Article) -> object:
        calls.append(1)
        return found(article)

    monkeypatch.setattr(draftcomplement, "_found", counting)
    text = (
        "Trade\n\nIn May 2031 exports came to $5.6 billion. Exports to EU countries were "
        "$2.1 billion, and exports to non-EU countries $3.5 billion.\n"
    )
    drafted = draft(text)
    assert calls == [1]
    assert "sum" in [r.kind for r in drafted.relations]


def test_each_figures_product_words_are_read_once_for_all_its_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 30 amounts of one flow in one sentence: 435 pairs, each asking both figures' product words
    # (812 readings before) and words before them
    products = siblingflows._products
    read: list[int] = []

    def counting(*args: object, **kwargs: object) -> object:
        read.append(1)
        return products(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(siblingflows, "_products", counting)
    siblingflows._product_words.cache_clear()
    suggestpart._words.cache_clear()
    listed = "".join(f"${n + 1} million of crude oil exports, " for n in range(30))
    draft(f"Trade\n\nIn May 2030 {listed}and more.\n")
    assert 0 < len(read) <= 3 * 30  # at most each figure's own, its part's and its topic's
    words = suggestpart._words.cache_info()
    assert words.hits > 400 and words.misses <= 2 * 32  # each figure's words and sentence's


_PIECES = [
    "oil", "OIL", "OİL", "oİl", "ſoil", "non-oil", "non-OIL", "Non-Oİl", "non-ſoil", "other than",
    "other than the", "gas", "non-gas", "EU", "non-EU", "European Union", "extra-EU",
    "third countries", "intra-EU", "domestic", "foreign", "overnight", "same-day", "exports",
    "ı", "İ", "ſ", "s", "i", " ", ", ", "-",
]  # fmt: skip
_WORDS = st.lists(st.sampled_from(_PIECES), max_size=12).map(" ".join)


def _sides_named_anew(words: str, family: str) -> set[bool]:
    """draftcomplement._sides_named before: the patterns read whatever the words hold."""
    complements = [
        *draftcomplement._NON.finditer(words),
        *draftcomplement._OTHER_THAN.finditer(words),
    ]
    found = {False} if any(m.group("word").lower() == family for m in complements) else set()
    bare = draftcomplement._OTHER_THAN.sub(" ", draftcomplement._NON.sub(" ", words))
    if re.search(rf"\b{re.escape(family)}\b", bare, re.IGNORECASE):
        found.add(True)
    return found


@given(
    words=_WORDS,
    family=st.sampled_from(["oil", "gas", "soil", "oİl".lower(), "ſoil", "ıl", "other"]),
)
def test_a_family_whose_word_is_not_there_is_named_by_no_pattern(words: str, family: str) -> None:
    # the cheap test (the word's letters, "İ", "ı" and "ſ" folded as the patterns fold them,
    # nowhere in the words) skips only words the patterns find nothing in
    assert draftcomplement._sides_named(words, family) == _sides_named_anew(words, family)


_TIME_WORDS = [
    "in", "the", "first", "last", "latter", "half", "halves", "quarter", "quarters", "Q1", "h2",
    "H5", "month", "months", "year", "years", "fiscal", "FY", "period", "season", "under",
    "review", "reporting", "annual", "full-year", "whole", "for", "of", "2030", "1999", "2100",
    "January", "may", "May", "june", "Sept", "so", "far", "to", "date", "as", "1", "12", "five",
    "ended", "through", "since", "this", "next", "previous", "current", "ſeason", "İ", "ı",
    "YEAR", "Ye", "ar", ",", "-", "rose", "5.2%", "2.1%", "exports", "december", "Dec",
]  # fmt: skip


@example("the season under review")
@example("the first half")
@example("the latter halves of the year")
@example("Q1")
@example("in March")
@example("the full-year")
@example("annual")
@example("in the first five months")
@example("as of April 1, 2030")
@example("this year")
@given(st.lists(st.sampled_from(_TIME_WORDS), max_size=8).map(" ".join))
def test_words_that_name_a_period_hold_a_naming_word(words: str) -> None:
    # where roletime.NAMING finds nothing, read_time names no period (so suggestmonth._times
    # need not read the words up to a figure before the sentence's first such word)
    found = read_time(words)
    if roletime.NAMING.search(words) is None:
        assert (found.year, found.months, found.relative) == (None, None, None)
    assert names_none_before(words, 0, len(words))(len(words)) == (
        roletime.NAMING.search(words) is None
    )


def _times_anew(article: draftarticle.Article) -> tuple[dict[str, Time], set[str]]:
    """suggestmonth._times before: the words up to each figure read, whatever they hold."""
    found: dict[str, Time] = {}
    last: Time | None = None
    own_ids: set[str] = set()
    for figures in article.sentences():
        start = figures[0].sentence[0]
        for k, placed in enumerate(figures):
            words = suggestmonth._BASE.sub(" ", article.text[start : placed.figure.phrase.start])
            before = read_time(words)
            own = (
                before if suggestmonth._named(before) else suggestmonth._time_after(article, placed)
            )
            if suggestmonth._named(own):
                found[placed.figure.id] = own
                own_ids.add(placed.figure.id)
            elif last is not None:
                found[placed.figure.id] = last
            if k == 0 and suggestmonth._named(before) and not compared(article.text, placed):
                last = before
    return found, own_ids


_CLAUSES = [
    "Exports rose 5.2% and 3.1%", "imports fell 2% in 2030", "in May 2030 sales were $1.2 billion",
    "compared with $1.1 billion in 2029", "up 7% from a year earlier", "in the first half",
    "tourist arrivals reached 12,000 in Q1", "revenue was 4 billion", "for the year",
    "the deficit stood at 3.5% of GDP", "against 2.8% in the same period of 2029",
]  # fmt: skip


@settings(max_examples=40)
@given(
    st.lists(
        st.lists(st.sampled_from(_CLAUSES), min_size=1, max_size=4).map(", ".join),
        min_size=1,
        max_size=4,
    ).map(lambda sentences: "Trade\n\n" + ". ".join(sentences) + ".\n")
)
def test_each_figures_time_is_that_of_reading_the_words_up_to_it(text: str) -> None:
    times = suggestmonth._times
    seen: list[int] = []

    def both(article: draftarticle.Article) -> tuple[dict[str, Time], set[str]]:
        now = times(article)
        assert now == _times_anew(article)
        seen.append(len(now[0]))
        return now

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(suggestmonth, "_times", both)
        draft(text)
    assert seen


def test_a_sentence_of_percents_before_its_year_reads_no_words_up_to_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Exports rose 1.1%, 2.2%, ... in 2030": the words before every percent name no period
    read: list[str] = []
    reading = read_time

    def counting(words: str) -> Time:
        read.append(words)
        return reading(words)

    monkeypatch.setattr(suggestmonth, "read_time", counting)
    listed = "".join(f"{n % 90 + 1}.{n % 7}%, " for n in range(60))
    sentence = f"Exports rose {listed}in 2030."
    draft(f"Exports grow\n\n{sentence}\n")
    # the words up to each percent, read anew, were 60 ever longer stretches of the sentence
    assert sum(map(len, read)) < len(sentence)
