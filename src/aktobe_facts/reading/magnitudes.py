"""Built-in magnitudes of exchange rates: units of each currency per US dollar, by year.

Data only, deliberately coarse. The ``rate-magnitudes`` check uses them to catch a conversion off by
a power of ten (a "million" written for a "billion") when the claims file declares no reference
rate, so a rate is only ever compared within a factor of 30 (see :mod:`aktobe_facts.checks._scale`):
a table a few percent, or even two or three times, off cannot make a finding. The figures are
annual averages of the series named in each row's ``source``, rounded to two or three significant
digits (written from those published series; 2025 is the average of the months published when the
table was written). The years before a row's ``first`` (a redenomination, or the table's start)
have no rate: an article about them is not compared.

Every currency the grammar knows (:data:`aktobe_facts.reading.units._CURRENCIES`) has a row; a test checks
that. Any other ISO code is not compared (the check says so).
"""

from __future__ import annotations

from functools import lru_cache

from msgspec import Struct

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval

FIRST_YEAR = 2000
LAST_YEAR = 2025


class Row(Struct, frozen=True):
    """One currency's annual average rates, units per US dollar, from ``first`` to LAST_YEAR."""

    code: str
    source: str
    first: int
    rates: tuple[str, ...]

    def rate(self, year: int) -> Fraction | None:
        """The rate of ``year``; a year after the table takes its last year; none before ``first``."""
        if year < self.first:
            return None
        index = min(year, LAST_YEAR) - self.first
        return Fraction(self.rates[index])


def _row(code: str, source: str, first: int, rates: str) -> Row:
    values = tuple(rates.split())
    if len(values) != LAST_YEAR - first + 1:
        raise ValueError(f"{code}: {len(values)} rates for {first}-{LAST_YEAR}")
    return Row(code, source, first, values)


_WB = "World Bank WDI PA.NUS.FCRF (official exchange rate, LCU per US$, period average)"

ROWS: dict[str, Row] = {
    row.code: row
    for row in (
        _row("USD", "the US dollar itself", FIRST_YEAR, " ".join(["1"] * 26)),
        _row(
            "KZT",
            "National Bank of Kazakhstan, official KZT/USD rate, annual average; " + _WB,
            2000,
            "142 147 153 150 136 133 126 123 120 148 147 147 149 152 179 222 342 326 345 383 "
            "413 426 461 456 469 510",
        ),
        _row(
            "EUR",
            "European Central Bank euro reference rate (USD per EUR), annual average, inverted",
            2000,
            "1.08 1.12 1.06 0.884 0.804 0.804 0.797 0.730 0.680 0.717 0.754 0.718 0.778 0.753 "
            "0.752 0.901 0.904 0.885 0.847 0.893 0.876 0.845 0.950 0.925 0.924 0.885",
        ),
        _row(
            "RUB",
            "Bank of Russia official RUB/USD rate, annual average; " + _WB,
            2000,
            "28.1 29.2 31.4 30.7 28.8 28.3 27.2 25.6 24.9 31.7 30.4 29.4 31.1 31.8 38.4 61.0 "
            "67.0 58.3 62.7 64.7 72.1 73.7 68.5 85.2 92.6 83",
        ),
        _row(
            "UZS",
            "Central Bank of Uzbekistan official UZS/USD rate, annual average; " + _WB,
            2000,
            "237 423 770 971 1020 1120 1220 1260 1320 1470 1590 1720 1890 2100 2310 2570 2970 "
            "5120 8070 8840 10100 10600 11100 11700 12700 12800",
        ),
        _row(
            "KGS",
            "National Bank of the Kyrgyz Republic official KGS/USD rate, annual average; " + _WB,
            2000,
            "47.7 48.4 46.9 43.6 42.7 41.0 40.2 37.3 36.6 42.9 46.0 46.1 47.0 48.4 53.7 64.5 "
            "69.9 68.9 68.8 69.8 77.3 84.6 84.1 88.1 87.4 87.3",
        ),
        _row(
            "GBP",
            "Bank of England spot USD/GBP rate, annual average, inverted; " + _WB,
            2000,
            "0.660 0.694 0.666 0.612 0.546 0.550 0.543 0.500 0.540 0.639 0.647 0.624 0.631 "
            "0.639 0.607 0.654 0.738 0.776 0.749 0.783 0.779 0.727 0.808 0.804 0.782 0.758",
        ),
        _row(
            "CNY",
            "People's Bank of China central parity CNY/USD, annual average; " + _WB,
            2000,
            "8.28 8.28 8.28 8.28 8.28 8.19 7.97 7.61 6.95 6.83 6.77 6.46 6.31 6.20 6.14 6.23 "
            "6.64 6.76 6.62 6.91 6.90 6.45 6.74 7.08 7.19 7.2",
        ),
        _row(
            "JPY",
            "Federal Reserve H.10 JPY/USD rate, annual average; " + _WB,
            2000,
            "108 122 125 116 108 110 116 118 103 93.6 87.8 79.8 79.8 97.6 106 121 109 112 110 "
            "109 107 110 132 141 151 150",
        ),
        _row(
            "INR",
            "Reserve Bank of India reference rate INR/USD, annual average; " + _WB,
            2000,
            "44.9 47.2 48.6 46.6 45.3 44.1 45.3 41.3 43.5 48.4 45.7 46.7 53.4 58.6 61.0 64.2 "
            "67.2 65.1 68.4 70.4 74.1 73.9 78.6 82.6 83.7 87",
        ),
        _row(
            "UAH",
            "National Bank of Ukraine official UAH/USD rate, annual average; " + _WB,
            2000,
            "5.44 5.37 5.33 5.33 5.32 5.12 5.05 5.05 5.27 7.79 7.94 7.97 7.99 7.99 11.9 21.8 "
            "25.6 26.6 27.2 25.8 27.0 27.3 32.3 36.6 40.2 41.4",
        ),
        _row(
            "TRY",
            "Central Bank of the Republic of Turkey TRY/USD buying rate, annual average; "
            + _WB
            + " (from 2005, the new lira: a million old lira became one)",
            2005,
            "1.34 1.43 1.30 1.30 1.55 1.50 1.67 1.79 1.90 2.19 2.72 3.02 3.65 4.83 5.67 7.01 "
            "8.85 16.6 23.7 32.8 39",
        ),
        _row(
            "GEL",
            "National Bank of Georgia official GEL/USD rate, annual average; " + _WB,
            2000,
            "1.98 2.07 2.20 2.15 1.92 1.81 1.78 1.67 1.49 1.67 1.78 1.69 1.65 1.66 1.77 2.27 "
            "2.37 2.51 2.53 2.82 3.11 3.22 2.92 2.63 2.72 2.74",
        ),
        _row(
            "AZN",
            "Central Bank of Azerbaijan official AZN/USD rate, annual average; "
            + _WB
            + " (from 2006, the new manat: 5,000 old manat became one)",
            2006,
            "0.893 0.858 0.822 0.804 0.803 0.790 0.786 0.784 0.784 1.02 1.60 1.72 1.70 1.70 "
            "1.70 1.70 1.70 1.70 1.70 1.70",
        ),
        _row(
            "CHF",
            "Swiss National Bank CHF/USD rate, annual average; " + _WB,
            2000,
            "1.69 1.69 1.56 1.35 1.24 1.25 1.25 1.20 1.08 1.09 1.04 0.888 0.938 0.927 0.915 "
            "0.962 0.985 0.985 0.978 0.994 0.939 0.914 0.955 0.899 0.880 0.83",
        ),
        _row(
            "CAD",
            "Bank of Canada CAD/USD rate, annual average; " + _WB,
            2000,
            "1.49 1.55 1.57 1.40 1.30 1.21 1.13 1.07 1.07 1.14 1.03 0.989 0.999 1.03 1.10 "
            "1.28 1.33 1.30 1.30 1.33 1.34 1.25 1.30 1.35 1.37 1.40",
        ),
        _row(
            "AUD",
            "Reserve Bank of Australia AUD/USD rate, annual average, inverted; " + _WB,
            2000,
            "1.72 1.93 1.84 1.54 1.36 1.31 1.33 1.20 1.19 1.28 1.09 0.969 0.966 1.04 1.11 "
            "1.33 1.35 1.30 1.34 1.44 1.45 1.33 1.44 1.51 1.52 1.55",
        ),
    )
}


class Magnitude(Struct, frozen=True):
    """The built-in rates of ``top`` per ``bottom`` in some years, and their sources."""

    rates: tuple[tuple[int, Fraction], ...]  # (year, rate), in order
    sources: tuple[str, ...]
    range: Interval  # from the least to the greatest of the rates

    @property
    def years(self) -> str:
        """``2020`` or ``2018-2020``: the years the rates are of."""
        first, last = self.rates[0][0], self.rates[-1][0]
        return str(first) if first == last else f"{first}-{last}"


@lru_cache(maxsize=1024)
def magnitude(top: str, bottom: str, first: int | None, last: int | None) -> Magnitude | None:
    """The rates of ``top`` per ``bottom`` in the years ``first``..``last`` (every year of the
    table when they are ``None``; years after the table take its last year); ``None`` when a
    currency has no row or no year of the span has a rate."""
    a, b = ROWS.get(top), ROWS.get(bottom)
    if a is None or b is None:
        return None
    if first is None or last is None:
        first, last = FIRST_YEAR, LAST_YEAR
    first, last = max(first, FIRST_YEAR), max(min(last, LAST_YEAR), min(first, LAST_YEAR))
    rates = []
    for year in range(min(first, LAST_YEAR), last + 1):
        ra, rb = a.rate(year), b.rate(year)
        if ra is not None and rb is not None:
            rates.append((year, ra / rb))
    if not rates:
        return None
    sources = tuple(dict.fromkeys(r.source for r in (a, b) if r.code != "USD"))
    values = [rate for _, rate in rates]
    return Magnitude(tuple(rates), sources, Interval(min(values), max(values)))
