"""The command line, driven through typer's CliRunner: commands, output, and bad input."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest
from typer.testing import CliRunner

from classifier.cli.app import app
from tests.conftest import REPO, SAMPLES

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_classify_writes_next_to_the_input_and_prints_a_summary(tmp_path):
    source = tmp_path / "orders_1c.csv"
    shutil.copy(SAMPLES / "orders_1c.csv", source)
    result = run("classify", str(source))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "orders_1c.labelled.csv").is_file()
    assert "rows →" in result.output
    assert "ambiguous" in result.output


def test_classify_to_xlsx_with_a_map(tmp_path):
    source = tmp_path / "orders.csv"
    source.write_text(
        "Наименование покупателя;Что куплено\nООО «Вектор»;Бумага А4\n", encoding="utf-8"
    )
    out = tmp_path / "labelled.xlsx"
    result = run("classify", str(source), "-o", str(out), "--map", "product=Что куплено")
    assert result.exit_code == 0, result.output
    assert out.is_file()


def test_columns_shows_the_mapping():
    result = run("columns", str(SAMPLES / "orders_shop.csv"))
    assert result.exit_code == 0, result.output
    assert "Billing Company" in result.output
    assert "Lineitem name" in result.output


def test_explain_from_options_shows_evidence_and_policy():
    result = run(
        "explain",
        "--buyer",
        "ООО «Ромашка»",
        "--product",
        "Кондиционер настенный Haier 12000 BTU",
        "--quantity",
        "1",
    )
    assert result.exit_code == 0, result.output
    assert "company_form" in result.output
    assert "B2B" in result.output
    assert "settled by policy" in result.output
    assert "…" not in result.output  # piped, nothing is cut to a terminal's width


def test_explain_a_row_of_a_file():
    result = run("explain", str(SAMPLES / "orders_shop.csv"), "--row", "3", "--lang", "ru")
    assert result.exit_code == 0, result.output
    assert "Label:" in result.output


def test_evaluate_shows_three_systems():
    result = run(
        "evaluate", str(REPO / "data" / "independent" / "orders_en.csv"), "--truth", "label"
    )
    assert result.exit_code == 0, result.output
    for name in ("b2x", "rules alone", "model alone", "macro-F1"):
        assert name in result.output


def test_train_then_classify_with_the_new_model(tmp_path):
    import pandas as pd

    data = pd.read_csv(REPO / "data" / "train.csv", dtype=str, keep_default_na=False)
    data.sample(250, random_state=3).to_csv(tmp_path / "small.csv", index=False)
    model = tmp_path / "mine.json"
    result = run("train", str(tmp_path / "small.csv"), "-o", str(model))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.glob("mine.*")) == ["mine.json", "mine.npz"]
    source = tmp_path / "x.csv"
    shutil.copy(SAMPLES / "orders_shop.csv", source)
    result = run("classify", str(source), "--model", str(model))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.csv", None, "does not exist"),
        ("empty.csv", b"", "is empty"),
        ("headers.csv", "Покупатель;Товар\n".encode(), "has a header but no data rows"),
        ("garbage.csv", bytes(range(256)) * 4, "binary data"),
        ("unknown.csv", bytes(range(128, 256)) * 40, "unknown text encoding"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run("classify", str(path))
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("b2x: error: ")
    assert name in lines[0]
    assert message in lines[0]
    assert not list(tmp_path.glob("*.labelled.*"))


def test_no_buyer_or_product_column_warns_and_labels_or_stops_with_strict_columns(tmp_path):
    path = tmp_path / "nocols.csv"
    path.write_bytes(b"id,sku,warehouse\n1,A-1,Lager Nord\n2,A-2,Lager Nord\n")
    result = run("classify", str(path), "--strict-columns")
    assert result.exit_code == 1
    (line,) = [line for line in result.output.splitlines() if line.strip()]
    assert line.startswith("b2x: error: ") and "no buyer and no product column" in line
    assert "--strict-columns" in line and not list(tmp_path.glob("*.labelled.*"))
    result = run("classify", str(path))
    assert result.exit_code == 0
    warning = next(line for line in result.output.splitlines() if "warning" in line)
    assert "nocols.csv': no buyer and no product column" in warning
    assert "--map buyer=<header>" in warning
    labelled = pd.read_csv(tmp_path / "nocols.labelled.csv", encoding="utf-8-sig")
    assert len(labelled) == 2 and labelled["label"].notna().all()


def test_columns_json_names_header_score_and_why(tmp_path):
    path = tmp_path / "kunden.csv"
    path.write_text(
        "Kundennummer;Kunde;Artikelbezeichnung;Menge;Einzelpreis;Gesamt;E-Mail\n"
        "K-1001;Müller Haustechnik GmbH;Kühlschrank 300 l;1;499,00;499,00;info@mueller-ht.de\n"
        "K-1002;Anna Schmidt;Kaffeemaschine;2;89,90;179,80;anna.schmidt@gmx.de\n"
        "K-1003;City of Austin;Bürostuhl;10;120,00;1200,00;buying@austintexas.gov\n"
        "K-1004;Becker Bau GmbH;Bohrhammer;1;250,00;250,00;einkauf@becker-bau.de\n"
        "K-1005;Jonas Weber;Toaster;1;29,99;29,99;jonas.weber@web.de\n",
        encoding="utf-8",
    )
    result = run("columns", str(path), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    fields = report["fields"]
    assert fields["buyer"]["header"] == "Kunde" and fields["buyer"]["score"] >= 0.9
    assert fields["buyer"]["why"].startswith("header: synonym; content: organisation names")
    assert fields["buyer_id"]["header"] == "Kundennummer"
    assert fields["product"]["header"] == "Artikelbezeichnung"
    assert (fields["quantity"]["header"], fields["amount"]["header"]) == ("Menge", "Gesamt")
    assert "content: e-mail addresses 100%" in fields["email"]["why"]
    assert fields["tax_id"] == {"header": None, "score": 0.0, "why": None}
    assert report["unread"] == [] and report["warnings"] == []


def test_bad_map_and_missing_model(tmp_path):
    source = tmp_path / "o.csv"
    source.write_text("buyer,product\nACME Inc,paper\n", encoding="utf-8")
    result = run("classify", str(source), "--map", "buyer")
    assert result.exit_code == 1 and "field=Header" in result.output
    result = run("classify", str(source), "--model", str(tmp_path / "none.joblib"))
    assert result.exit_code == 1 and "does not exist" in result.output


def test_python_dash_m_runs_the_cli():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "classifier", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "classify" in done.stdout


def test_input_with_its_own_label_column_keeps_it_and_counts_b2x_labels(tmp_path):
    source = tmp_path / "labelled_before.csv"
    source.write_text("buyer,product,label\nООО «Вектор»,Бумага А4,mine\n", encoding="utf-8")
    result = run("classify", str(source))
    assert result.exit_code == 0, result.output
    assert "B2B 1, B2C 0, B2G 0" in result.output


def test_a_failing_disk_is_one_line_and_leaves_no_file(tmp_path, monkeypatch):
    import errno

    source = tmp_path / "o.csv"
    source.write_text("buyer,product\nACME Inc,paper\n", encoding="utf-8")

    def disk_full(table, sink, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", "somewhere")

    monkeypatch.setattr("pyarrow.csv.write_csv", disk_full)
    result = run("classify", str(source), "-o", str(tmp_path / "out.csv"))
    assert result.exit_code == 1
    assert result.output.startswith("b2x: error: ")
    assert "No space left on device" in result.output
    assert "out.csv" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.csv"]


def test_rules_report_with_truth_and_csv(tmp_path):
    out = tmp_path / "rules.csv"
    path = REPO / "data" / "independent" / "orders_ru.csv"
    result = run("rules", str(path), "--truth", "label", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "never fired" in result.output
    assert "weakest rules:" in result.output
    assert out.read_text(encoding="utf-8").startswith("rule,")
