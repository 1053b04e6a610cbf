"""Ids: a record's stable id, and an analyst's label as typed.

A *record id* is a hash of the record's input cells, so the same record has the same
id in every run and file format (:data:`classifier.config.RECORD_ID` is its form); a
*decision id* (:mod:`classifier.review.queue`) also hashes the review's own id, so a
row pasted in from another review is recognised.
"""

from __future__ import annotations

import hashlib
import math

import pandas as pd

from classifier.config import LABELS

__all__ = ["record_ids", "normalise_label", "DECISION_COLUMNS"]

# the columns of analysts' decisions as every reader of them gives them (a review workbook,
# a Label Studio or JSONL export) and the label store takes them
DECISION_COLUMNS = [
    "record_id",
    "decision_id",
    "buyer_key",
    "label",
    "analyst",
    "note",
    "decided_at",
    "b2x_label",
    "b2x_confidence",
    "fields",
    "source_row",
]

_LOOKALIKES = str.maketrans("ВСГ", "BCG", " \t\u00a0")


def normalise_label(value: object) -> str | None:
    """An analyst's label as B2B/B2C/B2G, None when empty; anything else is returned as typed.

    >>> normalise_label(" b2g "), normalise_label("В2С"), normalise_label(None)
    ('B2G', 'B2C', None)
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).upper().translate(_LOOKALIKES)
    if not text:
        return None
    return text if text in LABELS else str(value).strip()


def record_ids(frame: pd.DataFrame) -> pd.Series:
    """A stable id per record: 16 hex digits of a hash of its input cells, as text.

    The same cells give the same id whatever the file format or row position.

    >>> record_ids(pd.DataFrame({"Buyer": ["ООО «Ромашка»"], "Qty": ["2"]})).iloc[0]
    'fc4fe6d419237543'
    """
    text = frame.astype("string").fillna("").apply(lambda c: c.str.strip())
    joined = text.iloc[:, 0].str.cat(text.iloc[:, 1:], sep="\x1f") if text.shape[1] else text
    ids = [hashlib.blake2b(v.encode(), digest_size=8).hexdigest() for v in joined.tolist()]
    return pd.Series(ids, index=frame.index, dtype=object)
