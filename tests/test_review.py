"""The analyst's loop: classify, review, fill in labels as a person would, learn, classify again."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pandas as pd
import pytest
from openpyxl import load_workbook

from classifier import classify, read_orders
from classifier.exceptions import InputError
from classifier.files.write import write_labelled
from classifier.review.ids import record_ids
from classifier.review.queue import review_queue
from classifier.review.store import LabelStore
from classifier.review.workbook import (
    LABEL_HEADER,
    META_SHEET,
    NOTE_HEADER,
    REVIEW_SHEET,
    read_review,
    write_review,
)
from classifier.rules.analyst import with_buyer_labels
from classifier.rules.base import SHIPPED
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def labelled_1c(model):
    return classify(read_orders(SAMPLES / "orders_1c.csv"), model)


def _fill(path, choices: dict[str, tuple[str, str]]) -> dict[str, int]:
    """Type labels (and notes) into the Review sheet by buyer, as a spreadsheet user would."""
    wb = load_workbook(path)
    ws = wb[REVIEW_SHEET]
    header = [c.value for c in ws[1]]
    label_col, note_col = header.index(LABEL_HEADER) + 1, header.index(NOTE_HEADER) + 1
    buyer_col = header.index("Buyer") + 1
    rows = {}
    for r in range(2, ws.max_row + 1):
        buyer = ws.cell(r, buyer_col).value
        if buyer in choices:
            ws.cell(r, label_col).value, ws.cell(r, note_col).value = choices[buyer]
            rows[buyer] = r
    wb.save(path)
    return rows


def test_queue_ranks_doubtful_decisions_first_and_groups_by_buyer(labelled_1c, model):
    queue = review_queue(labelled_1c, model, limit=None)
    d = queue.decisions
    assert d["priority"].is_monotonic_decreasing
    assert d["ambiguous"].head(5).all()
    # every input row is covered exactly once when nothing is filtered out
    assert queue.records["row"].sort_values().tolist() == list(range(2, len(labelled_1c) + 2))
    # a buyer with one label on all its rows is one decision covering all of them
    gazprom = d[d["buyer"].str.contains("Газпром")]
    assert len(gazprom) == 1 and gazprom["scope"].item() == "buyer"
    assert gazprom["rows"].item() == labelled_1c["Контрагент"].str.contains("Газпром").sum()
    assert queue.records["record_id"].str.fullmatch(r"[0-9a-f]{16}").all()


def test_queue_filters(labelled_1c, model):
    d = review_queue(labelled_1c, model, limit=5).decisions
    assert len(d) == 5
    only = review_queue(labelled_1c, model, limit=None, labels=["b2g"]).decisions
    assert set(only["label"]) == {"B2G"} and len(only)
    big = review_queue(labelled_1c, model, limit=None, min_amount=100_000).decisions
    assert len(big) and (big["amount"] >= 100_000).all()
    with pytest.raises(InputError, match="--label must be"):
        review_queue(labelled_1c, model, labels=["B2X"])


def test_record_ids_are_stable_across_formats_and_row_order(labelled_1c, tmp_path):
    inputs = labelled_1c.iloc[:, : labelled_1c.columns.get_loc("label")]
    as_xlsx = write_labelled(inputs, tmp_path / "same.xlsx")
    again = read_orders(as_xlsx)
    assert record_ids(again).tolist() == record_ids(inputs).tolist()
    assert record_ids(inputs.iloc[::-1]).tolist() == record_ids(inputs).tolist()[::-1]


def test_workbook_layout(labelled_1c, model, tmp_path):
    queue = review_queue(labelled_1c, model, limit=12)
    path = write_review(queue, tmp_path / "q3_review.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == [REVIEW_SHEET, "Rows", META_SHEET]
    assert wb[META_SHEET].sheet_state == "hidden"
    ws = wb[REVIEW_SHEET]
    header = [c.value for c in ws[1]]
    assert ws.freeze_panes == "C2" and ws.auto_filter.ref == f"A1:M{len(queue.decisions) + 1}"
    (dv,) = ws.data_validations.dataValidation
    column = "ABCDEFGHIJKLM"[header.index(LABEL_HEADER)]
    assert dv.formula1 == '"B2B,B2C,B2G"' and str(dv.sqref) == f"{column}2:{column}13"
    assert ws.cell(2, header.index("Reasons") + 1).alignment.wrap_text
    assert ws.max_row == 13
    assert wb["Rows"].max_row == len(queue.records) + 1


def test_formula_text_is_neutralised(model, tmp_path, records):
    frame = records(
        {"buyer": '=HYPERLINK("http://x","click")', "product": "Чайник", "quantity": "1"},
        {"buyer": "ООО «Ромашка»", "product": "@SUM(A1)", "quantity": "-2"},
    )
    path = write_review(review_queue(frame, model), tmp_path / "r.xlsx")
    wb = load_workbook(path)
    texts = [
        c.value
        for ws in (wb[REVIEW_SHEET], wb["Rows"])
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str)
    ]
    assert not [t for t in texts if t.startswith(("=", "@"))]
    assert '\'=HYPERLINK("http://x","click")' in texts


def test_the_loop(labelled_1c, model, tmp_path):
    """Classify, review, fill labels in, learn, classify again: the analysts' labels come back."""
    labelled_path = write_labelled(labelled_1c, tmp_path / "q3_labelled.xlsx")
    queue = review_queue(read_orders(labelled_path), model, limit=30, source="q3_labelled.xlsx")
    review = write_review(queue, tmp_path / "q3_review.xlsx")
    gazprom = next(b for b in queue.decisions["buyer"] if "Газпром" in b)
    person = next(b for b in queue.decisions["buyer"] if b.startswith("Фёдорова"))
    _fill(review, {gazprom: ("B2G", "treat as state"), person: ("b2c", None)})

    decisions = read_review(review, analyst="a.petrova")
    assert set(decisions["label"]) == {"B2G", "B2C"}
    assert decisions.attrs["decided"] == 2
    store = LabelStore(tmp_path / "labels.sqlite")
    stored = store.add(decisions, source=review.name, analyst="a.petrova")
    assert stored.decisions == len(decisions) and stored.buyers == 2

    again = classify(
        read_orders(SAMPLES / "orders_1c.csv"),
        model,
        rules=with_buyer_labels(SHIPPED, store.buyer_labels()),
    )
    rows = again[again["Контрагент"] == gazprom]
    assert (rows["label"] == "B2G").all()
    assert rows["reasons"].str.startswith("known buyer: labelled B2G by a.petrova on ").all()
    assert rows["reasons"].str.contains("(q3_review.xlsx)", regex=False).all()
    # she said «для перепродажи» (resale): the analyst's B2C is kept, but the stated
    # business purpose still shows as a disagreement rather than being silently overruled
    hers = again[again["Контрагент"] == person]
    assert (hers["label"] == "B2C").all() and hers["ambiguous"].all()

    # a second analyst disagrees; history is kept and the conflict reported
    decisions2 = decisions[decisions["label"] == "B2G"].assign(label="B2B", analyst="i.ivanov")
    store.add(decisions2, source="other.xlsx", analyst="i.ivanov")
    assert len(store.history()) == len(decisions) + len(decisions2)
    (conflict,) = store.conflicts().itertuples()
    assert conflict.buyer_key == "tax_id:6902004170" and "i.ivanov" in conflict.labels
    store.close()


def test_bad_workbooks_name_the_row_and_store_nothing(labelled_1c, model, tmp_path):
    queue = review_queue(labelled_1c, model, limit=10)
    clean = write_review(queue, tmp_path / "clean.xlsx")

    def variant(name, edit):
        path = tmp_path / name
        shutil.copy(clean, path)
        wb = load_workbook(path)
        ws = wb[REVIEW_SHEET]
        edit(ws, [c.value for c in ws[1]])
        wb.save(path)
        return path

    def label(ws, header, row, value):
        ws.cell(row, header.index(LABEL_HEADER) + 1).value = value

    bad_label = variant(
        "bad_label.xlsx", lambda ws, h: (label(ws, h, 2, "B2B"), label(ws, h, 4, "B2X"))
    )
    with pytest.raises(
        InputError,
        match=r"'bad_label.xlsx' sheet Review row 4, column Your label: "
        r"'B2X' is not B2B, B2C or B2G",
    ):
        read_review(bad_label)

    def change_id(ws, h):
        label(ws, h, 3, "B2C")
        ws.cell(3, h.index("Decision id") + 1).value = "B-0000000000"

    with pytest.raises(InputError, match=r"row 3, column Decision id: 'B-0000000000' is not a "):
        read_review(variant("changed.xlsx", change_id))

    def drop_id(ws, h):
        label(ws, h, 5, "B2G")
        ws.cell(5, h.index("Decision id") + 1).value = None

    with pytest.raises(InputError, match=r"row 5, column Decision id: empty"):
        read_review(variant("no_id.xlsx", drop_id))

    with pytest.raises(InputError, match="no labels in column 'Your label'"):
        read_review(clean)

    # a row pasted in from another review of the same file: its id is not this review's
    other = write_review(review_queue(labelled_1c, model, limit=10), tmp_path / "other.xlsx")
    foreign = load_workbook(other)[REVIEW_SHEET].cell(2, 2).value

    def paste(ws, h):
        ws.cell(2, h.index("Decision id") + 1).value = foreign
        label(ws, h, 2, "B2B")

    with pytest.raises(InputError, match="pasted from another workbook"):
        read_review(variant("pasted.xlsx", paste))

    def delete_rows(ws, h):
        ws.delete_rows(3, 4)
        label(ws, h, 2, "B2B")

    kept = read_review(variant("deleted.xlsx", delete_rows))
    assert kept.attrs["decided"] == 1 and kept.attrs["absent"] == 4

    labelled_csv = write_labelled(labelled_1c, tmp_path / "labelled.xlsx")
    with pytest.raises(InputError, match="is not a b2x review workbook"):
        read_review(labelled_csv)

    store_path = tmp_path / "labels.sqlite"
    store = LabelStore(store_path)
    with pytest.raises(InputError):
        store.add(read_review(bad_label), source="bad_label.xlsx", analyst="x")
    assert len(store) == 0
    store.close()
    with sqlite3.connect(store_path) as db:
        assert db.execute("select count(*) from decisions").fetchone() == (0,)


def test_review_fields_are_parsed_values(labelled_1c, model):
    queue = review_queue(labelled_1c, model, limit=3)
    fields = json.loads(queue.records["fields"].iloc[0])
    assert float(fields["amount"]) > 0 and "," not in fields["amount"]
    assert pd.Timestamp(fields["order_date"]).year == 2024
