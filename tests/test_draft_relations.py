"""Relations drafted from the words (conversions in several currencies, growth, change), the kind
of each percent, and what is left to the editor. The sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from _drafted import relations
from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import Draft, draft
from aktobe_facts.text.drafttoml import render


def by_value(found: Draft) -> dict[str, str]:
    return {c.value or "": c.id for c in found.claims}


def verdicts(text: str, tmp_path: Path) -> list[tuple[str, Outcome]]:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(draft(text), article), tmp_path / "a.toml", article=article)
    return [(f.check, f.outcome) for f in check_document(doc) if f.check in ("growth", "change")]


def test_conversions_in_several_currencies_and_after_or() -> None:
    claims = {
        c.value: c.counterparts
        for c in draft(
            "Spending reached 6.1 trillion rubles (US$240 billion; EUR176 billion) in 2023. "
            "Revenue was 15.3 million manat or $9 million, and the surplus UAH 11.798 billion, "
            "or $420 million. Exports were 4.2 billion tenge, or 12 percent of the total."
        ).claims
    }
    assert claims["6.1 trillion rubles"] == ("US$240 billion", "EUR176 billion")
    assert claims["15.3 million manat"] == ("$9 million",)
    assert claims["UAH 11.798 billion"] == ("$420 million",)
    assert claims["4.2 billion tenge"] == ()  # a percent is no counterpart


def test_the_kind_of_a_percent_comes_from_its_words() -> None:
    kinds = {
        c.value: c.kind
        for c in draft(
            "Output increased by 9.4 percent. The share of paved roads increased by 13 percent. "
            "Imports were down by 7 percent. Farming shrank (-7.1 percent), as did mining "
            "(-2.8 percent). Revenue came to $5 billion, a 4 percent increase."
        ).claims
    }
    assert kinds["increased by 9.4 percent"] == "growth"  # never a change of a share
    assert (
        kinds["increased by 13 percent"] == "change"
    )  # a share's change: percent or points, the editor says
    assert kinds["down by 7 percent"] == "growth"
    assert kinds["a 4 percent increase"] == "growth"
    assert not draft("Farming shrank (-7.1 percent), as did mining (-2.8 percent).").groups


def test_growth_relations_from_current_and_base_in_one_sentence() -> None:
    assert relations(
        "Revenue reached 385.8 billion soums, a 5 percent increase compared to 321.9 billion "
        "soums in 2023."
    ) == [
        (
            "growth",
            {
                "growth": "a 5 percent increase",
                "current": "385.8 billion soums",
                "base": "321.9 billion soums",
            },
        )
    ]
    assert relations("Wages rose by 17.6 percent to 292,800 tenge.") == [
        ("growth", {"growth": "rose by 17.6 percent", "current": "292,800 tenge"})
    ]
    assert relations(
        "The surplus was UAH 11.798 billion, down by 70% YoY (UAH 38.470 billion)."
    ) == [
        (
            "growth",
            {
                "growth": "down by 70%",
                "current": "UAH 11.798 billion",
                "base": "UAH 38.470 billion",
            },
        )
    ]


def test_no_relation_where_the_words_leave_a_doubt(tmp_path: Path) -> None:
    two = (
        "Investment reached 475.1 billion tenge and exports $3 billion. It increased by 41 percent."
    )
    assert relations(two) == []  # "it" may be either amount
    assert relations("Exports were $5 billion and imports grew 12 percent.") == []
    lower = "Revenue was 9.8 billion rubles, 19% lower on weaker oil."
    assert relations(lower) == []  # "19%" drafted without "lower": the sign is uncertain
    doubt = draft("Exports were $5 billion and imports grew 12 percent.")
    assert len(doubt.notes) == 1 and "the words do not make it certain" in doubt.notes[0]
    article = tmp_path / "a.txt"
    article.write_text("Exports were $5 billion and imports grew 12 percent.", encoding="utf-8")
    text = render(doubt, article)
    assert "\n#   exports_growth ('grew 12 percent') may be the growth" in text
    assert "[[relation]]\n" not in text
    assert relations(
        "Sales reached 5 billion tenge, 9 percent more than in 2022 ($4 billion)."
    ) == [
        ("growth", {"growth": "9 percent more", "current": "5 billion tenge"})  # not the dollars
    ]


def test_change_relations_with_amount_percent_and_current() -> None:
    assert relations(
        "Turnover reached $62.5 billion, which is $12 billion, or 23.9 percent more than in 2022."
    ) == [
        (
            "change",
            {"amount": "$12 billion", "current": "$62.5 billion", "percent": "23.9 percent more"},
        )
    ]
    assert relations("Revenue rose 41 percent, or 212 million lari, to 730 million lari.") == [
        (
            "change",
            {
                "amount": "212 million lari",
                "current": "730 million lari",
                "percent": "rose 41 percent",
            },
        )
    ]
    # a verb of fall with its percent, the amount after "or" and the level reached: one fall
    # (draftgrowth._fall_of_percent, fifteenth session; 793 - 730 = 63, 63 / 793 = 7.9 percent)
    assert relations("Revenue fell by 8 percent, or 63 million lari, to 730 million lari.") == [
        (
            "change",
            {
                "amount": "63 million lari",
                "current": "730 million lari",
                "percent": "fell by 8 percent",
                "direction": "fall",
            },
        )
    ]
    # with no level reached, the signs stay the editor's to settle
    assert relations("Revenue fell by 8 percent, or 63 million lari.") == []


def test_drafted_relations_are_checked(tmp_path: Path) -> None:
    wrong = "Revenue reached 433.6 billion soums, up 3.3 percent from 381 billion soums."
    right = "Revenue reached 433.6 billion soums, up 13.8 percent from 381 billion soums."
    assert verdicts(wrong, tmp_path) == [("growth", Outcome.FAIL)]
    assert verdicts(right, tmp_path) == [("growth", Outcome.PASS)]
    rise = "Revenue rose by 8 percent, or 54 million lari, to 730 million lari."
    assert verdicts(rise, tmp_path) == [("change", Outcome.PASS)]
    slip = "Revenue rose by 8 percent, or 84 million lari, to 730 million lari."
    assert verdicts(slip, tmp_path) == [("change", Outcome.FAIL)]


def test_counts_of_relative_periods_get_no_common_subject() -> None:
    claims = draft(
        "The region will run more than 280 investment projects this year. Last year 199 "
        "investment projects were started, and 12 investment projects were stopped in 2022."
    ).claims
    subjects = [c.subject for c in claims]
    assert subjects[:2] == [None, None]


CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpus is not in this checkout")
def test_the_draft_only_path_on_the_corpus_holds_its_floor() -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
    from draft_vs_hand import Article, measure

    rows = [measure(p) for p in sorted(CORPUS.iterdir()) if (p / "claims.toml").is_file()]
    measured = [r for r in rows if isinstance(r, Article)]
    assert len(measured) >= 15
    assert [e for r in measured for e in r.false_errors] == []
    hand = sum(r.hand for r in measured)
    drafted = sum(r.drafted for r in measured)
    assert sum(r.recalled for r in measured) >= 0.9 * hand
    assert sum(r.precise for r in measured) >= 0.95 * drafted
    clean = [r for r in measured if r.consistent]
    assert sum(len(r.warnings) for r in clean) <= len(clean)
    inconsistent = [r for r in measured if r.expected]
    assert all(r.found == r.expected for r in inconsistent)
