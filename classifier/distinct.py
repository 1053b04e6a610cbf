"""Distinct: do work once per distinct value of a column, then spread it back to the rows.

Exports repeat themselves — the same buyer on hundreds of lines, the same product in
thousands of orders — so parsing, matching and formatting run on a column's distinct
values and are joined back by position, never once per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["map_distinct", "map_distinct_keys", "apply_distinct", "map_combinations"]


def _spread(results: np.ndarray, codes: np.ndarray, index: pd.Index) -> pd.Series:
    """Per-distinct results back to rows; code -1 (a missing value) gives None."""
    with_missing = np.empty(len(results) + 1, dtype=object)
    with_missing[:-1] = results
    with_missing[-1] = None
    return pd.Series(with_missing[codes], index=index, dtype=object)


def map_distinct(values: pd.Series, func: Callable[[Any], Any]) -> pd.Series:
    """``values.map(func)``, calling ``func`` once per distinct non-missing value.

    >>> map_distinct(pd.Series(["a", None, "a", "b"]), str.upper).tolist()
    ['A', None, 'A', 'B']
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    results = np.empty(len(uniques), dtype=object)
    results[:] = [func(u) for u in uniques]
    return _spread(results, codes, values.index)


def map_distinct_keys(
    values: pd.Series, func: Callable[[Any], dict[str, Any]], keys: Iterable[str]
) -> dict[str, pd.Series]:
    """For a ``func`` returning a dict per value: one column per key, None where absent.

    >>> cols = map_distinct_keys(pd.Series(["7707", None, "7707"]), lambda v: {"n": len(v)},
    ...                          ["n", "m"])
    >>> cols["n"].tolist(), cols["m"].tolist()
    ([4, None, 4], [None, None, None])
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    found = [func(u) or {} for u in uniques]
    out = {}
    for key in keys:
        results = np.empty(len(uniques), dtype=object)
        results[:] = [d.get(key) for d in found]
        out[key] = _spread(results, codes, values.index)
    return out


def apply_distinct(values: pd.Series, func: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """A vectorised ``func`` (Series → Series) run on the distinct values only.

    Missing values stay missing; the result has ``func``'s dtype and ``values``' index.

    >>> apply_distinct(pd.Series(["1,5", "2", "1,5", None]),
    ...                lambda s: s.str.replace(",", ".").astype(float)).tolist()
    [1.5, 2.0, 1.5, nan]
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    result = func(pd.Series(uniques, dtype=values.dtype)).reset_index(drop=True)
    spread = result.reindex(pd.RangeIndex(-1, len(uniques))).iloc[codes + 1]
    spread.index = values.index
    return spread


def map_combinations(func: Callable[..., Any], *columns: np.ndarray) -> np.ndarray:
    """``func(*values)`` once per distinct combination of the columns' values, per row.

    Missing values (None, NaN) take part in a combination as None.

    >>> map_combinations(lambda a, b: f"{a}{b}", np.array(["x", "y", "x"], dtype=object),
    ...                  np.array([1, 2, 1])).tolist()
    ['x1', 'y2', 'x1']
    """
    code = np.zeros(len(columns[0]), dtype=np.int64)
    values = []
    for column in columns:
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        code = pd.factorize(code * (len(uniques) + 1) + codes + 1)[0]
        values.append(np.append(np.asarray(uniques, dtype=object), None)[codes])
    _, first = np.unique(code, return_index=True)
    results = np.empty(len(first), dtype=object)
    results[:] = [func(*(v[i] for v in values)) for i in first]
    return results[code]
