"""Identity: who buys and which order — the one buyer key and the one order key.

A buyer is known by its tax ID's digits, else its e-mail (case-folded), else its
normalised name (:func:`buyer_keys`), written as one key ``kind:value``
(:func:`buyer_key`). An order is its ``order_id``, a row without one an order of its
own (:func:`order_keys`, :func:`order_codes`); for counting a buyer's orders, a row
without an order id is known by its date (:func:`order_visits`). Repeat orders are
counted on hashes of both (:func:`buyer_visits`, :func:`count_orders`), the same in
a whole frame, in each chunk of a file's first pass (:mod:`classifier.batch.keys`)
and on a Dask cluster.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from classifier.utils.distinct import apply_distinct, map_distinct, memo_of

__all__ = [
    "buyer_keys",
    "buyer_key",
    "buyer_key_of",
    "BUYER_KINDS",
    "order_keys",
    "order_codes",
    "order_visits",
    "buyer_visits",
    "text_hashes",
    "count_orders",
]

BUYER_KINDS = ("tax_id", "email", "name")  # in the order a buyer is known by them
_NOT_DIGIT = re.compile(r"\D")
_NOT_WORDS = re.compile(r"[^\w]+")


def buyer_keys(canon: pd.DataFrame) -> dict[str, pd.Series]:
    """The ways a buyer is known: tax ID digits, e-mail, and normalised name.

    >>> frame = pd.DataFrame({"tax_id": ["77 0708 3893", None], "email": [None, "A@x.ru"],
    ...                       "buyer": ["ООО «Ромашка»", " ООО  Ромашка "]})
    >>> keys = buyer_keys(frame)
    >>> keys["tax_id"].tolist(), keys["email"].tolist(), keys["name"].tolist()
    (['7707083893', <NA>], [<NA>, 'a@x.ru'], ['ооо ромашка', 'ооо ромашка'])
    """
    tax = apply_distinct(
        canon["tax_id"].astype("string"),
        lambda s: s.str.replace(r"\D", "", regex=True).replace("", pd.NA),
    )
    email = apply_distinct(canon["email"].astype("string"), lambda s: s.str.strip().str.casefold())
    name = map_distinct(canon["buyer"], _name_key, memo_of(_name_key), text=True)
    return {"tax_id": tax, "email": email, "name": name}


def buyer_key_of(kind: str, value: str) -> str:
    """One value's key of ``kind`` (tax_id, email or name), as :func:`buyer_keys` computes it.

    >>> buyer_key_of("name", "ООО «Ромашка»"), buyer_key_of("tax_id", "77 0708 3893")
    ('ооо ромашка', '7707083893')
    """
    if kind == "tax_id":
        return _NOT_DIGIT.sub("", value)
    if kind == "email":
        return value.strip().casefold()
    return _NOT_WORDS.sub(" ", value.casefold().replace("ё", "е")).strip()


def _name_key(name: str) -> str | None:
    return buyer_key_of("name", name) or None


def buyer_key(canon: pd.DataFrame) -> pd.Series:
    """Who the buyer is, as one key: ``tax_id:…``, else ``email:…``, else ``name:…``, else ''.

    The one key b2x knows a buyer by: the review queue groups decisions by it, the label
    store keeps it, and repeat orders are counted by it (:func:`buyer_visits`).

    >>> canon = pd.DataFrame({"tax_id": [None, "7707083893"], "email": ["A@x.ru", None],
    ...                       "buyer": ["Иванов И.", "ООО «Ромашка»"]})
    >>> buyer_key(canon).tolist()
    ['email:a@x.ru', 'tax_id:7707083893']
    """
    keys = pd.Series("", index=canon.index, dtype=object)
    for kind, values in reversed(list(buyer_keys(canon).items())):
        keys = ((kind + ":") + values.astype(object)).where(values.notna(), keys)
    return keys


def order_keys(canon: pd.DataFrame) -> np.ndarray:
    r"""The order each row belongs to: its ``order_id``, or a key of its own.

    >>> order_keys(pd.DataFrame({"order_id": ["A", None, "A"]})).tolist()
    ['A', '\x001', 'A']
    """
    keys = canon["order_id"].astype(object)
    missing = keys.isna().to_numpy()
    if missing.any():  # only then are the row labels turned into text
        keys = keys.where(~missing, "\0" + canon.index.astype(str))
    return keys.to_numpy()


def order_codes(canon: pd.DataFrame) -> np.ndarray:
    """The order each row belongs to as an integer, grouping rows as :func:`order_keys`.

    Lines of one ``order_id`` share a code; a row without one has a code of its own.

    >>> order_codes(pd.DataFrame({"order_id": ["A", None, "A", None]})).tolist()
    [0, 1, 0, 2]
    """
    codes, uniques = pd.factorize(canon["order_id"], use_na_sentinel=True)
    missing = codes < 0
    if missing.any():
        codes = codes.copy()
        codes[missing] = len(uniques) + np.arange(int(missing.sum()))
    return codes


def order_visits(canon: pd.DataFrame) -> pd.Series:
    """The order a row belongs to, for counting a buyer's orders: its id, else its date."""
    return canon["order_id"].where(canon["order_id"].notna(), canon["order_date"].astype("string"))


def buyer_visits(keys: pd.Series, visits: pd.Series) -> pd.DataFrame:
    """Distinct (buyer key, order) pairs as hashes, the rows :func:`count_orders` counts.

    ``keys`` identifies the buyer (:func:`buyer_key`) and ``visits`` the order
    (:func:`order_visits`); rows missing either (a key of '') are left out.
    """
    both = keys.notna() & keys.ne("") & visits.notna()
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
