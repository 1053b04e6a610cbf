"""HTML: a segment report as one self-contained page, its charts inline SVG.

:func:`write_html` writes what :func:`report_html` draws of a
:class:`~classifier.reports.segments.SegmentReport`: the summary table, revenue by
currency, each label's top buyers and products, and charts drawn by matplotlib as SVG,
so the page needs no network and no JavaScript. Every value is escaped: a file's cells
are input, never markup.
"""

from __future__ import annotations

import html
import io
import math
import re
from pathlib import Path

import numpy as np
import pandas as pd

from classifier.exceptions import InputError
from classifier.files.write import atomic_path
from classifier.reports.segments import (
    BAR_MONTHS,
    LABEL_COLOURS,
    SegmentReport,
    compact_number,
    date_span,
    decimals_of,
    format_month,
    format_number,
    format_percent,
    revenue_header,
)

__all__ = ["report_html", "write_html"]

# --- charts ---------------------------------------------------------------------------


def _chart_style() -> object:
    """Matplotlib's defaults (not the user's matplotlibrc), text drawn as paths, fixed ids."""
    import matplotlib.style

    return matplotlib.style.context(
        [
            "default",
            {
                "svg.hashsalt": "b2x-report",
                "svg.fonttype": "path",
                "font.family": "DejaVu Sans",
                "font.size": 9,
                "axes.spines.top": False,
                "axes.spines.right": False,
                "axes.titlelocation": "left",
                "axes.titleweight": "bold",
            },
        ]
    )


def _svg(figure: object, prefix: str, label: str) -> str:
    """A figure as an ``<svg>`` element to inline in HTML: no prolog, no metadata, own ids.

    Ids get ``prefix`` so that several charts' glyphs and clip paths do not clash.
    """
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    text = text[text.index("<svg") :]
    text = re.sub(r"\s*<metadata>.*?</metadata>", "", text, flags=re.DOTALL)
    ids = set(re.findall(r'\bid="([^"]+)"', text))
    text = re.sub(
        r'(\bid="|href="#|url\(#)([^")]+)',
        lambda m: m[1] + prefix + m[2] if m[2] in ids else m[0],
        text,
    )
    return text.replace("<svg ", f'<svg role="img" aria-label="{html.escape(label)}" ', 1)


def _label_chart(report: SegmentReport) -> str:
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    present = report.labels
    panels = [("rows", "row_share", "Rows")]
    if report.summary["revenue"].notna().any():
        unit = f" ({report.currency})" if report.currency else ""
        panels.insert(0, ("revenue", "revenue_share", f"Revenue{unit}"))
    with _chart_style():
        figure = Figure(figsize=(9, 0.9 + 0.42 * len(present)), layout="constrained")
        axes = np.atleast_1d(figure.subplots(1, len(panels)))
        y = np.arange(len(present))
        for ax, (column, share, title) in zip(axes, panels, strict=True):
            values = report.summary[column].fillna(0).to_numpy(dtype=float)
            bars = ax.barh(y, values, color=[LABEL_COLOURS[lab] for lab in present], height=0.6)
            ax.set_yticks(y, present)
            ax.invert_yaxis()
            texts = [
                f"{compact_number(v)} ({format_percent(s)})"
                for v, s in zip(values, report.summary[share], strict=True)
            ]
            ax.bar_label(bars, labels=texts, padding=3)
            ax.set_xlim(0, (values.max() or 1) * 1.35)
            ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: compact_number(v)))
            ax.set_title(title)
        return _svg(figure, "labels-", "Revenue and rows by label")


def _monthly_chart(report: SegmentReport) -> str:
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    monthly = report.monthly
    assert monthly is not None
    panels = [("rows", "Rows per month")]
    if report.summary["revenue"].notna().any():
        unit = f" ({report.currency})" if report.currency else ""
        panels.insert(0, ("revenue", f"Revenue per month{unit}"))
    x = np.arange(len(monthly))
    step = max(1, math.ceil(len(monthly) / 12))
    # a trend line needs a few months; with fewer, bars side by side read better
    bars = len(monthly) < BAR_MONTHS
    width = 0.8 / len(report.labels)
    with _chart_style():
        figure = Figure(figsize=(9, 1.4 + 2.2 * len(panels)), layout="constrained")
        axes = np.atleast_1d(figure.subplots(len(panels), 1, sharex=True))
        for ax, (measure, title) in zip(axes, panels, strict=True):
            for i, label in enumerate(report.labels):
                values = monthly[(measure, label)].to_numpy(dtype=float)
                colour = LABEL_COLOURS[label]
                if bars:
                    offset = (i - (len(report.labels) - 1) / 2) * width
                    ax.bar(x + offset, values, width * 0.9, color=colour, label=label)
                else:
                    ax.plot(x, values, marker="o", markersize=4, color=colour, label=label)
            ax.set_ylim(bottom=0)
            ax.margins(y=0.12)
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: compact_number(v)))
            ax.grid(axis="y", color="#dddddd", linewidth=0.6)
            ax.set_axisbelow(True)
            ax.set_title(title)
        figure.legend(
            *axes[0].get_legend_handles_labels(),
            loc="outside upper right",
            frameon=False,
            ncols=len(report.labels),
        )
        axes[-1].set_xticks(x[::step], [format_month(p) for p in monthly.index[::step]])
        axes[-1].set_xlim(-0.5, len(x) - 0.5)
        return _svg(figure, "monthly-", "Revenue and rows per month by label")


# --- HTML -----------------------------------------------------------------------------

_CSS = """
body { font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #222222; margin: 2rem auto; max-width: 62rem; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #dddddd; }
h3 { font-size: 1rem; margin: 1rem 0 0.3rem; }
.meta { color: #555555; margin-top: 0; }
.notes { background: #fff8e1; border-left: 4px solid #e6a700; padding: 0.4rem 1rem; }
table { border-collapse: collapse; font-size: 0.9rem; margin: 0.5rem 0; }
th, td { padding: 0.25rem 0.6rem; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
th { text-align: left; background: #f4f4f4; vertical-align: bottom; }
th.n { text-align: right; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.label { white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 2px solid #999999; }
td.text { max-width: 26rem; overflow-wrap: anywhere; }
.swatch { font-size: 1.1em; }
.pair { display: flex; flex-wrap: wrap; gap: 0 2rem; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: #555555; font-size: 0.85rem; }
footer { color: #555555; font-size: 0.85rem; margin-top: 3rem; }
@media print { body { margin: 0; max-width: none; } section { break-inside: avoid; } }
"""


def _e(value: object) -> str:
    """Input text for HTML: escaped; missing as a dash."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "—"
    return html.escape(str(value))


def _swatch(label: str) -> str:
    """A label with its chart colour, kept on one line."""
    return (
        f'<span class="label"><span class="swatch" style="color: {LABEL_COLOURS[label]}">'
        f"■</span> {html.escape(label)}</span>"
    )


def _cell(value: float, digits: int = 0) -> tuple[str, float]:
    """A number cell: its text, and the value LibreOffice Calc is to read."""
    return format_number(value, digits), value


def _td(cell: str | tuple[str, float], numeric: bool) -> str:
    if not isinstance(cell, tuple):
        return f'<td class="{"n" if numeric else "text"}">{cell}</td>'
    text, value = cell
    if value is None or pd.isna(value):
        return f'<td class="n">{text}</td>'
    # sdval/sdnum: LibreOffice's own HTML attributes, so that Calc reads a number, not text;
    # browsers ignore them
    pattern = "#,##0.00" if "." in text else "#,##0"
    return f'<td class="n" sdval="{round(float(value), 2)!r}" sdnum="1033;0;{pattern}">{text}</td>'


Cells = list[str | tuple[str, float]]


def _table(headers: list[tuple[str, bool]], rows: list[Cells], total: Cells | None = None) -> str:
    """An HTML table; ``headers`` are ``(text, numeric)``; cells are HTML or :func:`_cell`."""
    out = ["<table>"]
    out.append(
        "<thead><tr>"
        + "".join(
            f'<th class="n">{h}</th>' if numeric else f"<th>{h}</th>" for h, numeric in headers
        )
        + "</tr></thead><tbody>"
    )

    def row_html(cells: Cells, css: str = "") -> str:
        tds = "".join(_td(cell, numeric) for cell, (_, numeric) in zip(cells, headers, strict=True))
        return f'<tr class="{css}">{tds}</tr>' if css else f"<tr>{tds}</tr>"

    out += [row_html(cells) for cells in rows]
    if total is not None:
        out.append(row_html(total, "total"))
    out.append("</tbody></table>")
    return "\n".join(out)


def _summary_html(report: SegmentReport) -> str:
    headers = [
        ("label", False),
        ("rows", True),
        ("share of rows", True),
        ("orders", True),
        ("buyers", True),
        (html.escape(revenue_header(report)), True),
        ("share of revenue", True),
        ("average order", True),
        ("ambiguous rows", True),
    ]

    def cells(row: pd.Series) -> Cells:
        return [
            _cell(row["rows"]),
            format_percent(row["row_share"]),
            _cell(row["orders"]),
            _cell(row["buyers"]),
            _cell(row["revenue"], 2),
            format_percent(row["revenue_share"]),
            _cell(row["average_order"], 2),
            format_percent(row["ambiguous_share"]),
        ]

    rows = [[_swatch(str(label)), *cells(row)] for label, row in report.summary.iterrows()]
    return _table(headers, rows, ["all", *cells(report.total)])


def _currency_html(report: SegmentReport) -> str:
    headers = [
        ("label", False),
        ("currency", False),
        ("rows", True),
        ("orders", True),
        ("revenue", True),
        ("average order", True),
    ]
    rows = [
        [
            _swatch(str(label)),
            _e(currency),
            _cell(row["rows"]),
            _cell(row["orders"]),
            _cell(row["revenue"], 2),
            _cell(row["average_order"], 2),
        ]
        for (label, currency), row in report.by_currency.iterrows()
    ]
    return _table(headers, rows)


def _top_html(report: SegmentReport, label: str) -> str:
    revenue = html.escape(revenue_header(report))
    buyers = report.top_buyers[label]
    buyer_rows = [
        [
            str(rank),
            _e(r["buyer"]),
            _e(r["id"]),
            _cell(r["orders"]),
            _cell(r["rows"]),
            _cell(r["revenue"], 2),
        ]
        for rank, r in enumerate(buyers.to_dict("records"), start=1)
    ]
    products = report.top_products[label]
    product_rows = [
        [
            str(rank),
            _e(r["product"]),
            _cell(r["rows"]),
            _cell(r["quantity"], decimals_of(r["quantity"])),
            _cell(r["revenue"], 2),
        ]
        for rank, r in enumerate(products.to_dict("records"), start=1)
    ]
    parts = ['<div class="pair"><div>', f"<h3>Top {len(buyers)} buyers</h3>"]
    if buyer_rows:
        parts.append(
            _table(
                [
                    ("#", True),
                    ("buyer", False),
                    ("tax ID or e-mail", False),
                    ("orders", True),
                    ("rows", True),
                    (revenue, True),
                ],
                buyer_rows,
            )
        )
    else:
        parts.append("<p>No row names a buyer.</p>")
    parts += ["</div><div>", f"<h3>Top {len(products)} products</h3>"]
    if product_rows:
        parts.append(
            _table(
                [
                    ("#", True),
                    ("product", False),
                    ("rows", True),
                    ("quantity", True),
                    (revenue, True),
                ],
                product_rows,
            )
        )
    else:
        parts.append("<p>No row names a product.</p>")
    parts.append("</div></div>")
    return "\n".join(parts)


def report_html(report: SegmentReport) -> str:
    """The report as one self-contained HTML page: inline CSS and SVG, no script, no links.

    Every text taken from the input is escaped; the same report gives the same bytes.
    """
    name = html.escape(Path(report.source).name)
    total = report.total
    meta = [
        html.escape(date_span(report)),
        f"{format_number(total['rows'])} rows",
        f"{format_number(total['orders'])} orders",
        f"{format_number(total['buyers'])} buyers",
    ]
    if report.summary["revenue"].notna().any():
        unit = f" {html.escape(report.currency)}" if report.currency else ""
        meta.append(f"revenue {format_number(total['revenue'], 2)}{unit}")
    body = [
        f"<header><h1>Segment report: {name}</h1>",
        f'<p class="meta">{" · ".join(meta)}</p></header>',
    ]
    if report.notes:
        items = "".join(f"<li>{html.escape(note)}</li>" for note in report.notes)
        body.append(f'<section class="notes"><ul>{items}</ul></section>')
    body += ["<section><h2>Summary by label</h2>", _summary_html(report), "</section>"]
    if len(report.currencies) > 1:
        body += ["<section><h2>Revenue by currency</h2>", _currency_html(report), "</section>"]
    body += [
        "<section><h2>Revenue and rows by label</h2><figure>",
        _label_chart(report),
        "<figcaption>Bars give the value and, in brackets, the label's share.</figcaption>",
        "</figure></section>",
    ]
    if report.monthly is not None:
        body += [
            "<section><h2>Monthly trend</h2><figure>",
            _monthly_chart(report),
            "<figcaption>By order date; months without orders count as zero."
            "</figcaption></figure></section>",
        ]
    for label in report.labels:
        body += [
            f'<section id="{label.lower()}"><h2>{_swatch(label)}: top buyers and products</h2>',
            _top_html(report, label),
            "</section>",
        ]
    product_basis = (
        "the rows' amounts"
        if report.product_revenue == "amount"
        else "quantity × unit price of its rows"
    )
    body.append(
        "<footer><h2>How the figures are counted</h2><ul>"
        "<li>A row is one line of the file; an order is an order number, or a row "
        "without one.</li>"
        "<li>A buyer is known by tax ID, else e-mail, else name (case and punctuation "
        "ignored).</li>"
        "<li>Average order is revenue divided by orders; ambiguous rows are those b2x "
        "flagged for a person to check.</li>"
        f"<li>A product's revenue sums {html.escape(product_basis)}.</li>"
        f"<li>Made with b2x report from {name}.</li></ul></footer>"
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8"/>',
            '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
            f"<title>Segment report: {name}</title>",
            f"<style>{_CSS}</style>",
            "</head>",
            "<body>",
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )


def write_html(report: SegmentReport, path: str | Path) -> Path:
    """Write :func:`report_html` to ``path`` as UTF-8, atomically; returns the path.

    Raises
    ------
    InputError
        The target's folder does not exist.
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise InputError(f"Cannot write '{target}': folder '{target.parent}' does not exist.")
    page = report_html(report)
    with atomic_path(target) as tmp:
        Path(tmp).write_text(page, encoding="utf-8", newline="\n")
    return target
