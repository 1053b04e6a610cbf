"""The notebooks run top to bottom in a real kernel, as Jupyter runs them, on the library API."""

from __future__ import annotations

import functools
import json
import re

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


@functools.cache
def executed(name: str) -> nbformat.NotebookNode:
    path = REPO / "notebooks" / name
    notebook = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    return notebook


def shown(notebook: nbformat.NotebookNode) -> str:
    """Everything the notebook's cells printed or displayed as text."""
    return "\n".join(
        o.get("data", {}).get("text/plain", "") + o.get("text", "")
        for c in notebook.cells
        if c.cell_type == "code"
        for o in c.outputs
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stripped_and_runs(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in raw["cells"] if c["cell_type"] == "code"]
    assert all(not c["outputs"] and c["execution_count"] is None for c in code), "strip outputs"
    notebook = executed(path.name)
    errors = [
        o
        for c in notebook.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "error"
    ]
    assert not errors
    assert notebook.cells[-1].outputs[-1]["data"]["text/plain"] == "True"


def test_walkthrough_shows_the_analysts_label_coming_back():
    text = shown(executed("walkthrough.ipynb"))
    assert "records of 1 buyer(s) stored" in text
    assert "labelled B2G by a.petrova" in text
    assert "B2G" in text and "ambiguous" in text


def html_shown(notebook: nbformat.NotebookNode) -> list[str]:
    """Every HTML output of the notebook's cells, as Jupyter would render them."""
    return [
        o["data"]["text/html"]
        for c in notebook.cells
        if c.cell_type == "code"
        for o in c.outputs
        if "text/html" in o.get("data", {})
    ]


def test_walkthrough_shows_explains_card_and_readable_reasons():
    notebook = executed("walkthrough.ipynb")
    cards = [h for h in html_shown(notebook) if "b2x-card" in h and "Evidence" in h]
    assert len(cards) == 3  # the three cases of the policy's table, each as a card
    school = next(h for h in cards if "МБОУ" in h)
    assert ">B2G</span>" in school and "confidence <b>0." in school
    assert "ambiguous: purpose evidence points to B2C" in school
    assert "state_form" in school and "<h4>Why</h4><ol><li>" in school
    assert "np.float64" not in shown(notebook)
    reasons = next(h for h in html_shown(notebook) if "b2x-card" in h and "reasons</th>" in h)
    assert reasons.count("<li>") > reasons.count("<tr>")  # a line per reason, rows of several


def test_walkthrough_uses_the_estimator():
    text = shown(executed("walkthrough.ipynb"))
    assert re.search(r"macro-F1 of 3 folds: [01]\.\d{3}, [01]\.\d{3}, [01]\.\d{3}", text)
    assert "classes: ['B2B', 'B2C', 'B2G']" in text
    assert "same label as the shipped model on" in text
