"""Segments: a labelled file's segments — who buys, how much, what and when — per label.

:func:`segment_report` takes a frame that :func:`classifier.classify` labelled,
or a labelled file read back with :func:`classifier.read_orders`, and returns a
:class:`SegmentReport`: per label the rows, orders, buyers, revenue, average
order value and share of ambiguous rows; revenue by currency; a month-by-label
trend where the file has dates; and each label's top buyers and products.
:func:`classifier.cli.render.segments` draws it for a terminal and
:func:`classifier.reports.html.write_html` writes one self-contained HTML page with
inline SVG charts (``b2x report FILE -o page.html``).

Fields are read as classification reads them (:mod:`classifier.columns`): an
order is its order ID, else a row of its own; a buyer is known by tax ID, else
e-mail, else normalised name. Revenue never adds one currency to another: the
headline figures are in the file's main currency and the others are listed apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from classifier.cells import truthy
from classifier.columns import ColumnMap, canonical
from classifier.config import LABELS, output_columns
from classifier.exceptions import InputError
from classifier.fields import map_columns
from classifier.identity import buyer_key, order_keys
from classifier.utils.distinct import apply_distinct

__all__ = [
    "SegmentReport",
    "segment_report",
    "report_file",
    "LABEL_COLOURS",
]

# Okabe–Ito colours: told apart with the common colour-vision deficiencies
LABEL_COLOURS = {"B2B": "#0072B2", "B2C": "#E69F00", "B2G": "#009E73"}
# the canonical fields a report reads; no other field is parsed
REPORT_FIELDS = (
    "buyer",
    "contact",
    "tax_id",
    "email",
    "product",
    "quantity",
    "unit_price",
    "amount",
    "currency",
    "order_id",
    "order_date",
)
SUMMARY_COLUMNS = (
    "rows",
    "row_share",
    "orders",
    "buyers",
    "revenue",
    "revenue_share",
    "average_order",
    "ambiguous_share",
)
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
    facts = {
        "currency": main,
        "per_order": per_order,
        "has_amounts": bool(canon["amount"].notna().any()),
    }
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
    out = pd.DataFrame(
        {
            "rows": groups.size(),
            "orders": groups["order"].nunique(),
            "buyers": groups["buyer"].nunique(),
            "revenue": _sum(groups["amount"].sum(), groups["amount"].count()),
            "ambiguous_share": groups["ambiguous"].mean(),
        }
    )
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
    out = pd.DataFrame(
        {
            "rows": groups.size(),
            "orders": groups["order"].nunique(),
            "revenue": _sum(groups["any_amount"].sum(), groups["any_amount"].count()),
        }
    )
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


def _top(
    work: pd.DataFrame,
    texts: pd.DataFrame,
    key: str,
    value: str,
    present: list[str],
    top: int,
    shown: dict[str, str],
) -> dict[str, pd.DataFrame]:
    """The ``top`` buyers or products of each label.

    Most revenue (``value`` summed) first, then most rows, then the first seen in
    the file. ``shown`` names the columns of ``texts`` to show: ``{column: text}``,
    the first non-missing text of each key.
    """
    rows = work[work[key].notna()]
    groups = rows.groupby(["label", key], observed=True, sort=False)
    table = groups.agg(
        orders=("order", "nunique"),
        rows=("order", "size"),
        quantity=("quantity", "sum"),
        _quantity=("quantity", "count"),
        revenue=(value, "sum"),
        _revenue=(value, "count"),
    )
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
    columns = [
        *shown,
        *(["orders"] if key == "buyer" else []),
        "rows",
        *(["quantity"] if key == "product" else []),
        "revenue",
    ]
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
        notes.append(
            f"{_rows(report.unlabelled, 'has', 'have')} no B2B, B2C or B2G label "
            "and are left out of every figure."
        )
    currencies = report.currencies
    if not facts["has_amounts"]:
        notes.append("The file has no amounts, so no revenue can be shown.")
    elif len(currencies) > 1:
        others = [c for c in currencies if c != report.currency]
        apart = int(
            report.by_currency.loc[
                report.by_currency.index.get_level_values("currency") != report.currency, "rows"
            ].sum()
        )
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
        notes.append(
            f"{_rows(report.undated, 'has', 'have')} no readable date and are not in the "
            "monthly trend."
        )
    if report.anonymous:
        notes.append(
            f"{_rows(report.anonymous, 'names', 'name')} no buyer (no tax ID, e-mail "
            "or name): counted in rows and orders, not in buyers."
        )
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
    from classifier.files.read import read_orders

    return segment_report(read_orders(path, sheet), columns=columns, source=str(path), top=top)


# --- text -----------------------------------------------------------------------------


def format_number(value: float, digits: int = 0) -> str:
    """A number grouped by thousands with a narrow no-break space; "—" when missing.

    >>> format_number(1234567.891, 2), format_number(float("nan"))
    ('1\\u202f234\\u202f567.89', '—')
    """
    if value is None or pd.isna(value):
        return "—"
    return f"{value:,.{digits}f}".replace(",", "\u202f")


def decimals_of(value: float) -> int:
    """Decimals to show: none for whole numbers (quantities in pieces), else two."""
    return 0 if pd.isna(value) or float(value).is_integer() else 2


def format_percent(value: float) -> str:
    return "—" if value is None or pd.isna(value) else f"{value:.1%}"


def compact_number(value: float) -> str:
    """Short axis and bar text: 950, 12.5k, 3.4M, 1.2B."""
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:.3g}" if value != int(value) else f"{int(value)}"


def format_day(stamp: pd.Timestamp) -> str:
    """A date in a fixed English form, whatever the locale: '5 Feb 2024'."""
    return f"{stamp.day} {_MONTHS[stamp.month - 1]} {stamp.year}"


def format_month(period: pd.Period) -> str:
    return f"{_MONTHS[period.month - 1]} {period.year}"


def date_span(report: SegmentReport) -> str:
    if report.date_range is None:
        return "no order dates"
    first, last = report.date_range
    if first.date() == last.date():
        return format_day(first)
    return f"{format_day(first)} – {format_day(last)}"


def revenue_header(report: SegmentReport) -> str:
    return f"revenue ({report.currency})" if report.currency else "revenue"
