"""Model: one scikit-learn Pipeline from the feature frame to calibrated probabilities.

Evidence strengths, the buyer's name as character n-grams, the item text as
words and line sizes go into a multinomial logistic regression, calibrated with
Platt scaling on cross-validated predictions (``CalibratedClassifierCV``,
``ensemble=False``: one regression whose coefficients explain its output).

A model is saved as ``NAME.joblib`` beside ``NAME.json``, its manifest:
versions, features, the training data's hash, metrics, and the sha256 of the
joblib file. joblib runs code when it loads, so :func:`load_model` refuses a
file whose hash does not match its manifest.
"""

from __future__ import annotations

import hashlib
import json
import platform
import warnings
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from classifier.distinct import Memo
from classifier.exceptions import ModelError
from classifier.features import EVIDENCE_COLUMNS, NUMBER_COLUMNS
from classifier.ngrams import CharGramCounter, WordGramCounter
from classifier.rules import LABELS

__all__ = ["Model", "build_pipeline", "fit_model", "save_model", "load_model", "default_model_path"]

PROBA_COLUMNS = tuple(f"p_{label.lower()}" for label in LABELS)


class DistinctTfidfVectorizer(TfidfVectorizer):
    """A ``TfidfVectorizer`` that vectorises each distinct text once.

    Exports repeat buyer names and products on many rows; the rows of the result
    are taken from the distinct texts' rows, so the output equals the parent's.
    """

    def transform(self, raw_documents: Any) -> Any:
        codes, uniques = pd.factorize(np.asarray(raw_documents, dtype=object),
                                      use_na_sentinel=False)  # fmt: skip
        return self._transform_distinct(uniques)[codes]

    def _transform_distinct(self, texts: Any) -> Any:
        """``transform`` of distinct texts, counted by :mod:`classifier.ngrams` when it can.

        For ``char_wb`` n-grams of lower-cased text, :class:`CharGramCounter` gives the
        count matrix that ``CountVectorizer`` would, for plain lower-cased words
        :class:`WordGramCounter` does; the fitted tf-idf weighs it.
        """
        counter = self._counter()
        if counter is not None:
            try:
                counts = counter.counts(list(texts))
            except (AttributeError, TypeError):  # not text: the parent says what is wrong
                pass
            else:
                if self.binary:
                    counts.data.fill(1)
                return self._tfidf.transform(counts, copy=False)
        return super().transform(texts)

    def _counter(self) -> CharGramCounter | WordGramCounter | None:
        """The fitted vocabulary's counter, built once, or None where it does not apply."""
        vocabulary = getattr(self, "vocabulary_", None)
        cached = self.__dict__.get("_counted_by")
        if cached is None or cached[0] is not vocabulary:
            counter = None
            plain = (bool(vocabulary) and self.lowercase and self.input == "content"
                     and self.preprocessor is None and self.strip_accents is None)  # fmt: skip
            if plain and self.analyzer == "char_wb":
                if CharGramCounter.fits(vocabulary, self.ngram_range):
                    counter = CharGramCounter(vocabulary, self.ngram_range, self.dtype)
            elif plain and self.analyzer == "word" and self.tokenizer is None:
                if self.stop_words is None and WordGramCounter.fits(self.token_pattern):
                    counter = WordGramCounter(vocabulary, self.ngram_range, self.token_pattern,
                                              self.dtype)  # fmt: skip
            cached = self.__dict__["_counted_by"] = (vocabulary, counter)
        return cached[1]

    def __getstate__(self) -> dict:
        state = super().__getstate__()
        state.pop("_counted_by", None)
        return state


def build_pipeline(random_state: int = 0) -> Pipeline:
    """The untrained pipeline: features → calibrated logistic regression."""
    features = ColumnTransformer(
        [
            ("evidence", "passthrough", list(EVIDENCE_COLUMNS)),
            ("size", "passthrough", list(NUMBER_COLUMNS)),
            (
                "buyer",
                DistinctTfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=3,
                                max_features=40_000, sublinear_tf=True, dtype=np.float32),
                "buyer_text",
            ),
            *(
                (
                    name.removesuffix("_text"),
                    DistinctTfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=size,
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


@dataclass
class Model:
    """A fitted pipeline and its manifest."""

    pipeline: Pipeline
    manifest: dict[str, Any]
    path: Path | None = None
    # each text block's decision values per distinct text, kept from chunk to chunk
    _shares: dict[str, Memo] = field(default_factory=dict, repr=False, compare=False)

    @property
    def version(self) -> str:
        """Short identity of the model: the first 12 hex digits of its file hash."""
        return str(self.manifest.get("sha256", "unsaved"))[:12]

    def predict_proba(self, features: pd.DataFrame) -> pd.DataFrame:
        """Probabilities ``p_b2b, p_b2c, p_b2g`` per row, read through ``classes_``.

        The regression is linear, so its decision values are summed from each
        feature block's share: a text block is vectorised and weighed once per
        distinct text (a buyer's name, a product) — and once per model for a text
        that recurs from chunk to chunk of a file — then spread back to the rows;
        no rows × features matrix is built. The calibrators then map decision values
        to probabilities as ``CalibratedClassifierCV`` does.
        """
        calibrated = self.pipeline.named_steps["classify"].calibrated_classifiers_[0]
        decision = self._decision(features, calibrated.estimator)
        proba = np.zeros_like(decision)
        for k, calibrator in enumerate(calibrated.calibrators):
            proba[:, k] = calibrator.predict(decision[:, k])
        total = proba.sum(axis=1, keepdims=True)
        proba = np.divide(proba, total, out=np.full_like(proba, 1 / proba.shape[1]),
                          where=total != 0)  # fmt: skip
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        classes = list(calibrated.estimator.classes_)
        columns = {f"p_{label.lower()}": proba[:, classes.index(label)] for label in LABELS}
        return pd.DataFrame(columns, index=features.index)

    def _decision(self, features: pd.DataFrame, regression: LogisticRegression) -> np.ndarray:
        """The regression's decision values, summed block by block."""
        transformer = self.pipeline.named_steps["features"]
        coef = regression.coef_
        decision = np.tile(regression.intercept_, (len(features), 1)).astype(np.float64)
        for name, step, columns in transformer.transformers_:
            block = transformer.output_indices_[name]
            if step == "drop" or block.stop == block.start:
                continue
            weights = coef[:, block].T
            if not isinstance(columns, str):  # passed-through numbers (fitted as identity)
                decision += features[columns].to_numpy(dtype=np.float64) @ weights
            else:
                codes, uniques = pd.factorize(features[columns], use_na_sentinel=False)

                # the texts are distinct already: no second factorizing, no row take
                vectorise = getattr(step, "_transform_distinct", step.transform)

                def weigh(texts: list, vectorise: Any = vectorise, weights: Any = weights) -> list:
                    return list(np.asarray(vectorise(texts) @ weights))

                memo = self._shares.setdefault(name, Memo())
                shares = memo.results(np.asarray(uniques, dtype=object), weigh, len(features))
                decision += np.asarray(shares).reshape(len(uniques), len(coef))[codes]
        return decision

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
    """Write ``path`` (joblib) and its manifest ``path.with_suffix('.json')``, atomically."""
    path = Path(path)
    if path.suffix != ".joblib":
        raise ModelError(f"A model file must end in .joblib. Got '{path.name}' instead.")
    from classifier.write import atomic_path

    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        joblib.dump(model.pipeline, tmp, compress=("xz", 6))
        model.manifest["sha256"] = file_sha256(Path(tmp))
        model.manifest["file"] = path.name
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
    """Load a model after checking its file against the manifest beside it.

    Raises
    ------
    ModelError
        The file or manifest is missing, or the file's sha256 is not the manifest's.
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
    actual = file_sha256(path)
    if manifest.get("sha256") != actual:
        raise ModelError(
            f"Model '{path}' does not match its manifest (sha256 {actual[:12]}..., manifest says "
            f"{str(manifest.get('sha256'))[:12]}...); refusing to load it. Retrain or restore it."
        )
    trained_with = manifest.get("libraries", {}).get("scikit-learn")
    if trained_with and trained_with != _version("scikit-learn"):
        warnings.warn(
            f"Model '{path.name}' was trained with scikit-learn {trained_with}, this is "
            f"{_version('scikit-learn')}; retrain it (b2x train) if its output looks wrong.",
            stacklevel=2,
        )
    pipeline = joblib.load(path)
    return Model(pipeline, manifest, path)
