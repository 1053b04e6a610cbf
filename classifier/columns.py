"""Columns: an export's headers to canonical fields, and a frame to one column per field.

:class:`ColumnMap` says which header feeds each canonical field
(:func:`classifier.fields.map_columns` chooses them, by header and by content).

:func:`canonical` turns the raw frame into one column per canonical field:
amounts written as exports write them ("1 234,56 ₽", "$1,234.56") become
numbers, dates become timestamps, buyer details crammed into one cell are taken
apart, and order-level fields that only the first line of an order carries
(Shopify) are copied to every line. A cell that cannot be read becomes a missing
value and a note in that row's ``notes``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from classifier.cells import (
    currency_codes,
    decimal_mark,
    parse_dates,
    parse_numbers,
    payer_names,
    text_cells,
)
from classifier.utils.distinct import Memo, apply_distinct, distinct_values, spread_values

__all__ = [
    "FIELDS",
    "NUMBER_FIELDS",
    "ColumnMap",
    "canonical",
    "normalise_header",
    "KEY_FIELDS",
    "key_columns",
    "first_in_order",
    "detailed_buyers",
    "details_in_buyer",
    "clean_buyers",
    "tax_part",
]

FIELDS = (
    "buyer",
    "contact",
    "tax_id",
    "kpp",
    "ogrn",
    "email",
    "phone",
    "address",
    "product",
    "category",
    "quantity",
    "unit_price",
    "amount",
    "currency",
    "payment",
    "documents",
    "comment",
    "contract",
    "order_id",
    "order_date",
    "buyer_id",
    "business_flag",
    "tax_exempt",
    "reseller",
    "public_id",
    "receipt",
)
NUMBER_FIELDS = ("quantity", "unit_price", "amount")
# Fields of one line of an order (its goods, how many, at what price, the order's id); the
# others describe the order or the buyer: an export that writes them only on an order's
# first line (Shopify) means them for every line.
LINE_FIELDS = ("product", "category", "quantity", "unit_price", "amount", "order_id")
ORDER_FIELDS = tuple(f for f in FIELDS if f not in LINE_FIELDS)
IDENTITY_FIELDS = ("buyer", "contact", "tax_id", "email")
_CAMEL = re.compile(r"(?<=[^\W\d_])(?<=[^\W\dA-ZА-ЯЁ_])(?=[A-ZА-ЯЁ])|(?<=[A-Z])(?=[A-Z][a-z])")


def unpack(cells: pd.Series, keys: tuple[str, ...], field_name: str) -> pd.Series:
    """The values of ``keys`` in cells of key:value pairs, over every item of the cell.

    >>> cells = pd.Series(["name:Kettle|quantity:1;name:Mug|quantity:4"])
    >>> unpack(cells, ("name",), "product").tolist()
    ['Kettle; Mug']
    >>> unpack(cells, ("quantity",), "quantity").tolist()
    ['4']
    """
    alternatives = "|".join(re.escape(k) for k in keys)
    found = text_cells(cells).str.extractall(rf"(?:^|[|;])\s*(?:{alternatives})\s*:\s*([^|;]*)")[0]
    found = found.str.strip()
    found = found[found.str.len() > 0]
    if field_name in NUMBER_FIELDS:
        numbers = pd.to_numeric(found.str.replace(",", ".", regex=False), errors="coerce")
        grouped = numbers.groupby(level=0)
        value = grouped.max() if field_name == "quantity" else grouped.sum(min_count=1)
        value = value.map(lambda x: format(x, "g"), na_action="ignore")
    else:
        value = found.groupby(level=0).agg("; ".join)
    return value.reindex(cells.index).astype("string")


def normalise_header(header: object) -> str:
    """Header text reduced for matching: case, ``ё``, ``№``/``#`` and punctuation.

    >>> normalise_header("  № Заказа ")
    'номер заказа'
    >>> normalise_header("Billing-Company"), normalise_header("BillingCompany")
    ('billing company', 'billing company')
    >>> normalise_header("billing_company"), normalise_header("VATNumber")
    ('billing company', 'vat number')
    >>> normalise_header("#Tytuł"), normalise_header("Order #")
    ('tytuł', 'order number')
    """
    # CamelCase apart: a lower-case letter before a capital, or a capital run before a word
    # a "#" before a word marks the header (mBank's "#Tytuł"); elsewhere it is a number
    text = re.sub(r"^\s*#(?=[^\W\d_])", "", str(header))
    text = _CAMEL.sub(" ", text).casefold().replace("ё", "е")
    text = text.replace("№", " номер ").replace("#", " number ")
    return " ".join(re.findall(r"[^\W_]+", text))


@dataclass(frozen=True)
class ColumnMap:
    """Which input header feeds each canonical field, and how it was chosen.

    Made by :func:`classifier.fields.map_columns`. ``joined`` names the columns whose
    cells make one field together, in the order their cells are joined: a first-name and
    a last-name column make the contact (``fields`` holds the first-name one), a
    first-name and a "company or last name" column the buyer (``fields`` holds the latter).
    """

    fields: dict[str, str]  # field → header
    how: dict[str, str]  # field → "--map" | "synonym" | "contains 'x'" | "content: ..."
    unused: tuple[str, ...]  # headers b2x does not read
    score: dict[str, float] = dataclasses.field(default_factory=dict)  # field → 0..1
    joined: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # key fields missing or chosen with low confidence
    content: dict[str, str] = dataclasses.field(default_factory=dict)  # header → what it holds
    packed: dict[str, tuple[str, tuple[str, ...]]] = dataclasses.field(default_factory=dict)
    # field → (header, keys) of cells packing key:value pairs ("name:Kettle|quantity:1")
    layout: str = ""  # a layout recognised by its headers (data/layouts.toml)
    # the buyer's column is a statement's text naming the payer after a marker
    # (data/layouts.toml [payer]): the payer is the buyer, the text the comment
    payer_text: bool = False
    anonymous_sale: bool = False  # the layout's records are retail sales to unnamed buyers
    # fields whose column holds one value on nearly every row (the export's default document
    # kind, payment term or note): read as missing, no evidence of any one buyer
    defaults: tuple[str, ...] = ()

    @property
    def headers(self) -> list[str]:
        """The headers b2x reads, each once (an override may give two fields one)."""
        parts = [h for f in self.fields for h in self.joined.get(f, ())]
        packed = [h for h, _ in self.packed.values()]
        return list(dict.fromkeys([*self.fields.values(), *parts, *packed]))

    def describe(self) -> list[tuple[str, str, str]]:
        """Rows ``(field, header or '', how)`` in canonical field order."""
        return [(f, self.header_text(f), self.why(f)) for f in FIELDS]

    def why(self, field_name: str) -> str:
        """How a field's column was chosen, with what the column holds: ``"header: synonym;
        content: organisation names 80%"``."""
        how = self.how.get(field_name, "")
        default = "; one value on nearly every row: the export's default, no evidence"
        default = default if field_name in self.defaults else ""
        if not how or how.startswith(("content:", "packed")):
            return how + default
        header = self.fields[field_name]
        held = self.content.get(header)
        why = "--map" if how == "--map" else f"header: {how}"
        return (f"{why}; content: {held}" if held else why) + default

    def to_dict(self) -> dict[str, object]:
        """For ``b2x columns --json``: each field's header (or None), score and why."""
        return {
            "fields": {
                f: {
                    "header": self.header_text(f) or None,
                    "score": self.score.get(f, 0.0),
                    "why": self.why(f) or None,
                }
                for f in FIELDS
            },
            "unread": list(self.unused),
            "warnings": list(self.warnings),
        }

    def header_text(self, field_name: str) -> str:
        """The header of a field as shown to people: ``"First Name + Last Name"`` when joined."""
        if field_name in self.joined:
            return " + ".join(self.joined[field_name])
        return self.fields.get(field_name, "")

    def column(self, frame: pd.DataFrame, field_name: str) -> pd.Series:
        """The cells of a mapped field; joined columns' filled cells joined by spaces; a packed
        column's values of the field's keys (names joined, the largest quantity, amounts summed).
        """
        if field_name in self.packed:
            return unpack(frame[self.packed[field_name][0]], self.packed[field_name][1], field_name)
        if field_name not in self.joined:
            return frame[self.fields[field_name]]
        parts = [text_cells(frame[h]).fillna("").str.strip() for h in self.joined[field_name]]
        joined = parts[0].str.cat(parts[1:], sep=" ").str.split().str.join(" ")
        return joined.where(joined.str.len() > 0, pd.NA).astype("string")


# what a first pass over a whole file reads: who the buyer is, which order, the numbers
KEY_FIELDS = (
    "buyer",
    "contact",
    "tax_id",
    "kpp",
    "ogrn",
    "email",
    "order_id",
    "order_date",
    *NUMBER_FIELDS,
)


def key_columns(columns: ColumnMap) -> tuple[list[str], ColumnMap]:
    """The headers of :data:`KEY_FIELDS` a file has, and a column map of those alone."""
    mapped = [f for f in KEY_FIELDS if f in columns.fields]
    keys = [h for f in mapped for h in columns.joined.get(f, (columns.fields[f],))]
    keys = list(dict.fromkeys(keys))
    subset = {f: columns.fields[f] for f in mapped}
    joined = {f: parts for f, parts in columns.joined.items() if f in subset}
    return keys, ColumnMap(subset, {}, (), joined=joined)


_INN_IN_CELL = re.compile(r"(?:ИНН|INN)\s*[:№]?\s*(\d{10}|\d{12})\b", re.IGNORECASE)
_KPP_IN_CELL = re.compile(r"(?:КПП|KPP)\s*[:№]?\s*(\d{9})\b", re.IGNORECASE)
_OGRN_IN_CELL = re.compile(r"(?:ОГРНИП|ОГРН|OGRN)\s*[:№]?\s*(\d{13}|\d{15})\b", re.IGNORECASE)
_DETAILS = re.compile(
    r"[\s,;]*\(?\s*(?:ИНН|INN|КПП|KPP|ОГРНИП|ОГРН)[\s:№/]*\d[\d\s,;:/А-Яа-я]*\)?", re.IGNORECASE
)
_TAX_PAIR = re.compile(r"^\s*(\d{10}|\d{12})\s*[/\\,; ]\s*(\d{9})\s*$")
_ZEROS_FORM = re.compile(r"^0{3}(?=\s*[«\"'“A-Za-zА-Яа-яЁё])")


def _payer_from_text(canon: pd.DataFrame) -> None:
    """A statement text naming its payer after a marker: the payer is the buyer and the
    text, where no other comment is, the comment (its purpose, contract and law). In place."""
    codes, texts = distinct_values(canon["buyer"].astype("string"))
    payer = spread_values(payer_names(texts), codes, canon.index)
    named = payer.notna()
    canon["comment"] = canon["comment"].where(canon["comment"].notna() | ~named, canon["buyer"])
    canon["buyer"] = canon["buyer"].where(~named, payer)


def _take_apart(canon: pd.DataFrame) -> None:
    """Buyer details crammed into one cell, in place.

    "ООО «Вектор» (ИНН 7701234567, КПП 770101001)" → buyer, tax_id, kpp;
    "7707083893/770701001" in a tax-ID column → tax_id, kpp.

    Each distinct buyer cell and tax-ID cell is looked at once; the results are
    spread back to the rows.
    """
    buyer_codes, names = distinct_values(canon["buyer"].astype("string"))
    detailed = detailed_buyers(names)
    for field in ("tax_id", "kpp", "ogrn"):
        found = spread_values(details_in_buyer(detailed, field), buyer_codes, canon.index)
        canon[field] = canon[field].where(canon[field].notna(), found)
    canon["buyer"] = spread_values(clean_buyers(names, detailed), buyer_codes, canon.index)
    tax_codes, taxes = distinct_values(canon["tax_id"].astype("string"))
    parts = _split_tax(taxes)
    canon["tax_id"] = spread_values(parts[0], tax_codes, canon.index)
    kpp = spread_values(parts[1], tax_codes, canon.index)
    canon["kpp"] = canon["kpp"].where(canon["kpp"].notna(), kpp)


_IN_BUYER = {"tax_id": _INN_IN_CELL, "kpp": _KPP_IN_CELL, "ogrn": _OGRN_IN_CELL}


# the words of _DETAILS and _IN_BUYER, as Python's case-insensitive matching finds them
# (İ and ı match i there, not in RE2): a cell without one holds no details
_DETAIL_WORDS = r"(?i)инн|[iıİ]nn|кпп|kpp|[оᲂ]грн|ogrn"


def detailed_buyers(buyer: pd.Series) -> pd.Series:
    """The buyer cells that name a tax ID, KPP or OGRN (the only ones that can hold
    details), else missing.

    ``buyer`` is a ``string`` column of canonical (stripped) buyer cells.
    """
    named = apply_distinct(buyer, lambda s: s.str.contains(_DETAIL_WORDS, regex=True))
    return buyer.where(named.fillna(False).astype(bool))


def details_in_buyer(detailed: pd.Series, field: str) -> pd.Series:
    """The tax ID, KPP or OGRN (``field``) written in :func:`detailed_buyers` cells, else missing.

    >>> details_in_buyer(pd.Series(["ООО «Вектор» (ИНН 7701234567)", None], dtype="string"),
    ...                  "tax_id").tolist()
    ['7701234567', <NA>]
    """
    pattern = _IN_BUYER[field]
    return apply_distinct(detailed, lambda s: s.str.extract(pattern, expand=False))


def clean_buyers(buyer: pd.Series, detailed: pd.Series) -> pd.Series:
    """Buyer names without the details written in them; a cell left empty is missing.

    >>> buyer = pd.Series(["ООО «Вектор» (ИНН 7701234567)", " ИП Ли, "], dtype="string")
    >>> clean_buyers(buyer, detailed_buyers(buyer)).tolist()
    ['ООО «Вектор»', 'ИП Ли']
    """
    cut = apply_distinct(detailed, lambda s: s.str.replace(_DETAILS, "", regex=True))
    cleaned = apply_distinct(cut.where(detailed.notna(), buyer), _strip_zeros)
    return cleaned.where(cleaned.ne(""), pd.NA)


def _strip_zeros(cells: pd.Series) -> pd.Series:
    """Cells stripped of `` ,;`` at either end, with «000» read as «ООО» where it starts one."""
    cells = cells.str.strip(" ,;")
    zeros = cells.str.startswith("000").to_numpy(dtype=bool)
    if zeros.any():
        cells = cells.copy()
        cells[zeros] = cells[zeros].str.replace(_ZEROS_FORM, "ООО", regex=True)
    return cells


def tax_part(tax: pd.Series, part: int) -> pd.Series:
    """The tax ID (``part`` 0) or the KPP (1) of tax-ID cells; "7707083893/770701001" is both.

    >>> tax = pd.Series(["ИНН 7707083893 / КПП 770701001", "500100732259"], dtype="string")
    >>> tax_part(tax, 0).tolist(), tax_part(tax, 1).tolist()
    (['7707083893', '500100732259'], ['770701001', <NA>])
    """
    return apply_distinct(tax, lambda values: _split_tax(values)[part])


def _split_tax(tax: pd.Series) -> pd.DataFrame:
    """Column 0: the tax ID of each tax-ID cell, column 1: the KPP written with it, if any."""
    tax = tax.astype("string")
    # most cells are bare digits: their own tax ID, with no KPP; the others are read apart
    bare = tax.str.fullmatch("[0-9]+").fillna(False).to_numpy(dtype=bool)
    split = pd.DataFrame({0: tax, 1: pd.Series(pd.NA, index=tax.index, dtype=tax.dtype)})
    if not bare.all():
        values = tax[~bare].str.replace(r"(?i)ИНН|INN|КПП|KPP|:", " ", regex=True)
        pair = values.str.extract(_TAX_PAIR)
        split.loc[~bare, 0] = pair[0].where(pair[0].notna(), values.str.strip())
        split.loc[~bare, 1] = pair[1]
    return split


# cells parsed by this process, by what was read from them: a file read in chunks
# repeats its prices, amounts and currencies from one chunk to the next
_MEMOS = {"currency": Memo(), "numbers ,": Memo(), "numbers .": Memo()}


def canonical(frame: pd.DataFrame, columns: ColumnMap, decimal: str | None = None) -> pd.DataFrame:
    """One column per canonical field, parsed, plus ``notes`` and a count of unreadable cells.

    The result has the input's index and row count; a field the input lacks is
    all missing. ``decimal`` (',' or '.') overrides the decimal mark read from the
    frame, for a frame that is one chunk of a file.
    """
    canon = pd.DataFrame(index=frame.index)
    for field in FIELDS:
        if field in columns.fields:
            col = columns.column(frame, field)
            if not pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_datetime64_any_dtype(
                col
            ):
                col = text_cells(col)
            canon[field] = col
        else:
            canon[field] = pd.Series(pd.NA, index=frame.index, dtype="string")
    notes = pd.Series("", index=frame.index, dtype="string")
    unreadable = pd.Series(0, index=frame.index, dtype="int64")
    money = canon["amount"].astype("string").fillna(canon["unit_price"].astype("string"))
    canon["currency"] = apply_distinct(
        canon["currency"].astype("string").fillna(money),
        currency_codes,
        _MEMOS["currency"],
        "string",
    )
    meta = frame.attrs.get("b2x", {})
    present = [canon[f] for f in NUMBER_FIELDS if f in columns.fields]
    decimal = decimal or decimal_mark(present, meta.get("delimiter"))
    for field in NUMBER_FIELDS:
        raw = canon[field]
        memo = _MEMOS.setdefault(f"numbers {decimal}", Memo())
        number = apply_distinct(raw, lambda s: parse_numbers(s, decimal), memo, "float64")
        canon[field] = number.astype(float)
        bad = raw.notna() & canon[field].isna()
        notes, unreadable = _note(notes, bad, field, columns, raw), unreadable + bad
    raw = canon["order_date"]
    canon["order_date"] = apply_distinct(raw, parse_dates).astype("datetime64[ns]")
    bad = raw.notna() & canon["order_date"].isna()
    notes, unreadable = _note(notes, bad, "order_date", columns, raw), unreadable + bad
    for field in FIELDS:
        if field not in NUMBER_FIELDS and field != "order_date":
            canon[field] = canon[field].astype("string")
    for field in columns.defaults:
        canon[field] = pd.Series(pd.NA, index=canon.index, dtype="string")
    if columns.payer_text:
        _payer_from_text(canon)
    _take_apart(canon)
    if "order_id" in columns.fields:
        canon["order_id"] = order_with_buyer(canon["order_id"], canon["buyer"])
    if "amount" not in columns.fields:
        canon["amount"] = canon["quantity"] * canon["unit_price"]
    if columns.anonymous_sale:
        canon["receipt"] = canon["receipt"].fillna(columns.layout)
    if columns.fields.get("order_id"):
        _fill_order_gaps(canon)
    canon["notes"] = notes
    canon["unreadable"] = unreadable
    return canon


def _fill_order_gaps(canon: pd.DataFrame) -> None:
    """Order-level fields written on some lines of an order only, copied to its other lines.

    In place. A line missing one of :data:`ORDER_FIELDS` takes the first value of
    that field among its order's lines, as ``groupby("order_id").transform("first")``
    gives it. A line with goods but no order id, no date and nothing of the buyer
    continues the order above it (Odoo writes an invoice's number, date and partner on its
    first line only); any other line without an order id is left as it is (SumUp's dated
    card sales among its invoices are records of their own).
    """
    order_id = canon["order_id"]
    continued = (
        order_id.isna()
        & canon[list(IDENTITY_FIELDS)].isna().all(axis=1)
        & canon[["product", "quantity", "amount"]].notna().any(axis=1)
        # a line dated on its own is a record of its own (SumUp's card sales among invoices)
        & canon["order_date"].isna()
    )
    if continued.any():
        canon["order_id"] = order_id.where(~continued, order_id.ffill())
    order, _ = pd.factorize(canon["order_id"], use_na_sentinel=True)
    grouped = order >= 0
    if not grouped.any():
        return
    rows = np.arange(len(canon))
    for field in ORDER_FIELDS:
        missing = canon[field].isna().to_numpy()
        gaps = missing & grouped
        if not gaps.any():
            continue
        source = np.where(gaps, first_in_order(~missing, order), -1)
        if (source >= 0).any():
            taken = np.where(source >= 0, source, rows)
            canon[field] = pd.Series(canon[field].array.take(taken), index=canon.index)


def mixed_orders(order: np.ndarray, buyer: np.ndarray) -> np.ndarray:
    """Rows whose order number names the documents of several buyers.

    ``order`` and ``buyer`` are integer codes of each row's order id and buyer cell (-1
    where missing). Kontur.Elba numbers invoices, acts and waybills each from 1, so one
    number names several buyers' documents: such a number is no order of its own.

    >>> mixed_orders(np.array([0, 0, 1, 1, -1]), np.array([0, 1, 2, 2, 3])).tolist()
    [True, True, False, False, False]
    """
    named = (order >= 0) & (buyer >= 0)
    if not named.any():
        return named
    width = np.int64(buyer.max()) + 1
    pairs = pd.unique(order[named].astype(np.int64) * width + buyer[named])
    buyers = np.bincount(pairs // width, minlength=int(order.max()) + 1)
    return named & (buyers[np.maximum(order, 0)] > 1)


def order_with_buyer(order_id: pd.Series, buyer: pd.Series) -> pd.Series:
    """Order ids where :func:`mixed_orders` finds several buyers to one number: the number
    with the buyer's name ("17 · ИП Соколов А. В."), the rest as they are."""
    mixed = mixed_orders(
        pd.factorize(order_id, use_na_sentinel=True)[0],
        pd.factorize(buyer, use_na_sentinel=True)[0],
    )
    if not mixed.any():
        return order_id
    return order_id.where(~mixed, order_id + " · " + buyer)


def first_in_order(known: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Each row's order's first row where ``known`` holds; -1 where none does.

    ``order`` holds integer order codes, -1 for a row without an order (it gets -1).

    >>> first_in_order(np.array([False, True, True, True]), np.array([0, 0, 1, -1])).tolist()
    [1, 1, 2, -1]
    """
    rows = np.flatnonzero(known & (order >= 0))
    orders, first = np.unique(order[rows], return_index=True)
    first_row = np.full(order.max(initial=-1) + 2, -1)  # the last entry: code -1
    first_row[orders] = rows[first]
    return first_row[order]


def _note(
    notes: pd.Series, bad: pd.Series, field: str, columns: ColumnMap, raw: pd.Series
) -> pd.Series:
    if not bad.any():
        return notes
    header = columns.fields.get(field, field)
    text = f"{header!r} = " + raw[bad].astype(str).str.slice(0, 30).map(repr)
    sep = np.where(notes[bad].eq(""), "", "; ")
    notes = notes.copy()
    notes[bad] = notes[bad] + sep + text
    return notes
