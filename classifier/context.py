"""Context: what a chunk of a file needs to know about the whole file.

A file classified in chunks must label each row exactly as it would be labelled
with the whole file in memory. Two things reach beyond a chunk: how the file
writes its numbers (the decimal mark), and how many orders each buyer placed
across the file (repeat orders). The first pass over a file (:mod:`classifier.batch`)
measures both; a whole frame in memory measures them itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = ["FileContext", "buyer_visits", "count_orders", "text_hashes"]


@dataclass(frozen=True)
class FileContext:
    """File-wide facts: the decimal mark and how many orders each row's buyer placed.

    The orders are counted per buyer (``buyer_orders``, by key hash) or, where the
    first pass could, given for each row (``row_orders``, by the row's position in
    the file), so that a chunk need not work out its buyers' keys again.
    """

    decimal: str | None = None
    buyer_orders: pd.Series | None = None  # uint64 buyer-key hash → distinct orders
    row_orders: np.ndarray | None = None  # row position in the file → its buyer's orders


def buyer_visits(keys: pd.Series, visits: pd.Series) -> pd.DataFrame:
    """Distinct (buyer key, order) pairs as hashes, the rows :func:`count_orders` counts.

    ``keys`` identifies the buyer (tax ID, else e-mail, else name) and ``visits`` the
    order (its id, else its date); rows missing either are left out.
    """
    both = keys.notna() & visits.notna()
    pairs = pd.DataFrame({"key": text_hashes(keys[both]), "visit": text_hashes(visits[both])})
    return pairs.drop_duplicates()


def text_hashes(values: pd.Series) -> np.ndarray:
    """The hash of each value's text (uint64): how buyers and orders are counted.

    Worked out once per distinct value; a missing value's hash is 0.

    >>> h = text_hashes(pd.Series(["a", None, "a"], dtype="string"))
    >>> bool(h[0] == h[2] != 0), int(h[1])
    (True, 0)
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    if isinstance(uniques.dtype, pd.StringDtype):  # text already: no str() of each value
        text = uniques.to_numpy(dtype=object)
    else:
        text = np.asarray(pd.Series(uniques, dtype=object).astype(str), dtype=object)
    return np.append(pd.util.hash_array(text, categorize=False), np.uint64(0))[codes]


def count_orders(pairs: pd.DataFrame) -> pd.Series:
    """Distinct orders per buyer-key hash, from :func:`buyer_visits` of one or more chunks."""
    if pairs.empty:
        return pd.Series(dtype=np.int64)
    return pairs.drop_duplicates().groupby("key")["visit"].size()
