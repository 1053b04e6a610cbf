"""Reading exports: encodings, delimiters, quoting, XLSX sheets, Parquet and bad files."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

from classifier import InputError, classify, read_orders
from classifier.batch.local import classify_file_batch
from classifier.files.read import detect_delimiter, detect_encoding

RUSSIAN = (
    "Документ;Контрагент;Номенклатура;Количество;Сумма\n"
    "Реализация 0001;ООО «Вектор»;Бумага офисная А4;10;2 500,00\n"
    "Реализация 0002;Иванов Иван Иванович;Чайник электрический;1;1 990,00\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251"])
def test_reads_russian_export_in_each_encoding(write_text, encoding):
    frame = read_orders(write_text("orders.csv", RUSSIAN, encoding))
    assert list(frame.columns) == ["Документ", "Контрагент", "Номенклатура", "Количество", "Сумма"]
    assert frame.loc[0, "Контрагент"] == "ООО «Вектор»"
    assert frame.loc[1, "Сумма"] == "1 990,00"
    assert frame.attrs["b2x"]["delimiter"] == ";"
    assert frame.attrs["b2x"]["encoding"] == encoding


def test_cp1251_is_detected_not_guessed_as_another_cyrillic_codepage():
    assert detect_encoding(RUSSIAN.encode("cp1251")) == "cp1251"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # a Portuguese bank statement: "ã" is "ă" in Windows-1250
        (
            "Data mov. ;Descrição ;Movimento ;Saldo contabilístico após movimento\n"
            "31-03-2025;MBWAY LUIS AZEVEDO ;301,55;15.466,52\n"
            "30-03-2025;TFI JOÃO CONCEIÇÃO ;1.185,43;14.767,36\n",
            "cp1252",
        ),
        (
            "Číslo;Firma;Položka;Množství\n"
            "26FV00001;Hotel Zámek Mnichovice s.r.o.;Štípač dřeva;4\n"
            "26FV00003;Vojenský útvar 8362 Jihlava;Akumulátor;8\n",
            "cp1250",
        ),
    ],
    ids=["Portuguese", "Czech"],
)
def test_western_and_central_european_code_pages_are_told_apart(write_text, text, encoding):
    frame = read_orders(write_text("statement.csv", text, encoding))
    assert frame.attrs["b2x"]["encoding"] == encoding
    assert list(frame.columns)[1].strip() in ("Descrição", "Firma")


def test_commas_inside_quoted_fields_do_not_fool_delimiter_detection(write_text):
    # pandas' own sniffing (sep=None) picks ',' here and splits the quoted comments
    text = (
        "order;customer;comment\n"
        '1;"Acme, Inc.";"for the office, 3rd floor, room 5"\n'
        '2;"Smith, John";"gift, wrap it, please"\n'
        '3;"Vector LLC";"net 30, PO 4411"\n'
    )
    frame = read_orders(write_text("quoted.csv", text))
    assert frame.shape == (3, 3)
    assert frame.loc[1, "customer"] == "Smith, John"


def test_quoted_field_with_newline_stays_one_row(write_text):
    text = 'id,buyer,comment\n1,"ООО ""Альфа""","первая строка\nвторая строка"\n2,Петров,\n'
    frame = read_orders(write_text("newline.csv", text))
    assert len(frame) == 2
    assert frame.loc[0, "comment"] == "первая строка\nвторая строка"
    assert frame.loc[0, "buyer"] == 'ООО "Альфа"'


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_each_delimiter_is_detected(write_text, delimiter):
    rows = [
        ["buyer", "product", "qty"],
        ["Acme Ltd", "Pallet wrap", "12"],
        ["Jane Doe", "Kettle", "1"],
    ]
    frame = read_orders(write_text("d.csv", "\n".join(delimiter.join(r) for r in rows) + "\n"))
    assert list(frame.columns) == ["buyer", "product", "qty"]
    assert frame.loc[0, "qty"] == "12"


def test_title_lines_before_the_header_are_skipped():
    assert detect_delimiter("Продажи за март 2024\n\nКлиент;Товар;Сумма\nА;Б;1\nВ;Г;2\n") == (
        ";",
        2,
    )


def test_cells_stay_text(write_text):
    frame = read_orders(write_text("t.csv", "inn,qty\n0012345678,007\n"))
    assert frame.loc[0, "inn"] == "0012345678"
    assert frame.loc[0, "qty"] == "007"


def test_xlsx_first_sheet_and_named_sheet(tmp_path):
    path = tmp_path / "book.xlsx"
    with pd.ExcelWriter(path) as writer:
        pd.DataFrame({"Покупатель": ["ООО «Ромашка»"], "Кол-во": [12]}).to_excel(
            writer, sheet_name="Продажи", index=False
        )
        pd.DataFrame({"Customer": ["Acme Inc"], "Qty": [3.5]}).to_excel(
            writer, sheet_name="Export", index=False
        )
    first = read_orders(path)
    assert first.loc[0, "Покупатель"] == "ООО «Ромашка»"
    assert first.loc[0, "Кол-во"] == "12"
    second = read_orders(path, sheet="Export")
    assert second.loc[0, "Qty"] == "3.5"
    assert read_orders(path, sheet=1).loc[0, "Customer"] == "Acme Inc"
    with pytest.raises(InputError, match="no sheet 'Nope'. Sheets: Продажи, Export"):
        read_orders(path, sheet="Nope")


def test_a_sheets_repeated_headers_are_told_apart_as_in_a_csv_file(tmp_path, model):
    rows = [
        ["Покупатель", "Товар", "Товар", "Количество"],
        ["ООО «Вектор»", "Бумага", "Бумага А4, 5 коробок", "5"],
        ["Иванов Иван Иванович", "Чайник", "Чайник электрический", "1"],
    ]
    path = tmp_path / "book.xlsx"
    pd.DataFrame(rows[1:]).to_excel(path, header=False, index=False)
    book = openpyxl.load_workbook(path)
    book.active.insert_rows(1)
    for column, header in enumerate(rows[0], start=1):
        book.active.cell(1, column, header)
    book.save(path)
    csv = tmp_path / "book.csv"
    csv.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    frame = read_orders(path)
    assert list(frame.columns) == list(read_orders(csv).columns)
    assert list(frame.columns) == ["Покупатель", "Товар", "Товар.1", "Количество"]
    assert classify(frame, model)["label"].tolist() == ["B2B", "B2C"]
    result = classify_file_batch(path, tmp_path / "out.csv", model, chunk_rows=1, jobs=2)
    assert result.rows == 2


def test_parquet(tmp_path):
    path = tmp_path / "orders.parquet"
    pd.DataFrame({"customer": ["Acme Inc", "Jane Doe"], "amount": [1200.5, 15.0]}).to_parquet(path)
    frame = read_orders(path)
    assert frame["amount"].tolist() == [1200.5, 15.0]
    assert frame.attrs["b2x"]["format"] == "parquet"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\n\n  \n", "is empty"),
        ("headers.csv", "Покупатель;Товар;Сумма\n".encode(), "has a header but no data rows"),
        ("garbage.csv", bytes(range(256)) * 8, "binary data"),
        ("unknown.csv", bytes(range(128, 256)) * 40, "unknown text encoding"),
        ("utf16.csv", "Покупатель;Товар\n".encode("utf-16-le"), "binary data"),
        ("zip.csv", b"PK\x03\x04\x14\x00\x00\x00garbage", "is an XLSX/ZIP archive"),
        ("bad.xlsx", b"this is not a workbook", "not a readable XLSX workbook"),
        ("bad.parquet", b"PAR1 truncated", "not a readable Parquet file"),
        ("orders.docx", b"whatever", "unknown file type '.docx'"),
    ],
)
def test_bad_files_get_one_clear_error_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_orders(path)
    assert name in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_orders(tmp_path / "nope.csv")


def test_malformed_line_is_reported_with_its_line_number(write_text):
    text = "a,b,c\n1,2,3\n4,5,6\n7,8,9,10,11\n"
    with pytest.raises(InputError, match=r"line 4: expected 3 fields, found 5"):
        read_orders(write_text("broken.csv", text))


def test_a_sheets_two_header_rows_name_each_column_and_no_record(tmp_path):
    # the Spanish tax office's register: group titles merged over the columns of a second
    # header row; the records start below both
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Fecha\nExpedición", "NIF Destinatario", None, None, "Nombre\nDestinatario"])
    sheet.append([None, "Tipo", "Código País", "Identificación", None])
    sheet.append(["2025-01-02", "", "", "B12345674", "Hotel Miramar, S.L."])
    sheet.append(["2025-01-03", "02", "FR", "FR40303265045", "Durand SARL"])
    sheet.merge_cells("B1:D1")
    path = tmp_path / "libro.xlsx"
    book.save(path)
    frame = read_orders(path)
    assert list(frame.columns) == [
        "Fecha\nExpedición",
        "NIF Destinatario Tipo",
        "NIF Destinatario Código País",
        "NIF Destinatario Identificación",
        "Nombre\nDestinatario",
    ]
    assert len(frame) == 2 and frame.iloc[0]["Nombre\nDestinatario"] == "Hotel Miramar, S.L."
    from classifier.fields import map_columns

    assert map_columns(frame).fields["tax_id"] == "NIF Destinatario Identificación"
