"""Shared helpers for the hd_* generators: identifier check digits, IBANs, output paths.

Every generator seeds its own random.Random, so rerunning rebuilds identical files.
"""
from pathlib import Path
import csv
import json
import uuid

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


# ----------------------------------------------------------------- Russia
def ru_inn10(rng, region="77"):
    """10-digit organisation INN with a valid check digit."""
    while True:
        body = region + "".join(str(rng.randint(0, 9)) for _ in range(7))
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        c = sum(int(d) * k for d, k in zip(body, w)) % 11 % 10
        return body + str(c)


def ru_inn12(rng, region="77"):
    """12-digit INN of a person / sole proprietor with valid check digits."""
    body = region + "".join(str(rng.randint(0, 9)) for _ in range(8))
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(d) * k for d, k in zip(body, w1)) % 11 % 10
    body += str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(d) * k for d, k in zip(body, w2)) % 11 % 10
    return body + str(c2)


def ru_inn_ok(inn):
    inn = str(inn)
    if len(inn) == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return sum(int(d) * k for d, k in zip(inn, w)) % 11 % 10 == int(inn[9])
    if len(inn) == 12:
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        return (sum(int(d) * k for d, k in zip(inn, w1)) % 11 % 10 == int(inn[10]) and
                sum(int(d) * k for d, k in zip(inn, w2)) % 11 % 10 == int(inn[11]))
    return False


# ----------------------------------------------------------------- Kazakhstan
def kz_check(body11):
    w1 = list(range(1, 12))
    s = sum(int(d) * k for d, k in zip(body11, w1)) % 11
    if s == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(int(d) * k for d, k in zip(body11, w2)) % 11
        if s == 10:
            return None
    return str(s)


def kz_bin(rng, year=None, kind="40"):
    """BIN: YYMM + entity kind (4x legal entity resident, 0 head office, 1 branch) + serial + check."""
    while True:
        yy = year if year is not None else rng.randint(0, 24)
        body = f"{yy % 100:02d}{rng.randint(1, 12):02d}{kind}" + "".join(str(rng.randint(0, 9)) for _ in range(5))
        c = kz_check(body)
        if c is not None:
            return body + c


def kz_iin(rng, female=None, y0=1960, y1=2003):
    while True:
        y = rng.randint(y0, y1)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        if female is None:
            female = rng.random() < 0.5
        cent = (3 if y < 2000 else 5) + (1 if female else 0)
        body = f"{y % 100:02d}{m:02d}{d:02d}{cent}" + "".join(str(rng.randint(0, 9)) for _ in range(4))
        c = kz_check(body)
        if c is not None:
            return body + c


# ----------------------------------------------------------------- Ukraine
def ua_edrpou(rng, first=None):
    while True:
        if first is None:
            body = "".join(str(rng.randint(0, 9)) for _ in range(7))
        else:
            body = first + "".join(str(rng.randint(0, 9)) for _ in range(7 - len(first)))
        v = int(body + "0")
        if v < 30000000 or v > 60000000:
            w, w2 = [1, 2, 3, 4, 5, 6, 7], [3, 4, 5, 6, 7, 8, 9]
        else:
            w, w2 = [7, 1, 2, 3, 4, 5, 6], [9, 3, 4, 5, 6, 7, 8]
        s = sum(int(d) * k for d, k in zip(body, w)) % 11
        if s >= 10:
            s = sum(int(d) * k for d, k in zip(body, w2)) % 11
        return body + str(s % 10)


def ua_rnokpp(rng, male=None):
    """10-digit РНОКПП: 5 digits days since 31.12.1899, 3 serial digits, sex digit (odd = male), check."""
    days = rng.randint(22000, 37000)  # births ~1960..2001
    if male is None:
        male = rng.random() < 0.5
    d9 = rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = f"{days:05d}{rng.randint(0, 999):03d}{d9}"
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    c = sum(int(d) * k for d, k in zip(body, w)) % 11 % 10
    return body + str(c)


def iban(country, bban):
    """Compute the two IBAN check digits for country + BBAN (letters allowed)."""
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    cd = 98 - int(num) % 97
    return f"{country}{cd:02d}{bban}"


def ua_iban(rng, mfo, prefix=""):
    acc = prefix + "".join(str(rng.randint(0, 9)) for _ in range(19 - len(prefix)))
    return iban("UA", f"{mfo}{acc}")


def kz_iik(rng, bank3, middle=""):
    rest = middle + "".join(str(rng.randint(0, 9)) for _ in range(13 - len(middle)))
    return iban("KZ", f"{bank3}{rest}")


# ----------------------------------------------------------------- Czechia
def cz_ico(rng, first=None):
    body = (first or "") + "".join(str(rng.randint(0, 9)) for _ in range(7 - len(first or "")))
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * k for d, k in zip(body, w)) % 11
    return body + str((11 - s) % 10)


def cz_account(rng, length=10, prefix=None):
    """Czech account base number passing the mod-11 test (weights 6,3,7,9,10,5,8,4,2,1)."""
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    while True:
        n = str(rng.randint(10 ** (length - 1), 10 ** length - 1)).zfill(10)
        if sum(int(d) * k for d, k in zip(n, w)) % 11 == 0:
            base = n.lstrip("0")
            if prefix:
                return f"{prefix}-{base}"
            return base


def cz_prefix(rng):
    w = [10, 5, 8, 4, 2, 1]
    while True:
        n = str(rng.randint(1, 999999)).zfill(6)
        if sum(int(d) * k for d, k in zip(n, w)) % 11 == 0:
            return n.lstrip("0")


# ----------------------------------------------------------------- misc
def seeded_uuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def write_labels(layout_id, rows):
    """rows: list of dicts with label, ambiguous, kind, country (in record order)."""
    path = KEY / f"{layout_id}.labels.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, r in enumerate(rows):
            w.writerow([i, r["label"], "true" if r["amb"] else "false", r["kind"], r["country"]])
    return path


def write_key(layout_id, data):
    path = KEY / f"{layout_id}.json"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path


def summary(layout_id, rows):
    from collections import Counter
    c = Counter(r["label"] for r in rows)
    a = sum(1 for r in rows if r["amb"])
    print(f"{layout_id}: {len(rows)} records, {dict(c)}, ambiguous={a} ({a / len(rows):.0%})")


def freeze_xlsx(path, stamp="2025-07-01T10:12:00Z"):
    """Make an openpyxl-written .xlsx byte-reproducible: fixed zip entry times and docProps dates."""
    import re
    import zipfile
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", r"\g<1>" + stamp + r"\3", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2025, 7, 1, 10, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
