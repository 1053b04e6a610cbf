"""B2xClassifier: b2x as a scikit-learn estimator, fitted and used on records."""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.utils.estimator_checks import parametrize_with_checks

from classifier import B2xClassifier, classify
from classifier.estimator import NOT_APPLICABLE_CHECKS
from classifier.exceptions import InputError

# headers of a 1C-style export, for the canonical names of data/train.csv
RUSSIAN = {
    "order_id": "Номер заказа",
    "order_date": "Дата",
    "buyer": "Контрагент",
    "tax_id": "ИНН",
    "kpp": "КПП",
    "product": "Номенклатура",
    "quantity": "Количество",
    "amount": "Сумма",
    "email": "Электронная почта",
    "comment": "Комментарий",
}


@pytest.fixture(scope="module")
def slice_of_train(training_records) -> tuple[pd.DataFrame, pd.Series]:
    """600 records of data/train.csv (200 of each label): X, y (conftest's ``training_records``)."""
    return training_records


@pytest.fixture(scope="module")
def fitted(slice_of_train) -> B2xClassifier:
    X, y = slice_of_train
    return B2xClassifier().fit(X.iloc[:400], y.iloc[:400])


def test_predicts_as_classify_with_the_fitted_model(fitted, slice_of_train):
    X, _ = slice_of_train
    new = X.iloc[400:]
    labelled = classify(new, fitted.model_)
    assert list(fitted.classes_) == ["B2B", "B2C", "B2G"]
    assert (fitted.predict(new) == labelled["label"].to_numpy()).all()
    proba = fitted.predict_proba(new)
    assert proba.shape == (len(new), 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, atol=1e-3)
    np.testing.assert_allclose(proba, labelled[["p_b2b", "p_b2c", "p_b2g"]].to_numpy())
    frame = fitted.classify(new)
    assert frame["reasons"].str.len().gt(0).all() and frame.index.equals(new.index)


def test_fit_trains_the_model_b2x_train_trains(fitted, fitted_model):
    """The oracle: ``b2x train``'s own function on the same records gives the same model
    (``fitted_model`` is :func:`classifier.train` of the estimator's 400 records)."""
    trained = fitted_model
    np.testing.assert_allclose(fitted.model_.scorer.coef, trained.scorer.coef)
    np.testing.assert_allclose(fitted.model_.scorer.intercept, trained.scorer.intercept)


def test_reads_an_exports_own_headers(fitted, slice_of_train):
    X, y = slice_of_train
    russian = X.rename(columns=RUSSIAN)
    on_export = B2xClassifier().fit(russian.iloc[:400], y.iloc[:400])
    np.testing.assert_allclose(on_export.model_.scorer.coef, fitted.model_.scorer.coef)
    assert (on_export.predict(russian.iloc[400:]) == fitted.predict(X.iloc[400:])).all()


def test_cross_val_score(slice_of_train):
    X, y = slice_of_train
    scores = cross_val_score(B2xClassifier(), X, y, cv=StratifiedKFold(3), scoring="f1_macro")
    assert scores.shape == (3,) and scores.min() > 0.85


def test_grid_search_tunes_a_parameter(slice_of_train):
    X, y = slice_of_train
    search = GridSearchCV(
        B2xClassifier(), {"C": [0.05, 4.0]}, cv=StratifiedKFold(2), scoring="accuracy"
    ).fit(X.iloc[:300], y.iloc[:300])
    assert search.best_params_["C"] in (0.05, 4.0)
    assert (
        search.best_estimator_.model_.pipeline.get_params()["classify__estimator__C"]
        == (search.best_params_["C"])
    )
    assert set(search.predict(X.iloc[300:320])) <= {"B2B", "B2C", "B2G"}


def _filled(frame: pd.DataFrame) -> pd.DataFrame:
    """A user's own step before b2x: empty cells as empty text."""
    return frame.fillna("")


def test_inside_a_pipeline(fitted, slice_of_train):
    X, y = slice_of_train
    pipe = Pipeline([("fill", FunctionTransformer(_filled)), ("b2x", B2xClassifier())])
    pipe.fit(X.iloc[:400], y.iloc[:400])
    assert pipe.score(X.iloc[400:], y.iloc[400:]) > 0.85
    assert pipe.named_steps["b2x"].get_params()["C"] is None


def test_parameters_are_kept_and_cloned():
    estimator = B2xClassifier(columns={"buyer": "Клиент"}, C=1.0, random_state=3)
    assert estimator.get_params() == {
        "rules": None,
        "columns": {"buyer": "Клиент"},
        "C": 1.0,
        "random_state": 3,
        "model": None,
    }
    copy = clone(estimator.set_params(C=2.0))
    assert copy.get_params()["C"] == 2.0 and copy.get_params()["columns"] == {"buyer": "Клиент"}


def test_fit_returns_self_leaves_parameters_and_is_idempotent(fitted, slice_of_train):
    X, y = slice_of_train
    estimator = B2xClassifier()
    before = estimator.get_params()
    assert estimator.fit(X.iloc[:400], y.iloc[:400]) is estimator
    assert estimator.get_params() == before
    assert (estimator.predict(X.iloc[400:]) == fitted.predict(X.iloc[400:])).all()


def test_predictions_do_not_depend_on_row_order(fitted, slice_of_train):
    X, _ = slice_of_train
    new = X.iloc[400:]
    shuffled = new.sample(frac=1.0, random_state=2)
    by_row = pd.Series(fitted.predict(new), index=new.index)
    assert (pd.Series(fitted.predict(shuffled), index=shuffled.index)[new.index] == by_row).all()


def test_pickles_with_its_model(fitted, slice_of_train):
    X, _ = slice_of_train
    again = pickle.loads(pickle.dumps(fitted))
    assert (again.predict(X.iloc[400:]) == fitted.predict(X.iloc[400:])).all()


def test_sample_weight_changes_the_model(fitted, slice_of_train):
    X, y = slice_of_train
    weight = np.where(y.iloc[:400].to_numpy() == "B2C", 5.0, 1.0)
    weighted = B2xClassifier().fit(X.iloc[:400], y.iloc[:400], sample_weight=weight)
    assert not np.allclose(weighted.model_.scorer.coef, fitted.model_.scorer.coef)


def test_a_given_model_is_used_as_it_is(model, slice_of_train):
    X, y = slice_of_train
    shipped = B2xClassifier(model="shipped").fit(X.iloc[:10], y.iloc[:10])
    assert shipped.model_.version == model.version
    assert (shipped.predict(X.iloc[400:]) == classify(X.iloc[400:], model)["label"]).all()


def test_unfitted_raises_not_fitted(slice_of_train):
    with pytest.raises(NotFittedError):
        B2xClassifier().predict(slice_of_train[0])


@pytest.mark.parametrize(
    ("X", "y", "match"),
    [
        (np.zeros((3, 2)), ["B2B", "B2C", "B2G"], "X must be a DataFrame of records"),
        (
            pd.DataFrame({"buyer": ["ООО «Ромашка»"] * 3}),
            ["B2B", "B2X", "B2G"],
            "y must hold B2B, B2C or B2G. Got 'B2X'",
        ),
        (
            pd.DataFrame({"buyer": ["ООО «Ромашка»"] * 2}),
            ["B2B", "B2C"],
            "y must hold each of B2B, B2C and B2G.*B2G",
        ),
        (pd.DataFrame({"buyer": ["ООО «Ромашка»"] * 2}), ["B2B"], "one label per row of X"),
    ],
)
def test_refuses_what_it_cannot_read(X, y, match):
    with pytest.raises(InputError, match=match):
        B2xClassifier().fit(X, y)


@parametrize_with_checks(
    [B2xClassifier()], expected_failed_checks=lambda e: NOT_APPLICABLE_CHECKS, xfail_strict=True
)
def test_scikit_learn_estimator_checks(estimator, check):
    """scikit-learn's checks: the API ones pass; those of NOT_APPLICABLE_CHECKS fail as said."""
    check(estimator)
