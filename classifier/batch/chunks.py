"""Chunks: a file's rows cut into chunks that keep each order whole, and kept for a second pass.

The first pass (:mod:`classifier.batch.scan`) moves each chunk's last order to the next
chunk (:func:`whole_orders`) and keeps what it read in an Arrow file (:class:`Keeper`,
:class:`KeptChunks`); the second cuts chunks where no order continues
(:func:`safe_chunks`) and, with workers, halves the last ones (:func:`halve_tail`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

__all__ = ["Keeper", "KeptChunks", "whole_orders", "safe_chunks", "halve_tail", "recut"]


@dataclass(frozen=True)
class KeptChunks:
    """The chunks a first pass read, all their columns, kept in an Arrow file (:class:`Keeper`).

    Memory-mapped when read back: a frame's text is the page cache's, mapped for as
    long as the frame lives, so a process holds the chunks it works on, not the file.
    """

    path: Path
    ends: np.ndarray  # the row after each kept chunk
    meta: dict = field(default_factory=dict)  # the chunks' attrs["b2x"]

    def chunks(self) -> Iterator[pd.DataFrame]:
        """The kept chunks: the frames :func:`~classifier.files.read.read_chunks` gave the
        first pass, running index and ``attrs`` as there."""
        starts = np.concatenate([[0], self.ends])
        for start, stop in zip(starts[:-1].tolist(), starts[1:].tolist(), strict=True):
            yield self.rows(range(start, stop))

    def rows(self, rows: range, columns: list[str] | None = None) -> pd.DataFrame:
        """The kept rows ``rows`` (of the file, from 0), all columns or ``columns``."""
        reader = pa.ipc.open_file(pa.memory_map(str(self.path)))
        ends = self.ends
        first, last = np.searchsorted(ends, [rows.start, rows.stop - 1], side="right").tolist()
        base = int(ends[first - 1]) if first else 0
        batches = [reader.get_batch(i) for i in range(first, last + 1)]
        table = pa.Table.from_batches(batches, schema=reader.schema)
        table = table.slice(rows.start - base, len(rows))
        frame = (table if columns is None else table.select(columns)).to_pandas()
        frame.index = pd.RangeIndex(rows.start, rows.stop)
        frame.attrs["b2x"] = self.meta
        return frame


class Keeper:
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

    def kept(self, meta: dict) -> KeptChunks | None:
        """What was kept, once the file is complete (None if nothing was): the chunks'
        ``attrs["b2x"]`` are ``meta``."""
        if self.path is None:
            return None
        return KeptChunks(self.path, np.cumsum(self._rows), meta)

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

    def __enter__(self) -> Keeper:
        return self

    def __exit__(self, *_: Any) -> None:
        for stream in (self._writer, self._sink):
            if stream is not None:
                stream.close()
        self._writer = self._sink = None


def whole_orders(
    chunks: Iterator[pd.DataFrame], order_header: str | None
) -> Iterator[pd.DataFrame]:
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

    yield from recut(chunks, last_order)


def safe_chunks(raws: Iterator[pd.DataFrame], safe_end: np.ndarray) -> Iterator[pd.DataFrame]:
    """The chunks read, joined and cut again so that each ends where no order continues."""

    def after_last_safe_end(frame: pd.DataFrame) -> int:
        ends = np.flatnonzero(safe_end[frame.index[0] : frame.index[-1] + 1])
        return int(ends[-1]) + 1 if len(ends) else 0

    return recut(raws, after_last_safe_end)


def halve_tail(
    chunks: Iterator[pd.DataFrame], safe_end: np.ndarray, tail: int
) -> Iterator[pd.DataFrame]:
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


def recut(
    raws: Iterator[pd.DataFrame], cut: Callable[[pd.DataFrame], int]
) -> Iterator[pd.DataFrame]:
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
