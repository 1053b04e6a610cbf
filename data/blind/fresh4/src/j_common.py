"""Shared functions for the j_* generators: tax-ID check digits, order model, key writers."""
import csv
import datetime as dt
import json
import pathlib
import random

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


# ---------------------------------------------------------------- tax IDs
def ru_inn10(rng, region="66"):
    while True:
        d = [int(c) for c in region] + [rng.randint(0, 9) for _ in range(7)]
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        c = sum(a * b for a, b in zip(d, w)) % 11 % 10
        return "".join(map(str, d + [c]))


def ru_inn12(rng, region="66"):
    d = [int(c) for c in region] + [rng.randint(0, 9) for _ in range(8)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(a * b for a, b in zip(d, w1)) % 11 % 10
    d.append(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(a * b for a, b in zip(d, w2)) % 11 % 10
    d.append(c2)
    return "".join(map(str, d))


def _kz_check(d11):
    w1 = list(range(1, 12))
    s = sum(a * b for a, b in zip(d11, w1)) % 11
    if s == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(a * b for a, b in zip(d11, w2)) % 11
        if s == 10:
            return None
    return s


def kz_bin(rng, yy=None, mm=None, typ=4, attr=0):
    """BIN: YYMM + type(4 resident LE, 5 non-resident, 6 IP(S)) + attribute + 5 serial + check."""
    while True:
        y = yy if yy is not None else rng.randint(0, 22)
        m = mm if mm is not None else rng.randint(1, 12)
        s = f"{y % 100:02d}{m:02d}{typ}{attr}" + "".join(str(rng.randint(0, 9)) for _ in range(5))
        c = _kz_check([int(x) for x in s])
        if c is not None:
            return s + str(c)


def kz_iin(rng, year=None, male=None):
    while True:
        y = year or rng.randint(1958, 2003)
        mal = rng.random() < 0.5 if male is None else male
        d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
        cent = (3 if mal else 4) if y < 2000 else (5 if mal else 6)
        s = d.strftime("%y%m%d") + str(cent) + "".join(str(rng.randint(0, 9)) for _ in range(4))
        c = _kz_check([int(x) for x in s])
        if c is not None:
            return s + str(c)


def ua_edrpou(rng, first=None):
    while True:
        head = [int(first)] if first else [rng.choice([2, 3, 4])]
        d = head + [rng.randint(0, 9) for _ in range(6)]
        num = int("".join(map(str, d)) + "0")
        if num < 30000000 or num > 60000000:
            w1, w2 = [1, 2, 3, 4, 5, 6, 7], [3, 4, 5, 6, 7, 8, 9]
        else:
            w1, w2 = [7, 1, 2, 3, 4, 5, 6], [9, 3, 4, 5, 6, 7, 8]
        s = sum(a * b for a, b in zip(d, w1)) % 11
        if s == 10:
            s = sum(a * b for a, b in zip(d, w2)) % 11
            if s == 10:
                s = 0
        return "".join(map(str, d + [s]))


def ua_rnokpp(rng, year=None, male=None):
    y = year or rng.randint(1960, 2002)
    birth = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    days = (birth - dt.date(1899, 12, 31)).days
    mal = rng.random() < 0.5 if male is None else male
    d = [int(c) for c in f"{days:05d}"] + [rng.randint(0, 9) for _ in range(3)]
    sexd = rng.choice([1, 3, 5, 7, 9]) if mal else rng.choice([0, 2, 4, 6, 8])
    d.append(sexd)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    c = sum(a * b for a, b in zip(d, w)) % 11 % 10
    return "".join(map(str, d + [c]))


def pl_nip(rng, prefix=None):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        p = prefix or rng.choice(["521", "522", "525", "113", "951", "676", "779", "894", "583", "712"])
        d = [int(c) for c in p] + [rng.randint(0, 9) for _ in range(6)]
        s = sum(a * b for a, b in zip(d, w)) % 11
        if s != 10:
            return "".join(map(str, d + [s]))


# ---------------------------------------------------------------- orders
def O(label, amb, kind, country, lines, **buyer):
    """One order/receipt: lines = [(product, qty)], buyer fields free-form."""
    return dict(label=label, amb=amb, kind=kind, country=country, lines=lines, **buyer)


def write_key(idd, meta, label_rows, name_probe=False):
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{idd}.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
    with open(KEY / f"{idd}.labels.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(label_rows):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])


def timestamps(rng, n, start, end, open_h=9, close_h=20):
    """n sorted datetimes between start and end dates during shop hours."""
    span = (end - start).days + 1
    out = []
    for _ in range(n):
        day = start + dt.timedelta(days=rng.randrange(span))
        t = dt.datetime.combine(day, dt.time(rng.randint(open_h, close_h - 1), rng.randint(0, 59), rng.randint(0, 59)))
        out.append(t)
    return sorted(out)


def ru_money(x):
    return f"{x:,.2f}".replace(",", " ").replace(".", ",")


def normalize_xlsx(path, stamp="2025-04-01T09:00:00Z"):
    """Rewrite an openpyxl xlsx with fixed zip timestamps and core-property dates, so reruns are byte-identical."""
    import re
    import zipfile
    path = str(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", lambda m: m.group(1) + stamp.encode() + m.group(3), data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
