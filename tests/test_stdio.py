"""Unix conventions: --version, shell completion, ``-`` for standard input and output,
tables not cut when piped, an example in every command's help."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from classifier.cli.app import app
from tests.conftest import SAMPLES

runner = CliRunner()


def _b2x(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "classifier", *args], capture_output=True, check=False, **kwargs
    )


def test_version():
    from importlib import metadata

    done = runner.invoke(app, ["--version"])
    assert done.exit_code == 0
    assert done.stdout.strip() == f"b2x {metadata.version('b2x')}"


def test_shell_completion_is_offered():
    assert "--install-completion" in runner.invoke(app, ["--help"]).stdout
    # typer tells the shell by the process that started b2x: here, bash
    line = f"'{sys.executable}' -m classifier --show-completion; exit $?"
    done = subprocess.run(["bash", "-c", line], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert b"complete" in done.stdout and b"b2x" in done.stdout.lower()


def test_standard_input_to_standard_output_is_the_file_run(tmp_path):
    source = SAMPLES / "orders_1c.csv"
    expected = tmp_path / "labelled.csv"
    assert _b2x("classify", str(source), "-o", str(expected), "-j", "1").returncode == 0
    piped = _b2x("classify", "-", "-j", "1", input=source.read_bytes())
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == expected.read_bytes()  # the data alone, byte for byte
    assert b"65 rows" in piped.stderr  # the summary beside it
    to_file = _b2x(
        "classify", "-", "-o", str(tmp_path / "again.csv"), "-j", "1", input=source.read_bytes()
    )
    assert (tmp_path / "again.csv").read_bytes() == expected.read_bytes(), to_file.stderr


@pytest.mark.parametrize("given", [None, "xlsx"])
def test_a_workbook_on_standard_input_is_told_by_its_bytes_or_format(tmp_path, given):
    workbook = tmp_path / "orders.xlsx"
    pd.read_csv(SAMPLES / "orders_shop.csv", dtype=str).to_excel(workbook, index=False)
    out = tmp_path / "out.csv"
    done = _b2x(
        "classify",
        "-",
        "-o",
        str(out),
        "-j",
        "1",
        "-q",
        *(["--format", given] if given else []),
        input=workbook.read_bytes(),
    )
    assert done.returncode == 0, done.stderr
    assert len(pd.read_csv(out)) == len(pd.read_csv(SAMPLES / "orders_shop.csv"))


def test_a_file_to_standard_output(tmp_path):
    done = runner.invoke(
        app, ["classify", str(SAMPLES / "orders_shop.csv"), "-o", "-", "-j", "1", "-q"]
    )
    assert done.exit_code == 0, done.output
    assert done.stdout.startswith("\ufeff") and "label,confidence" in done.stdout.splitlines()[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["classify", "-"], "'<stdin>' is empty."),
        (["classify", "-", "--format", "odt"], "--format must be one of csv, xlsx, parquet"),
        (
            ["classify", str(SAMPLES / "orders_1c.csv"), "--format", "csv"],
            "format of standard input",
        ),
        (["report", "-", "-o", "-"], "-o - (standard output) is for b2x classify"),
    ],
)
def test_standard_input_and_output_mistakes_are_one_line(args, message):
    done = runner.invoke(app, args, input=b"")
    assert done.exit_code == 1
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_report_piped_is_not_cut_to_80_columns(tmp_path):
    labelled = tmp_path / "labelled.csv"
    assert (
        _b2x(
            "classify", str(SAMPLES / "orders_1c.csv"), "-o", str(labelled), "-q", "-j", "1"
        ).returncode
        == 0
    )
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    done = _b2x("report", str(labelled), env=env)
    text = done.stdout.decode("utf-8")
    assert done.returncode == 0, done.stderr
    assert re.search(r"1\D054\D080\.00", text)  # "1 054 080.…" when cut at 80
    assert not re.search(r"\d[.,]?…", text)
    assert max(len(line) for line in text.splitlines()) > 80


def _commands(group, path=()):
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from _commands(command, (*path, name))
        else:
            yield (*path, name)


@pytest.mark.parametrize("path", list(_commands(typer.main.get_command(app))), ids=" ".join)
def test_every_commands_help_shows_an_example(path):
    done = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
    assert done.exit_code == 0
    assert "Example" in done.stdout and f"b2x {' '.join(path)} " in done.stdout
