"""Local engine: classify a whole file chunk by chunk, in bounded memory, on one or more cores.

Two passes over the file:

1. **scan** (:mod:`classifier.batch.scan`) looks only at the key columns (buyer, tax
   ID, e-mail, order, date and the number columns) and measures what no chunk can see
   alone: the file's decimal mark, how many orders each row's buyer placed
   (:class:`~classifier.context.FileContext`), where a chunk may end without cutting an
   order in two, and which CSV lines are malformed. The file is read here; with
   ``jobs`` > 1 the chunks' keys are measured in worker processes. A chunk's last order
   is read with the next chunk, so that its lines fill their blank buyer cells as a
   whole read fills them.
2. **classify** reads the chunks again — those of a CSV or XLSX file from a temporary
   Arrow file beside the output, where the first pass kept them as it parsed them —
   moves each chunk's end back to the last row where no order continues
   (:mod:`classifier.batch.chunks`), labels the chunks with
   :func:`~classifier.batch.label.label_chunk` (in worker processes with ``jobs`` > 1,
   :mod:`classifier.batch.workers`, which read their rows from that
   Arrow file themselves rather than receive them through a pipe) and writes them,
   in input order, to a temporary file renamed at the end
   (:class:`~classifier.files.write.LabelledWriter`). A worker keeps what it found per
   distinct buyer, product and text (:class:`~classifier.utils.distinct.Memo`) for the
   chunks after, so a buyer met in many chunks is matched once per worker.

Every row is labelled exactly as :func:`classifier.classify` labels it with the
whole file in memory, so the output does not depend on the chunk size or the number
of jobs: held so by ``tests/test_batch.py``
(``test_chunked_and_parallel_runs_write_the_same_bytes`` and its 300k-row twin).
Memory grows with the chunk size and the number of buyers and orders, not with the
number of rows — as long as an order's lines stand near each other, as
they do in exports; an order scattered across the file holds its chunk open until
its last line.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import pandas as pd

from classifier.batch.chunks import halve_tail
from classifier.batch.label import ChunkPlan, label_chunk
from classifier.batch.memory import trim_freed_memory
from classifier.batch.scan import FileScan, scan_file, second_pass
from classifier.batch.workers import (
    WorkerState,
    in_order,
    label_in_worker,
    pool,
    row_range,
    start_labelling,
)
from classifier.exceptions import InputError
from classifier.files.read import read_orders
from classifier.files.write import LabelledWriter, output_path, refuse_overwrite, scratch_path
from classifier.model.saved import Model
from classifier.rules.base import RuleSet

__all__ = ["BatchResult", "classify_file_batch"]


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
    empty: int = 0  # empty lines (``;;;;``), kept without a label
    numbering: int = 0  # rows of column numbers (1, 2, 3, ...), kept without a label


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
        scan = scan_file(
            path,
            columns,
            sheet=sheet,
            chunk_rows=chunk_rows,
            jobs=jobs,
            keep=kept,
            warn=warn,
            strict_columns=strict_columns,
            reading=reading,
        )
        if scan.rows == 0:
            raise InputError(f"'{path}' has a header but no data rows.")
        if strict and scan.bad_lines:
            lines = ", ".join(map(str, scan.bad_lines[:10]))
            raise InputError(f"'{path}': malformed line(s) {lines}; nothing written (--strict).")
        labels: dict[str, int] = {}
        ambiguous = unreadable = done = totals = empty = numbering = 0
        chunks = second_pass(path, scan, sheet, chunk_rows)
        first = next(chunks)  # the generator is run to its end below
        if len(first) == scan.rows:
            jobs = 1  # one chunk: no use forking workers for it
        if jobs > 1:
            chunks = halve_tail(chain([first], chunks), scan.safe_end, jobs * chunk_rows)
            first = next(chunks)
        # the first pass's reading (a workbook's cell types, all rows) and a CSV file's
        # decimal mark, which its confidence and probabilities are written with
        like = scan.meta or first.attrs.get("b2x") or {}
        decimal = scan.context.decimal if like.get("format") == "csv" else None
        with LabelledWriter(target, like=like, decimal=decimal) as writer:
            plan = ChunkPlan(scan.columns, scan.context, rules, lang)
            for labelled in _run(chunks, first, model, plan, scan, jobs):
                writer.write(labelled)
                names = labelled.attrs["b2x_run"]["columns"]
                for label, n in labelled[names["label"]].value_counts().items():
                    labels[str(label)] = labels.get(str(label), 0) + int(n)
                ambiguous += int(labelled[names["ambiguous"]].sum())
                unreadable += int(labelled.attrs["b2x_run"]["unreadable_cells"])
                totals += int(labelled.attrs["b2x_run"].get("totals_rows", 0))
                empty += int(labelled.attrs["b2x_run"].get("empty_rows", 0))
                numbering += int(labelled.attrs["b2x_run"].get("numbering_rows", 0))
                done += len(labelled)
                if progress is not None:
                    progress(done, scan.rows)
    return BatchResult(
        target,
        done,
        labels,
        ambiguous,
        unreadable,
        scan.bad_lines,
        time.perf_counter() - start,
        totals,
        empty,
        numbering,
    )


def _run(
    chunks: Iterator[pd.DataFrame],
    first: pd.DataFrame,
    model: Model,
    plan: ChunkPlan,
    scan: FileScan,
    jobs: int,
) -> Iterator[pd.DataFrame]:
    """Labelled chunks in input order, here or in ``jobs`` worker processes.

    Workers get only the columns b2x reads — the rows' range, when the first pass kept
    the file's chunks, which they read from there — and send back only the seven it
    adds; the chunk itself stays here and the two are joined in input order.
    """
    mapped = scan.columns.headers
    if jobs <= 1:
        for chunk, labels in in_order(
            chain([first], chunks), mapped, label_chunk, (model, plan), None, jobs
        ):
            yield labels.attach_to(chunk)
        return
    # vocabularies, tries and tables are built when first used: built here, before
    # the fork, every worker shares them instead of building its own
    label_chunk(first[mapped].iloc[:100], model, plan)
    trim_freed_memory()  # what the first pass freed: workers would start with it
    send = row_range if scan.kept is not None else None
    state = WorkerState(model, plan, scan.kept)
    with pool(jobs, start_labelling, (state,)) as workers:
        for chunk, labels in in_order(
            chain([first], chunks), mapped, label_in_worker, (), workers, jobs, send
        ):
            yield labels.attach_to(chunk)
