"""Workers: chunks labelled in forked worker processes, results back in input order.

A worker process is set up once (:func:`start_labelling`) with what every chunk needs —
the model and the run's :class:`~classifier.batch.label.ChunkPlan` — and then labels the
rows it is sent (:func:`label_in_worker`): a chunk's mapped columns, or the range of rows
it reads itself from the first pass's kept chunks. That state is the worker process's
own, set by the pool that starts it and gone with it; the main process never holds it.
"""

from __future__ import annotations

import concurrent.futures
import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pandas as pd
from threadpoolctl import threadpool_limits

from classifier.batch.chunks import KeptChunks
from classifier.batch.label import ChunkLabels, ChunkPlan, label_chunk
from classifier.batch.memory import reuse_freed_memory
from classifier.exceptions import ClassifierError
from classifier.model.saved import Model

__all__ = ["WorkerState", "start_labelling", "label_in_worker", "pool", "in_order", "row_range"]


@dataclass(frozen=True)
class WorkerState:
    """What a worker process labels every chunk with, sent to it once."""

    model: Model
    plan: ChunkPlan
    kept: KeptChunks | None = None  # where it reads the rows it is sent as a range


_STATE: list[WorkerState] = []  # this worker process's state; empty in the main process


def start_labelling(state: WorkerState) -> None:
    """Set up a worker process: ``state`` for :func:`label_in_worker`, and the process
    tuned for a long run of chunks."""
    _STATE[:] = [state]
    # what a forked worker starts with (model, vocabularies, the file's context) lives for
    # the whole run: the cycle collector need not walk it again, nor write to its pages
    gc.freeze()
    reuse_freed_memory()
    # one of ``jobs`` processes sharing the cores: threads of its own for BLAS would only
    # spin on a core another worker needs (OpenBLAS's idle threads busy-wait)
    threadpool_limits(1)


def label_in_worker(rows: pd.DataFrame | range) -> ChunkLabels:
    """:func:`~classifier.batch.label.label_chunk` of a chunk's mapped columns, or of the
    kept rows ``rows`` names, with the state :func:`start_labelling` set."""
    state = _STATE[0]
    if isinstance(rows, range):
        rows = state.kept.rows(rows, state.plan.columns.headers)
    return label_chunk(rows, state.model, state.plan)


@contextmanager
def pool(
    jobs: int, initializer: Callable[..., None] | None = None, initargs: tuple = ()
) -> Iterator[concurrent.futures.Executor | None]:
    """``jobs`` forked worker processes, each set up by ``initializer(*initargs)``, or None
    for one job."""
    if jobs <= 1:
        yield None
        return
    context = multiprocessing.get_context("fork")
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


def row_range(chunk: pd.DataFrame) -> range:
    """The rows of the file a chunk holds (its running index)."""
    return range(int(chunk.index[0]), int(chunk.index[0]) + len(chunk))


def in_order(
    chunks: Iterator[pd.DataFrame],
    columns: list[str],
    work: Callable[..., Any],
    args: tuple,
    pool: concurrent.futures.Executor | None,
    jobs: int,
    send: Callable[[pd.DataFrame], Any] | None = None,
) -> Iterator[tuple[pd.DataFrame, Any]]:
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
