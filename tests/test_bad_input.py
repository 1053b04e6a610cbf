"""Bad input, file by file type: each case is one line on standard error and an exit code,
the rows of what is written counted, and nothing left behind in the folder.

Cases are small and written here, so the suite runs in seconds; each asserts the exit
code, the message, and — where output is written — its row count and the absence of
hidden scratch files.
"""

from __future__ import annotations

import ast
import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from classifier.cli.app import app
from tests.conftest import REPO

runner = CliRunner()
PACKAGE = REPO / "classifier"
MODELS = REPO / "models"


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def one_line_error(result, exit_code: int = 1) -> str:
    """The run failed with ``exit_code`` and one line starting "b2x: error:", no traceback."""
    assert result.exit_code == exit_code, (result.exit_code, result.output, result.exception)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines and lines[-1].startswith("b2x: error: "), result.output
    assert "Traceback" not in result.output
    errors = [line for line in lines if line.startswith("b2x: error: ")]
    assert len(errors) == 1, result.output
    return errors[0]


def no_leftovers(folder: Path) -> None:
    """No hidden scratch file (``.part``, ``.read.arrow``) is left in ``folder``."""
    hidden = sorted(p.name for p in folder.iterdir() if p.name.startswith("."))
    assert hidden == [], hidden


ORDERS = (
    "buyer,product,quantity,amount\nООО «Вектор»,Бумага А4,10,5000\nИван Петров,Чайник,1,2500\n"
)


# --- model folders: a model is data, and a malformed one is refused in one line --------


def _model_copy(folder: Path) -> Path:
    for name in ("default.json", "default.npz"):
        shutil.copy(MODELS / name, folder / name)
    return folder / "default.json"


def _rewrite_manifest(path: Path, change) -> None:
    manifest = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(change(manifest)), encoding="utf-8")


def _rewrite_npz(path: Path, change) -> None:
    """Rewrite the model's arrays with ``change(entries)`` and its manifest's hash to match,
    as a foreign model folder would be made."""
    npz = path.with_suffix(".npz")
    with zipfile.ZipFile(npz) as z:
        entries = {name: z.read(name) for name in z.namelist()}
    change(entries)
    with zipfile.ZipFile(npz, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    from classifier.files.hashes import file_sha256

    digest = file_sha256(npz)
    _rewrite_manifest(
        path, lambda m: {**m, "sha256": digest, "scorer": {**m["scorer"], "sha256": digest}}
    )


def _npy(array: np.ndarray, allow_pickle: bool = False) -> bytes:
    buffer = io.BytesIO()
    np.lib.format.write_array(buffer, array, allow_pickle=allow_pickle)
    return buffer.getvalue()


def _pickled_object_array(entries: dict) -> None:
    entries["coef.npy"] = _npy(np.array([{"a": 1}, None], dtype=object), allow_pickle=True)


def _truncated_array(entries: dict) -> None:
    entries["coef.npy"] = entries["coef.npy"][: len(entries["coef.npy"]) // 2]


def _misshapen_array(entries: dict) -> None:
    entries["intercept.npy"] = _npy(np.zeros(7))


def _spec_without_texts(entries: dict) -> None:
    spec = json.loads(entries["spec.json"])
    del spec["texts"]
    entries["spec.json"] = json.dumps(spec).encode()


def _spec_not_json(entries: dict) -> None:
    entries["spec.json"] = b"\xff\xfe not json"


def _no_coef(entries: dict) -> None:
    del entries["coef.npy"]


MANIFESTS = {
    "a list": ("[1, 2, 3]", "must be a JSON object. Got list instead"),
    "a string": ('"model"', "must be a JSON object. Got str instead"),
    "not JSON": ("{'sha256': ", "is not valid JSON"),
    "not UTF-8": (b"\xff\xfe\x00{", "is not valid JSON"),
    "no scorer": ('{"sha256": "0"}', 'must have a "scorer" object'),
    "scorer a list": ('{"scorer": ["a.npz"]}', 'must have a "scorer" object'),
    "scorer no hash": ('{"scorer": {"file": "default.npz"}}', 'must have a "scorer" object'),
    "path leaves": (
        '{"scorer": {"file": "../default.npz", "sha256": "0"}}',
        "outside the model's folder",
    ),
    "absolute path": (
        '{"scorer": {"file": "/etc/passwd", "sha256": "0"}}',
        "outside the model's folder",
    ),
    "libraries a list": (
        '{"scorer": {"file": "default.npz", "sha256": "0"}, "libraries": []}',
        '"libraries" must be a JSON object',
    ),
}


@pytest.mark.parametrize("case", list(MANIFESTS))
def test_a_malformed_manifest_is_refused(tmp_path, case):
    text, message = MANIFESTS[case]
    manifest = _model_copy(tmp_path)
    if isinstance(text, bytes):
        manifest.write_bytes(text)
    else:
        manifest.write_text(text, encoding="utf-8")
    result = run("explain", "--buyer", "ООО «Ромашка»", "--model", manifest)
    assert message in one_line_error(result)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_pickled_object_array, "Object arrays cannot be loaded when allow_pickle=False"),
        (_truncated_array, "Cannot read the model's scorer|are malformed"),
        (_misshapen_array, "do not fit the labels"),
        (_spec_without_texts, "are malformed \\(KeyError"),
        (_spec_not_json, "Cannot read the model's scorer|are malformed"),
        (_no_coef, "are malformed \\(KeyError"),
    ],
)
@pytest.mark.parametrize("command", ["classify", "explain", "evaluate", "review"])
def test_a_malformed_array_file_is_refused_by_every_command(tmp_path, change, message, command):
    manifest = _model_copy(tmp_path)
    _rewrite_npz(manifest, change)
    source = tmp_path / "orders.csv"
    source.write_text(ORDERS, encoding="utf-8")
    args = {
        "classify": ("classify", source, "-o", tmp_path / "out.csv"),
        "explain": ("explain", source, "--row", 2),
        "evaluate": ("evaluate", REPO / "data" / "independent" / "orders_en.csv"),
        "review": ("review", source, "-o", tmp_path / "r.xlsx"),
    }[command]
    result = run(*args, "--model", manifest)
    assert re.search(message, one_line_error(result))
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "r.xlsx").exists()
    no_leftovers(tmp_path)


def test_a_pickle_beside_a_manifest_is_never_loaded(tmp_path):
    """A model folder holding a pickle whose hash the manifest names: the pickle is not read."""
    import pickle

    class Boom:
        def __reduce__(self):
            return (Path.touch, (tmp_path / "pwned",))

    manifest = _model_copy(tmp_path)
    (tmp_path / "default.joblib").write_bytes(pickle.dumps(Boom()))
    from classifier.files.hashes import file_sha256

    digest = file_sha256(tmp_path / "default.joblib")
    _rewrite_manifest(manifest, lambda m: {**m, "sha256": digest, "file": "default.joblib"})
    for model in (manifest, tmp_path / "default.joblib"):
        result = run("explain", "--buyer", "ООО «Ромашка»", "--product", "Бумага", "--model", model)
        assert result.exit_code == 0, result.output
    assert not (tmp_path / "pwned").exists()


def test_no_module_of_the_package_can_unpickle():
    """No ``pickle``, ``joblib`` or ``skops.io.load`` without trusted types, and no
    ``allow_pickle=True``, anywhere in the package."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(REPO)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names]
                module = getattr(node, "module", None) or ""
                for name in [module, *names]:
                    if name.split(".")[0] in ("pickle", "cPickle", "dill", "joblib", "cloudpickle"):
                        found.append(f"{where} imports {name}")
            if isinstance(node, ast.Attribute) and node.attr in ("load", "loads"):
                owner = ast.unparse(node.value)
                if owner in ("pickle", "joblib", "dill", "cloudpickle", "pd", "pandas"):
                    found.append(f"{where} calls {owner}.{node.attr}")
            if isinstance(node, ast.Attribute) and node.attr == "read_pickle":
                found.append(f"{where} calls read_pickle")
            if isinstance(node, ast.keyword) and node.arg == "allow_pickle":
                if not (isinstance(node.value, ast.Constant) and node.value.value is False):
                    found.append(f"{where} passes allow_pickle={ast.unparse(node.value)}")
            skops = ("skops.io.load", "sio.load")
            if isinstance(node, ast.Call) and ast.unparse(node.func).endswith(skops):
                if not any(k.arg == "trusted" for k in node.keywords):
                    found.append(f"{where} calls skops load without trusted types")
    assert found == []


def test_the_wheel_ships_no_pickle():
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert ".joblib" not in text
    assert '"models/default.npz"' in text and '"models/default.json"' in text


# --- exports: one line and exit 1, nothing written, nothing left behind ------------------


def _xlsx(path: Path, rows: list[list]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _hostile_xlsx(path: Path, doctype: str, cell: str) -> Path:
    """A workbook whose sheet XML declares entities: external (XXE) or nested (billion laughs)."""
    _xlsx(path, [["buyer", "product"], ["ООО «Вектор»", "Бумага"]])
    with zipfile.ZipFile(path) as z:
        entries = {name: z.read(name) for name in z.namelist()}
    for name in ("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"):
        if name in entries:
            xml = entries[name].decode()
            xml = xml.replace("?>", "?>" + doctype, 1) if xml.startswith("<?xml") else doctype + xml
            entries[name] = xml.replace("Бумага", cell).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)
XXE = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _parquet(path: Path, columns: dict) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({k: pa.array(v, pa.string()) for k, v in columns.items()}), path)
    return path


BAD_EXPORTS = {
    "missing": (lambda d: d / "nothing.csv", "does not exist"),
    "empty": (lambda d: _bytes(d / "e.csv", b""), "is empty"),
    "blank lines only": (lambda d: _bytes(d / "e.csv", b"\r\n\r\n  \n"), "is empty"),
    "header only": (
        lambda d: _bytes(d / "h.csv", "Покупатель;Товар\n".encode()),
        "has a header but no data rows",
    ),
    "header only, CRLF": (
        lambda d: _bytes(d / "h.csv", b"buyer,product\r\n"),
        "has a header but no data rows",
    ),
    "header only, no newline": (
        lambda d: _bytes(d / "h.csv", b"buyer,product"),
        "has a header but no data rows",
    ),
    "binary": (lambda d: _bytes(d / "b.csv", bytes(range(256)) * 4), "binary data"),
    "a PDF": (lambda d: _bytes(d / "p.csv", b"%PDF-1.4\n..."), "is a PDF"),
    "a zip named csv": (lambda d: _bytes(d / "z.csv", b"PK\x03\x04rest"), "XLSX/ZIP archive"),
    "unknown encoding": (
        lambda d: _bytes(d / "u.csv", bytes(range(128, 256)) * 40),
        "unknown text encoding",
    ),
    "unknown type": (lambda d: _bytes(d / "o.json", b"{}"), "unknown file type '.json'"),
    "a folder": (lambda d: _folder(d / "orders.csv"), "does not exist or is not a file"),
    "xlsx not a zip": (
        lambda d: _bytes(d / "x.xlsx", b"not a workbook"),
        "is not a readable XLSX workbook",
    ),
    "xlsx empty sheet": (lambda d: _xlsx(d / "x.xlsx", []), "is empty"),
    "xlsx header only": (
        lambda d: _xlsx(d / "x.xlsx", [["buyer", "product"]]),
        "has a header but no data rows",
    ),
    "xlsx external entity": (
        lambda d: _hostile_xlsx(d / "x.xlsx", XXE, "&xxe;"),
        "its XML declares entities, which b2x refuses",
    ),
    "xlsx billion laughs": (
        lambda d: _hostile_xlsx(d / "x.xlsx", LAUGHS, "&lol3;"),
        "its XML declares entities, which b2x refuses",
    ),
    "parquet garbage": (
        lambda d: _bytes(d / "p.parquet", b"PAR1 not really"),
        "is not a readable Parquet file",
    ),
    "parquet no rows": (
        lambda d: _parquet(d / "p.parquet", {"buyer": [], "product": []}),
        "has a header but no data rows",
    ),
}


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


@pytest.mark.parametrize("case", list(BAD_EXPORTS))
def test_a_bad_export_is_one_line(tmp_path, case):
    make, message = BAD_EXPORTS[case]
    source = make(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run("classify", source, "-o", tmp_path / "out.csv", "--jobs", 1)
    assert message in one_line_error(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written or left


@pytest.mark.parametrize("command", ["review", "explain", "report"])
@pytest.mark.parametrize("case", ["empty", "header only", "xlsx billion laughs", "parquet no rows"])
def test_other_commands_give_the_same_line(tmp_path, command, case):
    make, message = BAD_EXPORTS[case]
    source = make(tmp_path)
    extra = ("--row", 2) if command == "explain" else ()
    result = run(command, source, *extra)
    assert message in one_line_error(result)
    no_leftovers(tmp_path)


BAD_OPTIONS = [
    (("--lang", "xx"), "--lang must be one of en, ru. Got 'xx' instead."),
    (("--lang", ""), "--lang must be one of en, ru. Got '' instead."),
    (("--jobs", 0), "--jobs must be a whole number of 1 or more. Got 0 instead."),
    (("--jobs", -3), "--jobs must be a whole number of 1 or more. Got -3 instead."),
    (("--engine", "spark"), "--engine must be local or dask. Got 'spark' instead."),
    (("--map", "buyer"), "--map must look like field=Header. Got 'buyer' instead."),
    (("-o", "{dir}/out.docx"), "unknown type '.docx'"),
    (("-o", "{dir}/no/such/folder/out.csv"), "does not exist"),
    (("-o", "{dir}/orders.csv"), "is the input file; b2x never overwrites its input"),
    (("-o", "{dir}/./orders.csv"), "is the input file; b2x never overwrites its input"),
    (("--rules", "{dir}/none.toml"), "does not exist"),
    (("--model", "{dir}/m.pkl"), "must be named NAME.json"),
]


@pytest.mark.parametrize(("options", "message"), BAD_OPTIONS)
def test_every_option_value_is_checked_at_the_boundary(tmp_path, options, message):
    source = tmp_path / "orders.csv"
    source.write_text(ORDERS, encoding="utf-8")
    options = [str(o).format(dir=tmp_path) for o in options]
    result = run("classify", source, *options)
    assert message in one_line_error(result)
    assert source.read_text(encoding="utf-8") == ORDERS  # the input is never touched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["orders.csv"]


@pytest.mark.parametrize("command", ["review", "report"])
def test_review_and_report_never_overwrite_their_input(tmp_path, command):
    source = _xlsx(tmp_path / "l.xlsx", [["buyer", "product"], ["ООО «Вектор»", "Бумага"]])
    before = source.read_bytes()
    result = run(command, source, "-o", source)
    assert "never overwrites its input" in one_line_error(result)
    assert source.read_bytes() == before


# --- rules files, stores, analysts' files -----------------------------------------------

RULES = {
    "binary": (b"\x00\x01\xff\xfe\x00", "is not UTF-8 text"),
    "cp1251": ("[[rule]]\nid = 'свой'\n".encode("cp1251"), "is not UTF-8 text"),
    "broken TOML": (b"[[rule", "is not valid TOML"),
}


@pytest.mark.parametrize("case", list(RULES))
def test_a_bad_rules_file_is_one_line(tmp_path, case):
    data, message = RULES[case]
    (tmp_path / "rules.toml").write_bytes(data)
    source = tmp_path / "orders.csv"
    source.write_text(ORDERS, encoding="utf-8")
    result = run("classify", source, "--rules", tmp_path / "rules.toml", "-o", tmp_path / "o.csv")
    assert message in one_line_error(result)
    assert not (tmp_path / "o.csv").exists()
    no_leftovers(tmp_path)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("labels", "conflicts"), "is a folder"),
        (("labels", "history", "--buyer", "tax_id:7707083893"), "is a folder"),
        (("classify", "{dir}/orders.csv", "-o", "{dir}/o.csv"), "is a folder"),
    ],
)
def test_a_store_that_is_a_folder_is_one_line(tmp_path, args, message):
    (tmp_path / "store").mkdir()
    (tmp_path / "orders.csv").write_text(ORDERS, encoding="utf-8")
    args = [str(a).format(dir=tmp_path) for a in args]
    result = run(*args, "--store", tmp_path / "store")
    assert message in one_line_error(result)
    assert not (tmp_path / "o.csv").exists()


ANALYST_FILES = {
    "json not closed": ("ls.json", b'[{"id": 1', "is not valid JSON"),
    "json no record id": ("ls.json", b'{"a": 1}', "has no record_id"),
    "csv not a review": ("ls.csv", ORDERS.encode(), "has no 'record_id' column"),
    "xlsx not a zip": ("r.xlsx", b"not a workbook", "cannot be read as an XLSX workbook"),
    "xlsx not a review": ("r.xlsx", None, "xlsx"),
}


@pytest.mark.parametrize("case", list(ANALYST_FILES))
def test_a_bad_analyst_file_stores_nothing(tmp_path, case):
    name, data, message = ANALYST_FILES[case]
    path = tmp_path / name
    if data is None:
        _xlsx(path, [["buyer", "product"], ["ООО «Вектор»", "Бумага"]])
    else:
        path.write_bytes(data)
    result = run("learn", path, "--analyst", "a.petrova", "--store", tmp_path / "s.sqlite")
    assert message in one_line_error(result)
    no_leftovers(tmp_path)


# --- every line accounted for, and what a correct-but-odd file gives --------------------


def _lines_of(path: Path) -> int:
    import pandas as pd

    return len(pd.read_csv(path, dtype=str, keep_default_na=False))


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_line_is_labelled_or_reported_whatever_the_line_endings(tmp_path, newline):
    rows = [
        "buyer,product,comment",
        "ООО «Вектор»,Бумага,",
        'Иван Петров,Чайник,"две\nстроки"',
        "МБОУ СОШ № 5,Стулья,ok",
        "bad,line,with,too,many",
        "ИП Сидоров,Краска,",
    ]
    source = tmp_path / "orders.csv"
    source.write_bytes(newline.join(rows).encode() + newline.encode())
    result = run("classify", source, "-o", tmp_path / "out.csv", "--jobs", 1)
    assert result.exit_code == 0, result.output
    assert "line 5 is malformed and was skipped" in result.output
    assert _lines_of(tmp_path / "out.csv") == 4  # 4 records + 1 reported = 5 below the header
    no_leftovers(tmp_path)


def test_an_unclosed_quote_at_the_end_is_reported_and_the_rest_labelled(tmp_path):
    text = ["buyer,product,quantity"] + [f"ООО «Вектор {i}»,Бумага,{i}" for i in range(58)]
    text += ['Иван,"Чайник,1', "Пётр,Стул,2", "Анна,Лампа,3"]
    source = tmp_path / "orders.csv"
    source.write_text("\n".join(text) + "\n", encoding="utf-8")
    result = run("classify", source, "-o", tmp_path / "out.csv", "--jobs", 1, "--chunk-rows", 25)
    assert result.exit_code == 0, result.output
    assert "C error" not in result.output
    for line in (60, 61, 62):
        assert f"line {line} is malformed and was skipped" in result.output
    assert _lines_of(tmp_path / "out.csv") == 58
    strict = run("classify", source, "-o", tmp_path / "s.csv", "--strict")
    assert "malformed line(s) 60, 61, 62" in one_line_error(strict)
    no_leftovers(tmp_path)


def test_a_workbook_header_below_title_and_blank_rows_is_found(tmp_path):
    import openpyxl

    source = tmp_path / "report.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (
        ["ООО «Торговый дом»"],
        ["Продажи по покупателям"],
        ["За март 2025"],
        [],
        ["Покупатель", "Номенклатура", "Количество", "Сумма"],
        ["ООО «Вектор»", "Бумага А4", 10, 5000],
        ["Иванов Иван", "Чайник", 1, 2500],
    ):
        sheet.append(row)
    sheet.merge_cells("A1:D1")
    book.save(source)
    result = run("classify", source, "-o", tmp_path / "out.csv", "--jobs", 1)
    assert result.exit_code == 0, result.output
    out = pd.read_csv(tmp_path / "out.csv", dtype=str)
    assert list(out.columns[:4]) == ["Покупатель", "Номенклатура", "Количество", "Сумма"]
    assert len(out) == 2 and out["label"].tolist()[0] == "B2B"


def test_a_one_row_parquet_file_is_labelled(tmp_path):
    source = _parquet(tmp_path / "one.parquet", {"buyer": ["ООО «Вектор»"], "product": ["Бумага"]})
    result = run("classify", source, "-o", tmp_path / "out.parquet")
    assert result.exit_code == 0, result.output
    assert len(pd.read_parquet(tmp_path / "out.parquet")) == 1
    no_leftovers(tmp_path)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_header_cells_are_neutralised_like_data_cells(tmp_path, suffix):
    source = tmp_path / "orders.csv"
    source.write_text('buyer,product,=HYPERLINK("x")\nООО «Вектор»,Бумага,1\n', encoding="utf-8")
    out = tmp_path / f"out{suffix}"
    assert run("classify", source, "-o", out).exit_code == 0
    if suffix == ".csv":
        header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    else:
        import openpyxl

        header = ",".join(str(c.value) for c in next(openpyxl.load_workbook(out).active.rows))
    assert "'=HYPERLINK" in header and ",=HYPERLINK" not in header


def test_a_failed_write_names_the_users_path(tmp_path):
    source = tmp_path / "orders.csv"
    source.write_text(ORDERS, encoding="utf-8")
    (tmp_path / "out.csv").mkdir()  # the target is a folder: the rename fails
    message = one_line_error(run("classify", source, "-o", tmp_path / "out.csv"))
    assert f"'{tmp_path / 'out.csv'}'" in message and ".part" not in message
    no_leftovers(tmp_path)


def test_scratch_files_of_dead_runs_are_removed_by_the_next_run(tmp_path):
    import subprocess
    import sys

    from classifier.files.write import _host

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    stale = [
        tmp_path / f".out.{dead}@{_host()}-abc123.part.csv",
        tmp_path / f".out.{dead}@{_host()}-def456.read.arrow",
    ]
    alive = tmp_path / f".out.{1}@{_host()}-ghi789.part.csv"  # pid 1 is alive
    other = tmp_path / ".out.keep-me.txt"
    for path in (*stale, alive, other):
        path.write_bytes(b"x" * 100)
    source = tmp_path / "orders.csv"
    source.write_text(ORDERS, encoding="utf-8")
    assert run("classify", source, "-o", tmp_path / "out.csv").exit_code == 0
    assert not any(p.exists() for p in stale)
    assert alive.exists() and other.exists()


# --- unreadable numbers and dates: the row labelled from the rest, the cell named -------

NUMBERS = ["inf", "-inf", "Infinity", "1e400", "-1E+400", "NaN", "9" * 400, "-" + "1" * 400]
DATES = ["01.01.0001", "31.12.9999", "0001-01-01", "9999-12-31", "1 января 0001 г."]


def _unreadable_rows(tmp_path: Path, source: Path, header: str, cell: str, *args) -> pd.DataFrame:
    """``classify`` labels both rows, the first from its other cells, its reasons naming
    the unreadable cell; nothing is left behind."""
    out = tmp_path / "out.csv"
    result = run("classify", source, "-o", out, "--jobs", 1, *args)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and "unreadable cells 1" in result.output
    from classifier.files.read import read_orders

    labelled = read_orders(out)  # in the input's own dialect
    assert len(labelled) == 2 and labelled["label"].tolist()[0] == "B2B"
    assert f"unreadable cell {header!r} = {cell[:30]!r}" in labelled["reasons"][0]
    assert "unreadable" not in labelled["reasons"][1]
    no_leftovers(tmp_path)
    return labelled


@pytest.mark.parametrize("cell", NUMBERS)
@pytest.mark.parametrize("field", ["quantity", "amount"])
def test_a_number_no_float_holds_is_an_unreadable_cell_in_csv(tmp_path, field, cell):
    row = {"quantity": "10", "amount": "5000", field: cell}
    source = tmp_path / "orders.csv"
    source.write_text(
        "buyer,product,quantity,amount\n"
        f"ООО «Вектор»,Бумага А4,{row['quantity']},{row['amount']}\n"
        "Иван Петров,Чайник,1,2500\n",
        encoding="utf-8",
    )
    _unreadable_rows(tmp_path, source, field, cell)


@pytest.mark.parametrize("cell", DATES)
def test_a_date_no_timestamp_holds_is_an_unreadable_cell_in_csv(tmp_path, cell):
    source = tmp_path / "orders.csv"
    source.write_text(
        f"Покупатель;Товар;Дата;Сумма\nООО «Вектор»;Бумага А4;{cell};5000\n"
        "Иван Петров;Чайник;05.03.2024;2500\n",
        encoding="cp1251",
    )
    _unreadable_rows(tmp_path, source, "Дата", cell, "--chunk-rows", 1)


@pytest.mark.parametrize("cell", ["inf", "1e400", "NaN", "9" * 400, "01.01.0001", "31.12.9999"])
def test_review_reads_the_same_cells(tmp_path, cell):
    source = tmp_path / "orders.csv"
    header = "date" if "." in cell[:3] else "amount"
    values = {"amount": "5000", "date": "05.03.2024", header: cell}
    source.write_text(
        f"buyer,product,amount,date\nООО «Вектор»,Бумага А4,{values['amount']},"
        f"{values['date']}\nИван Петров,Чайник,2500,05.03.2024\n",
        encoding="utf-8",
    )
    result = run("review", source, "-o", tmp_path / "r.xlsx")
    assert result.exit_code == 0, result.output
    assert "covering 2 rows" in result.output
    no_leftovers(tmp_path)


def _numeric_cell_xlsx(path: Path, value: str, kind: str = "n") -> Path:
    """A workbook whose C2 is a cell of type ``kind`` holding ``value`` as written in its
    XML (``inf``, ``1e400``: what openpyxl itself never writes; ``#NUM!`` as an error)."""
    _xlsx(
        path,
        [
            ["Покупатель", "Товар", "Сумма"],
            ["ООО «Вектор»", "Бумага А4", 123456789],
            ["Иван Петров", "Чайник", 2500],
        ],
    )
    with zipfile.ZipFile(path) as z:
        entries = {name: z.read(name) for name in z.namelist()}
    sheet = entries["xl/worksheets/sheet1.xml"]
    cell = f'<c r="C2" t="{kind}"><v>{value}</v></c>'.encode()
    entries["xl/worksheets/sheet1.xml"] = re.sub(
        rb'<c r="C2"[^>]*><v>123456789</v></c>', cell, sheet
    )
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("inf", "inf"),
        ("-inf", "-inf"),
        ("NaN", "NaN"),
        ("1e400", "inf"),
        ("-1E+400", "-inf"),
        ("9" * 400, "9" * 400),
    ],
)
def test_an_unreadable_numeric_workbook_cell_is_named(tmp_path, value, shown):
    source = _numeric_cell_xlsx(tmp_path / "orders.xlsx", value)
    _unreadable_rows(tmp_path, source, "Сумма", shown)


def test_an_error_workbook_cell_is_named(tmp_path):
    source = _numeric_cell_xlsx(tmp_path / "orders.xlsx", "#NUM!", kind="e")
    _unreadable_rows(tmp_path, source, "Сумма", "#NUM!")


@pytest.mark.parametrize("value", ["inf", "1e400", "NaN", "9" * 400, "01.01.0001", "31.12.9999"])
def test_an_unreadable_workbook_text_cell_is_named(tmp_path, value):
    header = "Дата" if value.count(".") == 2 else "Сумма"
    cells = {"Сумма": 5000, "Дата": "05.03.2024", header: value}
    source = _xlsx(
        tmp_path / "orders.xlsx",
        [
            ["Покупатель", "Товар", "Сумма", "Дата"],
            ["ООО «Вектор»", "Бумага А4", cells["Сумма"], cells["Дата"]],
            ["Иван Петров", "Чайник", 2500, "05.03.2024"],
        ],
    )
    _unreadable_rows(tmp_path, source, header, value)


def test_a_workbook_date_cell_out_of_range_is_unreadable(tmp_path):
    import datetime

    source = _xlsx(
        tmp_path / "orders.xlsx",
        [
            ["Покупатель", "Товар", "Дата"],
            ["ООО «Вектор»", "Бумага А4", datetime.datetime(9999, 12, 31)],
            ["Иван Петров", "Чайник", datetime.datetime(2024, 3, 5)],
        ],
    )
    _unreadable_rows(tmp_path, source, "Дата", "9999-12-31")


def _typed_parquet(path: Path, columns: dict) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table(columns), path)
    return path


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), 1e308 * 10])
@pytest.mark.parametrize("field", ["quantity", "amount"])
def test_a_parquet_float_infinity_is_an_unreadable_cell(tmp_path, field, value):
    numbers = {"quantity": [10.0, 1.0], "amount": [5000.0, 2500.0]}
    numbers[field][0] = value
    source = _typed_parquet(
        tmp_path / "orders.parquet",
        {"buyer": ["ООО «Вектор»", "Иван Петров"], "product": ["Бумага А4", "Чайник"], **numbers},
    )
    _unreadable_rows(tmp_path, source, field, repr(value))


def test_a_parquet_float_nan_is_a_missing_number(tmp_path):
    """A float column's NaN is Parquet's way of leaving a number out, not a cell b2x
    cannot read: the row is labelled without it, and no cell is named."""
    source = _typed_parquet(
        tmp_path / "orders.parquet",
        {
            "buyer": ["ООО «Вектор»", "Иван Петров"],
            "product": ["Бумага А4", "Чайник"],
            "amount": [float("nan"), 2500.0],
        },
    )
    result = run("classify", source, "-o", tmp_path / "out.csv")
    assert result.exit_code == 0, result.output
    labelled = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert len(labelled) == 2 and "unreadable" not in labelled["reasons"][0]
    no_leftovers(tmp_path)


@pytest.mark.parametrize("year", [1, 9999])
def test_a_parquet_timestamp_out_of_range_is_an_unreadable_cell(tmp_path, year):
    import datetime

    import pyarrow as pa

    dates = pa.array(
        [datetime.datetime(year, 1, 1), datetime.datetime(2024, 3, 5)], pa.timestamp("us")
    )
    source = _typed_parquet(
        tmp_path / "orders.parquet",
        {
            "buyer": ["ООО «Вектор»", "Иван Петров"],
            "product": ["Бумага А4", "Чайник"],
            "order_date": dates,
        },
    )
    _unreadable_rows(tmp_path, source, "order_date", f"{year:04d}-01-01")
    result = run("review", source, "-o", tmp_path / "r.xlsx")
    assert result.exit_code == 0 and "covering 2 rows" in result.output, result.output


def _unclosed_quote_at_line_60(path: Path) -> Path:
    text = ["buyer,product,quantity"] + [f"ООО «Вектор {i}»,Бумага,{i}" for i in range(58)]
    text += ['Иван,"Чайник,1', "Пётр,Стул,2", "Анна,Лампа,3"]
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path


def test_read_orders_reads_the_lines_before_an_unclosed_quote_and_names_the_rest(tmp_path):
    from classifier.files.read import SkippedLines, read_orders

    source = _unclosed_quote_at_line_60(tmp_path / "orders.csv")
    with pytest.warns(SkippedLines, match=r"line\(s\) 60, 61, 62 were skipped") as caught:
        frame = read_orders(source)
    assert caught[0].message.lines == [60, 61, 62]
    assert len(frame) == 58 and frame.index.tolist() == list(range(58))
    assert frame.attrs["b2x"]["bad_lines"] == [60, 61, 62]
    assert frame["buyer"].iloc[-1] == "ООО «Вектор 57»"


@pytest.mark.parametrize("command", ["explain", "review", "rules"])
def test_commands_reading_a_whole_file_label_the_rest_of_an_unclosed_quote(tmp_path, command):
    source = _unclosed_quote_at_line_60(tmp_path / "orders.csv")
    extra = {"explain": ("--row", 59), "review": ("-o", tmp_path / "r.xlsx"), "rules": ()}[command]
    result = run(command, source, *extra)
    assert result.exit_code == 0, result.output
    warned = [line for line in result.output.splitlines() if line.startswith("b2x: warning:")]
    assert warned == [
        f"b2x: warning: '{source}' line 60 opens a quoted cell that is never "
        "closed; line(s) 60, 61, 62 were skipped"
    ]
    assert "C error" not in result.output and "Traceback" not in result.output
    if command == "review":
        assert "covering 58 rows" in result.output
    no_leftovers(tmp_path)


# a table: each row an option's command line and the message it gets, side by side; the
# formatter would break rows apart where a message is long
COMMAND_OPTIONS = [
    (("classify", "{src}", "--chunk-rows", 0),
     "--chunk-rows must be a whole number of 1 or more. Got 0 instead."),
    (("classify", "{src}", "--chunk-rows", -5),
     "--chunk-rows must be a whole number of 1 or more. Got -5 instead."),
    (("classify", "{src}", "--engine", ""), "--engine must be local or dask. Got '' instead."),
    (("explain", "{src}", "--row", 1),
     "--row must be a whole number of 2 or more. Got 1 instead."),
    (("explain", "{src}", "--row", -3),
     "--row must be a whole number of 2 or more. Got -3 instead."),
    (("explain", "{src}", "--row", 2, "--lang", "de"),
     "--lang must be one of en, ru. Got 'de' instead."),
    (("review", "{src}", "--limit", 0), "--limit must be a whole number of 1 or more. Got 0"),
    (("review", "{src}", "--min-amount", "nan"), "--min-amount must be a finite number. Got nan"),
    (("review", "{src}", "--min-amount", "inf"), "--min-amount must be a finite number. Got inf"),
    (("review", "{src}", "--format", "pdf"),
     "--format must be xlsx, label-studio or jsonl. Got 'pdf' instead."),
    (("review", "{src}", "--label", "B2X"), "--label must be B2B, B2C or B2G. Got B2X instead."),
    (("evaluate", "{src}", "--folds", 1), "--folds must be a whole number of 2 or more. Got 1"),
    (("train", "{src}", "--seed", -1), "--seed must be a whole number of 0 or more. Got -1"),
    (("train", "{src}", "--weight", -1), "--weight must be a number of 0 or more. Got -1.0"),
    (("train", "{src}", "--weight", "nan"), "--weight must be a number of 0 or more. Got nan"),
    (("rules", "{src}", "--map", "=x"), "--map must look like field=Header"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "message"), COMMAND_OPTIONS)
def test_every_commands_option_values_are_checked_before_reading(tmp_path, args, message):
    source = tmp_path / "orders.csv"
    source.write_text(ORDERS, encoding="utf-8")
    result = run(
        *[str(a).format(src=source) for a in args],
        *(("-o", tmp_path / "o.csv") if args[0] == "classify" else ()),
    )
    assert message in one_line_error(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["orders.csv"]


# --- 1C and spreadsheet reports: title lines, delimiter-only lines, totals rows ---------

REPORT_1C = (
    "Отчёт о продажах за март 2025;;;;\n;;;;\n"
    "№;Контрагент;Номенклатура;Количество;Сумма\n"
    "1;ООО «Вектор»;Бумага А4;10;5 000,00\n2;Иванов Иван;Чайник;1;2 500,00\n"
    "{word};;;11;7 500,00\n"
)
TOTALS_WORDS = [
    "Итого",
    "ИТОГО:",
    "Всего",
    "Total",
    "Grand Total",
    "Summe",
    "Gesamt",
    "Total général",
    "Totale",
    "Razem",
    "Celkem",
    "Разом",
    "Итого по документу",
]


@pytest.mark.parametrize(
    ("word", "lang", "jobs"), [(w, "en", 1) for w in TOTALS_WORDS] + [("Итого", "ru", 2)]
)
def test_a_1c_report_header_below_its_title_and_its_totals_row_kept_unlabelled(
    tmp_path, word, lang, jobs
):
    """cp1251 with ';' (UTF-8 for a word cp1251 cannot write), a title line and a ';;;;'
    line above the header, a totals row under the sales; in one process and in workers."""
    from classifier.files.read import read_orders

    source = tmp_path / "report.csv"
    text = REPORT_1C.format(word=word)
    try:
        source.write_bytes(text.encode("cp1251"))
    except UnicodeEncodeError:
        source.write_text(text, encoding="utf-8")
    result = run(
        "classify",
        source,
        "-o",
        tmp_path / "out.csv",
        "--lang",
        lang,
        "--jobs",
        jobs,
        "--chunk-rows",
        2,
    )
    assert result.exit_code == 0, result.output
    assert "3 rows" in result.output and "B2B 1, B2C 1, B2G 0" in result.output
    assert "1 totals row left unlabelled" in result.output
    out = read_orders(tmp_path / "out.csv")
    assert list(out.columns[:3]) == ["№", "Контрагент", "Номенклатура"] and len(out) == 3
    assert out["label"].tolist() == ["B2B", "B2C", ""]
    assert out.iloc[2][["confidence", "p_b2b", "p_b2c", "p_b2g"]].tolist() == [""] * 4
    assert out["ambiguous"].iloc[2] == "false"
    reason = {"en": "totals row, not a sale", "ru": "строка итогов, не продажа"}[lang]
    assert out["reasons"].iloc[2] == reason
    no_leftovers(tmp_path)


@pytest.mark.parametrize(
    "row",
    [
        ["Total Fitness Ltd", "", "Гантели", 2, 9000],
        ["Итого", "", "Бумага", 1, 100],
        ["Итоговый", "ООО «Вектор»", "", 1, 100],
    ],
)
def test_a_sale_whose_first_cell_reads_like_a_total_is_labelled(tmp_path, row):
    source = _xlsx(
        tmp_path / "report.xlsx",
        [
            ["Покупатель", "Контакт", "Товар", "Кол-во", "Сумма"],
            ["ООО «Вектор»", "", "Бумага", 10, 5000],
            row,
        ],
    )
    result = run("classify", source, "-o", tmp_path / "out.csv")
    assert result.exit_code == 0 and "totals" not in result.output, result.output
    out = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert len(out) == 2 and out["label"].iloc[1] in ("B2B", "B2C", "B2G")


def test_a_workbook_report_totals_row_is_kept_unlabelled(tmp_path):
    import openpyxl

    source = tmp_path / "report.xlsx"
    book = openpyxl.Workbook()
    for row in (
        ["Продажи по покупателям"],
        ["За март 2025"],
        [],
        ["Покупатель", "Номенклатура", "Количество", "Сумма"],
        ["ООО «Вектор»", "Бумага А4", 10, 5000],
        ["Иванов Иван", "Чайник", 1, 2500],
        ["Общий итог", None, 11, 7500],
    ):
        book.active.append(row)
    book.save(source)
    for out in (tmp_path / "out.xlsx", tmp_path / "out.parquet"):
        result = run("classify", source, "-o", out)
        assert result.exit_code == 0, result.output
        assert "1 totals row left unlabelled" in result.output
    labelled = pd.read_parquet(tmp_path / "out.parquet")
    assert len(labelled) == 3 and labelled["label"].isna().tolist() == [False, False, True]
    assert labelled["reasons"].iloc[2] == "totals row, not a sale"
    assert openpyxl.load_workbook(tmp_path / "out.xlsx").active.max_row == 4


def test_the_library_keeps_a_totals_row_unlabelled():
    from classifier import classify

    frame = pd.DataFrame(
        {
            "Покупатель": ["ООО «Вектор»", "Итого:"],
            "Товар": ["Бумага", ""],
            "Сумма": ["5000", "5000"],
        }
    )
    labelled = classify(frame)
    assert labelled["label"].isna().tolist() == [False, True]
    assert labelled.attrs["b2x_run"]["totals_rows"] == 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_delimiter_only_lines_below_the_header_are_kept_unlabelled(tmp_path, jobs):
    """A 1C report's ';;;;' lines between its sales and before its totals: every line is in
    the output, none of them labelled as a sale, and the run says how many."""
    from classifier.files.read import read_orders

    source = tmp_path / "report.csv"
    source.write_bytes(
        (
            "№;Контрагент;Номенклатура;Количество;Сумма\n"
            "1;ООО «Вектор»;Бумага А4;10;5 000,00\n;;;;\n"
            "2;Иванов Иван;Чайник;1;2 500,00\n;;;;\nИтого;;;11;7 500,00\n"
        ).encode("cp1251")
    )
    result = run("classify", source, "-o", tmp_path / "out.csv", "--jobs", jobs)
    assert result.exit_code == 0, result.output
    assert "2 empty lines left unlabelled" in result.output
    out = read_orders(tmp_path / "out.csv")
    assert len(out) == 5
    assert out["label"].tolist() == ["B2B", "", "B2C", "", ""]
    assert out["reasons"].iloc[1] == "an empty line: no sale, left unlabelled"
    no_leftovers(tmp_path)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_statutory_forms_row_of_column_numbers_is_kept_unlabelled(tmp_path, jobs):
    """1C's Книга продаж prints 1, 2, 3, 3а, ... under its header: no sale, and the sales
    under it keep their labels."""
    from classifier.files.read import read_orders

    source = tmp_path / "kniga.csv"
    source.write_bytes(
        (
            "№ п/п;Наименование покупателя;ИНН/КПП покупателя;Номер счета-фактуры;"
            "Стоимость продаж\n"
            "1;2;3;3а;4\n"
            "1;ООО «Вектор»;7707083893/770701001;00ЭК-1 от 01.07.2025;5 000,00\n"
            "2;Иванов Иван Иванович;;00ЭК-2 от 02.07.2025;2 500,00\n"
        ).encode("cp1251")
    )
    result = run("classify", source, "-o", tmp_path / "out.csv", "--jobs", jobs)
    assert result.exit_code == 0, result.output
    assert "1 row of column numbers left unlabelled" in result.output
    out = read_orders(tmp_path / "out.csv")
    assert len(out) == 3 and out["label"].tolist() == ["", "B2B", "B2C"]
    assert out["reasons"].iloc[0] == "a row of column numbers: no sale, left unlabelled"


def test_line_numbers_and_numbers_of_a_sale_are_no_row_of_column_numbers():
    from classifier.totals import numbering_rows

    cells = {"№": "1 1 2", "Товар": "- Бумага -", "Кол-во": "2 10 3", "Цена": "50 500 4"}
    frame = pd.DataFrame({k: v.replace("-", "").split(" ") for k, v in cells.items()})
    assert numbering_rows(frame).tolist() == [False, False, False]
