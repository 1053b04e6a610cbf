"""Report: a labelled file's segments — who buys, how much, what and when — per label.

:func:`segment_report` takes a frame that :func:`classifier.classify` labelled,
or a labelled file read back with :func:`classifier.read_orders`, and returns a
:class:`SegmentReport`: per label the rows, orders, buyers, revenue, average
order value and share of ambiguous rows; revenue by currency; a month-by-label
trend where the file has dates; and each label's top buyers and products.
:func:`render_report` draws it for a terminal and :func:`write_html` writes one
self-contained HTML page with inline SVG charts (``b2x report FILE -o page.html``).

Fields are read as classification reads them (:mod:`classifier.columns`): an
order is its order ID, else a row of its own; a buyer is known by tax ID, else
e-mail, else normalised name. Revenue never adds one currency to another: the
headline figures are in the file's main currency and the others are listed apart.
"""

from __future__ import annotations

import html
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from classifier.columns import ColumnMap, canonical, order_keys, truthy
from classifier.distinct import apply_distinct
from classifier.exceptions import InputError
from classifier.fields import map_columns
from classifier.pipeline import output_columns
from classifier.rules import LABELS
from classifier.rules.buyer import buyer_key
from classifier.write import atomic_path

__all__ = [
    "SegmentReport",
    "segment_report",
    "report_file",
    "output_columns",
    "render_report",
    "report_html",
    "write_html",
    "LABEL_COLOURS",
]

# Okabe–Ito colours: told apart with the common colour-vision deficiencies
LABEL_COLOURS = {"B2B": "#0072B2", "B2C": "#E69F00", "B2G": "#009E73"}
# the canonical fields a report reads; no other field is parsed
REPORT_FIELDS = ("buyer", "contact", "tax_id", "email", "product", "quantity", "unit_price",
                 "amount", "currency", "order_id", "order_date")  # fmt: skip
SUMMARY_COLUMNS = ("rows", "row_share", "orders", "buyers", "revenue", "revenue_share",
                   "average_order", "ambiguous_share")  # fmt: skip
UNKNOWN_CURRENCY = "unknown"
BAR_MONTHS = 4  # fewer months than this are drawn as bars, not trend lines
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass
class SegmentReport:
    """Per-label figures of one labelled file.

    Attributes
    ----------
    source : str
        The file (or ``"input"``) the rows came from.
    summary : DataFrame
        Indexed by the labels present, in B2B, B2C, B2G order (index name
        ``label``): ``rows, row_share, orders, buyers, revenue, revenue_share,
        average_order, ambiguous_share``. Revenue and average order value are in
        :attr:`currency` only; a share is NaN where its base is empty or unknown.
    monthly : DataFrame or None
        Indexed by month (a ``PeriodIndex`` named ``month``, every month from
        the first date to the last), columns ``(measure, label)`` with measures
        ``rows`` and ``revenue``; None when no labelled row has a date.
    top_buyers, top_products : dict of str to DataFrame
        Per label present, at most ``top`` buyers (``buyer, id, orders, rows,
        revenue``) and products (``product, rows, quantity, revenue``), most
        revenue first, then most rows.
    currency : str
        The currency of every revenue figure: the file's only currency, or the
        one most rows are in; ``""`` when the file names none.
    by_currency : DataFrame
        ``rows, orders, revenue, average_order`` per ``(label, currency)``.
    total : Series
        The summary's columns over all labelled rows.
    unlabelled : int
        Rows whose label is none of B2B, B2C, B2G; they are in no figure.
    undated : int
        Labelled rows without a readable date, when other rows have one.
    anonymous : int
        Labelled rows that name no buyer: counted in rows, not in buyers.
    date_range : tuple of Timestamp, or None
        First and last order date.
    product_revenue : str
        What a product's revenue sums: ``"amount"``, or ``"quantity × unit
        price"`` when the file gives amounts per order rather than per line.
    notes : list of str
        Caveats a reader needs, in plain language.
    """

    source: str
    summary: pd.DataFrame
    monthly: pd.DataFrame | None
    top_buyers: dict[str, pd.DataFrame]
    top_products: dict[str, pd.DataFrame]
    currency: str
    by_currency: pd.DataFrame
    total: pd.Series
    unlabelled: int = 0
    undated: int = 0
    anonymous: int = 0
    date_range: tuple[pd.Timestamp, pd.Timestamp] | None = None
    product_revenue: str = "amount"
    notes: list[str] = field(default_factory=list)

    @property
    def labels(self) -> list[str]:
        """The labels present, in B2B, B2C, B2G order."""
        return [str(label) for label in self.summary.index]

    @property
    def currencies(self) -> list[str]:
        """The currencies of the labelled rows, the main one first."""
        found = {str(c) for c in self.by_currency.index.get_level_values("currency")}
        return sorted(found, key=lambda c: (c != self.currency, c == UNKNOWN_CURRENCY, c))


# --- reading the labelled frame ---------------------------------------------------


def _currency_groups(codes: pd.Series) -> tuple[pd.Series, str]:
    """Each row's currency, and the main currency (most rows; ``""`` when none is named).

    Rows without a currency are taken to be in the file's currency when it names
    exactly one; with several, they are ``unknown`` and in no revenue figure.
    """
    counts = codes.dropna().value_counts()
    if counts.empty:
        return pd.Series("", index=codes.index, dtype=object), ""
    main = str(min(counts.index, key=lambda c: (-counts[c], str(c))))
    fill = main if len(counts) == 1 else UNKNOWN_CURRENCY
    return codes.astype(object).fillna(fill), main


def _amounts_per_order(canon: pd.DataFrame, orders: np.ndarray) -> bool:
    """Whether every multi-line order carries its amount on one line only, as Shopify does.

    Such an amount is the order's total (with shipping and tax), not a line's value.
    """
    if canon[["order_id", "unit_price", "amount"]].isna().all().any():
        return False
    filled = canon["amount"].notna().groupby(orders).agg(["size", "sum"])
    multi = filled[filled["size"] > 1]
    return len(multi) > 0 and bool((multi["sum"] <= 1).all())


def _distinct_codes(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each row's code of its distinct combination of values, and one row position per code."""
    codes = frame.groupby(list(frame.columns), dropna=False, sort=False).ngroup().to_numpy()
    _, first = np.unique(codes, return_index=True)
    return codes, first


def _codes(codes: np.ndarray) -> np.ndarray:
    """Integer codes as floats, NaN for -1 (none), so that ``nunique`` and ``notna`` skip them."""
    return np.where(codes >= 0, codes, np.nan)


def _buyer_codes(named: pd.DataFrame) -> np.ndarray:
    """Each row's buyer, as a code (-1: none): tax ID, else e-mail, else normalised name.

    Keys are computed once per distinct (tax ID, e-mail, name) and spread back.
    """
    details, first = _distinct_codes(named[["tax_id", "email", "buyer"]])
    identity = buyer_key(named.iloc[first].reset_index(drop=True)).replace("", None)
    buyers = pd.factorize(identity, use_na_sentinel=True)[0]
    return buyers[details]


def _working_frame(
    labelled: pd.DataFrame, names: dict[str, str], colmap: ColumnMap
) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, object]]:
    """The numbers and keys every figure is computed from, and the texts that name them.

    Both frames have one row per input row, in order, with a fresh index (a row
    without an order ID is an order of its own, keyed by index). Orders are integer
    codes; buyers and products are codes as floats, NaN where a row names none, so
    grouping never hashes text.
    """
    inputs = labelled.drop(columns=list(names.values())).reset_index(drop=True)
    inputs.attrs = dict(labelled.attrs)
    fields = {f: h for f, h in colmap.fields.items() if f in REPORT_FIELDS}
    canon = canonical(inputs, ColumnMap(fields, {}, ()))
    orders = order_keys(canon)
    # a consumer export may name the person only as the contact (Shopify's Billing Name)
    named = canon.assign(buyer=canon["buyer"].fillna(canon["contact"]))
    currency, main = _currency_groups(canon["currency"])
    in_main = currency.eq(main).to_numpy(dtype=bool)
    per_order = _amounts_per_order(canon, orders)
    line = canon["quantity"] * canon["unit_price"] if per_order else canon["amount"]
    product = apply_distinct(
        canon["product"], lambda s: s.str.casefold().str.replace(r"\s+", " ", regex=True)
    )
    work = pd.DataFrame(
        {
            "order": pd.factorize(orders)[0],
            "buyer": _codes(_buyer_codes(named)),
            "product": _codes(pd.factorize(product, use_na_sentinel=True)[0]),
            "quantity": canon["quantity"],
            "any_amount": canon["amount"],  # in whatever currency the row is
            "amount": canon["amount"].where(in_main),
            "line_value": line.where(in_main),
            "currency": currency,
            "in_main": in_main,
            "date": canon["order_date"],
        },
        index=canon.index,
    )
    tax = canon["tax_id"].str.replace(r"\D", "", regex=True).replace("", pd.NA)
    texts = pd.DataFrame(
        {
            "buyer": named["buyer"].fillna(canon["email"]),
            "id": tax.fillna(canon["email"]),
            "product": canon["product"],
        },
        index=canon.index,
    )
    facts = {"currency": main, "per_order": per_order,
             "has_amounts": bool(canon["amount"].notna().any())}  # fmt: skip
    return work, texts, facts


# --- figures ------------------------------------------------------------------------


def _share(part: pd.Series, whole: float) -> pd.Series:
    """``part / whole``, NaN throughout where ``whole`` is 0 or unknown."""
    return part / whole if whole and not pd.isna(whole) else part * np.nan


def _sum(values: pd.Series, count: pd.Series) -> pd.Series:
    """Grouped sums, NaN where a group had no value (``sum(min_count=1)`` without a lambda)."""
    return values.where(count > 0)


def _figures(work: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Rows, orders, buyers, revenue, ambiguous share and average order per group."""
    groups = work.groupby(by, observed=True, sort=True)
    out = pd.DataFrame({
        "rows": groups.size(),
        "orders": groups["order"].nunique(),
        "buyers": groups["buyer"].nunique(),
        "revenue": _sum(groups["amount"].sum(), groups["amount"].count()),
        "ambiguous_share": groups["ambiguous"].mean(),
    })  # fmt: skip
    main = work[work["in_main"]].groupby(by, observed=True)["order"].nunique()
    out["average_order"] = out["revenue"] / main.reindex(out.index).replace(0, np.nan)
    return out


def _summary(work: pd.DataFrame, present: list[str]) -> tuple[pd.DataFrame, pd.Series]:
    summary = _figures(work, ["label"]).reindex(present)
    summary.index = pd.Index(present, name="label")
    summary["row_share"] = _share(summary["rows"], summary["rows"].sum())
    summary["revenue_share"] = _share(summary["revenue"], summary["revenue"].sum(min_count=1))
    total = _figures(work.assign(_all="all"), ["_all"]).iloc[0]
    total["row_share"] = 1.0
    total["revenue_share"] = 1.0 if pd.notna(total["revenue"]) and total["revenue"] else np.nan
    return summary[list(SUMMARY_COLUMNS)], total[list(SUMMARY_COLUMNS)]


def _by_currency(work: pd.DataFrame) -> pd.DataFrame:
    groups = work.groupby(["label", "currency"], observed=True, sort=True)
    out = pd.DataFrame({
        "rows": groups.size(),
        "orders": groups["order"].nunique(),
        "revenue": _sum(groups["any_amount"].sum(), groups["any_amount"].count()),
    })  # fmt: skip
    out["average_order"] = out["revenue"] / out["orders"]
    return out


def _monthly(work: pd.DataFrame, present: list[str]) -> pd.DataFrame | None:
    dated = work[work["date"].notna()]
    if dated.empty:
        return None
    month = dated["date"].dt.to_period("M").rename("month")
    groups = dated.groupby([month, "label"], observed=True)
    table = pd.DataFrame({"rows": groups.size(), "revenue": groups["amount"].sum()})
    months = pd.period_range(month.min(), month.max(), freq="M", name="month")
    columns = pd.MultiIndex.from_product([["rows", "revenue"], present], names=["measure", "label"])
    table = table.unstack("label").reindex(index=months, columns=columns).fillna(0)
    if dated["amount"].isna().all():
        table["revenue"] = np.nan
    return table.astype({c: "int64" for c in columns if c[0] == "rows"})


def _top(work: pd.DataFrame, texts: pd.DataFrame, key: str, value: str, present: list[str],
         top: int, shown: dict[str, str]) -> dict[str, pd.DataFrame]:  # fmt: skip
    """The ``top`` buyers or products of each label.

    Most revenue (``value`` summed) first, then most rows, then the first seen in
    the file. ``shown`` names the columns of ``texts`` to show: ``{column: text}``,
    the first non-missing text of each key.
    """
    rows = work[work[key].notna()]
    groups = rows.groupby(["label", key], observed=True, sort=False)
    table = groups.agg(
        orders=("order", "nunique"), rows=("order", "size"),
        quantity=("quantity", "sum"), _quantity=("quantity", "count"),
        revenue=(value, "sum"), _revenue=(value, "count"),
    )  # fmt: skip
    for column in ("quantity", "revenue"):  # a sum of nothing is unknown, not 0
        table[column] = table[column].where(table.pop(f"_{column}") > 0)
    table = table.reset_index().sort_values(
        ["label", "revenue", "rows", key],
        ascending=[True, False, False, True],
        na_position="last",
        kind="stable",
    )
    picked = table.groupby("label", observed=True).head(top)
    chosen = work[key].isin(picked[key].unique()).to_numpy()
    found = texts.loc[chosen, list(shown.values())].groupby(work.loc[chosen, key].to_numpy())
    found = found.first()
    found.columns = list(shown)
    picked = picked.rename(columns={key: "_key"}).join(found, on="_key")
    columns = [*shown, *(["orders"] if key == "buyer" else []), "rows",
               *(["quantity"] if key == "product" else []), "revenue"]  # fmt: skip
    return {
        label: picked[picked["label"] == label][columns].reset_index(drop=True) for label in present
    }


def _rows(n: int, one: str = "", many: str = "") -> str:
    """'1 row has', '2 rows have': a count of rows with its verb.

    >>> _rows(1, "has", "have"), _rows(1200)
    ('1 row has', '1,200 rows')
    """
    verb = f" {one if n == 1 else many}" if one else ""
    return f"{n:,} row{'' if n == 1 else 's'}{verb}"


def _notes(report: SegmentReport, facts: dict[str, object], has_ambiguous: bool) -> list[str]:
    """Caveats: left-out rows, currencies, missing amounts, dates and buyers."""
    notes = []
    if report.unlabelled:
        notes.append(f"{_rows(report.unlabelled, 'has', 'have')} no B2B, B2C or B2G label "
                     "and are left out of every figure.")  # fmt: skip
    currencies = report.currencies
    if not facts["has_amounts"]:
        notes.append("The file has no amounts, so no revenue can be shown.")
    elif len(currencies) > 1:
        others = [c for c in currencies if c != report.currency]
        apart = int(report.by_currency.loc[
            report.by_currency.index.get_level_values("currency") != report.currency, "rows"
        ].sum())  # fmt: skip
        notes.append(
            f"The rows are in several currencies ({', '.join(currencies)}). Revenue, revenue "
            f"shares and average orders are in {report.currency} only; {_rows(apart)} in "
            f"{', '.join(others)} count in rows, orders and buyers but in no revenue figure "
            "(see Revenue by currency)."
        )
    elif not report.currency:
        notes.append("The file names no currency: amounts are summed as written.")
    if facts["per_order"]:
        notes.append(
            "The file gives each order's amount on one of its lines (a total with shipping "
            "and tax), so a product's revenue is quantity × unit price."
        )
    if report.undated:
        notes.append(f"{_rows(report.undated, 'has', 'have')} no readable date and are not in the "
                     "monthly trend.")  # fmt: skip
    if report.anonymous:
        notes.append(f"{_rows(report.anonymous, 'names', 'name')} no buyer (no tax ID, e-mail "
                     "or name): counted in rows and orders, not in buyers.")  # fmt: skip
    if not has_ambiguous:
        notes.append("The file has no ambiguous column: the ambiguous share is unknown.")
    return notes


def segment_report(
    labelled: pd.DataFrame,
    *,
    columns: dict[str, str] | None = None,
    source: str | None = None,
    top: int = 10,
) -> SegmentReport:
    """Figures per label of a labelled frame.

    Parameters
    ----------
    labelled : DataFrame
        A frame with b2x's output columns: as :func:`classifier.classify` returns
        it, or a labelled file read with :func:`classifier.read_orders`.
    columns : dict, optional
        ``{field: header}`` overrides of the header mapping, as for classification.
    source : str, optional
        The file's name for titles and messages; by default the file the frame
        was read from, else ``"input"``.
    top : int
        Buyers and products listed per label.

    Returns
    -------
    SegmentReport

    Raises
    ------
    InputError
        The frame has no label column, or no row labelled B2B, B2C or B2G.
    ColumnError
        No column says anything about the buyer or the product.

    Examples
    --------
    >>> frame = pd.DataFrame({
    ...     "buyer": ["ООО «Вектор»", "Анна Петрова", "ООО Вектор", "Анна Петрова"],
    ...     "product": ["Ноутбук", "Чайник", "Монитор", "Утюг"],
    ...     "amount": ["1000", "20", "300", "40"],
    ...     "label": ["B2B", "B2C", "B2B", "B2C"],
    ...     "ambiguous": ["False", "True", "False", "False"],
    ... })
    >>> report = segment_report(frame)
    >>> figures = report.summary[["rows", "buyers", "revenue", "ambiguous_share"]]
    >>> figures  # doctest: +NORMALIZE_WHITESPACE
           rows  buyers  revenue  ambiguous_share
    label
    B2B       2       1   1300.0              0.0
    B2C       2       1     60.0              0.5
    >>> segment_report(frame.drop(columns="label"), source="q3.csv")
    Traceback (most recent call last):
    ...
    classifier.exceptions.InputError: 'q3.csv' has no label column: run b2x classify first.
    """
    source = str(source or labelled.attrs.get("b2x", {}).get("source", "input"))
    names = output_columns(labelled)
    if "label" not in names:
        raise InputError(f"'{source}' has no label column: run b2x classify first.")
    labels = labelled[names["label"]].astype("string").str.strip().str.upper()
    valid = labels.isin(LABELS).fillna(False).to_numpy(dtype=bool)
    if not valid.any():
        raise InputError(
            f"'{source}' has no row labelled {', '.join(LABELS)} in column "
            f"'{names['label']}': run b2x classify first."
        )
    colmap = map_columns(labelled.drop(columns=list(names.values())), columns, name=source)
    work, texts, facts = _working_frame(labelled, names, colmap)
    work["label"] = pd.Categorical(labels.where(valid), categories=LABELS)
    has_ambiguous = "ambiguous" in names
    work["ambiguous"] = truthy(labelled[names["ambiguous"]]) if has_ambiguous else np.nan
    work, texts = work[valid], texts[valid]
    present = [lab for lab in LABELS if (work["label"] == lab).any()]

    summary, total = _summary(work, present)
    buyers = _top(work, texts, "buyer", "amount", present, top, {"buyer": "buyer", "id": "id"})
    products = _top(work, texts, "product", "line_value", present, top, {"product": "product"})
    dates = work["date"].dropna()
    report = SegmentReport(
        source=source,
        summary=summary,
        monthly=_monthly(work, present),
        top_buyers=buyers,
        top_products=products,
        currency=str(facts["currency"]),
        by_currency=_by_currency(work),
        total=total,
        unlabelled=int((~valid).sum()),
        undated=int(work["date"].isna().sum()) if len(dates) else 0,
        anonymous=int(work["buyer"].isna().sum()),
        date_range=(dates.min(), dates.max()) if len(dates) else None,
        product_revenue="quantity × unit price" if facts["per_order"] else "amount",
    )
    report.notes = _notes(report, facts, has_ambiguous)
    return report


def report_file(
    path: str | Path,
    *,
    columns: dict[str, str] | None = None,
    sheet: str | int | None = None,
    top: int = 10,
) -> SegmentReport:
    """Read a labelled file (CSV, XLSX, Parquet) and report on its segments.

    Raises
    ------
    InputError
        The file cannot be read, has no label column, or no labelled row.
    """
    from classifier.read import read_orders

    return segment_report(read_orders(path, sheet), columns=columns, source=str(path), top=top)


# --- text -----------------------------------------------------------------------------


def _number(value: float, digits: int = 0) -> str:
    """A number grouped by thousands with a narrow no-break space; "—" when missing.

    >>> _number(1234567.891, 2), _number(float("nan"))
    ('1\\u202f234\\u202f567.89', '—')
    """
    if value is None or pd.isna(value):
        return "—"
    return f"{value:,.{digits}f}".replace(",", "\u202f")


def _digits(value: float) -> int:
    """Decimals to show: none for whole numbers (quantities in pieces), else two."""
    return 0 if pd.isna(value) or float(value).is_integer() else 2


def _percent(value: float) -> str:
    return "—" if value is None or pd.isna(value) else f"{value:.1%}"


def _compact(value: float) -> str:
    """Short axis and bar text: 950, 12.5k, 3.4M, 1.2B."""
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:.3g}" if value != int(value) else f"{int(value)}"


def _day(stamp: pd.Timestamp) -> str:
    """A date in a fixed English form, whatever the locale: '5 Feb 2024'."""
    return f"{stamp.day} {_MONTHS[stamp.month - 1]} {stamp.year}"


def _month(period: pd.Period) -> str:
    return f"{_MONTHS[period.month - 1]} {period.year}"


def _dates(report: SegmentReport) -> str:
    if report.date_range is None:
        return "no order dates"
    first, last = report.date_range
    return _day(first) if first.date() == last.date() else f"{_day(first)} – {_day(last)}"


def _revenue_header(report: SegmentReport) -> str:
    return f"revenue ({report.currency})" if report.currency else "revenue"


def render_report(report: SegmentReport, top: int = 3) -> RenderableType:
    """The summary table, the caveats, and each label's ``top`` buyers, for a terminal."""
    title = Text.assemble(("Segments of ", "bold"), (Path(report.source).name, "bold"),
                          f" — {_dates(report)}")  # fmt: skip
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False)
    headers = ["label", "rows", "% rows", "orders", "buyers", _revenue_header(report),
               "% rev.", "avg order", "ambig."]  # fmt: skip
    for i, header in enumerate(headers):
        table.add_column(header, justify="left" if i == 0 else "right", no_wrap=True)

    def cells(row: pd.Series) -> list[str]:
        return [_number(row["rows"]), _percent(row["row_share"]), _number(row["orders"]),
                _number(row["buyers"]), _number(row["revenue"], 2),
                _percent(row["revenue_share"]), _number(row["average_order"], 2),
                _percent(row["ambiguous_share"])]  # fmt: skip

    for label, row in report.summary.iterrows():
        table.add_row(Text(str(label), style=f"bold {LABEL_COLOURS[str(label)]}"), *cells(row))
    table.add_section()
    table.add_row(Text("all", style="bold"), *cells(report.total))

    parts: list[RenderableType] = [table]
    if report.notes:
        parts.append(Text("\n".join(f"• {note}" for note in report.notes), style="yellow"))
    buyers = Table(title=Text("Top buyers", style="bold"), title_justify="left",
                   box=box.SIMPLE_HEAD, show_edge=False)  # fmt: skip
    for i, header in enumerate(["label", "buyer", "orders", _revenue_header(report)]):
        buyers.add_column(header, justify="left" if i < 2 else "right", no_wrap=True,
                          overflow="ellipsis", max_width=48 if i == 1 else None)  # fmt: skip
    for label in report.labels:
        for rank, row in report.top_buyers[label].head(top).iterrows():
            buyers.add_row(Text(label if rank == 0 else "", style=LABEL_COLOURS[label]),
                           Text(str(row["buyer"])), _number(row["orders"]),
                           _number(row["revenue"], 2))  # fmt: skip
    parts += [Text(), buyers]
    return Group(*parts)


# --- charts ---------------------------------------------------------------------------


def _chart_style() -> object:
    """Matplotlib's defaults (not the user's matplotlibrc), text drawn as paths, fixed ids."""
    import matplotlib.style

    return matplotlib.style.context([
        "default",
        {"svg.hashsalt": "b2x-report", "svg.fonttype": "path", "font.family": "DejaVu Sans",
         "font.size": 9, "axes.spines.top": False, "axes.spines.right": False,
         "axes.titlelocation": "left", "axes.titleweight": "bold"},
    ])  # fmt: skip


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
            texts = [f"{_compact(v)} ({_percent(s)})"
                     for v, s in zip(values, report.summary[share], strict=True)]  # fmt: skip
            ax.bar_label(bars, labels=texts, padding=3)
            ax.set_xlim(0, (values.max() or 1) * 1.35)
            ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _compact(v)))
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
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _compact(v)))
            ax.grid(axis="y", color="#dddddd", linewidth=0.6)
            ax.set_axisbelow(True)
            ax.set_title(title)
        figure.legend(*axes[0].get_legend_handles_labels(), loc="outside upper right",
                      frameon=False, ncols=len(report.labels))  # fmt: skip
        axes[-1].set_xticks(x[::step], [_month(p) for p in monthly.index[::step]])
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
    return (f'<span class="label"><span class="swatch" style="color: {LABEL_COLOURS[label]}">'
            f"■</span> {html.escape(label)}</span>")  # fmt: skip


def _cell(value: float, digits: int = 0) -> tuple[str, float]:
    """A number cell: its text, and the value LibreOffice Calc is to read."""
    return _number(value, digits), value


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
    out.append("<thead><tr>" + "".join(
        f'<th class="n">{h}</th>' if numeric else f"<th>{h}</th>" for h, numeric in headers
    ) + "</tr></thead><tbody>")  # fmt: skip

    def row_html(cells: Cells, css: str = "") -> str:
        tds = "".join(_td(cell, numeric) for cell, (_, numeric) in zip(cells, headers, strict=True))
        return f'<tr class="{css}">{tds}</tr>' if css else f"<tr>{tds}</tr>"

    out += [row_html(cells) for cells in rows]
    if total is not None:
        out.append(row_html(total, "total"))
    out.append("</tbody></table>")
    return "\n".join(out)


def _summary_html(report: SegmentReport) -> str:
    headers = [("label", False), ("rows", True), ("share of rows", True), ("orders", True),
               ("buyers", True), (html.escape(_revenue_header(report)), True),
               ("share of revenue", True), ("average order", True),
               ("ambiguous rows", True)]  # fmt: skip

    def cells(row: pd.Series) -> Cells:
        return [_cell(row["rows"]), _percent(row["row_share"]), _cell(row["orders"]),
                _cell(row["buyers"]), _cell(row["revenue"], 2),
                _percent(row["revenue_share"]), _cell(row["average_order"], 2),
                _percent(row["ambiguous_share"])]  # fmt: skip

    rows = [[_swatch(str(label)), *cells(row)] for label, row in report.summary.iterrows()]
    return _table(headers, rows, ["all", *cells(report.total)])


def _currency_html(report: SegmentReport) -> str:
    headers = [("label", False), ("currency", False), ("rows", True), ("orders", True),
               ("revenue", True), ("average order", True)]  # fmt: skip
    rows = [
        [_swatch(str(label)), _e(currency), _cell(row["rows"]), _cell(row["orders"]),
         _cell(row["revenue"], 2), _cell(row["average_order"], 2)]
        for (label, currency), row in report.by_currency.iterrows()
    ]  # fmt: skip
    return _table(headers, rows)


def _top_html(report: SegmentReport, label: str) -> str:
    revenue = html.escape(_revenue_header(report))
    buyers = report.top_buyers[label]
    buyer_rows = [
        [str(rank), _e(r["buyer"]), _e(r["id"]), _cell(r["orders"]), _cell(r["rows"]),
         _cell(r["revenue"], 2)]
        for rank, r in enumerate(buyers.to_dict("records"), start=1)
    ]  # fmt: skip
    products = report.top_products[label]
    product_rows = [
        [str(rank), _e(r["product"]), _cell(r["rows"]),
         _cell(r["quantity"], _digits(r["quantity"])), _cell(r["revenue"], 2)]
        for rank, r in enumerate(products.to_dict("records"), start=1)
    ]  # fmt: skip
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
    meta = [html.escape(_dates(report)), f"{_number(total['rows'])} rows",
            f"{_number(total['orders'])} orders", f"{_number(total['buyers'])} buyers"]  # fmt: skip
    if report.summary["revenue"].notna().any():
        unit = f" {html.escape(report.currency)}" if report.currency else ""
        meta.append(f"revenue {_number(total['revenue'], 2)}{unit}")
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
        body += ["<section><h2>Monthly trend</h2><figure>", _monthly_chart(report),
                 "<figcaption>By order date; months without orders count as zero."
                 "</figcaption></figure></section>"]  # fmt: skip
    for label in report.labels:
        body += [f'<section id="{label.lower()}"><h2>{_swatch(label)}: top buyers and products'
                 "</h2>", _top_html(report, label), "</section>"]  # fmt: skip
    product_basis = ("the rows' amounts" if report.product_revenue == "amount"
                     else "quantity × unit price of its rows")  # fmt: skip
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
    return "\n".join([
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
    ])  # fmt: skip


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
