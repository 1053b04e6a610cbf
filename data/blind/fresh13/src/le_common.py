"""Shared helpers for the le_* generators (check digits, key and label writers).

Every generator imports this module from its own folder; paths are relative to
this file, never absolute.
"""
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEYS = ROOT / "key"


# ---------------------------------------------------------------- check digits
def luhn_digit(body: str) -> str:
    """Luhn check digit for the digit string `body` (Swedish org/person numbers)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def cvr_ok(cvr: str) -> bool:
    w = [2, 7, 6, 5, 4, 3, 2, 1]
    return len(cvr) == 8 and sum(int(c) * x for c, x in zip(cvr, w)) % 11 == 0


def make_cvr(rng, first=None) -> str:
    """Random Danish CVR number with a valid modulus-11 check."""
    w = [2, 7, 6, 5, 4, 3, 2]
    while True:
        body = (str(first) if first else str(rng.randint(1, 4))) + "".join(
            str(rng.randint(0, 9)) for _ in range(6))
        s = sum(int(c) * x for c, x in zip(body, w))
        last = (-s) % 11
        if last < 10:
            return body + str(last)


def gln_digit(body12: str) -> str:
    """GS1 check digit for a 13-digit GLN/EAN location number."""
    s = 0
    for i, ch in enumerate(reversed(body12)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def ico_digit(body7: str) -> str:
    """Check digit of a Czech IČO (weights 8..2, modulus 11)."""
    s = sum(int(c) * w for c, w in zip(body7, range(8, 1, -1)))
    r = s % 11
    return "1" if r == 0 else ("0" if r == 1 else str(11 - r))


def ico_ok(ico: str) -> bool:
    return len(ico) == 8 and ico_digit(ico[:7]) == ico[7]


def make_ico(rng, prefix="") -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(7 - len(prefix)))
    return body + ico_digit(body)


def pl_bank_code(prefix7: str) -> str:
    """Polish 8-digit bank sort code: 7 digits + check (weights 3,9,7,1,3,9,7)."""
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(c) * x for c, x in zip(prefix7, w))
    return prefix7 + str((10 - s % 10) % 10)


def pl_nrb(rng, bank_prefix7: str) -> str:
    """Polish NRB account number (26 digits) with valid IBAN check digits, grouped as banks print it."""
    bank = pl_bank_code(bank_prefix7)
    acct = "".join(str(rng.randint(0, 9)) for _ in range(16))
    bban = bank + acct
    num = int(bban + "2521" + "00")  # P=25 L=21
    check = 98 - num % 97
    nrb = f"{check:02d}" + bban
    return nrb[:2] + " " + " ".join(nrb[i:i + 4] for i in range(2, 26, 4))


def nip_ok(nip: str) -> bool:
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    s = sum(int(c) * x for c, x in zip(nip[:9], w)) % 11
    return s != 10 and s == int(nip[9])


def make_nip(rng) -> str:
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        s = sum(int(c) * x for c, x in zip(body, w)) % 11
        if s != 10:
            return body + str(s)


# ---------------------------------------------------------------- writers
def write_labels(layout_id: str, rows):
    """rows: list of dicts with label, ambiguous, kind, country (row index added here)."""
    path = KEYS / f"{layout_id}.labels.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, r in enumerate(rows):
            w.writerow([i, r["label"], "true" if r["ambiguous"] else "false", r["kind"], r["country"]])
    return path


def write_key(layout_id: str, key: dict):
    path = KEYS / f"{layout_id}.json"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path


def freeze_xlsx(path, stamp="2024-10-31T16:05:12Z"):
    """Make a saved XLSX byte-reproducible: fixed modified time and fixed zip entry dates."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 10, 31, 16, 5, 12))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
