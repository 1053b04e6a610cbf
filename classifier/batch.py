"""Batch: classify a whole file chunk by chunk, in bounded memory, on one or more cores.

Two passes over the file:

1. **scan** looks only at the key columns (buyer, tax ID, e-mail, order, date and the
   number columns) and measures what no chunk can see alone: the file's decimal
   mark, how many orders each row's buyer placed (:class:`~classifier.context.FileContext`),
   where a chunk may end without cutting an order in two, and which CSV lines are
   malformed. The file is read here; with ``jobs`` > 1 the chunks' keys are
   measured in worker processes. A chunk's last order is read with the next chunk,
   so that its lines fill their blank buyer cells as a whole read fills them.
2. **classify** reads the chunks again — those of a CSV or XLSX file from a temporary
   Arrow file beside the output, where the first pass kept them as it parsed them —
   moves each chunk's end back to the last row where no order continues, labels the
   chunks (in worker processes with ``jobs`` > 1, which read their rows from that
   Arrow file themselves rather than receive them through a pipe) and writes them,
   in input order, to a temporary file renamed at the end
   (:class:`~classifier.write.LabelledWriter`). A worker keeps what it found per
   distinct buyer, product and text (:class:`~classifier.distinct.Memo`) for the
   chunks after, so a buyer met in many chunks is matched once per worker.

Every row is labelled exactly as :func:`classifier.classify` labels it with the
whole file in memory, so the output does not depend on the chunk size or the number
of jobs. Memory grows with the chunk size and the number of buyers and orders, not
with the number of rows — as long as an order's lines stand near each other, as
they do in exports; an order scattered across the file holds its chunk open until
its last line.
"""

from __future__ import annotations

import concurrent.futures
import gc
import json
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
from threadpoolctl import threadpool_limits

from classifier.columns import (
    NUMBER_FIELDS,
    ColumnMap,
    decimal_counts,
    decimal_from_counts,
    key_columns,
)
from classifier.context import FileContext, count_orders
from classifier.exceptions import ClassifierError, ColumnError, InputError
from classifier.fields import map_columns
from classifier.keys import chunk_keys
from classifier.memory import reuse_freed_memory, trim_freed_memory
from classifier.model import Model
from classifier.pipeline import analyse, attach, coded_labels, label_columns, with_reasons
from classifier.profile import SAMPLE_ROWS
from classifier.read import NotText, read_chunks, read_orders
from classifier.rules import RuleSet
from classifier.write import LabelledWriter, output_path, refuse_overwrite, scratch_path

__all__ = ["FileScan", "BatchResult", "scan_file", "classify_file_batch"]


@dataclass
class FileScan:
    """What the first pass learned about a file."""

    rows: int
    columns: ColumnMap
    context: FileContext
    safe_end: np.ndarray  # safe_end[i]: no order continues after row i
    bad_lines: list[int] = field(default_factory=list)
    # CSV columns pandas reads as text by its own inference, in chunks of chunk_rows
    infer: frozenset[str] = frozenset()
    chunk_rows: int = 0
    # the chunks read, all columns, as an Arrow file for the second pass (CSV, XLSX)
    kept: Path | None = None
    kept_ends: np.ndarray | None = None  # the row after each kept chunk
    meta: dict = field(default_factory=dict)  # the chunks' attrs["b2x"]


@dataclass
class BatchResult:
    """A finished batch run."""

    output: Path
    rows: int
    labels: dict[str, int]
    ambiguous: int
    unreadable: int
    bad_lines: list[int]
    seconds: float
    totals: int = 0  # totals rows, kept without a label


def scan_file(
    path: Path,
    columns: dict[str, str] | None = None,
    *,
    sheet: str | int | None = None,
    chunk_rows: int = 200_000,
    jobs: int = 1,
    keep: Path | None = None,
    warn: Callable[[str], None] | None = None,
    strict_columns: bool = False,
    reading: Callable[[int], None] | None = None,
) -> FileScan:
    """First pass: key columns only, for the file-wide context and safe chunk ends.

    The file is read here; with ``jobs`` > 1 each chunk's keys are measured in
    worker processes. With ``keep`` (an empty file), the chunks of a CSV or XLSX file
    are kept there as they were read, for the second pass to read back rather than
    parse the file again (:attr:`FileScan.kept`).

    A CSV file's columns are read by pandas' own type inference where they come back
    as text (:func:`~classifier.read.read_chunks`); a column that comes back as numbers
    in the file's first rows is read as text from the start, and one that does so later
    from then on, the pass starting again. The second pass reads as this one did.
    """
    # the first rows: their headers and a sample of their cells choose the columns
    reader = read_chunks(path, SAMPLE_ROWS, sheet=sheet, bad_lines=[])  # reported later
    header = next(reader)
    reader.close()  # leave the reader's warning capture, not hold it open for the whole run
    colmap = map_columns(header, columns, name=str(path))
    if strict_columns and colmap.warnings:
        raise ColumnError(f"{colmap.warnings[0]} Nothing written (--strict-columns).")
    for line in colmap.warnings if warn is not None else ():
        warn(line)
    kind = header.attrs.get("b2x", {}).get("format")
    infer = frozenset(map(str, header.columns)) if kind == "csv" else frozenset()
    infer -= _typed_at_start(path, infer)
    # a Parquet file is read again by row group, as quick as reading a copy of it
    keep = keep if kind in ("csv", "xlsx") else None
    while True:
        try:
            return _scan(path, colmap, sheet, chunk_rows, jobs, infer, keep, reading)
        except NotText as e:
            infer -= e.columns


def _typed_at_start(path: Path, infer: frozenset[str], rows: int = 1_000) -> frozenset[str]:
    """The columns of ``infer`` that pandas types as other than text in the file's first
    ``rows`` rows.

    Reading them as text does not change their cells, only costs time, so they are
    read so from the start instead of the pass starting again at its first chunk.
    """
    if not infer:
        return frozenset()
    try:
        with closing(read_chunks(path, rows, bad_lines=[], infer=infer)) as reader:
            next(reader, None)
    except NotText as e:
        return e.columns
    return frozenset()


def _scan(path: Path, colmap: ColumnMap, sheet: str | int | None, chunk_rows: int, jobs: int,
          infer: frozenset[str], keep: Path | None,
          reading: Callable[[int], None] | None = None) -> FileScan:  # fmt: skip
    """:func:`scan_file` with the columns ``infer`` names read by type inference."""
    keys, subset = key_columns(colmap)
    comma = dot = rows = 0
    pairs, orders, buyers, ends = [], [], [], []
    bad: list[int] = []
    meta: dict = {}
    keeper = _Keeper(keep)

    read_so_far = [0]

    def read() -> Iterator[pd.DataFrame]:
        # all columns are read, so that a malformed line is found here as it will be later
        for chunk in read_chunks(path, chunk_rows, sheet=sheet, bad_lines=bad, infer=infer):
            meta.update(chunk.attrs.get("b2x", {}))
            keeper.write(chunk)
            read_so_far[0] += len(chunk)
            if reading is not None:
                reading(read_so_far[0])
            yield chunk[list(dict.fromkeys(keys))]

    chunks = _whole_orders(read(), colmap.fields.get("order_id"))
    with keeper, _pool(jobs, ()) as pool:
        for chunk, (c, d, visits, ids, key) in _in_order(chunks, keys, _scan_chunk, (subset,),
                                                         pool, jobs):  # fmt: skip
            comma, dot = comma + c, dot + d
            pairs.append(visits)
            orders.append(ids)
            buyers.append(key)
            rows += len(chunk)
            ends.append(rows)
    decimal = decimal_from_counts(comma, dot, meta.get("delimiter"))
    order_hash = np.concatenate(orders) if orders else np.zeros(0, dtype=np.uint64)
    position = np.arange(len(order_hash))
    last = pd.Series(position).groupby(order_hash).transform("max").to_numpy()
    last = np.where(order_hash == 0, position, last)  # a row with no order id stands alone
    safe_end = np.maximum.accumulate(last) == position if len(last) else last.astype(bool)
    counts = count_orders(pd.concat(pairs))
    chunk_of = np.searchsorted(ends, position, side="right")
    if (chunk_of != chunk_of[last]).any():
        # an order's lines apart in the file, in more than one chunk: each chunk filled
        # their blank buyer cells alone, so rows are counted again by their buyers' keys
        context = FileContext(decimal=decimal, buyer_orders=counts)
    else:
        key_hash = np.concatenate(buyers) if buyers else order_hash
        found = counts.index.get_indexer(key_hash)  # -1: no key, or a key with no order
        row_orders = np.append(counts.to_numpy(), 0).astype(np.int32)[found]
        context = FileContext(decimal=decimal, row_orders=row_orders)
    return FileScan(rows, colmap, context, safe_end, bad, infer, chunk_rows, keeper.path,
                    keeper.ends(), meta)  # fmt: skip


class _Keeper:
    """Writes the chunks a pass reads, all their columns, to ``path`` as an Arrow file,
    one record batch a chunk.

    :attr:`path` is the file once a chunk is in it. Should a chunk not convert to Arrow
    as it is, or the disk be full, nothing is kept (the space taken is given back) and
    the second pass reads the file again.
    """

    def __init__(self, target: Path | None) -> None:
        self._target = target
        self.path: Path | None = None
        self._sink: Any = None
        self._writer: Any = None
        self._rows: list[int] = []

    def ends(self) -> np.ndarray | None:
        """The row after each kept chunk, once the file is complete."""
        return np.cumsum(self._rows) if self.path is not None else None

    def write(self, frame: pd.DataFrame) -> None:
        if self._target is None or frame.empty:
            return
        try:
            # one record batch, however many pieces the frame's columns are in
            table = pa.Table.from_pandas(frame, preserve_index=False).combine_chunks()
            if self._writer is None:
                # the empty file is appended to, not truncated: ext4 would write a
                # truncated file out to disk when it is closed (see LabelledWriter)
                self._sink = pa.OSFile(str(self._target), "ab")
                self._writer = pa.ipc.new_file(self._sink, table.schema)
            self._writer.write_table(table, max_chunksize=len(table))
            self._rows.append(len(table))
            self.path = self._target
        except (pa.ArrowException, OSError, TypeError, ValueError):
            with suppress(OSError):
                self.__exit__()
            with suppress(OSError):
                os.truncate(self._target, 0)
            self._target = self.path = None

    def __enter__(self) -> _Keeper:
        return self

    def __exit__(self, *_: Any) -> None:
        for stream in (self._writer, self._sink):
            if stream is not None:
                stream.close()
        self._writer = self._sink = None


def _kept_chunks(scan: FileScan) -> Iterator[pd.DataFrame]:
    """The first pass's chunks, read back from the Arrow file it kept: the frames
    :func:`~classifier.read.read_chunks` gave it, running index and ``attrs`` as there."""
    starts = np.concatenate([[0], scan.kept_ends])
    for start, stop in zip(starts[:-1].tolist(), starts[1:].tolist(), strict=True):
        yield _kept_rows(scan, range(start, stop))


def _kept_rows(scan: FileScan, rows: range, columns: list[str] | None = None) -> pd.DataFrame:
    """The kept rows ``rows`` (of the file, from 0), all columns or ``columns``.

    Memory-mapped: the frame's text is the page cache's, mapped for as long as the
    frame lives, so a process holds the chunks it works on, not the whole file.
    """
    reader = pa.ipc.open_file(pa.memory_map(str(scan.kept)))
    ends = scan.kept_ends
    first, last = np.searchsorted(ends, [rows.start, rows.stop - 1], side="right").tolist()
    base = int(ends[first - 1]) if first else 0
    batches = [reader.get_batch(i) for i in range(first, last + 1)]
    table = pa.Table.from_batches(batches, schema=reader.schema)
    table = table.slice(rows.start - base, len(rows))
    frame = (table if columns is None else table.select(columns)).to_pandas()
    frame.index = pd.RangeIndex(rows.start, rows.stop)
    frame.attrs["b2x"] = scan.meta
    return frame


def _whole_orders(chunks: Iterator[pd.DataFrame], order_header: str | None
                  ) -> Iterator[pd.DataFrame]:  # fmt: skip
    """The chunks with the lines of each chunk's last order moved to the next chunk.

    So an order whose lines stand together is read whole by one chunk, as by a read of
    the whole file: its lines fill their blank buyer cells from its first line.
    """
    if order_header is None:
        yield from chunks
        return

    def last_order(frame: pd.DataFrame) -> int:
        ids = frame[order_header]
        last = ids.iloc[-1]
        if pd.isna(last) or not str(last).strip():  # no order id: nothing to keep together
            return len(frame)
        # the last order's lines, all of the chunk if need be, as the second pass holds them
        other = ids.ne(last).fillna(True).to_numpy(dtype=bool)
        return len(frame) - int(np.argmax(other[::-1])) if other.any() else 0

    yield from _recut(chunks, last_order)


def _scan_chunk(chunk: pd.DataFrame, columns: ColumnMap
                ) -> tuple[int, int, pd.DataFrame, np.ndarray, np.ndarray]:  # fmt: skip
    """One chunk's share of the first pass: its decimal marks, buyers' orders, order ids
    and buyer keys."""
    numbers = [chunk[columns.fields[f]] for f in NUMBER_FIELDS if f in columns.fields]
    comma, dot = decimal_counts(numbers)
    # who buys and which order: the numbers are only counted for the decimal mark
    visits, order_hash, key_hash = chunk_keys(chunk, columns)
    return comma, dot, visits, order_hash, key_hash


def _chunks(path: Path, scan: FileScan, sheet: str | int | None, chunk_rows: int
            ) -> Iterator[pd.DataFrame]:  # fmt: skip
    """Second-pass chunks, each ending where no order continues.

    The chunks the first pass kept, if it kept them; else read as it read them: the
    columns it found to be text by type inference are read so again, in chunks of the
    same size.
    """
    if scan.kept is not None:
        yield from _safe_chunks(_kept_chunks(scan), scan.safe_end)
        return
    infer = scan.infer if chunk_rows == scan.chunk_rows else frozenset()
    try:
        yield from _safe_chunks(read_chunks(path, chunk_rows, sheet=sheet, bad_lines=[],
                                            infer=infer), scan.safe_end)  # fmt: skip
    except NotText as e:  # the same bytes in chunks of the same size are typed alike
        raise ClassifierError(f"'{path}': {e} in the second pass, not in the first.") from e


def _safe_chunks(raws: Iterator[pd.DataFrame], safe_end: np.ndarray) -> Iterator[pd.DataFrame]:
    """The chunks read, joined and cut again so that each ends where no order continues."""

    def after_last_safe_end(frame: pd.DataFrame) -> int:
        ends = np.flatnonzero(safe_end[frame.index[0] : frame.index[-1] + 1])
        return int(ends[-1]) + 1 if len(ends) else 0

    return _recut(raws, after_last_safe_end)


def _halve_tail(chunks: Iterator[pd.DataFrame], safe_end: np.ndarray, tail: int
                ) -> Iterator[pd.DataFrame]:  # fmt: skip
    """The chunks, each that ends in the file's last ``tail`` rows cut in two at the safe end
    nearest its middle: the last chunks are labelled while the main process writes the
    ones before, and the worker that finishes last has less left to do."""
    rows = len(safe_end)
    for chunk in chunks:
        first = int(chunk.index[0])
        last = first + len(chunk) - 1
        ends = np.flatnonzero(safe_end[first:last]) + 1  # cuts after which no order goes on
        if last < rows - tail or not len(ends):
            yield chunk
            continue
        at = int(ends[np.argmin(np.abs(ends - len(chunk) / 2))])
        for piece in (chunk.iloc[:at], chunk.iloc[at:]):
            piece.attrs = chunk.attrs
            yield piece


def _recut(raws: Iterator[pd.DataFrame], cut: Callable[[pd.DataFrame], int]
           ) -> Iterator[pd.DataFrame]:  # fmt: skip
    """The chunks read, joined and cut again: the rows before ``cut(frame)`` go out, the
    others wait for the next chunk (all of them when it is 0)."""
    pending: pd.DataFrame | None = None
    for raw in raws:
        frame = raw if pending is None else pd.concat([pending, raw])
        frame.attrs = raw.attrs
        if frame.empty:
            continue
        at = cut(frame)
        ready, rest = frame.iloc[:at], frame.iloc[at:]
        ready.attrs = rest.attrs = raw.attrs
        if at:
            yield ready
        pending = rest if len(rest) else None
    if pending is not None:
        yield pending


# worker processes keep what every chunk needs, sent once
_WORKER: dict[str, Any] = {}


def _init_worker(model: Model, rules: RuleSet | None, scan: FileScan, lang: str) -> None:
    _WORKER.update(model=model, rules=rules, scan=scan, lang=lang)


def _start_worker(*initargs: Any) -> None:
    """:func:`_init_worker` in a worker process."""
    _init_worker(*initargs)
    # what a forked worker starts with (model, vocabularies, the file's context) lives for
    # the whole run: the cycle collector need not walk it again, nor write to its pages
    gc.freeze()
    reuse_freed_memory()
    # one of ``jobs`` processes sharing the cores: threads of its own for BLAS would only
    # spin on a core another worker needs (OpenBLAS's idle threads busy-wait)
    threadpool_limits(1)


def _label(chunk: pd.DataFrame | range) -> tuple[pd.DataFrame, tuple]:
    """The output columns of a chunk that holds only the mapped columns (or of the kept
    rows it names), the reasons as codes (:func:`~classifier.pipeline.coded_labels`):
    joined by the main process."""
    w = _WORKER
    if isinstance(chunk, range):
        scan = w["scan"]
        chunk = _kept_rows(scan, chunk, scan.columns.headers)
    result = analyse(chunk, w["model"], rules=w["rules"], context=w["scan"].context,
                     column_map=w["scan"].columns)  # fmt: skip
    return coded_labels(result, w["lang"])


def classify_file_batch(
    path: str | Path,
    output: str | Path | None,
    model: Model,
    *,
    rules: RuleSet | None = None,
    columns: dict[str, str] | None = None,
    sheet: str | int | None = None,
    lang: str = "en",
    jobs: int = 1,
    chunk_rows: int = 50_000,
    strict: bool = False,
    progress: Callable[[int, int], None] | None = None,
    warn: Callable[[str], None] | None = None,
    strict_columns: bool = False,
    reading: Callable[[int], None] | None = None,
) -> BatchResult:
    """Classify a file into ``output`` in chunks; see the module docstring.

    ``reading(rows_read)`` is called as the first pass starts (with 0) and after each
    chunk it reads, ``progress(rows_done, rows_total)`` after each chunk is written. With
    ``strict``, a malformed CSV line stops the run before anything is written;
    otherwise it is skipped and reported in :attr:`BatchResult.bad_lines`.
    ``warn(line)`` is told of a key field missing or read with low confidence
    (:attr:`ColumnMap.warnings`) before anything is labelled; with ``strict_columns``
    such a field stops the run before anything is written.
    """
    start = time.perf_counter()
    path = Path(path)
    refuse_overwrite(path, output)
    if not path.is_file() or path.stat().st_size == 0:
        read_orders(path)  # the same one-line error a whole read gives
    target = Path(output) if output is not None else output_path(path)
    # the first pass's chunks, kept for the second beside the output (where the folder
    # cannot be written to, the file is read again, and the writer says what is wrong)
    if reading is not None:
        reading(0)  # the first pass shows from its first second, before its first chunk
    with scratch_path(target, ".read.arrow") as kept:
        scan = scan_file(path, columns, sheet=sheet, chunk_rows=chunk_rows, jobs=jobs,
                         keep=kept, warn=warn, strict_columns=strict_columns,
                         reading=reading)  # fmt: skip
        if scan.rows == 0:
            raise InputError(f"'{path}' has a header but no data rows.")
        if strict and scan.bad_lines:
            lines = ", ".join(map(str, scan.bad_lines[:10]))
            raise InputError(f"'{path}': malformed line(s) {lines}; nothing written (--strict).")
        labels: dict[str, int] = {}
        ambiguous = unreadable = done = totals = 0
        chunks = _chunks(path, scan, sheet, chunk_rows)
        first = next(chunks)  # the generator is run to its end below
        if len(first) == scan.rows:
            jobs = 1  # one chunk: no use forking workers for it
        if jobs > 1:
            chunks = _halve_tail(chain([first], chunks), scan.safe_end, jobs * chunk_rows)
            first = next(chunks)
        # the first pass's reading (a workbook's cell types, all rows) and a CSV file's
        # decimal mark, which its confidence and probabilities are written with
        like = scan.meta or first.attrs.get("b2x") or {}
        decimal = scan.context.decimal if like.get("format") == "csv" else None
        with LabelledWriter(target, like=like, decimal=decimal) as writer:
            for labelled in _run(chunks, first, model, rules, scan, lang, jobs):
                writer.write(labelled)
                names = labelled.attrs["b2x_run"]["columns"]
                for label, n in labelled[names["label"]].value_counts().items():
                    labels[str(label)] = labels.get(str(label), 0) + int(n)
                ambiguous += int(labelled[names["ambiguous"]].sum())
                unreadable += int(labelled.attrs["b2x_run"]["unreadable_cells"])
                totals += int(labelled.attrs["b2x_run"].get("totals_rows", 0))
                done += len(labelled)
                if progress is not None:
                    progress(done, scan.rows)
    return BatchResult(target, done, labels, ambiguous, unreadable, scan.bad_lines,
                       time.perf_counter() - start, totals)  # fmt: skip


def _run(chunks: Iterator[pd.DataFrame], first: pd.DataFrame, model: Model,
         rules: RuleSet | None, scan: FileScan, lang: str, jobs: int
         ) -> Iterator[pd.DataFrame]:  # fmt: skip
    """Labelled chunks in input order, here or in ``jobs`` worker processes.

    Workers get only the columns b2x reads — the rows' range, when the first pass kept
    the file's chunks, which they read from there — and send back only the seven it
    adds; the chunk itself stays here and the two are joined in input order.
    """
    _init_worker(model, rules, scan, lang)
    mapped = scan.columns.headers
    if jobs > 1:
        # vocabularies, tries and tables are built when first used: built here, before
        # the fork, every worker shares them instead of building its own
        label_columns(first[mapped].iloc[:100], model, lang=lang, rules=rules,
                      context=scan.context, column_map=scan.columns)  # fmt: skip
        trim_freed_memory()  # what the first pass freed: workers would start with it
    send = _row_range if scan.kept is not None else None
    with _pool(jobs, (model, rules, scan, lang)) as pool:
        for chunk, (labels, coded) in _in_order(chain([first], chunks), mapped, _label, (),
                                                pool, jobs, send):  # fmt: skip
            yield attach(chunk, with_reasons(labels, coded))


@contextmanager
def _pool(jobs: int, initargs: tuple) -> Iterator[concurrent.futures.Executor | None]:
    """``jobs`` forked worker processes (set up by :func:`_init_worker`), or None for one job."""
    if jobs <= 1:
        yield None
        return
    context = multiprocessing.get_context("fork")
    initializer = _start_worker if initargs else None
    with concurrent.futures.ProcessPoolExecutor(
        jobs, mp_context=context, initializer=initializer, initargs=initargs
    ) as pool:
        try:
            yield pool
        except BrokenProcessPool as e:
            raise ClassifierError(
                "a worker process died (out of memory or killed); no output written. "
                "Retry with fewer --jobs or a smaller --chunk-rows."
            ) from e


def _row_range(chunk: pd.DataFrame) -> range:
    """The rows of the file a chunk holds (its running index)."""
    return range(int(chunk.index[0]), int(chunk.index[0]) + len(chunk))


def _in_order(chunks: Iterator[pd.DataFrame], columns: list[str], work: Callable[..., Any],
              args: tuple, pool: concurrent.futures.Executor | None, jobs: int,
              send: Callable[[pd.DataFrame], Any] | None = None
              ) -> Iterator[tuple[pd.DataFrame, Any]]:  # fmt: skip
    """``(chunk, work(chunk[columns], *args))`` in input order, in ``pool`` if there is one.

    ``send(chunk)``, when given, is what goes to a worker process in place of
    ``chunk[columns]`` (which ``work`` then reads for itself).

    At most ``jobs`` + 2 chunks are in flight: while the main process joins and writes
    one result, two workers finishing together each find a chunk waiting.
    """

    def part(chunk: pd.DataFrame) -> pd.DataFrame:
        sent = chunk[columns]
        sent.attrs = chunk.attrs
        return sent

    if pool is None:
        for chunk in chunks:
            yield chunk, work(part(chunk), *args)
        return
    pending: deque = deque()
    for chunk in chunks:
        pending.append((chunk, pool.submit(work, (send or part)(chunk), *args)))
        while len(pending) > jobs + 1:
            done, future = pending.popleft()
            yield done, future.result()
    while pending:
        done, future = pending.popleft()
        yield done, future.result()


def progress_printer(quiet: bool, log_json: bool) -> ProgressPrinter | None:
    """Progress for a person at a terminal (a rich bar) or for a machine (JSON lines).

    Nothing when ``quiet``, or when standard error is not a terminal and no JSON
    log is asked for.
    """
    if quiet and not log_json:
        return None
    if not log_json and not sys.stderr.isatty():
        return None
    return ProgressPrinter(log_json)


class ProgressPrinter:
    """Shows a run's two phases, as :func:`classify_file_batch` reports them: the first
    pass (:meth:`reading`: rows read so far, the total not yet known), then labelling
    (called with rows written and the total). Rows per second are those of the phase.

    As JSON lines on standard error (``log_json``), one per report, with its ``phase``;
    else as a rich bar, from the first report until every row is written.
    """

    def __init__(self, log_json: bool) -> None:
        self.log_json = log_json
        self.started = time.perf_counter()
        self._phase: tuple[str, float] | None = None  # the phase shown, since when
        self._last = self.started  # when the last report came
        self._bar: Any = None
        if not log_json:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,  # fmt: skip
            )

            self._bar = Progress(TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(),
                                 TextColumn("rows · {task.fields[speed]} rows/s · ETA"),
                                 TimeRemainingColumn(), console=Console(stderr=True),
                                 transient=True)  # fmt: skip
            self._task = self._bar.add_task("reading", total=None, speed="—")

    def reading(self, done: int) -> None:
        """The first pass has read ``done`` rows."""
        self._show("reading", done, None)

    def __call__(self, done: int, total: int) -> None:
        """``done`` of ``total`` rows are labelled and written."""
        self._show("labelling", done, total)

    def _show(self, phase: str, done: int, total: int | None) -> None:
        now = time.perf_counter()
        if self._phase is None or self._phase[0] != phase:
            # labelling began when reading ended: at the first pass's last report
            self._phase = (phase, self._last if self._phase is not None else now)
        self._last = now
        took = now - self._phase[1]
        speed = round(done / took) if took > 0 and done else None
        if self.log_json:
            line = {"phase": phase, "rows_done": done, "rows_total": total,
                    "elapsed_s": round(now - self.started, 3), "rows_per_s": speed}  # fmt: skip
            print(json.dumps(line), file=sys.stderr, flush=True)
            return
        bar = self._bar
        if not bar.live.is_started:
            bar.start()
        bar.update(self._task, description=phase, completed=done, total=total,
                   speed=f"{speed:,}" if speed else "—")  # fmt: skip
        if total is not None and done >= total:
            bar.stop()
