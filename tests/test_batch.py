"""Batch runs: chunked, in worker processes, with progress — and the same bytes as a whole run."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
import pytest
from threadpoolctl import threadpool_info

import classifier.batch.chunks
import classifier.batch.local
import classifier.batch.scan
from classifier import ClassifierError, InputError, classify, read_orders, write_labelled
from classifier.batch.chunks import Keeper, halve_tail
from classifier.batch.label import ChunkPlan
from classifier.batch.local import classify_file_batch
from classifier.batch.scan import scan_file, second_pass
from classifier.batch.workers import WorkerState, pool, start_labelling
from tests.conftest import SAMPLES


def _whole(path, out, model):
    write_labelled(classify(read_orders(path), model), out)
    return out.read_bytes()


@pytest.mark.parametrize("name", ["orders_1c.csv", "orders_shop.csv"])
@pytest.mark.parametrize(("chunk_rows", "jobs"), [(7, 1), (11, 2), (100_000, 1)])
def test_chunked_and_parallel_runs_write_the_same_bytes(tmp_path, model, name, chunk_rows, jobs):
    path = SAMPLES / name
    expected = _whole(path, tmp_path / "whole.csv", model)
    result = classify_file_batch(
        path, tmp_path / "batch.csv", model, chunk_rows=chunk_rows, jobs=jobs
    )
    assert (tmp_path / "batch.csv").read_bytes() == expected
    assert result.rows == len(read_orders(path))


def test_100k_rows_in_chunks_and_two_jobs_equal_the_whole_run(tmp_path, model, export_100k):
    expected = _whole(export_100k, tmp_path / "whole.csv", model)
    for jobs in (1, 2):
        out = tmp_path / f"batch{jobs}.csv"
        classify_file_batch(export_100k, out, model, chunk_rows=13_000, jobs=jobs)
        assert out.read_bytes() == expected, f"jobs={jobs}"


@pytest.fixture
def passes(monkeypatch):
    """The columns each first pass over a file reads by type inference, one entry a pass."""
    seen, scan = [], classifier.batch.scan._scan
    monkeypatch.setattr(
        classifier.batch.scan, "_scan", lambda *args: seen.append(args[5]) or scan(*args)
    )
    return seen


def test_cells_that_look_like_numbers_keep_their_text_in_any_chunk(tmp_path, model, passes):
    """Columns read by pandas' type inference: one typed as numbers in the file's first
    rows is read as text from the start; one typed so only in a later chunk (tax IDs with
    leading zeros, a quantity "1.50") makes the pass start again, reading it as text."""
    lines = ["Номер;Покупатель;ИНН;Товар;Количество;Сумма"]
    lines += [f"З-{i};ООО «Вектор {i}»;;Бумага А4;2;1 000,00" for i in range(1_100)]
    lines += [f"З-{i};ИП Ли {i};00{i}7707083893;Бумага А4;1.50;1500" for i in range(1_100, 1_300)]
    path = tmp_path / "orders.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = _whole(path, tmp_path / "whole.csv", model)
    scanned = scan_file(path, chunk_rows=100)
    # typed in the first rows: text from the start; typed later: text once the pass restarts
    assert "Количество" not in passes[0] and {"ИНН", "Сумма"} <= passes[0]
    assert len(passes) == 2 and {"ИНН", "Количество", "Сумма"}.isdisjoint(scanned.infer)
    assert {"Номер", "Покупатель", "Товар"} <= scanned.infer
    classify_file_batch(path, tmp_path / "batch.csv", model, chunk_rows=100, jobs=2)
    written = (tmp_path / "batch.csv").read_bytes()
    assert written == expected
    text = written.decode("utf-8-sig")
    assert ';"0011007707083893";' in text and ';"1.50";' in text


def test_a_column_typed_as_numbers_from_the_first_row_is_read_in_one_pass(passes):
    scanned = scan_file(SAMPLES / "orders_shop.csv", chunk_rows=7)
    assert len(passes) == 1
    assert passes[0] == scanned.infer and "Lineitem quantity" not in scanned.infer


def test_chunks_never_cut_an_order(model):
    scan = scan_file(SAMPLES / "orders_1c.csv")
    frame = read_orders(SAMPLES / "orders_1c.csv")
    orders = frame["Номер"].to_numpy()
    for i in range(len(orders) - 1):
        assert scan.safe_end[i] == (orders[i] != orders[i + 1])
    assert scan.safe_end[-1]


def test_the_last_chunks_are_halved_at_safe_ends_and_keep_every_row_in_order(model):
    path = SAMPLES / "orders_1c.csv"
    scan = scan_file(path, chunk_rows=6)
    whole = list(second_pass(path, scan, None, 6))
    tail = 12
    pieces = list(halve_tail(iter(whole), scan.safe_end, tail))
    rows = [i for piece in pieces for i in piece.index]
    assert rows == list(range(scan.rows))
    for piece in pieces:
        assert scan.safe_end[piece.index[-1]]  # no order goes on past a piece
    early = [c for c in whole if c.index[-1] < scan.rows - tail]
    assert [list(p.index) for p in pieces[: len(early)]] == [list(c.index) for c in early]
    late = [c for c in whole if c.index[-1] >= scan.rows - tail]
    halved = [c for c in late if scan.safe_end[c.index[0] : c.index[-1]].any()]
    assert halved and len(pieces) == len(whole) + len(halved)


def test_workers_run_blas_on_one_thread(model):
    scan = scan_file(SAMPLES / "orders_1c.csv")
    state = WorkerState(model, ChunkPlan(scan.columns, scan.context))
    with pool(2, start_labelling, (state,)) as workers:
        libraries = workers.submit(threadpool_info).result()
    blas = [lib for lib in libraries if lib["user_api"] == "blas"]
    assert blas and all(lib["num_threads"] == 1 for lib in blas)


def test_a_malformed_line_is_reported_and_the_rest_labelled(tmp_path, model):
    lines = ["Покупатель;Товар;Количество"] + [f"ООО «Вектор {i}»;Бумага;{i}" for i in range(20)]
    lines[10] = "Иванов И.И.;Чайник;1;лишнее;поле"
    path = tmp_path / "orders.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = classify_file_batch(path, tmp_path / "out.csv", model, chunk_rows=4)
    assert result.bad_lines == [11]
    assert result.rows == 19
    with pytest.raises(InputError, match=r"malformed line\(s\) 11; nothing written"):
        classify_file_batch(path, tmp_path / "strict.csv", model, strict=True)
    assert not (tmp_path / "strict.csv").exists()


def _die(chunk):
    os._exit(3)  # a worker killed mid-chunk, as the out-of-memory killer would


def test_a_dying_worker_is_reported_not_hung_on(tmp_path, model, monkeypatch):
    monkeypatch.setattr(classifier.batch.local, "label_in_worker", _die)
    with pytest.raises(ClassifierError, match="a worker process died"):
        classify_file_batch(
            SAMPLES / "orders_1c.csv", tmp_path / "out.csv", model, chunk_rows=10, jobs=2
        )
    assert list(tmp_path.iterdir()) == []


def _b2x(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "classifier", *args],
        capture_output=True,
        text=True,
        check=False,
        **kwargs,
    )


def test_progress_is_json_lines_when_asked_and_absent_when_piped(tmp_path):
    out = tmp_path / "o.csv"
    done = _b2x(
        "classify",
        str(SAMPLES / "orders_1c.csv"),
        "-o",
        str(out),
        "--chunk-rows",
        "20",
        "--jobs",
        "1",
        "--log-json",
        "--quiet",
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stderr.splitlines()]
    assert lines[-1]["rows_done"] == lines[-1]["rows_total"] == 65
    assert done.stdout == ""
    piped = _b2x("classify", str(SAMPLES / "orders_1c.csv"), "-o", str(out))
    assert piped.returncode == 0
    assert piped.stderr == ""  # no bar when standard error is not a terminal
    assert "65 rows →" in piped.stdout


def test_progress_bar_in_a_terminal(tmp_path):
    pty = pytest.importorskip("pty")
    out = tmp_path / "o.csv"
    command = [
        sys.executable,
        "-m",
        "classifier",
        "classify",
        str(SAMPLES / "orders_1c.csv"),
        "-o",
        str(out),
        "--chunk-rows",
        "10",
        "--jobs",
        "1",
    ]
    captured = bytearray()

    def read(fd):
        data = os.read(fd, 1024)
        captured.extend(data)
        return data

    status = pty.spawn(command, read)
    assert os.waitstatus_to_exitcode(status) == 0
    text = captured.decode("utf-8", errors="replace")
    assert "labelling" in text  # the rich progress bar
    assert "rows/s" in text
    assert len(read_orders(out)) == 65


@pytest.mark.parametrize("suffix", [".xlsx", ".parquet"])
def test_xlsx_and_parquet_are_read_in_chunks_with_the_same_labels(tmp_path, model, suffix):
    frame = read_orders(SAMPLES / "orders_shop.csv")
    source = tmp_path / f"orders{suffix}"
    if suffix == ".xlsx":
        frame.to_excel(source, index=False)
    else:
        frame.to_parquet(source, index=False)
    whole = classify(read_orders(source), model)
    result = classify_file_batch(source, tmp_path / f"out{suffix}", model, chunk_rows=6, jobs=2)
    back = read_orders(result.output)
    assert list(back.columns) == list(whole.columns)
    assert back["label"].tolist() == whole["label"].tolist()
    assert back["reasons"].tolist() == whole["reasons"].tolist()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_file_is_parsed_once_and_its_kept_chunks_equal_a_second_read(tmp_path, model, suffix):
    source = tmp_path / f"orders{suffix}"
    if suffix == ".csv":
        source.write_bytes((SAMPLES / "orders_1c.csv").read_bytes())
    else:
        read_orders(SAMPLES / "orders_1c.csv").to_excel(source, index=False)
    original = source.read_bytes()
    again = list(second_pass(source, scan_file(source, chunk_rows=7), None, 7))
    keep = tmp_path / "kept.arrow"
    keep.touch()
    scan = scan_file(source, chunk_rows=7, keep=keep)
    assert scan.kept.path == keep
    whole = _whole(source, tmp_path / "whole.csv", model)
    source.unlink()  # the second pass reads the kept chunks, not the file
    kept = list(second_pass(source, scan, None, 7))
    assert len(kept) == len(again) > 1
    for mine, theirs in zip(kept, again, strict=True):
        pd.testing.assert_frame_equal(mine, theirs)
        assert mine.attrs == theirs.attrs
    # a worker reads any run of rows, across chunks, with the columns it is given
    columns = list(again[0].columns[[2, 0]])
    rows = pd.concat(again)
    part = scan.kept.rows(range(5, 23), columns)
    pd.testing.assert_frame_equal(part, rows.iloc[5:23][columns])
    assert part.attrs == again[0].attrs
    source.write_bytes(original)
    classify_file_batch(source, tmp_path / "batch.csv", model, chunk_rows=7, jobs=2)
    assert (tmp_path / "batch.csv").read_bytes() == whole


def test_a_full_disk_while_keeping_chunks_means_reading_the_file_again(
    tmp_path, model, monkeypatch
):
    source = tmp_path / "orders.csv"
    source.write_bytes((SAMPLES / "orders_1c.csv").read_bytes())
    whole = _whole(source, tmp_path / "whole.csv", model)

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(classifier.batch.chunks.pa, "OSFile", full)
    keep = tmp_path / "kept.arrow"
    keep.touch()
    assert scan_file(source, chunk_rows=7, keep=keep).kept is None
    classify_file_batch(source, tmp_path / "batch.csv", model, chunk_rows=7, jobs=2)
    assert (tmp_path / "batch.csv").read_bytes() == whole
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "batch.csv",
        "kept.arrow",
        "orders.csv",
        "whole.csv",
    ]


def test_a_kept_chunk_is_one_record_batch_whatever_pieces_its_columns_are_in(tmp_path):
    first = pd.Series(["ООО «Вектор»", "ИП Петров"], dtype="str")
    pieces = pd.DataFrame({"buyer": pd.concat([first, first], ignore_index=True)})
    assert pieces["buyer"].array._pa_array.num_chunks == 2
    keep = tmp_path / "kept.arrow"
    keep.touch()
    with Keeper(keep) as keeper:
        keeper.write(pieces)
        keeper.write(pieces.iloc[:3])
        keeper.write(pieces.iloc[:0])  # an empty chunk keeps nothing
    frames = list(keeper.kept({}).chunks())
    assert [list(f.index) for f in frames] == [[0, 1, 2, 3], [4, 5, 6]]
    assert frames[1]["buyer"].tolist() == ["ООО «Вектор»", "ИП Петров", "ООО «Вектор»"]


def test_parquet_is_read_again_rather_than_kept(tmp_path):
    source = tmp_path / "orders.parquet"
    read_orders(SAMPLES / "orders_1c.csv").to_parquet(source, index=False)
    keep = tmp_path / "kept.arrow"
    keep.touch()
    assert scan_file(source, keep=keep).kept is None
    assert keep.stat().st_size == 0


def test_a_batch_run_leaves_no_scratch_file_behind(tmp_path, model, monkeypatch):
    source = tmp_path / "orders.xlsx"
    read_orders(SAMPLES / "orders_shop.csv").to_excel(source, index=False)
    classify_file_batch(source, tmp_path / "out.csv", model, chunk_rows=6)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["orders.xlsx", "out.csv"]

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(classifier.batch.local, "label_chunk", interrupted)
    with pytest.raises(KeyboardInterrupt):
        classify_file_batch(source, tmp_path / "again.csv", model, chunk_rows=6)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["orders.xlsx", "out.csv"]


def test_batch_processes_keep_freed_memory_and_arrow_allocates_through_it():
    """A process that reuses freed memory routes Arrow's allocations to the same heap."""
    code = (
        "import pyarrow as pa\nfrom classifier.batch.memory import reuse_freed_memory, "
        "trim_freed_memory\nbefore = pa.default_memory_pool().backend_name\n"
        "reuse_freed_memory()\ntrim_freed_memory()\n"
        "print(before != 'system', pa.default_memory_pool().backend_name)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["True", "system"]


def test_an_order_across_first_pass_chunks_counts_as_in_the_whole_file(tmp_path, model):
    """Lines of an order fill their blank buyer cells from the order's first line. An
    order cut by a first-pass chunk boundary must be counted with its lines so filled:
    here its last lines, read alone, would be known by e-mail and make that address
    a buyer of three orders instead of two."""
    lines = ["Номер;Покупатель;ИНН;E-mail;Товар;Количество"]
    lines += ["А-1;ООО «Вектор»;7707083893;zakupki@vector-snab.ru;Бумага А4;2"]
    lines += ["А-1;;;;Ручки шариковые;10"] * 3
    lines += ["А-1;;;zakupki@vector-snab.ru;Скрепки;5"] * 2
    lines += [f"{n};ООО «Вектор»;;zakupki@vector-snab.ru;Бумага А4;1" for n in ("Б-2", "В-3")]
    path = tmp_path / "orders.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = _whole(path, tmp_path / "whole.csv", model)
    # Б-2 and В-3 are two orders by the e-mail, А-1 one by the INN: no repeat buyer
    assert "orders by the same buyer" not in expected.decode("utf-8-sig")
    for jobs in (1, 2):
        classify_file_batch(path, tmp_path / "batch.csv", model, chunk_rows=4, jobs=jobs)
        assert (tmp_path / "batch.csv").read_bytes() == expected, f"jobs={jobs}"


def test_buyers_orders_come_per_row_unless_an_order_is_scattered(tmp_path, model):
    """The first pass gives each row its buyer's order count when every order was read
    whole by one of its chunks; an order whose lines stand apart in the file is counted
    per buyer instead, and the second pass works out each row's buyer again."""
    lines = ["Номер;Покупатель;ИНН;Товар;Количество"]
    lines += [f"З-{i};ООО «Вектор»;7707083893;Бумага А4;1" for i in (1, 1, 2, 3, 3, 3, 4)]
    lines += ["З-5;Иванов Иван Иванович;;Чайник;1", "З-6;;;Чайник;1"]
    together = tmp_path / "together.csv"
    together.write_text("\n".join(lines) + "\n", encoding="utf-8")
    context = scan_file(together, chunk_rows=4).context
    assert context.buyer_orders is None
    assert context.row_orders.tolist() == [4, 4, 4, 4, 4, 4, 4, 1, 0]
    apart = tmp_path / "apart.csv"
    apart.write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")  # З-1 again
    context = scan_file(apart, chunk_rows=4).context
    assert context.row_orders is None
    assert context.buyer_orders.sort_values().tolist() == [1, 4]
    for path in (together, apart):
        expected = _whole(path, tmp_path / "whole.csv", model)
        classify_file_batch(path, tmp_path / "batch.csv", model, chunk_rows=4, jobs=2)
        assert (tmp_path / "batch.csv").read_bytes() == expected, path.name
        assert "4 orders by the same buyer" in expected.decode("utf-8-sig")


def test_the_first_pass_is_its_own_phase_from_the_start(tmp_path):
    done = _b2x(
        "classify",
        str(SAMPLES / "orders_1c.csv"),
        "-o",
        str(tmp_path / "o.csv"),
        "--chunk-rows",
        "20",
        "--jobs",
        "1",
        "--log-json",
        "--quiet",
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stderr.splitlines()]
    phases = [line["phase"] for line in lines]
    reading = [line for line in lines if line["phase"] == "reading"]
    # reading first, from row 0 (before the first chunk is read), then labelling
    assert phases == sorted(phases, key=["reading", "labelling"].index)
    assert [line["rows_done"] for line in reading] == [0, 20, 40, 60, 65]
    assert all(line["rows_total"] is None for line in reading)
    assert lines[-1] == {**lines[-1], "phase": "labelling", "rows_done": 65, "rows_total": 65}


def test_the_progress_bar_shows_reading_then_labelling(tmp_path, monkeypatch):
    import io

    from rich.console import Console

    from classifier.cli.progress import ProgressPrinter

    printer = ProgressPrinter(log_json=False)
    screen = io.StringIO()
    printer._bar.live.console = Console(file=screen, force_terminal=True, width=120)
    printer.reading(0)
    first = screen.getvalue()
    printer.reading(500)
    printer(250, 500)
    printer(500, 500)
    assert "reading" in first and "0/?" in first.replace(" ", "")
    assert "labelling" in screen.getvalue()
    assert not printer._bar.live.is_started  # stopped once every row is written
