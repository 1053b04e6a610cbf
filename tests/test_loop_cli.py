"""The analyst's loop on the command line, as the README shows it."""

from __future__ import annotations

import csv
import json
import shutil

from openpyxl import load_workbook
from typer.testing import CliRunner

from classifier.cli import app
from classifier.interop import validate_tasks
from classifier.review import LABEL_HEADER, REVIEW_SHEET
from tests.conftest import REPO, SAMPLES

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def _fill(path, labels: dict[str, str]) -> None:
    wb = load_workbook(path)
    ws = wb[REVIEW_SHEET]
    header = [c.value for c in ws[1]]
    for r in range(2, ws.max_row + 1):
        buyer = ws.cell(r, header.index("Buyer") + 1).value
        for part, label in labels.items():
            if part in buyer:
                ws.cell(r, header.index(LABEL_HEADER) + 1).value = label
    wb.save(path)


def test_classify_review_learn_classify(tmp_path, monkeypatch):
    store = tmp_path / "labels.sqlite"
    monkeypatch.setenv("B2X_STORE", str(store))
    source = tmp_path / "q3_orders.csv"
    shutil.copy(SAMPLES / "orders_1c.csv", source)
    assert run("classify", source, "-o", tmp_path / "q3_labelled.xlsx", "-q").exit_code == 0

    result = run("review", tmp_path / "q3_labelled.xlsx", "-o", tmp_path / "q3_review.xlsx",
                 "--limit", 30)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "decisions" in result.output and "q3_review.xlsx" in result.output
    _fill(tmp_path / "q3_review.xlsx", {"Газпром": "B2G", "Лицей": "B2G"})

    result = run("learn", tmp_path / "q3_review.xlsx", "--analyst", "a.petrova")
    assert result.exit_code == 0, result.output
    assert "labelled by a.petrova" in result.output and store.is_file()
    again = run("learn", tmp_path / "q3_review.xlsx", "--analyst", "a.petrova")
    assert "already stored" in again.output

    result = run("classify", source, "-o", tmp_path / "q4.csv")
    assert result.exit_code == 0, result.output
    assert "labelled buyers (labels.sqlite)" in result.output
    with open(tmp_path / "q4.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    gazprom = [r for r in rows if "Газпром" in r["Контрагент"]]
    assert gazprom and all(r["label"] == "B2G" for r in gazprom)
    assert all("labelled B2G by a.petrova" in r["reasons"] for r in gazprom)
    # --no-labels: the analysts' memory is left out
    run("classify", source, "-o", tmp_path / "plain.csv", "-q", "--no-labels")
    with open(tmp_path / "plain.csv", encoding="utf-8-sig", newline="") as f:
        plain = [r for r in csv.DictReader(f, delimiter=";") if "Газпром" in r["Контрагент"]]
    assert all(r["label"] == "B2B" for r in plain)

    result = run("labels", "export", "-o", tmp_path / "labels.csv")
    assert result.exit_code == 0, result.output
    with open(tmp_path / "labels.csv", encoding="utf-8-sig", newline="") as f:
        exported = list(csv.DictReader(f))
    assert {r["analyst"] for r in exported} == {"a.petrova"}
    assert len(exported) == len(gazprom) + sum("Лицей" in r["Контрагент"] for r in rows)
    assert run("labels", "conflicts").exit_code == 0

    # a second analyst disagrees on Газпром: reported by learn and by labels conflicts
    _fill(tmp_path / "q3_review.xlsx", {"Газпром": "B2B"})
    result = run("learn", tmp_path / "q3_review.xlsx", "--analyst", "i.ivanov")
    assert result.exit_code == 0 and "disagree" in result.output
    result = run("labels", "conflicts")
    assert result.exit_code == 3 and "tax_id:6902004170" in result.output


def test_bad_label_is_one_line_and_stores_nothing(tmp_path, monkeypatch):
    store = tmp_path / "labels.sqlite"
    labelled = tmp_path / "labelled.xlsx"
    run("classify", SAMPLES / "orders_1c.csv", "-o", labelled, "-q")
    run("review", labelled, "-o", tmp_path / "r.xlsx", "--limit", 5)
    _fill(tmp_path / "r.xlsx", {"": "B2B"})
    wb = load_workbook(tmp_path / "r.xlsx")
    header = [c.value for c in wb[REVIEW_SHEET][1]]
    wb[REVIEW_SHEET].cell(4, header.index(LABEL_HEADER) + 1).value = "госзаказ"
    wb.save(tmp_path / "r.xlsx")
    result = run("learn", tmp_path / "r.xlsx", "--store", store)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "row 4, column Your label: 'госзаказ' is not B2B, B2C or B2G" in result.output
    if store.exists():
        exported = run("labels", "export", "-o", tmp_path / "x.csv", "--store", store)
        assert exported.output.startswith("0 decisions")


def test_label_studio_round_trip(tmp_path):
    store = tmp_path / "labels.sqlite"
    result = run("review", SAMPLES / "orders_shop.csv", "-o", tmp_path / "tasks.json",
                 "--format", "label-studio", "--limit", 8)  # fmt: skip
    assert result.exit_code == 0, result.output
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    validate_tasks(tasks)
    assert (tmp_path / "tasks.xml").read_text(encoding="utf-8").startswith("<View")
    # what Label Studio exports after an annotator chose labels (task ids of its own)
    export = []
    for k, task in enumerate(tasks):
        choice = "B2C" if k % 2 else "B2B"
        result_item = {"id": f"r{k}", "from_name": "label", "to_name": "text",
                       "type": "choices", "value": {"choices": [choice]}}  # fmt: skip
        export.append({"id": 900 + k, "data": task["data"], "predictions": [],
                       "annotations": [{"id": 50 + k, "completed_by": {"id": 3,
                                        "email": "a.petrova@example.ru"},
                                        "result": [result_item], "was_cancelled": False,
                                        "created_at": "2026-10-03T09:00:00.000000Z",
                                        "updated_at": "2026-10-03T09:05:00.000000Z"}]})  # fmt: skip
    (tmp_path / "export.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    result = run("learn", tmp_path / "export.json", "--store", store)
    assert result.exit_code == 0, result.output
    run("labels", "export", "-o", tmp_path / "labels.csv", "--store", store)
    with open(tmp_path / "labels.csv", encoding="utf-8-sig", newline="") as f:
        stored = list(csv.DictReader(f))
    expected = {rid for t in tasks for rid in t["data"]["record_ids"].split(",")}
    assert {r["record_id"] for r in stored} == expected
    assert {r["analyst"] for r in stored} == {"a.petrova@example.ru"}


def test_train_and_evaluate_with_labels(tmp_path, monkeypatch):
    monkeypatch.setenv("B2X_STORE", str(tmp_path / "labels.sqlite"))
    base = tmp_path / "base.csv"
    with open(REPO / "data" / "train.csv", encoding="utf-8") as f:
        base.write_text("".join(line for _, line in zip(range(801), f, strict=False)),
                        encoding="utf-8")  # fmt: skip
    run("review", SAMPLES / "orders_1c.csv", "-o", tmp_path / "r.xlsx", "--limit", 40)
    _fill(tmp_path / "r.xlsx", {"ООО": "B2B", "ИП": "B2B", "МБОУ": "B2G", "ГБУЗ": "B2G",
                                "Розничный": "B2C"})  # fmt: skip
    assert run("learn", tmp_path / "r.xlsx", "--analyst", "a.petrova").exit_code == 0
    result = run("train", base, "--with-labels", "-o", tmp_path / "mine.joblib")
    assert result.exit_code == 0, result.output
    assert "analyst labels" in result.output and (tmp_path / "mine.json").is_file()
    manifest = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    assert manifest["analyst_labels"]["weight"] == 5.0
    result = run("evaluate", "--with-labels", "--base", base, "--folds", 2)
    assert result.exit_code == 0, result.output
    assert "before" in result.output and "after" in result.output
    assert "cross-validation by buyer" in result.output


def test_report_prints_and_writes_html(tmp_path):
    labelled = tmp_path / "q3_labelled.csv"
    run("classify", SAMPLES / "orders_shop.csv", "-o", labelled, "-q")
    result = run("report", labelled, "-o", tmp_path / "q3_segments.html")
    assert result.exit_code == 0, result.output
    assert "B2B" in result.output and "B2C" in result.output
    assert "<svg" in (tmp_path / "q3_segments.html").read_text(encoding="utf-8")


def test_jsonl_for_doccano_round_trip(tmp_path):
    store = tmp_path / "labels.sqlite"
    result = run("review", SAMPLES / "orders_1c.csv", "-o", tmp_path / "q.jsonl",
                 "--format", "jsonl", "--limit", 6)  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in (tmp_path / "q.jsonl").read_text("utf-8").splitlines()]
    assert len(lines) == 6 and all(line["label"] == [] for line in lines)
    # nothing labelled yet: learning it would store nothing, and says so
    assert run("learn", tmp_path / "q.jsonl", "--store", store).exit_code == 1
    # the analyst labels two lines in doccano, which exports the same lines with labels
    lines[0]["label"], lines[3]["label"] = ["B2G"], ["B2C"]
    done = tmp_path / "done.jsonl"
    done.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    result = run("learn", done, "--store", store, "--analyst", "a.petrova")
    assert result.exit_code == 0, result.output
    run("labels", "export", "-o", tmp_path / "labels.csv", "--store", store)
    with open(tmp_path / "labels.csv", encoding="utf-8-sig", newline="") as f:
        stored = list(csv.DictReader(f))
    expected = set(lines[0]["meta"]["record_ids"]) | set(lines[3]["meta"]["record_ids"])
    assert {r["record_id"] for r in stored} == expected
    assert {r["label"] for r in stored} == {"B2G", "B2C"}
