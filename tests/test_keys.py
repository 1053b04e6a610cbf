"""First-pass keys: the same buyer keys and orders as the canonical fields give, for less work."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from classifier.batch.keys import _chunk_keys_canonical, chunk_keys
from classifier.columns import canonical, key_columns
from classifier.fields import map_columns
from classifier.files.read import read_chunks
from tests.conftest import LAYOUTS, SAMPLES

FILES = [
    SAMPLES / "orders_1c.csv",
    SAMPLES / "orders_shop.csv",
    *sorted(p for p in LAYOUTS.iterdir() if p.name != "expected.csv"),
]


def _same(chunk: pd.DataFrame, columns) -> None:
    visits, order_hash, key_hash = chunk_keys(chunk, columns)
    expected_visits, expected_hash, expected_keys = _chunk_keys_canonical(chunk, columns)
    assert order_hash.dtype == key_hash.dtype == np.uint64
    assert np.array_equal(order_hash, expected_hash)
    assert np.array_equal(key_hash, expected_keys)

    def ordered(pairs: pd.DataFrame) -> pd.DataFrame:
        return pairs.sort_values(["key", "visit"]).reset_index(drop=True)

    pd.testing.assert_frame_equal(ordered(visits), ordered(expected_visits))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("chunk_rows", [5, 1000])
def test_keys_of_each_chunk_are_those_of_the_canonical_fields(path, chunk_rows):
    columns = None
    for chunk in read_chunks(path, chunk_rows, bad_lines=[]):
        if columns is None:
            keys, columns = key_columns(map_columns(chunk))
        _same(chunk[keys], columns)


def test_details_in_the_name_gaps_in_an_order_and_orders_known_by_date():
    frame = pd.DataFrame(
        {
            "Номер заказа": ["A", " A", "A", "", "", "B", "B"],
            "Дата": ["05.03.2024", "", "", "5 марта 2024 г.", "06.03.2024", "", "soon"],
            "Покупатель": [
                "ООО «Вектор» (ИНН 7701234567, КПП 770101001)",
                "ИНН 7701234567",
                "",
                " ООО  Ромашка ",
                "Иванов И.",
                "ООО Ромашка",
                "000 «Рога»",
            ],
            "ИНН": ["", "", "7707083893/770701001", "", "нет", "", " 500100732259 "],
            "E-mail": ["", " A@x.ru ", "", "b@y.ru", "", "", "B@Y.RU"],
        },
        dtype="str",
    )
    keys, columns = key_columns(map_columns(frame))
    _same(frame[keys], columns)
    visits, _, key_hash = chunk_keys(frame[keys], columns)
    assert len(visits) == len(visits.drop_duplicates()) > 0
    assert (key_hash != 0).all()  # every row has a buyer key here


def test_one_number_for_documents_of_several_buyers_is_no_order():
    # Kontur.Elba numbers each document kind from 1: "18" is an invoice to one buyer, an act
    # to another; an order whose later lines leave the buyer out or write only its tax ID
    # stays one order
    frame = pd.DataFrame(
        {
            "Номер": ["18", "18", "18", "A", "A", "A"],
            "Тип документа": ["Счёт", "Акт", "Акт", "УПД", "УПД", "УПД"],
            "Контрагент": [
                "ИП Соколов Андрей Викторович",
                "ГБУЗ СО «Городская больница № 36»",
                "ГБУЗ СО «Городская больница № 36»",
                "ООО «Вектор» (ИНН 7701234567)",
                "ИНН 7701234567",
                "",
            ],
            "Содержание": ["Картридж", "Шредер", "Бумага", "Ноутбук", "Мышь", "Клавиатура"],
        },
        dtype="str",
    )
    columns = map_columns(frame)
    canon = canonical(frame, columns)
    orders = canon["order_id"].tolist()
    assert orders[0] != orders[1] == orders[2]
    assert orders[3] == orders[4] == orders[5] == "A"
    assert canon["buyer"].iloc[5] == "ООО «Вектор»"  # filled from its order's first line
    keys, key_map = key_columns(columns)
    _same(frame[keys], key_map)
