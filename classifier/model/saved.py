"""Saved model: a fitted model as data — its arrays and its manifest — and back.

A model is data, never code: it is saved as ``NAME.npz`` (its numbers — numpy arrays
and a JSON spec in a zip: :mod:`classifier.model.scoring.scorer`) and ``NAME.json``, its manifest:
versions, features, the training data's hash, metrics, and the sha256 of the ``.npz``.
Every command reads these two files and nothing else; no command unpickles. The
fitted scikit-learn pipeline lives only in the process that fitted it (retraining
starts again from the data), so nothing that can run code on load is ever written.
:func:`load_model` refuses, in one line, a manifest that is not a JSON object, lacks
a key, names a file outside the model's folder, or whose ``.npz`` does not match its
hash or holds a truncated, object or misshapen array.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from classifier.config import LABELS, default_model_path
from classifier.exceptions import ModelError
from classifier.files.hashes import file_sha256
from classifier.model.features import EVIDENCE_COLUMNS
from classifier.model.scoring.scorer import Scorer

__all__ = ["Model", "model_files", "save_model", "load_model"]


class Model:
    """A fitted model: its manifest, its numbers (:class:`Scorer`) and, in the process
    that fitted it, its scikit-learn pipeline.

    ``scorer`` is built from the pipeline when not given. A model loaded from a file
    has no pipeline: everything it computes comes from its scorer.
    """

    def __init__(
        self,
        pipeline: Any,
        manifest: dict[str, Any],
        path: Path | None = None,
        scorer: Scorer | None = None,
    ) -> None:
        self._pipeline = pipeline
        self.manifest = manifest
        self.path = path
        self._scorer = scorer

    @property
    def pipeline(self) -> Any:
        """The fitted scikit-learn pipeline, of a model fitted in this process."""
        if self._pipeline is None:
            raise ModelError(
                "A model loaded from a file has no scikit-learn pipeline: a model file is "
                "data (arrays and a manifest), not a pickle. Fit one with b2x train."
            )
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
        columns the labels; values are summed over the rows given. Computed from the
        scorer's numbers, as the pipeline's transform and coefficients give them
        (held equal by ``test_contributions_equal_the_pipelines``).
        """
        scorer = self.scorer
        values = np.zeros(scorer.coef.shape[1], dtype=np.float64)
        names = np.empty(scorer.coef.shape[1], dtype=object)
        for columns, block in scorer.passthrough:
            prefix = _passthrough_name(columns)
            names[block] = [f"{prefix}__{c}" for c in columns]
            values[block] = features[columns].to_numpy(dtype=np.float64).sum(axis=0)
        for text in scorer.texts:
            names[text.columns] = [f"{text.name}__{t}" for t in text.terms]
            x = text.vectorise(list(features[text.column]))
            values[text.columns] = np.asarray(x.sum(axis=0), dtype=np.float64).ravel()
        nonzero = np.flatnonzero(values)
        coef = scorer.coef[:, nonzero] * values[nonzero]
        frame = pd.DataFrame(coef.T, index=names[nonzero].astype(str), columns=list(scorer.classes))
        return frame[list(LABELS)]


def _passthrough_name(columns: list[str]) -> str:
    """The pipeline's name of a block of numbers passed through (:func:`build_pipeline`)."""
    return "evidence" if set(columns) <= set(EVIDENCE_COLUMNS) else "size"


MODEL_SUFFIXES = (".json", ".npz", ".joblib")  # .joblib: the name older versions wrote


def model_files(path: str | Path) -> tuple[Path, Path]:
    """A model's manifest and arrays: ``NAME.json`` and ``NAME.npz``, from either name
    (or ``NAME.joblib``, the name older versions gave a model).

    >>> [p.name for p in model_files("models/mine.joblib")]
    ['mine.json', 'mine.npz']
    """
    path = Path(path)
    if path.suffix not in MODEL_SUFFIXES:
        raise ModelError(
            f"A model must be named NAME.json (its manifest, beside NAME.npz). "
            f"Got '{path.name}' instead."
        )
    return path.with_suffix(".json"), path.with_suffix(".npz")


def save_model(model: Model, path: str | Path) -> Path:
    """Write the model's arrays ``NAME.npz`` and its manifest ``NAME.json``, atomically.

    Returns the manifest's path, which names the model (``--model``).
    """
    from classifier.files.write import atomic_path

    manifest_path, scorer_path = model_files(path)
    manifest_path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(scorer_path) as scorer_tmp:
        model.scorer.save(scorer_tmp)
        digest = file_sha256(Path(scorer_tmp))
        model.manifest.pop("file", None)
        model.manifest["sha256"] = digest
        model.manifest["scorer"] = {"file": scorer_path.name, "sha256": digest}
        with atomic_path(manifest_path) as manifest_tmp:
            Path(manifest_tmp).write_text(
                json.dumps(model.manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
    model.path = manifest_path
    return manifest_path


def load_model(path: str | Path | None = None) -> Model:
    """Load a model: its manifest ``NAME.json`` and its arrays ``NAME.npz``, checked.

    ``path`` names either file (or ``NAME.joblib``, as older versions named a model).
    Nothing is unpickled: the arrays are read with ``allow_pickle=False``.

    Raises
    ------
    ModelError
        A file is missing, the manifest is not a JSON object with the keys b2x needs or
        names a file outside the model's folder, the arrays' sha256 is not the
        manifest's, or the arrays are truncated, of objects or of the wrong shape.
    """
    path = Path(path) if path is not None else default_model_path()
    manifest_path, _ = model_files(path)
    if not path.is_file() and not manifest_path.is_file():
        raise ModelError(f"Model file '{path}' does not exist.")
    if not manifest_path.is_file():
        raise ModelError(f"Model '{path}' has no manifest '{manifest_path.name}' beside it.")
    manifest = _read_manifest(manifest_path)
    scorer_path = manifest_path.with_name(manifest["scorer"]["file"])
    if not scorer_path.is_file():  # a model renamed as a whole: NAME.json beside NAME.npz
        scorer_path = manifest_path.with_suffix(".npz")
    if not scorer_path.is_file():
        raise ModelError(f"Model '{path}' has no scorer '{scorer_path.name}' beside it.")
    _check_hash(scorer_path, manifest["scorer"]["sha256"])
    try:
        scorer = Scorer.load(scorer_path)
        _check_scorer(scorer)
    except ModelError:
        raise
    except (
        KeyError,
        IndexError,
        TypeError,
        ValueError,
        AttributeError,
        EOFError,
        UnicodeDecodeError,
        zipfile.BadZipFile,
    ) as e:
        raise ModelError(
            f"Model arrays '{scorer_path}' are malformed ({type(e).__name__}: {e}); "
            "retrain or restore the model."
        ) from e
    return Model(None, manifest, manifest_path, scorer)


def _read_manifest(path: Path) -> dict[str, Any]:
    """The manifest at ``path``, checked: an object whose scorer is a file beside it."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ModelError(f"Manifest '{path}' is not valid JSON: {e}.") from e
    if not isinstance(manifest, dict):
        raise ModelError(
            f"Manifest '{path}' must be a JSON object. Got {type(manifest).__name__} instead."
        )
    scorer = manifest.get("scorer")
    if not isinstance(scorer, dict) or not all(
        isinstance(scorer.get(k), str) for k in ("file", "sha256")
    ):
        raise ModelError(
            f'Manifest \'{path}\' must have a "scorer" object with "file" and "sha256" '
            "(a model saved by an older b2x: retrain it with b2x train)."
        )
    name = scorer["file"]
    if Path(name).name != name or name in ("", ".", "..") or "\\" in name:
        raise ModelError(
            f"Manifest '{path}' names a scorer outside the model's folder: "
            f"{name!r}. It must be a file name beside the manifest."
        )
    if not isinstance(manifest.get("libraries", {}), dict):
        raise ModelError(f"Manifest '{path}': \"libraries\" must be a JSON object.")
    return manifest


def _check_scorer(scorer: Scorer) -> None:
    """Arrays whose shapes fit together, of numbers, for the three labels."""
    if sorted(scorer.classes) != sorted(LABELS):
        raise ModelError(f"must be labels {list(LABELS)}. Got {scorer.classes} instead.")
    k = len(scorer.classes)
    for name in ("coef", "intercept", "calibration"):
        array = getattr(scorer, name)
        if not isinstance(array, np.ndarray) or array.dtype.kind != "f":
            raise ValueError(f"{name} must be an array of numbers")
    width = scorer.coef.shape[1] if scorer.coef.ndim == 2 else -1
    if (
        scorer.coef.ndim != 2
        or scorer.coef.shape[0] != k
        or scorer.intercept.shape != (k,)
        or scorer.calibration.shape != (k, 2)
    ):
        raise ValueError("coef, intercept and calibration do not fit the labels")
    for columns, block in scorer.passthrough:
        if not (0 <= block.start <= block.stop <= width) or block.stop - block.start != len(
            columns
        ):
            raise ValueError("a block of numbers does not fit the coefficients")
    for text in scorer.texts:
        block = text.columns
        if not (0 <= block.start <= block.stop <= width) or (
            block.stop - block.start != len(text.terms)
        ):
            raise ValueError(f"text block {text.name!r} does not fit the coefficients")
        if text.idf is not None and text.idf.shape != (len(text.terms),):
            raise ValueError(f"text block {text.name!r}: idf does not fit its terms")


def _check_hash(path: Path, expected: object) -> None:
    actual = file_sha256(path)
    if expected != actual:
        raise ModelError(
            f"Model '{path}' does not match its manifest (sha256 {actual[:12]}..., manifest says "
            f"{str(expected)[:12]}...); refusing to load it. Retrain or restore it."
        )
