"""Fields: which column of an export holds each canonical field, by header and by content.

Two kinds of evidence choose a column for a field, as a person reading an unknown
export would use them:

- its **header**: the synonyms of ``data/columns.csv`` (Russian, English, German,
  French, Spanish, Italian, Polish, Portuguese, Dutch, Ukrainian, the Nordic
  languages; snake_case, kebab-case and CamelCase spellings), matched exactly or as
  whole words inside a longer header;
- its **content**: the profile of a sample of its cells (:mod:`classifier.profile`).

:func:`map_columns` takes the header matches, best first, except where the column's
content rules the field out (an account-code column under "Kunde", amounts under
"Оплата"); then fills each field still without a column from the content alone,
best fit first (a column of valid tax IDs, of e-mail addresses, of organisation
names); then finds quantity, unit price and amount by their product where headers
did not. Each field takes one column and each column one field; ``--map`` wins
over everything. A first-name, a last-name and a patronymic column make the
contact together.

A run is never silent about what it could not read: :attr:`ColumnMap.warnings`
names a missing buyer or product column, or a key field chosen with low
confidence, with the best candidates and the ``--map`` to use.
"""

from __future__ import annotations

import itertools
from functools import cache

import numpy as np
import pandas as pd

from classifier.cells import parse_numbers, payer_names
from classifier.columns import (
    FIELDS,
    IDENTITY_FIELDS,
    NUMBER_FIELDS,
    ColumnMap,
    normalise_header,
)
from classifier.exceptions import ColumnError
from classifier.profile import NOTHING, SAMPLE_ROWS, Profile, against, fit, profile_columns
from classifier.vocabulary import read_table, read_toml

__all__ = ["map_columns", "PARTS", "synonyms"]

# parts of a personal name that join the contact column (columns.csv rows of these names)
PARTS = ("surname", "patronymic")
# columns.csv rows of this name are headers known to be no field (a cash register's shift
# number, a cashier): no field takes them, by header or by content
SKIP = "skip"
# ... and rows of this name are words naming the seller's side of a sale (its salesperson,
# its own tax ID, its bank, an agent): a header holding one as whole words is no field
SELLER = "seller"
# ... and rows of this name are words naming a tax's own amount ("Сума ПДВ", "VAT amount",
# "MwSt-Betrag"): a header holding one as whole words is no amount nor any field
TAX = "tax"
NO_FIELD = (SKIP, SELLER, TAX)
HEADER_EXACT = 0.9  # score of a column whose header is a synonym of the field
HEADER_CONTAINS = 0.7  # ... whose header holds a synonym as whole words
VETO = 0.6  # content this sure against a field overrules a header naming it
MIN_CELLS = 5  # filled cells a sample needs before its content overrules a header
LOW = 0.6  # a key field chosen with a lower score is reported
# fields looked for by content where no header named them, surest kinds first, and the
# least fit a column must show for each
CONTENT_FIELDS = {
    "email": 0.4,
    "tax_id": 0.85,
    "phone": 0.7,
    "order_date": 0.8,
    "buyer": 0.45,
    "contact": 0.6,
    "product": 0.35,
    "payment": 0.5,
    "currency": 0.8,
    "address": 0.5,
    "comment": 0.45,
}
KEY_FIELDS = ("buyer", "product")  # the fields whose absence or doubt a run reports
# fields whose column is read as no field when one value fills nine of its cells in ten: a
# document kind, a payment term or a note every record carries is the export's own default
BOILERPLATE_FIELDS = ("documents", "payment", "comment")
# a comment column whose cells are this often names of organisations or persons is the
# buyer's, where no other column names the buyer
NAMED_COMMENT = 0.6
# a comment column naming goods this often beside a product column that names almost none
# (a document's description) is the product's column, and the product column the comment's
PRODUCT_NOTE, NO_GOODS = 0.3, 0.05
# a buyer's code column this often valid tax numbers is the tax ID's (chance passes of a
# check digit are one in ten)
TAX_ID_CODES = 0.8
# fields of names, whose headers are loose words ("Account", "Artikel"): a header merely
# containing a synonym is not believed when the column leans to codes or numbers
NAMED_FIELDS = ("buyer", "contact", "product")


def _payer_share(cells: pd.Series) -> float:
    """The share of a column's sampled texts that name a payer after a marker."""
    sample = cells.head(SAMPLE_ROWS).dropna().astype(str)
    sample = sample[sample.str.strip().ne("")]
    if len(sample) < MIN_CELLS:
        return 0.0
    return float(payer_names(sample).notna().mean())


def _recurs_apart(cells: pd.Series) -> bool:
    """Most numbers come back after others: no order's, whose lines stand together.

    >>> _recurs_apart(pd.Series(["1", "2", "3", "1", "2", "3"]))
    True
    >>> _recurs_apart(pd.Series(["A-7", "A-7", "A-8", "A-9", "A-9", "A-9"]))
    False
    """
    filled = cells.dropna()
    filled = filled[filled.astype(str).str.strip().ne("")]
    if filled.empty:
        return False
    runs = filled[filled.ne(filled.shift())]  # the first cell of each run of one value
    return bool(runs.duplicated().sum() > 0.5 * runs.nunique())


@cache
def _money_words() -> frozenset[str]:
    spec = read_toml("profiles.toml")["lists"]
    return frozenset(w.casefold() for w in (*spec["currencies"], *spec["currency_words"]))


def _names_money(header: str) -> bool:
    """A header naming a currency: its column holds money, not a count.

    >>> _names_money("määrä euroa"), _names_money("määrä")
    (True, False)
    """
    return any(word in _money_words() for word in header.split())


def _given_names_only(header: str) -> bool:
    """Whether a contact header names a column of given names alone ("Vorname", "First
    Name"; ``data/names.toml``)."""
    return normalise_header(header) in _given_name_headers()


@cache
def _given_name_headers() -> frozenset[str]:
    return frozenset(normalise_header(h) for h in read_toml("names.toml")["given_name_headers"])


@cache
def synonyms() -> dict[str, list[tuple[str, int]]]:
    """Normalised header → [(field, preference)]; earlier rows of the table are preferred."""
    table: dict[str, list[tuple[str, int]]] = {normalise_header(f): [(f, -1)] for f in FIELDS}
    for rank, row in enumerate(read_table("columns.csv")):
        table.setdefault(normalise_header(row["header"]), []).append((row["field"], rank))
    return table


def map_columns(
    frame: pd.DataFrame, overrides: dict[str, str] | None = None, name: str = "input"
) -> ColumnMap:
    """Match the frame's columns to canonical fields, by header and by content.

    ``frame`` is an export as read (every cell text), or its first rows: the content
    of the first :data:`classifier.profile.SAMPLE_ROWS` rows is profiled. A frame
    with no rows is mapped by its headers alone.

    Raises
    ------
    ColumnError
        ``overrides`` names an unknown field or a missing header.
    """
    headers = [str(h) for h in frame.columns]
    fields: dict[str, str] = {}
    how: dict[str, str] = {}
    score: dict[str, float] = {}
    for field, header in (overrides or {}).items():
        if field not in FIELDS:
            raise ColumnError(
                f"--map {field}=...: '{field}' is not a field. Fields: {', '.join(FIELDS)}."
            )
        if header not in headers:
            raise ColumnError(
                f"--map {field}={header}: '{name}' has no header '{header}'. "
                f"Found: {', '.join(headers)}."
            )
        fields[field], how[field], score[field] = header, "--map", 1.0
    taken = set(fields.values())
    layout = _layout(headers)
    for field, header in layout.get("map", {}).items():
        if field not in fields and header in headers:
            fields[field], how[field], score[field] = header, f"layout: {layout['name']}", 1.0
            taken.add(header)
    taken.update(h for h in layout.get("skip", ()) if h in headers)
    profiles = profile_columns(frame) if len(frame) else {}
    table = synonyms()
    normalised = {h: normalise_header(h) for h in headers}

    def ruled_out(header: str, field: str) -> bool:
        p = profiles.get(header)
        return p is not None and p.filled >= MIN_CELLS and against(p, field) >= VETO

    def empty(header: str) -> bool:
        """A column empty in the sample's rows: no field by a word its header merely holds."""
        p = profiles.get(header)
        return p is not None and not p.filled and len(frame) >= MIN_CELLS

    def leans_against(header: str, field: str) -> bool:
        """Content a third as sure against the field: such a header is tried after the others
        naming it ("Artikel" of item codes after "Artikelomschrijving")."""
        p = profiles.get(header)
        return p is not None and p.filled >= MIN_CELLS and against(p, field) >= VETO / 2

    def repeats(header: str, field: str) -> bool:
        """A names column that repeats a few values down many rows (a ledger's account
        names, a salesperson): tried after the other headers naming the field."""
        p = profiles.get(header)
        return p is not None and _variety(p, field) < 1.0

    def take(field: str, header: str, why: str, base: float) -> None:
        p = profiles.get(header)
        content = fit(p, field) if p is not None else 0.0
        fields[field], how[field] = header, why
        score[field] = round(1.0 - (1.0 - base) * (1.0 - content), 3)
        taken.add(header)

    parts: dict[str, str] = {}
    unfilled: list[tuple[str, str]] = []
    exact = sorted(
        (leans_against(h, field) or repeats(h, field), rank, position, h, field)
        for position, h in enumerate(headers)
        for field, rank in table.get(normalised[h], ())
    )
    not_fields = [k for k, entries in table.items() for f, _ in entries if f in (SELLER, TAX)]
    for header in headers:
        padded = f" {normalised[header]} "
        named = any(field not in NO_FIELD for field, _ in table.get(normalised[header], ()))
        if not named and any(f" {word} " in padded for word in not_fields):
            taken.add(header)
    for _, _, _, header, field in exact:
        if field in NO_FIELD:
            taken.add(header)
            continue
        if field in PARTS:
            if header not in taken and field not in parts and not ruled_out(header, "contact"):
                parts[field] = header
            continue
        if field not in fields and header not in taken and not ruled_out(header, field):
            if empty(header):
                # an empty column named for the field yields to one whose cells hold it
                # (DATEV's empty Zahlweise beside a Beleginfo of payment words); it is the
                # field's where no other column is
                unfilled.append((field, header))
                continue
            take(field, header, "synonym", HEADER_EXACT)
    by_length = sorted(
        (
            (k, f)
            for k, entries in table.items()
            for f, _ in entries
            if f not in (*PARTS, *NO_FIELD)
        ),
        key=lambda kv: -len(kv[0]),
    )

    def named(header: str, field: str) -> float:
        """How much of a column are names, for the buyer: of headers holding the same synonym
        ("Rechnungsempfänger Zeile 0" to "Zeile 4"), the one of names is read first, not the
        salutations' ("Frau", "An das") above it. Not for the contact, where a seller's staff
        ("Vår referens") may be all names and the buyer's own ("Er referens") fewer."""
        p = profiles.get(header)
        if p is not None and field == "tax_id":
            # ... and of those holding a tax ID's word ("NIF Destinatario Tipo", "NIF
            # Destinatario Identificación"), the one of valid numbers
            return round(p.share("tax_id"), 1)
        if field != "buyer" or p is None:
            return 0.0
        return round(p.share("person") + p.share("organisation"), 1)

    # the headers holding a synonym as whole words, the longest synonym first whatever the
    # header's place: "Checkout Form: Company Name" names the buyer before "Shipping Name"
    held = sorted(
        (-len(synonym), -named(header, field), position, header, synonym, field)
        for position, header in enumerate(headers)
        if header not in taken and header not in parts.values() and not empty(header)
        for synonym, field in by_length
        if f" {synonym} " in f" {normalised[header]} "
    )
    # the fields each of those headers names so
    naming: dict[str, set[str]] = {h: set() for h in headers}
    for *_, header, _, field in held:
        naming[header].add(field)

    def fuller_elsewhere(header: str, field: str) -> bool:
        """Another free column naming a field of names holds twice the cells: of "Dostawa -
        firma" (mostly empty) and "Faktura - firma", the invoice's is the buyer."""
        if field not in NAMED_FIELDS or header not in profiles:
            return False
        return any(
            other != header
            and other not in taken
            and other not in parts.values()
            and other in profiles
            and profiles[other].filled > 2 * profiles[header].filled
            # ... of names as much organisations' ("Checkout Form: Company Name", filled on
            # companies' orders only, is the buyer beside a fuller "Shipping Name" of persons)
            and profiles[other].share("organisation") >= profiles[header].share("organisation")
            and field in naming[other]
            and not leans_against(other, field)
            for other in headers
        )

    for *_, header, synonym, field in held:
        if field == "quantity" and _names_money(normalised[header]):
            field = "amount"  # a count's word beside a currency: "Määrä EUROA" is a sum
        if (
            header not in taken
            and field not in fields
            and not ruled_out(header, field)
            and not (field in NAMED_FIELDS and leans_against(header, field))
            and not fuller_elsewhere(header, field)
            # the number of a product ("Product ID", "Item No.") is no order's
            and not (field == "order_id" and naming[header] & {"product", "category"})
        ):
            take(field, header, f"contains '{synonym}'", HEADER_CONTAINS)
    # a column of persons' names the buyer's column outranked is the contact where it holds
    # more names than the contact's (Stripe's Card Name beside a sparse company_name)
    outranked = [
        h
        for h in headers
        if h not in taken
        and "buyer" in naming[h]
        and h in profiles
        and profiles[h].share("person") >= 0.5
        and profiles[h].filled >= MIN_CELLS
        and not repeats(h, "contact")  # a salesperson's or a cashier's few names
    ]
    if "buyer" in fields and outranked:
        best = max(outranked, key=lambda h: profiles[h].filled)
        held_contact = profiles.get(fields.get("contact", ""))
        if held_contact is None or (
            how["contact"] != "--map" and profiles[best].filled > held_contact.filled
        ):
            if "contact" in fields:
                taken.discard(fields["contact"])
            take("contact", best, f"content: {profiles[best].describe()}", HEADER_CONTAINS)
    if "amount" not in fields:
        # a header that is a currency alone ("CAD$", "EUR") over money: the amount's column
        priced = [
            h
            for h in headers
            if h not in taken
            and normalised[h]
            and all(_names_money(word) for word in normalised[h].split())
            and h in profiles
            and profiles[h].share("money") >= 0.5
        ]
        if priced:
            take("amount", priced[0], f"content: {profiles[priced[0]].describe()}", HEADER_CONTAINS)
    # cells packing key:value pairs ("name:Kettle|quantity:1") give the fields their keys name
    packed = _packed(profiles, frame, fields, taken | set(parts.values()))
    for field, (header, _) in packed.items():
        fields[field], how[field], score[field] = header, f"packed in '{header}'", 0.8
    taken.update(h for h, _ in packed.values())
    held_buyer = profiles.get(fields.get("buyer", ""))
    if held_buyer is not None and how["buyer"] != "--map" and _one_value(held_buyer):
        # one value on nearly every row ("Chequing" under "Account Type") names no buyers
        # where another column names many: that column is the buyer's
        best = _best_by_content(profiles, "buyer", taken | set(parts.values()))
        if best and best[0] >= CONTENT_FIELDS["buyer"]:
            taken.discard(fields.pop("buyer"))
            how.pop("buyer"), score.pop("buyer")
            take("buyer", best[1], f"content: {profiles[best[1]].describe()}", 0.0)
    for field, least in CONTENT_FIELDS.items():
        if field in fields or field in packed:
            continue
        best = _best_by_content(profiles, field, taken | set(parts.values()))
        if best and best[0] >= least:
            take(field, best[1], f"content: {profiles[best[1]].describe()}", 0.0)
    for field, header in _number_roles(frame, profiles, fields, taken | set(parts.values())):
        take(field, header, "content: quantity × unit price = amount", 0.0)
    for field, header in unfilled:
        if field not in fields and header not in taken:
            take(field, header, "synonym", HEADER_EXACT)
    item, note = profiles.get(fields.get("product", "")), profiles.get(fields.get("comment", ""))
    if item is not None and note is not None and "--map" not in (how["product"], how["comment"]):
        enough = min(item.filled, note.filled) >= MIN_CELLS  # content overrules headers
        if enough and note.share("product") >= PRODUCT_NOTE and item.share("product") < NO_GOODS:
            # the document's description beside a line memo naming the goods (Sage Intacct's
            # Description and Memo): the column that names the goods is the product's
            fields["product"], fields["comment"] = fields["comment"], fields["product"]
            how["product"], how["comment"] = f"content: {note.describe()}", how["product"]
            score["product"], score["comment"] = score["comment"], score["product"]
    comment = profiles.get(fields.get("comment", ""))
    if "buyer" not in fields and "contact" not in fields and comment is not None:
        if comment.share("named") >= NAMED_COMMENT and how["comment"] != "--map":
            # a posting text that names the buyer (DATEV's Buchungstext), or a
            # statement's name column a product's header took (Наименование): the buyer's column
            header = fields.pop("comment")
            how.pop("comment"), score.pop("comment")
            take("buyer", header, f"content: {comment.describe()}", 0.0)
    held_id = profiles.get(fields.get("buyer_id", ""))
    if "tax_id" not in fields and held_id is not None and how["buyer_id"] != "--map":
        if held_id.filled >= MIN_CELLS and held_id.share("tax_id") >= TAX_ID_CODES:
            # a counterparty's code that is its tax number (a Ukrainian statement's "Код
            # контрагента" of ЄДРПОУ and ІПН): the tax ID's column
            fields["tax_id"], how["tax_id"] = fields.pop("buyer_id"), how.pop("buyer_id")
            score["tax_id"] = score.pop("buyer_id")
    if "email" not in fields:
        # a contact-point column holding phones and e-mails alike feeds both fields, and so
        # does a contact column of "Name (e-mail)" (HubSpot's Associated Contact)
        mixed = [
            h
            for h in (fields.get("phone"), fields.get("contact"))
            if h and profiles.get(h) and profiles[h].share("email") >= 0.3
        ]
        if mixed:
            fields["email"], how["email"] = mixed[0], "content: e-mail addresses"
            score["email"] = 0.7
    order = fields.get("order_id")
    if order and "receipt" in fields and how["order_id"] != "--map":
        if _recurs_apart(frame[order].head(SAMPLE_ROWS)):
            # a receipt's number within its shift ("№" beside the fiscal document's ФД):
            # the same numbers come back shift after shift, so the receipt is the order
            fields.pop("order_id"), how.pop("order_id"), score.pop("order_id")
    if "order_id" not in fields and "receipt" in fields:
        # one receipt, one sale: the lines of a receipt are one order
        fields["order_id"], how["order_id"] = fields["receipt"], "the receipt's number"
        score["order_id"] = score["receipt"]
    joined: dict[str, tuple[str, ...]] = {}
    if how.get("order_id") == "the receipt's number" and "order_date" in fields:
        # receipt numbers start again with each shift (Dreamkas, Evotor): a receipt is its
        # number at its time, and the lines of one receipt share that time
        joined["order_id"] = (fields["order_date"], fields["receipt"])
    payer_text = False
    if how.get("buyer") != "--map":
        least = read_toml("layouts.toml")["payer"]["share"]
        if "buyer" in fields:
            payer_text = _payer_share(frame[fields["buyer"]]) >= least
        elif "contact" not in fields:
            # a statement whose only text names the payer after a marker ("TRF. P/O
            # MUNICIPIO DE AMARES"): that text is the buyer's column
            read_as = {fields[f]: f for f in ("comment", "product") if f in fields}
            unread = [h for h in headers if h not in taken and h not in parts.values()]
            text = next((h for h in [*read_as, *unread] if _payer_share(frame[h]) >= least), None)
            if text is not None:
                if text in read_as:
                    field = read_as[text]
                    fields.pop(field), how.pop(field), score.pop(field)
                take("buyer", text, "content: a payer named after a marker", 0.0)
                payer_text = True
    if "contact" in fields and parts:
        # LABELING.md: a personal full name is evidence of a person: the parts make it
        chosen = {fields["contact"], *parts.values()}
        joined["contact"] = tuple(h for h in headers if h in chosen)
        taken.update(parts.values())
    buyer, contact = fields.get("buyer"), fields.get("contact")
    surnames = [k for k, entries in table.items() for f, _ in entries if f == "surname"]
    if buyer and contact and "buyer" not in joined and "contact" not in joined:
        padded = f" {normalised.get(buyer, normalise_header(buyer))} "
        if any(f" {s} " in padded for s in surnames) or _given_names_only(contact):
            # a buyer column of companies or surnames beside a first-name column (MYOB's
            # "Co./Last Name" and "First Name"): the two make a person's name where both
            # are filled, the company's where the first name is empty
            joined["buyer"] = (contact, buyer)
    # one value on (nearly) every row ("Fattura", «Реализация», "Net 45", "Thanks for your
    # business."): the export's own default, which tells no buyer apart, is read as none
    defaults = tuple(
        field
        for field in BOILERPLATE_FIELDS
        if field in fields
        and how[field] != "--map"
        and (held := profiles.get(fields[field])) is not None
        and _one_value(held)
    )
    warnings = _warnings(fields, how, score, profiles, taken, name)
    till = "" if layout else _till(frame, fields)
    content = {h: p.describe() for h, p in profiles.items() if p.describe() != NOTHING}
    return ColumnMap(
        fields,
        how,
        tuple(h for h in headers if h not in taken),
        score=score,
        joined=joined,
        warnings=warnings,
        content=content,
        packed=packed,
        layout=layout.get("name", "") or till,
        anonymous_sale=bool(layout.get("anonymous_sale") or till),
        defaults=defaults,
        payer_text=payer_text,
    )


def _till(frame: pd.DataFrame, fields: dict[str, str]) -> str:
    """The name ``data/layouts.toml`` gives a till's or a payment terminal's export, where
    most sampled rows name no buyer (no name, contact, e-mail or tax ID), else "". Its rows
    without a buyer are anonymous retail sales (LABELING.md), where an invoice journal's row
    without one holds too little to decide."""
    sample = frame.head(SAMPLE_ROWS)
    named = [fields[f] for f in IDENTITY_FIELDS if f in fields]
    if len(sample) < 4 * MIN_CELLS or not named:
        return ""  # no buyer column at all: the rows are read by what they hold
    till = read_toml("layouts.toml")["till"]
    cells = sample[named].astype("string").apply(lambda c: c.str.strip().fillna("").ne(""))
    return till["name"] if float(cells.any(axis=1).mean()) < till["named_share"] else ""


def _packed(
    profiles: dict[str, Profile], frame: pd.DataFrame, fields: dict[str, str], taken: set[str]
) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Fields still without a column found in a column whose cells pack key:value pairs."""
    spec = read_toml("profiles.toml")["packed"]
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for header, p in profiles.items():
        if header in taken or p.share("packed") < 0.5:
            continue
        sample = " ".join(frame[header].head(SAMPLE_ROWS).dropna().astype(str).tolist())
        for field in ("product", "quantity", "unit_price", "amount"):
            keys = tuple(k for k in spec[field] if f"{k}:" in sample)
            if field not in fields and field not in out and keys:
                out[field] = (header, keys)
    return out


def _layout(headers: list[str]) -> dict:
    """The first layout of ``data/layouts.toml`` whose signature headers are all present."""
    present = set(headers)
    for layout in read_toml("layouts.toml")["layout"]:
        if set(layout["signature"]) <= present:
            return layout
    return {}


def _best_by_content(
    profiles: dict[str, Profile], field: str, taken: set[str]
) -> tuple[float, str] | None:
    """The untaken column that fits ``field`` best by content, with its fit."""
    # a column of one value repeated names no buyer, product or comment of its own
    varied = 1 if field in ("order_date", "currency", "payment") else 3
    scored = [
        (fit(p, field) * _variety(p, field), h)
        for h, p in profiles.items()
        if h not in taken
        and p.distinct >= min(varied, p.filled)
        and p.filled >= 2
        and against(p, field) < VETO
    ]
    return max(scored, key=lambda s: s[0]) if scored else None


def _one_value(profile: Profile) -> bool:
    """One value on nearly every row of a sample of many (the export's own default)."""
    return profile.share("commonest") >= 0.9 and profile.filled >= 4 * MIN_CELLS


def _variety(profile: Profile, field: str) -> float:
    """1, or less for a column of buyers' or contacts' names that repeats a few names down a
    sample of many orders: a salesperson's or a manager's column, not the buyers'."""
    if field not in ("buyer", "contact") or profile.filled < 4 * MIN_CELLS:
        return 1.0
    return 1.0 if profile.distinct >= min(10, profile.filled / 4) else 0.6


def _number_roles(
    frame: pd.DataFrame, profiles: dict[str, Profile], fields: dict[str, str], taken: set[str]
) -> list[tuple[str, str]]:
    """Quantity, unit price and amount that no header named, found by their product.

    Where the sample's rows mostly satisfy ``x × y = z`` for three numeric columns, the
    one of ``x, y`` with more whole numbers is the quantity. Only fields not yet
    mapped are returned, and only when the columns already mapped take part.
    """
    if len(frame) < MIN_CELLS or all(f in fields for f in NUMBER_FIELDS):
        return []
    numeric = [
        h
        for h, p in profiles.items()
        if p.filled >= MIN_CELLS
        and p.share("number") >= 0.8
        and (h not in taken or h in {fields.get(f) for f in NUMBER_FIELDS})
    ]
    if len(numeric) < 3 or len(numeric) > 12:
        return []
    sample = frame.head(SAMPLE_ROWS)
    values = {}
    for h in numeric:
        text = sample[h].astype("string")
        comma = text.str.contains(r"\d,\d{1,2}$", regex=True).sum()
        dot = text.str.contains(r"\d\.\d{1,2}$", regex=True).sum()
        values[h] = parse_numbers(text, "," if comma > dot else ".").to_numpy(dtype=float)
    best: tuple[float, str, str, str] | None = None
    for x, y in itertools.combinations(numeric, 2):
        for z in numeric:
            if z in (x, y):
                continue
            a, b, c = values[x], values[y], values[z]
            ok = np.isfinite(a) & np.isfinite(b) & np.isfinite(c) & (c != 0)
            if ok.sum() < MIN_CELLS:
                continue
            hit = np.abs(a[ok] * b[ok] - c[ok]) <= 0.011 * np.abs(c[ok]) + 0.011
            share = hit.mean()
            if share >= 0.6 and (best is None or share > best[0]):
                qty, price = (
                    (x, y)
                    if profiles[x].share("integer") >= profiles[y].share("integer")
                    else (y, x)
                )
                best = (share, qty, price, z)
    if best is None:
        return []
    roles = dict(zip(NUMBER_FIELDS, best[1:], strict=True))
    mapped = {fields.get(f) for f in NUMBER_FIELDS} - {None}
    if any(fields.get(f) not in (None, roles[f]) for f in NUMBER_FIELDS):
        return []  # headers named these columns otherwise: believe them
    return [(f, h) for f, h in roles.items() if f not in fields and h not in mapped]


def _warnings(
    fields: dict[str, str],
    how: dict[str, str],
    score: dict[str, float],
    profiles: dict[str, Profile],
    taken: set[str],
    name: str,
) -> tuple[str, ...]:
    """One line for each key field missing or chosen with low confidence."""
    out = []
    identity = any(f in fields for f in IDENTITY_FIELDS)
    if not identity and "product" not in fields:
        out.append(
            f"'{name}': no buyer and no product column found; every record will be "
            f"labelled from what else it holds.{_candidates(profiles, taken, 'buyer')}"
        )
    elif not identity:
        out.append(
            f"'{name}': no buyer column found (no name, tax ID or e-mail).\
{_candidates(profiles, taken, 'buyer')}"
        )
    elif "product" not in fields:
        out.append(f"'{name}': no product column found.{_candidates(profiles, taken, 'product')}")
    for field in KEY_FIELDS:
        if field in fields and score[field] < LOW and how[field] != "--map":
            out.append(
                f"'{name}': {field} read from '{fields[field]}' with low confidence "
                f"({score[field]:.2f}: {how[field]}). Check with `b2x columns`, or use "
                f"--map {field}=<header>."
            )
    return tuple(out)


def _candidates(profiles: dict[str, Profile], taken: set[str], field: str) -> str:
    """ " Candidates: 'A' (…), 'B' (…). Use --map field=<header>."."""
    texty = [
        (p.share("words") + p.share("long") + fit(p, field), h)
        for h, p in profiles.items()
        if h not in taken and p.filled and against(p, field) < VETO
    ]
    texty.sort(key=lambda s: -s[0])
    named = ", ".join(f"'{h}' ({profiles[h].describe(2)})" for _, h in texty[:3])
    hint = f" Candidates: {named}." if named else ""
    return f"{hint} Use --map {field}=<header>."
