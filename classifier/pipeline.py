"""Pipeline: the stages in order — columns → rules → features → model → decide → explain.

:func:`classify` is the library's main verb: a raw export frame in, the same
frame out with ``label, confidence, ambiguous, reasons, p_b2b, p_b2c, p_b2g``
appended. :func:`analyse` runs the stages and keeps every intermediate result,
for ``explain`` and ``evaluate``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from classifier.columns import FIELDS, IDENTITY_FIELDS, ColumnMap, canonical
from classifier.config import OUTPUT_COLUMNS, PROBA_COLUMNS
from classifier.context import FileContext
from classifier.decide import decide
from classifier.exceptions import InputError
from classifier.explain.explanation import Explanation
from classifier.explain.reasons import join_reasons, reason_codes
from classifier.fields import map_columns
from classifier.identity import order_codes
from classifier.model.features import model_frame
from classifier.model.saved import Model, load_model
from classifier.rules.analyst import known_records
from classifier.rules.base import SHIPPED, RuleSet
from classifier.rules.evidence import evidence_and_fired
from classifier.totals import no_sale_reason, no_sale_rows
from classifier.utils.distinct import one_frame

__all__ = [
    "identified",
    "worded",
    "Analysis",
    "analyse",
    "classify",
    "label_columns",
    "coded_labels",
    "with_reasons",
    "attach",
    "explain",
    "explain_row",
]


@dataclass
class Analysis:
    """Every stage's result for one frame, row-aligned with it."""

    columns: ColumnMap
    ruleset: RuleSet
    canon: pd.DataFrame
    evidence: pd.DataFrame
    features: pd.DataFrame
    model_proba: pd.DataFrame
    decision: pd.DataFrame
    fired: np.ndarray  # evidence.notna(), as an array: which rules fired on which rows


def analyse(
    frame: pd.DataFrame,
    model: Model,
    columns: dict[str, str] | None = None,
    rules: RuleSet | None = None,
    context: FileContext | None = None,
    column_map: ColumnMap | None = None,
) -> Analysis:
    """Run columns, rules, features, model and decide over a raw frame.

    ``rules`` defaults to the shipped rule set; :func:`classifier.rules.analyst.load_rules`
    adds an analyst's rules to it.
    """
    with one_frame():  # the frame's text columns, factorized once for every rule
        rules = rules if rules is not None else SHIPPED
        name = frame.attrs.get("b2x", {}).get("source", "input")
        colmap = column_map if column_map is not None else map_columns(frame, columns, name=name)
        canon = canonical(frame, colmap, context.decimal if context is not None else None)
        # where rules fired, found with the evidence: features, decide and reasons all need it
        evidence, fired = evidence_and_fired(canon, rules, context)
        # records an analyst labelled (the label store's, with_record_labels): known by their fields
        evidence, fired = known_records(canon, evidence, fired, rules)
        features = model_frame(canon, evidence, fired)
        proba = model.predict_proba(features)
        if canon["order_id"].notna().any():
            # LABELING.md: one order, one label — the lines' probabilities are pooled
            proba = proba.groupby(order_codes(canon)).transform("mean")
            proba.index = canon.index
        decision = decide(proba, evidence, rules.rules, fired, identified(canon), worded(canon))
        return Analysis(colmap, rules, canon, evidence, features, proba, decision, fired)


def identified(canon: pd.DataFrame) -> np.ndarray:
    """Rows of a canonical frame that name the buyer: a name, a contact, a tax ID or an e-mail."""
    return canon[list(IDENTITY_FIELDS)].notna().any(axis=1).to_numpy()


def worded(canon: pd.DataFrame) -> np.ndarray:
    """Rows of a canonical frame with free text: a comment or a contract (a document's kind,
    "Invoice", «Счёт», is no text a purpose is read in: invoicing systems write it for all)."""
    return canon[["comment", "contract"]].notna().any(axis=1).to_numpy()


def _output_names(frame: pd.DataFrame) -> dict[str, str]:
    """Appended column names; one the input already has becomes ``b2x_<name>``."""
    taken = {str(c) for c in frame.columns}
    return {c: (f"b2x_{c}" if c in taken else c) for c in OUTPUT_COLUMNS}


def classify(
    frame: pd.DataFrame,
    model: Model | None = None,
    *,
    columns: dict[str, str] | None = None,
    lang: str = "en",
    rules: RuleSet | None = None,
    context: FileContext | None = None,
    column_map: ColumnMap | None = None,
) -> pd.DataFrame:
    """Label every row of an export frame.

    Parameters
    ----------
    frame : DataFrame
        As :func:`classifier.read_orders` returns it, or any frame whose headers
        name canonical fields or their synonyms.
    model : Model, optional
        Defaults to the shipped model.
    columns : dict, optional
        ``{field: header}`` overrides of the header mapping.
    lang : {"en", "ru"}
        Language of the reasons.
    rules : RuleSet, optional
        The shipped rules by default, or those of :func:`classifier.rules.analyst.load_rules`.
    context, column_map : optional
        For a frame that is one chunk of a file (:mod:`classifier.batch.local`): the
        file-wide facts and the file's column mapping.

    Returns
    -------
    DataFrame
        The input's columns in order, then ``label, confidence, ambiguous,
        reasons, p_b2b, p_b2c, p_b2g``; same index and row count.
    """
    labels = label_columns(
        frame,
        model,
        columns=columns,
        lang=lang,
        rules=rules,
        context=context,
        column_map=column_map,
    )
    return attach(frame, labels)


def label_columns(
    frame: pd.DataFrame,
    model: Model | None = None,
    *,
    columns: dict[str, str] | None = None,
    lang: str = "en",
    rules: RuleSet | None = None,
    context: FileContext | None = None,
    column_map: ColumnMap | None = None,
) -> pd.DataFrame:
    """Only the seven output columns of :func:`classify`, with the frame's index.

    ``attrs["unreadable_cells"]`` counts the cells that could not be read.
    """
    model = model if model is not None else load_model()
    with one_frame():
        result = analyse(frame, model, columns, rules, context, column_map)
        return with_reasons(*coded_labels(result, lang))


def coded_labels(
    result: Analysis, lang: str = "en"
) -> tuple[pd.DataFrame, tuple[np.ndarray, list]]:
    """The output columns of an analysis but the reasons, and the reasons as codes into
    their distinct sentences (:func:`~classifier.explain.reasons.reason_codes`): a few MB a chunk
    instead of tens, for a worker process to send back. :func:`with_reasons` joins them.
    """
    d = result.decision
    out = pd.DataFrame(index=d.index)
    out["label"] = d["label"].to_numpy()
    out["confidence"] = d["confidence"].round(4).to_numpy()
    out["ambiguous"] = d["ambiguous"].to_numpy(dtype=bool)
    coded = reason_codes(
        result.evidence, d, result.canon["notes"], lang, result.ruleset.rules, result.fired
    )
    for column in PROBA_COLUMNS:
        out[column] = d[column].round(4).to_numpy()
    out.attrs = {"unreadable_cells": int(result.canon["unreadable"].sum()), "lang": lang}
    return out, coded


def with_reasons(labels: pd.DataFrame, coded: tuple[np.ndarray, list]) -> pd.DataFrame:
    """The output columns of :func:`coded_labels`, with the reasons joined in their place."""
    labels.insert(
        OUTPUT_COLUMNS.index("reasons"), "reasons", join_reasons(*coded, labels.index).array
    )
    return labels


def attach(frame: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    """The frame's own columns in order, then the output columns of :func:`label_columns`.

    A totals row (:func:`~classifier.totals.totals_rows`), an empty line
    (:func:`~classifier.totals.empty_rows`, a ``;;;;`` line), a row of column numbers
    (:func:`~classifier.totals.numbering_rows`) and a report's section heading
    (:func:`~classifier.totals.heading_rows`) are kept, with no label,
    confidence or probabilities, not ambiguous, and one reason: no sale. Here,
    where every engine joins a chunk's cells (all of its columns) to their labels.
    """
    names = _output_names(frame)
    out = frame.copy()
    for column in OUTPUT_COLUMNS:
        out[names[column]] = labels[column].array
    lang = labels.attrs.get("lang", "en")
    no_sale = no_sale_rows(frame)
    for kind, rows in no_sale.items():
        if rows.any():
            for column in ("label", "confidence", *PROBA_COLUMNS):
                out.loc[rows, names[column]] = None
            out.loc[rows, names["ambiguous"]] = False
            out.loc[rows, names["reasons"]] = no_sale_reason(kind, lang)
    run = {
        "unreadable_cells": labels.attrs.get("unreadable_cells", 0),
        "columns": names,
        **{f"{kind}_rows": int(rows.sum()) for kind, rows in no_sale.items()},
    }
    out.attrs = {**frame.attrs, "b2x_run": run}
    return out


def explain(
    record: dict[str, object] | pd.Series,
    model: Model | None = None,
    lang: str = "en",
    rules: RuleSet | None = None,
) -> Explanation:
    """Explain one record given as canonical fields (``buyer``, ``product``, ``quantity``...).

    >>> e = explain({"buyer": "ООО «Ромашка»", "product": "Бумага А4, 5 коробок"})
    >>> e.decision["label"]
    'B2B'
    """
    record = {k: v for k, v in dict(record).items() if v is not None}
    unknown = sorted(set(record) - set(FIELDS))
    if unknown:
        raise InputError(f"Unknown fields {unknown}. Fields: {', '.join(FIELDS)}.")
    frame = pd.DataFrame([{k: str(v) for k, v in record.items()}], dtype="string")
    return explain_row(frame, 0, model, lang=lang, record=record, rules=rules)


def explain_row(
    frame: pd.DataFrame,
    position: int,
    model: Model | None = None,
    *,
    columns: dict[str, str] | None = None,
    lang: str = "en",
    record: dict[str, object] | None = None,
    rules: RuleSet | None = None,
) -> Explanation:
    """Explain the row at 0-based ``position`` of a frame, with the whole frame as context."""
    if not 0 <= position < len(frame):
        source = frame.attrs.get("b2x", {}).get("source", "input")
        raise InputError(
            f"'{source}' has no row {position + 2}: rows run from 2 to {len(frame) + 1}."
        )
    model = model if model is not None else load_model()
    result = analyse(frame, model, columns, rules)
    i = result.canon.index[position]
    if record is None:
        record = {str(k): v for k, v in frame.loc[i].items()}
    return Explanation.build(
        record=record,
        evidence=result.evidence.loc[i],
        decision=result.decision.loc[i],
        model_proba=result.model_proba.loc[i],
        contributions=model.contributions(result.features.loc[[i]]),
        note=str(result.canon.at[i, "notes"] or ""),
        lang=lang,
        rules=result.ruleset.rules,
    )
