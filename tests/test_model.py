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
    assert manifest["scorer"] == {"file": "mine.npz", "sha256": file_sha256(tmp_path / "mine.npz")}
    assert manifest["labels"] == ["B2B", "B2C", "B2G"]
    assert "scikit-learn" in manifest["libraries"]
    assert "buyer_text" in manifest["features"]
    loaded = load_model(path)
    sample = training_frame.drop(columns=["label"]).head(20)
    from classifier.pipeline import analyse

    pd.testing.assert_frame_equal(analyse(sample, model).model_proba,
                                  analyse(sample, loaded).model_proba,
                                  check_exact=True)  # fmt: skip
    assert list(analyse(sample, loaded).model_proba.columns) == list(PROBA_COLUMNS)
    assert loaded._pipeline is None  # classifying read the scorer only
    assert loaded.pipeline.named_steps["features"].get_feature_names_out().size == (
        model.manifest["n_features"]
    )


def test_the_scorer_file_depends_on_the_model_alone(training_frame, tmp_path):
    model = train(training_frame.head(300))
    save_model(model, tmp_path / "a.joblib")
    save_model(model, tmp_path / "b.joblib")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()


def test_a_model_saved_without_a_scorer_gets_one_from_its_pipeline(training_frame, tmp_path):
    model = train(training_frame.head(300))
    path = save_model(model, tmp_path / "old.joblib")
    manifest = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    del manifest["scorer"]
    path.with_suffix(".json").write_text(json.dumps(manifest), encoding="utf-8")
    path.with_suffix(".npz").unlink()
    sample = training_frame.drop(columns=["label"]).head(40)
    from classifier.pipeline import analyse

    pd.testing.assert_frame_equal(analyse(sample, model).model_proba,
                                  analyse(sample, load_model(path)).model_proba,
                                  check_exact=True)  # fmt: skip


@pytest.mark.parametrize("suffix", [".joblib", ".npz"])
def test_a_model_file_that_does_not_match_its_manifest_is_refused(training_frame, tmp_path,
                                                                  suffix):  # fmt: skip
    path = save_model(train(training_frame.head(300)), tmp_path / "m.joblib")
    with path.with_suffix(suffix).open("ab") as f:
        f.write(b"tampered")
    with pytest.raises(ModelError, match=rf"m\{suffix}' does not match its manifest"):
        load_model(path)
    path.with_suffix(suffix).unlink()
    with pytest.raises(ModelError, match="does not exist|has no scorer"):
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
    """The scorer's n-gram counts and tf-idf rows equal scikit-learn's, bit for bit."""
    from sklearn.feature_extraction.text import CountVectorizer

    features = model.pipeline.named_steps["features"]
    vectorizer = dict((name, step) for name, step, _ in features.transformers_)[name]
    frame = pd.read_csv(REPO / "data" / "test.csv", dtype=str, keep_default_na=False)
    texts = list(dict.fromkeys(frame.drop(columns=["label"]).to_numpy().ravel()))
    texts += ["", " ", "a", "ab", "  x\t y\u00a0z  ", "İstanbul ÄÖ", "ß ẞ", "\U0001f600", "\ud800",
              "one_two 3 45 six-seven eight", "Ноутбук ноутбук НОУТБУК ноутбук",
              " ".join(texts[:300])]  # one text of thousands of n-grams: a long sum of squares
    block = {text.name: text for text in model.scorer.texts}[name]
    counter = block.counter
    theirs = CountVectorizer.transform(vectorizer, texts)
    assert len(texts) > 1000 and theirs.nnz > 1000  # many texts, thousands of known terms
    pairs = [
        (theirs, counter.counts(texts)),
        (vectorizer.transform(texts), block.vectorise(texts)),
    ]
    if name == "buyer":  # counted in several batches too
        pairs.append((theirs, counter.counts(texts, batch=1000)))
    # words by pyarrow, but for the texts of other letters (of a lone surrogate: none)
    utf8 = [text for text in texts if text != "\ud800"]
    pairs.append((CountVectorizer.transform(vectorizer, utf8), counter.counts(utf8)))
    for a, b in pairs:
        a.sort_indices()
        assert a.shape == b.shape and a.dtype == b.dtype
        assert (a.indptr == b.indptr).all() and (a.indices == b.indices).all()
        assert (a.data == b.data).all()


def test_classifying_a_file_imports_neither_scikit_learn_nor_joblib(tmp_path):
    """`b2x classify` reads the model's scorer: nothing is unpickled, scikit-learn stays out."""
    import subprocess
    import sys

    sample = REPO / "data" / "samples" / "orders_1c.csv"
    code = (
        "import runpy, sys\n"
        f"sys.argv = ['b2x', 'classify', {str(sample)!r}, '-o', {str(tmp_path / 'out.csv')!r}]\n"
        "try:\n    runpy.run_module('classifier', run_name='__main__')\n"
        "except SystemExit as e:\n    assert not e.code, e.code\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'joblib'}))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "[]"
    from classifier import read_orders

    assert len(read_orders(tmp_path / "out.csv")) == len(read_orders(sample))

