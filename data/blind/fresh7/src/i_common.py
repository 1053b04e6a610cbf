"""Shared bits for the i_ generators: output folders, key and labels writers."""
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"
LAYOUTS.mkdir(exist_ok=True)
KEY.mkdir(exist_ok=True)


def write_labels(layout_id, rows):
    """rows: list of (label, ambiguous, kind, country) in record order."""
    with open(KEY / f"{layout_id}.labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(rows):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])


def write_key(layout_id, obj):
    with open(KEY / f"{layout_id}.json", "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")
