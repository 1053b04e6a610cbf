"""Read: an export file's bytes to a DataFrame of its cells, exactly as exported.

CSV (encoding and delimiter detected), XLSX and Parquet. Every CSV/XLSX cell is
read as text: numbers and dates are parsed later, in :mod:`classifier.columns`,
so that one unreadable cell is one row's problem, not the file's.

The frame's ``attrs["b2x"]`` records how the file was read (format, encoding,
delimiter), which :func:`classifier.files.write.write_labelled` uses to write the
output in the input's own dialect.

Rows are numbered as a spreadsheet shows them: the header is row 1, the first
record row 2.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import warnings
from collections import Counter
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import Any

import pandas as pd
from charset_normalizer import from_bytes

from classifier.exceptions import InputError
from classifier.files.celltypes import CellTypes

__all__ = [
    "read_orders",
    "read_chunks",
    "NotText",
    "SkippedLines",
    "csv_dialect",
    "detect_encoding",
    "detect_delimiter",
    "SUFFIXES",
]

SUFFIXES = {".csv": "csv", ".txt": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".parquet": "parquet"}
DELIMITERS = (",", ";", "\t", "|")
_SAMPLE = 1 << 20  # bytes looked at to detect the encoding and the dialect
_MAGIC = {b"PK\x03\x04": "an XLSX/ZIP archive", b"PAR1": "a Parquet file", b"%PDF": "a PDF"}


def read_orders(path: str | Path, sheet: str | int | None = None) -> pd.DataFrame:
    """Read an order export into a DataFrame of text cells.

    Parameters
    ----------
    path : str or Path
        A ``.csv`` (also ``.txt``, ``.tsv``), ``.xlsx`` or ``.parquet`` file.
    sheet : str or int, optional
        XLSX sheet name or 0-based position; the first sheet by default.

    Raises
    ------
    InputError
        The file is missing, empty, binary, has no data rows, or a line is malformed.

    Warns
    -----
    SkippedLines
        A CSV file ends inside a quoted cell: the rows before the line that opens it are
        read, and that line and those after it named (also in ``attrs["b2x"]["bad_lines"]``).
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"'{path}' does not exist or is not a file.")
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(
            f"'{path}' has an unknown file type '{path.suffix}'. "
            f"Use one of: {', '.join(sorted(SUFFIXES))}."
        )
    if kind == "xlsx":
        cells = CellTypes()  # the cells' own types, for the output (classifier.files.celltypes)
        frame, meta = _read_xlsx(path, sheet, cells), {"format": "xlsx", "cells": cells}
    elif kind == "parquet":
        frame, meta = _read_parquet(path), {"format": "parquet"}
    else:
        frame, meta = _read_csv(path)
    if frame.shape[1] == 0:
        raise InputError(f"'{path}' has no columns.")
    if len(frame) == 0:
        raise InputError(f"'{path}' has a header but no data rows.")
    frame.attrs["b2x"] = {"source": str(path), **meta}
    return frame


def detect_encoding(data: bytes, name: str = "input") -> str:
    """Encoding of CSV bytes: UTF-8 (with or without BOM), else a detected legacy one.

    >>> detect_encoding("Покупатель;Сумма".encode("cp1251"))
    'cp1251'
    >>> detect_encoding("\\ufeffa,b".encode("utf-8"))
    'utf-8-sig'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        _trim_partial_char(data).decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # Russian exports that are not UTF-8 are nearly always Windows-1251 (1C, Excel);
    # prefer it when it decodes to mostly Cyrillic text.
    try:
        text = data.decode("cp1251")
        letters = [c for c in text if c.isalpha()]
        if letters and sum("а" <= c.lower() <= "я" or c in "ёЁ" for c in letters) > 0.3 * len(
            letters
        ):
            return "cp1251"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"'{name}' is in an unknown text encoding; save it as UTF-8 and retry.")
    if best.encoding in _LATIN_PAGES:
        return _latin_page(data)
    return best.encoding


# Windows' code pages of Western and Central European text: the same bytes are "ã" in one
# and "ă" in the other, and a detector guesses between them on few letters
_LATIN_PAGES = {"cp1250", "cp1252", "latin_1", "iso8859_2", "iso8859_15"}
# (the letters the two pages write alike, á é í ó ú ä ö ü ç ß, tell nothing)
_WESTERN = set("àãåæèêìïñòõøùûÿœ")
_CENTRAL = set("ăąćčďđęěĺľłńňőŕřśšşťţůűźżž")


def _latin_page(data: bytes) -> str:
    """Windows-1252 or Windows-1250, by which one reads more of its own languages' letters.

    >>> _latin_page("Descrição;Movimento;Crédito".encode("cp1252"))
    'cp1252'
    >>> _latin_page("Nazwa;Kwota;Płatność;Zażółć".encode("cp1250"))
    'cp1250'
    """
    western = sum(c in _WESTERN for c in data.decode("cp1252", errors="replace").lower())
    central = sum(c in _CENTRAL for c in data.decode("cp1250", errors="replace").lower())
    return "cp1250" if central > western else "cp1252"


@functools.lru_cache(maxsize=4)
def detect_delimiter(text: str) -> tuple[str, int]:
    """Delimiter among ``, ; TAB |`` and the 0-based record index of the header.

    Quote-aware: each candidate splits the sample with the ``csv`` module, and the
    one giving most records with the same number of fields (more than one) wins.
    Leading title lines with fewer fields, or as many fields but one filled at most (as
    1C prints them), are skipped. Remembered for
    the last few samples: a run reads a file several times, and 1 MB takes ≈ 20 ms.

    >>> detect_delimiter('name,comment\\n"A","x; y; z"\\n"B","p; q"\\n')
    (',', 0)
    >>> detect_delimiter('Отчёт за март\\nКлиент;Сумма\\nА;1,5\\nБ;2,5\\n')
    (';', 1)
    >>> detect_delimiter('Отчёт за март;;\\n;;\\nКлиент;Товар;Сумма\\nА;x;1,5\\nБ;y;2,5\\n')
    (';', 2)
    """
    best: tuple[tuple[int, int], str, int] | None = None
    for delim in DELIMITERS:
        try:
            records = list(csv.reader(io.StringIO(text), delimiter=delim))[:200]
        except csv.Error:
            continue
        counts = [len(r) for r in records if r]
        if not counts:
            continue
        width, freq = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        score = (freq, width)
        if best is None or score > best[0]:
            wide = [i for i, r in enumerate(records) if len(r) == width]
            # a title line or a delimiters-only line written as wide as the table ("Отчёт;;;;",
            # ";;;;", as 1C prints them) fills one field at most: the header fills two or more
            filled = [i for i in wide if sum(bool(f.strip()) for f in records[i]) >= 2]
            best = (score, delim, filled[0] if filled else wide[0])
    if best is None:
        return ",", 0
    return best[1], best[2]


def _trim_partial_char(data: bytes) -> bytes:
    """Cut a sample at its last newline so no multi-byte character is split."""
    if len(data) < _SAMPLE:
        return data
    cut = data.rfind(b"\n")
    return data[: cut + 1] if cut > 0 else data


def csv_dialect(path: Path) -> dict[str, Any]:
    """How a CSV file is written: ``encoding``, ``delimiter``, and ``header`` (rows to skip).

    Raises
    ------
    InputError
        The file is empty, binary, another format, or in an unknown encoding.
    """
    with path.open("rb") as f:
        sample = f.read(_SAMPLE)
    if not sample.strip():
        raise InputError(f"'{path}' is empty.")
    for magic, what in _MAGIC.items():
        if sample.startswith(magic):
            raise InputError(f"'{path}' is {what}, not a CSV text export; rename or convert it.")
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"'{path}' holds binary data, not a CSV text export.")
    encoding = detect_encoding(sample, str(path))
    text = _trim_partial_char(sample).decode(encoding, errors="replace")
    delimiter, header = detect_delimiter(text)
    return {"encoding": encoding, "delimiter": delimiter, "header": header}


def _csv_options(dialect: dict[str, Any]) -> dict[str, Any]:
    return {
        "sep": dialect["delimiter"],
        "encoding": dialect["encoding"],
        "dtype": str,
        "keep_default_na": False,
        "skiprows": dialect["header"],
        "skip_blank_lines": True,
        "encoding_errors": "strict",
    }


@contextmanager
def _csv_errors(path: Path, dialect: dict[str, Any]) -> Iterator[None]:
    """pandas' CSV errors as one-line :class:`InputError` naming the file and line."""
    try:
        yield
    except pd.errors.EmptyDataError as e:
        raise InputError(f"'{path}' is empty.") from e
    except pd.errors.ParserError as e:
        raise InputError(f"'{path}': {_parser_message(str(e), dialect['header'])}") from e
    except UnicodeDecodeError as e:
        raise InputError(
            f"'{path}' is not consistently {dialect['encoding']}: byte {e.start} cannot be "
            "decoded; save it as UTF-8 and retry."
        ) from e


class SkippedLines(UserWarning):
    """Lines of a CSV file left out of a whole read: the file ends inside a quoted cell
    that one of them opens. ``lines`` are their numbers, from 1."""

    def __init__(self, path: Path, lines: list[int]) -> None:
        shown = ", ".join(map(str, lines[:20])) + (" …" if len(lines) > 20 else "")
        super().__init__(
            f"'{path}' line {lines[0]} opens a quoted cell that is never closed; "
            f"line(s) {shown} were skipped"
        )
        self.lines = lines


def _read_csv(path: Path) -> tuple[pd.DataFrame, dict]:
    """A whole CSV file. Should it end inside a quoted cell, the rows before the line that
    opens it are read, as :func:`read_chunks` reads them, and the lines left out are told
    in a :class:`SkippedLines` warning and ``attrs["b2x"]["bad_lines"]``."""
    dialect = csv_dialect(path)
    meta: dict[str, Any] = {
        "format": "csv",
        "encoding": dialect["encoding"],
        "delimiter": dialect["delimiter"],
    }
    try:
        with _csv_errors(path, dialect):
            frame = pd.read_csv(path, **_csv_options(dialect))
    except InputError as e:
        if "EOF inside string" not in str(e.__cause__):
            raise
        bad: list[int] = []
        chunks = list(read_chunks(path, 1 << 30, bad_lines=bad))
        frame = pd.concat(chunks) if len(chunks) > 1 else chunks[0]
        frame.attrs = {}
        if bad:
            warnings.warn(SkippedLines(path, bad), stacklevel=3)
            meta["bad_lines"] = bad
    return frame, meta


class NotText(Exception):
    """Columns a CSV reader let pandas type by itself came back as numbers, not text."""

    def __init__(self, columns: list[str]) -> None:
        super().__init__(f"read as other than text: {', '.join(columns)}")
        self.columns = frozenset(columns)


def read_chunks(
    path: str | Path,
    chunk_rows: int = 100_000,
    sheet: str | int | None = None,
    columns: list[str] | None = None,
    bad_lines: list[int] | None = None,
    infer: Collection[str] = (),
) -> Iterator[pd.DataFrame]:
    """Read an export in chunks of about ``chunk_rows`` rows, cells as :func:`read_orders`.

    Chunks carry a running index (the first row of the file is 0) and
    ``attrs["b2x"]``. ``columns`` reads only those headers. With ``bad_lines`` (a
    list), a CSV line with the wrong number of fields is skipped and its line number
    appended there; without it, such a line is an :class:`InputError`.

    ``infer`` names CSV columns that pandas may read with its own type inference, which
    is several times quicker than asking for text and gives the same cells when they
    come back as text. When one comes back as numbers or booleans, its text is lost:
    :class:`NotText` is raised, and the caller reads the file again without it. A
    column typed so in one chunk is typed the same in every read of that chunk (same
    bytes, same chunk size), which is what lets a first pass choose for the second.
    """
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None or not path.is_file():
        read_orders(path)  # raises the same error a whole read would
    if kind == "csv":
        dialect = csv_dialect(path)
        meta = {
            "source": str(path),
            "format": "csv",
            "encoding": dialect["encoding"],
            "delimiter": dialect["delimiter"],
        }
        options = _csv_options(dialect)
        if bad_lines is not None:
            options["on_bad_lines"] = "warn"  # pandas warns "Skipping line N: ..."
        with _csv_errors(path, dialect), warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pd.errors.ParserWarning)
            if infer:
                names = pd.read_csv(path, nrows=0, **options).columns
                infer = set(infer) & set(names) if names.is_unique else set()
                options["dtype"] = {n: str for n in names if n not in infer}
            reader = pd.read_csv(path, chunksize=chunk_rows, usecols=columns, **options)
            if bad_lines is not None:
                reader = _until_unclosed_quote(
                    reader, path, dialect, chunk_rows, columns, options, bad_lines
                )
            for chunk in reader:
                typed = [c for c in infer if c in chunk and not _is_text(chunk[c])]
                if typed:
                    raise NotText(typed)
                if bad_lines is not None:
                    for warning in caught:
                        m = re.search(r"Skipping line (\d+)", str(warning.message))
                        if m and int(m.group(1)) not in bad_lines:  # once, if read again
                            bad_lines.append(int(m.group(1)))
                    caught.clear()
                chunk.attrs["b2x"] = meta
                yield chunk
        return
    meta = {"source": str(path), "format": kind}
    if kind == "xlsx":
        meta["cells"] = CellTypes()
        batches = _xlsx_batches(path, sheet, chunk_rows, meta["cells"])
    else:
        batches = _parquet_batches(path, chunk_rows, columns)
    for chunk in batches:
        if columns is not None:
            chunk = chunk[columns]
        chunk.attrs["b2x"] = meta
        yield chunk


def _until_unclosed_quote(
    reader: Any,
    path: Path,
    dialect: dict[str, Any],
    chunk_rows: int,
    columns: list[str] | None,
    options: dict[str, Any],
    bad_lines: list[int],
) -> Iterator[pd.DataFrame]:
    """The reader's chunks; should the file end inside a quoted cell, the rows before the
    line that opens it, that line and every one after it reported in ``bad_lines``."""
    done = 0
    try:
        for chunk in reader:
            done += len(chunk)
            yield chunk
        return
    except pd.errors.ParserError as e:
        if "EOF inside string" not in str(e):
            raise
    text = path.read_bytes().decode(dialect["encoding"], errors="replace")
    opened = _unclosed_quote(text)
    if opened is None:
        raise InputError(f"'{path}': the file ends inside a quoted cell.")
    start = text.rfind("\n", 0, opened) + 1
    first = text.count("\n", 0, start) + 1  # the file's line, from 1
    last = text.count("\n") + (0 if text.endswith("\n") else 1)
    again = pd.read_csv(
        io.StringIO(text[:start]),
        chunksize=chunk_rows,
        usecols=columns,
        **{**options, "encoding": None},
    )
    for chunk in again:
        chunk = chunk[chunk.index >= done]
        if len(chunk):
            yield chunk
    bad_lines.extend(range(first, last + 1))


def _unclosed_quote(text: str) -> int | None:
    """Where the quote that is never closed opens: the last ``"`` that leaves the text
    inside quotes (a doubled ``""`` opens and closes), None if every quote closes.

    >>> _unclosed_quote('a,b\\n"x",1\\n"y,2\\nz,3\\n')
    10
    >>> _unclosed_quote('a,"b ""c"" d"\\n') is None
    True
    """
    inside, opened = False, None
    for i in (m.start() for m in re.finditer('"', text)):
        inside = not inside
        if inside:
            opened = i
    return opened if inside else None


def _is_text(column: pd.Series) -> bool:
    return isinstance(column.dtype, pd.StringDtype)


def _parser_message(message: str, header: int) -> str:
    """pandas' 'Error tokenizing data. C error: Expected 5 fields in line 7, saw 6'."""
    m = re.search(r"EOF inside string starting at row (\d+)", message)
    if m:
        line = int(m.group(1)) + header
        return (
            f"line {line} opens a quoted cell that is never closed: the file ends inside "
            "it. Close the quote there, or run without --strict to label the lines before it."
        )
    m = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if not m:
        return message.strip().splitlines()[-1]
    expected, line, saw = (int(g) for g in m.groups())
    return f"line {line + header}: expected {expected} fields, found {saw}. Check quoting there."


def _xlsx_batches(
    path: Path, sheet: str | int | None, rows_per_batch: int, cells: CellTypes | None = None
) -> Iterator[pd.DataFrame]:
    """A sheet's rows as frames of text cells, read through openpyxl's read-only mode;
    ``cells`` keeps the types of those that are not text."""
    try:
        import openpyxl

        if not openpyxl.DEFUSEDXML:  # README: a workbook's XML is hostile input
            raise InputError(
                f"Cannot read '{path}' safely: openpyxl is not using defusedxml (install it, "
                "and do not set OPENPYXL_DEFUSEDXML=False)."
            )
        _numbers_as_text_when_unreadable()
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except InputError:
        raise
    except Exception as e:  # openpyxl raises zipfile/KeyError/... on non-XLSX bytes
        raise InputError(f"'{path}' is not a readable XLSX workbook ({_why(e)}).") from e
    try:
        yield from _sheet_batches(path, book, sheet, rows_per_batch, cells)
    except InputError:
        raise
    except Exception as e:  # the sheet's XML is parsed as it is read: entities, bad bytes
        raise InputError(f"'{path}' is not a readable XLSX workbook ({_why(e)}).") from e
    finally:
        book.close()


def _numbers_as_text_when_unreadable() -> None:
    """A numeric cell whose value no ``int`` or ``float`` reads (``inf``, ``NaN``, as some
    programs write them) read as its text, not stop the whole workbook: openpyxl casts
    such a cell with ``int()``. The text is then one unreadable cell of one row
    (:func:`classifier.cells.parse_numbers`), as in a CSV file."""
    from openpyxl.worksheet import _reader

    cast = getattr(_reader, "_cast_number", None)
    if cast is None or getattr(cast, "keeps_text", False):
        return

    def cast_or_text(value: str) -> object:
        try:
            return cast(value)
        except ValueError:
            return value

    cast_or_text.keeps_text = True  # type: ignore[attr-defined]
    _reader._cast_number = cast_or_text


def _why(error: BaseException) -> str:
    """An XLSX reading error in a few words: XML entities refused by defusedxml, or the
    error's type."""
    seen: BaseException | None = error
    while seen is not None:
        if type(seen).__module__.startswith("defusedxml"):
            return "its XML declares entities, which b2x refuses to expand or fetch"
        seen = seen.__cause__ or seen.__context__
    return type(error).__name__


def _sheet_batches(
    path: Path,
    book: Any,
    sheet: str | int | None,
    rows_per_batch: int,
    cells: CellTypes | None = None,
) -> Iterator[pd.DataFrame]:
    """The rows of a sheet of an open workbook, as :func:`_xlsx_batches` gives them."""
    names = book.sheetnames
    if sheet is None:
        sheet = 0
    if isinstance(sheet, int) or (isinstance(sheet, str) and sheet.isdigit()):
        index = int(sheet)
        if index >= len(names):
            raise InputError(f"'{path}' has no sheet {index}. Sheets: {', '.join(names)}.")
        name = names[index]
    elif sheet in names:
        name = sheet
    else:
        raise InputError(f"'{path}' has no sheet '{sheet}'. Sheets: {', '.join(names)}.")
    rows = book[name].iter_rows(values_only=True)
    header, ahead = _sheet_header(rows)
    if header is None:
        raise InputError(f"'{path}' sheet '{name}' is empty.")
    rows = chain(ahead, rows)
    columns = _unique([str(h) if h is not None else f"Unnamed: {i}" for i, h in enumerate(header)])
    width, batch, start, raw = len(columns), [], 0, []
    for row in rows:
        if any(v is not None for v in row):
            batch.append(([_cell_text(v) for v in row] + [""] * width)[:width])
            raw.append(row)
        if len(batch) == rows_per_batch:
            if cells is not None:
                cells.add(start, columns, raw)
            raw = []
            yield pd.DataFrame(
                batch, columns=columns, dtype=str, index=pd.RangeIndex(start, start + len(batch))
            )
            start, batch = start + len(batch), []
    if batch or start == 0:
        if cells is not None:
            cells.add(start, columns, raw)
        yield pd.DataFrame(
            batch, columns=columns, dtype=str, index=pd.RangeIndex(start, start + len(batch))
        )


_LOOK_AHEAD = 30  # rows of a sheet looked at for its header


def _sheet_header(rows: Iterator[tuple]) -> tuple[tuple | None, list[tuple]]:
    """A sheet's header and the rows read after it, as a CSV file's header is found
    (:func:`detect_delimiter`): title lines above it (a report's name, a period, a merged
    title cell) and blank rows are skipped, as 1C, QuickBooks and Excel reports print them.

    The header is the first row of at least half as many filled cells as the fullest
    of the first rows (and two or more); a sheet of one column keeps its first row.

    >>> _sheet_header(iter([("Sales report", None, None), (None,) * 3,
    ...                     ("buyer", "product", "qty"), ("A", "x", 1)]))[0]
    ('buyer', 'product', 'qty')
    """
    ahead = []
    for row in rows:
        ahead.append(row)
        if len(ahead) == _LOOK_AHEAD:
            break
    if not ahead:
        return None, []
    filled = [sum(not _blank(v) for v in row) for row in ahead]
    most = max(filled)
    if most < 2:
        return ahead[0], ahead[1:]
    at = next(i for i, n in enumerate(filled) if n >= max(2, (most + 1) // 2))
    header, rest = ahead[at], ahead[at + 1 :]
    if rest and _sub_header(header, rest[0]):
        return _joined_header(header, rest[0]), rest[1:]
    return header, rest


def _blank(value: object) -> bool:
    return value is None or str(value).strip() == ""


def _sub_header(top: tuple, below: tuple) -> bool:
    """A second header row under group titles merged over several columns (the Spanish tax
    office's register: "NIF Destinatario" over "Tipo", "Código País", "Identificación"):
    it fills columns the first leaves blank, and holds words only, no numbers."""
    cells = [v for v in below if not _blank(v)]
    under_blank = any(_blank(t) and not _blank(b) for t, b in zip(top, below, strict=False))
    return (
        len(cells) >= 2
        and under_blank
        and all(isinstance(v, str) and not any(c.isdigit() for c in v) for v in cells)
    )


def _joined_header(top: tuple, below: tuple) -> tuple:
    """Each column's name from two header rows: the group's title and the column's own.

    >>> _joined_header(("Fecha", "NIF Destinatario", None, "Total"),
    ...                (None, "Tipo", "Identificación", None))
    ('Fecha', 'NIF Destinatario Tipo', 'NIF Destinatario Identificación', 'Total')
    """
    names, group = [], None
    below = tuple(below) + (None,) * (len(top) - len(below))
    for title, own in zip(top, below, strict=False):
        group = group if _blank(title) else str(title)
        if _blank(own):
            names.append(title)
        else:
            names.append(f"{group} {own}" if group else own)
    return tuple(names)


def _read_xlsx(path: Path, sheet: str | int | None, cells: CellTypes | None = None) -> pd.DataFrame:
    frames = list(_xlsx_batches(path, sheet, 1 << 30, cells))
    return frames[0] if len(frames) == 1 else pd.concat(frames)


def _unique(headers: list[str]) -> list[str]:
    """Repeated headers told apart as pandas tells them apart in a CSV file: a header met
    again gets ``.1``, ``.2``... — the first such name no header of the sheet has.

    >>> _unique(["Товар", "Цена", "Товар", "Товар.1", "Товар"])
    ['Товар', 'Цена', 'Товар.2', 'Товар.1', 'Товар.3']
    """
    taken, met, count = set(headers), set(), {}
    out = []
    for header in headers:
        name = header
        if header in met:
            n = count.get(header, 1)
            while f"{header}.{n}" in taken:
                n += 1
            name = f"{header}.{n}"
            count[header] = n + 1
            taken.add(name)
        met.add(header)
        out.append(name)
    return out


def _cell_text(value: object) -> str:
    """An XLSX cell as the text a person sees: 12.0 → '12', dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        text = value.isoformat()
        return text.removesuffix("T00:00:00")
    return str(value)


def _parquet_batches(
    path: Path, rows_per_batch: int, columns: list[str] | None
) -> Iterator[pd.DataFrame]:
    """A Parquet file's rows in batches, read row group by row group with pyarrow."""
    import pyarrow.parquet as pq

    try:
        source = pq.ParquetFile(path)
    except Exception as e:  # pyarrow raises ArrowInvalid/OSError on bad bytes
        raise InputError(f"'{path}' is not a readable Parquet file ({type(e).__name__}).") from e
    start = 0
    for batch in source.iter_batches(batch_size=rows_per_batch, columns=columns):
        frame = batch.to_pandas()
        frame.index = pd.RangeIndex(start, start + len(frame))
        start += len(frame)
        yield frame
    if start == 0:  # no rows: one empty chunk of its columns, as a CSV header alone gives
        names = columns if columns is not None else source.schema_arrow.names
        yield pd.DataFrame({name: pd.Series(dtype=str) for name in names})


def _read_parquet(path: Path) -> pd.DataFrame:
    try:
        return pd.read_parquet(path)
    except Exception as e:  # pyarrow raises ArrowInvalid/OSError on bad bytes
        raise InputError(f"'{path}' is not a readable Parquet file ({type(e).__name__}).") from e
