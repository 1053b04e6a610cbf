"""Shared engine for writer A's blind layouts (de_/it_/fr_/es_/us_/gb_/pl_ files).

A buyer is a dict with name, kind, label, amb, country and optional attributes;
an order is a list of lines drawn from a product catalogue. Every layout module
turns orders into the rows of its real export format and writes the key.
"""
import csv, json, os, random, datetime as dt

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAY = os.path.join(BASE, "layouts")
KEY = os.path.join(BASE, "key")


def B(name, kind, label, amb, country, n=1, prod="biz", **kw):
    d = dict(name=name, kind=kind, label=label, amb=amb, country=country, n=n, prod=prod)
    d.update(kw)
    return d


def make_orders(R, buyers, catalog, start, days, lines_range=(1, 3), boost=0):
    """catalog: dict category -> list of (name, sku, unit_price, unit)."""
    orders = []
    for b in buyers:
        for k in range(b["n"] + (boost if b["n"] >= 2 else 0)):
            if "items" in b:  # explicit lines: list of (product_name, qty)
                lines = []
                for pname, q in b["items"]:
                    p = find(catalog, pname)
                    lines.append(dict(p=p, qty=q))
            else:
                cats = b["prod"].split("+")
                nl = b.get("lines") or R.randint(*lines_range)
                lines = []
                used = set()
                for i in range(nl):
                    cat = cats[i % len(cats)] if i < len(cats) else R.choice(cats)
                    for _ in range(10):
                        p = R.choice(catalog[cat])
                        if p[0] not in used:
                            break
                    used.add(p[0])
                    if b.get("qty") is not None:
                        q = b["qty"]
                    elif b["label"] == "B2C":
                        q = R.choice([1, 1, 1, 2])
                    elif cat in ("house",):
                        q = 1
                    elif cat == "service":
                        q = R.choice([1, 2, 3, 4, 6, 8])
                    else:
                        q = R.choice([1, 2, 2, 3, 4, 5, 5, 10, 10, 12, 20, 25])
                    lines.append(dict(p=p, qty=q))
            date = start + dt.timedelta(days=R.randrange(days))
            orders.append(dict(b=b, lines=lines, date=date, k=k))
    orders.sort(key=lambda o: o["date"])
    return orders


def find(catalog, pname):
    for cat in catalog.values():
        for p in cat:
            if p[0] == pname:
                return p
    raise KeyError(pname)


def write_key(lid, meta, labels):
    with open(os.path.join(KEY, lid + ".json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
    with open(os.path.join(KEY, lid + ".labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(labels):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])


def de_num(x, thousands=True):
    s = f"{x:,.2f}"
    if not thousands:
        s = s.replace(",", "")
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def nip_valid(R):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        c = sum(a * b for a, b in zip(d, w)) % 11
        if c < 10:
            return "".join(map(str, d + [c]))


def piva_valid(R):
    d = [R.randint(0, 9) for _ in range(7)] + [R.randint(0, 9) for _ in range(3)]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 0:
            s += x
        else:
            y = x * 2
            s += y - 9 if y > 9 else y
    c = (10 - s % 10) % 10
    return "".join(map(str, d)) + str(c)


def dni(R):
    n = R.randint(10000000, 79999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def digits(R, n, first=None):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first:
        s = first + s[len(first):]
    return s
