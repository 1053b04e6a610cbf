"""Model: one scikit-learn Pipeline from the feature frame to calibrated probabilities.

Evidence strengths, the buyer's name as character n-grams, the item text as
words and line sizes go into a multinomial logistic regression, calibrated with
Platt scaling on cross-validated predictions (``CalibratedClassifierCV``,
``ensemble=False``: one regression whose coefficients explain its output).

A model is saved as ``NAME.joblib`` (the pipeline), ``NAME.npz`` (its numbers, for
classifying: :mod:`classifier.scorer`) and ``NAME.json``, its manifest: versions,
features, the training data's hash, metrics, and the sha256 of both files. joblib
runs code when it loads, so :func:`load_model` refuses files whose hashes do not
match the manifest. Classifying reads only the ``.npz``; the pipeline is unpickled
(and scikit-learn imported) only when something asks for it — training, a record's
feature contributions.
"""

from __future__ import annotations

import hashlib
import json
import platform
import warnings
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from classifier.exceptions import ModelError
from classifier.features import EVIDENCE_COLUMNS, NUMBER_COLUMNS
from classifier.rules import LABELS
from classifier.scorer import Scorer

__all__ = ["Model", "build_pipeline", "fit_model", "save_model", "load_model", "default_model_path"]

PROBA_COLUMNS = tuple(f"p_{label.lower()}" for label in LABELS)


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
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=3,
                                max_features=40_000, sublinear_tf=True, dtype=np.float32),
                "buyer_text",
            ),
            *(
                (
                    name.removesuffix("_text"),
                    TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=size,
                                    sublinear_tf=True, token_pattern=r"(?u)\b\w\w+\b",
                                    dtype=np.float32),
                    name,
                )
                for name, size in (("product_text", 20_000), ("note_text", 10_000),
                                   ("address_text", 5_000))
            ),
        ],
        sparse_threshold=1.0,
    )  # fmt: skip
    classifier = CalibratedClassifierCV(
        LogisticRegression(C=4.0, max_iter=2000, random_state=random_state),
        method="sigmoid",
        cv=3,
        ensemble=False,
    )
    return Pipeline([("features", features), ("classify", classifier)])


class Model:
    """A fitted model: its manifest, its numbers (:class:`Scorer`) and its pipeline.

    ``pipeline`` is the fitted scikit-learn object; a model loaded from a file reads it
    only when it is asked for. ``scorer`` is built from the pipeline when not given.
    """

    def __init__(self, pipeline: Any, manifest: dict[str, Any], path: Path | None = None,
                 scorer: Scorer | None = None) -> None:  # fmt: skip
        self._pipeline = pipeline
        self.manifest = manifest
        self.path = path
        self._scorer = scorer

    @property
    def pipeline(self) -> Any:
        """The fitted scikit-learn pipeline (unpickled from :attr:`path` on first use)."""
        if self._pipeline is None:
            self._pipeline = _load_pipeline(self.path, self.manifest)
        return self._pipeline

    @property
    def scorer(self) -> Scorer:
        """The pipeline's numbers, for classifying."""
        if self._scorer is None:
            self._scorer = Scorer.from_pipeline(self.pipeline)
        return self._scorer

    @property
    def version(self) -> str:
        """Short identity of the model: the first 12 hex digits of its file hash."""
        return str(self.manifest.get("sha256", "unsaved"))[:12]

    def predict_proba(self, features: pd.DataFrame) -> pd.DataFrame:
        """Probabilities ``p_b2b, p_b2c, p_b2g`` per row: the pipeline's, by its scorer."""
        proba = self.scorer.predict_proba(features)
        classes = self.scorer.classes
        columns = {f"p_{label.lower()}": proba[:, classes.index(label)] for label in LABELS}
        return pd.DataFrame(columns, index=features.index)

    def contributions(self, features: pd.DataFrame) -> pd.DataFrame:
        """Each feature's contribution to each label's logit, for one or more rows.

        Rows of the result are feature names (``evidence__ev_kpp``, ``buyer__ооо``),
        columns the labels; values are summed over the rows given.
        """
        transformer = self.pipeline.named_steps["features"]
        x = transformer.transform(features)
        base = self.pipeline.named_steps["classify"].calibrated_classifiers_[0].estimator
        values = np.asarray(x.sum(axis=0)).ravel()
        nonzero = np.flatnonzero(values)
        names = transformer.get_feature_names_out()[nonzero]
        coef = base.coef_[:, nonzero] * values[nonzero]
        frame = pd.DataFrame(coef.T, index=names, columns=list(base.classes_))
        return frame[list(LABELS)]


def fit_model(
    features: pd.DataFrame,
    truth: pd.Series,
    *,
    data_hash: str = "",
    sample_weight: np.ndarray | None = None,
    random_state: int = 0,
) -> Model:
    """Fit the pipeline on a feature frame (:func:`classifier.features.model_frame`)."""
    unknown = sorted(set(truth.dropna()) - set(LABELS))
    if unknown:
        raise ModelError(f"Training labels must be B2B, B2C or B2G. Got {unknown} instead.")
    pipeline = build_pipeline(random_state)
    fit_params = {"classify__sample_weight": sample_weight} if sample_weight is not None else {}
    pipeline.fit(features, truth.to_numpy(), **fit_params)
    manifest = {
        "b2x": _version("b2x"),
        "python": platform.python_version(),
        "libraries": {lib: _version(lib) for lib in ("scikit-learn", "pandas", "numpy", "joblib")},
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


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def save_model(model: Model, path: str | Path) -> Path:
    """Write ``path`` (joblib), its scorer ``.npz`` and manifest ``.json`` beside it, atomically."""
    import joblib

    path = Path(path)
    if path.suffix != ".joblib":
        raise ModelError(f"A model file must end in .joblib. Got '{path.name}' instead.")
    from classifier.write import atomic_path

    path.parent.mkdir(parents=True, exist_ok=True)
    scorer_path = path.with_suffix(".npz")
    with atomic_path(path) as tmp, atomic_path(scorer_path) as scorer_tmp:
        joblib.dump(model.pipeline, tmp, compress=("xz", 6))
        model.scorer.save(scorer_tmp)
        model.manifest["sha256"] = file_sha256(Path(tmp))
        model.manifest["file"] = path.name
        model.manifest["scorer"] = {"file": scorer_path.name,
                                    "sha256": file_sha256(Path(scorer_tmp))}  # fmt: skip
        with atomic_path(path.with_suffix(".json")) as manifest_tmp:
            Path(manifest_tmp).write_text(
                json.dumps(model.manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
    model.path = path
    return path


def default_model_path() -> Path:
    """The shipped model: inside the installed package, else the source tree's ``models/``."""
    here = Path(__file__).resolve().parent
    for candidate in (
        here / "_model" / "default.joblib",
        here.parent / "models" / "default.joblib",
    ):
        if candidate.is_file():
            return candidate
    raise ModelError(
        "No default model found (models/default.joblib). Train one: b2x train data/train.csv."
    )


def load_model(path: str | Path | None = None) -> Model:
    """Load a model after checking its files against the manifest beside them.

    Only the scorer (``.npz``) is read; the pipeline is unpickled when first asked
    for. A model saved without a scorer gets one from its pipeline.

    Raises
    ------
    ModelError
        A file or the manifest is missing, or a file's sha256 is not the manifest's.
    """
    path = Path(path) if path is not None else default_model_path()
    manifest_path = path.with_suffix(".json")
    if not path.is_file():
        raise ModelError(f"Model file '{path}' does not exist.")
    if not manifest_path.is_file():
        raise ModelError(f"Model '{path}' has no manifest '{manifest_path.name}' beside it.")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ModelError(f"Manifest '{manifest_path}' is not valid JSON: {e}.") from e
    _check_hash(path, manifest.get("sha256"))
    scorer = None
    if "scorer" in manifest:
        scorer_path = path.with_name(manifest["scorer"]["file"])
        if not scorer_path.is_file():
            raise ModelError(f"Model '{path}' has no scorer '{scorer_path.name}' beside it.")
        _check_hash(scorer_path, manifest["scorer"]["sha256"])
        scorer = Scorer.load(scorer_path)
    return Model(None, manifest, path, scorer)


def _check_hash(path: Path, expected: object) -> None:
    actual = file_sha256(path)
    if expected != actual:
        raise ModelError(
            f"Model '{path}' does not match its manifest (sha256 {actual[:12]}..., manifest says "
            f"{str(expected)[:12]}...); refusing to load it. Retrain or restore it."
        )


def _load_pipeline(path: Path | None, manifest: dict[str, Any]) -> Any:
    """The pickled pipeline at ``path``, its hash checked when the model was loaded."""
    import joblib

    if path is None:
        raise ModelError("This model has no pipeline: it was neither fitted nor loaded.")
    trained_with = manifest.get("libraries", {}).get("scikit-learn")
    if trained_with and trained_with != _version("scikit-learn"):
        warnings.warn(
            f"Model '{path.name}' was trained with scikit-learn {trained_with}, this is "
            f"{_version('scikit-learn')}; retrain it (b2x train) if its output looks wrong.",
            stacklevel=3,
        )
    return joblib.load(path)
