"""The Dask engine: the chunk function over a Dask DataFrame on a local cluster of two
worker processes labels every row as a single-process run does."""

from __future__ import annotations

import pandas as pd
import pytest

from classifier import classify, read_orders
from tests.conftest import SAMPLES

pytest.importorskip("distributed")

from classifier.cluster import classify_dask  # noqa: E402


def _same(path, out, model):
    whole = classify(read_orders(path), model)
    back = read_orders(out) if out.suffix else pd.read_parquet(out)
    assert list(back.columns) == list(whole.columns)
    for column in ("label", "reasons"):
        assert back[column].tolist() == whole[column].tolist(), column
    flags = back["ambiguous"].astype(str).str.lower().eq("true")
    assert flags.tolist() == whole["ambiguous"].tolist()
    for column in ("confidence", "p_b2b", "p_b2c", "p_b2g"):
        assert back[column].astype(float).tolist() == whole[column].tolist(), column


@pytest.mark.parametrize("name", ["orders_1c.csv", "orders_shop.csv"])
def test_samples_on_a_local_cluster(tmp_path, model, name):
    # the 1C sample has a line break inside a quoted cell: read as one block per file
    out = classify_dask(SAMPLES / name, tmp_path / "out.csv", model, workers=2,
                        blocksize=None if name == "orders_1c.csv" else 3000)  # fmt: skip
    _same(SAMPLES / name, out, model)


def test_300k_rows_in_many_partitions_equal_the_single_process_run(tmp_path, model, export_300k):
    out = classify_dask(export_300k, tmp_path / "parts", model, workers=2, blocksize="4MB")
    assert len(list(out.glob("*.parquet"))) > 3
    _same(export_300k, out, model)


# the model and the file's context go to the workers once, not inside the task graph
@pytest.mark.filterwarnings("error:Sending large graph")
def test_cli_engine_dask(tmp_path):
    from typer.testing import CliRunner

    from classifier.cli import app

    out = tmp_path / "labelled.csv"
    result = CliRunner().invoke(app, ["classify", str(SAMPLES / "orders_shop.csv"), "--engine",
                                      "dask", "--jobs", "2", "-o", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert len(read_orders(out)) == 50
    missing = CliRunner().invoke(app, ["classify", str(SAMPLES / "orders_shop.csv"), "--engine",
                                       "dask"])  # fmt: skip
    assert missing.exit_code == 1 and "--engine dask needs -o" in missing.output
