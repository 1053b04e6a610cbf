"""Feedback: analysts' labels into training, and whether they helped.

Stored analyst decisions (:meth:`classifier.review.store.LabelStore.training_records`)
are records of canonical fields with a label. :func:`train_with_labels` fits a
model on a base training frame plus those records, weighted above the base rows;
:func:`evaluate_labels` measures the model before and after on the analysts'
records by cross-validation — folds grouped by buyer, so no buyer is trained and
tested on at once — and lists the records whose analyst label the
cross-validated model finds very unlikely (confident learning's label issues:
a label is suspect when another class's probability clears that class's own
average confidence while the given label's falls short of its own).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from classifier.columns import FIELDS
from classifier.config import LABELS, RETRAINED_MODEL
from classifier.exceptions import InputError
from classifier.files.hashes import file_sha256
from classifier.files.read import read_orders
from classifier.model.fit import fit_model
from classifier.model.saved import Model, model_files, save_model
from classifier.model.train import features_of, split_truth, train
from classifier.pipeline import label_columns
from classifier.reports.evaluate import SystemScore, evaluate, score
from classifier.rules.base import SHIPPED

__all__ = [
    "train_file",
    "ANALYST_WEIGHT",
    "LabelEvaluation",
    "train_with_labels",
    "evaluate_labels",
    "retrain",
    "preferred_model",
    "Retrained",
]

# An analyst's label counts as this many generated rows: it is a real record, judged
# by a person who knows the customer, and there are few of them.
ANALYST_WEIGHT = 5.0
# Fields of a stored record that only mean something inside the file it came from.
_FILE_LOCAL = ("order_id", "buyer_id")


def _record_frame(records: pd.DataFrame) -> pd.DataFrame:
    """Stored records as an export frame of canonical-field columns, text cells."""
    present = [f for f in FIELDS if f in records.columns and f not in _FILE_LOCAL]
    frame = records[present].astype("string")
    frame.attrs = {"b2x": {"source": "analyst labels"}}
    return frame


def train_with_labels(
    base: pd.DataFrame,
    records: pd.DataFrame,
    truth: str = "label",
    *,
    weight: float = ANALYST_WEIGHT,
    random_state: int = 0,
) -> Model:
    """Fit a model on ``base`` (an export with a truth column) plus analyst ``records``.

    ``records`` holds canonical-field columns and ``label``, as
    :meth:`~classifier.review.store.LabelStore.training_records` returns them. Each
    analyst record weighs ``weight`` base rows.
    """
    inputs, labels = split_truth(base, truth, also=())
    if not len(records):
        raise InputError("No analyst labels stored yet: label a review with b2x learn first.")
    extra = _record_frame(records)
    features = pd.concat([features_of(inputs), features_of(extra)], ignore_index=True)
    truth_all = pd.concat([labels, records["label"].astype("string")], ignore_index=True)
    sample_weight = np.r_[np.ones(len(inputs)), np.full(len(extra), weight)]
    digest = hashlib.sha256()
    for part in (base, records.drop(columns=[c for c in records if c == "decided_at"])):
        digest.update(pd.util.hash_pandas_object(part.astype("string"), index=False).to_numpy())
    model = fit_model(
        features,
        truth_all,
        data_hash=digest.hexdigest(),
        sample_weight=sample_weight,
        random_state=random_state,
    )
    model.manifest["analyst_labels"] = {"records": int(len(records)), "weight": weight}
    return model


@dataclass
class LabelEvaluation:
    """The model before and after analyst labels, scored on the analysts' records."""

    before: SystemScore
    after: SystemScore
    folds: int
    predictions: pd.DataFrame  # record_id, buyer_key, label, before, after, p_b2b, p_b2c, p_b2g
    issues: pd.DataFrame  # records whose analyst label looks unlikely, most unlikely first


def _label_records(records: pd.DataFrame, model: Model) -> pd.DataFrame:
    """b2x's labels and probabilities of stored records, with the shipped rules only."""
    return label_columns(_record_frame(records), model, rules=SHIPPED)


def evaluate_labels(
    base: pd.DataFrame,
    records: pd.DataFrame,
    model: Model,
    truth: str = "label",
    *,
    folds: int = 5,
    weight: float = ANALYST_WEIGHT,
    random_state: int = 0,
) -> LabelEvaluation:
    """Score ``model`` (before) and cross-validated retraining (after) on analyst records.

    For each of ``folds`` folds grouped by buyer, a model is trained on ``base``
    plus the other folds' analyst records and labels the held-out fold. The
    analysts' own known-buyer memory is left out on both sides: it would repeat
    their labels back.
    """
    if len(records) < 2:
        raise InputError(
            f"Cross-validation needs at least 2 analyst records; {len(records)} stored."
        )
    records = records.reset_index(drop=True)
    groups = (
        records["buyer_key"]
        .where(records["buyer_key"].astype(str).ne(""), records["record_id"])
        .astype(str)
    )
    folds = max(2, min(folds, groups.nunique()))
    if groups.nunique() < 2:
        raise InputError("Cross-validation needs analyst labels of at least 2 buyers.")
    from sklearn.model_selection import GroupKFold  # fitting only: not at every command's start

    truth_labels = records["label"].astype("string")
    before = _label_records(records, model)
    after = pd.DataFrame(index=records.index, columns=before.columns, dtype=object)
    for train_idx, test_idx in GroupKFold(n_splits=folds).split(records, groups=groups):
        fold_model = train_with_labels(
            base, records.iloc[train_idx], truth, weight=weight, random_state=random_state
        )
        labelled = _label_records(records.iloc[test_idx], fold_model)
        after.iloc[test_idx] = labelled.to_numpy(dtype=object)
    after = after.astype({c: float for c in after.columns if c.startswith(("p_", "conf"))})
    predictions = pd.DataFrame(
        {
            "record_id": records["record_id"],
            "buyer_key": records["buyer_key"],
            "buyer": records.get("buyer", pd.Series("", index=records.index)),
            "label": truth_labels,
            "before": before["label"].to_numpy(),
            "after": after["label"].to_numpy(),
            **{c: after[c].to_numpy(dtype=float) for c in ("p_b2b", "p_b2c", "p_b2g")},
        }
    )
    return LabelEvaluation(
        before=score("before", truth_labels, predictions["before"]),
        after=score("after", truth_labels, predictions["after"]),
        folds=folds,
        predictions=predictions,
        issues=label_issues(predictions),
    )


def label_issues(predictions: pd.DataFrame) -> pd.DataFrame:
    """Records whose given label the out-of-fold probabilities make very unlikely.

    Each class's threshold is the mean probability of that class over the
    records labelled with it. A record is an issue when its own label's
    probability is below its class threshold and another class clears its own.

    >>> p = pd.DataFrame({"label": ["B2B", "B2B", "B2C", "B2C"],
    ...                   "p_b2b": [0.9, 0.1, 0.2, 0.1], "p_b2c": [0.05, 0.85, 0.7, 0.8],
    ...                   "p_b2g": [0.05, 0.05, 0.1, 0.1]})
    >>> label_issues(p).index.tolist(), label_issues(p)["suggested"].tolist()
    ([1], ['B2C'])
    """
    columns = [f"p_{lab.lower()}" for lab in LABELS]
    proba = predictions[columns].to_numpy(dtype=float)
    given = predictions["label"].map({lab: k for k, lab in enumerate(LABELS)}).to_numpy()
    thresholds = np.array(
        [proba[given == k, k].mean() if (given == k).any() else 1.0 for k in range(len(LABELS))]
    )
    own = proba[np.arange(len(proba)), given]
    above = proba >= thresholds
    above[np.arange(len(proba)), given] = False
    issue = (own < thresholds[given]) & above.any(axis=1)
    suggested = np.where(above, proba, -1.0).argmax(axis=1)
    out = predictions.loc[issue].copy()
    out["suggested"] = np.array(LABELS, dtype=object)[suggested[issue]]
    out["p_given"] = own[issue]
    return out.sort_values("p_given")


@dataclass
class Retrained:
    """What :func:`retrain` did: the model written, the cross-validation, whether it is used."""

    path: Path
    evaluation: LabelEvaluation
    better: bool


def retrain(
    base: pd.DataFrame,
    records: pd.DataFrame,
    model: Model,
    store_path: Path,
    *,
    truth: str = "label",
    folds: int = 5,
    weight: float = ANALYST_WEIGHT,
    random_state: int = 0,
) -> Retrained:
    """Retrain with the analysts' ``records`` and write the model beside the store.

    :func:`evaluate_labels` scores ``model`` (before) and retraining (after) on the
    records by cross-validation grouped by buyer; the retrained model, fitted on
    ``base`` and all records, is written as :data:`RETRAINED_MODEL` beside the store
    with the scores in its manifest, and ``better`` when its macro-F1 is above the
    current model's — then :func:`preferred_model` gives it to ``b2x classify``.
    """
    from threadpoolctl import threadpool_limits

    from classifier.model.saved import save_model

    # BLAS on one thread: the fits' dense steps are small and idle threads busy-wait
    with threadpool_limits(1, user_api="blas"):
        evaluation = evaluate_labels(
            base, records, model, truth, folds=folds, weight=weight, random_state=random_state
        )
        retrained = train_with_labels(
            base, records, truth, weight=weight, random_state=random_state
        )
    better = evaluation.after.macro_f1 > evaluation.before.macro_f1
    retrained.manifest["cross_validation"] = {
        "records": int(len(records)),
        "folds": evaluation.folds,
        "before": {"model": model.version, "macro_f1": round(evaluation.before.macro_f1, 4)},
        "after": {"macro_f1": round(evaluation.after.macro_f1, 4)},
        "better": bool(better),
    }
    path = save_model(retrained, Path(store_path).parent / RETRAINED_MODEL)
    return Retrained(path, evaluation, better)


def preferred_model(store_path: Path) -> Path | None:
    """The model :func:`retrain` wrote beside the store, if cross-validation found it
    better than the model it was compared with; else None."""
    import json

    path = Path(store_path).parent / RETRAINED_MODEL
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    checked = manifest.get("cross_validation") if isinstance(manifest, dict) else None
    return path if isinstance(checked, dict) and checked.get("better") is True else None


def train_file(
    path: str | Path,
    output: str | Path,
    truth: str = "label",
    *,
    test: str | Path | None = None,
    random_state: int = 0,
    analyst: pd.DataFrame | None = None,
    weight: float = 5.0,
) -> Model:
    """Train on a file, evaluate on ``test`` if given, and save model and manifest.

    ``analyst`` adds stored analyst labels (:func:`train_with_labels`),
    each weighing ``weight`` rows of the file.
    """
    model_files(output)  # a name a model cannot have is refused before training
    frame = read_orders(path)
    if analyst is not None:
        model = train_with_labels(frame, analyst, truth, weight=weight, random_state=random_state)
    else:
        model = train(frame, truth, data_hash=file_sha256(Path(path)), random_state=random_state)
    model.manifest["training_file"] = Path(path).name
    if test is not None:
        report = evaluate(read_orders(test), truth, model)
        model.manifest["metrics"] = {"test_file": Path(test).name, **report.summary()}
    save_model(model, output)
    return model
