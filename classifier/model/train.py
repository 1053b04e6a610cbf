"""Train: a labelled export to a fitted, saved model.

The training file is any export b2x can read with a truth column (``label`` by
default) holding B2B, B2C or B2G. Training is reproducible: the same bytes of
training data and the same ``random_state`` give the same model and metrics.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from classifier.columns import canonical
from classifier.config import LABELS
from classifier.exceptions import InputError
from classifier.fields import map_columns
from classifier.model.features import model_frame
from classifier.model.fit import fit_model
from classifier.model.saved import Model
from classifier.rules.evidence import find_evidence

__all__ = ["train", "truth_labels", "split_truth", "features_of"]


def truth_labels(frame: pd.DataFrame, truth: str) -> pd.Series:
    """The truth column, upper-cased and checked: every row must be B2B, B2C or B2G."""
    source = frame.attrs.get("b2x", {}).get("source", "input")
    if truth not in frame.columns:
        found = ", ".join(map(str, frame.columns))
        raise InputError(f"'{source}' has no truth column '{truth}'. Found: {found}.")
    labels = frame[truth].astype("string").str.strip().str.upper()
    bad = ~labels.isin(LABELS)
    if bad.any():
        first = int(np.flatnonzero(bad.to_numpy())[0])
        raise InputError(
            f"'{source}' row {first + 2}, column '{truth}': label must be B2B, B2C or B2G. "
            f"Got {frame[truth].iloc[first]!r} instead."
        )
    return labels


def split_truth(
    frame: pd.DataFrame, truth: str, also: tuple[str, ...] = ("ambiguous",)
) -> tuple[pd.DataFrame, pd.Series]:
    """A labelled frame as inputs (truth column and ``also`` columns dropped) and its labels."""
    labels = truth_labels(frame, truth)
    inputs = frame.drop(columns=[truth, *(c for c in also if c in frame.columns)])
    inputs.attrs = frame.attrs
    return inputs, labels


def features_of(inputs: pd.DataFrame) -> pd.DataFrame:
    """The model's feature frame of an export frame (no truth column), with shipped rules."""
    source = inputs.attrs.get("b2x", {}).get("source", "input")
    canon = canonical(inputs, map_columns(inputs, name=source))
    return model_frame(canon, find_evidence(canon))


def train(
    frame: pd.DataFrame,
    truth: str = "label",
    *,
    data_hash: str = "",
    sample_weight: np.ndarray | None = None,
    random_state: int = 0,
) -> Model:
    """Fit a model on a labelled frame (raw export layout, truth in column ``truth``)."""
    inputs, labels = split_truth(frame, truth, also=())
    features = features_of(inputs)
    if not data_hash:
        data_hash = hashlib.sha256(
            pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes()
        ).hexdigest()
    return fit_model(
        features,
        labels,
        data_hash=data_hash,
        sample_weight=sample_weight,
        random_state=random_state,
    )
