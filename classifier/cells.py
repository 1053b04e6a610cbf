"""Cells: the values in an export's cells — numbers, decimal marks, currencies, dates, flags.

Exports write one number in many ways ("1 234,56 ₽", "$1,234.56", "(5.00)", "2,5e3"),
dates in many forms and languages, and yes/no flags as words. These functions read
a column of such cells into values; a cell that cannot be read becomes missing
(:func:`classifier.columns.canonical` notes it against its row).
"""

from __future__ import annotations

import functools
import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from classifier.vocabulary import read_table, read_toml

__all__ = [
    "TRUE_TEXTS",
    "currency_codes",
    "decimal_counts",
    "decimal_from_counts",
    "decimal_mark",
    "parse_dates",
    "parse_numbers",
    "payer_names",
    "payer_pattern",
    "text_cells",
    "truthy",
]


_SPACES = re.compile(r"[\s\u00a0\u2007\u202f']")
_NOT_NUMBER = re.compile(r"[^\d,.\-]")
_COMMA_DECIMAL = re.compile(r"\d,\d{1,2}$|\d\.\d{3},|^\d{1,3}(?:\s\d{3})+,")
_DOT_DECIMAL = re.compile(r"\d\.\d{1,2}$|\d,\d{3}\.")
# the two patterns for cells of ASCII characters, in RE2's terms for pyarrow: there \d is
# [0-9], and \s Python's ASCII whitespace, \t to \r, \x1c to \x1f and the space
_ASCII_TWINS = {
    _COMMA_DECIMAL: r"[0-9],[0-9]{1,2}$|[0-9]\.[0-9]{3},"
    r"|^[0-9]{1,3}(?:[\t-\r\x1c-\x1f ][0-9]{3})+,",
    _DOT_DECIMAL: r"[0-9]\.[0-9]{1,2}$|[0-9],[0-9]{3}\.",
}
_THOUSANDS = {
    ",": re.compile(r"^-?\d{1,3}(?:,\d{3})+$"),
    ".": re.compile(r"^-?\d{1,3}(?:\.\d{3})+$"),
}


def decimal_counts(values: list[pd.Series]) -> tuple[int, int]:
    """Cells written with a decimal comma, and with a decimal point.

    >>> decimal_counts([pd.Series(["1 234,56", "12,5", "3.50"])])
    (2, 1)
    """
    comma = dot = 0
    for s in values:
        counts = s.value_counts(dropna=True)  # each distinct cell is looked at once
        text = counts.index.to_series().astype(str).str.strip()
        comma += int(counts[_searched(text, _COMMA_DECIMAL)].sum())
        dot += int(counts[_searched(text, _DOT_DECIMAL)].sum())
    return comma, dot


def _searched(text: pd.Series, pattern: re.Pattern[str]) -> np.ndarray:
    """Where ``pattern.search`` finds something in the cells (none missing): by pyarrow
    with the pattern's ASCII twin for cells of ASCII characters, by Python for the others.
    """
    cells = pa.array(text.to_numpy(dtype=object), type=pa.large_string())
    found = np.asarray(pc.match_substring_regex(cells, _ASCII_TWINS[pattern]), dtype=bool)
    other = np.flatnonzero(~np.asarray(pc.string_is_ascii(cells), dtype=bool))
    found[other] = [pattern.search(text.iat[i]) is not None for i in other]
    return found


def decimal_mark(values: list[pd.Series], delimiter: str | None = None) -> str:
    """The file's decimal mark, ',' or '.', from how its number cells are written.

    >>> decimal_mark([pd.Series(["1 234,56", "12,5"])])
    ','
    >>> decimal_mark([pd.Series(["$1,234.56", "3.50"])])
    '.'
    """
    return decimal_from_counts(*decimal_counts(values), delimiter)


def decimal_from_counts(comma: int, dot: int, delimiter: str | None = None) -> str:
    """The majority decimal mark; on a tie, ',' in a ';'-delimited file, else '.'."""
    if comma == dot:
        return "," if delimiter == ";" else "."
    return "," if comma > dot else "."


def parse_numbers(values: pd.Series, decimal: str) -> pd.Series:
    """Numbers as exports write them; unreadable cells become NaN.

    >>> parse_numbers(pd.Series(["1 234,56 ₽", "12,000", "abc", ""]), ",").tolist()
    [1234.56, 12.0, nan, nan]
    >>> parse_numbers(pd.Series(["$1,234.56", "12,000", "(5.00)"]), ".").tolist()
    [1234.56, 12000.0, -5.0]

    A value no float holds is unreadable, as a word is: ``inf``, ``NaN``, ``1e400``, a
    400-digit number. Numbers in scientific notation are read as such.

    >>> parse_numbers(pd.Series(["inf", "1e400", "9" * 400, "2,5e3", "-1e-2"]), ",").tolist()
    [nan, nan, nan, 2500.0, -0.01]
    """
    if pd.api.types.is_numeric_dtype(values):
        return _finite(values.astype(float))
    text = values.astype("string").fillna("").str.strip()
    negative = text.str.match(r"^\(.*\)$") | text.str.contains("[-−]", regex=True)
    text = text.str.replace("−", "-", regex=False).str.replace(_SPACES, "", regex=True)
    # "1e5", "-2,5E-3": the sign and the exponent are the number's own, read as written
    scientific = text.str.fullmatch(_SCIENTIFIC).fillna(False).astype(bool)
    if scientific.any():
        negative = negative & ~scientific
        exact = pd.to_numeric(text[scientific].str.replace(",", ".", regex=False), errors="coerce")
    has_digit = text.str.contains(r"\d", regex=True)
    text = text.str.replace(_NOT_NUMBER, "", regex=True).str.strip("-.,")
    thousands = "." if decimal == "," else ","
    both = text.str.contains(",", regex=False) & text.str.contains(".", regex=False)
    # a cell holding both marks says itself which is the decimal one: the last
    last_comma = text.str.rfind(",") > text.str.rfind(".")
    own_decimal = pd.Series(
        np.where(both & last_comma, ",", np.where(both, ".", decimal)), index=text.index
    )
    # "1.234" in a decimal-comma file (or "1,234" in a decimal-point one) is thousands
    grouped = text.str.match(_THOUSANDS[thousands]) & ~both
    out = text.copy()
    for mark in (",", "."):
        rows = own_decimal.eq(mark) & ~grouped
        other = "." if mark == "," else ","
        out[rows] = out[rows].str.replace(other, "", regex=False).str.replace(mark, ".")
    out[grouped] = out[grouped].str.replace(thousands, "", regex=False)
    number = pd.to_numeric(out.where(has_digit), errors="coerce")
    number = number.where(~negative, -number).astype(float)
    if scientific.any():
        number[scientific] = exact.astype(float)
    return _finite(number)


_SCIENTIFIC = r"[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)[eE][-+]?\d+"


def _finite(number: pd.Series) -> pd.Series:
    """Infinities (a number too large for a float, or written ``inf``) as NaN: unreadable."""
    return number.where(np.isfinite(number.to_numpy(dtype=float, na_value=np.nan)))


def currency_codes(values: pd.Series) -> pd.Series:
    """ISO codes from currency cells or amounts written with a sign.

    >>> currency_codes(pd.Series(["1 200 ₽", "$15.00", "eur", None])).tolist()
    ['RUB', 'USD', 'EUR', <NA>]
    """
    signs = {k.casefold(): v for k, v in read_toml("volume.toml")["currency_signs"].items()}
    pattern = "(" + "|".join(map(re.escape, sorted(signs, key=len, reverse=True))) + ")"
    found = values.astype("string").str.casefold().str.extract(pattern, expand=False)
    return found.map(signs, na_action="ignore").astype("string")


def _month_names() -> dict[str, str]:
    return {row["name"]: row["month"] for row in read_table("months.csv")}


_DATE_FORMATS = (
    "%d.%m.%Y",
    "%Y-%m-%d",
    "%d.%m.%y",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%Y/%m/%d",
    "%d-%m-%Y",
    "%b %d %Y",
    "%d %b %Y",
)


def parse_dates(values: pd.Series) -> pd.Series:
    """Dates in common Russian and English forms; unreadable cells become NaT.

    >>> parse_dates(pd.Series(["05.03.2024", "2024-03-05 14:22:10 +0300",
    ...                        "5 марта 2024 г.", "Mar 5, 2024", "soon"])).dt.day.tolist()
    [5.0, 5.0, 5.0, 5.0, nan]

    A date pandas' timestamps cannot hold (before 1677 or after 2262: ``01.01.0001``,
    ``31.12.9999``) is unreadable too.

    >>> parse_dates(pd.Series(["01.01.0001", "31.12.9999", "2024-03-05"])).dt.year.tolist()
    [nan, nan, 2024.0]
    """
    if pd.api.types.is_datetime64_any_dtype(values):
        return _in_range(values.dt.tz_localize(None) if values.dt.tz is not None else values)
    text = values.astype("string").fillna("").str.strip().str.lower()
    text = text.str.replace(r"[T\s]\d{1,2}:\d{2}(:\d{2})?.*$", "", regex=True)
    text = text.str.replace(r"\s*(г\.?|года)$", "", regex=True).str.replace(",", " ")
    months = _month_names()
    pattern = r"\b(" + "|".join(sorted(map(re.escape, months), key=len, reverse=True)) + r")\b"
    text = text.str.replace(pattern, lambda m: months[m.group(1)], regex=True)
    text = text.str.replace(r"\s+", " ", regex=True).str.strip()
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    for fmt in _DATE_FORMATS:
        todo = out.isna() & text.ne("")
        if not todo.any():
            break
        out[todo] = _in_range(pd.to_datetime(text[todo], format=fmt, errors="coerce"))
    return out


def _in_range(dates: pd.Series) -> pd.Series:
    """Dates as nanosecond timestamps, those outside their range missing."""
    if dates.dtype == "datetime64[ns]":
        return dates
    return dates.where(dates.between(pd.Timestamp.min, pd.Timestamp.max)).astype("datetime64[ns]")


def text_cells(values: pd.Series) -> pd.Series:
    """A text field's cells as :func:`canonical` reads them: stripped, an empty one missing."""
    return values.astype("string").str.strip().replace("", pd.NA).astype("string")


TRUE_TEXTS = ("true", "1", "yes", "y", "t", "да")


def truthy(values: pd.Series) -> np.ndarray:
    """Booleans of a bool column, or of its text as files write it; missing is False.

    >>> truthy(pd.Series(["True", "false", "1", None, " да "])).tolist()
    [True, False, True, False, True]
    """
    if pd.api.types.is_bool_dtype(values):
        return values.fillna(False).to_numpy(dtype=bool)
    text = values.astype("string").str.strip().str.casefold()
    return text.isin(TRUE_TEXTS).fillna(False).to_numpy(dtype=bool)


@functools.cache
def payer_pattern() -> re.Pattern[str]:
    """A statement text's payer: the words after a marker of ``layouts.toml`` ``[payer]``,
    up to the next marker ("BENEF.:"), a street (one of ``street_endings`` before a house
    number) or a number."""
    payer = read_toml("layouts.toml")["payer"]
    markers = "|".join(map(re.escape, payer["markers"]))
    ending = "|".join(map(re.escape, payer["street_endings"]))
    street = read_toml("profiles.toml")["patterns"]["address"].removeprefix("(?i)")
    return re.compile(
        rf"(?i)(?:^|\s)(?:{markers})\s*(?P<name>.+?)"
        rf"(?=\s+(?:[^\W\d_][\w.]*\.?:|\S*\d|{street}|\S*(?:{ending})\s+\d)|\s*$)"
    )


def payer_names(cells: pd.Series) -> pd.Series:
    """The payer each statement text names, else missing.

    >>> payer_names(pd.Series([
    ...     "GUTSCHRIFT AUFTRAGGEBER: SBB AG INFRASTRUKTUR HILFIKERSTRASSE 1 3000 BERN "
    ...     "MITTEILUNGEN: RG 25-0368",
    ...     "Bonifico a vostro favore disposto da: MITT.: COMUNE DI SERIATE BENEF.: ROSSI SRL",
    ...     "TRF. P/O  MUNICIPIO DE AMARES",
    ...     "EINZAHLUNG AM SCHALTER",
    ... ])).tolist()
    ['SBB AG INFRASTRUKTUR', 'COMUNE DI SERIATE', 'MUNICIPIO DE AMARES', <NA>]
    """
    found = cells.astype("string").str.extract(payer_pattern(), expand=False)
    return found.str.strip().replace("", pd.NA)
