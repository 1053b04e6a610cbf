"""Shared helpers for the je_* generators: check digits, money formats, key files.

Every generator imports this module from its own folder; all paths are relative
to the generator's folder (pathlib + __file__).
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEYS = ROOT / "key"


# ---------------------------------------------------------------- check digits
def iban_check(country: str, bban: str) -> str:
    """Two IBAN check digits for a country code and a numeric/alpha BBAN."""
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def pl_sort_code(bank3: str, branch4: str) -> str:
    """Polish 8-digit bank sort code: 3 bank + 4 branch + check digit (weights 3,9,7,1,3,9,7)."""
    d = bank3 + branch4
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(d, w))
    return d + str((10 - s % 10) % 10)


def pl_nrb(rng, bank3: str) -> str:
    """26-digit Polish NRB with valid IBAN check digits and a valid sort-code check digit."""
    sort = pl_sort_code(bank3, f"{rng.randint(0, 9999):04d}")
    acc = "".join(str(rng.randint(0, 9)) for _ in range(16))
    bban = sort + acc
    return iban_check("PL", bban) + bban


def pl_nip(first9: str) -> str | None:
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    return None if c == 10 else first9 + str(c)


def cz_ico(first7: str) -> str:
    """Czech IČO: weights 8..2, c = (11 - sum%11) with 10->0, 11->1."""
    s = sum(int(a) * w for a, w in zip(first7, range(8, 1, -1)))
    r = s % 11
    c = 1 if r == 0 else 0 if r == 1 else 11 - r
    return first7 + str(c)


def cz_ico_valid(ico: str) -> bool:
    return len(ico) == 8 and cz_ico(ico[:7]) == ico


def no_account(rng, bank4: str) -> str:
    """Norwegian 11-digit account number with MOD11 check digit."""
    while True:
        body = bank4 + "".join(str(rng.randint(0, 9)) for _ in range(6))
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = sum(int(a) * b for a, b in zip(body, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return body + str(c)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def fi_iban(rng, bank_prefix: str) -> str:
    """Finnish IBAN: 14-digit BBAN whose last digit is a Luhn check digit."""
    body = bank_prefix + "".join(str(rng.randint(0, 9)) for _ in range(13 - len(bank_prefix)))
    bban = body + luhn_digit(body)
    return "FI" + iban_check("FI", bban) + bban


def fi_reference(base: str) -> str:
    """Finnish domestic payment reference: base + 7-3-1 check digit."""
    w = [7, 3, 1]
    s = sum(int(d) * w[i % 3] for i, d in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- money formats
def fmt_space_comma(x: float) -> str:
    """1234.5 -> '1 234,50' (Polish bank style)."""
    neg = x < 0
    s = f"{abs(x):,.2f}".replace(",", " ").replace(".", ",")
    return ("-" if neg else "") + s


def fmt_comma(x: float, decimals: int = 2) -> str:
    """1234.5 -> '1234,50'."""
    return f"{x:.{decimals}f}".replace(".", ",")


# ---------------------------------------------------------------- key files
def write_labels(id_: str, rows: list[dict], with_source: bool = False) -> None:
    KEYS.mkdir(parents=True, exist_ok=True)
    cols = ["row", "label", "ambiguous", "kind", "country"] + (["source"] if with_source else [])
    with open(KEYS / f"{id_}.labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for i, r in enumerate(rows):
            w.writerow([i, r["label"], "true" if r["amb"] else "false", r["kind"], r["country"]]
                       + ([r.get("source", "")] if with_source else []))


def write_key(id_: str, key: dict) -> None:
    KEYS.mkdir(parents=True, exist_ok=True)
    with open(KEYS / f"{id_}.json", "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")
