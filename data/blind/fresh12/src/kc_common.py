"""Shared helpers for the kc_ generators (seeded, no external data).

All paths are relative to this file's folder: the set root is its parent.
"""
import csv
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


def rng(seed):
    return random.Random(seed)


# ---------------------------------------------------------------- tax IDs
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(num):
    """Spanish DNI: 8 digits + control letter (mod 23)."""
    return f"{num:08d}{DNI_LETTERS[num % 23]}"


def es_nie(prefix, num):
    """Spanish NIE: X/Y/Z + 7 digits + letter; X=0, Y=1, Z=2 for the check."""
    lead = {"X": "0", "Y": "1", "Z": "2"}[prefix]
    n = int(lead + f"{num:07d}")
    return f"{prefix}{num:07d}{DNI_LETTERS[n % 23]}"


def es_cif(letter, seven):
    """Spanish CIF/NIF of an entity: letter + 7 digits + control.

    Control: sum of digits in even positions + digit-sum of doubled odd
    positions; d = (10 - s % 10) % 10. P, Q, R, S, N, W take a letter
    (JABCDEFGHI[d]); A, B, E, H take the digit; the rest take the digit too.
    """
    digits = f"{seven:07d}"
    s = 0
    for i, ch in enumerate(digits):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            s += v // 10 + v % 10
        else:
            s += v
    d = (10 - s % 10) % 10
    if letter in "PQRSNW":
        ctrl = "JABCDEFGHI"[d]
    else:
        ctrl = str(d)
    return f"{letter}{digits}{ctrl}"


def es_cif_valid(cif):
    return es_cif(cif[0], int(cif[1:8])) == cif


def pt_nif(eight):
    """Portuguese NIF/NIPC: 8 digits + mod-11 check digit (weights 9..2)."""
    digits = f"{eight:08d}"
    s = sum(int(c) * w for c, w in zip(digits, range(9, 1, -1)))
    r = 11 - s % 11
    if r >= 10:
        r = 0
    return digits + str(r)


# ---------------------------------------------------------------- output
def write_labels(path, rows, with_source=False):
    """rows: list of dicts row,label,ambiguous,kind,country(,source)."""
    cols = ["row", "label", "ambiguous", "kind", "country"]
    if with_source:
        cols.append("source")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([r["row"], r["label"], "true" if r["ambiguous"] else "false",
                        r["kind"], r["country"]] + ([r.get("source", "")] if with_source else []))


def write_key(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def money(x):
    return round(x + 1e-9, 2)


def de_vat(eight):
    """German USt-IdNr: DE + 8 digits + ISO 7064 MOD 11,10 check digit."""
    digits = f"{eight:08d}"
    product = 10
    for ch in digits:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return f"DE{digits}{check}"


def nl_vat(eight):
    """Dutch BTW-id of a company: NL + 9 digits (mod-11, weights 9..2) + B01; None if check is 10."""
    digits = f"{eight:08d}"
    s = sum(int(c) * w for c, w in zip(digits, range(9, 1, -1)))
    r = s % 11
    if r == 10:
        return None
    return f"NL{digits}{r}B01"


def it_piva(ten):
    """Italian partita IVA: 10 digits + Luhn-style check digit."""
    digits = f"{ten:010d}"
    s = 0
    for i, ch in enumerate(digits):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return digits + str((10 - s % 10) % 10)


def no_orgnr(eight):
    """Norwegian organisasjonsnummer: 8 digits + mod-11 check (weights 3,2,7,6,5,4,3,2); None if 10."""
    digits = f"{eight:08d}"
    s = sum(int(c) * w for c, w in zip(digits, [3, 2, 7, 6, 5, 4, 3, 2]))
    r = 11 - s % 11
    if r == 11:
        r = 0
    if r == 10:
        return None
    return digits + str(r)
