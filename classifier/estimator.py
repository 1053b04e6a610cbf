"""Estimator: b2x — the rules and the model — as a scikit-learn classifier.

:class:`B2xClassifier` takes a DataFrame of records as :func:`classifier.read_orders`
gives them (an export's own headers or the canonical field names) and labels, and
fits a model the way ``b2x train`` does: the same features (the shipped rules'
evidence, the buyer's name as character n-grams, the item text as words, line
sizes) into the same calibrated logistic regression. ``predict`` and
``predict_proba`` then run the whole pipeline of :func:`classifier.classify`:
columns, rules, model, the policy's decision. So it goes where a scikit-learn
classifier goes: ``cross_val_score``, ``GridSearchCV``, a ``Pipeline``.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted
from threadpoolctl import threadpool_limits

from classifier.columns import canonical
from classifier.config import LABELS
from classifier.exceptions import InputError
from classifier.fields import map_columns
from classifier.model.features import model_frame
from classifier.model.fit import build_pipeline, fit_model
from classifier.model.saved import Model, load_model
from classifier.pipeline import classify, label_columns
from classifier.rules.base import SHIPPED, RuleSet
from classifier.rules.evidence import evidence_and_fired

__all__ = ["B2xClassifier", "NOT_APPLICABLE_CHECKS"]

# scikit-learn's estimator checks that do not apply, and why: ``parametrize_with_checks``'s
# ``expected_failed_checks``. tests/test_estimator.py runs every check and expects these,
# and only these, to fail; what they stand for is tested there on records.
_NUMERIC = (
    "fits on a generated numeric array with integer classes; B2xClassifier reads "
    "a DataFrame of records (buyer, product, ... as text) labelled B2B, B2C or B2G, "
    "and refuses an array, which has no headers to read fields by"
)
_SPARSE = "fits on a sparse matrix: records are text, never a sparse matrix"
_MESSAGE = (
    "expects the message scikit-learn's own validation gives a numeric array (of "
    "1 sample, 1 feature, 0 features, complex numbers, zero weights, a continuous "
    "target, y None); here X is refused before, as not a DataFrame of records"
)
NOT_APPLICABLE_CHECKS: dict[str, str] = {
    **dict.fromkeys(
        (
            "check_classifier_data_not_an_array",
            "check_classifiers_classes",
            "check_classifiers_one_label",
            "check_classifiers_one_label_sample_weights",
            "check_classifiers_train",
            "check_dict_unchanged",
            "check_dont_overwrite_parameters",
            "check_dtype_object",
            "check_estimators_dtypes",
            "check_estimators_fit_returns_self",
            "check_estimators_overwrite_params",
            "check_estimators_pickle",
            "check_f_contiguous_array_estimator",
            "check_fit2d_predict1d",
            "check_fit_check_is_fitted",
            "check_fit_idempotent",
            "check_fit_score_takes_y",
            "check_methods_sample_order_invariance",
            "check_methods_subset_invariance",
            "check_n_features_in",
            "check_n_features_in_after_fitting",
            "check_pipeline_consistency",
            "check_positive_only_tag_during_fit",
            "check_readonly_memmap_input",
            "check_sample_weight_equivalence_on_dense_data",
            "check_sample_weights_list",
            "check_sample_weights_not_an_array",
            "check_sample_weights_not_overwritten",
            "check_sample_weights_pandas_series",
            "check_sample_weights_shape",
            "check_supervised_y_2d",
        ),
        _NUMERIC,
    ),
    **dict.fromkeys(
        (
            "check_estimator_sparse_array",
            "check_estimator_sparse_matrix",
            "check_estimator_sparse_tag",
        ),
        _SPARSE,
    ),
    **dict.fromkeys(
        (
            "check_all_zero_sample_weights_error",
            "check_classifiers_regression_target",
            "check_complex_data",
            "check_estimators_empty_data_messages",
            "check_fit2d_1feature",
            "check_fit2d_1sample",
            "check_requires_y_none",
        ),
        _MESSAGE,
    ),
}


class B2xClassifier(ClassifierMixin, BaseEstimator):
    """b2x as a scikit-learn classifier: the rules and a model fitted on ``X, y``.

    Parameters
    ----------
    rules : RuleSet, str or Path, optional
        The rules of :func:`classifier.classify`: the shipped rule set by default, a
        :class:`~classifier.rules.base.RuleSet`, or an analyst's rules file (TOML).
    columns : dict, optional
        ``{field: header}`` overrides of the header mapping (``--map``).
    C : float, optional
        Inverse regularisation strength of the logistic regression; None keeps
        ``b2x train``'s own (4.0). A parameter to tune with ``GridSearchCV``.
    random_state : int
        Seed of the model's cross-validated calibration, as ``b2x train --seed``.
    model : Model, str or Path, optional
        A fitted model to use as it is: ``fit`` then only records the classes, and the
        estimator predicts as ``b2x classify --model`` does. None (the default): ``fit``
        trains one on ``X, y``. ``"shipped"``: the shipped model.

    Attributes
    ----------
    classes_ : ndarray of str
        ``["B2B", "B2C", "B2G"]``; ``predict_proba``'s columns are in this order.
    model_ : Model
        The fitted (or given) model.
    rules_ : RuleSet
        The rule set in use.
    n_features_in_ : int
        Columns of the ``X`` fitted on; ``feature_names_in_`` their headers.

    Notes
    -----
    ``X`` must be a DataFrame: b2x reads columns by what their headers and cells say, so
    a bare array has nothing to read. ``y`` must hold all three labels (the model
    gives a probability to each). The labels come from the policy as ``b2x classify``
    decides it: a deciding rule (a legal form, a state body) settles a label whatever
    the model says, so ``predict`` is not the model alone.

    A record's label can depend on the other records of ``X``, as it does on the rest of
    a file for ``b2x classify``: the lines of one order share one label, and a buyer's
    number of orders in ``X`` is evidence (a lasting relationship). Predictions do not
    depend on the order of the rows.

    Of scikit-learn's estimator checks (``sklearn.utils.estimator_checks``) these pass:
    tags, repr, cloning, ``get_params``/``set_params`` (and their invariance), nothing set
    or validated in ``__init__``, default construction, mixin order, ``NotFittedError``
    before ``fit``, a 1-D ``X`` and a ``y`` with NaN refused. The others, listed with
    their reasons in :data:`NOT_APPLICABLE_CHECKS`, do not apply: each fits on a
    generated numeric array (or sparse matrix) with integer classes, which this
    estimator refuses by design, or expects the wording scikit-learn's validation gives
    such an array. What they stand for — fit returns self and leaves the parameters
    alone, predictions independent of row order, idempotent fit, pickling, sample
    weights, inside a ``Pipeline`` — is tested on records in ``tests/test_estimator.py``;
    subset invariance does not hold, as said above.

    Examples
    --------
    >>> from sklearn.model_selection import cross_val_score
    >>> train = read_orders("data/train.csv").sample(600, random_state=0)  # doctest: +SKIP
    >>> X, y = train.drop(columns=["label", "ambiguous", "case"]), train["label"]  # doctest: +SKIP
    >>> cross_val_score(B2xClassifier(), X, y, cv=3, scoring="f1_macro")  # doctest: +SKIP
    array([0.9..., 0.9..., 0.9...])
    """

    def __init__(
        self,
        *,
        rules: RuleSet | str | Path | None = None,
        columns: dict[str, str] | None = None,
        C: float | None = None,
        random_state: int = 0,
        model: Model | str | Path | None = None,
    ) -> None:
        self.rules = rules
        self.columns = columns
        self.C = C
        self.random_state = random_state
        self.model = model

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.allow_nan = True
        return tags

    def __getstate__(self) -> dict[str, Any]:
        """The estimator's state without the rule set's caches, which hold what the rules
        found per distinct value (unpicklable, and no part of what was fitted)."""
        state = dict(super().__getstate__())  # a copy: it may be the instance's own __dict__
        rules = state.get("rules_")
        if rules is SHIPPED:
            state["rules_"] = "shipped"
        elif isinstance(rules, RuleSet):
            state["rules_"] = dataclasses.replace(rules, _matchers={}, _memos={})
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        if state.get("rules_") == "shipped":
            state = {**state, "rules_": SHIPPED}
        super().__setstate__(state)

    # ------------------------------------------------------------------ fitting

    def fit(self, X: pd.DataFrame, y: Any, sample_weight: Any = None) -> B2xClassifier:
        """Fit a model on records ``X`` labelled ``y`` (B2B, B2C or B2G), as ``b2x train``."""
        frame = _records(X)
        labels = _labels(y, len(frame))
        self.rules_ = _ruleset(self.rules)
        self.feature_names_in_ = np.asarray([str(c) for c in frame.columns], dtype=object)
        self.n_features_in_ = frame.shape[1]
        self.classes_ = np.array(LABELS, dtype=object)
        if self.model is not None:
            self.model_ = _given_model(self.model)
            return self
        missing = sorted(set(LABELS) - set(labels))
        if missing:
            raise InputError(
                f"y must hold each of B2B, B2C and B2G to fit a model. Got none of "
                f"{', '.join(missing)}; pass model='shipped' to use the shipped model."
            )
        features = self._features(frame)
        # BLAS on one thread: the regression's dense steps are small, and OpenBLAS's idle
        # threads busy-wait — on a busy machine a 400-row fit took 8 s instead of 0.6 s
        with threadpool_limits(1, user_api="blas"):
            self._fit_model(features, labels, frame, sample_weight)
        return self

    def _fit_model(
        self, features: pd.DataFrame, labels: np.ndarray, frame: pd.DataFrame, sample_weight: Any
    ) -> None:
        weight = None if sample_weight is None else np.asarray(sample_weight, dtype=float)
        if self.C is None:
            digest = hashlib.sha256(
                pd.util.hash_pandas_object(frame.astype("string"), index=False).to_numpy()
            ).hexdigest()
            self.model_ = fit_model(
                features,
                pd.Series(labels),
                data_hash=digest,
                sample_weight=weight,
                random_state=self.random_state,
            )
        else:
            pipeline = build_pipeline(self.random_state)
            pipeline.set_params(classify__estimator__C=float(self.C))
            fit_params = {"classify__sample_weight": weight} if weight is not None else {}
            pipeline.fit(features, labels, **fit_params)
            self.model_ = Model(
                pipeline,
                {"labels": list(LABELS), "C": float(self.C), "random_state": self.random_state},
            )

    def _features(self, frame: pd.DataFrame) -> pd.DataFrame:
        """The model's feature frame of records, as :func:`classifier.model.train.features_of`
        builds it, with this estimator's columns and rules."""
        source = frame.attrs.get("b2x", {}).get("source", "X")
        canon = canonical(frame, map_columns(frame, self.columns, name=source))
        evidence, fired = evidence_and_fired(canon, self.rules_)
        return model_frame(canon, evidence, fired)

    # --------------------------------------------------------------- predicting

    def _labels_of(self, X: pd.DataFrame) -> pd.DataFrame:
        check_is_fitted(self, "model_")
        frame = _records(X)
        return label_columns(frame, self.model_, columns=self.columns, rules=self.rules_)

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        """The label of each record: B2B, B2C or B2G."""
        return self._labels_of(X)["label"].to_numpy(dtype=object)

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        """The probability of each label (columns in :attr:`classes_` order) per record,
        after the policy's decision: ``b2x classify``'s ``p_b2b, p_b2c, p_b2g``."""
        labels = self._labels_of(X)
        columns = [f"p_{label.lower()}" for label in self.classes_]
        return labels[columns].to_numpy(dtype=float)

    def classify(self, X: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
        """``X`` with ``label, confidence, ambiguous, reasons, p_b2b, p_b2c, p_b2g``
        appended, as :func:`classifier.classify` gives it."""
        check_is_fitted(self, "model_")
        return classify(
            _records(X), self.model_, columns=self.columns, lang=lang, rules=self.rules_
        )


def _records(X: Any) -> pd.DataFrame:
    """``X`` as a frame of records; a bare array has no headers to read fields by."""
    if isinstance(X, pd.DataFrame):
        return X
    if isinstance(X, list) and all(isinstance(r, dict) for r in X):
        return pd.DataFrame(X)
    raise InputError(
        "X must be a DataFrame of records (as read_orders gives them, or with columns named "
        f"buyer, product, quantity, ...). Got {type(X).__name__} instead."
    )


def _labels(y: Any, n: int) -> np.ndarray:
    """``y`` as an array of B2B/B2C/B2G, checked."""
    labels = pd.Series(np.asarray(y, dtype=object).ravel()).astype("string").str.strip().str.upper()
    if len(labels) != n:
        raise InputError(f"y must have one label per row of X ({n}). Got {len(labels)} instead.")
    bad = ~labels.isin(LABELS).to_numpy(dtype=bool)
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise InputError(
            f"y must hold B2B, B2C or B2G. Got {str(labels.iloc[first])!r} (row {first}) instead."
        )
    return labels.to_numpy(dtype=object)


def _ruleset(rules: RuleSet | str | Path | None) -> RuleSet:
    if rules is None:
        return SHIPPED
    if isinstance(rules, RuleSet):
        return rules
    from classifier.rules.analyst import load_rules

    return load_rules(rules)


def _given_model(model: Model | str | Path) -> Model:
    if isinstance(model, Model):
        return model
    return load_model(None if str(model) == "shipped" else model)
