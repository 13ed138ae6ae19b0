"""The source a sentence attributes its figures to, where its words name one: "according to
Chinese customs data", ", the statistics bureau said", "customs data showed". A partner's figure
its sentence gives from the partner's own source is a mirror figure ("exports to China reached X,
according to Chinese customs data" is China's imports as China counts them): never a part of the
country's own total."""

from __future__ import annotations

import re

from aktobe_facts.text.lazypatterns import lazy

_SOURCE = lazy(
    r"\baccording\s+to\s+(?P<to>[^,;.]{3,60})|"
    r"(?:^|,\s*)(?P<said>[A-Za-z][\w'’ -]{2,60}?)\s+(?:said|says|reported|reports)\b|"
    r"(?:^|,\s*)(?P<data>[A-Za-z][\w'’ -]{2,60}?\s+(?:data|figures|statistics))\s+(?:showed|show)\b",
    re.IGNORECASE,
)
_FILLER = frozenset({"the", "a", "an", "its", "their", "official", "data", "figures", "statistics"})


def source(sentence: str) -> frozenset[str] | None:
    """The words of the source the sentence names (None where it names none)."""
    m = _SOURCE.search(sentence)
    if m is None:
        return None
    words = re.findall(r"[a-z]+", (m.group("to") or m.group("said") or m.group("data")).lower())
    return frozenset(w for w in words if w not in _FILLER) or frozenset({"data"})


def mirrored(sentence: str, partner: str | None) -> bool:
    """The sentence names a source of the partner's own ("Korean trade data" for "imports from
    Korea", "Chinese customs" for "exports to China": a word of one stem, its first four letters
    alike)."""
    said = source(sentence)
    if partner is None or said is None:
        return False
    stems = {w[:4] for w in partner.split() if len(w) >= 4}
    return any(w[:4] in stems for w in said if len(w) >= 4)
