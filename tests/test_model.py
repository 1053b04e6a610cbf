"""Model: training is reproducible, saving writes a manifest, loading checks the hash."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from classifier import ModelError, load_model, save_model, train
from classifier.config import PROBA_COLUMNS
from classifier.files.hashes import file_sha256
from tests.conftest import REPO


@pytest.fixture(scope="module")
def training_frame(training_records) -> pd.DataFrame:
    """The 400 labelled records the session's ``fitted_model`` was trained on."""
    X, y = training_records
    return X.iloc[:400].assign(label=y.iloc[:400].to_numpy())


@pytest.fixture(scope="module")
def fitted(fitted_model):
    """A model fitted in this process: the only kind that has a scikit-learn pipeline."""
    return fitted_model


def test_training_is_reproducible(training_frame, fitted):
    first = fitted
    second = train(training_frame)
    sample = training_frame.drop(columns=["label"]).head(50)
    from classifier.pipeline import analyse

    p1 = analyse(sample, first).model_proba
    p2 = analyse(sample, second).model_proba
    pd.testing.assert_frame_equal(p1, p2)
    assert first.manifest["training_data_sha256"] == second.manifest["training_data_sha256"]


def test_save_load_round_trip_with_manifest(training_frame, fitted, tmp_path):
    model = fitted
    path = save_model(model, tmp_path / "mine.joblib")  # the name older versions gave
    assert path == tmp_path / "mine.json"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.json", "mine.npz"]
    manifest = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    assert manifest["sha256"] == file_sha256(tmp_path / "mine.npz")
    assert manifest["scorer"] == {"file": "mine.npz", "sha256": file_sha256(tmp_path / "mine.npz")}
    assert manifest["labels"] == ["B2B", "B2C", "B2G"]
    assert "scikit-learn" in manifest["libraries"]
    assert "buyer_text" in manifest["features"]
    loaded = load_model(path)
    sample = training_frame.drop(columns=["label"]).head(20)
    from classifier.pipeline import analyse

    pd.testing.assert_frame_equal(
        analyse(sample, model).model_proba, analyse(sample, loaded).model_proba, check_exact=True
    )
    assert list(analyse(sample, loaded).model_proba.columns) == list(PROBA_COLUMNS)
    assert loaded._pipeline is None  # a model file is data: no pipeline comes back
    with pytest.raises(ModelError, match="not a pickle"):
        _ = loaded.pipeline
    assert loaded.scorer.coef.shape[1] == model.manifest["n_features"]
    for name in ("mine.json", "mine.npz"):  # either file names the model
        assert load_model(tmp_path / name).version == loaded.version


def test_the_scorer_file_depends_on_the_model_alone(fitted, tmp_path):
    model = fitted
    save_model(model, tmp_path / "a.joblib")
    save_model(model, tmp_path / "b.joblib")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()


def test_a_manifest_without_arrays_is_refused_not_unpickled(fitted, tmp_path):
    """An older model (a pickle and a manifest without "scorer") is not loaded: retrain."""
    path = save_model(fitted, tmp_path / "old.json")
    manifest = json.loads(path.read_text(encoding="utf-8"))
    del manifest["scorer"]
    path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelError, match="older b2x: retrain"):
        load_model(path)


def test_arrays_that_do_not_match_the_manifest_are_refused(fitted, tmp_path):
    path = save_model(fitted, tmp_path / "m.json")
    with path.with_suffix(".npz").open("ab") as f:
        f.write(b"tampered")
    with pytest.raises(ModelError, match=r"m\.npz' does not match its manifest"):
        load_model(path)
    path.with_suffix(".npz").unlink()
    with pytest.raises(ModelError, match="has no scorer"):
        load_model(path)


def test_missing_manifest_or_file(tmp_path):
    (tmp_path / "lonely.npz").write_bytes(b"x")
    with pytest.raises(ModelError, match="has no manifest"):
        load_model(tmp_path / "lonely.npz")
    with pytest.raises(ModelError, match="does not exist"):
        load_model(tmp_path / "nothing.joblib")
    with pytest.raises(ModelError, match="must be named NAME.json"):
        load_model(tmp_path / "model.pkl")


def test_training_labels_must_be_the_three_labels(training_frame):
    from classifier import InputError

    bad = training_frame.head(30).reset_index(drop=True)
    bad.loc[7, "label"] = "B2X"
    with pytest.raises(InputError, match=r"row 9, column 'label': label must be B2B, B2C or B2G"):
        train(bad)


def test_shipped_model_has_a_manifest_with_test_metrics(model):
    metrics = model.manifest["metrics"]
    assert metrics["b2x"]["macro_f1"] >= 0.95
    assert model.manifest["scorer"]["sha256"] == file_sha256(model.path.with_suffix(".npz"))


def test_block_by_block_probabilities_equal_the_pipelines(fitted):
    """Model.predict_proba sums the linear model block by block; it must equal sklearn's."""
    import numpy as np

    from classifier import read_orders
    from classifier.pipeline import analyse

    frame = read_orders(REPO / "data" / "independent" / "orders_en.csv").drop(
        columns=["label", "ambiguous"]
    )
    model = fitted
    features = analyse(frame, model).features
    ours = model.predict_proba(features).to_numpy()
    theirs = model.pipeline.predict_proba(features)
    order = [list(model.pipeline.classes_).index(label) for label in ("B2B", "B2C", "B2G")]
    assert np.allclose(ours, theirs[:, order], atol=1e-12, rtol=0)


def test_contributions_equal_the_pipelines(fitted):
    """Model.contributions reads the scorer's numbers; they are the pipeline's transform
    times the regression's coefficients, feature by feature (the oracle of the fast twin)."""
    import numpy as np

    from classifier import read_orders
    from classifier.pipeline import analyse

    frame = read_orders(REPO / "data" / "independent" / "orders_en.csv").drop(
        columns=["label", "ambiguous"]
    )
    features = analyse(frame.head(40), fitted).features
    transformer = fitted.pipeline.named_steps["features"]
    base = fitted.pipeline.named_steps["classify"].calibrated_classifiers_[0].estimator
    for rows in ([3], [0, 5, 7]):
        part = features.iloc[rows]
        values = np.asarray(transformer.transform(part).sum(axis=0)).ravel()
        nonzero = np.flatnonzero(values)
        theirs = pd.DataFrame(
            (base.coef_[:, nonzero] * values[nonzero]).T,
            index=transformer.get_feature_names_out()[nonzero],
            columns=list(base.classes_),
        )[["B2B", "B2C", "B2G"]]
        ours = fitted.contributions(part)
        assert list(ours.index) == list(theirs.index)
        # one row: the same numbers; several: sums of float32 tf-idf in another order
        tolerance = 1e-12 if len(rows) == 1 else 1e-6
        assert np.allclose(ours.to_numpy(), theirs.to_numpy(), atol=tolerance, rtol=0)


@pytest.mark.parametrize("name", ["buyer", "product", "note", "address"])
def test_ngram_counts_equal_sklearns(fitted, name):
    """The scorer's n-gram counts and tf-idf rows equal scikit-learn's, bit for bit."""
    from sklearn.feature_extraction.text import CountVectorizer

    model = fitted
    features = model.pipeline.named_steps["features"]
    vectorizer = dict((name, step) for name, step, _ in features.transformers_)[name]
    frame = pd.read_csv(REPO / "data" / "test.csv", dtype=str, keep_default_na=False)
    texts = list(dict.fromkeys(frame.drop(columns=["label"]).to_numpy().ravel()))
    texts += [
        "",
        " ",
        "a",
        "ab",
        "  x\t y\u00a0z  ",
        "İstanbul ÄÖ",
        "ß ẞ",
        "\U0001f600",
        "\ud800",
        "one_two 3 45 six-seven eight",
        "Ноутбук ноутбук НОУТБУК ноутбук",
        " ".join(texts[:300]),
    ]  # one text of thousands of n-grams: a long sum of squares
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
