"""A workbook's cells keep their types in XLSX and Parquet output; the labelled sheet is
laid out as the review workbook is (frozen header, filter, widths)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from classifier import classify, read_orders, write_labelled
from classifier.batch.local import classify_file_batch
from classifier.files.celltypes import CellTypes
from tests.test_open_in_apps import _program

HEADER = ["Покупатель", "Товар", "Количество", "Сумма", "Дата", "Оплачено", "Примечание"]
ROWS = [
    ["ООО «Ромашка»", "Бумага А4", 5, 1234.56, dt.datetime(2024, 2, 5), True, "срочно"],
    ["Иванов Иван", "Чайник", 1, 2990, dt.datetime(2024, 2, 6, 13, 5), False, 17],
    ["МБОУ СОШ № 5", "Проектор", 2, 45000.5, dt.datetime(2024, 3, 1), None, None],
    ["ИП Петров П.П.", "Картридж", 12, 960, dt.datetime(2024, 3, 2), True, "для офиса"],
]


@pytest.fixture
def workbook(tmp_path):
    """A Russian-header export: numbers (int and float), dates with and without a time,
    booleans with a blank, and a column of text with one number in it."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    path = tmp_path / "orders.xlsx"
    book.save(path)
    return path


def _cells(path):
    sheet = openpyxl.load_workbook(path).active
    return sheet, [[c for c in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize("how", ["whole", "batch"])
def test_xlsx_output_keeps_numbers_dates_and_booleans(workbook, tmp_path, model, how):
    target = tmp_path / "labelled.xlsx"
    if how == "whole":
        write_labelled(classify(read_orders(workbook), model), target)
    else:
        classify_file_batch(workbook, target, model, chunk_rows=2, jobs=2)
    sheet, rows = _cells(target)
    header = [c.value for c in rows[0]]
    assert header[: len(HEADER)] == HEADER
    first, second, third = rows[1], rows[2], rows[3]
    assert (first[2].value, first[2].data_type) == (5, "n")
    assert (first[3].value, first[3].data_type) == (1234.56, "n")
    assert first[4].is_date and first[4].value == dt.datetime(2024, 2, 5)
    assert first[4].number_format == "yyyy-mm-dd"
    assert second[4].value == dt.datetime(2024, 2, 6, 13, 5)
    assert second[4].number_format == "yyyy-mm-dd hh:mm:ss"
    assert (first[5].value, first[5].data_type) == (True, "b")
    assert third[5].value is None  # a blank stays blank
    assert (first[6].value, second[6].value) == ("срочно", 17)  # each cell its own type
    # the added columns: confidence and probabilities numbers, ambiguous a boolean
    at = {name: k for k, name in enumerate(header)}
    for name in ("confidence", "p_b2b", "p_b2c", "p_b2g"):
        assert first[at[name]].data_type == "n" and 0 <= first[at[name]].value <= 1
    assert first[at["ambiguous"]].data_type == "b"
    # laid out as the review workbook: frozen header, a filter over every row, widths
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}5"
    widths = {
        k: sheet.column_dimensions[openpyxl.utils.get_column_letter(k + 1)].width
        for k in range(len(header))
    }
    assert all(8 <= w <= 60 for w in widths.values())
    assert widths[at["reasons"]] == 60 and widths[at["Покупатель"]] > widths[at["label"]]


def test_the_labelled_workbook_reads_back_to_the_same_text(workbook, tmp_path, model):
    target = tmp_path / "labelled.xlsx"
    classify_file_batch(workbook, target, model, chunk_rows=3, jobs=1)
    back = read_orders(target)
    source = read_orders(workbook)
    assert back[HEADER].equals(source[HEADER])


@pytest.mark.parametrize("how", ["whole", "batch"])
def test_parquet_output_of_a_workbook_is_typed(workbook, tmp_path, model, how):
    target = tmp_path / "labelled.parquet"
    if how == "whole":
        write_labelled(classify(read_orders(workbook), model), target)
    else:
        classify_file_batch(workbook, target, model, chunk_rows=2, jobs=1)
    schema = pq.read_schema(target)
    types = {name: schema.field(name).type for name in schema.names}
    assert types["Количество"] == pa.int64()
    assert types["Сумма"] == pa.float64()
    assert pa.types.is_timestamp(types["Дата"])
    assert types["Оплачено"] == pa.bool_()
    assert pa.types.is_string(types["Примечание"]) or pa.types.is_large_string(
        types["Примечание"]
    )  # text and a number: one column, one type: text
    assert types["confidence"] == types["p_b2g"] == pa.float64()
    assert types["ambiguous"] == pa.bool_()
    table = pq.read_table(target).to_pydict()
    assert table["Сумма"] == [1234.56, 2990.0, 45000.5, 960.0]
    assert table["Оплачено"] == [True, False, None, True]
    assert table["Дата"][1] == dt.datetime(2024, 2, 6, 13, 5)


def test_a_filtered_frame_keeps_its_rows_types(workbook, tmp_path, model):
    labelled = classify(read_orders(workbook), model)
    target = write_labelled(labelled.iloc[[2, 0]], tmp_path / "two.xlsx")
    _, rows = _cells(target)
    assert [r[3].value for r in rows[1:]] == [45000.5, 1234.56]


def test_cell_types_are_shared_not_copied_and_empty_as_json():
    import copy
    import json

    cells = CellTypes()
    cells.add(0, ["a"], [(1,), ("x",)])
    assert copy.deepcopy({"cells": cells})["cells"] is cells
    assert json.dumps({"cells": cells}) == '{"cells": {}}'
    assert cells.values("a", [1, 0], ["x", "1"]) == ["x", 1]
    assert cells.kind("a") == "text"


def test_libreoffice_opens_the_labelled_workbook(workbook, tmp_path, model):
    soffice = _program("soffice", "libreoffice")
    target = tmp_path / "labelled.xlsx"
    classify_file_batch(workbook, target, model, jobs=1)
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false",
            "--outdir",
            str(tmp_path / "csv"),
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "csv" / "labelled.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][: len(HEADER)] == HEADER and len(rows) == 5
    # numbers, dates and booleans as LibreOffice shows them, not as quoted text
    assert rows[1][2] == "5" and rows[1][3] == "1234.56" and rows[1][4] == "2024-02-05"
    assert rows[1][5] in ("TRUE", "1") and rows[1][HEADER.__len__()] in ("B2B", "B2C", "B2G")
