"""Shared functions for the gd_ generators (check digits, writing keys)."""
import csv
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
LAYOUTS = OUT / "layouts"
KEY = OUT / "key"


def ru_inn10(rng, region="77"):
    d = [int(c) for c in region] + [rng.randint(0, 9) for _ in range(7)]
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w)) % 11 % 10)
    return "".join(map(str, d))


def ru_inn12(rng, region="77"):
    d = [int(c) for c in region] + [rng.randint(0, 9) for _ in range(8)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def ua_edrpou(rng, first=None):
    while True:
        d = [first if first is not None else rng.randint(0, 4)] + [rng.randint(0, 9) for _ in range(6)]
        n = int("".join(map(str, d)) + "0")
        if 30000000 <= n < 60000000:
            w = [7, 1, 2, 3, 4, 5, 6]
        else:
            w = [1, 2, 3, 4, 5, 6, 7]
        s = sum(a * b for a, b in zip(d, w)) % 11
        if s >= 10:
            s = sum(a * (b + 2) for a, b in zip(d, w)) % 11
            if s >= 10:
                s = 0
        return "".join(map(str, d + [s]))


def ua_rnokpp(rng):
    d = [rng.randint(2, 3)] + [rng.randint(0, 9) for _ in range(8)]
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    d.append(sum(a * b for a, b in zip(d, w)) % 11 % 10)
    return "".join(map(str, d))


def md_idno(rng, prefix="100"):
    d = [int(c) for c in prefix] + [rng.randint(0, 9) for _ in range(12 - len(prefix))]
    w = [7, 3, 1] * 4
    d.append(sum(a * b for a, b in zip(d, w)) % 10)
    return "".join(map(str, d))


def write_key(id_, meta, labels):
    """labels: list of (label, ambiguous, kind, country) per record."""
    KEY.mkdir(exist_ok=True)
    (KEY / f"{id_}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    with open(KEY / f"{id_}.labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(labels):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])


def save_xlsx(wb, path):
    """Save a workbook byte-for-byte reproducibly (fixed core-property times and zip entry times)."""
    import datetime
    import io
    import zipfile
    import re
    fixed = datetime.datetime(2025, 1, 15, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-15T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())
