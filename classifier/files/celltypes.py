"""Cell types: the types of a workbook's cells, kept beside the text b2x classifies from.

An XLSX cell is read as the text a person sees (:mod:`classifier.files.read`), and every
stage works on that text. A cell's type — a number, a date, a boolean — is kept here,
by row and column, so that an XLSX or Parquet output writes the cell back as it came:
SUM, sorting and date filters work on the labelled file as on the input.
:class:`~classifier.files.write.LabelledWriter` puts the values back; a cell of text, or one
of a type not kept here (a time of day, a duration), stays text.

Only columns holding such cells take memory: a code byte and an 8-byte value per row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["CellTypes", "with_types"]

TEXT, INTEGER, FLOAT, TRUE, FALSE, DATETIME = range(6)
_LARGEST_EXACT = 2**53  # integers beyond this are not exact in a float64 (or in Excel)


class CellTypes(dict):
    """The non-text cells of a sheet's rows, by running row position (the first row 0).

    Filled batch by batch as the sheet is read (:meth:`add`); read back by
    :meth:`values` for the rows of a chunk, and summed up by :meth:`kind` for a whole
    column (what one Parquet column can hold). A frame's ``attrs["b2x"]["cells"]`` holds
    it; copying the frame (pandas deep-copies ``attrs``) shares it rather than copy it.

    It is an empty ``dict`` to JSON: pyarrow writes a frame's ``attrs`` into an Arrow or
    Parquet file's metadata as JSON, and the cells are not metadata.
    """

    def __init__(self) -> None:
        super().__init__()
        self._parts: list[tuple[int, int, dict[str, tuple[np.ndarray, np.ndarray]]]] = []
        self._seen: dict[str, set[int]] = {}  # the codes met in each column
        self._text: set[str] = set()  # columns with a filled cell of text

    def __deepcopy__(self, memo: dict) -> CellTypes:
        return self

    def __bool__(self) -> bool:
        return any(typed for _, _, typed in self._parts)

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if not isinstance(other, CellTypes) or len(self._parts) != len(other._parts):
            return False
        return (self._seen, self._text) == (other._seen, other._text) and all(
            (a[0], a[1], a[2].keys()) == (b[0], b[1], b[2].keys())
            and all(np.array_equal(a[2][c][k], b[2][c][k]) for c in a[2] for k in (0, 1))
            for a, b in zip(self._parts, other._parts, strict=True)
        )

    __hash__ = object.__hash__

    def add(self, start: int, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Record the cells of ``rows`` (openpyxl values), the first at row ``start``."""
        typed: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for j, column in enumerate(columns):
            cells = [row[j] if j < len(row) else None for row in rows]
            kinds = [_code(v) for v in cells]
            if any(
                k == TEXT and v is not None and str(v).strip()
                for k, v in zip(kinds, cells, strict=True)
            ):
                self._text.add(column)
            if not any(kinds):
                continue
            codes = np.array(kinds, dtype=np.uint8)
            values = np.zeros(len(cells), dtype=np.float64)
            for i in np.flatnonzero(codes).tolist():
                v = cells[i]
                if codes[i] == DATETIME:
                    values[i] = _microseconds(v)
                elif codes[i] in (INTEGER, FLOAT):
                    values[i] = float(v)
            typed[column] = (codes, values)
            self._seen.setdefault(column, set()).update(np.unique(codes).tolist())
        self._parts.append((start, start + len(rows), typed))

    def columns(self) -> list[str]:
        """The columns with a cell of a kept type, in the order first met."""
        return list(dict.fromkeys(c for _, _, typed in self._parts for c in typed))

    def _codes(self, column: str, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        codes = np.zeros(len(rows), dtype=np.uint8)
        values = np.zeros(len(rows), dtype=np.float64)
        for start, stop, typed in self._parts:
            if column not in typed:
                continue
            inside = np.flatnonzero((rows >= start) & (rows < stop))
            if len(inside):
                own_codes, own_values = typed[column]
                codes[inside] = own_codes[rows[inside] - start]
                values[inside] = own_values[rows[inside] - start]
        return codes, values

    def values(self, column: str, rows: Sequence[int], text: Sequence[Any]) -> list[Any]:
        """The cells of ``column`` at row positions ``rows``: each as its own type, or as
        ``text`` (the cells b2x read) where it was text."""
        codes, numbers = self._codes(column, np.asarray(rows, dtype=np.int64))
        out = list(text)
        for i in np.flatnonzero(codes).tolist():
            out[i] = _value(int(codes[i]), float(numbers[i]))
        return out

    def kind(self, column: str) -> str:
        """What every filled cell of the column holds: ``int``, ``float``, ``bool``,
        ``datetime``, or ``text`` — when one is text, or types are mixed."""
        seen = self._seen.get(column, set()) - {TEXT}
        if column in self._text or not seen:
            return "text"
        if seen <= {INTEGER}:
            return "int"
        if seen <= {INTEGER, FLOAT}:
            return "float"
        if seen <= {TRUE, FALSE}:
            return "bool"
        return "datetime" if seen == {DATETIME} else "text"


def _code(value: Any) -> int:
    if isinstance(value, bool):
        return TRUE if value else FALSE
    if isinstance(value, int):
        return INTEGER if abs(value) < _LARGEST_EXACT else TEXT
    if isinstance(value, float):
        return FLOAT if np.isfinite(value) else TEXT
    if isinstance(value, dt.datetime):
        return DATETIME if value.tzinfo is None else TEXT
    if isinstance(value, dt.date):
        return DATETIME
    return TEXT  # text, empty, a time of day, a duration


_EPOCH = dt.datetime(1970, 1, 1)


def _microseconds(value: dt.date) -> float:
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    return float((value - _EPOCH) // dt.timedelta(microseconds=1))


def _value(code: int, number: float) -> Any:
    """A kept cell's value as openpyxl gives it: int, float, bool or datetime.

    >>> _value(INTEGER, 5.0), _value(TRUE, 0.0), _value(DATETIME, 1707091200000000.0)
    (5, True, datetime.datetime(2024, 2, 5, 0, 0))
    """
    if code == INTEGER:
        return int(number)
    if code == FLOAT:
        return number
    if code in (TRUE, FALSE):
        return code == TRUE
    return _EPOCH + dt.timedelta(microseconds=int(number))


def with_types(
    frame: pd.DataFrame, cells: CellTypes | None, *, whole: bool = False
) -> pd.DataFrame:
    """``frame`` with its kept cells back in their types, for an XLSX or Parquet output.

    The frame's index gives each row's position in the sheet (as :func:`classifier.read_orders`
    and the batch run number rows); a frame indexed otherwise is returned as it is. Each
    cell gets its own type, in an object column (``whole=False``, for a workbook); with
    ``whole``, a column whose filled cells are all of one type becomes a column of that
    type, empty cells missing, and the others stay text (for Parquet, one type a column).
    """
    if not cells or not pd.api.types.is_integer_dtype(frame.index.dtype):
        return frame
    rows = frame.index.to_numpy(dtype=np.int64)
    out = frame.copy()
    for column in cells.columns():
        if column not in out.columns or not isinstance(out[column], pd.Series):
            continue
        text = out[column].tolist()
        values = cells.values(column, rows, text)
        if not whole:
            out[column] = pd.Series(values, index=out.index, dtype=object)
            continue
        kind = cells.kind(column)
        if kind == "text":
            continue
        values = [None if isinstance(v, str) else v for v in values]  # empty text cells
        dtype = _DTYPES[kind]
        out[column] = pd.Series(
            pd.array(values, dtype=dtype)
            if kind != "datetime"
            else pd.to_datetime(values).as_unit("us"),
            index=out.index,
        )
    return out


_DTYPES = {"int": "Int64", "float": "Float64", "bool": "boolean", "datetime": "datetime64[us]"}
