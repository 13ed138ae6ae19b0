"""The line map: header and key lines, and the limits that stop the scan at the right line."""

from __future__ import annotations

from aktobe_facts.linemap import MAX_DOTS, LineMap


def test_lines_inside_multiline_strings_are_not_keys() -> None:
    text = '[[claim]]\nnote = """\n[[claim]]\nid = "x"\n"""\nid = "a"\n'
    found = LineMap.scan(text, 100)
    assert [b.line for b in found.arrays["claim"]] == [1]
    assert found.arrays["claim"][0].keys == {"note": 2, "id": 6}


def test_lines_and_keys_of_a_claims_file() -> None:
    text = (
        "[article]\ntitle = 'x'\n\n[[claim]]\nid = 'a'\n  value = '3'\n"
        "[claim.extra]\n[[claim]]\n\"id\" = 'b'\n# quote = 'no'\n"
    )
    found = LineMap.scan(text, 100)
    assert found.tables["article"].line == 1 and found.tables["article"].keys == {"title": 2}
    first, second = found.arrays["claim"]
    assert (first.line, first.keys) == (4, {"id": 5, "value": 6, "extra": 7})
    assert (second.line, second.keys) == (8, {"id": 9})


def test_limits_stop_the_scan_at_their_line() -> None:
    many = "[[claim]]\nid = 'a'\n" * 4
    assert LineMap.scan(many, 3).too_many == 7
    deep = "[[claim]]\nid = 'a.b.c'\n" + "k" + ".k" * (MAX_DOTS + 1) + " = 1\n[[claim]]\n"
    found = LineMap.scan(deep, 100)
    assert found.too_deep == 3 and len(found.arrays["claim"]) == 1
    # dots inside strings do not count
    quoted = "[[claim]]\nnote = '" + "." * 40 + "'\n"
    assert LineMap.scan(quoted, 100).too_deep is None
