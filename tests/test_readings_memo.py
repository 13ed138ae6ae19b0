"""The loader remembers the values it has read (one process checks many files): a remembered
reading is the one the file's own settings give, never another file's."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aktobe_facts.claims import loader
from aktobe_facts.claims.loader import LoadError, loads


def _file(value: str, settings_table: str = "", **extra: str) -> str:
    fields = "".join(f"{key} = {text}\n" for key, text in extra.items())
    return f'{settings_table}\n[[claim]]\nid = "a"\nquote = "q"\nvalue = "{value}"\n{fields}'


def _value(text: str) -> object:
    return loads(text).claims[0].value


VARIANTS = [
    ("1,253 tonnes", _file("1,253 tonnes", '[settings]\nlocale = "de"')),
    ("about 104 tonnes", _file("about 104 tonnes", '[settings]\napprox = "10 percent"')),
    ("143 tonnes", _file("143 tonnes", exact="true")),
    ("140 tonnes", _file("140 tonnes", precision='"1 tonnes"')),
    (
        "5 million zorkmids",
        _file("5 million zorkmids", '[settings]\ncurrencies = { "zorkmids" = "ZRK" }'),
    ),
]


def test_each_file_reads_a_repeated_value_by_its_own_settings() -> None:
    for value, variant in VARIANTS:
        loader._READINGS.clear()
        try:
            plain: object = _value(_file(value))  # read first, and remembered
        except LoadError as exc:  # no currency without the file's own word for it
            plain = str(exc)
        found = _value(variant)
        loader._READINGS.clear()
        assert found == _value(variant), value  # as read by a process that read nothing before
        assert found != plain, value


def test_a_remembered_value_is_the_one_read_anew() -> None:
    text = _file("US$1.5 billion")
    loader._READINGS.clear()
    first = loads(text).claims[0].value
    again = loads(text).claims[0].value  # remembered
    loader._READINGS.clear()
    fresh = loads(text).claims[0].value
    assert again is first
    assert fresh == first and fresh is not first


def _reading(locale: str, value: str, exact: bool) -> object:
    text = _file(value, f'[settings]\nlocale = "{locale}"', exact=str(exact).lower())
    try:
        return loads(text).claims[0].value
    except LoadError as exc:  # a value one locale cannot read: the same error every time
        return str(exc)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["en", "de", "fr", "ch"]),
            st.sampled_from(["5 percent", "1,250", "1.250", "about 7 million", "more than 3,5"]),
            st.booleans(),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_readings_in_any_order_match_readings_alone(
    files: list[tuple[str, str, bool]],
) -> None:
    """Files read one after another read each value as a process that read nothing before."""
    remembered = [_reading(*f) for f in files]
    for f, found in zip(files, remembered, strict=True):
        loader._READINGS.clear()
        assert _reading(*f) == found
