"""Scan: the first pass over a file, its key columns only, for what no chunk sees alone.

It measures the file's decimal mark, how many orders each row's buyer placed
(:class:`~classifier.context.FileContext`), where a chunk may end without cutting an
order in two, and which CSV lines are malformed. The file is read here; with ``jobs``
> 1 the chunks' keys (:func:`~classifier.batch.keys.chunk_keys`) are measured in worker
processes. A chunk's last order is read with the next chunk, so that its lines fill
their blank buyer cells as a whole read fills them. :func:`second_pass` gives the
chunks again — from the Arrow file the scan kept, if it kept one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from classifier.batch.chunks import Keeper, KeptChunks, safe_chunks, whole_orders
from classifier.batch.keys import chunk_keys
from classifier.batch.workers import in_order, pool
from classifier.cells import decimal_counts, decimal_from_counts
from classifier.columns import NUMBER_FIELDS, ColumnMap, key_columns
from classifier.context import FileContext
from classifier.exceptions import ClassifierError, ColumnError
from classifier.fields import map_columns
from classifier.files.read import NotText, read_chunks
from classifier.identity import count_orders
from classifier.profile import SAMPLE_ROWS

__all__ = ["FileScan", "scan_file", "scan_chunk", "second_pass"]


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
    kept: KeptChunks | None = None
    meta: dict = field(default_factory=dict)  # the chunks' attrs["b2x"]


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
    as text (:func:`~classifier.files.read.read_chunks`); a column that comes back as numbers
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


def _scan(
    path: Path,
    colmap: ColumnMap,
    sheet: str | int | None,
    chunk_rows: int,
    jobs: int,
    infer: frozenset[str],
    keep: Path | None,
    reading: Callable[[int], None] | None = None,
) -> FileScan:
    """:func:`scan_file` with the columns ``infer`` names read by type inference."""
    keys, subset = key_columns(colmap)
    comma = dot = rows = 0
    pairs, orders, buyers, ends = [], [], [], []
    bad: list[int] = []
    meta: dict = {}
    keeper = Keeper(keep)

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

    chunks = whole_orders(read(), colmap.fields.get("order_id"))
    with keeper, pool(jobs) as workers:
        for chunk, (c, d, visits, ids, key) in in_order(
            chunks, keys, scan_chunk, (subset,), workers, jobs
        ):
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
    return FileScan(
        rows, colmap, context, safe_end, bad, infer, chunk_rows, keeper.kept(meta), meta
    )


def scan_chunk(
    chunk: pd.DataFrame, columns: ColumnMap
) -> tuple[int, int, pd.DataFrame, np.ndarray, np.ndarray]:
    """One chunk's share of the first pass: its decimal marks, buyers' orders, order ids
    and buyer keys."""
    numbers = [chunk[columns.fields[f]] for f in NUMBER_FIELDS if f in columns.fields]
    comma, dot = decimal_counts(numbers)
    # who buys and which order: the numbers are only counted for the decimal mark
    visits, order_hash, key_hash = chunk_keys(chunk, columns)
    return comma, dot, visits, order_hash, key_hash


def second_pass(
    path: Path, scan: FileScan, sheet: str | int | None, chunk_rows: int
) -> Iterator[pd.DataFrame]:
    """Second-pass chunks, each ending where no order continues.

    The chunks the first pass kept, if it kept them; else read as it read them: the
    columns it found to be text by type inference are read so again, in chunks of the
    same size.
    """
    if scan.kept is not None:
        yield from safe_chunks(scan.kept.chunks(), scan.safe_end)
        return
    infer = scan.infer if chunk_rows == scan.chunk_rows else frozenset()
    try:
        yield from safe_chunks(
            read_chunks(path, chunk_rows, sheet=sheet, bad_lines=[], infer=infer), scan.safe_end
        )
    except NotText as e:  # the same bytes in chunks of the same size are typed alike
        raise ClassifierError(f"'{path}': {e} in the second pass, not in the first.") from e
