"""Shared functions for the ga_ generators (no external state; paths relative to this file)."""
import csv, json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"

B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def gstin_check(first14):
    """GSTIN / UIN check character (mod-36 Luhn variant)."""
    total = 0
    for i, ch in enumerate(first14):
        v = B36.index(ch) * (2 if i % 2 else 1)
        total += v // 36 + v % 36
    return B36[(36 - total % 36) % 36]


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def gb_vat(rng):
    """GB VAT number with valid mod-97 check pair."""
    while True:
        d = [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(8, 1, -1)))
        chk = (-s) % 97
        if chk < 100:
            return "GB" + "".join(map(str, d)) + f"{chk:02d}"


def write_labels(pid, recs):
    KEY.mkdir(exist_ok=True)
    with open(KEY / f"{pid}.labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, r in enumerate(recs):
            w.writerow([i, r["label"], "true" if r["amb"] else "false", r["kind"], r["country"]])


def write_key(pid, obj):
    with open(KEY / f"{pid}.json", "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")
