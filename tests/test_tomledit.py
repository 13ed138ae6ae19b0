"""claims/tomledit: the edit adds the marking right after the counterpart, with public tomlkit API."""

from __future__ import annotations

from aktobe_facts.claims.tomledit import CounterpartEdit, apply

BEFORE = """\
[[claim]]
id = "loan"
counterpart = "US$"  # left out
# a note the editor wrote between the keys
value = "2.1 billion tenge"

  [[claim]]
  id = "grant"
  value = "9 million tenge"
"""


def test_the_marking_follows_the_counterpart_and_everything_else_stays() -> None:
    edit = CounterpartEdit(index=0, old="US$", new="US$4.3 million", note="at 488 tenge")
    assert apply(BEFORE, [edit]) == BEFORE.replace(
        'counterpart = "US$"  # left out\n',
        'counterpart = "US$4.3 million"  # left out\n'
        'computed = { "US$4.3 million" = "at 488 tenge" }\n',
    )


def test_an_indented_claim_keeps_its_indent() -> None:
    text = BEFORE.replace('  id = "grant"\n', '  id = "grant"\n  counterpart = "€"\n')
    edit = CounterpartEdit(index=1, old="€", new="€17,000", note="at 520 tenge")
    result = apply(text, [edit])
    assert '  counterpart = "€17,000"\n  computed = { "€17,000" = "at 520 tenge" }\n' in result
    assert result.startswith(BEFORE.split("  [[claim]]")[0])
