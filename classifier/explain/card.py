"""Card: an explanation and labelled rows as HTML a notebook shows.

Jupyter shows an object by its ``_repr_html_``: :class:`~classifier.explain.explanation.Explanation`
uses :func:`explanation_html` — the label, confidence and ambiguity and why, the
reasons, the record, the evidence with each rule's contribution to the model, the
model's strongest words and the probabilities. :func:`reasons_view` shows a
labelled frame's rows with their reasons as lists, one reason a line, where a
DataFrame would cut them at 50 characters. Every value is escaped: a record's
cells are input, never markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING

import pandas as pd

from classifier.config import LABELS

if TYPE_CHECKING:
    from classifier.explain.explanation import Explanation

__all__ = ["explanation_html", "reasons_view", "ReasonsView", "LABEL_COLOURS"]

LABEL_COLOURS = {"B2B": "#1f6fb2", "B2C": "#2e8b57", "B2G": "#8a4baf"}
_STYLE = (
    "<style>.b2x-card{font-family:system-ui,sans-serif;font-size:13px;max-width:56em;"
    "border:1px solid #ccc;border-radius:6px;padding:.6em 1em;margin:.3em 0}"
    ".b2x-card table{border-collapse:collapse;margin:.2em 0 .6em}"
    ".b2x-card th,.b2x-card td{padding:2px 8px;text-align:left;vertical-align:top;"
    "border-bottom:1px solid #eee}.b2x-card td.n{text-align:right;font-variant-numeric:"
    "tabular-nums}.b2x-label{color:#fff;border-radius:4px;padding:1px 8px;font-weight:bold}"
    ".b2x-card h4{margin:.6em 0 .2em;font-size:13px}.b2x-amb{color:#a15c00;font-weight:bold}"
    ".b2x-card ol{margin:.2em 0;padding-left:1.6em}</style>"
)


def _label(label: object) -> str:
    colour = LABEL_COLOURS.get(str(label), "#555")
    return f'<span class="b2x-label" style="background:{colour}">{escape(str(label))}</span>'


def _table(head: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[bool]) -> str:
    """An HTML table of cells already escaped or formatted."""
    out = ["<table><tr>", *(f"<th>{escape(h)}</th>" for h in head), "</tr>"]
    for row in rows:
        cells = (
            f'<td class="n">{c}</td>' if n else f"<td>{c}</td>"
            for c, n in zip(row, numeric, strict=True)
        )
        out += ["<tr>", *cells, "</tr>"]
    out.append("</table>")
    return "".join(out)


def _signed(value: float) -> str:
    return f"{value:+.2f}"


def explanation_html(e: Explanation) -> str:
    """The explanation of one record as an HTML card."""
    d = e.decision
    settled = (
        f"settled by the rule <code>{escape(str(d['settled_by']))}</code>"
        if d["settled_by"]
        else "decided by the model"
    )
    # an ambiguous record's flag says why: "ambiguous: purpose evidence points to B2C"
    flag = (
        f'<span class="b2x-amb">{escape(e.ambiguity or "ambiguous")}</span>'
        if d["ambiguous"]
        else "not ambiguous"
    )
    parts = [
        _STYLE,
        '<div class="b2x-card">',
        f"<div>{_label(d['label'])} confidence <b>{float(d['confidence']):.2f}</b> · "
        f"{flag} · {settled}</div>",
    ]
    parts += ["<h4>Why</h4><ol>", *(f"<li>{escape(r)}</li>" for r in e.reasons), "</ol>"]
    fields = [
        (escape(str(k)), escape(str(v)[:200]))
        for k, v in e.record.items()
        if v is not None and str(v) not in ("", "nan", "<NA>", "None")
    ]
    parts += ["<h4>Record</h4>", _table(["field", "value"], fields, [False, False])]
    evidence = [
        (
            f"<code>{escape(str(r.rule))}</code>",
            escape(str(r.family)),
            escape(str(r.value)[:80]),
            _label(r.points_to),
            f"{float(r.strength):.2f}",
            *(_signed(float(getattr(r, lab))) for lab in LABELS),
        )
        for r in e.table.itertuples(index=False)
    ]
    parts.append("<h4>Evidence and its contribution to the model (logit)</h4>")
    parts.append(
        _table(
            ["rule", "family", "value", "points to", "strength", *LABELS],
            evidence,
            [False] * 4 + [True] * 4,
        )
        if evidence
        else "<p>No rule fired.</p>"
    )
    words = [
        (escape(str(name)), *(_signed(float(row[lab])) for lab in LABELS))
        for name, row in e.text_contributions.iterrows()
    ]
    if words:
        parts += [
            "<h4>The model's strongest text features (logit)</h4>",
            _table(["feature", *LABELS], words, [False, True, True, True]),
        ]
    proba = [
        ("model", *(f"{float(e.model_proba[lab]):.3f}" for lab in LABELS)),
        ("b2x", *(f"{float(d[f'p_{lab.lower()}']):.3f}" for lab in LABELS)),
    ]
    parts += [
        "<h4>Probabilities</h4>",
        _table(["", *LABELS], proba, [False, True, True, True]),
        "</div>",
    ]
    return "".join(parts)


class ReasonsView:
    """Labelled rows shown with their reasons one a line (:func:`reasons_view`)."""

    def __init__(
        self,
        rows: pd.DataFrame,
        label: str,
        confidence: str,
        ambiguous: str,
        reasons: str,
        shown: list[str],
        total: int,
    ) -> None:
        self.rows, self.shown, self.total = rows, shown, total
        self.names = (label, confidence, ambiguous, reasons)

    def _repr_html_(self) -> str:
        label, confidence, ambiguous, reasons = self.names
        body = []
        for index, row in self.rows.iterrows():
            said = str(row[reasons]).split("; ") if pd.notna(row[reasons]) else []
            body.append(
                (
                    escape(str(index)),
                    *(escape(str(row[c])[:120]) for c in self.shown),
                    _label(row[label]),
                    f"{float(row[confidence]):.2f}",
                    '<span class="b2x-amb">yes</span>' if bool(row[ambiguous]) else "",
                    "<ol>" + "".join(f"<li>{escape(s)}</li>" for s in said) + "</ol>",
                )
            )
        head = ["row", *self.shown, "label", "confidence", "ambiguous", "reasons"]
        numeric = [False] * (len(self.shown) + 2) + [True, False, False]
        more = (
            f"<p>{len(self.rows)} of {self.total} rows shown.</p>"
            if len(self.rows) < self.total
            else ""
        )
        return (
            _STYLE
            + '<div class="b2x-card" style="max-width:none">'
            + _table(head, body, numeric)
            + more
            + "</div>"
        )

    def __repr__(self) -> str:
        label, confidence, ambiguous, reasons = self.names
        lines = []
        for index, row in self.rows.iterrows():
            flag = ", ambiguous" if bool(row[ambiguous]) else ""
            who = " · ".join(str(row[c])[:60] for c in self.shown)
            lines.append(f"[{index}] {row[label]} ({float(row[confidence]):.2f}{flag}) {who}")
            lines += [f"    - {s}" for s in str(row[reasons]).split("; ")]
        return "\n".join(lines)


def reasons_view(
    labelled: pd.DataFrame, columns: Sequence[str] | None = None, limit: int = 50
) -> ReasonsView:
    """A labelled frame's first ``limit`` rows to read in a notebook: ``columns`` of the
    input (by default the columns b2x reads as buyer and product), the label, confidence,
    ambiguity and every reason on a line of its own.

    >>> from classifier import classify
    >>> labelled = classify(pd.DataFrame({"buyer": ["ООО «Ромашка»"], "product": ["Бумага"]}))
    >>> print(repr(reasons_view(labelled)).splitlines()[0])
    [0] B2B (1.00) ООО «Ромашка» · Бумага
    """
    from classifier.config import output_columns

    names = output_columns(labelled)
    missing = [c for c in ("label", "confidence", "ambiguous", "reasons") if c not in names]
    if missing:
        from classifier.exceptions import InputError

        raise InputError(f"The frame has no {missing[0]} column: give a frame classify labelled.")
    if columns is None:
        from classifier.fields import map_columns

        inputs = labelled.drop(columns=list(names.values()))
        found = map_columns(inputs, name="labelled").fields
        columns = [found[f] for f in ("buyer", "product") if f in found]
    shown = [str(c) for c in columns]
    return ReasonsView(
        labelled.head(limit),
        names["label"],
        names["confidence"],
        names["ambiguous"],
        names["reasons"],
        shown,
        len(labelled),
    )
