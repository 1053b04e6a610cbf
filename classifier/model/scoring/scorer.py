"""Scorer: what a fitted model computes, as plain arrays, read without scikit-learn.

Classifying needs only what the pipeline learned: each text block's vocabulary and
idf, the regression's coefficients and intercepts, and two numbers per label for
its Platt calibrator. A :class:`Scorer` holds these and computes the pipeline's
probabilities to the last bit: the same counts (:mod:`classifier.model.scoring.ngrams`), the same
tf-idf arithmetic in the same order, the same sparse products. It is saved beside
the pipeline as ``NAME.npz`` — numpy arrays and a JSON spec in a zip, nothing that
runs code when read — so a run that classifies neither imports scikit-learn nor
unpickles anything, which is most of a small run's start-up.

Held equal to the fitted pipeline by ``tests/test_model.py``:
``test_block_by_block_probabilities_equal_the_pipelines``, ``test_ngram_counts_equal_sklearns``
and ``test_contributions_equal_the_pipelines``.

The regression is linear, so the decision values are summed block by block: a text
block is vectorised and weighed once per distinct text (a buyer's name, a product),
and once per run for a text met again in a later chunk of the file; no rows ×
features matrix is built.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.special import expit

from classifier.exceptions import ModelError
from classifier.model.scoring.ngrams import CharGramCounter, WordGramCounter
from classifier.utils.distinct import Memo

__all__ = ["Scorer", "TextBlock"]

_FORMAT = 1  # version of the file layout, in its spec


@dataclass
class TextBlock:
    """One text column's tf-idf vectoriser, as fitted."""

    name: str
    column: str
    columns: slice  # the block's columns among the regression's coefficients
    analyzer: str  # "char_wb" or "word"
    ngram_range: tuple[int, int]
    token_pattern: str | None
    binary: bool
    sublinear_tf: bool
    norm: str | None  # "l2" or None
    terms: list[str]  # the vocabulary, in column order
    idf: np.ndarray | None
    dtype: np.dtype
    counter: CharGramCounter | WordGramCounter = field(init=False, repr=False)

    def __post_init__(self) -> None:
        vocabulary = dict(zip(self.terms, range(len(self.terms)), strict=True))
        if self.analyzer == "char_wb" and CharGramCounter.fits(vocabulary, self.ngram_range):
            self.counter = CharGramCounter(vocabulary, self.ngram_range, self.dtype)
        elif self.analyzer == "word" and WordGramCounter.fits(self.token_pattern):
            self.counter = WordGramCounter(
                vocabulary, self.ngram_range, self.token_pattern, self.dtype
            )
        else:
            raise ModelError(f"Text block {self.name!r}: its n-grams cannot be counted here.")

    def vectorise(self, texts: list) -> sp.csr_array:
        """The texts' tf-idf rows, as ``TfidfVectorizer.transform`` gives them."""
        x = self.counter.counts(texts)
        if self.binary:
            x.data.fill(1)
        if self.sublinear_tf:
            np.log(x.data, x.data)
            x.data += 1.0
        if self.idf is not None:
            x.data *= self.idf[x.indices]
        if self.norm == "l2":
            _normalise_rows(x)
        return x


def _normalise_rows(x: sp.csr_array) -> None:
    """Each row divided by its Euclidean length, in place, as scikit-learn does it.

    Bit for bit: the squares are taken in the data's type and added up one by one in
    stored order as a double — scipy's sparse product with a vector of ones adds each
    row's products in stored order, and a product with one is exact — and the
    division is done in double.
    """
    lengths = np.diff(x.indptr)
    squares = sp.csr_array(
        ((x.data * x.data).astype(np.float64), x.indices, x.indptr), shape=x.shape
    )
    norms = np.sqrt(squares @ np.ones(x.shape[1]))
    norms[norms == 0.0] = 1.0  # an empty or all-zero row is left as it is
    x.data[:] = x.data / np.repeat(norms, lengths)


@dataclass
class Scorer:
    """The fitted model's numbers; :meth:`predict_proba` is the pipeline's."""

    classes: list[str]
    coef: np.ndarray  # labels × features
    intercept: np.ndarray
    calibration: np.ndarray  # labels × 2: each label's Platt a and b
    passthrough: list[tuple[list[str], slice]]  # feature columns used as they are
    texts: list[TextBlock]
    # each text block's decision values per distinct text, kept from chunk to chunk
    _shares: dict[str, Memo] = field(default_factory=dict, repr=False, compare=False)

    def predict_proba(self, features: pd.DataFrame) -> np.ndarray:
        """Calibrated probabilities, one column per class of :attr:`classes`.

        As ``CalibratedClassifierCV.predict_proba`` with one sigmoid-calibrated
        regression: each label's decision value through its calibrator, the three
        normalised to sum to one.
        """
        decision = self.decision(features)
        a, b = self.calibration[:, 0], self.calibration[:, 1]
        proba = np.column_stack(
            [expit(-(a[k] * decision[:, k] + b[k])) for k in range(len(self.classes))]
        )
        total = proba.sum(axis=1, keepdims=True)
        proba = np.divide(
            proba, total, out=np.full_like(proba, 1 / proba.shape[1]), where=total != 0
        )
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        return proba

    def decision(self, features: pd.DataFrame) -> np.ndarray:
        """The regression's decision values, summed block by block."""
        decision = np.tile(self.intercept, (len(features), 1)).astype(np.float64)
        for columns, block in self.passthrough:
            weights = self.coef[:, block].T
            decision += features[columns].to_numpy(dtype=np.float64) @ weights
        for text in self.texts:
            codes, uniques = pd.factorize(features[text.column], use_na_sentinel=False)
            weights = self.coef[:, text.columns].T

            def weigh(texts: list, text: TextBlock = text, weights: Any = weights) -> list:
                return list(np.asarray(text.vectorise(texts) @ weights))

            memo = self._shares.setdefault(text.name, Memo())
            shares = memo.results(np.asarray(uniques, dtype=object), weigh, len(features))
            decision += np.asarray(shares).reshape(len(uniques), len(self.classes))[codes]
        return decision

    @classmethod
    def from_pipeline(cls, pipeline: Any) -> Scorer:
        """The numbers of a fitted :func:`classifier.model.fit.build_pipeline`."""
        transformer = pipeline.named_steps["features"]
        calibrated = pipeline.named_steps["classify"].calibrated_classifiers_
        if len(calibrated) != 1 or type(calibrated[0].calibrators[0]).__name__ != (
            "_SigmoidCalibration"
        ):
            raise ModelError("Only one sigmoid-calibrated regression can be scored.")
        regression = calibrated[0].estimator
        passthrough, texts = [], []
        for name, step, columns in transformer.transformers_:
            block = transformer.output_indices_[name]
            if step == "drop" or block.stop == block.start:
                continue
            if not isinstance(columns, str):  # passed-through numbers (fitted as identity)
                passthrough.append((list(columns), block))
                continue
            plain = (
                step.lowercase
                and step.input == "content"
                and step.preprocessor is None
                and step.strip_accents is None
                and step.tokenizer is None
                and step.stop_words is None
                and step.norm in ("l2", None)
            )
            if not plain:
                raise ModelError(f"Text block {name!r} is not one b2x can score.")
            terms = sorted(step.vocabulary_, key=step.vocabulary_.__getitem__)
            texts.append(
                TextBlock(
                    name,
                    columns,
                    block,
                    step.analyzer,
                    tuple(step.ngram_range),
                    step.token_pattern if step.analyzer == "word" else None,
                    step.binary,
                    step.sublinear_tf,
                    step.norm,
                    terms,
                    step.idf_ if step.use_idf else None,
                    np.dtype(step.dtype),
                )
            )
        calibration = np.array([[c.a_, c.b_] for c in calibrated[0].calibrators], np.float64)
        return cls(
            [str(c) for c in regression.classes_],
            regression.coef_,
            regression.intercept_,
            calibration,
            passthrough,
            texts,
        )

    def save(self, path: str | Path) -> None:
        """Write the arrays and a JSON spec to ``path``, a zip readable by ``numpy.load``.

        Entries carry a fixed date, so the file's bytes depend on the model alone.
        """
        spec = {
            "format": _FORMAT,
            "classes": self.classes,
            "passthrough": [[cols, block.start, block.stop] for cols, block in self.passthrough],
            "texts": [
                {
                    "name": t.name,
                    "column": t.column,
                    "start": t.columns.start,
                    "stop": t.columns.stop,
                    "analyzer": t.analyzer,
                    "ngram_range": list(t.ngram_range),
                    "token_pattern": t.token_pattern,
                    "binary": t.binary,
                    "sublinear_tf": t.sublinear_tf,
                    "norm": t.norm,
                    "dtype": t.dtype.str,
                    "idf": t.idf is not None,
                }
                for t in self.texts
            ],
        }
        arrays = {"coef": self.coef, "intercept": self.intercept, "calibration": self.calibration}
        for t in self.texts:
            joined = "".join(t.terms).encode("utf-32-le", "surrogatepass")
            arrays[f"{t.name}.terms"] = np.frombuffer(joined, dtype="<u4")
            arrays[f"{t.name}.lengths"] = np.fromiter(map(len, t.terms), np.int64, len(t.terms))
            if t.idf is not None:
                arrays[f"{t.name}.idf"] = t.idf
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(_entry("spec.json"), json.dumps(spec, ensure_ascii=False))
            for name, array in arrays.items():
                with z.open(_entry(f"{name}.npy"), "w") as f:
                    np.lib.format.write_array(f, np.ascontiguousarray(array), allow_pickle=False)

    @classmethod
    def load(cls, path: str | Path) -> Scorer:
        """A scorer written by :meth:`save`."""
        try:
            with zipfile.ZipFile(path) as z:
                spec = json.loads(z.read("spec.json"))
                if spec.get("format") != _FORMAT:
                    raise ModelError(f"'{path}' is a scorer of another format; retrain the model.")
                arrays = {
                    name.removesuffix(".npy"): np.lib.format.read_array(
                        z.open(name), allow_pickle=False
                    )
                    for name in z.namelist()
                    if name.endswith(".npy")
                }
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as e:
            raise ModelError(f"Cannot read the model's scorer '{path}': {e}.") from e
        texts = []
        for t in spec["texts"]:
            points, lengths = arrays[f"{t['name']}.terms"], arrays[f"{t['name']}.lengths"]
            joined = points.tobytes().decode("utf-32-le", "surrogatepass")
            ends = np.cumsum(lengths).tolist()
            terms = [joined[e - n : e] for e, n in zip(ends, lengths.tolist(), strict=True)]
            texts.append(
                TextBlock(
                    t["name"],
                    t["column"],
                    slice(t["start"], t["stop"]),
                    t["analyzer"],
                    tuple(t["ngram_range"]),
                    t["token_pattern"],
                    t["binary"],
                    t["sublinear_tf"],
                    t["norm"],
                    terms,
                    arrays.get(f"{t['name']}.idf"),
                    np.dtype(t["dtype"]),
                )
            )
        passthrough = [(cols, slice(start, stop)) for cols, start, stop in spec["passthrough"]]
        return cls(
            spec["classes"],
            arrays["coef"],
            arrays["intercept"],
            arrays["calibration"],
            passthrough,
            texts,
        )


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info
