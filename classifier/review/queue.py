"""Review queue: the records most worth a human look, one decision per buyer or order.

:func:`review_queue` ranks the records of a labelled export (or labels a raw
one first) by how much a human look is worth — low confidence, ambiguity, the
rules and the model disagreeing, large amounts — and groups them into
*decisions*: one per buyer where the buyer decides the label (all of the
buyer's rows got one label), else one per order. :func:`classifier.review.workbook.write_review`
lays the queue out as an XLSX workbook, and reads the analyst's labels back; record
ids are :func:`classifier.review.ids.record_ids`.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import pandas as pd

from classifier.cells import truthy
from classifier.columns import IDENTITY_FIELDS
from classifier.config import LABELS, OUTPUT_COLUMNS, output_columns
from classifier.exceptions import InputError
from classifier.identity import buyer_key, order_keys
from classifier.model.saved import Model
from classifier.pipeline import analyse
from classifier.review.ids import record_ids
from classifier.rules.analyst import record_fields
from classifier.rules.base import RuleSet

__all__ = [
    "ReviewQueue",
    "review_queue",
]

# what a look at a row is worth: one point per unit of doubt (1 − confidence), plus
AMBIGUOUS_WORTH = 0.5  # the record's signals disagree or are thin
DISAGREE_WORTH = 0.5  # a deciding rule settled a label the model finds unlikely
AMOUNT_WORTH = 0.5  # times the decision's amount rank among the queue's (0..1)
ROWS_WORTH = 0.25  # times log10(1 + rows): one decision covering many rows


# Cyrillic letters typed for their Latin look-alikes on a Russian keyboard: «В2В» is B2B
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
    from classifier.explain.reasons import join_reasons, reason_codes

    out["reasons"] = (
        frame[headers["reasons"]].astype("string").fillna("").to_numpy()
        if headers
        else join_reasons(
            *reason_codes(
                result.evidence,
                result.decision,
                result.canon["notes"],
                "en",
                result.ruleset.rules,
                result.fired,
            ),
            result.evidence.index,
        ).to_numpy()
    )
    return inputs, out, result


def _evidence_text(evidence: pd.DataFrame, ruleset: RuleSet, rows: np.ndarray) -> list[str]:
    """The strongest signals of each given row, «what → label», strongest first."""
    texts = []
    values = evidence.to_numpy(dtype=object)
    rule_ids = list(evidence.columns)
    for r in rows:
        fired = [
            (ruleset.rules[rid], v)
            for rid, v in zip(rule_ids, values[r], strict=True)
            if v is not None and v == v
        ]
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
    who = [str(first[f]) for f in IDENTITY_FIELDS if pd.notna(first[f])]
    lines.append("Buyer: " + (" · ".join(who) if who else "(not given)"))
    part = canon.iloc[rows]
    goods = (
        part.groupby(part["product"].fillna("(no product)"), sort=False)
        .agg(quantity=("quantity", "sum"), amount=("amount", "sum"))
        .sort_values("amount", ascending=False)
    )
    shown = [
        f"{name} ×{q:g}" if q == q and q else str(name)
        for name, q in zip(goods.index[:4], goods["quantity"][:4], strict=True)
    ]
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
    rows["worth"] = (
        (1 - rows["confidence"])
        + AMBIGUOUS_WORTH * rows["ambiguous"]
        + (DISAGREE_WORTH * rows["disagree"])
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
        scope=("scope", "first"),
        buyer_key=("buyer_key", "first"),
        label=("label", "first"),
        confidence=("confidence", "min"),
        ambiguous=("ambiguous", "any"),
        disagree=("disagree", "any"),
        amount=("amount", lambda a: a.sum(min_count=1)),
        rows=("label", "size"),
        orders=("order", "nunique"),
        worth=("worth", "max"),
        best=("worth", "idxmax"),
    )
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
        [
            records,
            inputs.iloc[take].reset_index(drop=True),
            out[["label", "confidence", "ambiguous"]]
            .iloc[take]
            .reset_index(drop=True)
            .add_prefix("b2x_"),
        ],
        axis=1,
    )
    records["fields"] = [json.dumps(record_fields(canon, p), ensure_ascii=False) for p in take]
    keep = [
        "decision_id",
        "scope",
        "buyer",
        "buyer_key",
        "record_id",
        "record_ids",
        "rows",
        "orders",
        "label",
        "confidence",
        "ambiguous",
        "why",
        "reasons",
        "evidence",
        "amount",
        "priority",
        "text",
        "fields",
    ]
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
