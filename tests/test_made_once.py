"""What two drafters or every pair of figures asked anew is made once (twenty-seventh session):
the article of a text and its sentences (``Article.of``), the complement rule's wholes for its
relations and its suggestions (``draftcomplement``), a figure's product words and words before
it for each pair of a sentence's amounts (``siblingflows``, ``suggestpart``). What is made is
counted, never timed; the words' sides are those of the patterns alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.text import draftarticle, draftcomplement, siblingflows, suggestpart
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftfigures import Sentence


def _amounts(count: int) -> str:
    """One sentence of ``count`` amounts of one unit after a sentence with a percent of growth:
    each pair of them a part and its whole to the suggestions' pair rule."""
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
    # 30 amounts in one sentence: 435 pairs, each asking both figures' product words and words
    products = siblingflows._products
    words = suggestpart._words.__wrapped__
    read: list[int] = []
    split: list[int] = []

    def counting_products(*args: object, **kwargs: object) -> object:
        read.append(1)
        return products(*args, **kwargs)  # type: ignore[arg-type]

    def counting_words(text: str) -> tuple[str, ...]:
        split.append(1)
        return words(text)

    monkeypatch.setattr(siblingflows, "_products", counting_products)
    siblingflows._product_words.cache_clear()
    monkeypatch.setattr(suggestpart, "_words", counting_words)
    draft(_amounts(30))
    assert len(read) <= 3 * 32  # at most each figure's own, its part's and its topic's reading
    assert len(split) > 400  # unkept, the words are split for each pair


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
