"""Shared fixtures: the shipped model, loaded once, and a writer of small export files."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from classifier import load_model, read_orders, train
from classifier.model.saved import Model

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"


@pytest.fixture(scope="session")
def model() -> Model:
    """The default model shipped in models/."""
    return load_model()


@pytest.fixture(scope="session")
def training_records() -> tuple[pd.DataFrame, pd.Series]:
    """600 records of data/train.csv (200 of each label), as read_orders reads them: X, y.

    The first 400 train :func:`fitted_model`; the rest are records it has not seen.
    """
    frame = read_orders(REPO / "data" / "train.csv")
    part = frame.groupby("label", group_keys=False).sample(200, random_state=0)
    part = part.sample(frac=1.0, random_state=1)  # labels mixed, index not in order
    return part.drop(columns=["label", "ambiguous", "case"]), part["label"]


@pytest.fixture(scope="session")
def fitted_model(training_records) -> Model:
    """A model fitted once for the whole session, on the first 400 ``training_records``: the
    only kind with a scikit-learn pipeline. Every test that needs a fit of its own data but
    not of particular records shares it; none may change it (saving it is fine)."""
    X, y = training_records
    return train(X.iloc[:400].assign(label=y.iloc[:400].to_numpy()))


@pytest.fixture
def write_text(tmp_path: Path) -> Callable[..., Path]:
    """Write ``text`` to ``tmp_path/name`` in ``encoding`` and return the path."""

    def write(name: str, text: str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write


@pytest.fixture
def records() -> Callable[..., pd.DataFrame]:
    """Make a frame of canonical-field records, cells as text, as an export would hold them."""

    def make(*rows: dict[str, object]) -> pd.DataFrame:
        return pd.DataFrame([{k: str(v) for k, v in row.items()} for row in rows]).fillna("")

    return make


@pytest.fixture
def evidence_of(records) -> Callable[..., pd.DataFrame]:
    """Evidence frame of canonical-field records (see ``records``)."""
    from classifier.columns import canonical
    from classifier.fields import map_columns
    from classifier.rules.evidence import find_evidence

    def make(*rows: dict[str, object]) -> pd.DataFrame:
        frame = records(*rows)
        return find_evidence(canonical(frame, map_columns(frame)))

    return make


def fired(evidence: pd.DataFrame, row: int = 0) -> dict[str, object]:
    """Rules that fired on one row of an evidence frame, with their matched values."""
    values = evidence.iloc[row]
    return {rule: value for rule, value in values.items() if value is not None}


@pytest.fixture(scope="session")
def export_100k(tmp_path_factory):
    """A generated 100,000-row export with realistic repetition (benchmarks/make_export.py):
    orders of one to six lines, repeat buyers, cut into seven or more chunks or blocks."""
    path = tmp_path_factory.mktemp("big") / "orders.csv"
    subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "make_export.py"),
            "--rows",
            "100000",
            "--seed",
            "7",
            "-o",
            str(path),
        ],
        check=True,
    )
    return path


@pytest.fixture(autouse=True)
def _no_personal_state(tmp_path_factory, monkeypatch) -> None:
    """Keep every test away from the user's own label store and rules."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("B2X_STORE", str(home / "labels.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("B2X_RULES", raising=False)
