"""Shared helpers for the ha_ generators (seeded, no network, no project code)."""
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEYS = ROOT / "key"


def ensure_dirs():
    LAYOUTS.mkdir(parents=True, exist_ok=True)
    KEYS.mkdir(parents=True, exist_ok=True)


def write_labels(layout_id, rows):
    """rows: list of (label, ambiguous, kind, country) in record order."""
    path = KEYS / f"{layout_id}.labels.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, country) in enumerate(rows):
            w.writerow([i, lab, "true" if amb else "false", kind, country])
    return path


def write_key(layout_id, key):
    path = KEYS / f"{layout_id}.json"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path


def money(x):
    return round(x + 1e-9, 2)


def summary(layout_id, rows):
    from collections import Counter
    c = Counter(r[0] for r in rows)
    amb = sum(1 for r in rows if r[1])
    print(f"{layout_id}: {len(rows)} records, {dict(c)}, ambiguous={amb}")


def normalize_xlsx(path):
    """Rewrite an .xlsx with fixed zip timestamps so reruns are byte-identical."""
    import zipfile
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    import re
    items = [(n, re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                        rb"<dcterms:modified\1>2024-07-01T09:14:00Z</dcterms:modified>", d))
             if n == "docProps/core.xml" else (n, d) for n, d in items]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 7, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
