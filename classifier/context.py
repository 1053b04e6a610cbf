"""Context: what a chunk of a file needs to know about the whole file.

A file classified in chunks must label each row exactly as it would be labelled
with the whole file in memory. Two things reach beyond a chunk: how the file
writes its numbers (the decimal mark), and how many orders each buyer placed
across the file (repeat orders). The first pass over a file (:mod:`classifier.batch.local`)
measures both; a whole frame in memory measures them itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = ["FileContext"]


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
