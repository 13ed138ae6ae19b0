"""A level after "after" is the earlier value of the level before it, never the value a growth reached.

"Exports amounted to $689 million in 2030, after being estimated at $222 million in 2029, an
increase of 21%", "Sales reached 4.1 million units last year, after 3.2 million in 2029, a rise of
28%": the figure after "after" is where the flow stood before (a time word, like "against" or
"compared with" before a base), so a growth set after it is the move from it to the figure before,
never a growth to it (read as the growth's current value, it would put the base below it however
the flow moved, and tie no figure the growth could be tested with).

Between "after" and the level only the words of its standing: "being estimated at", "being put
at", "standing at", "totalling", "amounting to", "reaching", or nothing. A change ("after rising by
Y", "after a fall of Y"), another thing ("after taxes of Y", "after deducting Y") or a plan ("after
a target of Y") is no earlier level and keeps its reading. The base's own period, earlier than the
level's, and the rest of the comparison are held where the words are read
(``draftgrowth._compared_before``).
"""

from __future__ import annotations

AFTER = (
    r"after(?:\s+(?:being\s+(?:estimated|put|valued|recorded|reported|counted)\s+at|"
    r"standing\s+at|totall?ing|amounting\s+to|reaching))?"
)
"""Right before an earlier level: "after", "after being estimated at", "after standing at"."""
