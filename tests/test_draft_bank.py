"""The draft against the bank of sentences (scripts/draft_bank.py): each structure written with many
subjects and units. The floors hold what it reads today, per structure, and no filling may be read
wrong (a relation of the structure's kind tying a figure to another field, or a base for a near
miss). Raise a floor when the draft reads more; never lower one to let a change land."""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))

from draft_bank import STRUCTURES, Outcome, measures, outcomes

FLOORS = {
    "rose P to X from Y": 11,
    "rose P from Y to X": 11,
    "fell P to X from Y": 11,
    "X, up P from Y": 11,
    "X, P more than Y": 11,
    "X compared with Y, up P": 11,
    "increased from Y to X, a rise of P": 11,
    "X of which A and B": 11,
    "A and B, the total X": 11,
    "A, or P of the total X": 11,
    "X, including A and B": 11,
    "A and B, a total of X": 11,
    "X, P of which A": 11,
    "A accounted for P of X": 11,
    "A, P of the total X (parenthesis)": 11,
    "X, up P from Y (with y/y)": 11,
    "X against Y a year earlier": 11,
    "grew by P, reaching X, from Y": 9,
    "X, up from Y": 11,
    "X, well below the Y target": 11,
    "That is more than the Y": 11,
    "rose P to X from Y, which is Q of the target of A": 11,
    "rose P to reach X; a year earlier Y": 11,
    "to X from Y, above the A target": 11,
    "near miss: up from after a comparison's earlier figure": 11,
    "P m/m in March to X": 11,
    "P, reaching X": 11,
    "P from April to reach X": 11,
    "Of these, A were ... and B": 11,
    "X, of which A is due": 11,
    "near miss: a total of another year": 11,
    "near miss: a percent among the parts": 11,
    "near miss: a rise of another figure": 11,
    "X in 2023, an average of A a month": 11,
    "X in 2023, or A a day": 11,
    "X in 2023, or an average of A per day": 11,
    "X in the first quarter, an average of A a month": 11,
    "averaged A a day in March, for a total of X": 11,
    "averaged A a day in March, or X in the month": 11,
    "averaged A a day over 30 days, a total of X": 11,
    "X over 2019-2023, an average of A a year": 11,
    "between 2016 and 2020 X, an average annual ... of A": 11,
    "X in 2023, which works out to A a month": 11,
    "X in 2023, averaging A a month": 11,
    "daily S averaged A in March, for a total of X": 11,
    "near miss: a monthly figure per household": 11,
    "near miss: an average of the previous years": 11,
    "near miss: an average of the year before, named after it": 11,
    "A a day on average in March, or X in the month": 11,
    "near miss: an average of another thing": 11,
    "near miss: an average of another year": 11,
    "near miss: a monthly figure more than another": 11,
    "near miss: a daily average and a running total": 11,
    "near miss: an average of a year not yet over": 11,
    "near miss: a per-capita figure with no population": 11,
    "near miss: a per-capita figure of another year": 11,
    "X, exceeding the Y recorded in 2022": 11,
    "X in 2023 surpassed the Y of 2022": 11,
    "X, topping the previous record of Y": 11,
    "A, falling short of the X target": 11,
    "P, lower than the Q growth a year earlier": 11,
    "a rate eased to P from Q": 11,
    "P of the total, down from Q": 11,
    "was Y in the first half and rose to X": 11,
    "grew to X from last year's Y": 11,
    "near miss: a percent of another whole, up from": 11,
    "near miss: a rate's move with its change in points": 11,
    "near miss: another subject after and": 11,
    "a higher growth rate of Q, compared to a growth of P": 11,
    "a lower level of A in 2023 against X in 2022": 11,
    "A was third with X, ahead of B with A and C with B": 11,
    "a growth of P to X, though lower than the Q growth": 11,
    "increased by Q between 2022 and 2023, well above the P rise": 11,
    "near miss: a higher profit of X, compared to a loss of Y": 11,
    "near miss: a lower-than-expected level compared with another": 11,
    "grew Q in 2023, outpacing the P rise": 11,
    "X in 2023, which is higher than the Y of 2022": 11,
    "P of GDP, lower than the Q a year earlier": 11,
    "near miss: faster than between two levels": 11,
    "X, a new record. The previous high was Y": 11,
    "near miss: the previous record, the figure not called one": 11,
    "A took the lead with X. B followed with A. C came in third with B": 4,
    "near miss: followed after a sentence with no ranked figure": 5,
    "revised downward from X to Y": 11,
    "cut its forecast to Y from X": 11,
    "raised from Y to X": 11,
    "the largest came from A (X) and B (Y)": 11,
    "the largest came from A (X) and B (Y), followed by C (Z)": 11,
    "A was the largest, at X, followed by B at Y": 11,
    "the most ..., with X, followed by Y and Z": 11,
    "X, more than double the Y": 11,
    "X, nearly triple the Y": 11,
    "X, twice as much as the Y": 11,
    "X, higher than in 2022 (Y)": 11,
    "A, lower than a year earlier (X)": 11,
    "B, about a third of the X total": 11,
    "near miss: higher than in 2022, with a percent": 11,
    "near miss: double another thing's figure": 11,
    "near miss: the highest since a year": 11,
    "near miss: the largest since, with a list": 11,
    "near miss: most of, with a list": 11,
    "near miss: revised with no direction": 11,
    "near miss: exceeding the target by Z": 11,
    "X from N firms, an average of A per firm": 8,
    "N firms, X, or A per firm": 8,
    "M tonnes at an average price of A per tonne, worth X": 5,
    "N projects worth X, creating M jobs": 5,
    "X. The north took Q (A) of the total.": 11,
    "X. A took Q of total S with a value of A": 5,
    "X. Q (A), and 40 percent (B) of the total": 5,
    "near miss: Q at A, no whole named": 5,
    "X in one sentence, X again under the same name": 5,
    "near miss: one value under one name in two years": 5,
    "the biggest buyers were A (X), B (Y) and C (Z)": 5,
    "A was the best-selling, with X (Q), followed by B with Y (40 percent)": 5,
    "rose to X in 2023, compared with Y in 2022": 5,
    "near miss: rose to X, compared with Y expected": 5,
    "near miss: up from a count of another thing": 11,
    "near miss: more than a count of another thing": 11,
    "near miss: a share that counts another thing": 11,
    "near miss: parts that count another thing": 11,
    "near miss: parts that count two things": 11,
    "X. Of this, A and B": 11,
    "X. Of this amount, A went to ... and B to ...": 11,
    "The total was X. Of these, A ... and B ...": 11,
    "rose P to X. A year earlier, they were Y.": 11,
    "rose P to X. A year earlier, the figure was Y.": 11,
    "rose P to X in 2023. In 2022, it stood at Y.": 11,
    "X. That is P more than in 2022.": 11,
    "X. That is P more than the Y of 2022.": 11,
    "X. It was P more than in 2022, when it was Y.": 11,
    "near miss: a year earlier, another thing": 11,
    "near miss: a year earlier, after two figures": 11,
    "near miss: of this, after two figures": 11,
    "near miss: that is more, after two figures": 11,
    "X. Of this, Q, or A, came from ...": 11,
    "X. Of that amount, A, or Q, went to ...": 11,
    "X. The north accounted for Q of this, or A.": 11,
    "X. That was up from Y a year earlier.": 11,
    "X. Of this, A (Q) came from ... and B from ...": 11,
    "near miss: A (up P) after 'Of this'": 11,
    "near miss: of this, a share after two figures": 11,
    "near miss: that was up from, after two figures": 11,
    "headline X, body X": 11,
    "headline X, body X to another rounding": 11,
    "headline X in 2023, body X 'last year' after 'said that'": 11,
    "near miss: the headline's figure and another thing's": 11,
    "near miss: two body figures could be the headline's": 11,
    "near miss: the headline's figure of another year": 11,
    "near miss: the headline's figure as a year earlier's": 11,
    "headline up P, body rose P": 11,
    "a sharp increase of P to X from Y": 11,
    "X, then 'the X was spent'": 5,
    "near miss: X, then 'the X loan'": 5,
    "X, then 'It stood at X' after a sentence naming it": 8,
    "near miss: 'It stood at X' after a sentence naming another thing": 11,
    "X (Q of GDP) given twice under one name: the two shares": 5,
    "headline over X cut short, body X and a larger figure": 11,
    "near miss: two body figures are the headline's bound cut short": 11,
    "headline up P in the first five months, body P from January to May": 11,
    "near miss: headline up P in five months, body P twice": 11,
    "near miss: the headline's growth and another thing's": 11,
    "near miss: the headline's growth and a share": 11,
    "near miss: two body growths could be the headline's": 11,
    "exports B. Imports, for their part, rose from Y to X. A deficit of A": 5,
    "the balance a year before from 'from Y to X' and 'against D'": 5,
    "near miss: the flows that break down another trade": 5,
    "X. ... A, contributing Q to the total": 11,
    "X. ... A, contributing Q to the total. B, contributing 40 percent": 11,
    "near miss: A, contributing Q to the total, after two values": 11,
    "A, up in comparison to the B in 2022, but down from 2021 (X)": 5,
    "headline up P, body X as against Y, a rise of P": 11,
    "X, up P compared to last year, when they came in at Y": 11,
    "rose P to X in 2023. That compares with Y a year earlier.": 11,
    "rose P to X in 2023. The figure compares with Y in 2022.": 11,
    "near miss: That compares with Y expected": 11,
    "X, or P more than Y": 11,
    "X. A, which makes Q of total S": 8,
    "part's exports A, exports X ... surplus B, or R of exports": 5,
    "exports A, imports X. Exports covered Q of imports": 5,
    "a P growth in exports ... exports X against Y": 5,
    "X, up from Y, its unit left to X": 11,
    "X, up in comparison to the Y, its unit left to X": 11,
    "rose P to X from Y, its unit left to X": 11,
    "X (Z), the number in brackets restating X": 11,
    "near miss: X (N), a number in brackets outside X": 11,
    "X in the first half, June alone A": 11,
    "X in 2023, in December on its own A": 11,
    "near miss: a month alone outside X's months": 11,
    "A, contributing P to the total; B, contributing Q": 11,
    "near miss: A and B with their shares of a plan X": 11,
}


@cache
def found() -> tuple[Outcome, ...]:
    return tuple(outcomes())


def test_every_structure_has_a_floor() -> None:
    assert set(FLOORS) == {s.name for s in STRUCTURES}
    written = {s.name: len(measures(s)) for s in STRUCTURES}
    assert all(0 <= floor <= written[name] for name, floor in FLOORS.items())


def test_no_filling_is_read_wrong() -> None:
    wrong = [(o.structure, o.measure) for o in found() if o.wrong]
    assert wrong == []


def test_each_structure_keeps_its_floor() -> None:
    recalled = Counter(o.structure for o in found() if o.recalled)
    below = {name: recalled[name] for name, floor in FLOORS.items() if recalled[name] < floor}
    assert below == {}


def test_the_bank_fills_every_structure_with_its_measures() -> None:
    texts = {(o.structure, o.measure) for o in found()}
    assert texts == {(s.name, m.name) for s in STRUCTURES for m in measures(s)}
    # all but the structures of money (a price, a worth) are written with every measure
    assert all(len(measures(s)) in (5, 11) for s in STRUCTURES)
