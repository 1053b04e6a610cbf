"""Shared helpers for the lc_* generators (tax-ID check digits, paths, key writing).

Every generator imports this module from its own folder; nothing here reads
anything outside the fresh13 folder.
"""
from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


# ---------------------------------------------------------------- Italy
def it_piva(body7: str, office3: str) -> str:
    """Italian partita IVA / numeric codice fiscale: 10 digits + Luhn-like check."""
    s = body7 + office3
    assert len(s) == 10 and s.isdigit()
    tot = 0
    for i, ch in enumerate(s):
        d = int(ch)
        if i % 2 == 0:
            tot += d
        else:
            d2 = d * 2
            tot += d2 - 9 if d2 > 9 else d2
    return s + str((10 - tot % 10) % 10)


def it_num_cf(prefix: str, rnd) -> str:
    """Numeric codice fiscale of an entity (schools 9..., bodies 80...)."""
    body = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(10 - len(prefix)))
    return it_piva(body[:7], body[7:])


_ODD = {'0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
        'A': 1, 'B': 0, 'C': 5, 'D': 7, 'E': 9, 'F': 13, 'G': 15, 'H': 17, 'I': 19, 'J': 21,
        'K': 2, 'L': 4, 'M': 18, 'N': 20, 'O': 11, 'P': 3, 'Q': 6, 'R': 8, 'S': 12, 'T': 14,
        'U': 16, 'V': 10, 'W': 22, 'X': 25, 'Y': 24, 'Z': 23}


def _strip(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalpha() and ord(c) < 128).upper()


def _cons(s):
    return [c for c in s if c not in "AEIOU"]


def _vow(s):
    return [c for c in s if c in "AEIOU"]


def it_cf_person(surname: str, name: str, year: int, month: int, day: int,
                 female: bool, comune: str) -> str:
    sn = _strip(surname)
    nm = _strip(name)
    s3 = (_cons(sn) + _vow(sn) + ["X"] * 3)[:3]
    c = _cons(nm)
    if len(c) >= 4:
        n3 = [c[0], c[2], c[3]]
    else:
        n3 = (c + _vow(nm) + ["X"] * 3)[:3]
    code = "".join(s3) + "".join(n3) + f"{year % 100:02d}" + "ABCDEHLMPRST"[month - 1]
    code += f"{day + 40 if female else day:02d}" + comune
    tot = 0
    for i, ch in enumerate(code):
        if i % 2 == 0:
            tot += _ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return code + chr(65 + tot % 26)


# ---------------------------------------------------------------- Spain
def es_cif(letter: str, prov2: str, body5: str) -> str:
    digits = prov2 + body5
    assert len(digits) == 7
    even = sum(int(digits[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        d = int(digits[i]) * 2
        odd += d // 10 + d % 10
    c = (10 - (even + odd) % 10) % 10
    if letter in "KPQRSNW":
        ctrl = "JABCDEFGHI"[c]
    else:
        ctrl = str(c)
    return letter + digits + ctrl


def es_dni(num8: int) -> str:
    return f"{num8:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[num8 % 23]


# ---------------------------------------------------------------- Portugal
def pt_nif(prefix: str, rnd) -> str:
    body = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(8 - len(prefix)))
    tot = sum(int(body[i]) * (9 - i) for i in range(8))
    chk = 11 - tot % 11
    if chk >= 10:
        chk = 0
    return body + str(chk)


def pt_nif_valid(n: str) -> bool:
    if len(n) != 9 or not n.isdigit():
        return False
    tot = sum(int(n[i]) * (9 - i) for i in range(8))
    chk = 11 - tot % 11
    if chk >= 10:
        chk = 0
    return chk == int(n[8])


# ---------------------------------------------------------------- output
def write_key(layout_id: str, meta: dict, labels: list[dict]) -> None:
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{layout_id}.json", "w", encoding="utf-8", newline="\n") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    with open(KEY / f"{layout_id}.labels.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, lab in enumerate(labels):
            w.writerow([i, lab["label"], "true" if lab["amb"] else "false", lab["kind"], lab["country"]])


def strip_accents_upper(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()
