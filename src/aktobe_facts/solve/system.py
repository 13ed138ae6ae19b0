"""An article as one system: its stated figures (each a variable inside an interval) and its
relations (constraints over the variables).

Both are *items*, numbered in one sequence: the figures first, then the constraints. A conflict is
a set of items; a subsystem is the system restricted to some items. Domains that no claim states
(an exchange rate is not negative, the rest of a group of shares is at least 0) are ``hard``: they
belong to every subsystem and never to a conflict.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import msgspec
from msgspec import Struct, field

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.solve.box import Box
from aktobe_facts.solve.expr import Constraint, constraint_names
from aktobe_facts.solve.unionfind import DisjointSets


class Figure(Struct, frozen=True):
    """A stated figure: the variable it gives a value to, and the interval its words allow."""

    var: str
    interval: Box
    claim: str  # the claim (or reference) that states it
    text: str = ""  # as the article writes it ("US$1.5 billion")
    printed: Fraction | None = None  # the number as printed, the first value a witness tries
    line: int | None = None
    alternative: Box | None = None  # the other reading of an ambiguous separator ("2,350")
    nonnegative: bool = False  # no value below zero can be right (money, a count): never a fix


class System(Struct, frozen=True):
    figures: tuple[Figure, ...]
    constraints: tuple[Constraint, ...]
    hard: Mapping[str, Box] = field(default_factory=dict)

    @property
    def size(self) -> int:
        """The number of items (figures and constraints)."""
        return len(self.figures) + len(self.constraints)

    def all_items(self) -> frozenset[int]:
        return frozenset(range(self.size))

    def is_figure(self, item: int) -> bool:
        return item < len(self.figures)

    def figure(self, item: int) -> Figure:
        return self.figures[item]

    def constraint(self, item: int) -> Constraint:
        return self.constraints[item - len(self.figures)]

    def constraint_item(self, index: int) -> int:
        """The item number of the ``index``-th constraint."""
        return len(self.figures) + index

    def figure_items(self, items: Iterable[int]) -> list[int]:
        return sorted(i for i in items if i < len(self.figures))

    def constraint_items(self, items: Iterable[int]) -> list[int]:
        return sorted(i for i in items if i >= len(self.figures))

    def variables_of(self, items: Iterable[int]) -> set[str]:
        names: set[str] = set()
        for i in items:
            if self.is_figure(i):
                names.add(self.figures[i].var)
            else:
                c = self.constraint(i)
                names |= constraint_names(c)
        return names

    def with_interval(self, item: int, interval: Box) -> System:
        """The same system with figure ``item`` read as ``interval``."""
        figures = list(self.figures)
        figures[item] = msgspec.structs.replace(figures[item], interval=interval)
        return System(tuple(figures), self.constraints, self.hard)

    def components(self, items: Iterable[int] | None = None) -> list[frozenset[int]]:
        """The items split into groups that share no variable (each can be decided alone)."""
        chosen = sorted(self.all_items() if items is None else items)
        sets = DisjointSets()
        item_vars: dict[int, list[str]] = {}
        for i in chosen:
            names = sorted(self.variables_of((i,)))
            item_vars[i] = names
            if names:
                sets.join(names)
        groups: dict[str, set[int]] = {}
        alone: list[frozenset[int]] = []
        for i in chosen:
            names = item_vars[i]
            if not names:
                alone.append(frozenset((i,)))  # a constraint over constants only
            else:
                groups.setdefault(sets.find(names[0]), set()).add(i)
        return [frozenset(g) for g in groups.values()] + alone
