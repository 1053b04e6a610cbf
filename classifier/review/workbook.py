"""Workbook: a review queue as an XLSX workbook an analyst fills in, and read back.

:func:`write_review` lays a :class:`~classifier.review.queue.ReviewQueue` out as a
workbook (a Review sheet to fill, the covered Rows, and a hidden sheet of ids);
:func:`read_review` reads the analyst's labels back as one decision per covered record,
for :class:`classifier.review.store.LabelStore`, checked row by row.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd

from classifier.config import LABELS
from classifier.exceptions import InputError
from classifier.review.ids import DECISION_COLUMNS, normalise_label
from classifier.review.queue import ReviewQueue

__all__ = ["write_review", "read_review"]

REVIEW_SHEET, ROWS_SHEET, META_SHEET = "Review", "Rows", "b2x"
ID_HEADER, LABEL_HEADER, NOTE_HEADER = "Decision id", "Your label", "Note"


_COLUMNS = (  # header, width, decisions column (None: filled by hand), wrap
    ("#", 5, None, False),
    (ID_HEADER, 13, "decision_id", False),
    ("Buyer", 30, "buyer", True),
    ("What was bought", 48, "text", True),
    ("Amount", 14, "amount", False),
    ("Rows", 7, "rows", False),
    ("b2x label", 10, "label", False),
    ("Confidence", 11, "confidence", False),
    (LABEL_HEADER, 12, None, False),
    (NOTE_HEADER, 28, None, True),
    ("Why a look", 24, "why", True),
    ("Key evidence", 48, "evidence", True),
    ("Reasons", 70, "reasons", True),
)
_META_COLUMNS = ("decision_id", "record_id", "buyer_key", "b2x_label", "b2x_confidence", "fields")


def _cell(ws, value, *, font=None, fill=None, wrap=False, number_format=None):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    cell = WriteOnlyCell(ws, value=value)
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    else:
        cell.alignment = Alignment(vertical="top")
    if number_format:
        cell.number_format = number_format
    return cell


def _row_height(decision: dict) -> float:
    """Points for a Review row tall enough for its wrapped cells (spreadsheets don't grow
    rows written with a fixed layout), capped so one long text doesn't fill the screen."""
    lines = 1
    for _, width, column, wrap in _COLUMNS:
        if wrap and column is not None and isinstance(decision.get(column), str):
            text = decision[column].splitlines() or [""]
            lines = max(lines, sum(math.ceil(max(len(t), 1) / (width * 1.1)) for t in text))
    return min(15.0 * lines, 180.0)


def _plain(value: object) -> object:
    """A frame's value as openpyxl takes it: missing as None, numpy scalars as Python's."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if isinstance(value, np.generic) else value


def write_review(queue: ReviewQueue, path: str | Path) -> Path:
    """Write the review workbook: Review (one row per decision), Rows, and a hidden b2x sheet.

    The Review sheet has a B2B/B2C/B2G drop-down in the "Your label" column, a note
    column, a frozen header and filters; Rows lists every covered input row; the
    hidden sheet holds what :func:`read_review` needs to store a decision.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from classifier.files.write import atomic_path, neutralise_formulas

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InputError(f"A review workbook is an .xlsx file. Got '{path}' instead.")
    bold = Font(bold=True, color="FFFFFF")
    head = PatternFill("solid", fgColor="305496")
    yours = PatternFill("solid", fgColor="FFF2CC")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(REVIEW_SHEET)
    n = len(queue.decisions)
    for k, (_, width, _, _) in enumerate(_COLUMNS, 1):
        ws.column_dimensions[get_column_letter(k)].width = width
    ws.freeze_panes = "C2"
    last = get_column_letter(len(_COLUMNS))
    ws.auto_filter.ref = f"A1:{last}{n + 1}"
    label_col = get_column_letter([c[0] for c in _COLUMNS].index(LABEL_HEADER) + 1)
    choice = DataValidation(
        type="list",
        formula1='"B2B,B2C,B2G"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="b2x",
        error="Choose B2B, B2C or B2G, or leave the cell empty.",
    )
    choice.add(f"{label_col}2:{label_col}{max(n + 1, 2)}")
    ws.data_validations.append(choice)
    # printed: landscape, one page wide, the header on every page (set before the first row)
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_title_rows = "1:1"
    ws.append(
        [
            _cell(
                ws,
                h,
                font=Font(bold=True, color="7F6000") if h == LABEL_HEADER else bold,
                fill=yours if h == LABEL_HEADER else head,
                wrap=True,
            )
            for h, _, _, _ in _COLUMNS
        ]
    )
    formats = {"amount": "#,##0.00", "confidence": "0.00"}
    # input text a spreadsheet would run as a formula is shown, not run
    shown = neutralise_formulas(queue.decisions[[c for _, _, c, _ in _COLUMNS if c]])
    for k, decision in enumerate(shown.to_dict("records"), 1):
        ws.row_dimensions[k + 1].height = _row_height(decision)
        cells = []
        for header, _, column, wrap in _COLUMNS:
            if header == "#":
                value = k
            elif column is None:
                value = None
            else:
                value = _plain(decision[column])
            fill = yours if header == LABEL_HEADER else None
            cells.append(
                _cell(ws, value, fill=fill, wrap=wrap, number_format=formats.get(column or ""))
            )
        ws.append(cells)

    rows_ws = wb.create_sheet(ROWS_SHEET)
    records = neutralise_formulas(queue.records.drop(columns="fields"))
    rows_ws.freeze_panes = "D2"
    rows_ws.auto_filter.ref = f"A1:{get_column_letter(records.shape[1])}{len(records) + 1}"
    for k in range(1, records.shape[1] + 1):
        rows_ws.column_dimensions[get_column_letter(k)].width = 16 if k > 3 else 13
    header = {"decision_id": ID_HEADER, "record_id": "Record id", "row": "Row"}
    rows_ws.append(
        [_cell(rows_ws, str(header.get(c, c)), font=bold, fill=head) for c in records.columns]
    )
    for values in records.itertuples(index=False, name=None):
        rows_ws.append([_plain(v) for v in values])

    meta = wb.create_sheet(META_SHEET)
    meta.sheet_state = "hidden"
    for key, value in (
        ("format", "b2x review"),
        ("format_version", 1),
        ("review_id", queue.review_id),
        ("source", queue.source),
        ("source_sha256", queue.source_sha256),
        ("model_version", queue.model_version),
        ("created_at", queue.created_at),
        ("decisions", n),
    ):
        meta.append([key, value])
    meta.append([])
    meta.append(list(_META_COLUMNS))
    keys = dict(zip(queue.decisions["decision_id"], queue.decisions["buyer_key"], strict=True))
    seen = set()
    columns = ["decision_id", "record_id", "b2x_label", "b2x_confidence", "fields"]
    for rec in queue.records[columns].itertuples(index=False):
        if (rec.decision_id, rec.record_id) in seen:
            continue
        seen.add((rec.decision_id, rec.record_id))
        meta.append(
            [
                rec.decision_id,
                rec.record_id,
                keys[rec.decision_id],
                rec.b2x_label,
                float(rec.b2x_confidence),
                rec.fields,
            ]
        )
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path


def _meta(wb, name: str) -> tuple[dict[str, object], pd.DataFrame]:
    if META_SHEET not in wb.sheetnames or REVIEW_SHEET not in wb.sheetnames:
        raise InputError(
            f"'{name}' is not a b2x review workbook (no '{REVIEW_SHEET}' and '{META_SHEET}' "
            "sheets): make one with b2x review."
        )
    rows = list(wb[META_SHEET].iter_rows(values_only=True))
    info: dict[str, object] = {}
    k = 0
    while k < len(rows) and rows[k] and rows[k][0] is not None:
        info[str(rows[k][0])] = rows[k][1]
        k += 1
    if info.get("format") != "b2x review":
        raise InputError(f"'{name}' sheet '{META_SHEET}' was changed: it is not b2x's own.")
    table = [r for r in rows[k + 2 :] if r and r[0] is not None]
    covered = pd.DataFrame(
        [list(r[: len(_META_COLUMNS)]) for r in table], columns=list(_META_COLUMNS)
    )
    return info, covered


def read_review(path: str | Path, analyst: str = "") -> pd.DataFrame:
    """The analyst's decisions in a filled-in review workbook, one row per covered record.

    Rows whose "Your label" is empty are skipped. A label other than B2B, B2C or
    B2G, a changed or missing decision id, or an id from another review is an
    :class:`InputError` naming the row and column; nothing is returned then.

    Returns
    -------
    DataFrame
        ``record_id, decision_id, buyer_key, label, analyst, note, decided_at,
        b2x_label, b2x_confidence, fields, source_row``, as
        :meth:`classifier.review.store.LabelStore.add` takes them. ``attrs`` holds
        ``decided`` (decisions with a label), ``skipped`` (without one),
        ``absent`` (decisions deleted from the sheet) and the review's ``info``.
    """
    from openpyxl import load_workbook

    path = Path(path)
    name = path.name
    if not path.exists():
        raise InputError(f"'{path}' does not exist.")
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a file that is not a workbook
        raise InputError(f"'{path}' cannot be read as an XLSX workbook: {e}") from None
    try:
        info, covered = _meta(wb, name)
        sheet = wb[REVIEW_SHEET].iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else "" for h in next(sheet, ())]
        missing = [h for h in (ID_HEADER, LABEL_HEADER) if h not in header]
        if missing:
            raise InputError(f"'{name}' sheet {REVIEW_SHEET}: no column '{missing[0]}' in row 1.")
        at = {h: header.index(h) for h in (ID_HEADER, LABEL_HEADER, NOTE_HEADER) if h in header}
        rows = [
            (r, row) for r, row in enumerate(sheet, 2) if row and any(v is not None for v in row)
        ]
    finally:
        wb.close()
    known = set(covered["decision_id"])
    errors: list[str] = []
    chosen: dict[str, tuple[str, str, int]] = {}
    skipped = 0

    def cell(row: tuple, h: str) -> object:
        return row[at[h]] if h in at and at[h] < len(row) else None

    for r, row in rows:
        label = normalise_label(cell(row, LABEL_HEADER))
        decision = str(cell(row, ID_HEADER) or "").strip()
        if label is None:
            skipped += 1
            continue
        where = f"'{name}' sheet {REVIEW_SHEET} row {r}"
        if label not in LABELS:
            errors.append(f"{where}, column {LABEL_HEADER}: {label!r} is not B2B, B2C or B2G")
        elif not decision:
            errors.append(
                f"{where}, column {ID_HEADER}: empty, so the label cannot be matched to its records"
            )
        elif decision not in known:
            errors.append(
                f"{where}, column {ID_HEADER}: {decision!r} is not a decision of this "
                f"review (review {info.get('review_id')} of '{info.get('source')}'); "
                "was it changed or pasted from another workbook?"
            )
        elif decision in chosen and chosen[decision][0] != label:
            first, _, r0 = chosen[decision]
            errors.append(
                f"{where}, column {LABEL_HEADER}: decision {decision} is labelled "
                f"{first} in row {r0} and {label} here"
            )
        else:
            note = cell(row, NOTE_HEADER)
            chosen[decision] = (label, "" if note is None else str(note).strip(), r)
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise InputError(errors[0] + more + ". Nothing was stored.")
    if not chosen:
        raise InputError(
            f"'{name}': no labels in column '{LABEL_HEADER}' of sheet {REVIEW_SHEET}; "
            "nothing to store."
        )
    taken = covered[covered["decision_id"].isin(chosen)].copy()
    taken["label"] = taken["decision_id"].map(lambda d: chosen[d][0])
    taken["note"] = taken["decision_id"].map(lambda d: chosen[d][1])
    taken["source_row"] = taken["decision_id"].map(lambda d: chosen[d][2]).astype(int)
    taken["analyst"] = analyst
    taken["decided_at"] = ""
    taken["b2x_confidence"] = pd.to_numeric(taken["b2x_confidence"], errors="coerce")
    taken["buyer_key"] = taken["buyer_key"].fillna("").astype(str)
    out = taken[DECISION_COLUMNS].reset_index(drop=True)
    present = {str(cell(row, ID_HEADER) or "").strip() for _, row in rows}
    out.attrs = {
        "decided": len(chosen),
        "skipped": skipped,
        "absent": len(known - present),
        "info": info,
    }
    return out
