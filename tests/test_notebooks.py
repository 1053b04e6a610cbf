"""The notebooks run top to bottom in a real kernel, as Jupyter runs them, on the library API."""

from __future__ import annotations

import functools
import json

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


@functools.cache
def executed(name: str) -> nbformat.NotebookNode:
    path = REPO / "notebooks" / name
    notebook = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()  # fmt: skip
    return notebook


def shown(notebook: nbformat.NotebookNode) -> str:
    """Everything the notebook's cells printed or displayed as text."""
    return "\n".join(
        o.get("data", {}).get("text/plain", "") + o.get("text", "")
        for c in notebook.cells if c.cell_type == "code" for o in c.outputs
    )  # fmt: skip


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stripped_and_runs(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in raw["cells"] if c["cell_type"] == "code"]
    assert all(not c["outputs"] and c["execution_count"] is None for c in code), "strip outputs"
    notebook = executed(path.name)
    errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]  # fmt: skip
    assert not errors
    assert notebook.cells[-1].outputs[-1]["data"]["text/plain"] == "True"


def test_walkthrough_shows_the_analysts_label_coming_back():
    text = shown(executed("walkthrough.ipynb"))
    assert "records of 1 buyer(s) stored" in text
    assert "labelled B2G by a.petrova" in text
    assert "B2G" in text and "ambiguous" in text
