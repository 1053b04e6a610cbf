"""The analyst's loop on the command line, as the README shows it."""

from __future__ import annotations

import csv
import json
import shutil

from openpyxl import load_workbook
from typer.testing import CliRunner

from classifier.cli.app import app
from classifier.review.tasks import validate_tasks
from classifier.review.workbook import LABEL_HEADER, REVIEW_SHEET
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

    result = run(
        "review", tmp_path / "q3_labelled.xlsx", "-o", tmp_path / "q3_review.xlsx", "--limit", 30
    )
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
    result = run(
        "review",
        SAMPLES / "orders_shop.csv",
        "-o",
        tmp_path / "tasks.json",
        "--format",
        "label-studio",
        "--limit",
        8,
    )
    assert result.exit_code == 0, result.output
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    validate_tasks(tasks)
    assert (tmp_path / "tasks.xml").read_text(encoding="utf-8").startswith("<View")
    # what Label Studio exports after an annotator chose labels (task ids of its own)
    export = []
    for k, task in enumerate(tasks):
        choice = "B2C" if k % 2 else "B2B"
        result_item = {
            "id": f"r{k}",
            "from_name": "label",
            "to_name": "text",
            "type": "choices",
            "value": {"choices": [choice]},
        }
        export.append(
            {
                "id": 900 + k,
                "data": task["data"],
                "predictions": [],
                "annotations": [
                    {
                        "id": 50 + k,
                        "completed_by": {"id": 3, "email": "a.petrova@example.ru"},
                        "result": [result_item],
                        "was_cancelled": False,
                        "created_at": "2026-10-03T09:00:00.000000Z",
                        "updated_at": "2026-10-03T09:05:00.000000Z",
                    }
                ],
            }
        )
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
        base.write_text(
            "".join(line for _, line in zip(range(401), f, strict=False)), encoding="utf-8"
        )
    run("review", SAMPLES / "orders_1c.csv", "-o", tmp_path / "r.xlsx", "--limit", 40)
    _fill(
        tmp_path / "r.xlsx",
        {"ООО": "B2B", "ИП": "B2B", "МБОУ": "B2G", "ГБУЗ": "B2G", "Розничный": "B2C"},
    )
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
    result = run(
        "review",
        SAMPLES / "orders_1c.csv",
        "-o",
        tmp_path / "q.jsonl",
        "--format",
        "jsonl",
        "--limit",
        6,
    )
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


FLIP = {"B2B": "B2C", "B2C": "B2G", "B2G": "B2B"}  # every decision corrected to another label


def _labelled_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def test_every_corrected_record_comes_back_corrected(tmp_path):
    """Decisions per buyer and per order alike: each record an analyst labelled comes back
    with the analyst's label on the next run of the file, the reason naming the analyst."""
    store = tmp_path / "new" / "labels.sqlite"
    source = tmp_path / "q3_orders.csv"
    shutil.copy(SAMPLES / "orders_1c.csv", source)
    run("classify", source, "-o", tmp_path / "q3_labelled.csv", "-q", "--store", store)
    result = run(
        "review",
        tmp_path / "q3_labelled.csv",
        "-o",
        tmp_path / "q3_review.xlsx",
        "--limit",
        1000,
        "--store",
        store,
    )
    assert result.exit_code == 0, result.output
    wb = load_workbook(tmp_path / "q3_review.xlsx")
    ws = wb[REVIEW_SHEET]
    header = [c.value for c in ws[1]]
    corrected = {}  # decision id → the analyst's label
    for r in range(2, ws.max_row + 1):
        decision = ws.cell(r, header.index("Decision id") + 1).value
        label = FLIP[ws.cell(r, header.index("b2x label") + 1).value]
        ws.cell(r, header.index(LABEL_HEADER) + 1).value = label
        corrected[decision] = label
    rows = {row[2]: corrected[row[0]] for row in wb["Rows"].iter_rows(min_row=2, values_only=True)}
    wb.save(tmp_path / "q3_review.xlsx")
    assert {d[0] for d in corrected} == {"B", "O"}  # per buyer and per order, both
    assert (
        run(
            "learn", tmp_path / "q3_review.xlsx", "--analyst", "a.petrova", "--store", store
        ).exit_code
        == 0
    )

    result = run("classify", source, "-o", tmp_path / "q4.csv", "--store", store)
    assert result.exit_code == 0, result.output
    again = _labelled_rows(tmp_path / "q4.csv")
    assert len(rows) == len(again)  # the review covered every row
    wrong = [
        (n, again[n - 2]["label"], label)
        for n, label in rows.items()
        if again[n - 2]["label"] != label
    ]
    assert not wrong
    assert all(
        f"labelled {again[n - 2]['label']} by a.petrova" in again[n - 2]["reasons"] for n in rows
    )
    # the same records in another format are found too
    from classifier.files.read import read_orders

    read_orders(source).to_parquet(tmp_path / "q3_orders.parquet")
    run(
        "classify",
        tmp_path / "q3_orders.parquet",
        "-o",
        tmp_path / "again.xlsx",
        "-q",
        "--store",
        store,
    )
    xlsx = read_orders(tmp_path / "again.xlsx")
    assert [xlsx["label"].iloc[n - 2] for n in rows] == list(rows.values())


def test_label_studio_corrections_come_back_corrected(tmp_path):
    store = tmp_path / "labels.sqlite"
    source = tmp_path / "shop.csv"
    shutil.copy(SAMPLES / "orders_shop.csv", source)
    run(
        "review",
        source,
        "-o",
        tmp_path / "tasks.json",
        "--format",
        "label-studio",
        "--limit",
        1000,
        "--store",
        store,
    )
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    export, corrected = [], {}
    for k, task in enumerate(tasks):
        label = FLIP[task["data"]["b2x_label"]]
        for rid in task["data"]["record_ids"].split(","):
            corrected[rid] = label
        item = {
            "id": f"r{k}",
            "from_name": "label",
            "to_name": "text",
            "type": "choices",
            "value": {"choices": [label]},
        }
        export.append(
            {
                "id": k,
                "data": task["data"],
                "annotations": [
                    {
                        "id": k,
                        "completed_by": 3,
                        "result": [item],
                        "was_cancelled": False,
                        "created_username": "a.petrova@example.ru, 3",
                        "updated_at": "2026-10-03T09:05:00.000000Z",
                    }
                ],
            }
        )
    (tmp_path / "export.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    assert run("learn", tmp_path / "export.json", "--store", store).exit_code == 0
    assert (
        run("classify", source, "-o", tmp_path / "again.csv", "-q", "--store", store).exit_code == 0
    )
    from classifier.files.read import read_orders
    from classifier.review.ids import record_ids

    ids = record_ids(read_orders(source))
    again = read_orders(tmp_path / "again.csv")
    assert len(again) == len(ids) and set(ids) <= set(corrected)
    assert list(again["label"]) == [corrected[rid] for rid in ids]
    assert again["reasons"].str.contains("by a.petrova@example.ru on 2026-10-03").all()


def test_review_with_a_new_store_creates_it(tmp_path):
    store = tmp_path / "team" / "labels.sqlite"
    result = run(
        "review",
        SAMPLES / "orders_shop.csv",
        "-o",
        tmp_path / "r.xlsx",
        "--limit",
        5,
        "--store",
        store,
    )
    assert result.exit_code == 0, result.output
    from classifier.review.store import LabelStore

    assert store.is_file() and len(LabelStore(store)) == 0


def test_learn_retrain_writes_a_model_classify_uses_when_better(tmp_path):
    store = tmp_path / "labels.sqlite"
    from classifier.files.read import read_orders

    corpus = read_orders(REPO / "data" / "train.csv")
    corpus.groupby("label", group_keys=False).sample(150, random_state=0).to_csv(
        tmp_path / "base.csv", index=False
    )
    source = tmp_path / "q3.csv"
    shutil.copy(SAMPLES / "orders_1c.csv", source)
    run("review", source, "-o", tmp_path / "r.xlsx", "--limit", 1000, "--store", store)
    wb = load_workbook(tmp_path / "r.xlsx")
    ws = wb[REVIEW_SHEET]
    header = [c.value for c in ws[1]]
    for r in range(2, ws.max_row + 1):
        b2x = ws.cell(r, header.index("b2x label") + 1).value
        ws.cell(r, header.index(LABEL_HEADER) + 1).value = FLIP[b2x]
    wb.save(tmp_path / "r.xlsx")
    result = run(
        "learn",
        tmp_path / "r.xlsx",
        "--analyst",
        "a.petrova",
        "--store",
        store,
        "--retrain",
        "--base",
        tmp_path / "base.csv",
        "--folds",
        2,
    )
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "model-with-labels.json").read_text(encoding="utf-8"))
    checked = manifest["cross_validation"]
    assert checked["folds"] == 2 and checked["records"] > 0
    assert checked["better"] == (checked["after"]["macro_f1"] > checked["before"]["macro_f1"])
    said = "better: b2x classify uses it" if checked["better"] else "not better: b2x classify"
    assert said in result.output
    result = run("classify", tmp_path / "q3.csv", "-o", tmp_path / "q4.csv", "--store", store)
    assert result.exit_code == 0, result.output
    assert ("model retrained with analysts' labels" in result.output) == checked["better"]
    # cross-validation found it better: classify uses it
    checked["better"] = True
    (tmp_path / "model-with-labels.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = run("classify", tmp_path / "q3.csv", "-o", tmp_path / "q4b.csv", "--store", store)
    assert result.exit_code == 0, result.output
    assert "model retrained with analysts' labels" in result.output
    result = run("classify", source, "-o", tmp_path / "q5.csv", "--store", store, "--no-labels")
    assert "model retrained" not in result.output


def test_learn_names_label_studio_annotators(tmp_path):
    store = tmp_path / "labels.sqlite"
    run(
        "review",
        SAMPLES / "orders_shop.csv",
        "-o",
        tmp_path / "tasks.json",
        "--format",
        "label-studio",
        "--limit",
        4,
        "--store",
        store,
    )
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    item = {
        "id": "r",
        "from_name": "label",
        "to_name": "text",
        "type": "choices",
        "value": {"choices": ["B2B"]},
    }
    export = [
        {
            "id": k,
            "data": t["data"],
            "annotations": [{"id": k, "completed_by": 3 if k % 2 else 7, "result": [item]}],
        }
        for k, t in enumerate(tasks)
    ]
    (tmp_path / "export.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "ids.csv").write_text("id,name\n3,a.petrova\n7,i.ivanov\n", encoding="utf-8")
    result = run(
        "learn", tmp_path / "export.json", "--store", store, "--annotators", tmp_path / "ids.csv"
    )
    assert result.exit_code == 0, result.output
    assert "labelled by a.petrova, i.ivanov" in result.output
    from classifier.review.store import LabelStore

    with LabelStore(store) as labelled:
        assert set(labelled.history()["analyst"]) == {"a.petrova", "i.ivanov"}
    # --analyst names the analyst for the whole file
    (tmp_path / "export2.json").write_text(json.dumps(export[:1]), encoding="utf-8")
    run("learn", tmp_path / "export2.json", "--store", store, "--analyst", "o.smirnova")
    with LabelStore(store) as labelled:
        assert "o.smirnova" in set(labelled.history()["analyst"])
        assert any("by o.smirnova" in reason for _, reason in labelled.buyer_labels().values())
