"""Shared functions for the n_* generators: check digits and label output."""
import csv
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent


def ru_inn10(rng, region="66"):
    d = [int(c) for c in region] + [rng.randint(0, 9) for _ in range(7)]
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w)) % 11 % 10)
    return "".join(map(str, d))


def ru_inn12(rng, region="66"):
    d = [int(c) for c in region] + [rng.randint(0, 9) for _ in range(8)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def ru_kpp(inn):
    return inn[:4] + "01001"


def ua_edrpou(rng, first=None):
    """8-digit ЄДРПОУ with its check digit (Держстат algorithm)."""
    while True:
        base = first if first else str(rng.randint(1000000, 4499999)).zfill(7)
        d = [int(c) for c in base]
        n = int(base)
        w = [1, 2, 3, 4, 5, 6, 7] if (n < 3000000 or n > 6000000) else [7, 1, 2, 3, 4, 5, 6]
        s = sum(a * b for a, b in zip(d, w)) % 11
        if s == 10:
            s = sum(a * (b + 2) for a, b in zip(d, w)) % 11
            if s == 10:
                s = 0
        return base + str(s)


def ua_rnokpp(rng, male=None):
    """10-digit РНОКПП: 5 digits date code, serial, sex digit, check digit."""
    while True:
        days = rng.randint(20000, 37000)  # born ~1954..2001
        serial = rng.randint(0, 999)
        if male is None:
            male = rng.random() < 0.5
        sex = rng.choice([1, 3, 5, 7, 9]) if male else rng.choice([0, 2, 4, 6, 8])
        base = f"{days:05d}{serial:03d}{sex}"
        d = [int(c) for c in base]
        w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
        c = sum(a * b for a, b in zip(d, w)) % 11 % 10
        return base + str(c)


def ua_vat_ipn(edrpou, oblast="26"):
    """12-digit VAT ІПН of a legal entity: first 7 digits of ЄДРПОУ, oblast code, '0', last digit."""
    base = edrpou[:7] + oblast + "0" + "2"
    return base + str(sum(int(c) for c in base) % 10)


def kz_check(base11):
    d = [int(c) for c in base11]
    s = sum(a * b for a, b in zip(d, range(1, 12))) % 11
    if s == 10:
        s = sum(a * b for a, b in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
        if s == 10:
            return None
    return s


def kz_bin(rng, kind="4", attr="0"):
    while True:
        yy = rng.randint(0, 22)
        mm = rng.randint(1, 12)
        base = f"{yy:02d}{mm:02d}{kind}{attr}{rng.randint(0, 99999):05d}"
        c = kz_check(base)
        if c is not None:
            return base + str(c)


def kz_iin(rng, male=None):
    while True:
        yy = rng.randint(55, 99)
        mm = rng.randint(1, 12)
        dd = rng.randint(1, 28)
        if male is None:
            male = rng.random() < 0.5
        cs = "3" if male else "4"
        base = f"{yy:02d}{mm:02d}{dd:02d}{cs}{rng.randint(0, 9999):04d}"
        c = kz_check(base)
        if c is not None:
            return base + str(c)


def write_labels(lid, rows, country_default):
    """rows: list of (label, ambiguous, kind, country)"""
    p = OUT / "key" / f"{lid}.labels.csv"
    with open(p, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(rows):
            w.writerow([i, lab, "true" if amb else "false", kind, cc or country_default])


def write_key(lid, key):
    with open(OUT / "key" / f"{lid}.json", "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
