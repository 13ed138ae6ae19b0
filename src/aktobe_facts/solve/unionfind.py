"""Disjoint sets of names (union-find with path compression): which variables, claims or
constraints are tied together, directly or through others. One place for the three groupings of
the joint machinery (the exact quick test, a system's components, the candidates of one system)."""

from __future__ import annotations

from collections.abc import Iterable


class DisjointSets:
    """Names joined into sets; a name seen for the first time is a set of its own."""

    __slots__ = ("_parent",)

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def find(self, name: str) -> str:
        """The representative of ``name``'s set."""
        parent = self._parent
        root = name
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[name] != root:
            parent[name], name = root, parent[name]
        return root

    def join(self, names: Iterable[str]) -> str | None:
        """Put every name in one set; its representative (``None`` for no names)."""
        first: str | None = None
        for name in names:
            root = self.find(name)
            if first is None:
                first = root
            elif root != first:
                self._parent[root] = first
        return first
