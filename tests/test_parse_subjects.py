"""The study of parsed subjects (scripts/parse_subjects.py), in the parts that run without a
parser: the subject read from a dependency tree written by hand for sentences of our own, the
"of which" tie, the words-only stand-in, and the refusal of the unseen sets."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
import parse_subjects as study
from parse_subjects import Tok


def tree(notation: str) -> list[Tok]:
    """Tokens from "text/dep>head/POS[/ENT]" words, one space between tokens in the text."""
    tokens, at = [], 0
    for word in notation.split():
        text, dep_head, pos, *ent = word.split("/")
        dep, head = dep_head.split(">")
        tokens.append(Tok(text, text.lower(), pos, dep, int(head), ent[0] if ent else "", at))
        at += len(text) + 1
    return tokens


def offset(tokens: list[Tok], text: str) -> int:
    return next(t.idx for t in tokens if t.text == text)


# "Pear exports rose 5 % to $ 40 million ."
ROSE = tree(
    "Pear/compound>1/NOUN exports/nsubj>2/NOUN rose/ROOT>2/VERB 5/nummod>4/NUM/PERCENT"
    " %/npadvmod>2/NOUN/PERCENT to/prep>2/ADP $/quantmod>8/SYM/MONEY 40/compound>8/NUM/MONEY"
    " million/pobj>5/NUM/MONEY ./punct>2/PUNCT"
)

# "The valley shipped 12,000 tonnes of plums ."
SHIPPED = tree(
    "The/det>1/DET valley/nsubj>2/NOUN shipped/ROOT>2/VERB 12,000/nummod>4/NUM"
    " tonnes/dobj>2/NOUN of/prep>4/ADP plums/pobj>5/NOUN ./punct>2/PUNCT"
)

# "Output was 80 tonnes , of which barley made up 50 tonnes ."
OF_WHICH = tree(
    "Output/nsubj>1/NOUN was/ROOT>1/AUX 80/nummod>3/NUM/QUANTITY tonnes/attr>1/NOUN/QUANTITY"
    " ,/punct>3/PUNCT of/prep>8/ADP which/pobj>5/PRON barley/nsubj>8/NOUN made/relcl>3/VERB"
    " up/prt>8/ADP 50/nummod>11/NUM/QUANTITY tonnes/dobj>8/NOUN/QUANTITY ./punct>1/PUNCT"
)


def test_the_subject_of_a_growth_and_its_level_is_the_verbs_subject() -> None:
    growth = study.subject_at(ROSE, offset(ROSE, "5"), "5%", percent=True)
    level = study.subject_at(ROSE, offset(ROSE, "40"), "$40 million")
    assert growth is not None and level is not None
    assert growth.phrase == level.phrase == "pear exports"
    assert growth.head == "exports"


def test_a_measure_names_its_subject_with_of_and_a_bare_number_its_noun() -> None:
    shipped = study.subject_at(SHIPPED, offset(SHIPPED, "12,000"), "12,000 tonnes")
    assert shipped is not None and shipped.phrase == "plums"
    counted = tree("9,000/nummod>1/NUM/CARDINAL loaves/nsubj>2/NOUN sold/ROOT>2/VERB")
    loaves = study.subject_at(counted, 0, "9,000")
    assert loaves is not None and loaves.phrase == "loaves"


def test_a_percents_of_names_its_whole_not_its_subject() -> None:
    # "Barley made up 40 % of output"
    share = tree(
        "Barley/nsubj>1/NOUN made/ROOT>1/VERB up/prt>1/ADP 40/nummod>4/NUM/PERCENT"
        " %/dobj>1/NOUN/PERCENT of/prep>4/ADP output/pobj>5/NOUN"
    )
    assert (s := study.subject_at(share, offset(share, "40"), "40%", percent=True)) is not None
    assert s.phrase == "barley"
    assert (t := study.subject_at(share, offset(share, "40"), "40%", percent=False)) is not None
    assert t.phrase == "output"


def test_the_words_of_the_value_are_the_figures_own() -> None:
    # "Rates raised the budget by 116.6 billion tenge": "tenge" has no entity and is a noun
    raised = tree(
        "Rates/nsubj>1/NOUN raised/ROOT>1/VERB the/det>3/DET budget/dobj>1/NOUN by/prep>1/ADP"
        " 116.6/compound>6/NUM billion/nummod>7/NUM tenge/pobj>4/NOUN"
    )
    at = offset(raised, "116.6")
    assert (s := study.subject_at(raised, at, "116.6 billion tenge")) is not None
    assert s.phrase == "rates"
    assert (t := study.subject_at(raised, at, "116.6 billion")) is not None
    assert t.phrase == "tenge"  # without the value's words the measure is taken for its subject


def test_a_time_after_a_percent_is_no_subject() -> None:
    # "Fees fell by 5.5 % year on year"
    fell = tree(
        "Fees/nsubj>1/NOUN fell/ROOT>1/VERB by/prep>1/ADP 5.5/nummod>4/NUM/PERCENT"
        " %/compound>5/NOUN/PERCENT year/pobj>2/NOUN/DATE on/prep>1/ADP year/pobj>6/NOUN/DATE"
    )
    assert (s := study.subject_at(fell, offset(fell, "5.5"), "5.5%", percent=True)) is not None
    assert s.phrase == "fees"


def test_of_which_ties_the_part_to_its_whole() -> None:
    whole = study.subject_at(OF_WHICH, offset(OF_WHICH, "80"), "80 tonnes")
    part = study.subject_at(OF_WHICH, offset(OF_WHICH, "50"), "50 tonnes")
    assert whole is not None and part is not None
    assert part.of_which == whole.figure and whole.of_which is None
    assert study.tied_by_of_which(whole, part) and study.tied_by_of_which(part, whole)
    assert not study.tied_by_of_which(whole, whole) and not study.tied_by_of_which(part, None)


def test_the_words_stand_in_for_of_which_reads_one_sentence_whole_first() -> None:
    text = "Output was 80 tonnes, of which barley made up 50 tonnes. Oats: 9 tonnes."
    whole, part, other = text.find("80"), text.find("50"), text.find("9 t")
    assert study.of_which_words(text, whole, part)
    assert not study.of_which_words(text, part, whole)
    assert not study.of_which_words(text, whole, other)
    assert not study.of_which_words(text, None, part)


def test_no_subject_for_a_pronoun_or_where_no_token_stands() -> None:
    # "It rose 5 %"
    pronoun = tree("It/nsubj>1/PRON rose/ROOT>1/VERB 5/nummod>3/NUM/PERCENT %/npadvmod>1/NOUN")
    assert (s := study.subject_at(pronoun, offset(pronoun, "5"), "5%")) is not None
    assert s.noun is None and s.phrase == "" and s.head is None
    assert study.subject_at(pronoun, 500, "5%") is None


def test_without_spacy_the_study_measures_the_words_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def missing(name: str, package: str | None = None) -> object:
        if name == "spacy":
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", missing)
    assert study.pipeline(study.PIPELINES) is None


def test_the_unseen_sets_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert study.main(["heldout8"]) == 2
    assert "not an open set" in capsys.readouterr().err
