"""Render: results as rich tables for an 80-column terminal.

Pure presentation of :class:`~classifier.explain.explanation.Explanation`,
:class:`~classifier.reports.evaluate.Evaluation`, a column mapping and a run summary;
no classification logic lives here.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd
from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from classifier.batch.local import BatchResult
from classifier.columns import ColumnMap
from classifier.config import LABELS
from classifier.explain.explanation import Explanation
from classifier.reports.evaluate import Evaluation
from classifier.reports.segments import (
    LABEL_COLOURS,
    SegmentReport,
    date_span,
    format_number,
    format_percent,
    revenue_header,
)

__all__ = ["explanation", "evaluation", "column_map", "run_summary"]


def _table(title: str, columns: Iterable[str], **kwargs: object) -> Table:
    table = Table(title=title, title_justify="left", expand=False, **kwargs)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def explanation(e: Explanation) -> RenderableType:
    """Record, evidence table, probabilities and reasoning of one record."""
    record = _table("Record", ["field", "value"], show_header=False)
    for key, value in e.record.items():
        if value is not None and str(value) not in ("", "nan", "<NA>"):
            record.add_row(str(key), str(value)[:120])
    evidence = _table("Evidence", ["rule", "value", "→", "str.", *LABELS])
    for row in e.table.itertuples(index=False):
        evidence.add_row(
            row.rule,
            row.value[:40],
            row.points_to,
            f"{row.strength:.2f}",
            *(f"{getattr(row, lab):+.2f}" for lab in LABELS),
        )
    if e.table.empty:
        evidence.add_row("(none)", "", "", "", "", "", "")
    words = _table("Model: strongest text features", ["feature", *LABELS])
    for name, row in e.text_contributions.iterrows():
        words.add_row(str(name), *(f"{row[lab]:+.2f}" for lab in LABELS))
    proba = _table("Probabilities", ["", *LABELS])
    proba.add_row("model", *(f"{e.model_proba[lab]:.3f}" for lab in LABELS))
    proba.add_row("b2x", *(f"{e.decision[f'p_{lab.lower()}']:.3f}" for lab in LABELS))
    d = e.decision
    verdict = Text.assemble(
        ("Label: ", "bold"),
        (str(d["label"]), "bold green"),
        f"   confidence {d['confidence']:.2f}   ",
        ("ambiguous" if d["ambiguous"] else "not ambiguous", "yellow" if d["ambiguous"] else ""),
    )
    reasoning = Text("\n".join(f"• {r}" for r in e.reasons))
    return Group(record, evidence, words, proba, verdict, reasoning)


def evaluation(ev: Evaluation) -> RenderableType:
    """Side-by-side scores of b2x, rules alone and model alone."""
    names = list(ev.systems)
    head = _table(f"Evaluation on {ev.rows} rows", ["metric", *names])
    head.add_row("accuracy", *(f"{ev.systems[n].accuracy:.3f}" for n in names))
    head.add_row("macro-F1", *(f"{ev.systems[n].macro_f1:.3f}" for n in names))
    for lab in LABELS:
        for metric in ("precision", "recall", "f1"):
            head.add_row(
                f"{lab} {metric}",
                *(f"{ev.systems[n].per_class.at[lab, metric]:.3f}" for n in names),
            )
    head.add_row(
        "accuracy on rows b2x flags ambiguous",
        *(_maybe(ev.systems[n].ambiguous_accuracy) for n in names),
    )
    parts: list[RenderableType] = [head]
    confusion = _table("b2x confusion (rows: truth, columns: label)", ["", *LABELS])
    for lab, row in ev.systems["b2x"].confusion.iterrows():
        confusion.add_row(str(lab), *(str(int(v)) for v in row))
    parts.append(confusion)
    flag = f"rows flagged ambiguous: {ev.flagged}"
    if ev.flag_scores:
        flag += (
            "\nambiguous flag vs truth: precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}"
        ).format(**ev.flag_scores)
    if ev.truth_ambiguous_accuracy is not None:
        flag += f"\naccuracy on truly ambiguous rows: {ev.truth_ambiguous_accuracy:.3f}"
    parts.append(Text(flag))
    return Group(*parts)


def label_evaluation(ev: Any) -> RenderableType:
    """Before and after retraining with analysts' labels, on those labels."""
    n = len(ev.predictions)
    head = _table(
        f"On {n} analyst-labelled records ({ev.folds}-fold cross-validation by buyer)",
        ["metric", "before", "after"],
    )
    head.add_row("accuracy", f"{ev.before.accuracy:.3f}", f"{ev.after.accuracy:.3f}")
    head.add_row("macro-F1", f"{ev.before.macro_f1:.3f}", f"{ev.after.macro_f1:.3f}")
    for lab in LABELS:
        support = int(ev.before.per_class.at[lab, "support"])
        for metric in ("precision", "recall", "f1"):
            values = (f"{s.per_class.at[lab, metric]:.3f}" for s in (ev.before, ev.after))
            head.add_row(f"{lab} {metric} ({support})", *values)
    parts: list[RenderableType] = [head]
    if len(ev.issues):
        title = f"{len(ev.issues)} analyst labels the retrained model finds unlikely"
        issues = _table(title, ["record", "buyer", "label", "suggested", "p(label)"])
        for row in ev.issues.head(20).itertuples():
            issues.add_row(
                row.record_id,
                str(row.buyer or row.buyer_key),
                row.label,
                row.suggested,
                f"{row.p_given:.2f}",
            )
        parts.append(issues)
    else:
        parts.append(Text("no analyst label looks unlikely to the retrained model"))
    return Group(*parts)


def _maybe(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def column_map(columns: ColumnMap, source: str) -> RenderableType:
    """Which header b2x reads as each canonical field."""
    table = _table(f"Columns of {source}", ["field", "header", "score", "why"])
    for field, header, why in columns.describe():
        score = f"{columns.score[field]:.2f}" if field in columns.score else ""
        table.add_row(field, header or "—", score, why)
    unused = Text("not read: " + (", ".join(columns.unused) or "—"))
    return Group(table, unused)


def run_summary(result: BatchResult) -> Text:
    """The few lines ``b2x classify`` prints when done."""
    by_label = ", ".join(f"{lab} {result.labels.get(lab, 0)}" for lab in LABELS)
    skipped = f"; malformed lines skipped {len(result.bad_lines)}" if result.bad_lines else ""
    return Text(
        f"{result.rows} rows → {result.output}\n{by_label}; ambiguous {result.ambiguous}; "
        f"unreadable cells {result.unreadable}{skipped}; {result.seconds:.1f} s"
    )


def conflicts(found: Any) -> RenderableType:
    """Buyers whose analysts disagree."""
    table = _table(f"{len(found)} buyers whose analysts disagree", ["buyer", "labels", "decisions"])
    for row in found.itertuples():
        table.add_row(row.buyer_key, row.labels, str(row.decisions))
    return table


def history(found: Any) -> RenderableType:
    """Stored decisions, oldest first."""
    table = _table(
        f"{len(found)} decisions",
        ["when", "analyst", "buyer", "record", "label", "b2x label", "file", "note"],
    )
    for row in found.itertuples():
        table.add_row(
            str(row.decided_at)[:19],
            row.analyst,
            row.buyer_key,
            row.record_id,
            row.label,
            str(row.b2x_label),
            row.source,
            str(row.note or ""),
        )
    return table


def segments(report: SegmentReport, top: int = 3) -> RenderableType:
    """The summary table, the caveats, and each label's ``top`` buyers, for a terminal."""
    title = Text.assemble(
        ("Segments of ", "bold"), (Path(report.source).name, "bold"), f" — {date_span(report)}"
    )
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False)
    headers = [
        "label",
        "rows",
        "% rows",
        "orders",
        "buyers",
        revenue_header(report),
        "% rev.",
        "avg order",
        "ambig.",
    ]
    for i, header in enumerate(headers):
        table.add_column(header, justify="left" if i == 0 else "right", no_wrap=True)

    def cells(row: pd.Series) -> list[str]:
        return [
            format_number(row["rows"]),
            format_percent(row["row_share"]),
            format_number(row["orders"]),
            format_number(row["buyers"]),
            format_number(row["revenue"], 2),
            format_percent(row["revenue_share"]),
            format_number(row["average_order"], 2),
            format_percent(row["ambiguous_share"]),
        ]

    for label, row in report.summary.iterrows():
        table.add_row(Text(str(label), style=f"bold {LABEL_COLOURS[str(label)]}"), *cells(row))
    table.add_section()
    table.add_row(Text("all", style="bold"), *cells(report.total))

    parts: list[RenderableType] = [table]
    if report.notes:
        parts.append(Text("\n".join(f"• {note}" for note in report.notes), style="yellow"))
    buyers = Table(
        title=Text("Top buyers", style="bold"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
    )
    for i, header in enumerate(["label", "buyer", "orders", revenue_header(report)]):
        buyers.add_column(
            header,
            justify="left" if i < 2 else "right",
            no_wrap=True,
            overflow="ellipsis",
            max_width=48 if i == 1 else None,
        )
    for label in report.labels:
        for rank, row in report.top_buyers[label].head(top).iterrows():
            buyers.add_row(
                Text(label if rank == 0 else "", style=LABEL_COLOURS[label]),
                Text(str(row["buyer"])),
                format_number(row["orders"]),
                format_number(row["revenue"], 2),
            )
    parts += [Text(), buyers]
    return Group(*parts)
