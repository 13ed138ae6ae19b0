"""Relations the arithmetic points to: figures of an article that agree to their printed
precision, measured against the hand-written claims files of the open sets (issue 13).

For each article the draft's claims (as ``check ARTICLE.txt`` loads them, each stated value an
interval) are searched for triples (and sums of up to four parts) that agree inside the stated
intervals:

- ``sum``: a total and two to four parts of one measure (one currency or unit, or counts of one
  thing), of one period (or none named), each part below the total: total = part + part ...
  (a difference ``a − b = c`` is the sum ``a = b + c``);
- ``share``: a percent (no change word) and two levels of one measure, part below whole:
  percent = part ÷ whole × 100;
- ``growth``: a percent (a change or none) and two levels of one measure:
  current = base × (1 + percent/100);
- ``product``: an amount (a per-unit figure or an average), a count, and an amount of the first
  one's unit: total = amount × count.

Each candidate's chance of holding by accident is estimated as the width of its computed side's
interval plus the width of its stated side's, over the stated side's size (a share or growth:
over at least 5 points): the chance that a figure of that size, had it been unrelated, falls that
close. Times the number of candidates of that kind the article's figures allow (each tried, as a
reader who checks every combination would), it is the number of such agreements expected by
chance in the article: the candidate's score, lower is likelier. The table counts, for each kind
and each threshold on the score, the candidates, those that are a relation of the hand file
(matched as ``draft_vs_hand.py`` matches recall), and of those the ones the draft neither drafts
nor suggests already (the gain).

    PYTHONPATH=scripts .venv/bin/python scripts/coincidences.py [--sample N] SET...

SET is a folder of articles (tests/corpus, tests/heldout ...; never an unseen set).
``--sample N`` prints N candidates per kind at the loosest threshold that are not in the hand file
(with their quotes), to read and judge.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations, permutations
from pathlib import Path

from draft_vs_hand import Tied, one_tied, recalls, tied
from relation_forms import same_form

from aktobe_facts.claims.loader import load, loads
from aktobe_facts.claims.model import ClaimsFile, Relation, RelationValue
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.quantities import read
from aktobe_facts.text import draft as draft_module
from aktobe_facts.text.articlecheck import drafted
from aktobe_facts.text.draftarticle import Article
from aktobe_facts.text.draftarticle import tied as draft_tied
from aktobe_facts.text.draftfigures import DraftRelation, is_percent, same_measure
from aktobe_facts.text.drafttoml import uncommented
from aktobe_facts.text.suggest import Suggestion
from aktobe_facts.text.suggestcoincide import Level, refusal
from aktobe_facts.text.suggestfigures import Known, known

THRESHOLDS = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, float("inf"))
MAX_PARTS = 4
FAMILY = "to their printed precision"
"""The words of a suggestion of :mod:`suggestcoincide`: left out of what the draft already offers,
so that the table measures the family against the other families and the drafted relations."""
ZERO = Fraction(0)
PERCENT_FLOOR = Fraction(5)  # a percent's size for the chance: at least 5 points


@dataclass(frozen=True)
class Candidate:
    kind: str  # sum2, sum3, sum4, share, growth, product
    relation: Relation
    ids: tuple[str, ...]
    chance: float  # of this one agreement by accident
    tried: int = 0  # candidates of its kind the article allows (set after enumeration)

    @property
    def score(self) -> float:
        return self.chance * self.tried


@dataclass
class Captured:
    article: Article
    periods: Mapping[str, str | None]
    relations: Sequence[DraftRelation]


def captured_draft(
    path: Path,
) -> tuple[Captured, ClaimsFile, list[Tied], list[Tied], list[frozenset[str]]]:
    """The article as the suggesters read it, the draft loaded, its drafted relations and its
    suggestions (as draft_vs_hand.py matches them)."""
    seen: list[Captured] = []
    real: Callable[..., list[Suggestion]] = vars(draft_module)["suggested"]

    def spy(
        article: Article, periods: Mapping[str, str | None], relations: Sequence[DraftRelation]
    ) -> list[Suggestion]:
        seen.append(Captured(article, periods, relations))
        return real(article, periods, relations)

    setattr(draft_module, "suggested", spy)  # noqa: B010 (the module exports no such name)
    try:
        found, text = drafted(path)
    finally:
        setattr(draft_module, "suggested", real)  # noqa: B010
    where = path.parent / f"{path.name}.claims.toml"
    doc = loads(text, where, None, path)
    offered: list[Tied] = []
    others = [s for s in found.suggested if FAMILY not in s.why]
    if others:
        wide = loads(uncommented(text), where, None, path)
        ids = {s.relation.id for s in others}
        offered = [one_tied(wide, r) for r in wide.relations if r.id in ids]
    ties = [frozenset(draft_tied(r)) for r in seen[-1].relations]
    ties += [frozenset(draft_tied(s.relation)) for s in others]
    return seen[-1], doc, tied(doc), offered, ties


def interval_of(doc: ClaimsFile, k: Known) -> Interval | None:
    claim = doc.claim(k.id)
    q = None if claim is None else claim.value
    if q is None or q.interval is None or not q.interval.bounded:
        return None
    return q.interval


def width(i: Interval) -> Fraction:
    assert i.lo is not None and i.hi is not None
    return i.hi - i.lo


def chance(computed: Interval, stated: Interval, floor: Fraction = ZERO) -> float:
    mid = stated.midpoint()
    size = max(abs(mid) if mid is not None else Fraction(0), floor)
    if size == 0:
        return 1.0
    return min(1.0, float((width(computed) + width(stated)) / size))


def one_period(*figures: Known) -> bool:
    return len({k.period for k in figures if k.period is not None}) <= 1


def measures(levels: Sequence[Known]) -> list[list[Known]]:
    """The levels by measure (one unit, or counts of one thing)."""
    groups: list[list[Known]] = []
    for k in levels:
        for g in groups:
            if same_measure(g[0].placed.figure, k.placed.figure):
                g.append(k)
                break
        else:
            groups.append([k])
    return groups


def relation(kind: str, values: Mapping[str, RelationValue], members: tuple[str, ...]) -> Relation:
    return Relation("coincidence", kind, 0, values, members=members)


def candidates(doc: ClaimsFile, figures: Sequence[Known]) -> list[Candidate]:
    found: list[Candidate] = []
    tried: Counter[str] = Counter()
    bounded = {k.id: i for k in figures if (i := interval_of(doc, k)) is not None}
    levels = [k for k in figures if k.level and k.id in bounded]
    percents = [
        k
        for k in figures
        if is_percent(k.placed.figure)
        and k.id in bounded
        and not k.placed.figure.phrase.stated.is_range
    ]
    groups = measures(levels)
    for kind, made in _sums(groups, bounded):
        tried[kind] += 1
        if made is not None:
            found.append(made)
    for kind, made in _ratios(groups, percents, bounded):
        tried[kind] += 1
        if made is not None:
            found.append(made)
    for made in _products(figures, bounded, tried):
        found.append(made)
    return [Candidate(c.kind, c.relation, c.ids, c.chance, tried[c.kind]) for c in found]


def _sums(
    groups: list[list[Known]], bounded: Mapping[str, Interval]
) -> Iterator[tuple[str, Candidate | None]]:
    for group in groups:
        for total in group:
            t = bounded[total.id]
            parts = [
                k
                for k in group
                if k is not total
                and bounded[k.id].hi < t.hi  # type: ignore[operator]
                and one_period(total, k)
            ]
            for n in range(2, MAX_PARTS + 1):
                if n == 4 and len(parts) > 30:
                    continue
                for chosen in combinations(parts, n):
                    if not one_period(total, *chosen):
                        continue
                    kind = f"sum{n}"
                    s = bounded[chosen[0].id]
                    for k in chosen[1:]:
                        s = s + bounded[k.id]
                    if s.intersect(t) is None:
                        yield kind, None
                        continue
                    ids = (total.id, *(k.id for k in chosen))
                    rel = relation(
                        "sum",
                        {"total": total.id, "parts": ids[1:], "exhaustive": True},
                        ids,
                    )
                    yield kind, Candidate(kind, rel, ids, chance(s, t))


def _ratios(
    groups: list[list[Known]], percents: Sequence[Known], bounded: Mapping[str, Interval]
) -> Iterator[tuple[str, Candidate | None]]:
    hundred = Interval.point(100)
    for group in groups:
        for a, b in permutations(group, 2):
            ia, ib = bounded[a.id], bounded[b.id]
            if ib.lo is None or ib.lo <= 0:
                continue
            ratio = (ia / ib) * hundred
            for p in percents:
                ip = bounded[p.id]
                stated = p.placed.figure.phrase.stated
                if stated.direction is None and ia.hi < ib.hi and one_period(a, b):  # type: ignore[operator]
                    # a share: part below whole, one period
                    if ratio.intersect(ip) is None:
                        yield "share", None
                    else:
                        ids = (p.id, a.id, b.id)
                        rel = relation("share", {"share": p.id, "part": a.id, "whole": b.id}, ids)
                        yield (
                            "share",
                            Candidate("share", rel, ids, chance(ratio, ip, PERCENT_FLOOR)),
                        )
                growth = ratio - hundred
                if growth.intersect(ip) is None:
                    yield "growth", None
                    continue
                ids = (p.id, a.id, b.id)
                rel = relation("growth", {"growth": p.id, "current": a.id, "base": b.id}, ids)
                yield "growth", Candidate("growth", rel, ids, chance(growth, ip, PERCENT_FLOOR))


def _products(
    figures: Sequence[Known], bounded: Mapping[str, Interval], tried: Counter[str]
) -> Iterator[Candidate]:
    """total = amount × count: an amount (per unit or not), a count, an amount of its unit."""
    amounts = [
        k
        for k in figures
        if k.id in bounded
        and k.placed.figure.kind == "amount"
        and k.placed.figure.phrase.stated.unit is not None
        and not k.placed.figure.phrase.stated.is_range
        and k.placed.figure.phrase.stated.direction is None
    ]
    counts = [k for k in figures if k.id in bounded and k.level and k.placed.figure.kind == "count"]
    for rate in amounts:
        unit = rate.placed.figure.phrase.stated.unit
        for count in counts:
            for total in amounts:
                if total is rate or total.placed.figure.phrase.stated.per is not None:
                    continue
                tu = total.placed.figure.phrase.stated.unit
                if tu is None or unit is None or tu.key != unit.key:
                    continue
                if not one_period(rate, count, total):
                    continue
                tried["product"] += 1
                product = bounded[rate.id] * bounded[count.id]
                t = bounded[total.id]
                if product.intersect(t) is None:
                    continue
                ids = (total.id, rate.id, count.id)
                if rate.placed.figure.phrase.stated.per is not None:
                    rel = relation(
                        "per",
                        {"value": rate.id, "numerator": total.id, "denominator": count.id},
                        ids,
                    )
                else:
                    rel = relation(
                        "equation", {"expr": f"{total.id} = {rate.id} * {count.id}"}, ids
                    )
                yield Candidate("product", rel, ids, chance(product, t))


def _refused(article: Article, by_id: Mapping[str, Known], c: Candidate) -> str | None:
    """The reason the family's guards give against a two-part sum (:mod:`suggestcoincide`)."""
    total, a, b = (by_id[i] for i in c.ids)
    levels = [Level(k, read(k.placed.figure.phrase.stated).require()) for k in (total, a, b)]
    return refusal(article, *levels)


def _strict(drafted: Tied, hand: Tied) -> bool:
    """The same relation: one of the forms of each the same, or the same figures both ways."""
    if any(same_form(f, g) for f in hand.forms for g in drafted.forms):
        return True
    a, b = drafted.signature, hand.signature
    return (
        a[0] == b[0]
        and all(any(x.same(y) for y in b[1]) for x in a[1])
        and all(any(y.same(x) for x in a[1]) for y in b[1])
    )


@dataclass
class Scored:
    set_name: str
    article: str
    candidate: Candidate
    in_hand: bool  # one of the hand file's relations, with the same figures (or form)
    loose: (
        bool  # recalls one as draft_vs_hand.py counts recall (a hand relation's figures among its)
    )
    offerable: bool  # no drafted relation ties its claims, no suggestion ties the same claims
    gained: tuple[
        int, ...
    ]  # the hand relations it recalls that the draft neither drafts nor suggests
    quotes: tuple[str, ...]
    refused: str | None = None  # the family's guard that refuses a two-part sum


def measure_article(set_name: str, folder: Path) -> list[Scored]:
    hand = load(folder / "claims.toml")
    captured, doc, mine, offered, ties = captured_draft(folder / "article.txt")
    figures = known(captured.article, captured.periods)
    theirs = tied(hand)
    already = {n for n, t in enumerate(theirs) if any(recalls(m, t) for m in [*mine, *offered])}
    by_id = {k.id: k for k in figures}
    out = []
    for c in candidates(doc, figures):
        t = one_tied(doc, c.relation)
        matched = [n for n, h in enumerate(theirs) if recalls(t, h)]
        strict = [n for n in matched if _strict(t, theirs[n])]
        ids = frozenset(c.ids)
        offerable = not any(ids <= d for d in ties)
        quotes = tuple(
            f"{i} = {claim.value.text if claim and claim.value else '?'}: {claim.quote if claim else ''}"
            for i in c.ids
            if (claim := doc.claim(i)) is not None
        )
        gained = tuple(n for n in matched if n not in already)
        refused = _refused(captured.article, by_id, c) if c.kind == "sum2" else None
        out.append(
            Scored(
                set_name,
                folder.name,
                c,
                bool(strict),
                bool(matched),
                offerable,
                gained,
                quotes,
                refused,
            )
        )
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="coincidences.py", description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--sample", type=int, default=0)
    args = parser.parse_args(argv)
    scored: list[Scored] = []
    for s in args.sets:
        if any(s.name == f"heldout{n}" for n in range(8, 40)):
            sys.stderr.write(f"coincidences.py: {s} is an unseen set: not read\n")
            return 2
        for folder in sorted(s.iterdir()):
            if (folder / "claims.toml").is_file():
                scored.extend(measure_article(s.name, folder))
    kinds = sorted({x.candidate.kind for x in scored})
    print(
        "| kind | score at most | candidates | in the hand files (loosely) |"
        " not drafted or suggested | of those in the hand files | hand relations gained |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    guarded = "sum2, guarded"
    for kind in [*kinds, guarded, "all"]:
        rows = [x for x in scored if kind in ("all", x.candidate.kind)]
        if kind == guarded:
            rows = [x for x in scored if x.candidate.kind == "sum2" and x.refused is None]
        for th in THRESHOLDS:
            kept = [x for x in rows if x.candidate.score <= th]
            new = [x for x in kept if x.offerable]
            gained = {(x.set_name, x.article, n) for x in new for n in x.gained}
            print(
                f"| {kind} | {th} | {len(kept)} | {sum(x.in_hand for x in kept)}"
                f" ({sum(x.loose for x in kept)}) | {len(new)} | {sum(x.in_hand for x in new)} |"
                f" {len(gained)} |"
            )
    if args.sample:
        for kind in kinds:
            rest = [x for x in scored if x.candidate.kind == kind and not x.in_hand and x.offerable]
            rest.sort(key=lambda x: x.candidate.score)
            print(f"\n## {kind}: {len(rest)} not in the hand files; the best {args.sample}")
            for x in rest[: args.sample]:
                why = f" refused: {x.refused}" if x.refused else ""
                print(f"- {x.set_name}/{x.article} score {x.candidate.score:.4f}{why}")
                for q in x.quotes:
                    print(f"    {q[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
