"""The check registry: one module per family of relations, listed in :data:`CHECKS`.

A check module has an ``ID``, a one-line ``TITLE``, a ``HELP`` text and a pure function
``check(doc) -> list[Finding]``, whose findings it makes with a vocabulary bound to its id
(``say = Verdicts(ID)``: ``say.passed``, ``say.failed``, ``say.undetermined``; see
:class:`~aktobe_facts.findings.Verdicts`). Adding a check means adding a module and one line below. A check
whose findings are about the article's text rather than a relation says ``TESTS_RELATIONS =
False`` (and its line below says so too). Reviews (:data:`REVIEWS`) run after the checks, on their
findings.

A line of the registry names its check's module without importing it, and may say what a file
must hold for the check to find anything (``needs``: a quick look at the model, such as "a
relation of kind ratio" or "an article"): the module is imported the first time a file has it, or
when its title or help is asked for. Most files need few of the checks, and each module imported
is time at every start (BENCHMARKS.md, "Cold start"). A ``needs`` must never say no to a file the
check would find something in: tests/test_check_registry.py runs every check on every test file
both ways.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Protocol

from aktobe_facts.checks import no_relation, relation_kinds
from aktobe_facts.claims.model import Claim, ClaimsFile

if TYPE_CHECKING:
    from aktobe_facts.findings import Finding
    from aktobe_facts.reading.quantities import Quantity


class CheckModule(Protocol):
    @property
    def ID(self) -> str: ...
    @property
    def TITLE(self) -> str: ...
    @property
    def HELP(self) -> str: ...

    def check(self, doc: ClaimsFile) -> list[Finding]: ...


Needs = Callable[[ClaimsFile], bool]


class Check:
    """A line of the registry: the check's id, its module's name, and what a file needs for it
    (``None``: every file may). ``check(doc)`` is the module's, run only on a file that needs it."""

    def __init__(
        self,
        check_id: str,
        module: str,
        needs: Needs | None = None,
        *,
        tests_relations: bool = True,
    ) -> None:
        self.ID = check_id
        self.module_name = f"aktobe_facts.checks.{module}"
        self.needs = needs
        self.TESTS_RELATIONS = tests_relations
        self._module: CheckModule | None = None

    @property
    def module(self) -> CheckModule:
        # kept once imported: import_module goes through the import machinery on every call
        # (14 calls a file for the seed: 68k of its 9.34M instructions, callgrind)
        found = self._module
        if found is None:
            found = self._module = import_module(self.module_name)
        return found

    @property
    def TITLE(self) -> str:
        return self.module.TITLE

    @property
    def HELP(self) -> str:
        return self.module.HELP

    def applies(self, doc: ClaimsFile) -> bool:
        """Whether the file holds what the check needs (never no where it would find something)."""
        return self.needs is None or self.needs(doc)

    def check(self, doc: ClaimsFile) -> list[Finding]:
        return self.module.check(doc) if self.applies(doc) else []


def _of_kind(kind: str) -> Needs:
    def needs(doc: ClaimsFile) -> bool:
        return bool(doc.relations_of(kind))

    return needs


def _any_claim(test: Callable[[Claim], bool]) -> Needs:
    def needs(doc: ClaimsFile) -> bool:
        # map, not a generator: each claim tested without resuming a generator's frame (ten
        # lines of the registry ask this of every claim: the seed's registry 460k -> 412k
        # instructions a file, callgrind)
        return any(map(test, doc.claims))

    return needs


def _percent(q: Quantity | None) -> bool:
    return q is not None and q.in_percent  # checks._common.is_percent, with no import a claim


def _pairs(doc: ClaimsFile) -> bool:
    """Two currency amounts of one claim, or a reference rate: what a currency pair is made of."""
    return any(c.counterparts for c in doc.claims) or any(
        r.value.per is not None for r in doc.references
    )


def _estimates(test: Callable[[ClaimsFile], bool]) -> Needs:
    """A file with currency pairs whose estimates (``relations.rates.rate_groups``) pass ``test``."""

    def needs(doc: ClaimsFile) -> bool:
        return _pairs(doc) and test(doc)

    return needs


def _unreferenced(doc: ClaimsFile) -> bool:
    from aktobe_facts.relations.rates import rate_groups

    return any(e.pairs and not e.references for e in rate_groups(doc))


def _referenced(doc: ClaimsFile) -> bool:
    from aktobe_facts.relations.rates import rate_groups

    return any(e.pairs and e.references for e in rate_groups(doc))


def _three_currencies(doc: ClaimsFile) -> bool:
    from aktobe_facts.relations.rates import rate_groups

    return len({c for e in rate_groups(doc) if e.pairs for c in (e.top, e.bottom)}) >= 3


def _in_two_units(claim: Claim) -> bool:
    value = claim.value
    return bool(claim.counterparts) and (
        value is not None and value.unit is not None and not value.unit.is_currency
    )


def _counterpart_to_tell(claim: Claim) -> bool:
    counterparts = claim.counterparts
    return bool(claim.computed) or (bool(counterparts) and any(q.missing for q in counterparts))


def _dated(claim: Claim) -> bool:
    return claim.kind == "duration" or claim.base_period is not None


def _ranked(claim: Claim) -> bool:
    return claim.kind == "rank" and bool(claim.after)


def _index(claim: Claim) -> bool:
    return claim.kind == "index" and _percent(claim.value)


def _over_a_hundred_percent(claim: Claim) -> bool:
    value = claim.value
    if claim.kind not in ("growth", None) or not _percent(value):
        return False
    assert value is not None
    low = value.require().lo
    return low is not None and low > 100


def _share_like(claim: Claim) -> bool:
    return _percent(claim.value) and (claim.group is not None or claim.of is not None)


def _subjects(doc: ClaimsFile) -> bool:
    """Two claims with a subject: the fewest a comparison of one subject's figures needs."""
    return sum(1 for c in doc.claims if c.subject is not None) > 1


def _point_change(claim: Claim) -> bool:
    value = claim.value
    return (
        claim.kind == "change"
        and value is not None
        and value.unit is not None
        and value.unit.kind in ("percent", "points")
    )


def _joint_part(doc: ClaimsFile) -> bool:
    from aktobe_facts.solve.narrowing import narrowing  # computed once per file, kept

    return narrowing(doc) is not None


def _article(doc: ClaimsFile) -> bool:
    return doc.article_file is not None


def _expected_hash(doc: ClaimsFile) -> bool:
    return doc.article_file is not None and doc.article_file.expected_sha256 is not None


def _two_styles(doc: ClaimsFile) -> bool:
    from aktobe_facts.checks.numberstyles import other_style

    return doc.settings.locale.decimal == "," or other_style(doc) is not None


_LINES = (
    Check("conversions", "conversions", _pairs),
    Check("reference-rates", "reference_rates", _estimates(_referenced)),
    Check("rate-magnitudes", "rate_magnitudes", _estimates(_unreferenced)),
    Check("cross-rates", "cross_rates", _estimates(_three_currencies)),
    Check("unit-conversions", "unit_conversions", _any_claim(_in_two_units)),
    Check("missing-counterpart", "counterparts", _any_claim(_counterpart_to_tell)),
    Check("shares", "shares", _of_kind("shares")),
    Check("ratios", "ratios", _of_kind("ratio")),
    Check("periods", "periods", _any_claim(_dated)),
    Check("ranks", "ranks", _any_claim(_ranked)),
    Check("growth", "growth", _of_kind("growth")),
    Check("plausibility", "plausibility", _of_kind("ratio")),
    Check("index-change", "index_change", _any_claim(_index)),
    Check("index-or-growth", "index_or_growth", _any_claim(_over_a_hundred_percent)),
    Check("share-of-whole", "whole_share", _of_kind("share")),
    Check("part-share", "part_share", _of_kind("amount-share")),
    Check("same-subject", "same_subject", _subjects),
    Check("percent-points", "points", _any_claim(_point_change)),
    Check("grim", "grim", _any_claim(_share_like)),
    Check("joint", "joint", _joint_part),
    Check("article", "article_hash", _expected_hash, tests_relations=False),
    Check("provenance", "provenance", _article, tests_relations=False),
    Check("coverage", "coverage", _article, tests_relations=False),
    Check("separators", "separators", _two_styles),
)

CHECKS: dict[str, CheckModule] = {
    **{line.ID: line for line in _LINES},
    **{kind_check.ID: kind_check for kind_check in relation_kinds.CHECKS},
}


class ReviewModule(Protocol):
    ID: str
    TITLE: str
    HELP: str

    def review(self, doc: ClaimsFile, findings: Sequence[Finding]) -> list[Finding]: ...


REVIEWS: dict[str, ReviewModule] = {no_relation.ID: no_relation}  # run on every file
"""Reviews of what the checks found, run after them; ``findings`` are those of the checks that
test relations."""

KNOWN: dict[str, CheckModule | ReviewModule] = {**CHECKS, **REVIEWS}
"""Every id ``--select``, ``--ignore``, ``[settings]`` and waivers may name, in report order."""


def tests_relations(check_id: str) -> bool:
    """Whether the check's findings test relations between figures (not the article's text)."""
    return bool(getattr(CHECKS.get(check_id), "TESTS_RELATIONS", True))
