"""Force one interleaving of two threads: hold a thread at a line of a function while the other
runs, to test code that two threads may run at once."""

from __future__ import annotations

import inspect
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any


def read_while_held(
    function: Callable[..., Any], marker: str, read: Callable[[], object]
) -> dict[str, object]:
    """Run ``read`` in a thread held just before the line of ``function`` that holds ``marker``;
    while it is held, run ``read`` here; then let it go on. Returns both results (an exception
    as its repr)."""
    source, first = inspect.getsourcelines(function)
    held_at = first + next(i for i, line in enumerate(source) if marker in line)
    arrived, go_on = threading.Event(), threading.Event()

    def tracer(frame: FrameType, event: str, arg: object) -> Any:
        if frame.f_code is not function.__code__:
            return None

        def local(frame: FrameType, event: str, arg: object) -> Any:
            if event == "line" and frame.f_lineno == held_at:
                arrived.set()
                go_on.wait(5)
            return local

        return local

    found: dict[str, object] = {}

    def held() -> None:
        sys.settrace(tracer)
        try:
            found["held"] = read()
        except BaseException as exc:  # the failure such a test looks for
            found["held"] = repr(exc)
        finally:
            sys.settrace(None)

    thread = threading.Thread(target=held)
    thread.start()
    assert arrived.wait(5), "the held thread never reached the line"
    found["free"] = read()
    go_on.set()
    thread.join()
    return found
