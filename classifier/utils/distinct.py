"""Distinct: do work once per distinct value of a column, then spread it back to the rows.

Exports repeat themselves — the same buyer on hundreds of lines, the same product in
thousands of orders — so parsing, matching and formatting run on a column's distinct
values and are joined back by position, never once per row.

A :class:`Memo` keeps a function's results by value from one call to the next, so a
file read in chunks matches a buyer or a product once, not once per chunk. It is
bounded, and a column whose values hardly repeat is not memoised at all: a file of
buyers seen once each would only fill it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from itertools import compress, count, repeat
from operator import is_
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

__all__ = [
    "Memo",
    "memo_of",
    "one_frame",
    "map_distinct",
    "map_distinct_keys",
    "apply_distinct",
    "distinct_values",
    "spread_values",
    "map_combinations",
    "combination_codes",
    "range_positions",
]

MEMO_LIMIT = 50_000  # values a memo keeps; beyond that it starts afresh


class Memo(dict):
    """A function's results by value, kept across calls (at most :data:`MEMO_LIMIT`)."""

    def results(self, uniques: Any, compute: Callable[[list], list], rows: int) -> list:
        """``compute(values)`` of the distinct ``uniques`` of a column of ``rows`` rows.

        Values met before are taken from the memo. When the distinct values are more
        than half the rows, they are computed and not kept.
        """
        if len(uniques) > rows // 2:
            return compute(list(uniques))
        if len(self) + len(uniques) > MEMO_LIMIT:
            self.clear()
        found = list(map(self.get, uniques, repeat(_UNSEEN)))
        new = list(compress(count(), map(is_, found, repeat(_UNSEEN))))
        if new:
            values = [uniques[i] for i in new]
            results = compute(values)
            self.update(zip(values, results, strict=True))
            for i, result in zip(new, results, strict=True):
                found[i] = result
        return found


_UNSEEN = object()
_MEMOS: dict[Any, Memo] = {}


def memo_of(func: Callable[[Any], Any]) -> Memo:
    """The process-wide memo of a function whose result depends on its argument alone."""
    return _MEMOS.setdefault(func, Memo())


def _factorize(values: pd.Series) -> tuple[np.ndarray, Any]:
    """``pd.factorize``; distinct text comes as an object array, far quicker to loop over.

    Within :func:`one_frame`, a text column's factorization is kept by the identity of
    its Arrow data, which never changes in place: rules that read the same column share
    one, and the same string objects, whose hashes Python keeps, go to every memo.
    """
    data = getattr(values.array, "_pa_array", None)  # Arrow-backed text: immutable
    kept = _FRAMES[-1] if _FRAMES and data is not None else None
    key = id(data)
    if kept is not None and key in kept and kept[key][0] is data:
        return kept[key][1:]
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    if isinstance(uniques.dtype, pd.StringDtype):
        uniques = uniques.to_numpy(dtype=object)
    if kept is not None:
        if len(kept) >= 16:  # a frame's text columns; older ones are let go
            kept.pop(next(iter(kept)))
        kept[key] = (data, codes, uniques)
    return codes, uniques


# the factorizations of the frame one_frame() works on; gone when its block ends
_FRAMES: list[dict[int, tuple[Any, np.ndarray, Any]]] = []


@contextmanager
def one_frame() -> Iterator[None]:
    """A block in which the text columns of one frame are factorized once, however many
    rules read them; the factorizations are let go when the outermost block ends.

    >>> with one_frame():
    ...     codes, uniques = distinct_values(pd.Series(["a", "b", "a"], dtype="string"))
    >>> codes.tolist(), len(_FRAMES)
    ([0, 1, 0], 0)
    """
    if _FRAMES:  # within a block already: its frame's columns are shared
        yield
        return
    _FRAMES.append({})
    try:
        yield
    finally:
        _FRAMES.clear()


def _apply(
    uniques: Any, func: Callable[[Any], Any], memo: Memo | None, rows: int, many: bool = False
) -> list:
    """``func`` of each distinct value; with ``many``, ``func`` takes the list of them."""
    compute = func if many else (lambda values: [func(v) for v in values])
    if memo is None:
        return compute(list(uniques))
    return memo.results(uniques, compute, rows)


def _spread(
    results: np.ndarray, codes: np.ndarray, index: pd.Index, text: bool = False
) -> pd.Series:
    """Per-distinct results back to rows; code -1 (a missing value) gives None.

    With ``text``, the results are strings or None, spread as Arrow text (``string``).
    """
    if text:
        table = pa.array(results, type=pa.large_string(), from_pandas=True)
        rows = table.take(pa.array(codes, mask=codes < 0))
        return pd.Series(pd.arrays.ArrowStringArray(rows), index=index)
    with_missing = np.empty(len(results) + 1, dtype=object)
    with_missing[:-1] = results
    with_missing[-1] = None
    return pd.Series(with_missing[codes], index=index, dtype=object)


def map_distinct(
    values: pd.Series,
    func: Callable[[Any], Any],
    memo: Memo | None = None,
    where: np.ndarray | None = None,
    text: bool = False,
) -> pd.Series:
    """``values.map(func)``, calling ``func`` once per distinct non-missing value.

    With a ``memo``, not even once per call for values it has seen. With a boolean
    ``where``, only the rows it marks are mapped; the others get None. With ``text``,
    ``func`` gives a string or None, and the result is Arrow text (``string``).

    >>> map_distinct(pd.Series(["a", None, "a", "b"]), str.upper).tolist()
    ['A', None, 'A', 'B']
    >>> rows = np.array([False, True, True])
    >>> map_distinct(pd.Series(["a", "b", "a"]), str.upper, where=rows).tolist()
    [None, 'B', 'A']
    """
    codes, uniques = _factorize(values)
    results = np.full(len(uniques), None, dtype=object)
    if where is None:
        results[:] = _apply(uniques, func, memo, len(values))
        return _spread(results, codes, values.index, text)
    codes = np.where(where, codes, -1)
    wanted = np.zeros(len(uniques) + 1, dtype=bool)
    wanted[codes] = True  # a code of -1 marks the last place, left out below
    needed = np.flatnonzero(wanted[:-1])
    if len(needed):
        results[needed] = _apply(uniques[needed], func, memo, int(where.sum()))
    return _spread(results, codes, values.index, text)


def map_distinct_keys(
    values: pd.Series,
    func: Callable[[Any], Mapping[str, Any]],
    keys: Iterable[str],
    memo: Memo | None = None,
    many: bool = False,
    hits_only: bool = False,
) -> dict[str, pd.Series]:
    """For a ``func`` returning a dict per value: one column per key, None where absent.

    With ``many``, ``func`` takes a list of values and returns their dicts. With
    ``hits_only``, a key no value has is left out rather than given a column of None.

    >>> cols = map_distinct_keys(pd.Series(["7707", None, "7707"]), lambda v: {"n": len(v)},
    ...                          ["n", "m"])
    >>> cols["n"].tolist(), cols["m"].tolist()
    ([4, None, 4], [None, None, None])
    >>> list(map_distinct_keys(pd.Series(["7707"]), lambda v: {"n": 1}, ["n", "m"], hits_only=True))
    ['n']
    """
    codes, uniques = _factorize(values)
    columns = {key: np.full(len(uniques), None, dtype=object) for key in keys}
    results = _apply(uniques, func, memo, len(values), many)
    hit: set[str] = set()
    for i in compress(count(), results):  # most values match nothing: only the hits
        for key, value in results[i].items():
            if key in columns:
                columns[key][i] = value
                hit.add(key)
    return {
        key: _spread(results, codes, values.index)
        for key, results in columns.items()
        if key in hit or not hits_only
    }


def apply_distinct(
    values: pd.Series,
    func: Callable[[pd.Series], pd.Series],
    memo: Memo | None = None,
    dtype: str | None = None,
) -> pd.Series:
    """A vectorised ``func`` (Series → Series) run on the distinct values only.

    Missing values stay missing; the result has ``func``'s dtype and ``values``' index.
    With a ``memo`` (and the result's ``dtype``), a text column's values met in an
    earlier call are not computed again.

    >>> apply_distinct(pd.Series(["1,5", "2", "1,5", None]),
    ...                lambda s: s.str.replace(",", ".").astype(float)).tolist()
    [1.5, 2.0, 1.5, nan]
    """
    codes, uniques = distinct_values(values)
    if memo is not None and isinstance(values.dtype, pd.StringDtype):
        texts = uniques.to_numpy(dtype=object)
        found = memo.results(
            texts, lambda new: func(pd.Series(new, dtype=values.dtype)).tolist(), len(values)
        )
        return spread_values(pd.Series(found, dtype=dtype), codes, values.index)
    return spread_values(func(uniques), codes, values.index)


def distinct_values(values: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Codes of a column's values (-1 where missing) and its distinct values, same dtype."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    return codes, pd.Series(uniques, dtype=values.dtype)


def spread_values(results: pd.Series, codes: np.ndarray, index: pd.Index) -> pd.Series:
    """Results per distinct value back to the rows; a code of -1 gives a missing value."""
    table = results.reset_index(drop=True).reindex(pd.RangeIndex(len(results) + 1))
    return table.take(codes).set_axis(index)


def map_combinations(func: Callable[..., Any], *columns: np.ndarray) -> np.ndarray:
    """``func(*values)`` once per distinct combination of the columns' values, per row.

    Missing values (None, NaN) take part in a combination as None.

    >>> map_combinations(lambda a, b: f"{a}{b}", np.array(["x", "y", "x"], dtype=object),
    ...                  np.array([1, 2, 1])).tolist()
    ['x1', 'y2', 'x1']
    """
    coded = [pd.factorize(column, use_na_sentinel=True) for column in columns]
    key, first = combination_codes(*(codes for codes, _ in coded))
    values = [np.append(np.asarray(uniques, dtype=object), None) for _, uniques in coded]
    results = np.empty(len(first), dtype=object)
    results[:] = [func(*(v[c[i]] for v, (c, _) in zip(values, coded, strict=True))) for i in first]
    return results[key]


def combination_codes(*codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One code per row for the distinct combinations of integer code columns (-1 allowed).

    Returns the combination codes (0, 1, ... in order of first appearance) and the
    first row of each combination.

    >>> key, first = combination_codes(np.array([0, 1, 0, -1]), np.array([2, 2, 2, 2]))
    >>> key.tolist(), first.tolist()
    ([0, 1, 0, 2], [0, 1, 3])
    """
    key = np.zeros(len(codes[0]), dtype=np.int64)
    for column in codes:
        key = pd.factorize(key * (int(column.max(initial=0)) + 2) + column + 1)[0]
    seen = np.maximum.accumulate(key) if len(key) else key
    first = np.flatnonzero(np.concatenate([[True], seen[1:] > seen[:-1]])) if len(key) else key
    return key, first


def range_positions(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The positions of the ranges ``[start, start + count)``, one range after the other:
    how what was found per distinct value is gathered for each row that has it.

    >>> range_positions(np.array([5, 0, 2]), np.array([2, 0, 3])).tolist()
    [5, 6, 2, 3, 4]
    """
    return np.repeat(starts - (np.cumsum(counts) - counts), counts) + np.arange(counts.sum())
