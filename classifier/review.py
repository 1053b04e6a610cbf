"""Review: the records most worth a human look, as a workbook an analyst fills in.

:func:`review_queue` ranks the records of a labelled export (or labels a raw
one first) by how much a human look is worth — low confidence, ambiguity, the
rules and the model disagreeing, large amounts — and groups them into
*decisions*: one per buyer where the buyer decides the label (all of the
buyer's rows got one label), else one per order. :func:`write_review` lays the
queue out as an XLSX workbook; :func:`read_review` reads the analyst's labels
back as one decision per covered record, for :class:`classifier.store.LabelStore`.

Ids: a *record id* is a hash of the record's input cells, so the same record has
the same id in every run and file format; a *decision id* also hashes the
review's own id, so a row pasted in from another review is recognised.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from classifier.analyst import record_fields
from classifier.columns import order_keys, truthy
from classifier.exceptions import InputError
from classifier.model import Model
from classifier.pipeline import OUTPUT_COLUMNS, analyse, output_columns
from classifier.rules import LABELS, RuleSet
from classifier.rules.buyer import buyer_key

__all__ = [
    "ReviewQueue",
    "review_queue",
    "write_review",
    "read_review",
    "record_ids",
    "RECORD_ID",
    "normalise_label",
]

REVIEW_SHEET, ROWS_SHEET, META_SHEET = "Review", "Rows", "b2x"
ID_HEADER, LABEL_HEADER, NOTE_HEADER = "Decision id", "Your label", "Note"
RECORD_ID = re.compile(r"[0-9a-f]{16}")  # what record_ids makes: 16 lowercase hex digits
# what a look at a row is worth: one point per unit of doubt (1 − confidence), plus
AMBIGUOUS_WORTH = 0.5  # the record's signals disagree or are thin
DISAGREE_WORTH = 0.5  # a deciding rule settled a label the model finds unlikely
AMOUNT_WORTH = 0.5  # times the decision's amount rank among the queue's (0..1)
ROWS_WORTH = 0.25  # times log10(1 + rows): one decision covering many rows
# Cyrillic letters typed for their Latin look-alikes on a Russian keyboard: «В2В» is B2B
_LOOKALIKES = str.maketrans("ВСГ", "BCG", " \t\u00a0")


def normalise_label(value: object) -> str | None:
    """An analyst's label as B2B/B2C/B2G, None when empty; anything else is returned as typed.

    >>> normalise_label(" b2g "), normalise_label("В2С"), normalise_label(None)
    ('B2G', 'B2C', None)
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).upper().translate(_LOOKALIKES)
    if not text:
        return None
    return text if text in LABELS else str(value).strip()


def record_ids(frame: pd.DataFrame) -> pd.Series:
    """A stable id per record: 16 hex digits of a hash of its input cells, as text.

    The same cells give the same id whatever the file format or row position.

    >>> record_ids(pd.DataFrame({"Buyer": ["ООО «Ромашка»"], "Qty": ["2"]})).iloc[0]
    'fc4fe6d419237543'
    """
    text = frame.astype("string").fillna("").apply(lambda c: c.str.strip())
    joined = text.iloc[:, 0].str.cat(text.iloc[:, 1:], sep="\x1f") if text.shape[1] else text
    ids = [hashlib.blake2b(v.encode(), digest_size=8).hexdigest() for v in joined.tolist()]
    return pd.Series(ids, index=frame.index, dtype=object)


@dataclass
class ReviewQueue:
    """Decisions worth a look, best first, and the input rows each one covers.

    ``decisions`` has one row per decision: ``decision_id, scope`` ("buyer" or
    "order"), ``buyer, buyer_key, record_id`` (the representative record),
    ``record_ids, rows, orders, label, confidence, ambiguous, why, reasons,
    evidence, amount, priority, text, fields``. ``records`` has one row per covered
    input row: ``decision_id, record_id, row`` (as a spreadsheet numbers it), the
    input's columns, b2x's ``b2x_label, b2x_confidence, b2x_ambiguous``, and ``fields``
    (the record's canonical fields as JSON).
    """

    decisions: pd.DataFrame
    records: pd.DataFrame
    source: str
    source_sha256: str
    model_version: str
    review_id: str
    created_at: str


def _labelled(
    frame: pd.DataFrame, model: Model, rules: RuleSet | None, columns: dict[str, str] | None
) -> tuple[pd.DataFrame, pd.DataFrame, object]:
    """The input columns, b2x's columns (classifying first if the file has none), analysis."""
    found = output_columns(frame)
    headers = found if len(found) == len(OUTPUT_COLUMNS) else None  # a labelled file?
    inputs = frame.drop(columns=list(headers.values())) if headers else frame.copy()
    inputs.attrs = frame.attrs
    result = analyse(inputs, model, columns, rules)
    if headers:
        out = pd.DataFrame({c: frame[headers[c]] for c in ("label", "confidence", "ambiguous")})
        out["confidence"] = pd.to_numeric(out["confidence"], errors="coerce")
        out["ambiguous"] = truthy(out["ambiguous"])
        out["label"] = out["label"].astype("string").str.strip()
    else:
        out = result.decision[["label", "confidence", "ambiguous"]].copy()
    from classifier.explain import join_reasons, reason_codes

    out["reasons"] = (
        frame[headers["reasons"]].astype("string").fillna("").to_numpy()
        if headers
        else join_reasons(*reason_codes(result.evidence, result.decision, result.canon["notes"],
                                        "en", result.ruleset.rules, result.fired),
                          result.evidence.index).to_numpy()
    )  # fmt: skip
    return inputs, out, result


def _evidence_text(evidence: pd.DataFrame, ruleset: RuleSet, rows: np.ndarray) -> list[str]:
    """The strongest signals of each given row, «what → label», strongest first."""
    texts = []
    values = evidence.to_numpy(dtype=object)
    rule_ids = list(evidence.columns)
    for r in rows:
        fired = [(ruleset.rules[rid], v) for rid, v in zip(rule_ids, values[r], strict=True)
                 if v is not None and v == v]  # fmt: skip
        fired.sort(key=lambda rv: -rv[0].strength)
        texts.append("; ".join(f"{rule.describe(v)} → {rule.points_to}" for rule, v in fired[:5]))
    return texts


def _why(row: pd.Series) -> str:
    why = []
    if row["ambiguous"]:
        why.append("ambiguous")
    if row["disagree"]:
        why.append("rules and model disagree")
    if row["confidence"] < 0.8:
        why.append(f"confidence {row['confidence']:.2f}")
    if row["amount_rank"] >= 0.9 and row["amount"] > 0:
        why.append("large amount")
    if row["rows"] > 1:
        why.append(f"covers {row['rows']} rows")
    return ", ".join(why) or "check"


def _describe(canon: pd.DataFrame, rows: np.ndarray, decision_rows: int, orders: int) -> str:
    """A few lines a person reads to decide: buyer, products, amount, comment."""
    first = canon.iloc[rows[0]]
    lines = []
    who = [str(first[f]) for f in ("buyer", "contact", "tax_id", "email") if pd.notna(first[f])]
    lines.append("Buyer: " + (" · ".join(who) if who else "(not given)"))
    part = canon.iloc[rows]
    goods = part.groupby(part["product"].fillna("(no product)"), sort=False).agg(
        quantity=("quantity", "sum"), amount=("amount", "sum")
    ).sort_values("amount", ascending=False)  # fmt: skip
    shown = [f"{name} ×{q:g}" if q == q and q else str(name)
             for name, q in zip(goods.index[:4], goods["quantity"][:4], strict=True)]  # fmt: skip
    more = f" (+{len(goods) - 4} more)" if len(goods) > 4 else ""
    lines.append("Products: " + "; ".join(shown) + more)
    amount = part["amount"].sum(min_count=1)
    if amount == amount:
        currency = first["currency"] if pd.notna(first["currency"]) else ""
        lines.append(f"Amount: {amount:,.2f} {currency}".rstrip().replace(",", " "))
    if decision_rows > 1:
        lines.append(f"Covers: {decision_rows} rows in {orders} order(s)")
    for f in ("comment", "documents", "payment", "contract", "address"):
        values = part[f].dropna().unique()
        if len(values):
            lines.append(f"{f.capitalize()}: {values[0]}" + (" …" if len(values) > 1 else ""))
    return "\n".join(lines)


def review_queue(
    frame: pd.DataFrame,
    model: Model,
    *,
    limit: int | None = 300,
    min_amount: float | None = None,
    labels: list[str] | None = None,
    rules: RuleSet | None = None,
    columns: dict[str, str] | None = None,
    source: str | None = None,
    source_sha256: str = "",
) -> ReviewQueue:
    """Rank a labelled (or raw) export's records into decisions worth a human look.

    Parameters
    ----------
    frame : DataFrame
        A labelled export as ``b2x classify`` writes it, or a raw one.
    model : Model
        Supplies the evidence and the model's view for the rules-vs-model check.
    limit : int, optional
        At most this many decisions (None: all).
    min_amount : float, optional
        Only decisions whose rows add up to at least this amount.
    labels : list of str, optional
        Only decisions b2x labelled with one of these.
    rules, columns, source, source_sha256 : optional
        The rule set, ``--map`` overrides, and the file's name and checksum.
    """
    source = source or frame.attrs.get("b2x", {}).get("source", "input")
    if labels:
        wrong = sorted({lab.upper() for lab in labels} - set(LABELS))
        if wrong:
            raise InputError(f"--label must be B2B, B2C or B2G. Got {', '.join(wrong)} instead.")
    inputs, out, result = _labelled(frame, model, rules, columns)
    canon = result.canon
    d = result.decision
    rows = pd.DataFrame(
        {
            "label": out["label"].to_numpy(dtype=object),
            "confidence": out["confidence"].fillna(0.0).to_numpy(),
            "ambiguous": out["ambiguous"].to_numpy(dtype=bool),
            "disagree": (d["settled_by"].ne("") & d["model_label"].ne(d["label"])).to_numpy(),
            "amount": canon["amount"].to_numpy(dtype=float),
            "buyer_key": buyer_key(canon).to_numpy(dtype=object),
            "order": order_keys(canon),
        }
    )
    anonymous = result.evidence["anonymous_buyer"].notna().to_numpy()
    rows.loc[anonymous, "buyer_key"] = ""
    rows["worth"] = (1 - rows["confidence"]) + AMBIGUOUS_WORTH * rows["ambiguous"] + (
        DISAGREE_WORTH * rows["disagree"]
    )
    # the buyer decides when all the buyer's rows got one label; else each order is a decision
    one_label = rows.groupby("buyer_key")["label"].transform("nunique").eq(1)
    by_buyer = rows["buyer_key"].ne("") & one_label
    rows["scope"] = np.where(by_buyer, "buyer", "order")
    rows["unit"] = np.where(by_buyer, "B\0" + rows["buyer_key"], "O\0" + rows["order"].astype(str))
    created = datetime.now(UTC).isoformat(timespec="seconds")
    review_id = uuid.uuid4().hex[:12]  # a new id per review, even two in one second
    grouped = rows.groupby("unit", sort=False)
    decisions = grouped.agg(
        scope=("scope", "first"), buyer_key=("buyer_key", "first"), label=("label", "first"),
        confidence=("confidence", "min"), ambiguous=("ambiguous", "any"),
        disagree=("disagree", "any"), amount=("amount", lambda a: a.sum(min_count=1)),
        rows=("label", "size"), orders=("order", "nunique"), worth=("worth", "max"),
        best=("worth", "idxmax"),
    )  # fmt: skip
    if labels:
        decisions = decisions[decisions["label"].isin([lab.upper() for lab in labels])]
    if min_amount is not None:
        decisions = decisions[decisions["amount"].fillna(0) >= min_amount]
    amount_rank = decisions["amount"].fillna(0).rank(pct=True)
    decisions["amount_rank"] = amount_rank if len(decisions) else 0.0
    decisions["priority"] = (
        decisions["worth"]
        + AMOUNT_WORTH * decisions["amount_rank"]
        + ROWS_WORTH * np.log10(1 + decisions["rows"])
    ).round(4)
    decisions = decisions.sort_values(["priority", "amount"], ascending=False, kind="stable")
    if limit is not None:
        decisions = decisions.head(limit)
    decisions = decisions.reset_index()
    decisions["decision_id"] = [
        ("B-" if u.startswith("B") else "O-")
        + hashlib.blake2b(f"{review_id}\0{u}".encode(), digest_size=5).hexdigest()
        for u in decisions["unit"]
    ]
    positions = rows.reset_index(drop=True).groupby("unit", sort=False).indices
    ids = record_ids(inputs).to_numpy(dtype=object)
    best = decisions["best"].to_numpy(dtype=int)
    decisions["record_id"] = ids[best]
    decisions["record_ids"] = [list(dict.fromkeys(ids[positions[u]])) for u in decisions["unit"]]
    decisions["buyer"] = [_display_buyer(canon.iloc[b]) for b in best]
    decisions["reasons"] = out["reasons"].to_numpy(dtype=object)[best]
    decisions["evidence"] = _evidence_text(result.evidence, result.ruleset, best)
    decisions["why"] = decisions.apply(_why, axis=1)
    decisions["text"] = [
        _describe(canon, positions[u], n, k)
        for u, n, k in zip(decisions["unit"], decisions["rows"], decisions["orders"], strict=True)
    ]
    decisions["fields"] = [record_fields(canon, b) for b in best]
    covered = [(i, p) for i, u in enumerate(decisions["unit"]) for p in positions[u]]
    take = np.array([p for _, p in covered], dtype=int)
    records = pd.DataFrame(
        {
            "decision_id": decisions["decision_id"].to_numpy()[[i for i, _ in covered]],
            "record_id": ids[take],
            "row": take + 2,
        }
    )
    records = pd.concat(
        [records, inputs.iloc[take].reset_index(drop=True),
         out[["label", "confidence", "ambiguous"]].iloc[take].reset_index(drop=True)
         .add_prefix("b2x_")], axis=1,
    )  # fmt: skip
    records["fields"] = [
        json.dumps(record_fields(canon, p), ensure_ascii=False) for p in take
    ]
    keep = ["decision_id", "scope", "buyer", "buyer_key", "record_id", "record_ids", "rows",
            "orders", "label", "confidence", "ambiguous", "why", "reasons", "evidence",
            "amount", "priority", "text", "fields"]  # fmt: skip
    return ReviewQueue(
        decisions=decisions[keep],
        records=records,
        source=source,
        source_sha256=source_sha256,
        model_version=model.version,
        review_id=review_id,
        created_at=created,
    )


def _display_buyer(row: pd.Series) -> str:
    for f in ("buyer", "contact", "email", "tax_id"):
        if pd.notna(row[f]):
            return str(row[f])
    return "(no buyer)"


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

    from classifier.write import atomic_path, neutralise_formulas

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
    choice = DataValidation(type="list", formula1='"B2B,B2C,B2G"', allow_blank=True,
                            showErrorMessage=True, errorTitle="b2x",
                            error="Choose B2B, B2C or B2G, or leave the cell empty.")  # fmt: skip
    choice.add(f"{label_col}2:{label_col}{max(n + 1, 2)}")
    ws.data_validations.append(choice)
    # printed: landscape, one page wide, the header on every page (set before the first row)
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_title_rows = "1:1"
    ws.append([
        _cell(ws, h, font=Font(bold=True, color="7F6000") if h == LABEL_HEADER else bold,
              fill=yours if h == LABEL_HEADER else head, wrap=True)
        for h, _, _, _ in _COLUMNS
    ])  # fmt: skip
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
            cells.append(_cell(ws, value, fill=fill, wrap=wrap,
                               number_format=formats.get(column or "")))  # fmt: skip
        ws.append(cells)

    rows_ws = wb.create_sheet(ROWS_SHEET)
    records = neutralise_formulas(queue.records.drop(columns="fields"))
    rows_ws.freeze_panes = "D2"
    rows_ws.auto_filter.ref = f"A1:{get_column_letter(records.shape[1])}{len(records) + 1}"
    for k in range(1, records.shape[1] + 1):
        rows_ws.column_dimensions[get_column_letter(k)].width = 16 if k > 3 else 13
    header = {"decision_id": ID_HEADER, "record_id": "Record id", "row": "Row"}
    rows_ws.append([_cell(rows_ws, str(header.get(c, c)), font=bold, fill=head)
                    for c in records.columns])  # fmt: skip
    for values in records.itertuples(index=False, name=None):
        rows_ws.append([_plain(v) for v in values])

    meta = wb.create_sheet(META_SHEET)
    meta.sheet_state = "hidden"
    for key, value in (("format", "b2x review"), ("format_version", 1),
                       ("review_id", queue.review_id), ("source", queue.source),
                       ("source_sha256", queue.source_sha256),
                       ("model_version", queue.model_version), ("created_at", queue.created_at),
                       ("decisions", n)):  # fmt: skip
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
        meta.append([rec.decision_id, rec.record_id, keys[rec.decision_id], rec.b2x_label,
                     float(rec.b2x_confidence), rec.fields])  # fmt: skip
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
    covered = pd.DataFrame([list(r[: len(_META_COLUMNS)]) for r in table],
                           columns=list(_META_COLUMNS))  # fmt: skip
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
        :meth:`classifier.store.LabelStore.add` takes them. ``attrs`` holds
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
        rows = [(r, row) for r, row in enumerate(sheet, 2) if row and any(v is not None
                                                                          for v in row)]
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
            errors.append(f"{where}, column {ID_HEADER}: empty, so the label cannot be matched "
                          "to its records")  # fmt: skip
        elif decision not in known:
            errors.append(f"{where}, column {ID_HEADER}: {decision!r} is not a decision of this "
                          f"review (review {info.get('review_id')} of '{info.get('source')}'); "
                          "was it changed or pasted from another workbook?")  # fmt: skip
        elif decision in chosen and chosen[decision][0] != label:
            first, _, r0 = chosen[decision]
            errors.append(f"{where}, column {LABEL_HEADER}: decision {decision} is labelled "
                          f"{first} in row {r0} and {label} here")  # fmt: skip
        else:
            note = cell(row, NOTE_HEADER)
            chosen[decision] = (label, "" if note is None else str(note).strip(), r)
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise InputError(errors[0] + more + ". Nothing was stored.")
    if not chosen:
        raise InputError(f"'{name}': no labels in column '{LABEL_HEADER}' of sheet {REVIEW_SHEET}; "
                         "nothing to store.")  # fmt: skip
    taken = covered[covered["decision_id"].isin(chosen)].copy()
    taken["label"] = taken["decision_id"].map(lambda d: chosen[d][0])
    taken["note"] = taken["decision_id"].map(lambda d: chosen[d][1])
    taken["source_row"] = taken["decision_id"].map(lambda d: chosen[d][2]).astype(int)
    taken["analyst"] = analyst
    taken["decided_at"] = ""
    taken["b2x_confidence"] = pd.to_numeric(taken["b2x_confidence"], errors="coerce")
    taken["buyer_key"] = taken["buyer_key"].fillna("").astype(str)
    columns = ["record_id", "decision_id", "buyer_key", "label", "analyst", "note", "decided_at",
               "b2x_label", "b2x_confidence", "fields", "source_row"]  # fmt: skip
    out = taken[columns].reset_index(drop=True)
    present = {str(cell(row, ID_HEADER) or "").strip() for _, row in rows}
    out.attrs = {"decided": len(chosen), "skipped": skipped,
                 "absent": len(known - present), "info": info}  # fmt: skip
    return out
