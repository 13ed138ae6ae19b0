"""The suite's time budget for its costliest property tests.

A few property tests call z3 for every example or check several generated files each; at the "ci"
profile's 60 examples they took a fifth of the suite's time. They run ``costly()`` examples under
the default profile and the profile's own count under ``HYPOTHESIS_PROFILE=long`` (tests/conftest.py).
"""

from __future__ import annotations

import os

from hypothesis import settings


def costly(examples: int = 25) -> settings:
    """``examples`` under the default "ci" profile; the loaded profile's count otherwise."""
    if os.environ.get("HYPOTHESIS_PROFILE", "ci") == "ci":
        return settings(max_examples=examples)
    return settings()
