"""Shared helpers for the la_* generators (seeded, no external data)."""
import csv
import io
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


def ensure_dirs():
    LAYOUTS.mkdir(parents=True, exist_ok=True)
    KEY.mkdir(parents=True, exist_ok=True)


def write_csv(path, header, rows, bom=False, delimiter=",", quoting=csv.QUOTE_MINIMAL,
              lineterminator="\r\n", encoding="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator=lineterminator)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    Path(path).write_bytes(data)


def write_labels(path, labels):
    """labels: list of dicts with label, ambiguous, kind, country (row is the index)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["row", "label", "ambiguous", "kind", "country"])
    for i, l in enumerate(labels):
        w.writerow([i, l["label"], "true" if l["ambiguous"] else "false", l["kind"], l["country"]])
    Path(path).write_text(buf.getvalue(), encoding="utf-8")


def write_key(path, key):
    Path(path).write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def money(x):
    return f"{x:.2f}"
