"""Shared helpers for the f_ generators: tax-ID check digits and key writers."""
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent


def nip_pl(rng, first=None):
    """Polish NIP, 10 digits, weights 6,5,7,2,3,4,5,6,7 mod 11 (10 is not allowed)."""
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        if first:
            d[0:len(first)] = [int(c) for c in first]
        c = sum(a * b for a, b in zip(d, w)) % 11
        if c != 10:
            return "".join(map(str, d)) + str(c)


def ico_cz(rng, first=None):
    """Czech IČO, 8 digits, weights 8..2 mod 11."""
    d = [rng.randint(0, 9) for _ in range(7)]
    d[0] = rng.randint(0, 9) if first is None else first
    s = sum(a * b for a, b in zip(d, [8, 7, 6, 5, 4, 3, 2]))
    r = s % 11
    c = 1 if r == 0 else 0 if r == 1 else 11 - r
    return "".join(map(str, d)) + str(c)


def rc_cz(rng, female=False):
    """Czech birth number (10 digits, divisible by 11) used as DIČ of OSVČ."""
    while True:
        yy = rng.randint(60, 99)
        mm = rng.randint(1, 12) + (50 if female else 0)
        dd = rng.randint(1, 28)
        base = int(f"{yy:02d}{mm:02d}{dd:02d}{rng.randint(0, 999):03d}")
        c = (base % 11) % 10
        n = base * 10 + c
        if n % 11 == 0:
            return f"{n:010d}"


def nif_pt(rng, prefix="5"):
    """Portuguese NIF/NIPC, 9 digits, weights 9..2, check = 11 - s mod 11 (>=10 -> 0)."""
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8 - len(prefix)))
    s = sum(int(a) * b for a, b in zip(body, range(9, 1, -1)))
    c = 11 - s % 11
    c = 0 if c >= 10 else c
    return body + str(c)


def orgnr_no(rng, first="9"):
    """Norwegian organisasjonsnummer, 9 digits, mod-11 with weights 3,2,7,6,5,4,3,2."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        body = first + "".join(str(rng.randint(0, 9)) for _ in range(7))
        s = sum(int(a) * b for a, b in zip(body, w))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return body + str(c)


def write_labels(lid, rows, with_source=False):
    p = OUT / "key" / f"{lid}.labels.csv"
    with open(p, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        head = ["row", "label", "ambiguous", "kind", "country"] + (["source"] if with_source else [])
        w.writerow(head)
        for i, r in enumerate(rows):
            w.writerow([i, r["label"], "true" if r["amb"] else "false", r["kind"], r["country"]])


def write_key(lid, key):
    p = OUT / "key" / f"{lid}.json"
    p.write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def save_xlsx(wb, path):
    """Save an openpyxl workbook with fixed document dates and zip timestamps (byte-reproducible)."""
    import io
    import re
    import zipfile
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-07-01T08:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
