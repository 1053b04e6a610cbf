"""Generate a realistic sales order export (CSV, UTF-8, comma) for benchmarking b2x.

Orders of 1-6 lines share an order number, date and buyer. Buyers are companies
(«ООО/АО ...», valid 10-digit INNs), sole traders («ИП ...», 12-digit INNs), private
persons with free mail, state institutions («МБОУ СОШ № N», «ГБУЗ ...», 44-ФЗ comments)
and the anonymous «Розничный покупатель». Columns are numpy index arrays into the small
vocabularies of ``export_vocab.py``, joined with pyarrow compute; pandas writes the CSV.

``--shape register`` writes the same kind of orders as a 1C register of «Реализация
товаров и услуг» instead: cp1251, ``;``, CRLF, decimal commas, about 10,000 buyers.

    python benchmarks/make_export.py --rows 1000000 -o orders_1m.csv
    python benchmarks/make_export.py --rows 100000 --distinct-buyers -o worst_100k.csv
    python benchmarks/make_export.py --rows 1000000 --shape register -o register_1m.csv
"""

import argparse
import datetime as dt
import sys
import time

import export_vocab as V
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

HEADERS = "Номер заказа,Дата,Покупатель,ИНН,E-mail,Адрес доставки,Товар,Количество,Цена,Сумма"
HEADERS = HEADERS.split(",") + ["Способ оплаты", "Комментарий"]
REGISTER_HEADERS = """Дата;Номер;Контрагент;ИНН;КПП;Номенклатура;Количество;Цена;Сумма;Ставка НДС
Сумма НДС;Форма оплаты;Комментарий""".replace("\n", ";").split(";")


def _s(values):
    """Return values (list, numpy or pyarrow array) as a pyarrow string array."""
    return values if isinstance(values, pa.Array) else pc.cast(pa.array(values), pa.string())


def _cat(*parts):
    """Concatenate string arrays and ``str`` scalars element-wise."""
    return pc.binary_join_element_wise(*[p if isinstance(p, str) else _s(p) for p in parts], "")


def _take(vocab, idx):
    """Return ``vocab[idx]`` as a pyarrow string array."""
    return pc.take(_s(vocab), pa.array(np.asarray(idx, dtype=np.int64)))


def _pick(rng, vocab, k):
    """Return ``k`` entries of ``vocab`` drawn at random, as a pyarrow string array."""
    return _take(vocab, rng.integers(len(vocab), size=k))


def _lat(words):
    """Return the Latin spellings of ``words``."""
    return [V.latin(w) for w in words]


def _when(mask, yes, no):
    """Return ``yes`` where ``mask`` holds, else ``no`` (arrays or ``str`` scalars)."""
    return pc.if_else(pa.array(np.asarray(mask, dtype=bool)), yes, no)


def _levels(rng, k, base):
    """Draw ``k`` distinct ``(code, level)`` pairs, using up ``range(base)`` level by level.

    A name built from ``code`` and decorated by ``level`` is then unique, plain names first.
    """
    perms = [rng.permutation(base)[: k - i * base] for i in range(-(-k // base))]
    return np.concatenate(perms or [np.zeros(0, np.int64)]), np.arange(k) // base


def _inn(rng, k, length, first_office=1, offices=40):
    """Return ``k`` distinct INNs of ``length`` (10 or 12) digits with valid check digits.

    The tax offices ``first_office`` and the next ``offices - 1`` of each region issue them.
    """
    weights = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    tail = 10 ** (5 if length == 10 else 6)  # random digits after the 4-digit tax office code
    capacity = len(V.INN_REGIONS) * offices * tail
    office, rest = np.divmod(rng.choice(capacity, size=k, replace=k > capacity), tail)
    number = (V.INN_REGIONS[office // offices] * 100 + office % offices + first_office) * tail
    number += rest
    for w in [weights] if length == 10 else [[7] + weights, [3, 7] + weights]:
        digits = number[:, None] // 10 ** np.arange(len(w) - 1, -1, -1) % 10
        number = number * 10 + digits @ np.array(w) % 11 % 10
    return pc.utf8_lpad(_s(number), length, "0")


def _companies(rng, k):
    """Return name, INN, e-mail and city of ``k`` companies; plain names come first."""
    decor = [(s, r) for s in V.COMPANY_SUFFIXES for r in V.REGIONS]
    decor = [decor[0]] + [decor[i] for i in 1 + rng.permutation(len(decor) - 1)]
    shape = (len(V.COMPANY_HEADS), len(V.COMPANY_SEPARATORS), len(V.COMPANY_TAILS))
    code, level = _levels(rng, k, int(np.prod(shape)))
    head, sep, tail = np.unravel_index(code, shape)
    dec = level % len(decor)
    core = _cat(_take(V.COMPANY_HEADS, head), _take(V.COMPANY_SEPARATORS, sep))
    core = _cat(core, _take(V.COMPANY_TAILS, tail), _take([s + r for s, r in decor], dec))
    name = _cat(_pick(rng, V.COMPANY_FORMS, k), " «", core, "»")
    site = _cat(_take(_lat(V.COMPANY_HEADS), head), _take(_lat(V.COMPANY_TAILS), tail))
    site = _cat(site, _take(_lat((s + r).replace("+", "plus") for s, r in decor), dec))
    email = _cat(_pick(rng, V.COMPANY_MAILBOXES, k), "@", site, _take(V.COMPANY_TLDS, sep))
    return name, _when(rng.random(k) < 0.05, "", _inn(rng, k, 10, 1, 30)), email, None


def _persons(rng, ids, distinct, trader):
    """Return name, INN, free-mail e-mail and city of persons (``trader``: «ИП ...»)."""
    k = len(ids)
    shape = (len(V.SURNAMES), len(V.GIVEN_NAMES), len(V.PATRONYMIC_STEMS))
    sur, given, pat = np.unravel_index(_levels(rng, k, int(np.prod(shape)))[0], shape)
    woman = given >= len(V.MALE_NAMES)  # past the last level there are namesakes
    sur = sur + woman * len(V.SURNAMES)  # index into both forms, male then female
    surname, first = _take(V.SURNAMES_MF, sur), _take(V.GIVEN_NAMES, given)
    middle = _take(V.PATRONYMICS_MF, pat + woman * len(V.PATRONYMIC_STEMS))
    style = np.zeros(k) if distinct or trader else rng.choice(3, k, p=[0.7, 0.15, 0.15])
    f1, m1 = pc.utf8_slice_codeunits(first, 0, 1), pc.utf8_slice_codeunits(middle, 0, 1)
    short = _when(style == 1, _cat(first, " ", surname), _cat(surname, " ", f1, ". ", m1, "."))
    name = _when(style == 0, _cat(surname, " ", first, " ", middle), short)
    number = _s(ids) if distinct else _when(rng.random(k) < 0.4, _s(rng.integers(70, 2006, k)), "")
    login = _cat(_take(_lat(V.GIVEN_NAMES), given), ".", _take(_lat(V.SURNAMES_MF), sur), number)
    email = _cat(login, "@", _pick(rng, V.FREE_MAIL, k))
    if trader:
        return _cat("ИП ", name), _when(rng.random(k) < 0.05, "", _inn(rng, k, 12)), email, None
    return name, [""] * k, email, None


def _states(rng, k):
    """Return name, INN, institutional e-mail and city of ``k`` state institutions."""
    shape = (len(V.STATE_TEMPLATES), len(V.CITIES), 120)
    code, level = _levels(rng, k, int(np.prod(shape)))
    tpl, city, num = np.unravel_index(code, shape)
    number = _s(num + 1 + 120 * level)
    heads, tails, boxes, words = zip(*V.STATE_TEMPLATES, strict=True)
    name = _cat(_take(heads, tpl), number, _take(tails, tpl), " г. ", _take(V.CITIES, city))
    domain = _cat(_take(_lat(V.CITIES), city), "-", _take(words, tpl), ".ru")
    email = _cat(_take(boxes, tpl), number, "@", domain)
    return name, _when(rng.random(k) < 0.02, "", _inn(rng, k, 10, 31, 10)), email, city


def _buyers(rng, n_buyers, distinct, shares):
    """Return the kind of each buyer and its name, INN, e-mail and address columns.

    ``shares`` are the kinds' shares among the buyers (see ``export_vocab.SHARES``).
    """
    counts = rng.multinomial(n_buyers - (not distinct), shares)
    counts[V.ANON] = not distinct
    ids = np.split(np.arange(n_buyers), np.cumsum(counts)[:-1])
    parts = [
        ([V.ANONYMOUS] * counts[0], [""] * counts[0], [""] * counts[0], None),
        _companies(rng, counts[V.COMPANY]),
        _persons(rng, ids[V.TRADER], distinct, True),
        _persons(rng, ids[V.PERSON], distinct, False),
        _states(rng, counts[V.STATE]),
    ]
    kind = np.repeat(np.arange(5), counts)
    name, inn, email = (pa.concat_arrays([_s(p[i]) for p in parts]) for i in range(3))
    email = _when(rng.random(n_buyers) < V.P_NO_EMAIL[kind], "", email)
    city = rng.integers(len(V.CITIES), size=n_buyers)
    city[kind == V.STATE] = parts[V.STATE][3]  # an institution receives goods in its city
    street, house = _pick(rng, V.STREETS, n_buyers), _s(rng.integers(1, 120, n_buyers))
    place = _cat("г. ", _take(V.CITIES, city), ", ул. ", street, ", д. ", house)
    flat = _cat(_when(kind == V.PERSON, ", кв. ", ", оф. "), _s(rng.integers(1, 300, n_buyers)))
    address = _cat(place, _when(rng.random(n_buyers) < 0.6, flat, ""))
    address = _when((rng.random(n_buyers) < 0.1) | (kind == V.ANON), "", address)
    return kind, {"Покупатель": name, "ИНН": inn, "E-mail": email, "Адрес доставки": address}


def _catalogue(rng, n_products):
    """Return segment, name and price in kopecks of the products, sorted by segment."""
    cat = np.sort(rng.integers(len(V.PRODUCTS), size=n_products))
    segment, nouns, brands, base = (np.array(c, object) for c in zip(*V.PRODUCTS, strict=True))
    brand = [brands[c].replace("_", " ").split() for c in cat]
    brand = [b[i % len(b)] for b, i in zip(brand, rng.integers(12, size=n_products), strict=True)]
    letter, num = np.divmod(rng.choice(144_000, n_products, replace=n_products > 144_000), 9000)
    model = _cat(_take(list("ABCDEFGHKMNPRSTX"), letter), _s(num + 1000))
    name = _cat(_take(list(nouns), cat), " ", _s(brand), " ", model)
    price = base[cat].astype(float) * np.exp(rng.normal(0, 0.4, n_products))
    kop = np.where(price >= 1000, (np.round(price / 10) * 10 - 10) * 100, np.round(price * 10) * 10)
    return segment[cat].astype(np.int64), name, kop.astype(np.int64)


def _money(kop, space=" "):
    """Format kopecks as roubles the Russian way: ``123456`` -> ``"1 234,56"``.

    ``space`` separates the thousands (1C writes a no-break space).
    """
    rub, cents = np.divmod(kop, 100)
    millions, rest = np.divmod(rub, 1_000_000)
    thousands, units = np.divmod(rest, 1000)
    units3, thousands3 = pc.utf8_lpad(_s(units), 3, "0"), pc.utf8_lpad(_s(thousands), 3, "0")
    head = _when(thousands > 0, _cat(_s(thousands), space, units3), _s(units))
    head = _when(millions > 0, _cat(_s(millions), space, thousands3, space, units3), head)
    return _cat(head, ",", pc.utf8_lpad(_s(cents), 2, "0"))


def _per_kind(rng, kind, options, p_use):
    """Pick per order an index into ``[none] + all options``: one of its kind's, or none."""
    size = np.array([len(o) for o in options])
    pick = np.cumsum(np.append(1, size))[kind] + (rng.random(len(kind)) * size[kind]).astype(int)
    return np.where(rng.random(len(kind)) < np.asarray(p_use)[kind], pick, 0)


def _orders(rng, rows, buyers, products, distinct, mix):
    """Draw the orders of an export: who buys what, how many, on which day, how paid.

    ``mix`` holds the buyer kinds' shares, the anonymous buyer's share of the orders and
    the payment methods per kind. Returns the per-row, per-order and per-buyer arrays
    the formatters need, as a dict.
    """
    lines = np.ones(rows, np.int64) if distinct else rng.choice(np.arange(1, 7), rows, p=V.LINES_P)
    lines = lines[: np.searchsorted(np.cumsum(lines), rows) + 1]
    n_orders = len(lines)
    n_buyers = rows if distinct else max(2, min(buyers, n_orders))
    kind, bcols = _buyers(rng, n_buyers, distinct, mix["shares"])
    if distinct:
        order_buyer = rng.permutation(n_buyers)
    else:  # every buyer orders once, then some order again and again
        weight = V.ORDER_RATE[kind] * (rng.pareto(1.2, n_buyers) + 1).clip(max=50)
        weight *= (1 - mix["anon"]) / weight.sum()
        weight[kind == V.ANON] = mix["anon"]
        more = rng.choice(n_buyers, n_orders - n_buyers, p=weight)
        order_buyer = rng.permutation(np.concatenate([np.arange(n_buyers), more]))
    okind = kind[order_buyer]
    pay = _per_kind(rng, okind, mix["payments"], np.ones(5))
    note = _per_kind(rng, okind, V.COMMENTS, V.P_COMMENT)
    before, after = zip(*[("", "")] + [n for opts in V.COMMENTS for n in opts], strict=True)
    numbered = np.array([b.endswith(" ") for b in before])[note]
    number = _cat(_s(rng.integers(1, 999, n_orders)), _take(after, note))
    comment = _cat(_take(before, note), _when(numbered, number, ""))
    order = np.repeat(np.arange(n_orders), lines)[:rows]
    rkind = okind[order]
    segment, pname, price = _catalogue(rng, products)
    start = np.searchsorted(segment, np.arange(6))
    size = np.diff(np.append(start, products))
    cum = ((V.SEGMENT_MIX + 1e-9) * (size > 0)).cumsum(1)[rkind]  # no rows for empty segments
    seg = (rng.random(rows)[:, None] * cum[:, -1:] >= cum).sum(1).clip(max=5)
    product = start[seg] + (rng.random(rows) ** 2 * size[seg]).astype(np.int64)
    qty = rng.geometric(V.P_GEOMETRIC[rkind])
    bulk = (price[product] < 100_000) & (rkind != V.PERSON) & (rkind != V.ANON)
    qty = np.where(bulk, qty * rng.choice([1, 5, 10, 20, 50], rows), qty).clip(max=500)
    dates = [(dt.date(2024, 1, 1) + dt.timedelta(d)).strftime("%d.%m.%Y") for d in range(366)]
    return {
        "order": order,  # per row: its order
        "row_buyer": pa.array(order_buyer[order]),
        "kind": kind,  # per buyer
        "buyer": bcols,
        "date": _take(dates, np.sort(rng.integers(0, 366, n_orders))[order]),
        "product": pname.take(pa.array(product)),
        "segment": segment[product],
        "price": price[product],
        "qty": qty,
        "payment": _take([""] + sum(mix["payments"], []), pay[order]),
        "comment": comment.take(pa.array(order)),
    }


def make_export(rows, buyers=None, products=3000, distinct=False, seed=0):
    """Generate an order export with the headers of a Russian/English CRM export.

    Parameters
    ----------
    rows : int
        Number of order lines.
    buyers : int, optional
        Distinct buyers, ``rows // 25`` by default (at most one per order).
    products : int
        Distinct products in the catalogue.
    distinct : bool
        Worst case: every row is a one-line order of a different buyer.
    seed : int
        Seed of the random generator; the same arguments give the same export.

    Returns
    -------
    pandas.DataFrame
        One text column per header of ``HEADERS``.
    """
    rng = np.random.default_rng(seed)
    mix = {"shares": V.SHARES, "anon": V.ANON_SHARE, "payments": V.PAYMENTS}
    o = _orders(rng, rows, buyers or rows // 25, products, distinct, mix)
    cols = {
        "Номер заказа": _cat("ЗК-", pc.utf8_lpad(_s(o["order"] + 1), 7, "0")),
        "Дата": o["date"],
        **{k: v.take(o["row_buyer"]) for k, v in o["buyer"].items()},
        "Товар": o["product"],
        "Количество": _s(o["qty"]),
        "Цена": _money(o["price"]),
        "Сумма": _money(o["price"] * o["qty"]),
        "Способ оплаты": o["payment"],
        "Комментарий": o["comment"],
    }
    return pa.table({h: cols[h] for h in HEADERS}).to_pandas()


def make_register(rows, buyers=None, products=3000, distinct=False, seed=0):
    """Generate a 1C register of «Реализация товаров и услуг», one row per document line.

    Documents of 1 to 6 lines share their number, date, buyer (``Контрагент``, ``ИНН``,
    ``КПП``), payment form and comment, as 1C repeats them on every line. Mostly
    organisations, every one with a valid INN: companies (10 digits and a КПП of their
    tax office, written ``ООО «...»`` or ``ООО "..."``), sole traders (12 digits) and
    state institutions; a few private persons and «Розничный покупатель», without INN.
    Quantities with three decimals (``5,000``), amounts with a no-break space between
    thousands (``1 234,56``; ``Сумма НДС`` with a plain space), VAT at 20 % (10 % for
    medical goods) included in the amount.

    Parameters
    ----------
    rows : int
        Number of document lines.
    buyers : int, optional
        Distinct buyers, 10,000 by default (at most one per document).
    products, distinct, seed
        As for :func:`make_export`.

    Returns
    -------
    pandas.DataFrame
        One text column per header of ``REGISTER_HEADERS``.
    """
    rng = np.random.default_rng(seed)
    mix = {"shares": V.SHARES_1C, "anon": V.ANON_SHARE_1C, "payments": V.PAYMENTS_1C}
    o = _orders(rng, rows, buyers or 10_000, products, distinct, mix)
    name, inn, kind = o["buyer"]["Покупатель"], o["buyer"]["ИНН"], o["kind"]
    inn = inn.to_numpy(zero_copy_only=False).astype(object)
    for length, kinds, office in [(10, [V.COMPANY, V.STATE], 71), (12, [V.TRADER], 71)]:
        lacking = np.flatnonzero(np.isin(kind, kinds) & (inn == ""))  # 1C knows every INN
        inn[lacking] = _inn(rng, len(lacking), length, office, 10).to_numpy(zero_copy_only=False)
    inn = _s(inn)
    straight = pc.replace_substring(pc.replace_substring(name, "«", '"'), "»", '"')
    name = _when((kind == V.COMPANY) & (rng.random(len(kind)) < 0.4), straight, name)
    kpp = _cat(pc.utf8_slice_codeunits(inn, 0, 4), "01001")
    kpp = pc.if_else(pc.equal(pc.utf8_length(inn), 10), kpp, "")
    rate = np.where(o["segment"] == 4, 10, 20)
    amount = o["price"] * o["qty"]
    vat = (amount * rate * 2 + 100 + rate) // (2 * (100 + rate))  # rounded half up
    cols = {
        "Дата": o["date"],
        "Номер": _cat("ТС00-", pc.utf8_lpad(_s(o["order"] + 1), 6, "0")),
        "Контрагент": name.take(o["row_buyer"]),
        "ИНН": inn.take(o["row_buyer"]),
        "КПП": kpp.take(o["row_buyer"]),
        "Номенклатура": o["product"],
        "Количество": _cat(_s(o["qty"]), ",000"),
        "Цена": _money(o["price"], "\xa0"),
        "Сумма": _money(amount, "\xa0"),
        "Ставка НДС": _take(["10%", "20%"], rate // 20),
        "Сумма НДС": _money(vat),
        "Форма оплаты": o["payment"],
        "Комментарий": o["comment"],
    }
    return pa.table({h: cols[h] for h in REGISTER_HEADERS}).to_pandas()


SHAPES = {"crm": make_export, "register": make_register}


def write_export(path, rows, buyers=None, products=3000, distinct=False, seed=0, shape="crm"):
    """Write an export to ``path``; return the row count.

    ``shape`` ``"crm"``: :func:`make_export` as CSV (UTF-8, comma, LF);
    ``"register"``: :func:`make_register` as a 1C file (cp1251, ``;``, CRLF).
    """
    frame = SHAPES[shape](rows, buyers, products, distinct, seed)
    if shape == "register":
        frame.to_csv(path, index=False, sep=";", encoding="cp1251", lineterminator="\r\n")
    else:
        frame.to_csv(path, index=False, lineterminator="\n")
    return len(frame)


def main(argv=None):
    """Parse the command line and write the export."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000, help="order lines (100000)")
    ap.add_argument("--buyers", type=int, help="distinct buyers (rows/25; register: 10000)")
    ap.add_argument("--products", type=int, default=3000, help="distinct products (3000)")
    ap.add_argument("--distinct-buyers", action="store_true", help="every row a different buyer")
    ap.add_argument("--seed", type=int, default=0, help="random seed (0)")
    ap.add_argument(
        "--shape",
        choices=sorted(SHAPES),
        default="crm",
        help="crm: UTF-8 CRM export (default); register: 1C register, cp1251",
    )
    ap.add_argument("-o", "--output", default="orders.csv", help="CSV to write (orders.csv)")
    args = ap.parse_args(argv)
    t0, a = time.perf_counter(), args
    n = write_export(a.output, a.rows, a.buyers, a.products, a.distinct_buyers, a.seed, a.shape)
    print(f"{n} rows written to {a.output} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
