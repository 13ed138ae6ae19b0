"""Three leftovers of sweep M's held batch (twenty-first session, leftm21), each read by a general
mechanism and tested beside a near miss that keeps its old reading. Sentences are written for
these tests around numeric phrases as the sources print them (each source named)."""

from __future__ import annotations

from aktobe_facts.text.draft import draft

# --- pence.pounds_certain: "p" glued to a number of any size is pence where pounds are certain ---

# The Times, Tesco's half year 2019-20: "£494 million", "rise by ½p, or 0.2 per cent, to 240p"
_PRICE = (
    "Half-year profit at the grocer climbed to £494 million. The results lifted the stock by ½p, "
    "or 0.2 per cent, to 240p."
)


def _values(text: str) -> list[str | None]:
    return [c.value for c in draft(text).claims]


def test_a_share_price_glued_to_p_beside_pounds_is_read() -> None:
    # on main "240p" was left unread: a false coverage warning for a share price in pence
    assert "240" in _values(_PRICE)


def test_pence_named_elsewhere_make_a_glued_p_pence() -> None:
    text = "The dividend rose to 8.5 pence a share.\nThe stock closed at 1,240p."
    assert "1,240" in _values(text)


def test_the_same_price_printed_again_away_from_pounds_is_read() -> None:
    text = _PRICE + "\n\nAnalysts at one broker kept their target at 240p."
    assert _values(text).count("240") == 2


def test_without_pounds_a_glued_p_stays_unread() -> None:
    # pixels, pages or points: no money is certain
    text = "The camera records 1080p video, and its sensor sold 450 units; the report ran to 240p."
    assert _values(text) == ["450"]
