"""Volume: quantity against a household norm, order amount, order size, repeat orders.

Thresholds are in ``data/volume.toml``; household norms per product class in
``data/product_classes.csv``. Order and buyer aggregates are computed over the
whole frame given, so repeat orders are seen across the file.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from classifier.context import FileContext
from classifier.identity import (
    buyer_key,
    buyer_visits,
    count_orders,
    order_codes,
    order_visits,
    text_hashes,
)
from classifier.rules.base import RuleSet, map_distinct
from classifier.vocabulary import read_toml

__all__ = ["evidence", "units"]


def units(canon: pd.DataFrame) -> pd.Series:
    """Units bought on each line, counted as sold: a pack is one unit.

    LABELING.md: goods sold in packs are counted in packs against what a household
    buys (one box of 50 masks is one box).
    """
    return canon["quantity"]


def _format_number(x: float) -> str:
    """A quantity or amount as a reason shows it, thousands apart.

    Read cells are finite, but a product or sum of them may overflow a float:
    that one is written as more than any float, not as an error.

    >>> _format_number(1234567.0), _format_number(2.5), _format_number(float("inf"))
    ('1 234 567', '2.50', '∞')
    """
    if not np.isfinite(x):
        return "∞" if x > 0 else "-∞"
    return f"{x:,.0f}".replace(",", " ") if x == int(x) else f"{x:,.2f}".replace(",", " ")


def evidence(
    canon: pd.DataFrame,
    found: dict[str, pd.Series],
    ruleset: RuleSet,
    context: FileContext | None = None,
) -> dict[str, pd.Series]:
    """Volume evidence of a canonical frame.

    Repeat orders are counted over the whole file: from ``context`` when the frame
    is one chunk of it, else over the frame itself.
    """
    table = read_toml("volume.toml")
    norm = canon["household_norm"]
    qty = canon["units"]
    # goods only businesses buy have no household norm: product_business speaks for them
    business_goods = canon["product_use"].eq("business").fillna(False).astype(bool)
    bulk = qty.gt(norm) & ~business_goods
    orders = order_codes(canon)
    order_amount = canon["amount"].groupby(orders).transform("sum", min_count=1)
    order_amount.index = canon.index
    limits = table["large_amount"]
    limit = map_distinct(canon["currency"], limits.get).astype(float)
    limit = limit.fillna(float(limits["default"]))
    large = order_amount.ge(limit)
    lines = pd.Series(np.bincount(orders)[orders], index=canon.index)
    many = canon["order_id"].notna() & lines.ge(table["many_lines"])
    anonymous = found["anonymous_buyer"].notna() if "anonymous_buyer" in found else False
    if context is not None and context.row_orders is not None:
        n_orders = pd.Series(context.row_orders[canon.index.to_numpy()], index=canon.index)
    else:
        key = buyer_key(canon)
        counts = (
            context.buyer_orders
            if context is not None and context.buyer_orders is not None
            else count_orders(buyer_visits(key, order_visits(canon)))
        )
        key_hash = pd.Series(text_hashes(key), index=key.index)
        n_orders = key_hash.map(counts).where(key.ne("")).fillna(0).astype(int)
    repeated = n_orders.ge(table["repeat_orders"]) & ~anonymous
    return {
        "quantity_bulk": _texts(
            bulk,
            lambda q, n: f"{_format_number(q)} (a household buys up to {_format_number(n)})",
            qty,
            norm,
        ),
        "amount_large": _texts(
            large,
            lambda a, c: f"{_format_number(a)} {c}".strip(),
            order_amount,
            canon["currency"].fillna(""),
        ),
        "many_lines": _texts(many, str, lines),
        "repeat_buyer": _texts(repeated, str, n_orders),
    }


def _texts(mask: pd.Series, make: Callable[..., str], *columns: pd.Series) -> pd.Series:
    """Evidence texts on the rows of ``mask``, once per distinct combination; None elsewhere."""
    out = pd.Series(None, index=mask.index, dtype=object)
    if mask.any():
        rows = pd.DataFrame({i: c[mask] for i, c in enumerate(columns)})
        keys = pd.util.hash_pandas_object(rows, index=False).to_numpy()
        _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        values = rows.to_numpy(dtype=object)
        texts = np.array([make(*values[i]) for i in first], dtype=object)
        out[mask] = texts[inverse.ravel()]
    return out
