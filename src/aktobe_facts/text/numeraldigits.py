"""A numeral's digits as printed, with the separators its groups may have."""

from __future__ import annotations

import re

DIGITS = re.compile(r"\d[\d.,\u00a0\u202f'’]*")
"""A numeral from its first digit: digits, points, commas and the spaces and apostrophes of groups."""
GROUPS = ",'’\u00a0\u202f"
"""The characters that part a numeral's groups of thousands."""
