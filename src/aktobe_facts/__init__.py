"""aktobe-facts: a fact checker for the internal consistency of the numbers in news articles."""

__version__ = "0.1.0"


def _msgspec_without_typing_extensions() -> None:
    """Import msgspec with typing's own hints, not typing_extensions'.

    msgspec takes ``get_type_hints`` from typing_extensions when it is installed (pint brings it)
    and from typing when it is not (its own ``try``/``except``); Python 3.11's typing has all our
    records' annotations need. typing_extensions' import was about 16 million instructions of the
    seed's check (about 3 % of its cold start, BENCHMARKS.md). Nothing is changed when either is
    imported already, and a msgspec that would need it is imported as usual.
    """
    import sys

    if "msgspec" in sys.modules or "typing_extensions" in sys.modules:
        return
    sys.modules["typing_extensions"] = None  # type: ignore[assignment]  # its import fails
    try:
        import msgspec  # noqa: F401
    except ImportError:
        pass
    finally:
        del sys.modules["typing_extensions"]


_msgspec_without_typing_extensions()
