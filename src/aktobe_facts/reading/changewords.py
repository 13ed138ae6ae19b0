"""The words of rise and fall around a stated number, with every inflection.

A verb before the number says which way a change went ("fell 9 percent", "widened 15.2 percent",
"picked up sharply by 3 percent", "surging by 8 percent"); so does a noun, with "a" or "an",
before it ("a contraction of 2 percent") or after it ("an 11.3 per cent expansion"). A gap or a
deficit that widens grows and one that narrows shrinks: "widened" is a rise of the figure, as
"narrowed" is a fall. "improved" and "worsened" say nothing certain about the figure's sign (a
deficit that improves shrinks, a revenue that improves grows): they are :data:`UNCERTAIN`, never
read as a direction.

The forms are built from each verb's base, its irregular forms written out, so that every tense a
news sentence uses is known: "rise, rises, rose, risen, rising".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_IRREGULAR: dict[str, tuple[str, tuple[str, ...], str]] = {
    # base: (third person, past and past participle, -ing)
    "rise": ("rises", ("rose", "risen"), "rising"),
    "grow": ("grows", ("grew", "grown"), "growing"),
    "fall": ("falls", ("fell", "fallen"), "falling"),
    "shrink": ("shrinks", ("shrank", "shrunk"), "shrinking"),
    "slide": ("slides", ("slid",), "sliding"),
    "sink": ("sinks", ("sank", "sunk"), "sinking"),
    "lose": ("loses", ("lost",), "losing"),
    "shed": ("sheds", ("shed",), "shedding"),
    "leap": ("leaps", ("leapt", "leaped"), "leaping"),
    "swell": ("swells", ("swelled", "swollen"), "swelling"),
    "shoot": ("shoots", ("shot",), "shooting"),
    "go": ("goes", ("went", "gone"), "going"),
    "come": ("comes", ("came",), "coming"),
    "cut": ("cuts", ("cut",), "cutting"),
    "dive": ("dives", ("dived", "dove"), "diving"),
}
_DOUBLED = frozenset({"drop", "slip", "dip"})  # dropped, slipping

RISE_VERBS: tuple[str, ...] = (
    "rise", "grow", "increase", "gain", "climb", "jump", "soar", "surge", "expand", "widen",
    "advance", "rebound", "rocket", "skyrocket", "leap", "spike", "balloon", "swell",
    "appreciate", "strengthen", "pick up", "go up", "edge up", "inch up", "tick up", "shoot up",
    "creep up", "boost",
)  # fmt: skip
"""Verbs (base forms) of a rise: the figure after them is a positive change."""
FALL_VERBS: tuple[str, ...] = (
    "fall", "drop", "decline", "decrease", "shrink", "contract", "slide", "slip", "plunge",
    "plummet", "sink", "tumble", "lose", "slump", "reduce", "dip", "ease", "narrow", "retreat",
    "shed", "dive", "weaken", "depreciate", "cut", "go down", "edge down", "inch down",
    "tick down", "come down",
)  # fmt: skip
"""Verbs (base forms) of a fall: the figure after them is a negative change."""
RISE_NOUNS: tuple[str, ...] = (
    "rise", "increase", "gain", "growth", "jump", "surge", "expansion", "climb", "advance",
    "rebound", "upturn", "hike", "spike", "leap", "widening", "pickup", "pick-up", "upswing",
    "boost",
)  # fmt: skip
"""Nouns of a rise: "a rise of 3 percent", "a 3 percent rise"."""
FALL_NOUNS: tuple[str, ...] = (
    "fall", "drop", "decline", "decrease", "contraction", "loss", "reduction", "dip", "slide",
    "slump", "plunge", "cut", "downturn", "narrowing", "shrinkage", "tumble", "retreat",
)  # fmt: skip
"""Nouns of a fall: "a contraction of 2 percent", "a 2 percent contraction"."""
CHANGE_NOUNS = r"(?:" + "|".join(sorted({*RISE_NOUNS, *FALL_NOUNS}, key=len, reverse=True)) + ")"
"""A regular expression for any noun of change, the longest first (none stops at a shorter one)."""
UNCERTAIN: tuple[str, ...] = (
    "improve", "worsen", "deteriorate", "improvement", "deterioration", "improvements",
)  # fmt: skip
"""Words of a change whose sign depends on what the figure measures: never read as a direction."""


def _forms(base: str) -> tuple[str, tuple[str, ...], str]:
    """The third person, the past forms and the -ing form of a verb."""
    if base in _IRREGULAR:
        return _IRREGULAR[base]
    if base.endswith("e"):
        return base + "s", (base + "d",), base[:-1] + "ing"
    if base in _DOUBLED:
        return base + "s", (base + base[-1] + "ed",), base + base[-1] + "ing"
    third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
    return third, (base + "ed",), base + "ing"


def _with_particle(verb: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    _head, _, particle = verb.partition(" ")
    unique = tuple(dict.fromkeys(forms))
    return tuple(f"{form} {particle}" for form in unique) if particle else unique


def inflections(verb: str) -> tuple[str, ...]:
    """Every form of a verb, its base first; a verb with a particle ("pick up") keeps it after
    each form ("picked up", "picking up")."""
    head = verb.partition(" ")[0]
    third, past, ing = _forms(head)
    return _with_particle(verb, (head, third, *past, ing))


def past_forms(verb: str) -> tuple[str, ...]:
    """The past tense and participle of a verb ("fell", "fallen"; "picked up")."""
    return _with_particle(verb, _forms(verb.partition(" ")[0])[1])


def _uncertain_forms() -> tuple[str, ...]:
    verbs = [w for w in UNCERTAIN if not w.endswith(("ment", "ments", "tion"))]
    nouns = [w for w in UNCERTAIN if w not in verbs]
    return (*(form for verb in verbs for form in inflections(verb)), *nouns)


RISE_FORMS: tuple[str, ...] = tuple(form for verb in RISE_VERBS for form in inflections(verb))
FALL_FORMS: tuple[str, ...] = tuple(form for verb in FALL_VERBS for form in inflections(verb))
UNCERTAIN_FORMS: tuple[str, ...] = _uncertain_forms()


def finite_forms(verbs: tuple[str, ...]) -> tuple[str, ...]:
    """Every form of these verbs but the base and those that are nouns of change too ("cut",
    "rise"): the forms that can only be a verb in running text ("fell", "rises", "surging")."""
    nouns = {*RISE_NOUNS, *FALL_NOUNS}
    return tuple(
        form
        for verb in verbs
        for form in inflections(verb)[1:]
        if form not in nouns and form.split(" ")[0] != verb.split(" ")[0]
    )


def alternation(forms: Iterable[str]) -> str:
    """The forms as a regular expression's alternatives, longest first (so that "went down" is
    tried before "went"), a space matching any run of spaces."""
    ordered = sorted(forms, key=len, reverse=True)
    return "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in ordered)
