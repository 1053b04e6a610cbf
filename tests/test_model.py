"""Model: training is reproducible, saving writes a manifest, loading checks the hash."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from classifier import ModelError, load_model, save_model, train
from classifier.model import PROBA_COLUMNS, file_sha256
from tests.conftest import REPO


@pytest.fixture(scope="module")
def training_frame() -> pd.DataFrame:
    """600 rows of the corpus's training part: enough for a small, real fit."""
    frame = pd.read_csv(REPO / "data" / "train.csv", dtype=str, keep_default_na=False)
    return frame.sample(600, random_state=1).reset_index(drop=True)


def test_training_is_reproducible(training_frame):
    first = train(training_frame)
    second = train(training_frame)
    sample = training_frame.drop(columns=["label"]).head(50)
    from classifier.pipeline import analyse

    p1 = analyse(sample, first).model_proba
    p2 = analyse(sample, second).model_proba
    pd.testing.assert_frame_equal(p1, p2)
    assert first.manifest["training_data_sha256"] == second.manifest["training_data_sha256"]


def test_save_load_round_trip_with_manifest(training_frame, tmp_path):
    model = train(training_frame)
    path = save_model(model, tmp_path / "mine.joblib")
    manifest = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    assert manifest["sha256"] == file_sha256(path)
    assert manifest["labels"] == ["B2B", "B2C", "B2G"]
    assert "scikit-learn" in manifest["libraries"]
    assert "buyer_text" in manifest["features"]
    loaded = load_model(path)
    sample = training_frame.drop(columns=["label"]).head(20)
    from classifier.pipeline import analyse

    pd.testing.assert_frame_equal(analyse(sample, model).model_proba,
                                  analyse(sample, loaded).model_proba)  # fmt: skip
    assert list(analyse(sample, loaded).model_proba.columns) == list(PROBA_COLUMNS)


def test_a_model_file_that_does_not_match_its_manifest_is_refused(training_frame, tmp_path):
    path = save_model(train(training_frame.head(300)), tmp_path / "m.joblib")
    with path.open("ab") as f:
        f.write(b"tampered")
    with pytest.raises(ModelError, match="does not match its manifest"):
        load_model(path)


def test_missing_manifest_or_file(tmp_path):
    (tmp_path / "lonely.joblib").write_bytes(b"x")
    with pytest.raises(ModelError, match="has no manifest"):
        load_model(tmp_path / "lonely.joblib")
    with pytest.raises(ModelError, match="does not exist"):
        load_model(tmp_path / "nothing.joblib")


def test_training_labels_must_be_the_three_labels(training_frame):
    from classifier import InputError

    bad = training_frame.head(30).copy()
    bad.loc[7, "label"] = "B2X"
    with pytest.raises(InputError, match=r"row 9, column 'label': label must be B2B, B2C or B2G"):
        train(bad)


def test_shipped_model_has_a_manifest_with_test_metrics(model):
    metrics = model.manifest["metrics"]
    assert metrics["b2x"]["macro_f1"] >= 0.95
    assert model.manifest["sha256"] == file_sha256(model.path)


def test_block_by_block_probabilities_equal_the_pipelines(model):
    """Model.predict_proba sums the linear model block by block; it must equal sklearn's."""
    import numpy as np

    from classifier import read_orders
    from classifier.pipeline import analyse

    frame = read_orders(REPO / "data" / "independent" / "orders_en.csv").drop(
        columns=["label", "ambiguous"]
    )
    features = analyse(frame, model).features
    ours = model.predict_proba(features).to_numpy()
    theirs = model.pipeline.predict_proba(features)
    order = [list(model.pipeline.classes_).index(label) for label in ("B2B", "B2C", "B2G")]
    assert np.allclose(ours, theirs[:, order], atol=1e-12, rtol=0)


@pytest.mark.parametrize("name", ["buyer", "product", "note", "address"])
def test_ngram_counts_equal_sklearns(model, name):
    """Our n-gram counts and the tf-idf on them equal scikit-learn's, bit for bit."""
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    features = model.pipeline.named_steps["features"]
    vectorizer = dict((name, step) for name, step, _ in features.transformers_)[name]
    frame = pd.read_csv(REPO / "data" / "test.csv", dtype=str, keep_default_na=False)
    texts = list(dict.fromkeys(frame.drop(columns=["label"]).to_numpy().ravel()))
    texts += ["", " ", "a", "ab", "  x\t y\u00a0z  ", "İstanbul ÄÖ", "ß ẞ", "\U0001f600", "\ud800",
              "one_two 3 45 six-seven eight", "Ноутбук ноутбук НОУТБУК ноутбук"]
    counter = vectorizer._counter()
    assert counter is not None
    theirs = CountVectorizer.transform(vectorizer, texts)
    assert len(texts) > 1000 and theirs.nnz > 1000  # many texts, thousands of known terms
    pairs = [
        (theirs, counter.counts(texts)),
        (TfidfVectorizer.transform(vectorizer, texts), vectorizer._transform_distinct(texts)),
    ]
    if name == "buyer":  # counted in several batches too
        pairs.append((theirs, counter.counts(texts, batch=1000)))
    for a, b in pairs:
        a.sort_indices()
        assert a.shape == b.shape and a.dtype == b.dtype
        assert (a.indptr == b.indptr).all() and (a.indices == b.indices).all()
        assert (a.data == b.data).all()
