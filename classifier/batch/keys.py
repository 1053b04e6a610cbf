"""Keys: who buys and which order, row by row, as hashes, for the first pass over a file.

The first pass (:mod:`classifier.batch.local`) needs of each chunk only each row's buyer
key and order, hashed as :func:`classifier.identity.buyer_visits` hashes them. They
are the keys :func:`classifier.columns.canonical` and
:func:`classifier.identity.buyer_key` give, found here with less work: every
cell is read once per distinct value and the rows are handled as integer codes of
those values; numbers, currencies and the other fields are not read at all, and
dates only on rows without an order id, where the order is known by its date.

A chunk whose key columns are not all text (a Parquet file's numbers or dates)
takes the long way through :func:`~classifier.columns.canonical`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from classifier.cells import parse_dates, text_cells
from classifier.columns import (
    NUMBER_FIELDS,
    ColumnMap,
    canonical,
    clean_buyers,
    detailed_buyers,
    details_in_buyer,
    first_in_order,
    mixed_orders,
    tax_part,
)
from classifier.identity import buyer_key, buyer_keys, buyer_visits, order_visits, text_hashes
from classifier.utils.distinct import distinct_values, one_frame

__all__ = ["chunk_keys"]

_NONE = np.uint64(0)  # the hash a missing value is given here; only ever masked out


def chunk_keys(
    chunk: pd.DataFrame, columns: ColumnMap
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """A chunk's distinct (buyer key, order) hash pairs; each row's order and buyer-key hash.

    Parameters
    ----------
    chunk : DataFrame
        Rows of a file, holding at least the headers ``columns`` names for the buyer,
        tax ID, e-mail, order id and order date.
    columns : ColumnMap
        Which header feeds each field.

    Returns
    -------
    visits : DataFrame
        :func:`~classifier.identity.buyer_visits` of the chunk's canonical fields.
    order_hash : ndarray of uint64
        The hash of each row's order id, 0 where it has none.
    key_hash : ndarray of uint64
        The hash of each row's buyer key, 0 where it has none.
    """
    with one_frame():  # each key column factorized once
        return _chunk_keys(chunk, columns)


def _chunk_keys(
    chunk: pd.DataFrame, columns: ColumnMap
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """:func:`chunk_keys` within one frame's factorizations."""
    wanted = [
        columns.fields[f]
        for f in ("buyer", "tax_id", "email", "order_id", "order_date")
        if f in columns.fields
    ]
    if not all(isinstance(chunk[h].dtype, pd.StringDtype) for h in wanted):
        return _chunk_keys_canonical(chunk, columns)
    order, order_text = _field(chunk, columns, "order_id")
    order, order_text = _order_with_buyer(chunk, columns, order, order_text)
    key, has_key = _key_hash(chunk, columns, order)
    order_hashes = _hashes(order_text)
    visit = order_hashes[order]
    has_visit = order >= 0
    if "order_date" in columns.fields:
        dated = np.flatnonzero(order < 0)  # a row without an order id is known by its date
        date, date_text = _dates(chunk[columns.fields["order_date"]].iloc[dated])
        visit[dated] = _hashes(date_text)[date]
        has_visit[dated] = date >= 0
    both = has_key & has_visit
    pairs = pd.DataFrame({"key": key[both], "visit": visit[both]}).drop_duplicates()
    return pairs, np.where(order >= 0, visit, _NONE), key  # key: 0 where a row has none


def _chunk_keys_canonical(
    chunk: pd.DataFrame, columns: ColumnMap
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """:func:`chunk_keys` through the whole of :func:`~classifier.columns.canonical`."""
    who = ColumnMap({f: h for f, h in columns.fields.items() if f not in NUMBER_FIELDS}, {}, ())
    canon = canonical(chunk, who, decimal=".")
    key = buyer_key(canon)
    visits = buyer_visits(key, order_visits(canon))
    # 0 where a row has no order id, no buyer key
    return visits, text_hashes(canon["order_id"]), text_hashes(key.mask(key.eq("")))


def _order_with_buyer(
    chunk: pd.DataFrame, columns: ColumnMap, order: np.ndarray, order_text: pd.Series
) -> tuple[np.ndarray, pd.Series]:
    """Order codes and texts as :func:`~classifier.columns.order_with_buyer` makes them of
    the cleaned buyer names; only orders whose buyer cells differ are cleaned and looked at.
    Kept equal to the canonical path by ``tests/test_keys.py``."""
    buyer, buyer_text = _field(chunk, columns, "buyer")
    maybe = mixed_orders(order, buyer)
    if not maybe.any():
        return order, order_text
    rows = np.isin(order, np.unique(order[maybe]))
    codes, names = _subset(buyer, buyer_text, rows)
    codes, names = _recode(codes, clean_buyers(names, detailed_buyers(names)))
    mixed = mixed_orders(np.where(rows, order, -1), codes)
    if not mixed.any():
        return order, order_text
    text = pd.Series(np.append(order_text.to_numpy(object), None)[order], dtype="string")
    named = pd.Series(np.append(names.to_numpy(object), None)[codes], dtype="string")
    text = text.where(~mixed, text + " · " + named)
    codes, uniques = pd.factorize(text, use_na_sentinel=True)
    return codes, pd.Series(uniques, dtype="string")


def _recode(codes: np.ndarray, values: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Codes into ``values`` as codes into its distinct non-missing values (-1 where missing).

    ``values`` is what each code stands for after some work on it (two codes may now
    stand for the same text, or for none).
    """
    value_codes, uniques = distinct_values(values)
    return np.append(value_codes, -1)[codes], uniques.reset_index(drop=True)


def _field(chunk: pd.DataFrame, columns: ColumnMap, field: str) -> tuple[np.ndarray, pd.Series]:
    """A text field's codes (-1 where missing or absent) and distinct canonical values."""
    if field not in columns.fields:
        return np.full(len(chunk), -1, dtype=np.intp), pd.Series([], dtype="string")
    # joined columns (a receipt's time and number, a first and a last name) as canonical joins them
    cells = (
        columns.column(chunk, field) if field in columns.joined else chunk[columns.fields[field]]
    )
    codes, uniques = distinct_values(cells)
    return _recode(codes, text_cells(uniques))


def _subset(codes: np.ndarray, values: pd.Series, rows: np.ndarray) -> tuple[np.ndarray, pd.Series]:
    """Codes of the ``rows`` only (-1 elsewhere) into the distinct ``values`` those rows use."""
    wanted = np.where(rows, codes, -1)
    used = np.unique(wanted[wanted >= 0])
    position = np.full(len(values) + 1, -1, dtype=np.intp)
    position[used] = np.arange(len(used))
    return position[wanted], values.iloc[used].reset_index(drop=True)


def _joined(
    codes: np.ndarray, values: pd.Series, other_codes: np.ndarray, other: pd.Series
) -> tuple[np.ndarray, pd.Series]:
    """Codes into ``values``, else (where -1) into ``other``, as codes into both, one table."""
    codes = np.where(codes >= 0, codes, np.where(other_codes >= 0, other_codes + len(values), -1))
    return codes, pd.concat([values, other], ignore_index=True)


def _tax(chunk: pd.DataFrame, columns: ColumnMap) -> tuple[np.ndarray, pd.Series]:
    """Tax ID codes and values, as ``canonical`` reads them, before an order's gaps are filled.

    A row without a tax ID takes the one its buyer cell names, as
    :func:`~classifier.columns.canonical` takes buyer details apart.
    """
    tax, tax_text = _field(chunk, columns, "tax_id")
    buyer, buyer_text = _field(chunk, columns, "buyer")
    buyer, buyer_text = _subset(buyer, buyer_text, tax < 0)
    found = details_in_buyer(detailed_buyers(buyer_text), "tax_id")
    tax, tax_text = _joined(tax, tax_text, buyer, found.astype("string"))
    return _recode(tax, tax_part(tax_text, 0).astype("string"))


def _buyers(
    chunk: pd.DataFrame, columns: ColumnMap, order: np.ndarray, rows: np.ndarray
) -> tuple[np.ndarray, pd.Series]:
    """Buyer codes and names of the ``rows`` (-1 elsewhere), as ``canonical`` reads them.

    A buyer cleaned to nothing takes the first buyer of its order; so the buyers of the
    orders where that happens are read too.
    """
    buyer, buyer_text = _field(chunk, columns, "buyer")

    def cleaned(rows: np.ndarray) -> tuple[np.ndarray, pd.Series]:
        codes, text = _subset(buyer, buyer_text, rows)
        return _recode(codes, clean_buyers(text, detailed_buyers(text)))

    codes, names = cleaned(rows)
    if "order_id" in columns.fields:
        gaps = rows & (codes < 0) & (order >= 0)
        if gaps.any():
            codes, names = cleaned(rows | np.isin(order, order[gaps]))
            codes = _fill_in_order(codes, order)
    return np.where(rows, codes, -1), names


def _fill_in_order(codes: np.ndarray, order: np.ndarray) -> np.ndarray:
    """A value missing on a line of an order: the order's first value, as ``canonical`` fills."""
    gaps = (codes < 0) & (order >= 0)
    if not gaps.any():
        return codes
    first = first_in_order(codes >= 0, order)
    return np.where(gaps & (first >= 0), codes[first], codes)


def _hashes(values: pd.Series) -> np.ndarray:
    """Hash of each value as :func:`~classifier.identity.buyer_visits` hashes it, and a last 0.

    The last entry is what a code of -1 (a missing value) picks.
    """
    return np.append(text_hashes(values), _NONE)


def _key_hash(
    chunk: pd.DataFrame, columns: ColumnMap, order: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Each row's buyer-key hash (tax ID, else e-mail, else name) and whether it has a key.

    The keys are :func:`~classifier.identity.buyer_keys` of the canonical fields
    after an order's gaps are filled; a kind is looked at only on rows the ones
    before it leave without a key.
    """
    fill = "order_id" in columns.fields
    tax, tax_text = _tax(chunk, columns)
    email, email_text = _field(chunk, columns, "email")
    if fill:  # lines of an order share its buyer details
        tax, email = _fill_in_order(tax, order), _fill_in_order(email, order)
    hash_ = np.zeros(len(chunk), dtype=np.uint64)
    found = np.zeros(len(chunk), dtype=bool)
    for kind in ("tax_id", "email", "buyer"):
        left = ~found
        if not left.any():
            break
        if kind == "tax_id":
            codes, text = _subset(tax, tax_text, left)
        elif kind == "email":
            codes, text = _subset(email, email_text, left)
        else:
            codes, text = _buyers(chunk, columns, order, left)
        keys = buyer_keys(
            pd.DataFrame(
                {k: text if k == kind else _none(len(text)) for k in ("tax_id", "email", "buyer")}
            )
        )
        name = "name" if kind == "buyer" else kind
        key = keys[name]
        has = np.append(key.notna().to_numpy(dtype=bool), False)[codes]
        # the key as buyer_key writes it, kind:value
        hash_[has] = _hashes(name + ":" + key)[codes[has]]
        found |= has
    return hash_, found


def _none(rows: int) -> pd.Series:
    """A text column of ``rows`` missing values."""
    return pd.Series(pd.NA, index=pd.RangeIndex(rows), dtype="string")


def _dates(values: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Codes of the order dates and their distinct texts, as ``order_visits`` writes them.

    :func:`~classifier.cells.parse_dates` reads text into dates without a time of
    day, which are written alike whether few or many are written together.
    """
    codes, uniques = distinct_values(values)
    dates = parse_dates(text_cells(uniques)).astype("datetime64[ns]")
    return _recode(codes, dates.astype("string"))
