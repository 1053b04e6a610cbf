"""Shared functions for the k_* generators (prefix k). Paths relative to this file."""
import csv, json, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


def B(name, label, kind, country, amb=False, email="", pool="biz", note="", extra=None):
    """A buyer profile."""
    d = dict(name=name, label=label, kind=kind, country=country, amb=amb, email=email,
             pool=pool, note=note)
    if extra:
        d.update(extra)
    return d


def write_labels(lid, rows):
    """rows: list of (label, ambiguous, kind, country)."""
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{lid}.labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(rows):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])


def write_key(lid, key):
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{lid}.json", "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")
