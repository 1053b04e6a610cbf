"""Shared code for the o_* generators: tax-ID check digits and key writers."""
import csv
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


# ---------- Russia ----------
def ru_inn10(prefix9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d = [int(c) for c in prefix9]
    return prefix9 + str(sum(a * b for a, b in zip(w, d)) % 11 % 10)


def ru_inn12(prefix10):
    d = [int(c) for c in prefix10]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(a * b for a, b in zip(w1, d)) % 11 % 10
    d.append(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(a * b for a, b in zip(w2, d)) % 11 % 10
    return prefix10 + str(c1) + str(c2)


def ru_inn_valid(inn):
    if len(inn) == 10:
        return ru_inn10(inn[:9]) == inn
    if len(inn) == 12:
        return ru_inn12(inn[:10]) == inn
    return False


def rand_inn10(rng, region="66"):
    return ru_inn10(region + "".join(str(rng.randint(0, 9)) for _ in range(7)))


def rand_inn12(rng, region="66"):
    return ru_inn12(region + "".join(str(rng.randint(0, 9)) for _ in range(8)))


def rand_kpp(inn10):
    return inn10[:4] + "01001"


# ---------- Ukraine ----------
def ua_edrpou(prefix7):
    d = [int(c) for c in prefix7]
    n = int(prefix7 + "0")
    if 30000000 <= n < 60000000:
        w = [7, 1, 2, 3, 4, 5, 6]
    else:
        w = [1, 2, 3, 4, 5, 6, 7]
    s = sum(a * b for a, b in zip(w, d)) % 11
    if s == 10:
        s = sum(a * (b + 2) for a, b in zip(d, w)) % 11
        if s == 10:
            s = 0
    return prefix7 + str(s)


def ua_rnokpp(prefix9):
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    d = [int(c) for c in prefix9]
    return prefix9 + str(sum(a * b for a, b in zip(w, d)) % 11 % 10)


def rand_edrpou(rng, lo=20000000, hi=45999999):
    return ua_edrpou(str(rng.randint(lo, hi))[:7])


def rand_rnokpp(rng):
    return ua_rnokpp(str(rng.randint(25000, 38000)) + "".join(str(rng.randint(0, 9)) for _ in range(4)))


# ---------- Kazakhstan ----------
def kz_check(prefix11):
    d = [int(c) for c in prefix11]
    s = sum((i + 1) * x for i, x in enumerate(d)) % 11
    if s == 10:
        w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(a * b for a, b in zip(w, d)) % 11
        if s == 10:
            return None
    return prefix11 + str(s)


def rand_bin(rng, kind="4"):
    """BIN: YYMM + type digit (4 legal entity, 5 branch, 6 joint ИП) + 6 digits + check."""
    while True:
        yy = rng.randint(0, 23)
        mm = rng.randint(1, 12)
        p = f"{yy:02d}{mm:02d}{kind}" + str(rng.choice([0, 1, 2, 4])) + "".join(str(rng.randint(0, 9)) for _ in range(5))
        r = kz_check(p)
        if r:
            return r


def rand_iin(rng, male=None):
    while True:
        yy = rng.randint(60, 99)
        mm = rng.randint(1, 12)
        dd = rng.randint(1, 28)
        if male is None:
            male = rng.random() < 0.5
        g = "3" if male else "4"
        p = f"{yy:02d}{mm:02d}{dd:02d}{g}" + "".join(str(rng.randint(0, 9)) for _ in range(4))
        r = kz_check(p)
        if r:
            return r


# ---------- output ----------
def write_labels(name, rows, with_source=False):
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{name}.labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        head = ["row", "label", "ambiguous", "kind", "country"] + (["source"] if with_source else [])
        w.writerow(head)
        for i, r in enumerate(rows):
            line = [i, r["label"], "true" if r["amb"] else "false", r["kind"], r["country"]]
            if with_source:
                line.append(r.get("source", ""))
            w.writerow(line)


def write_key(name, obj):
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{name}.json", "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def money_ru(x):
    """1234.5 -> '1 234,50' style is avoided in cells; numbers stay numeric in XLSX."""
    return round(x, 2)


def save_xlsx(wb, path, stamp="2025-04-01T09:00:00Z"):
    """Save an openpyxl workbook byte-for-byte reproducibly (fixed document dates and zip times)."""
    import io
    import re
    import zipfile
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = item.external_attr
            zout.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())
