"""Where a regular expression can split one run of characters more than one way: a static reading
of a pattern's parse tree (``re._parser``), with no timing.

Python's ``re`` backtracks. Two unbounded repeats that can match the same character, with only
optional items between them (``\\s*,?\\s*``, ``\\s*\\)?\\s*``, ``\\d+\\s*\\d+``), can split a run of
n such characters in n ways, and when what follows fails the engine tries every split: quadratic
in the run (cubic under ``search``, which tries every start). A repeated group whose end can match
what its start matches (``(?:\\d+,?)+``) can split a run in exponentially many ways. :func:`overlaps`
finds both shapes; ``scripts/regex_audit.py`` then measures whether the split really costs (a
finding is a candidate: what follows may make the split cheap).

A possessive repeat (``\\s*+``) or an atomic group (``(?>...)``) gives nothing back, so it ends no
such pair; a repeat bounded by a number (``{0,3}``) is no run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

ALPHABET = "".join(chr(i) for i in range(9, 127)) + "\u00a0\u2009\u202f–—§’“€£é"
"""The characters a run is tested with: ASCII, spaces of print, dashes, quotes, signs."""

_ALL = frozenset(ALPHABET)
_ONE_CHAR = {c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN}
_REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT}


@dataclass(frozen=True)
class Run:
    """An unbounded repeat of one character class, and the shortest words that reach it from the
    start of the item that holds it."""

    chars: frozenset[str]
    lead: str


@dataclass(frozen=True)
class Overlap:
    """Two runs (or a repeated group's end and start) that can match the same characters; a
    string that reaches the first, a character of both."""

    kind: str  # "adjacent" (quadratic) or "repeated" (a group repeated: exponential)
    prefix: str
    char: str

    def describe(self) -> str:
        return f"{self.kind}: {self.char!r} after {self.prefix!r}"


@dataclass
class _Shape:
    nullable: bool
    heads: list[Run] = field(default_factory=list)
    tails: list[Run] = field(default_factory=list)


class _Reader:
    def __init__(self, parsed: Any) -> None:
        self.state = parsed.state
        self.found: list[Overlap] = []
        self._chars: dict[tuple[int, str], frozenset[str]] = {}

    def chars(self, node: tuple[Any, Any], flags: int) -> frozenset[str]:
        key = (flags, repr(node))
        if key not in self._chars:
            one = sre_compile.compile(sre_parse.SubPattern(self.state, [node]), flags)
            self._chars[key] = frozenset(ch for ch in ALPHABET if one.fullmatch(ch))
        return self._chars[key]

    def sample(self, items: list[Any], flags: int) -> str:
        """A shortest string the items match (zero-width items match nothing)."""
        out = []
        for op, av in items:
            if op in _ONE_CHAR:
                chars = self.chars((op, av), flags)
                out.append(min(chars, key=_plainness) if chars else "")
            elif op == c.BRANCH:
                out.append(min((self.sample(list(b), flags) for b in av[1]), key=len))
            elif op == c.SUBPATTERN:
                out.append(self.sample(list(av[3]), (flags | av[1]) & ~av[2]))
            elif op == c.ATOMIC_GROUP:
                out.append(self.sample(list(av), flags))
            elif op in _REPEATS:
                out.append(self.sample(list(av[2]), flags) * av[0])
        return "".join(out)

    def sequence(self, items: list[Any], flags: int, prefix: str) -> _Shape:
        shapes: list[_Shape] = []
        leads: list[str] = []
        for k, item in enumerate(items):
            lead = self.sample(items[:k], flags)
            leads.append(lead)
            shapes.append(self.node(item, flags, prefix + lead))
        for i, left in enumerate(shapes):
            for j in range(i + 1, len(shapes)):
                for tail in left.tails:
                    for head in shapes[j].heads:
                        both = tail.chars & head.chars
                        if both:
                            where = prefix + leads[i] + tail.lead
                            self.found.append(Overlap("adjacent", where, _pick(both)))
                if not shapes[j].nullable:
                    break
        heads: list[Run] = []
        for k, shape in enumerate(shapes):
            heads += [Run(r.chars, leads[k] + r.lead) for r in shape.heads]
            if not shape.nullable:
                break
        tails: list[Run] = []
        for k in range(len(shapes) - 1, -1, -1):
            tails += [Run(r.chars, leads[k] + r.lead) for r in shapes[k].tails]
            if not shapes[k].nullable:
                break
        return _Shape(all(s.nullable for s in shapes), heads, tails)

    def node(self, item: tuple[Any, Any], flags: int, prefix: str) -> _Shape:
        op, av = item
        if op in _ONE_CHAR:
            return _Shape(False)
        if op in (c.AT, c.GROUPREF):
            return _Shape(True)
        if op in (c.ASSERT, c.ASSERT_NOT):
            self.sequence(list(av[1]), flags, prefix)
            return _Shape(True)
        if op == c.SUBPATTERN:
            return self.sequence(list(av[3]), (flags | av[1]) & ~av[2], prefix)
        if op == c.ATOMIC_GROUP:
            inner = self.sequence(list(av), flags, prefix)
            return _Shape(inner.nullable, inner.heads, [])
        if op == c.BRANCH:
            alts = [self.sequence(list(b), flags, prefix) for b in av[1]]
            return _Shape(
                any(a.nullable for a in alts),
                [r for a in alts for r in a.heads],
                [r for a in alts for r in a.tails],
            )
        if op == c.GROUPREF_EXISTS:
            alts = [self.sequence(list(b), flags, prefix) for b in av[1:] if b is not None]
            return _Shape(
                True, [r for a in alts for r in a.heads], [r for a in alts for r in a.tails]
            )
        if op in _REPEATS:
            low, high, body = av[0], av[1], list(av[2])
            possessive = op == c.POSSESSIVE_REPEAT
            if len(body) == 1 and body[0][0] in _ONE_CHAR:
                if high != c.MAXREPEAT:
                    return _Shape(low == 0)
                run = Run(self.chars(body[0], flags), "")
                return _Shape(low == 0, [run], [] if possessive else [run])
            inner = self.sequence(body, flags, prefix)
            if high > 2 and not possessive:
                for tail in inner.tails:
                    for head in inner.heads:
                        both = tail.chars & head.chars
                        if both:
                            where = prefix + tail.lead
                            self.found.append(Overlap("repeated", where, _pick(both)))
            nullable = low == 0 or inner.nullable
            return _Shape(nullable, inner.heads, [] if possessive else inner.tails)
        return _Shape(True)


def _plainness(ch: str) -> tuple[int, str]:
    """Letters and digits first, then spaces, then the rest: the sample reads as words."""
    return (0 if ch.isalnum() else 1 if ch == " " else 2, ch)


def _pick(chars: frozenset[str]) -> str:
    for ch in " 0a,.%(-":
        if ch in chars:
            return ch
    return min(chars, key=_plainness)


def overlaps(pattern: str, flags: int = 0) -> list[Overlap]:
    """Every place where ``pattern`` can split one run of characters more than one way."""
    parsed = sre_parse.parse(pattern, flags)
    reader = _Reader(parsed)
    reader.sequence(list(parsed.data), parsed.state.flags, "")
    unique: dict[tuple[str, str, str], Overlap] = {}
    for o in reader.found:
        unique.setdefault((o.kind, o.prefix, o.char), o)
    return list(unique.values())


def leading_runs(pattern: str, flags: int = 0) -> list[str]:
    """The runs a match of ``pattern`` can start with and a search enters at any of its
    characters: an unbounded repeat of one class at the pattern's start (after optional items),
    with no lookbehind before it that refuses the class (``(?<!\\s)\\s*``). Searched over a long run
    of such characters where what follows fails, the repeat reads the rest of the run from each
    of them: quadratic in the run, whatever its shape. Each run's characters, as a string of
    the class's printable ASCII ones (``" "`` for ``\\s``; the test alphabet otherwise)."""
    parsed = sre_parse.parse(pattern, flags)
    reader = _Reader(parsed)
    found: list[frozenset[str]] = []

    def walk(items: list[Any], flags: int, guard: frozenset[str]) -> tuple[bool, frozenset[str]]:
        """Whether the items can match nothing, and the characters refused before what follows."""
        for op, av in items:
            behind = op in (c.ASSERT, c.ASSERT_NOT) and av[0] == -1 and len(av[1]) == 1
            if behind and av[1][0][0] in _ONE_CHAR:  # (?<!\s): refused; (?<=[.!?]): the rest
                chars = reader.chars(av[1][0], flags)
                guard = guard | (chars if op == c.ASSERT_NOT else _ALL - chars)
            elif op in (c.AT, c.ASSERT, c.ASSERT_NOT, c.GROUPREF):
                continue
            elif op in _ONE_CHAR:
                return False, guard
            elif op == c.SUBPATTERN:
                nullable, guard = walk(list(av[3]), (flags | av[1]) & ~av[2], guard)
                if not nullable:
                    return False, guard
            elif op == c.ATOMIC_GROUP:
                nullable, guard = walk(list(av), flags, guard)
                if not nullable:
                    return False, guard
            elif op == c.BRANCH:
                ends = [walk(list(b), flags, guard) for b in av[1]]
                if not any(nullable for nullable, _ in ends):
                    return False, guard
                guard = frozenset.intersection(*(g for _, g in ends))
            elif op in _REPEATS:
                low, high, body = av[0], av[1], list(av[2])
                if len(body) == 1 and body[0][0] in _ONE_CHAR and high == c.MAXREPEAT:
                    chars = reader.chars(body[0], flags)
                    if chars - guard:
                        found.append(chars - guard)
                    if low > 0:
                        return False, guard
                    guard = frozenset()
                elif len(body) == 1 and body[0][0] in _ONE_CHAR:  # "[)]?": its characters too
                    if low > 0:
                        return False, guard
                    guard = guard - reader.chars(body[0], flags)
                else:
                    nullable, _ = walk(body, flags, guard)
                    if low > 0 and not nullable:
                        return False, guard
                    guard = frozenset()
            else:
                return False, guard
        return True, guard

    walk(list(parsed.data), parsed.state.flags, frozenset())
    return sorted({_pick(chars) if " " not in chars else " " for chars in found})


@dataclass(frozen=True)
class Entry:
    """A module pattern: ``module.NAME`` (``*`` after it: imported, its own module unknown)."""

    name: str
    pattern: str
    flags: int


def module_patterns() -> list[Entry]:
    """Every module pattern of aktobe_facts (an attribute of type ``re.Pattern`` or
    ``lazypatterns.Lazy``), once, under the module that assigns it."""
    import importlib
    import inspect
    import pkgutil

    import aktobe_facts

    found: dict[tuple[str, int], Entry] = {}
    names = [m.name for m in pkgutil.walk_packages(aktobe_facts.__path__, "aktobe_facts.")]
    for name in sorted(n for n in names if not n.endswith("__main__")):
        module = importlib.import_module(name)
        try:
            source = inspect.getsource(module)
        except (OSError, TypeError):
            source = ""
        for attr, obj in vars(module).items():
            text_flags = pattern_of(obj)
            if text_flags is None:
                continue
            own = re.search(rf"^{re.escape(attr)}\s*[:=]", source, re.MULTILINE) is not None
            short = name.removeprefix("aktobe_facts.")
            if own:
                found[text_flags] = Entry(f"{short}.{attr}", *text_flags)
            elif text_flags not in found:
                found[text_flags] = Entry(f"{short}.{attr}*", *text_flags)
    return sorted(found.values(), key=lambda e: e.name)


def pattern_of(obj: Any) -> tuple[str, int] | None:
    """The text and flags of a compiled pattern or a lazy one (``lazypatterns.Lazy``)."""
    if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
        return obj.pattern, obj.flags
    text, flags = getattr(obj, "pattern", None), getattr(obj, "_flags", None)
    if isinstance(text, str) and isinstance(flags, int):
        return text, flags
    return None
