"""Segment report: figures checked against plain pandas on the samples, and the HTML page."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from rich.console import Console

from classifier import InputError, classify, read_orders, write_labelled
from classifier.cli import render
from classifier.config import LABELS
from classifier.reports.html import report_html, write_html
from classifier.reports.segments import LABEL_COLOURS, output_columns, report_file, segment_report

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
OUTPUTS = ["label", "confidence", "ambiguous", "reasons", "p_b2b", "p_b2c", "p_b2g"]


@pytest.fixture(scope="module")
def labelled(model) -> dict[str, pd.DataFrame]:
    """Both samples as :func:`classify` returns them, by file name."""
    return {
        name: classify(read_orders(SAMPLES / name), model)
        for name in ("orders_1c.csv", "orders_shop.csv")
    }


@pytest.fixture(scope="module")
def reports(labelled) -> dict[str, object]:
    return {name: segment_report(frame) for name, frame in labelled.items()}


def rouble_amounts(text: pd.Series) -> pd.Series:
    """1C amounts ("392 450,00") as numbers, written out by hand."""
    return text.str.replace(r"\s", "", regex=True).str.replace(",", ".").astype(float)


def plain_buyers(frame: pd.DataFrame, tax: str, email: str | None, names: list[str]) -> pd.Series:
    """A buyer key per row: tax ID digits, else lower-case e-mail, else lower-case name."""
    key = frame[tax].str.replace(r"\D", "", regex=True) if tax else pd.Series(pd.NA, frame.index)
    key = key.replace("", pd.NA).astype(object)
    if email:
        key = key.fillna(frame[email].replace("", pd.NA).str.strip().str.lower())
    for column in names:
        name = frame[column].replace("", pd.NA).str.lower()
        key = key.fillna(name.str.replace(r"[^\w]+", " ", regex=True).str.strip())
    return key


# --- figures against plain pandas ------------------------------------------------------


@pytest.mark.parametrize("name", ["orders_1c.csv", "orders_shop.csv"])
def test_rows_per_label_add_up_to_the_file(labelled, reports, name):
    report, frame = reports[name], labelled[name]
    summary = report.summary
    assert list(summary.index) == [lab for lab in LABELS if lab in set(frame["label"])]
    assert summary["rows"].sum() == len(frame) == report.total["rows"]
    assert summary["rows"].to_dict() == frame["label"].value_counts().to_dict()
    assert summary["row_share"].sum() == pytest.approx(1.0)
    assert report.unlabelled == 0


@pytest.mark.parametrize("name", ["orders_1c.csv", "orders_shop.csv"])
def test_ambiguous_share_is_the_flagged_rows(labelled, reports, name):
    frame = labelled[name]
    expected = frame.groupby("label")["ambiguous"].mean()
    got = reports[name].summary["ambiguous_share"]
    pd.testing.assert_series_equal(got, expected.reindex(got.index), check_names=False)


def test_revenue_orders_and_buyers_of_the_1c_register(labelled, reports):
    frame, report = labelled["orders_1c.csv"], reports["orders_1c.csv"]
    amounts = rouble_amounts(frame["Сумма"])
    revenue = amounts.groupby(frame["label"]).sum()
    orders = frame.groupby("label")["Номер"].nunique()
    # two buyers carry their INN inside the name cell («... ИНН 7700000000, КПП ...»)
    inn_in_name = frame["Контрагент"].str.extract(r"ИНН\s*(\d{10}|\d{12})", expand=False)
    with_inn = frame.assign(ИНН=frame["ИНН"].replace("", pd.NA).fillna(inn_in_name).fillna(""))
    buyers = plain_buyers(with_inn, "ИНН", None, ["Контрагент"]).groupby(frame["label"]).nunique()
    summary = report.summary
    for label in summary.index:
        assert summary.at[label, "revenue"] == pytest.approx(revenue[label])
        assert summary.at[label, "orders"] == orders[label]
        assert summary.at[label, "buyers"] == buyers[label]
        assert summary.at[label, "average_order"] == pytest.approx(revenue[label] / orders[label])
    assert summary["revenue_share"].sum() == pytest.approx(1.0)
    assert report.currency == ""
    assert any("names no currency" in note for note in report.notes)


def test_mixed_currencies_are_not_added_together(labelled, reports):
    frame, report = labelled["orders_shop.csv"], reports["orders_shop.csv"]
    # Shopify writes Currency and Total on an order's first line only
    currency = frame["Currency"].replace("", pd.NA).groupby(frame["Name"]).transform("first")
    total = pd.to_numeric(frame["Total"].replace("", pd.NA))
    usd = total[currency == "USD"].groupby(frame["label"]).sum()
    gbp = total[currency == "GBP"].groupby(frame["label"]).sum()
    assert report.currency == "USD"
    assert report.currencies == ["USD", "GBP"]
    for label in report.summary.index:
        assert report.summary.at[label, "revenue"] == pytest.approx(usd[label])
    by_currency = report.by_currency["revenue"]
    for label, value in gbp.items():
        assert by_currency[(label, "GBP")] == pytest.approx(value)
    assert report.by_currency["rows"].sum() == len(frame)
    assert any("GBP" in note and "USD only" in note for note in report.notes)
    usd_orders = frame[currency == "USD"].groupby("label")["Name"].nunique()
    expected = usd / usd_orders
    got = report.summary["average_order"]
    pd.testing.assert_series_equal(got, expected.reindex(got.index), check_names=False)


def test_shopify_buyers_are_known_by_email_else_name(labelled, reports):
    frame, report = labelled["orders_shop.csv"], reports["orders_shop.csv"]
    first = frame.replace("", pd.NA).groupby("Name").transform("first").fillna("")
    keys = plain_buyers(first, "", "Email", ["Billing Company", "Billing Name"])
    buyers = keys.groupby(frame["label"]).nunique()
    assert report.summary["buyers"].to_dict() == buyers.to_dict()
    assert report.total["buyers"] == keys.nunique()


def test_order_totals_are_not_product_revenue(labelled, reports):
    frame, report = labelled["orders_shop.csv"], reports["orders_shop.csv"]
    assert report.product_revenue == "quantity × unit price"
    currency = frame["Currency"].replace("", pd.NA).groupby(frame["Name"]).transform("first")
    line = frame["Lineitem quantity"].astype(float) * frame["Lineitem price"].astype(float)
    usd = frame[currency == "USD"]
    expected = line[usd.index].groupby([usd["label"], usd["Lineitem name"]]).sum()
    for label, top in report.top_products.items():
        for row in top.itertuples():
            assert row.revenue == pytest.approx(expected[(label, row.product)])


@pytest.mark.parametrize("name", ["orders_1c.csv", "orders_shop.csv"])
def test_top_buyers_and_products_are_ranked_by_revenue(reports, name):
    report = reports[name]
    assert set(report.top_buyers) == set(report.top_products) == set(report.summary.index)
    for tables in (report.top_buyers, report.top_products):
        for table in tables.values():
            assert 0 < len(table) <= 10
            known = table["revenue"].notna().to_numpy()
            assert not (np.diff(known.astype(int)) > 0).any()  # unknown revenue comes last
            assert (np.diff(table["revenue"][known].to_numpy()) <= 0).all()
    assert list(report.top_buyers["B2B"].columns) == ["buyer", "id", "orders", "rows", "revenue"]
    assert list(report.top_products["B2B"].columns) == ["product", "rows", "quantity", "revenue"]


def test_top_buyer_of_the_1c_register(labelled, reports):
    frame, report = labelled["orders_1c.csv"], reports["orders_1c.csv"]
    b2b = frame[frame["label"] == "B2B"]
    revenue = rouble_amounts(b2b["Сумма"]).groupby(b2b["ИНН"]).sum().sort_values()
    best = report.top_buyers["B2B"].iloc[0]
    assert best["id"] == revenue.index[-1]
    assert best["revenue"] == pytest.approx(revenue.iloc[-1])
    assert best["rows"] == (b2b["ИНН"] == revenue.index[-1]).sum()


def test_top_limits_the_lists(labelled):
    report = segment_report(labelled["orders_1c.csv"], top=2)
    assert all(len(t) <= 2 for t in [*report.top_buyers.values(), *report.top_products.values()])


def test_monthly_trend_where_dates_exist(labelled, reports):
    frame, report = labelled["orders_1c.csv"], reports["orders_1c.csv"]
    monthly = report.monthly
    assert [str(m) for m in monthly.index] == ["2024-02", "2024-03"]
    months = pd.to_datetime(frame["Дата"], format="%d.%m.%Y").dt.to_period("M")
    rows = frame.groupby([months, frame["label"]]).size().unstack(fill_value=0)
    revenue = rouble_amounts(frame["Сумма"]).groupby([months, frame["label"]]).sum().unstack()
    for label in report.summary.index:
        assert monthly[("rows", label)].tolist() == rows[label].tolist()
        assert monthly[("revenue", label)].to_numpy() == pytest.approx(revenue[label].to_numpy())
    assert monthly["rows"].to_numpy().sum() == len(frame)
    first, last = report.date_range
    assert (first, last) == (pd.Timestamp("2024-02-05"), pd.Timestamp("2024-03-15"))


def test_no_monthly_trend_without_dates(labelled):
    report = segment_report(labelled["orders_1c.csv"].drop(columns="Дата"))
    assert report.monthly is None and report.date_range is None
    assert "<h2>Monthly trend</h2>" not in report_html(report)


def test_months_without_orders_are_zero(records):
    frame = records(
        {"buyer": "ООО Альфа", "product": "Бумага", "amount": "10", "order_date": "2024-01-10"},
        {"buyer": "Иван Петров", "product": "Чайник", "amount": "5", "order_date": "2024-04-02"},
    ).assign(label=["B2B", "B2C"], ambiguous=[False, False])
    monthly = segment_report(frame).monthly
    assert [str(m) for m in monthly.index] == ["2024-01", "2024-02", "2024-03", "2024-04"]
    assert monthly[("rows", "B2B")].tolist() == [1, 0, 0, 0]
    assert monthly[("revenue", "B2C")].tolist() == [0.0, 0.0, 0.0, 5.0]


# --- reading the labelled file -----------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_labelled_file_read_back_gives_the_same_figures(labelled, reports, tmp_path, suffix):
    path = write_labelled(labelled["orders_shop.csv"], tmp_path / f"labelled{suffix}")
    report = report_file(path)
    assert report.source == str(path)
    expected = reports["orders_shop.csv"]
    pd.testing.assert_frame_equal(report.summary, expected.summary)
    pd.testing.assert_frame_equal(report.by_currency, expected.by_currency)


def test_the_b2x_columns_are_found_beside_the_inputs_own(model, tmp_path):
    frame = read_orders(SAMPLES / "orders_1c.csv")
    frame["label"] = "not a label"  # the export's own column
    frame["reasons"] = "Договор поставки"
    ours = classify(frame, model)
    path = write_labelled(ours, tmp_path / "labelled.csv")
    back = read_orders(path)
    assert output_columns(back)["label"] == "b2x_label"
    assert output_columns(back)["reasons"] == "b2x_reasons"
    assert output_columns(ours) == ours.attrs["b2x_run"]["columns"]
    report = segment_report(back)
    assert report.summary["rows"].sum() == len(frame)
    assert report.summary["rows"].to_dict() == ours["b2x_label"].value_counts().to_dict()


def test_missing_label_column_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="'orders_1c.csv' has no label column: run b2x classify"):
        segment_report(read_orders(SAMPLES / "orders_1c.csv"), source="orders_1c.csv")
    with pytest.raises(InputError, match="has no label column"):
        report_file(SAMPLES / "orders_shop.csv")


def test_rows_without_a_label_are_left_out(labelled):
    frame = labelled["orders_1c.csv"].copy()
    frame.loc[frame.index[:5], "label"] = ""
    report = segment_report(frame)
    assert report.unlabelled == 5
    assert report.summary["rows"].sum() == len(frame) - 5
    assert any("5 rows have no B2B" in note for note in report.notes)
    with pytest.raises(InputError, match="no row labelled"):
        segment_report(frame.assign(label="?"))


# --- output ----------------------------------------------------------------------------------


class StrictParser(HTMLParser):
    """Fails on a closing tag that does not close the innermost open element."""

    VOID = {"meta", "br", "hr", "img", "input", "link", "col", "wbr", "source", "area", "base"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()


@pytest.mark.parametrize("name", ["orders_1c.csv", "orders_shop.csv"])
def test_the_page_is_well_formed_and_self_contained(reports, tmp_path, name):
    path = write_html(reports[name], tmp_path / "segments.html")
    page = path.read_text(encoding="utf-8")
    parser = StrictParser()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
    ET.fromstring(page.split("\n", 1)[1])  # after the doctype it is well-formed XML too
    assert page.startswith("<!DOCTYPE html>")
    assert parser.tags.count("svg") == (2 if reports[name].monthly is not None else 1)
    assert not {"script", "link", "img", "iframe", "object"} & set(parser.tags)
    namespaces = {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
    assert set(re.findall(r"https?://[^\s\"'<>)]+", page)) <= namespaces
    assert "@import" not in page and "@font-face" not in page
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    for label in reports[name].summary.index:
        assert LABEL_COLOURS[label].lower() in page.lower()
    assert f"Segment report: {name}" in page


def test_the_page_has_the_figures_and_the_date_range(reports):
    page = report_html(reports["orders_1c.csv"])
    assert "5 Feb 2024 – 15 Mar 2024" in page
    for heading in (
        "Summary by label",
        "Revenue and rows by label",
        "Monthly trend",
        "B2B</span>: top buyers and products",
    ):
        assert heading in page
    assert "ПАО «Газпром газораспределение Верхневолжье»" in page  # the top B2B buyer
    shop = report_html(reports["orders_shop.csv"])
    assert "Revenue by currency" in shop and "revenue (USD)" in shop


def test_the_same_input_gives_the_same_bytes(labelled, tmp_path):
    frame = labelled["orders_shop.csv"]
    first = write_html(segment_report(frame), tmp_path / "a.html").read_bytes()
    second = write_html(segment_report(frame), tmp_path / "b.html").read_bytes()
    assert first == second


def test_input_text_is_escaped(records):
    frame = records(
        {
            "buyer": "<script>alert(1)</script>",
            "product": "Кабель <b>HDMI</b> & co",
            "amount": "10",
            "email": "a@b.ru",
        },
        {"buyer": "ООО «Вектор»", "product": '"><img src=x>', "amount": "20"},
    ).assign(label=["B2C", "B2B"], ambiguous=["False", "True"])
    page = report_html(segment_report(frame, source="<q3>.csv"))
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Кабель &lt;b&gt;HDMI&lt;/b&gt; &amp; co" in page
    assert "Segment report: &lt;q3&gt;.csv" in page
    ET.fromstring(page.split("\n", 1)[1])


def test_write_html_into_a_missing_folder(reports, tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        write_html(reports["orders_1c.csv"], tmp_path / "nowhere" / "page.html")


def test_terminal_table(reports):
    console = Console(width=120, record=True, color_system=None)
    console.print(render.segments(reports["orders_shop.csv"]))
    text = console.export_text()
    assert "Segments of orders_shop.csv" in text and "revenue (USD)" in text
    for label in reports["orders_shop.csv"].summary.index:
        assert label in text
    assert "USD only" in text


def test_a_file_without_amounts_or_ambiguous_flags(records):
    frame = records(
        {"buyer": "ООО Альфа", "product": "Бумага", "order_date": "2024-01-05"},
        {"buyer": "Иван Петров", "product": "Чайник", "order_date": "2024-02-05"},
    ).assign(label=["B2B", "B2C"])
    report = segment_report(frame)
    assert report.summary["revenue"].isna().all()
    assert report.summary["ambiguous_share"].isna().all()
    assert report.monthly["revenue"].isna().all().all()
    assert any("no amounts" in note for note in report.notes)
    assert any("no ambiguous column" in note for note in report.notes)
    page = report_html(report)
    ET.fromstring(page.split("\n", 1)[1])
    assert page.count("<svg") == 2
