"""Built-in magnitudes of exchange rates: units of each currency per US dollar, by year.

Data only, deliberately coarse. The ``rate-magnitudes`` check uses them to catch a conversion off by
a power of ten (a "million" written for a "billion") when the claims file declares no reference
rate, so a rate is only ever compared within a factor of 30 (see :mod:`aktobe_facts.checks._scale`):
a table a few percent, or even two or three times, off cannot make a finding. The figures are
annual averages of the series named in each row's ``source``, rounded to two or three significant
digits (written from those published series; 2025 is the average of the months published when the
table was written). The years before a row's ``first`` (a redenomination, or the table's start)
have no rate: an article about them is not compared, nor is a year written "-" (a year whose
figure the row's source did not give when the row was written).

Every currency of the grammar's hand-written table (:data:`aktobe_facts.reading.units._CURRENCIES`)
has a row; a test checks that. Any other ISO code, the CLDR's other currencies among them, is not
compared (the check says so).
"""

from __future__ import annotations

from functools import lru_cache

from msgspec import Struct

from aktobe_facts.reading.exact import Fraction, of_digits
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
        """The rate of ``year``; a year after the table takes its last year; none before ``first``
        or for a year written "-" (no sourced figure: left out rather than guessed)."""
        if year < self.first:
            return None
        written = self.rates[min(year, LAST_YEAR) - self.first]
        return None if written == "-" else of_digits(written)


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
        _row(
            "AMD",
            "Central Bank of Armenia official AMD/USD rate, annual average; " + _WB,
            2000,
            "540 555 573 579 534 458 416 342 306 363 374 373 402 410 416 478 481 483 483 480 489 "
            "504 436 393 397 390",
        ),
        _row(
            "MNT",
            "Bank of Mongolia official MNT/USD rate, annual average; " + _WB,
            2000,
            "1080 1100 1110 1150 1190 1210 1180 1170 1170 1440 1360 1270 1360 1520 1820 1970 2140 "
            "2440 2470 2660 2810 2850 3140 3470 3410 3570",
        ),
        _row(
            "TJS",
            "National Bank of Tajikistan official TJS/USD rate, annual average; "
            + _WB
            + " (from 2001, the first full year of the somoni: 1,000 Tajik rubles became one)",
            2001,
            "2.37 2.76 3.06 2.97 3.12 3.30 3.44 3.43 4.14 4.38 4.61 4.74 4.76 4.94 6.16 7.84 8.55 "
            "9.15 9.53 10.3 11.3 10.9 10.9 10.9 10.2",
        ),
        _row(
            "TMT",
            "Central Bank of Turkmenistan official TMT/USD rate, annual average; "
            + _WB
            + " (from 2009, the new manat: 5,000 old manat became one)",
            2009,
            "2.85 2.85 2.85 2.85 2.85 2.85 3.50 3.50 3.50 3.50 3.50 3.50 3.50 3.50 3.50 3.50 3.50",
        ),
        _row(
            "BYN",
            "National Bank of the Republic of Belarus official BYN/USD rate, annual average; "
            + _WB
            + " (from 2016, the new ruble: 10,000 old rubles became one)",
            2016,
            "1.99 1.93 2.04 2.09 2.44 2.54 2.62 3.03 3.24 3.1",
        ),
        _row(
            "PLN",
            "National Bank of Poland average PLN/USD rate, annual average; " + _WB,
            2000,
            "4.35 4.09 4.08 3.89 3.66 3.24 3.10 2.77 2.41 3.12 3.02 2.96 3.25 3.16 3.15 3.77 3.94 "
            "3.78 3.61 3.84 3.90 3.86 4.46 4.20 3.98 3.75",
        ),
        _row(
            "CZK",
            "Czech National Bank CZK/USD rate, annual average; " + _WB,
            2000,
            "38.6 38.0 32.7 28.2 25.7 23.9 22.6 20.3 17.1 19.1 19.1 17.7 19.6 19.6 20.8 24.6 24.4 "
            "23.4 21.7 22.9 23.2 21.7 23.4 22.2 23.2 22",
        ),
        _row(
            "HUF",
            "Magyar Nemzeti Bank (central bank of Hungary) HUF/USD rate, annual average; " + _WB,
            2000,
            "282 287 258 225 203 200 210 184 172 202 208 201 225 224 232 280 281 274 271 291 308 "
            "303 373 353 366 355",
        ),
        _row(
            "RON",
            "National Bank of Romania RON/USD reference rate, annual average; "
            + _WB
            + " (from 2005, the new leu: 10,000 old lei became one)",
            2005,
            "2.91 2.81 2.44 2.52 3.05 3.18 3.05 3.47 3.33 3.35 4.01 4.06 4.05 3.94 4.24 4.24 4.16 "
            "4.69 4.57 4.60 4.5",
        ),
        # written from memory of the series it names (no copy of them was at hand), checked
        # against a few official daily rates quoted in the press (13.06 lei per US$ in December
        # 2006, 16.7 to 17.1 in 2018): coarse, as the check needs
        _row(
            "MDL",
            "National Bank of Moldova official MDL/USD rate, annual average; "
            + _WB
            + " (written from memory)",
            2000,
            "12.4 12.9 13.6 13.9 12.3 12.6 13.1 12.1 10.4 11.1 12.4 11.7 12.1 12.6 14.0 18.8 19.9 "
            "18.5 16.8 17.6 17.3 17.7 18.9 18.2 17.9 17.5",
        ),
        _row(
            "SEK",
            "Sveriges Riksbank SEK/USD rate, annual average; " + _WB,
            2000,
            "9.16 10.3 9.74 8.09 7.35 7.47 7.38 6.76 6.59 7.65 7.21 6.49 6.77 6.51 6.86 8.43 8.56 "
            "8.55 8.69 9.46 9.21 8.58 10.1 10.6 10.6 9.9",
        ),
        _row(
            "NOK",
            "Norges Bank NOK/USD rate, annual average; " + _WB,
            2000,
            "8.80 8.99 7.98 7.08 6.74 6.44 6.41 5.86 5.64 6.29 6.04 5.61 5.82 5.88 6.30 8.06 8.40 "
            "8.27 8.13 8.80 9.42 8.59 9.61 10.6 10.7 10.4",
        ),
        _row(
            "DKK",
            "Danmarks Nationalbank DKK/USD rate, annual average; " + _WB,
            2000,
            "8.08 8.32 7.89 6.59 5.99 6.00 5.95 5.44 5.10 5.36 5.62 5.37 5.79 5.62 5.62 6.73 6.73 "
            "6.60 6.31 6.67 6.54 6.29 7.08 6.89 6.90 6.6",
        ),
        _row(
            "KRW",
            "Bank of Korea KRW/USD rate, annual average; " + _WB,
            2000,
            "1130 1290 1250 1190 1150 1020 955 929 1100 1280 1160 1110 1130 1100 1050 1130 1160 "
            "1130 1100 1170 1180 1140 1290 1310 1360 1420",
        ),
        _row(
            "BRL",
            "Banco Central do Brasil (central bank of Brazil) BRL/USD PTAX rate, annual average; "
            + _WB,
            2000,
            "1.83 2.35 2.92 3.08 2.93 2.43 2.18 1.95 1.83 2.00 1.76 1.67 1.95 2.16 2.35 3.33 3.49 "
            "3.19 3.65 3.94 5.16 5.40 5.16 4.99 5.39 5.6",
        ),
        _row(
            "MXN",
            "Banco de México (central bank of Mexico) FIX MXN/USD rate, annual average; " + _WB,
            2000,
            "9.46 9.34 9.66 10.8 11.3 10.9 10.9 10.9 11.1 13.5 12.6 12.4 13.2 12.8 13.3 15.8 18.7 "
            "18.9 19.2 19.3 21.5 20.3 20.1 17.8 18.3 19.2",
        ),
        _row(
            "ZAR",
            "South African Reserve Bank ZAR/USD rate, annual average; " + _WB,
            2000,
            "6.94 8.61 10.5 7.56 6.46 6.36 6.77 7.05 8.26 8.47 7.32 7.26 8.21 9.66 10.8 12.8 14.7 "
            "13.3 13.2 14.4 16.5 14.8 16.4 18.5 18.3 18.0",
        ),
        _row(
            "AED",
            "Central Bank of the UAE, AED pegged at 3.6725 per US$ since 1997; " + _WB,
            2000,
            " ".join(["3.67"] * 26),
        ),
        _row(
            "SAR",
            "Saudi Central Bank, SAR pegged at 3.75 per US$ since 1986; " + _WB,
            2000,
            " ".join(["3.75"] * 26),
        ),
        _row(
            "ILS",
            "Bank of Israel representative ILS/USD rate, annual average; " + _WB,
            2000,
            "4.08 4.21 4.74 4.55 4.48 4.49 4.46 4.11 3.59 3.93 3.73 3.58 3.86 3.61 3.58 3.89 3.84 "
            "3.60 3.59 3.56 3.44 3.23 3.36 3.69 3.70 3.5",
        ),
        _row(
            "EGP",
            "Central Bank of Egypt EGP/USD rate, annual average; " + _WB,
            2000,
            "3.47 3.97 4.50 5.85 6.20 5.78 5.73 5.64 5.43 5.54 5.62 5.93 6.06 6.87 7.08 7.69 10.0 "
            "17.8 17.8 16.8 15.8 15.6 19.2 30.6 45.5 50",
        ),
        _row(
            "PKR",
            "State Bank of Pakistan PKR/USD rate, annual average; " + _WB,
            2000,
            "53.6 61.9 59.7 57.8 58.3 59.5 60.3 60.7 70.4 81.7 85.2 86.3 93.4 102 101 103 105 106 "
            "122 150 162 163 205 280 279 282",
        ),
        _row(
            "IDR",
            "Bank Indonesia JISDOR/middle IDR/USD rate, annual average; " + _WB,
            2000,
            "8420 10300 9310 8580 8940 9710 9160 9140 9700 10400 9090 8770 9390 10500 11900 13400 "
            "13300 13400 14200 14100 14600 14300 14800 15200 15900 16400",
        ),
        _row(
            "MYR",
            "Bank Negara Malaysia MYR/USD rate, annual average (pegged at 3.80 until July 2005); "
            + _WB,
            2000,
            "3.80 3.80 3.80 3.80 3.80 3.79 3.67 3.44 3.34 3.52 3.22 3.06 3.09 3.15 3.27 3.91 4.15 "
            "4.30 4.04 4.14 4.20 4.14 4.40 4.56 4.58 4.3",
        ),
        _row(
            "THB",
            "Bank of Thailand THB/USD reference rate, annual average; " + _WB,
            2000,
            "40.1 44.4 43.0 41.5 40.2 40.2 37.9 34.5 33.3 34.3 31.7 30.5 31.1 30.7 32.5 34.2 35.3 "
            "33.9 32.3 31.0 31.3 32.0 35.1 34.8 35.3 33",
        ),
        _row(
            "VND",
            "State Bank of Vietnam VND/USD rate, annual average; " + _WB,
            2000,
            "14200 14700 15300 15500 15700 15900 16000 16100 16300 17100 18600 20500 20800 20900 "
            "21100 21700 21900 22400 22600 23100 23200 23200 23300 23800 24800 26000",
        ),
        _row(
            "PHP",
            "Bangko Sentral ng Pilipinas PHP/USD rate, annual average; " + _WB,
            2000,
            "44.2 51.0 51.6 54.2 56.0 55.1 51.3 46.1 44.3 47.7 45.1 43.3 42.2 42.4 44.4 45.5 47.5 "
            "50.4 52.7 51.8 49.6 49.3 54.5 55.6 57.3 57.5",
        ),
        # 2000-2020 as quoted from _WB (IMF IFS line rf) on indexmundi.com's pages of the
        # indicator; 2021-2024 from knoema's table of the same indicator; "-": no sourced figure
        _row(
            "KES",
            "Central Bank of Kenya KES/USD mean rate, annual average; " + _WB,
            2000,
            "76.2 78.6 78.7 75.9 79.2 75.6 72.1 67.3 69.2 77.4 79.2 88.8 84.5 86.1 87.9 98.2 102 "
            "103 101 102 106 110 118 140 135 -",
        ),
        _row(
            "TZS",
            "Bank of Tanzania TZS/USD rate, annual average; " + _WB,
            2000,
            "800 876 967 1040 1090 1130 1250 1250 1200 1320 1400 1560 1570 1600 1650 1990 2180 "
            "2230 2260 2290 2290 - - - - -",
        ),
        _row(
            "UGX",
            "Bank of Uganda UGX/USD rate, annual average; " + _WB,
            2000,
            "1640 - - - - 1780 - - - - 2180 2520 2500 2590 2600 3240 3420 3610 3730 3700 3720 "
            "3590 3690 3730 3760 -",
        ),
        _row(
            "NGN",
            "Central Bank of Nigeria NGN/USD official rate, annual average; " + _WB,
            2000,
            "102 111 121 129 133 131 129 126 119 149 150 154 158 157 159 192 253 306 306 307 359 "
            "- - 645 1480 -",
        ),
        _row(
            "LKR",
            "Central Bank of Sri Lanka LKR/USD rate, annual average; " + _WB,
            2000,
            "77.0 89.4 95.7 96.5 101 100 104 111 108 115 113 111 128 129 131 136 146 152 162 179 "
            "186 - - - - -",
        ),
        _row(
            "NPR",
            "Nepal Rastra Bank NPR/USD rate, annual average (pegged to the Indian rupee); " + _WB,
            2000,
            "71.1 75.0 77.9 76.1 73.7 71.4 72.8 66.4 69.8 77.6 73.3 74.0 85.2 93.1 97.6 102 107 "
            "105 109 113 118 118 - - - -",
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
