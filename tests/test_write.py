"""The output contract: columns kept, rows kept, appended columns, atomic, safe for spreadsheets."""

from __future__ import annotations

import os

import pandas as pd
import pytest

from classifier import classify, read_orders, write_labelled
from classifier.config import OUTPUT_COLUMNS
from classifier.files.write import output_path

EXPORT = (
    "Дата;Контрагент;Номенклатура;Количество;Сумма;Комментарий\n"
    "01.03.2024;ООО «Вектор»;Бумага А4;10;2 500,00;\n"
    '02.03.2024;Иванов Иван Иванович;Чайник;1;1 990,00;=HYPERLINK("http://x")\n'
    "03.03.2024;МБОУ СОШ № 3;Чайник;один;990,00;44-ФЗ\n"
)


def classify_file(path, output=None, model=None):
    """Read, classify and write a file, through the library's public verbs."""
    labelled = classify(read_orders(path), model)
    return labelled, write_labelled(labelled, output if output is not None else output_path(path))


def test_columns_kept_in_order_and_seven_appended(write_text, model):
    frame = read_orders(write_text("orders.csv", EXPORT, "cp1251"))
    labelled = classify(frame, model)
    assert list(labelled.columns) == list(frame.columns) + list(OUTPUT_COLUMNS)
    assert len(labelled) == len(frame)
    pd.testing.assert_frame_equal(labelled[frame.columns], frame)
    assert set(labelled["label"]) <= {"B2B", "B2C", "B2G"}
    assert labelled["ambiguous"].dtype == bool
    probs = labelled[["p_b2b", "p_b2c", "p_b2g"]].sum(axis=1)
    assert probs.between(0.999, 1.001).all()


def test_a_bad_cell_labels_the_row_and_says_so(write_text, model):
    frame = read_orders(write_text("orders.csv", EXPORT, "cp1251"))
    row = classify(frame, model).iloc[2]
    assert row["label"] == "B2G"
    assert "unreadable cell 'Количество' = 'один'" in row["reasons"]


def test_csv_output_keeps_delimiter_and_has_bom(write_text, model, tmp_path):
    source = write_text("orders.csv", EXPORT, "cp1251")
    labelled, path = classify_file(source, model=model)
    assert path == tmp_path / "orders.labelled.csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header == "Дата;Контрагент;Номенклатура;Количество;Сумма;Комментарий;" + ";".join(
        OUTPUT_COLUMNS
    )
    back = read_orders(path)
    assert len(back) == 3
    assert back["ambiguous"].isin(["true", "false"]).all()
    assert back.loc[1, "Комментарий"].startswith("'=HYPERLINK")  # neutralised formula
    assert back.loc[0, "Сумма"] == "2 500,00"  # input cell untouched


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_cells_a_spreadsheet_would_run_are_neutralised_and_numbers_are_not(tmp_path, suffix):
    cells = [
        "=HYPERLINK(1)",
        "-5,5",
        "ok",
        None,
        "+7 (999) 123-45-67",
        "@mention",
        "\tx",
        "-",
        "12%",
        "-1 234,5%",
        "+",
        "=1+1",
    ]
    frame = pd.DataFrame(
        {
            "Комментарий": pd.Series(cells, dtype="string"),
            "Другое": pd.Series(cells[::-1], dtype=object),
            "p": [0.5] * len(cells),
        }
    )
    back = read_orders(write_labelled(frame, tmp_path / f"out{suffix}"))
    expected = [
        "'=HYPERLINK(1)",
        "-5,5",
        "ok",
        "",
        "'+7 (999) 123-45-67",
        "'@mention",
        "'\tx",
        "'-",
        "12%",
        "-1 234,5%",
        "'+",
        "'=1+1",
    ]
    assert back["Комментарий"].fillna("").tolist() == expected
    assert back["Другое"].fillna("").tolist() == expected[::-1]
    assert back["p"].tolist() == ["0.5"] * len(cells)


@pytest.mark.parametrize("suffix", [".xlsx", ".parquet", ".csv"])
def test_each_output_format_round_trips(write_text, model, tmp_path, suffix):
    source = write_text("orders.csv", EXPORT)
    labelled, path = classify_file(source, tmp_path / f"out{suffix}", model=model)
    back = read_orders(path)
    assert list(back.columns) == list(labelled.columns)
    assert back["label"].tolist() == labelled["label"].tolist()


def test_interrupted_write_leaves_no_file(tmp_path, monkeypatch):
    frame = pd.DataFrame({"a": [1, 2]})
    target = tmp_path / "out.csv"

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("pyarrow.csv.write_csv", explode)
    with pytest.raises(KeyboardInterrupt):
        write_labelled(frame, target)
    assert os.listdir(tmp_path) == []


def test_existing_output_is_untouched_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "out.csv"
    target.write_text("previous run\n")

    def explode(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("pyarrow.csv.write_csv", explode)
    with pytest.raises(OSError):
        write_labelled(pd.DataFrame({"a": [1]}), target)
    assert target.read_text() == "previous run\n"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_input_column_named_like_an_output_column_is_kept(model):
    frame = pd.DataFrame({"buyer": ["ООО «Вектор»"], "label": ["my own label"]})
    labelled = classify(frame, model)
    assert labelled.loc[0, "label"] == "my own label"
    assert labelled.loc[0, "b2x_label"] == "B2B"


def test_a_decimal_comma_file_gets_its_probabilities_with_a_decimal_comma(
    write_text, model, tmp_path
):
    from classifier.batch.local import classify_file_batch

    source = write_text("orders.csv", EXPORT, "cp1251")  # ';' and "2 500,00"
    whole = classify_file(source, tmp_path / "whole.csv", model=model)[1]
    batch = classify_file_batch(source, tmp_path / "batch.csv", model, chunk_rows=2).output
    assert whole.read_bytes() == batch.read_bytes()
    back = read_orders(batch)
    for column in ("confidence", "p_b2b", "p_b2c", "p_b2g"):
        assert back[column].str.fullmatch(r"[01](,\d+)?").all(), back[column].tolist()
    labelled = classify(read_orders(source), model)
    written = back["confidence"].str.replace(",", ".").astype(float)
    assert written.tolist() == labelled["confidence"].tolist()


def test_a_decimal_point_file_keeps_its_decimal_point(write_text, model, tmp_path):
    export = EXPORT.replace(";", ",").replace("2 500,00", "2500.00").replace("1 990,00", "1990.00")
    export = export.replace("990,00", "990.00")
    path = classify_file(write_text("orders.csv", export), tmp_path / "out.csv", model=model)[1]
    back = read_orders(path)
    assert back["confidence"].str.fullmatch(r"[01](\.\d+)?").all()
