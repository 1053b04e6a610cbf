"""Write: a labelled frame to CSV, XLSX or Parquet, atomically.

The output is written to a temporary file beside the target and renamed over
it, so an interrupted run never leaves a half-written file at the target path.
Temporary files are hidden and carry their run's host and process id
(``.orders.4711@host-x1y2.part.csv``): a run killed outright (SIGKILL, power cut)
cannot remove its own, so each run removes those of dead runs beside its target
before it makes its own.
CSV is written as UTF-8 with a BOM (so Excel shows Cyrillic) in the input's own
delimiter; cells a spreadsheet would run as formulas are neutralised in CSV and
XLSX by a leading apostrophe.
"""

from __future__ import annotations

import csv as stdlib_csv
import io
import os
import re
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from classifier.exceptions import InputError
from classifier.files.celltypes import with_types
from classifier.files.read import SUFFIXES

__all__ = [
    "LabelledWriter",
    "write_labelled",
    "output_path",
    "neutralise_formulas",
    "atomic_path",
    "scratch_path",
    "refuse_overwrite",
    "remove_stale",
]

_NUMBER = r"^[+\-]?[\d\s.,]+%?$"
_FORMULA_STARTS = [b"=", b"+", b"-", b"@", b"\t", b"\r"]  # what a cell to neutralise starts with


@contextmanager
def atomic_path(path: Path) -> Iterator[str]:
    """A temporary path beside ``path``, renamed onto it when the block succeeds.

    On any error (or Ctrl-C) the temporary file is removed and ``path`` is untouched.
    """
    tmp = _beside(path, f".part{path.suffix}")
    try:
        yield tmp
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        try:
            os.replace(tmp, path)
        except OSError as e:  # name the user's path, not the hidden temporary file
            raise OSError(e.errno, e.strerror or str(e), str(path)) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextmanager
def scratch_path(path: Path, suffix: str) -> Iterator[Path | None]:
    """An empty temporary file beside ``path`` (hidden, named after it), removed when the
    block ends, however it ends; None when the folder cannot be written to."""
    try:
        tmp = _beside(path, suffix)
    except OSError:
        yield None
        return
    try:
        yield Path(tmp)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _beside(path: Path, suffix: str) -> str:
    """A new empty file in ``path``'s folder, hidden and named after it and this run.

    Those of dead runs for the same target are removed first (:func:`remove_stale`).
    An error names ``path``, not the temporary file.
    """
    remove_stale(path)
    try:
        fd, tmp = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.stem}.{_owner()}-", suffix=suffix
        )
    except OSError as e:
        raise OSError(e.errno, e.strerror or str(e), str(path)) from None
    os.close(fd)
    return tmp


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9-]", "", socket.gethostname().split(".")[0])[:20] or "host"


def _owner() -> str:
    """This run's mark in its temporary files' names: process id and host."""
    return f"{os.getpid()}@{_host()}"


def remove_stale(path: Path) -> list[Path]:
    """Remove the temporary files beside ``path`` left by dead runs of this host: those
    named after ``path`` whose process no longer exists (a run killed with SIGKILL).

    Files of live runs, of other hosts, and files b2x did not name are left alone.
    Returns what was removed.
    """
    pattern = re.compile(
        rf"^\.{re.escape(path.stem)}\.(\d+)@{re.escape(_host())}-[\w]+"
        r"(\.part\.\w+|\.read\.arrow)$"
    )
    removed = []
    try:
        candidates = list(path.parent.glob(f".{glob_escape(path.stem)}.*"))
    except OSError:
        return removed
    for candidate in candidates:
        m = pattern.match(candidate.name)
        if m and not _alive(int(m.group(1))):
            try:
                candidate.unlink()
                removed.append(candidate)
            except OSError:
                pass
    return removed


def glob_escape(text: str) -> str:
    """``text`` with glob's special characters taken literally."""
    return re.sub(r"([*?\[])", r"[\1]", text)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # another user's process, or a number no process can have: keep
    return True


def refuse_overwrite(input_path: str | Path, output: str | Path | None) -> None:
    """Refuse, before anything is read, an output that is the input itself: input files
    are never modified.

    Raises
    ------
    InputError
        ``output`` names the same file as ``input_path`` (through any path or link).
    """
    if output is None:
        return
    source, target = Path(input_path), Path(output)
    try:
        same = target.exists() and source.exists() and os.path.samefile(source, target)
    except OSError:
        same = False
    if same or source.resolve() == target.resolve():
        raise InputError(
            f"-o '{target}' is the input file; b2x never overwrites its input. "
            "Give another output path."
        )


def output_path(input_path: str | Path) -> Path:
    """Default output: ``orders.csv`` → ``orders.labelled.csv`` beside the input."""
    path = Path(input_path)
    return path.with_name(f"{path.stem}.labelled{path.suffix}")


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix ``'`` to text cells starting with ``= + - @`` that are not plain numbers.

    >>> neutralise_formulas(pd.DataFrame({"a": ["=HYPERLINK(1)", "-5,5", "ok"]}))["a"].tolist()
    ["'=HYPERLINK(1)", '-5,5', 'ok']
    """
    import pyarrow as pa

    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if not (pd.api.types.is_object_dtype(values) or pd.api.types.is_string_dtype(values)):
            continue
        text = values.astype("string")
        risky = _risky(pa.array(text.array))
        if risky.any():
            out[column] = values.astype(object).where(~risky, "'" + text[risky].astype(str))
    return out


def _neutralised(table: Any) -> Any:
    """:func:`neutralise_formulas` of an Arrow table's text columns."""
    import pyarrow as pa
    import pyarrow.compute as pc

    for i, column in enumerate(table.columns):
        if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
            continue
        risky = _risky(column)
        if risky.any():
            quoted = pc.binary_join_element_wise(
                pa.scalar("'", column.type), column, pa.scalar("", column.type)
            )
            table = table.set_column(i, table.field(i), pc.if_else(risky, quoted, column))
    return table


def _header(columns: Any) -> list[str]:
    """The header cells as text, neutralised as data cells are: a header is input too.

    >>> _header(["buyer", "=1+1", "-5"])
    ['buyer', "'=1+1", '-5']
    """
    import pyarrow as pa

    names = [str(c) for c in columns]
    risky = _risky(pa.array(names, pa.string())) if names else []
    return [f"'{n}" if r else n for n, r in zip(names, risky, strict=True)]


def _risky(cells: Any) -> np.ndarray:
    """Which of the Arrow text cells a spreadsheet would run: those starting with one of
    :data:`_FORMULA_STARTS` that are not plain numbers.

    The start is the first byte: each of those characters is one byte of UTF-8, and no
    other character starts with that byte.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    binary = pa.large_binary() if pa.types.is_large_string(cells.type) else pa.binary()
    first = pc.binary_slice(cells.cast(binary), 0, 1)
    starts = pc.fill_null(pc.is_in(first, value_set=pa.array(_FORMULA_STARTS, binary)), False)
    risky = np.array(starts, dtype=bool)
    at = np.flatnonzero(risky)
    if len(at):
        text = pd.Series(cells.take(at).to_pylist(), dtype="string")
        risky[at] = ~text.str.match(_NUMBER).fillna(False).to_numpy(dtype=bool)
    return risky


class LabelledWriter:
    """Write a labelled file chunk by chunk, atomically.

    Chunks go to a temporary file beside the target, which is renamed onto the
    target when the ``with`` block ends without error; on any error (or Ctrl-C) the
    temporary file is removed and the target is untouched. CSV is written with
    pyarrow (every text cell quoted), as UTF-8 with a BOM; XLSX with openpyxl's
    write-only workbook; Parquet with one row group per chunk. Writing a whole
    frame as one chunk gives the same bytes as writing it in chunks.

    Parameters
    ----------
    path : str or Path
        Target; its extension (.csv, .tsv, .txt, .xlsx, .parquet) sets the format.
    delimiter : str, optional
        CSV delimiter; defaults to ``like``'s (the input's), else ``,`` (TAB for .tsv).
    like : dict, optional
        How the input was read (``frame.attrs["b2x"]``); a workbook's cells are written
        back in their own types (numbers, dates, booleans) to XLSX and Parquet.
    decimal : str, optional
        The input's decimal mark: with ``","``, a CSV output writes confidence and
        probabilities with it too (``0,9981``), as its spreadsheets read numbers.
    """

    def __init__(
        self,
        path: str | Path,
        delimiter: str | None = None,
        like: dict | None = None,
        decimal: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.kind = SUFFIXES.get(self.path.suffix.lower())
        if self.kind is None:
            raise InputError(
                f"Cannot write '{self.path}': unknown type '{self.path.suffix}'. "
                f"Use one of: {', '.join(sorted(SUFFIXES))}."
            )
        if not self.path.parent.is_dir():
            raise InputError(
                f"Cannot write '{self.path}': folder '{self.path.parent}' does not exist."
            )
        like = like or {}
        if delimiter is None:
            if self.path.suffix.lower() == ".tsv":
                delimiter = "\t"
            else:
                delimiter = like.get("delimiter", ",") if like.get("format") == "csv" else ","
        self.delimiter = delimiter
        self.decimal = decimal
        self._cells = like.get("cells")
        self.rows = 0
        self._atomic = atomic_path(self.path)
        self._handle: Any = None
        self._schema: Any = None

    def __enter__(self) -> LabelledWriter:
        self._tmp = self._atomic.__enter__()
        return self

    def write(self, chunk: pd.DataFrame) -> None:
        """Append a chunk of labelled rows."""
        try:
            if self.kind == "csv":
                self._write_csv(chunk)
            elif self.kind == "xlsx":
                self._write_xlsx(chunk)
            else:
                self._write_parquet(chunk)
        except OSError as e:  # name the target, not the temporary file
            raise OSError(e.errno, e.strerror or str(e), str(self.path)) from e
        self.rows += len(chunk)

    def _write_csv(self, chunk: pd.DataFrame) -> None:
        import pyarrow as pa
        from pyarrow import csv

        if self._handle is None:
            # the empty temporary file is opened without truncating it: ext4 writes a file
            # truncated and rewritten out to disk when it is closed (auto_da_alloc), a
            # quarter of a second for a million rows, which the rename does not need
            self._handle = open(self._tmp, "r+b")  # noqa: SIM115 - closed in __exit__
            header = io.StringIO()
            stdlib_csv.writer(header, delimiter=self.delimiter, lineterminator="\n").writerow(
                _header(chunk.columns)
            )
            self._handle.write(b"\xef\xbb\xbf" + header.getvalue().encode("utf-8"))
        table = _neutralised(pa.Table.from_pandas(chunk, preserve_index=False))
        if self.decimal == ",":
            table = _decimal_comma(table, _number_columns(chunk))
        options = csv.WriteOptions(
            include_header=False, delimiter=self.delimiter, quoting_style="needed"
        )
        csv.write_csv(table, self._handle, options)

    def _write_xlsx(self, chunk: pd.DataFrame) -> None:
        if self._handle is None:
            import openpyxl

            self._handle = openpyxl.Workbook(write_only=True)
            self._sheet = self._handle.create_sheet("labelled")
            _lay_out(self._sheet, chunk)
            self._width = max(chunk.shape[1], 1)
            self._sheet.append(_header(chunk.columns))
        typed = with_types(neutralise_formulas(chunk), self._cells)
        for row in typed.itertuples(index=False):
            self._sheet.append([_xlsx_cell(self._sheet, v) for v in row])

    def _write_parquet(self, chunk: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        typed = with_types(chunk, self._cells, whole=True)
        table = pa.Table.from_pandas(typed, schema=self._schema, preserve_index=False)
        if self._handle is None:
            self._schema = table.schema
            self._handle = pq.ParquetWriter(self._tmp, self._schema)
        self._handle.write_table(table)

    def __exit__(self, kind: Any, error: Any, trace: Any) -> None:
        try:
            if self._handle is not None:
                if self.kind == "xlsx":
                    if error is None:
                        last = _letter(self._width)
                        self._sheet.auto_filter.ref = f"A1:{last}{self.rows + 1}"
                        self._handle.save(self._tmp)
                else:
                    self._handle.close()
            elif error is None and self.kind == "xlsx":
                raise InputError("Nothing to write.")
        except OSError as e:
            if error is None:
                self._atomic.__exit__(type(e), e, e.__traceback__)
                raise OSError(e.errno, e.strerror or str(e), str(self.path)) from e
        self._atomic.__exit__(kind, error, trace)


def write_labelled(
    frame: pd.DataFrame, path: str | Path, delimiter: str | None = None, decimal: str | None = None
) -> Path:
    """Write ``frame`` to ``path`` by its extension (.csv, .tsv, .txt, .xlsx, .parquet).

    ``delimiter`` defaults to the input's (``frame.attrs['b2x']``), else ``,``
    (TAB for .tsv). ``decimal`` (see :class:`LabelledWriter`) defaults, for a frame read
    from a CSV file, to that file's decimal mark.
    """
    like = frame.attrs.get("b2x") or {}
    if decimal is None and like.get("format") == "csv":
        decimal = _decimal_of(frame, like.get("delimiter"))
    with LabelledWriter(path, delimiter, like, decimal) as writer:
        writer.write(frame)
    return writer.path


_NUMBERS = ("confidence", "p_b2b", "p_b2c", "p_b2g")  # the output's number columns
_WIDEST = 60  # characters: a column of long text (reasons) is wrapped by the reader, not us


def _number_columns(chunk: pd.DataFrame) -> list[str]:
    """The headers of the output's confidence and probability columns in ``chunk``."""
    names = chunk.attrs.get("b2x_run", {}).get("columns", {})
    return [names.get(n, n) for n in _NUMBERS if names.get(n, n) in chunk.columns]


def _decimal_comma(table: Any, columns: list[str]) -> Any:
    """The table with the number ``columns`` written with a decimal comma: the text
    pyarrow writes for them, its point made a comma."""
    import pyarrow as pa
    import pyarrow.compute as pc

    for name in columns:
        i = table.schema.get_field_index(name)
        if i < 0 or not pa.types.is_floating(table.field(i).type):
            continue
        text = pc.replace_substring(pc.cast(table.column(i), pa.string()), ".", ",")
        table = table.set_column(i, pa.field(name, pa.string()), text)
    return table


def _decimal_of(frame: pd.DataFrame, delimiter: str | None) -> str | None:
    """The decimal mark of a frame read from a CSV file, as a run reads it from its
    number columns (:func:`classifier.cells.decimal_mark`)."""
    from classifier.cells import decimal_mark
    from classifier.columns import NUMBER_FIELDS
    from classifier.fields import map_columns

    names = set(_number_columns(frame)) | {"label", "ambiguous", "reasons"}
    own = frame[[c for c in frame.columns if c not in names]]
    if own.shape[1] == 0 or len(own) == 0:
        return None
    try:
        colmap = map_columns(own)
    except Exception:  # a frame b2x cannot map writes its numbers as they are
        return None
    numbers = [own[colmap.fields[f]].astype("string") for f in NUMBER_FIELDS if f in colmap.fields]
    return decimal_mark(numbers, delimiter) if numbers else None


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


def _lay_out(sheet: Any, chunk: pd.DataFrame) -> None:
    """A labelled sheet as the review workbook is laid out: header frozen, columns as
    wide as their header and most of their first cells (at most :data:`_WIDEST`).
    The filter is set when the last row is known (:meth:`LabelledWriter.__exit__`)."""
    sheet.freeze_panes = "A2"
    sample = chunk.head(200)
    for k, column in enumerate(chunk.columns, 1):
        lengths = sample.iloc[:, k - 1].astype("string").fillna("").str.len()
        usual = float(lengths.quantile(0.9)) if len(lengths) else 0.0
        width = max(len(str(column)) + 4, usual + 2, 8)  # + 4: the filter's button
        sheet.column_dimensions[_letter(k)].width = round(min(width, _WIDEST), 1)


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    """A value as a write-only sheet takes it: missing as None; a date as a date (with
    its time only when it has one), not the date-and-time format openpyxl gives every
    date."""
    import datetime as dt

    if value is None or (not isinstance(value, str | bool | int | float) and pd.isna(value)):
        return None
    if isinstance(value, float) and np.isnan(value):
        return None
    if isinstance(value, dt.datetime):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value)
        midnight = value.time() == dt.time(0)
        cell.number_format = "yyyy-mm-dd" if midnight else "yyyy-mm-dd hh:mm:ss"
        return cell
    return value
