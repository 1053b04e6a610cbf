"""Features: the model's input frame, from a canonical frame and its evidence.

The model sees three kinds of input, all built here so training and
classification can never drift apart:

- ``ev_<rule>``: each rule's strength where it fired, else 0;
- ``buyer_text``: the buyer's and contact's names and the mail domain, read as
  character n-grams (organisation names, person names and forms the rules'
  vocabularies miss still look like what they are);
- ``product_text`` (product and category), ``note_text`` (comment, documents,
  payment, contract) and ``address_text``, read as words — apart, so that each is
  vectorised once per distinct value (a product recurs across orders, a note
  within one, an address per buyer).
- ``log_quantity``, ``log_amount``: size of the line, on a log scale.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from classifier.rules.base import RULES, strengths
from classifier.utils.distinct import apply_distinct

__all__ = ["model_frame", "EVIDENCE_COLUMNS", "TEXT_COLUMNS", "NUMBER_COLUMNS"]

EVIDENCE_COLUMNS = tuple(f"ev_{rule_id}" for rule_id in RULES)
TEXT_COLUMNS = ("buyer_text", "product_text", "note_text", "address_text")
NUMBER_COLUMNS = ("log_quantity", "log_amount")
_TEXT_FIELDS = {
    "product_text": ("product", "category"),
    "note_text": ("comment", "documents", "payment", "contract"),
    "address_text": ("address",),
}


def _join(columns: list[pd.Series]) -> pd.Series:
    """The columns' texts joined by a space, a missing one as empty, the ends stripped.

    By pyarrow, whose whitespace is Python's (``tests/test_arrowtext.py``).
    """
    parts = [
        pc.fill_null(pa.array(c.astype("string"), type=pa.large_string()), "") for c in columns
    ]
    joined = pc.binary_join_element_wise(*parts, pa.scalar(" ", pa.large_string()))
    return pd.Series(
        pd.arrays.ArrowStringArray(pc.utf8_trim_whitespace(joined).cast(pa.string())),
        index=columns[0].index,
    )


def model_frame(
    canon: pd.DataFrame, evidence: pd.DataFrame, fired: np.ndarray | None = None
) -> pd.DataFrame:
    """The frame the model's pipeline takes: evidence strengths, texts and sizes.

    ``fired`` is ``evidence.notna().to_numpy()`` when the caller has it already.
    """
    # the model knows the shipped rules only: an analyst's own rules are not its
    # features, and a rule an analyst disabled reads as never fired
    shipped = evidence.reindex(columns=list(RULES))
    if fired is not None:
        where = evidence.columns.get_indexer(list(RULES))
        fired = np.where(where >= 0, fired[:, where], False)
    frame = strengths(shipped, fired=fired)
    frame.columns = list(EVIDENCE_COLUMNS)
    domain = apply_distinct(
        canon["email"], lambda s: s.astype(str).str.extract(r"@(\S+)", expand=False)
    )
    frame["buyer_text"] = _join([_join([canon["buyer"], canon["contact"]]), domain])
    for name, fields in _TEXT_FIELDS.items():
        frame[name] = _join([canon[f] for f in fields])
    frame["log_quantity"] = np.log1p(canon["quantity"].clip(lower=0).fillna(1.0)) / 5
    frame["log_amount"] = np.log1p(canon["amount"].clip(lower=0).fillna(0.0)) / 15
    return frame
