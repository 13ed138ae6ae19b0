"""Frozen dataclasses that cost little to define: the few records that must stay dataclasses.

Python 3.11's ``@dataclass(frozen=True)`` writes up to six methods of each class as source text and
compiles each with ``exec`` when its module is imported: 8.6 million instructions (about 2.5 ms)
for a class of 16 fields, against 1.6 million for the same class with the methods below (valgrind's
instruction count). Five such classes were a fifth of the seed's own cold start (BENCHMARKS.md,
"Cold start"). Most records of the package are msgspec Structs, made in C; these few stay
dataclasses because their users call ``dataclasses.replace``, ``asdict`` and ``fields`` on them.

Such a record is declared ``@frozen`` over ``@dataclass(init=False, repr=False, eq=False,
slots=True)``, writes its own ``__init__`` (setting each field with ``object.__setattr__``, as the
generated one would), and takes the rest from :func:`frozen`, made from its field list without
compiling anything. A record made by the thousand (``Finding``, ``Stated``) drops ``slots=True``
and sets its fields as one dict (``object.__setattr__(self, "__dict__", {...})``): each
``object.__setattr__`` call costs about 1,300 instructions, the dict of sixteen fields about a
third of the sixteen calls.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError, fields
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, TypeVar, dataclass_transform

_T = TypeVar("_T", bound=type)


@dataclass_transform(frozen_default=True)  # for type checkers: fields cannot be set
def frozen(cls: _T) -> _T:
    """What ``frozen=True, eq=True, repr=True`` give a dataclass, made without ``exec``.

    A field can be neither set nor deleted (:class:`dataclasses.FrozenInstanceError`); two records
    of the same class are equal when their fields that compare are, and hash alike; ``repr`` is the
    dataclass's; pickling and copying go through the fields. A method the class writes itself is
    kept (``__eq__`` together with ``__hash__``).
    """
    names = tuple(f.name for f in fields(cls))

    def __setattr__(self: Any, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self: Any, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __getstate__(self: Any) -> list[object]:
        return [getattr(self, name) for name in names]

    def __setstate__(self: Any, state: list[object]) -> None:
        for name, value in zip(names, state, strict=True):
            object.__setattr__(self, name, value)

    return _add(
        cls,
        _compared(cls, hashed=True),
        __setattr__=__setattr__,
        __delattr__=__delattr__,
        __getstate__=__getstate__,
        __setstate__=__setstate__,
    )


def mutable(cls: _T) -> _T:
    """What ``eq=True, repr=True`` give a dataclass whose fields may be set, made without
    ``exec``: equality over the fields that compare (and so no hash), the dataclass's ``repr``."""
    return _add(cls, _compared(cls, hashed=False))


def _compared(cls: type, *, hashed: bool) -> dict[str, Any]:
    """``__eq__``, ``__hash__`` (``None`` unless ``hashed``) and ``__repr__`` from the fields."""
    every = fields(cls)
    compared = _getter(tuple(f.name for f in every if f.compare))
    shown = tuple(f.name for f in every if f.repr)

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(compared(self) == compared(other))
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(compared(self))

    @recursive_repr()
    def __repr__(self: Any) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__qualname__}({inner})"

    methods: dict[str, Any] = {"__repr__": __repr__}
    if "__eq__" not in cls.__dict__:  # a class's own __eq__ comes with its own __hash__
        methods.update(__eq__=__eq__, __hash__=__hash__ if hashed else None)
    return methods


def _add(cls: _T, methods: dict[str, Any], **more: Callable[..., Any]) -> _T:
    """Set the methods the class does not write itself."""
    for name, method in {**methods, **more}.items():
        if name in cls.__dict__:
            continue
        if method is not None:
            method.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, method)
    return cls


def _getter(names: tuple[str, ...]) -> Callable[[object], tuple[object, ...]]:
    """The values of ``names`` as one tuple (``attrgetter`` gives a bare value for one name)."""
    if not names:
        return lambda _record: ()
    if len(names) == 1:
        get = attrgetter(names[0])
        return lambda record: (get(record),)
    many: Callable[[object], tuple[object, ...]] = attrgetter(*names)
    return many
