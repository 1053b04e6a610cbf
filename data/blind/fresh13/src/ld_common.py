"""Shared helpers for the ld_* generators (seeded, no network, no project imports).

Check-digit functions for the tax identifiers of RU / UA / BY / KZ, and writers for
the key files (key/<id>.json, key/<id>.labels.csv).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


# ---------------------------------------------------------------- Russia: ИНН
def ru_inn10(rng: random.Random, region: str) -> str:
    """10-digit organisation INN with valid control digit; region = 2 digits."""
    base = region + "".join(str(rng.randint(0, 9)) for _ in range(7))
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    c = sum(int(d) * k for d, k in zip(base, w)) % 11 % 10
    return base + str(c)


def ru_inn12(rng: random.Random, region: str) -> str:
    """12-digit INN of a person / sole proprietor with valid control digits."""
    base = region + "".join(str(rng.randint(0, 9)) for _ in range(8))
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(d) * k for d, k in zip(base, w1)) % 11 % 10
    base += str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(d) * k for d, k in zip(base, w2)) % 11 % 10
    return base + str(c2)


def ru_inn_valid(s: str) -> bool:
    if len(s) == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return sum(int(d) * k for d, k in zip(s, w)) % 11 % 10 == int(s[9])
    if len(s) == 12:
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        c1 = sum(int(d) * k for d, k in zip(s, w1)) % 11 % 10
        c2 = sum(int(d) * k for d, k in zip(s, w2)) % 11 % 10
        return c1 == int(s[10]) and c2 == int(s[11])
    return False


# ---------------------------------------------------------------- Ukraine
def _edrpou_check(base7: str) -> int | None:
    n = int(base7 + "0")
    if n < 30000000 or n > 60000000:
        w = [1, 2, 3, 4, 5, 6, 7]
    else:
        w = [7, 1, 2, 3, 4, 5, 6]
    s = sum(int(d) * k for d, k in zip(base7, w)) % 11
    if s == 10:
        w = [k + 2 for k in w]
        s = sum(int(d) * k for d, k in zip(base7, w)) % 11
        if s == 10:
            s = 0
    return s


def ua_edrpou(rng: random.Random, first: str | None = None) -> str:
    """8-digit ЄДРПОУ code with the control digit of the official algorithm."""
    first = first or rng.choice("0234")
    base = first + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return base + str(_edrpou_check(base))


def ua_edrpou_valid(s: str) -> bool:
    return len(s) == 8 and s.isdigit() and _edrpou_check(s[:7]) == int(s[7])


def ua_rnokpp(rng: random.Random, born: dt.date, male: bool) -> str:
    """10-digit РНОКПП: days since 31.12.1899, serial with sex parity, control digit."""
    days = (born - dt.date(1899, 12, 31)).days
    while True:
        serial = [rng.randint(0, 9) for _ in range(4)]
        if (serial[3] % 2 == 1) != male:
            serial[3] = (serial[3] + 1) % 10
        base = f"{days:05d}" + "".join(map(str, serial))
        w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
        c = sum(int(d) * k for d, k in zip(base, w)) % 11 % 10
        return base + str(c)


def ua_rnokpp_valid(s: str) -> bool:
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return len(s) == 10 and sum(int(d) * k for d, k in zip(s, w)) % 11 % 10 == int(s[9])


# ---------------------------------------------------------------- Belarus: УНП
def by_unp(rng: random.Random, first: str = "1") -> str:
    """9-digit УНП with weights 29,23,19,17,13,7,5,3 (mod 11, 10 is not allowed)."""
    w = [29, 23, 19, 17, 13, 7, 5, 3]
    while True:
        base = first + "".join(str(rng.randint(0, 9)) for _ in range(8 - len(first)))
        c = sum(int(d) * k for d, k in zip(base, w)) % 11
        if c != 10:
            return base + str(c)


def by_unp_valid(s: str) -> bool:
    w = [29, 23, 19, 17, 13, 7, 5, 3]
    return len(s) == 9 and s.isdigit() and sum(int(d) * k for d, k in zip(s, w)) % 11 == int(s[8])


# ---------------------------------------------------------------- Kazakhstan: БИН/ИИН
def _kz_check(base11: str) -> int | None:
    d = [int(x) for x in base11]
    s = sum(v * w for v, w in zip(d, range(1, 12))) % 11
    if s == 10:
        s = sum(v * w for v, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
        if s == 10:
            return None
    return s


def kz_bin(rng: random.Random, year: int, month: int, kind: str = "4", attr: str = "0") -> str:
    """12-digit БИН: YYMM, type (4 resident legal entity), attribute (0 head office)."""
    while True:
        base = f"{year % 100:02d}{month:02d}{kind}{attr}" + "".join(str(rng.randint(0, 9)) for _ in range(5))
        c = _kz_check(base)
        if c is not None:
            return base + str(c)


def kz_iin(rng: random.Random, born: dt.date, male: bool) -> str:
    cent = {18: (1, 2), 19: (3, 4), 20: (5, 6)}[born.year // 100]
    sx = cent[0] if male else cent[1]
    while True:
        base = born.strftime("%y%m%d") + str(sx) + "".join(str(rng.randint(0, 9)) for _ in range(4))
        c = _kz_check(base)
        if c is not None:
            return base + str(c)


def kz_valid(s: str) -> bool:
    return len(s) == 12 and s.isdigit() and _kz_check(s[:11]) == int(s[11])


# ---------------------------------------------------------------- key writers
def write_key(id_: str, meta: dict, labels: list[dict], source: bool = False) -> None:
    KEY.mkdir(parents=True, exist_ok=True)
    meta = dict(meta)
    meta["id"] = id_
    with open(KEY / f"{id_}.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    cols = ["row", "label", "ambiguous", "kind", "country"] + (["source"] if source else [])
    with open(KEY / f"{id_}.labels.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for i, lab in enumerate(labels):
            w.writerow([i, lab["label"], "true" if lab["ambiguous"] else "false", lab["kind"], lab["country"]]
                       + ([lab.get("source", "")] if source else []))


def lab(label: str, kind: str, country: str, ambiguous: bool = False) -> dict:
    assert label in ("B2B", "B2C", "B2G")
    return {"label": label, "kind": kind, "country": country, "ambiguous": ambiguous}
