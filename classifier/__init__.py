"""b2x: label sales records as B2B, B2C or B2G, with a confidence, an ambiguity flag and reasons.

In a notebook::

    from classifier import read_orders, load_model, classify, write_labelled
    labelled = classify(read_orders("orders.xlsx"), load_model())
    labelled[labelled.ambiguous][["label", "confidence", "reasons"]]

Or as a scikit-learn estimator (``cross_val_score``, ``GridSearchCV``, a ``Pipeline``)::

    from classifier import B2xClassifier
    B2xClassifier().fit(X, y).predict(X_new)
"""

from typing import Any

from classifier.exceptions import ClassifierError, ColumnError, InputError, ModelError
from classifier.files.read import read_orders
from classifier.files.write import write_labelled
from classifier.model.saved import load_model, save_model
from classifier.model.train import train
from classifier.pipeline import classify, explain
from classifier.reports.evaluate import evaluate
from classifier.review.queue import review_queue
from classifier.review.store import LabelStore
from classifier.review.workbook import read_review, write_review
from classifier.rules.analyst import with_buyer_labels

__all__ = [
    "read_orders",
    "classify",
    "explain",
    "write_labelled",
    "load_model",
    "save_model",
    "train",
    "evaluate",
    "review_queue",
    "write_review",
    "read_review",
    "LabelStore",
    "with_buyer_labels",
    "ClassifierError",
    "InputError",
    "ColumnError",
    "ModelError",
    "B2xClassifier",
]


def __getattr__(name: str) -> Any:
    """``B2xClassifier``, imported when first asked for: it needs scikit-learn, which
    every command would otherwise load at start-up (0.4 s) to use only in training."""
    if name == "B2xClassifier":
        from classifier.estimator import B2xClassifier

        return B2xClassifier
    raise AttributeError(f"module 'classifier' has no attribute {name!r}")
