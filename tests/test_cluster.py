"""The Dask engine: the chunk function over a Dask DataFrame on a local cluster of two
worker processes labels every row as a single-process run does."""

from __future__ import annotations

import pandas as pd
import pytest

from classifier import classify, read_orders
from tests.conftest import SAMPLES

pytest.importorskip("distributed")

from classifier.batch.cluster import classify_dask  # noqa: E402


def _same(path, out, model):
    whole = classify(read_orders(path), model)
    back = read_orders(out) if out.suffix else pd.read_parquet(out)
    assert list(back.columns) == list(whole.columns)
    for column in ("label", "reasons"):
        assert back[column].tolist() == whole[column].tolist(), column
    flags = back["ambiguous"].astype(str).str.lower().eq("true")
    assert flags.tolist() == whole["ambiguous"].tolist()
    for column in ("confidence", "p_b2b", "p_b2c", "p_b2g"):
        # a CSV file of decimal commas gets its probabilities with a decimal comma
        written = back[column].astype(str).str.replace(",", ".").astype(float)
        assert written.tolist() == whole[column].tolist(), column


@pytest.mark.parametrize("name", ["orders_1c.csv", "orders_shop.csv"])
def test_samples_on_a_local_cluster(tmp_path, model, name):
    # the 1C sample has a line break inside a quoted cell: read as one block per file
    out = classify_dask(
        SAMPLES / name,
        tmp_path / "out.csv",
        model,
        workers=2,
        blocksize=None if name == "orders_1c.csv" else 3000,
    )
    _same(SAMPLES / name, out, model)


def test_100k_rows_in_many_partitions_equal_the_single_process_run(tmp_path, model, export_100k):
    out = classify_dask(export_100k, tmp_path / "parts", model, workers=2, blocksize="4MB")
    assert len(list(out.glob("*.parquet"))) > 3
    _same(export_100k, out, model)


# the model and the file's context go to the workers once, not inside the task graph
@pytest.mark.filterwarnings("error:Sending large graph")
def test_cli_engine_dask(tmp_path):
    from typer.testing import CliRunner

    from classifier.cli.app import app

    out = tmp_path / "labelled.csv"
    result = CliRunner().invoke(
        app,
        [
            "classify",
            str(SAMPLES / "orders_shop.csv"),
            "--engine",
            "dask",
            "--jobs",
            "2",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert len(read_orders(out)) == 50
    missing = CliRunner().invoke(
        app, ["classify", str(SAMPLES / "orders_shop.csv"), "--engine", "dask"]
    )
    assert missing.exit_code == 1 and "--engine dask needs -o" in missing.output


def test_one_large_file_is_shared_among_the_workers(tmp_path):
    from classifier.batch.cluster import LARGEST_BLOCK, SMALLEST_BLOCK, blocksize_for, read_dask

    def sized(name, size):  # a sparse file: its size, none of its bytes
        path = tmp_path / name
        with path.open("wb") as f:
            f.truncate(size)
        return str(path)

    # 80 MB for two workers: eight blocks of 10 MB, not one partition of it all
    assert blocksize_for([sized("a.csv", 80_000_000)], 2) == 10_000_000
    assert blocksize_for([sized("b.csv", 10_000_000_000)], 2) == LARGEST_BLOCK
    assert blocksize_for([sized("c.csv", 1_000)], 2) == SMALLEST_BLOCK
    frame, _ = read_dask(SAMPLES / "orders_shop.csv", 2_000, workers=2)
    assert frame.npartitions > 2


def test_orders_across_block_edges_are_labelled_whole_from_the_cli(tmp_path, export_100k):
    from typer.testing import CliRunner

    from classifier.cli.app import app

    # the first 8,000 rows (orders of 1-6 lines) cut into eight blocks of 240 kB: orders
    # cross every block's edge
    lines = export_100k.read_text(encoding="utf-8").splitlines(keepends=True)[:8_001]
    source = tmp_path / "orders.csv"
    source.write_text("".join(lines), encoding="utf-8")
    local, dask = tmp_path / "local.csv", tmp_path / "dask.csv"
    runner = CliRunner()
    assert (
        runner.invoke(app, ["classify", str(source), "-o", str(local), "-j", "1", "-q"]).exit_code
        == 0
    )
    done = runner.invoke(
        app,
        [
            "classify",
            str(source),
            "--engine",
            "dask",
            "--jobs",
            "2",
            "--blocksize",
            "240kB",
            "-o",
            str(dask),
        ],
    )
    assert done.exit_code == 0, done.output
    from classifier.batch.cluster import read_dask

    assert read_dask(source, "240kB")[0].npartitions >= 8
    assert dask.read_bytes() == local.read_bytes()
    wrong = runner.invoke(
        app, ["classify", str(source), "--engine", "dask", "--blocksize", "lots", "-o", str(dask)]
    )
    assert wrong.exit_code == 1 and "--blocksize must be a size" in wrong.output
