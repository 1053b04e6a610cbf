"""The review workbook and the segment report open in the programs analysts use.

LibreOffice (headless) converts the workbook and the page to PDF; headless Chromium
renders the page to a screenshot and to its DOM. CI installs both (``.ci/run``) and
sets ``B2X_REQUIRE_APPS=1``, so there these tests run, never skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from classifier import classify, read_orders
from classifier.reports.html import write_html
from classifier.reports.segments import segment_report
from classifier.review.queue import review_queue
from classifier.review.workbook import write_review
from tests.conftest import SAMPLES


def _program(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("B2X_REQUIRE_APPS") == "1":
        pytest.fail(f"{names[0]} is not installed, and this run requires it")
    pytest.skip(f"{names[0]} is not installed")


@pytest.fixture(scope="module")
def files(model, tmp_path_factory):
    folder = tmp_path_factory.mktemp("apps")
    labelled = classify(read_orders(SAMPLES / "orders_1c.csv"), model)
    workbook = write_review(review_queue(labelled, model, limit=25), folder / "q3_review.xlsx")
    page = write_html(segment_report(labelled, source="orders_1c.csv"), folder / "segments.html")
    return folder, workbook, page


def _to_pdf(soffice: str, source, folder) -> bytes:
    profile = folder / "lo-profile"
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "pdf"),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    pdf = folder / "pdf" / (source.stem + ".pdf")
    assert pdf.is_file(), done.stdout + done.stderr
    return pdf.read_bytes()


def test_libreoffice_opens_the_review_workbook_and_the_report(files):
    soffice = _program("soffice", "libreoffice")
    folder, workbook, page = files
    for source in (workbook, page):
        pdf = _to_pdf(soffice, source, folder)
        assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") + pdf.count(b"/Type/Page") >= 2


def test_chromium_renders_the_report(files):
    chromium = _program("chromium", "chromium-browser", "google-chrome")
    folder, _, page = files
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={folder / 'chromium-profile'}",
    ]
    shot = folder / "report.png"
    done = subprocess.run(
        [chromium, *flags, f"--screenshot={shot}", "--window-size=1280,2400", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and shot.is_file(), done.stderr[-2000:]
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 20_000
    dom = subprocess.run(
        [chromium, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120
    )
    assert dom.returncode == 0
    assert "<svg" in dom.stdout and "B2G" in dom.stdout and "orders_1c.csv" in dom.stdout
