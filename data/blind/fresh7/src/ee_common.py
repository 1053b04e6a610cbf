"""Shared functions for the ee_ generators: check digits and key writers."""
import csv
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(body):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def se_orgnr(prefix6, rnd=None, mid=None):
    """Swedish organisation number NNNNNN-NNNC with Luhn check digit."""
    if mid is None:
        mid = "".join(str(rnd.randint(0, 9)) for _ in range(3))
    body = prefix6 + mid
    return f"{prefix6}-{mid}{luhn_digit(body)}"


def se_personnr(rnd):
    yy = rnd.randint(45, 99)
    mm = rnd.randint(1, 12)
    dd = rnd.randint(1, 28)
    nnn = rnd.randint(100, 999)
    body = f"{yy:02d}{mm:02d}{dd:02d}{nnn:03d}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def se_valid(num):
    digits = num.replace("-", "")
    return luhn_digit(digits[:9]) == digits[9]


def dk_cvr(rnd, first=None):
    w = [2, 7, 6, 5, 4, 3, 2, 1]
    while True:
        d = [first if first else rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(6)]
        s = sum(a * b for a, b in zip(w, d))
        c = (-s) % 11
        if c <= 9:
            return "".join(map(str, d + [c]))


def dk_cvr_valid(num):
    w = [2, 7, 6, 5, 4, 3, 2, 1]
    return len(num) == 8 and sum(int(a) * b for a, b in zip(num, w)) % 11 == 0


def gln13(body12):
    s = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def cz_ico_digit(body7):
    w = [8, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * b for a, b in zip(body7, w)) % 11
    return "1" if r == 0 else ("0" if r == 1 else str(11 - r))


def cz_ico(rnd, first=None):
    body = (first or str(rnd.randint(0, 9))) + "".join(str(rnd.randint(0, 9)) for _ in range(6))
    body = body[:7]
    return body + cz_ico_digit(body)


def cz_ico_valid(num):
    return len(num) == 8 and cz_ico_digit(num[:7]) == num[7]


def cz_rodne(rnd, female=False):
    while True:
        yy = rnd.randint(55, 99)
        mm = rnd.randint(1, 12) + (50 if female else 0)
        dd = rnd.randint(1, 28)
        nnn = rnd.randint(0, 999)
        body = f"{yy:02d}{mm:02d}{dd:02d}{nnn:03d}"
        c = int(body) % 11
        if c < 10:
            return body + str(c)


def pt_nif_digit(body8):
    s = sum(int(a) * b for a, b in zip(body8, range(9, 1, -1)))
    r = s % 11
    return "0" if r < 2 else str(11 - r)


def pt_nif(rnd, prefix):
    body = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(8 - len(prefix)))
    return body + pt_nif_digit(body)


def pt_nif_valid(num):
    return len(num) == 9 and pt_nif_digit(num[:8]) == num[8]


def write_key(id_, key, labels):
    kdir = ROOT / "key"
    kdir.mkdir(parents=True, exist_ok=True)
    with open(kdir / f"{id_}.json", "w", encoding="utf-8") as fh:
        json.dump(key, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    with open(kdir / f"{id_}.labels.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(labels):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])


def dec(x, nd=2):
    """Decimal comma number text."""
    return f"{x:.{nd}f}".replace(".", ",")


def save_xlsx(wb, path):
    """Save a workbook with fixed timestamps so that reruns give identical bytes."""
    import io
    import re
    import zipfile
    import datetime as _dt
    stamp = _dt.datetime(2025, 1, 15, 9, 30, 0)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-01-15T09:30:00Z", data)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 15, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
