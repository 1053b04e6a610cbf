"""Shared functions for the h_* generators (prefix h). Paths are relative to this file."""
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"
LAYOUTS.mkdir(parents=True, exist_ok=True)
KEY.mkdir(parents=True, exist_ok=True)


# ---------------------------------------------------------------- check digits
def luhn_check_digit(digits9: str) -> int:
    """Swedish organisationsnummer / personnummer: Luhn over the first 9 digits."""
    total = 0
    for i, ch in enumerate(digits9):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def se_orgnr(first9: str) -> str:
    """Return NNNNNN-NNNN with a valid Luhn check digit."""
    assert len(first9) == 9 and first9.isdigit()
    full = first9 + str(luhn_check_digit(first9))
    return full[:6] + "-" + full[6:]


def se_orgnr_valid(orgnr: str) -> bool:
    d = orgnr.replace("-", "")
    return len(d) == 10 and luhn_check_digit(d[:9]) == int(d[9])


CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1]


def cvr_valid(cvr: str) -> bool:
    d = cvr.replace(" ", "")
    if len(d) != 8 or not d.isdigit() or d[0] == "0":
        return False
    return sum(int(a) * w for a, w in zip(d, CVR_WEIGHTS)) % 11 == 0


def cvr_from7(first7: str):
    """Complete 7 digits to a valid CVR, or None when the check digit would be 10."""
    s = sum(int(a) * w for a, w in zip(first7, CVR_WEIGHTS[:7]))
    c = (-s) % 11
    if c == 10:
        return None
    return first7 + str(c)


def random_cvr(rng) -> str:
    while True:
        first7 = str(rng.randint(1, 4)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
        c = cvr_from7(first7)
        if c:
            return c


def gs1_check_digit(body12: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body12)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def gln(body12: str) -> str:
    return body12 + str(gs1_check_digit(body12))


def gln_valid(code: str) -> bool:
    return len(code) == 13 and code.isdigit() and gs1_check_digit(code[:12]) == int(code[12])


# ---------------------------------------------------------------- key files
def write_labels(layout_id: str, rows):
    """rows: list of dicts with label, ambiguous, kind, country (in record order)."""
    path = KEY / f"{layout_id}.labels.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, r in enumerate(rows):
            w.writerow([i, r["label"], "true" if r["ambiguous"] else "false", r["kind"], r["country"]])
    return path


def write_key(layout_id: str, key: dict):
    path = KEY / f"{layout_id}.json"
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(key, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return path
