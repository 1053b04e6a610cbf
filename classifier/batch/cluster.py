"""Cluster: the same chunk function over a Dask DataFrame, for files beyond one machine.

``b2x classify --engine dask INPUT`` reads a file, a glob or a folder of CSV or
Parquet files as a Dask DataFrame and labels it partition by partition with
:func:`classifier.batch.label.label_chunk` — the function every chunk of a local run
goes through. What a partition cannot see alone is computed as Dask aggregations, on
the workers, from what the local engine's first pass measures of each chunk
(:func:`~classifier.batch.keys.chunk_keys`): the decimal mark, orders per buyer, and
the longest order. Each partition is labelled with
that many rows of its neighbours on both sides (``map_overlap``), so every order is
whole while its rows are labelled, and the output equals a single-process run.

Dask is an optional extra: ``pip install "b2x[dask]"``.
"""

from __future__ import annotations

import glob
from collections import deque
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from classifier.batch.keys import chunk_keys
from classifier.batch.label import ChunkPlan, label_chunk
from classifier.cells import decimal_counts, decimal_from_counts
from classifier.columns import NUMBER_FIELDS, ColumnMap, key_columns
from classifier.config import OUTPUT_COLUMNS, PROBA_COLUMNS
from classifier.context import FileContext
from classifier.exceptions import ClassifierError, InputError
from classifier.fields import map_columns
from classifier.files.read import csv_dialect
from classifier.files.write import LabelledWriter
from classifier.model.saved import Model
from classifier.pipeline import attach
from classifier.profile import SAMPLE_ROWS
from classifier.rules.base import RuleSet

__all__ = ["classify_dask", "read_dask", "blocksize_for"]

MAX_ORDER_LINES = 10_000  # an order longer than this cannot be labelled across partitions
# CSV blocks by default: about four a worker, so that every worker has work and one that
# finishes early takes another, but no smaller than 1 MB (a partition's own cost) and no
# larger than 64 MB (a worker's memory; Dask's own default)
BLOCKS_PER_WORKER = 4
SMALLEST_BLOCK, LARGEST_BLOCK = 1 << 20, 64 << 20


def _dask() -> Any:
    try:
        import dask.dataframe as dd
    except ImportError as e:  # pragma: no cover - depends on the extra
        raise ClassifierError(
            'The Dask engine needs the dask extra: pip install "b2x[dask]".'
        ) from e
    return dd


def _files(source: str | Path) -> list[str]:
    """The CSV or Parquet files a path, a glob or a folder names."""
    source = str(source)
    if Path(source).is_dir():
        folder = Path(source)
        found = sorted(glob.glob(str(folder / "*.csv")) + glob.glob(str(folder / "*.parquet")))
    else:
        found = sorted(glob.glob(source))
    if not found:
        raise InputError(f"'{source}' names no CSV or Parquet file.")
    return found


def blocksize_for(
    files: list[str], workers: int, blocksize: str | int | None = "auto"
) -> int | None:
    """The bytes of each CSV block: ``blocksize`` as given (``"16MB"``, bytes, or None for
    one block a file), or for ``"auto"`` the files' size shared in :data:`BLOCKS_PER_WORKER`
    blocks a worker, between :data:`SMALLEST_BLOCK` and :data:`LARGEST_BLOCK`.

    >>> blocksize_for([], 2, "16MB"), blocksize_for([], 2, None)
    (16000000, None)

    Raises
    ------
    InputError
        ``blocksize`` is not a size.
    """
    from dask.utils import parse_bytes

    if blocksize is None:
        return None
    if blocksize != "auto":
        try:
            size = parse_bytes(blocksize)
        except (ValueError, TypeError):
            size = 0
        if size <= 0:
            raise InputError(
                f"--blocksize must be a size such as 64MB, or auto. Got {blocksize!r} instead."
            )
        return size
    total = sum(Path(f).stat().st_size for f in files)
    share = -(-total // (max(workers, 1) * BLOCKS_PER_WORKER))
    return int(min(max(share, SMALLEST_BLOCK), LARGEST_BLOCK))


def read_dask(
    source: str | Path, blocksize: str | int | None = "auto", workers: int = 2
) -> tuple[Any, dict[str, Any]]:
    """A Dask DataFrame of an export (cells as text, as :func:`classifier.read_orders`
    reads them) and how it was read.

    A CSV file is read in blocks of ``blocksize`` (:func:`blocksize_for`), so that one
    large file is shared among ``workers``.
    """
    dd = _dask()
    files = _files(source)
    blocksize = blocksize_for(files, workers, blocksize)
    if all(f.endswith(".parquet") for f in files):
        return dd.read_parquet(files), {"format": "parquet", "source": str(source)}
    dialect = csv_dialect(Path(files[0]))
    frame = dd.read_csv(
        files,
        sep=dialect["delimiter"],
        encoding=dialect["encoding"],
        dtype=str,
        keep_default_na=False,
        skiprows=dialect["header"],
        blocksize=blocksize,
    )
    return frame, {
        "format": "csv",
        "source": str(source),
        "encoding": dialect["encoding"],
        "delimiter": dialect["delimiter"],
    }


def _context(frame: Any, colmap: ColumnMap, delimiter: str | None) -> tuple[FileContext, int]:
    """Decimal mark, orders per buyer and the longest order, as Dask aggregations."""
    import dask

    keys, subset = key_columns(colmap)
    numbers = [colmap.fields[f] for f in NUMBER_FIELDS if f in colmap.fields]

    def counts(part: pd.DataFrame) -> pd.DataFrame:
        comma, dot = decimal_counts([part[c] for c in numbers])
        return pd.DataFrame({"comma": [comma], "dot": [dot]})

    def pairs(part: pd.DataFrame) -> pd.DataFrame:
        # who buys and which order, as the local engine's first pass finds them
        return chunk_keys(part.reset_index(drop=True), subset)[0]

    marks = frame[keys].map_partitions(counts, meta={"comma": "i8", "dot": "i8"}).sum()
    visits = frame[keys].map_partitions(pairs, meta={"key": "u8", "visit": "u8"})
    per_buyer = visits.drop_duplicates().groupby("key")["visit"].size()
    order = colmap.fields.get("order_id")
    longest = frame[order].replace("", np.nan).dropna().value_counts().max() if order else 1
    marks, per_buyer, longest = dask.compute(marks, per_buyer, longest)
    comma, dot = int(marks["comma"]), int(marks["dot"])
    decimal = decimal_from_counts(comma, dot, delimiter)
    return FileContext(decimal, per_buyer), int(longest if longest == longest else 1)


def classify_dask(
    source: str | Path,
    output: str | Path,
    model: Model,
    *,
    rules: RuleSet | None = None,
    columns: dict[str, str] | None = None,
    lang: str = "en",
    scheduler: str | None = None,
    workers: int = 2,
    blocksize: str | int | None = "auto",
) -> Path:
    """Label an export on a Dask cluster; see the module docstring.

    ``scheduler`` is the address of a running cluster (``tcp://host:8786``); without
    it a local cluster of ``workers`` processes is started and closed. A CSV input is read
    in blocks of ``blocksize`` (:func:`blocksize_for`: by default about four a worker, at
    most 64 MB), each a partition, labelled with its neighbours' rows around it so that
    an order cut by a block's edge is labelled whole. ``output`` is
    one file (.csv, .xlsx, .parquet), written in input order as partitions finish, or
    a folder (a path without a suffix), which receives one Parquet part per partition.
    """
    import logging

    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.ERROR)

    frame, meta = read_dask(source, blocksize, workers)
    # the first partition's first rows choose the columns, as the first rows of a file do
    colmap = map_columns(frame.head(SAMPLE_ROWS, npartitions=1), columns, name=str(source))
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    client = Client(scheduler or cluster)
    try:
        context, longest = _context(frame, colmap, meta.get("delimiter"))
        if longest > MAX_ORDER_LINES:
            raise InputError(
                f"'{source}': an order has {longest} lines; the Dask engine labels orders of "
                f"up to {MAX_ORDER_LINES} lines. Use the local engine for this file."
            )
        mapped = colmap.headers

        def label(part: pd.DataFrame, model: Model, plan: ChunkPlan) -> pd.DataFrame:
            own = part.reset_index(drop=True)
            own.attrs = {"b2x": meta}
            out = label_chunk(own[mapped], model, plan).attach_to(own)
            out.index = part.index
            return _typed(out)

        out_meta = _typed(attach(frame._meta, _empty_labels()))
        # the model and the run's plan go to each worker once, not in every task
        plan = ChunkPlan(colmap, context, rules, lang)
        shared = client.scatter([model, plan], broadcast=True, hash=False)
        labelled = frame.map_overlap(label, longest, longest, *shared, meta=out_meta)
        target = Path(output)
        if not target.suffix:
            # zero-padded part names, so that a folder read sorts parts in input order
            labelled.to_parquet(str(target), name_function=lambda i: f"part-{i:05d}.parquet")
            return target
        decimal = context.decimal if meta.get("format") == "csv" else None
        with LabelledWriter(target, like=meta, decimal=decimal) as writer:
            # a window of partitions in flight, written in input order as each is done:
            # a worker that finishes takes the next partition while this one is written
            parts = labelled.to_delayed()
            window = 2 * max(workers, 1)
            pending = deque(client.compute(parts[:window]))
            for part in parts[window:]:
                writer.write(pending.popleft().result())
                pending.append(client.compute(part))
            while pending:
                writer.write(pending.popleft().result())
        return target
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns as pandas strings, so Parquet parts get a string schema."""
    for column in frame.columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].astype("string")
    return frame


def _empty_labels() -> pd.DataFrame:
    dtypes = {
        "label": object,
        "confidence": float,
        "ambiguous": bool,
        "reasons": object,
        **dict.fromkeys(PROBA_COLUMNS, float),
    }
    return pd.DataFrame({c: pd.Series(dtype=dtypes[c]) for c in OUTPUT_COLUMNS})
