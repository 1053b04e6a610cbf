"""Totals rows: the line that sums an export's rows («Итого», "Grand Total"), found so
that it is kept in the output but not labelled as a sale.

:func:`totals_rows` looks at a raw frame's cells (all of its columns, in file order);
the words are in ``data/totals.toml``. :func:`classifier.pipeline.attach` blanks such a
row's label, confidence and probabilities and gives it one reason, in every engine.
"""

from __future__ import annotations

import functools
import re

import numpy as np
import pandas as pd

from classifier.vocabulary import read_toml

__all__ = [
    "totals_rows",
    "empty_rows",
    "numbering_rows",
    "heading_rows",
    "no_sale_rows",
    "no_sale_reason",
]


@functools.cache
def _table() -> dict:
    return read_toml("totals.toml")


@functools.cache
def _phrase() -> str:
    """A cell (stripped, case-folded) that is a totals word, alone or continued."""
    table = _table()
    words = sorted((w.rstrip(":") for w in table["words"]), key=len, reverse=True)
    words_re = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    continued = "|".join(re.escape(w) for w in table["continued"])
    named = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in table["named"])
    return rf"^(?:(?:{words_re})\s*(?:[:.]\s*.*|\s(?:{continued})\s.*)?|(?:{named})\s.+)$"


def no_sale_reason(kind: str, lang: str = "en") -> str:
    """The reason a row of a kind of :func:`no_sale_rows` is given, in ``lang``.

    >>> no_sale_reason("totals")
    'totals row, not a sale'
    """
    reasons = _table()["reason"][kind]
    return reasons.get(lang, reasons["en"])


def no_sale_rows(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """The rows of a raw export frame that hold no sale, by kind: ``totals`` (see
    :func:`totals_rows`), ``empty`` (:func:`empty_rows`), ``numbering``
    (:func:`numbering_rows`) and ``heading`` (:func:`heading_rows`), found in one look at
    each row's first filled cell."""
    first, text = _first_cells(frame)
    return {
        "totals": _totals(frame, first, text),
        "empty": (first < 0) & (frame.shape[1] > 0),
        "numbering": _numbering(frame, first, text),
        "heading": _heading(frame, first),
    }


def totals_rows(frame: pd.DataFrame) -> np.ndarray:
    """Which rows of a raw export frame are totals rows (see ``data/totals.toml``).

    >>> frame = pd.DataFrame({"№": ["1", "Итого:", "Total"],
    ...                       "Покупатель": ["ООО «Вектор»", "", "Gym Ltd"],
    ...                       "Сумма": ["5 000,00", "5 000,00 руб.", "10"]})
    >>> totals_rows(frame).tolist()
    [False, True, False]
    """
    return no_sale_rows(frame)["totals"]


def empty_rows(frame: pd.DataFrame) -> np.ndarray:
    """Which rows of a raw export frame have no cell filled: a spreadsheet's blank line, a
    1C report's delimiter-only line (``;;;;``). Kept in the output, not labelled as a sale.

    >>> empty_rows(pd.DataFrame({"a": ["x", "", None], "b": ["1", " ", None]})).tolist()
    [False, True, True]
    """
    return no_sale_rows(frame)["empty"]


def numbering_rows(frame: pd.DataFrame) -> np.ndarray:
    """Which rows of a raw export frame number its columns: 1, 2, 3, 3а, 3б, 4, ... in column
    order, as the statutory forms of 1C reports print under their headers (Книга продаж,
    ТОРГ-12). Kept in the output, not labelled as a sale.

    A row is one when its filled cells, at least three and at least half of the columns,
    are column numbers (a number, perhaps with one letter) starting at 1, each the one
    before or the next (a column left blank skips no number).

    >>> numbering_rows(pd.DataFrame({"№": ["1", "7"], "Покупатель": ["2", "ООО «Вектор»"],
    ...                              "ИНН": ["3а", "7701234567"], "Сумма": ["3б", "10"]})).tolist()
    [True, False]
    """
    return no_sale_rows(frame)["numbering"]


def heading_rows(frame: pd.DataFrame) -> np.ndarray:
    """Which rows of a raw export frame are a report's section headings: one cell filled, in
    a column with no header of its own (read as ``Unnamed: 0``). Kept in the output, not
    labelled as a sale.

    >>> frame = pd.DataFrame({"Unnamed: 0": ["Algonquin College", "", "Total"],
    ...                       "Item": ["", "Projector", ""], "Amount": ["", "944.10", "944.10"]})
    >>> heading_rows(frame).tolist()
    [True, False, False]
    """
    return no_sale_rows(frame)["heading"]


def _heading(frame: pd.DataFrame, first: np.ndarray) -> np.ndarray:
    found = np.zeros(len(frame), dtype=bool)
    if frame.shape[1] < 2:
        return found
    unnamed = [
        i
        for i, c in enumerate(frame.columns)
        if not str(c).strip() or str(c).startswith("Unnamed:")
    ]
    for i in unnamed:
        rows = np.flatnonzero(first == i)
        if not len(rows):
            continue
        others = [j for j in range(frame.shape[1]) if j != i]
        filled = np.zeros(len(rows), dtype=bool)
        for j in others:
            filled |= _text(frame.iloc[rows, j]).to_numpy(dtype=object) != ""
        found[rows[~filled]] = True
    return found


def _first_cells(frame: pd.DataFrame) -> tuple[np.ndarray, pd.Series]:
    """Each row's first filled column (-1: none) and that cell's text (by row position): the
    first column's text, and the next columns looked at for the rows still without a filled
    cell only (nearly none)."""
    rows = len(frame)
    first = np.full(rows, -1)
    if not frame.shape[1]:
        return first, pd.Series("", index=range(rows), dtype="string")
    text = _text(frame.iloc[:, 0]).astype("string").reset_index(drop=True)
    filled = text.ne("").to_numpy(dtype=bool)
    first[filled] = 0
    todo = np.flatnonzero(~filled)
    for i in range(1, frame.shape[1]):
        if not len(todo):
            break
        cells = _text(frame.iloc[todo, i]).to_numpy(dtype=object)
        got = cells != ""
        first[todo[got]] = i
        text.iloc[todo[got]] = cells[got]
        todo = todo[~got]
    return first, text


def _row_cells(frame: pd.DataFrame, row: int) -> list[str]:
    """A row's cells as stripped text, empty ones included."""
    return [_text(frame.iloc[[row], i]).iat[0] for i in range(frame.shape[1])]


def _totals(frame: pd.DataFrame, first: np.ndarray, text: pd.Series) -> np.ndarray:
    found = np.zeros(len(frame), dtype=bool)
    if not len(frame) or frame.shape[1] < 2:
        return found
    word = text.str.lower().str.match(_phrase()).fillna(False)
    short = _table()["short"]
    for row in np.flatnonzero(word.to_numpy(dtype=bool) & (first >= 0)).tolist():
        cells = _row_cells(frame, row)
        rest = [c for i, c in enumerate(cells) if i != first[row] and c]
        letters = [len(re.sub(r"[^\w]|[\d_]", "", cell)) for cell in rest]
        found[row] = any(re.search(r"\d", cell) for cell in rest) and all(
            n <= short for n in letters
        )
    return found


def _numbering(frame: pd.DataFrame, first: np.ndarray, text: pd.Series) -> np.ndarray:
    rows, columns = frame.shape
    found = np.zeros(rows, dtype=bool)
    if columns < 3:
        return found
    # a cheap first look: the first filled cell of a numbering row is "1"
    for row in np.flatnonzero((first >= 0) & text.eq("1").to_numpy(dtype=bool)).tolist():
        filled = [c for c in _row_cells(frame, row) if c]
        if len(filled) < max(3, columns / 2):
            continue
        numbers = [_COLUMN_NUMBER.fullmatch(c) for c in filled]
        if all(numbers):
            values = [int(m.group(1)) for m in numbers]
            found[row] = all(b - a in (0, 1) for a, b in zip(values, values[1:], strict=False))
    return found


_COLUMN_NUMBER = re.compile(r"(\d{1,3})[^\W\d_]?")


def _text(column: pd.Series) -> pd.Series:
    """A column's cells as stripped text, a missing one empty; numbers as their text."""
    if pd.api.types.is_numeric_dtype(column) or pd.api.types.is_datetime64_any_dtype(column):
        return column.astype("string").fillna("")
    return column.astype("string").fillna("").str.strip()
