"""Fit: one scikit-learn Pipeline from the feature frame to calibrated probabilities.

Evidence strengths, the buyer's name as character n-grams, the item text as
words and line sizes go into a multinomial logistic regression, calibrated with
Platt scaling on cross-validated predictions (``CalibratedClassifierCV``,
``ensemble=False``: one regression whose coefficients explain its output). The
fitted pipeline becomes a :class:`~classifier.model.saved.Model`, whose numbers
:mod:`classifier.model.scoring` computes without scikit-learn.
"""

from __future__ import annotations

import platform
from importlib import metadata
from typing import Any

import numpy as np
import pandas as pd

from classifier.config import LABELS
from classifier.exceptions import ModelError
from classifier.model.features import EVIDENCE_COLUMNS, NUMBER_COLUMNS
from classifier.model.saved import Model

__all__ = ["build_pipeline", "fit_model"]


def build_pipeline(random_state: int = 0) -> Any:
    """The untrained pipeline: features → calibrated logistic regression."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    features = ColumnTransformer(
        [
            ("evidence", "passthrough", list(EVIDENCE_COLUMNS)),
            ("size", "passthrough", list(NUMBER_COLUMNS)),
            (
                "buyer",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(2, 4),
                    min_df=3,
                    max_features=40_000,
                    sublinear_tf=True,
                    dtype=np.float32,
                ),
                "buyer_text",
            ),
            *(
                (
                    name.removesuffix("_text"),
                    TfidfVectorizer(
                        ngram_range=(1, 2),
                        min_df=2,
                        max_features=size,
                        sublinear_tf=True,
                        token_pattern=r"(?u)\b\w\w+\b",
                        dtype=np.float32,
                    ),
                    name,
                )
                for name, size in (
                    ("product_text", 20_000),
                    ("note_text", 10_000),
                    ("address_text", 5_000),
                )
            ),
        ],
        sparse_threshold=1.0,
    )
    classifier = CalibratedClassifierCV(
        LogisticRegression(C=4.0, max_iter=2000, random_state=random_state),
        method="sigmoid",
        cv=3,
        ensemble=False,
    )
    return Pipeline([("features", features), ("classify", classifier)])


def fit_model(
    features: pd.DataFrame,
    truth: pd.Series,
    *,
    data_hash: str = "",
    sample_weight: np.ndarray | None = None,
    random_state: int = 0,
) -> Model:
    """Fit the pipeline on a feature frame (:func:`classifier.model.features.model_frame`)."""
    unknown = sorted(set(truth.dropna()) - set(LABELS))
    if unknown:
        raise ModelError(f"Training labels must be B2B, B2C or B2G. Got {unknown} instead.")
    pipeline = build_pipeline(random_state)
    fit_params = {"classify__sample_weight": sample_weight} if sample_weight is not None else {}
    pipeline.fit(features, truth.to_numpy(), **fit_params)
    manifest = {
        "b2x": _version("b2x"),
        "python": platform.python_version(),
        "libraries": {lib: _version(lib) for lib in ("scikit-learn", "pandas", "numpy")},
        "labels": list(LABELS),
        "features": list(pipeline.named_steps["features"].feature_names_in_),
        "n_features": int(len(pipeline.named_steps["features"].get_feature_names_out())),
        "training_rows": int(len(truth)),
        "training_data_sha256": data_hash,
        "random_state": random_state,
        "metrics": {},
    }
    return Model(pipeline, manifest)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"
