"""Shared helpers for the jd_* generators: identifiers with valid check digits,
IBANs, writing the key files.  Everything is driven by a random.Random passed in,
so each generator is reproducible from its own fixed seed."""
from __future__ import annotations

import csv
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # .../fresh11
LAYOUTS = ROOT / "layouts"
KEYS = ROOT / "key"


# ---------------------------------------------------------------- Russia
def ru_inn10(rng: random.Random, region: str = "77") -> str:
    body = region + f"{rng.randint(1, 51):02d}" + f"{rng.randint(0, 99999):05d}"
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    c = sum(int(d) * k for d, k in zip(body, w)) % 11 % 10
    return body + str(c)


def ru_inn12(rng: random.Random, region: str = "77") -> str:
    body = region + f"{rng.randint(1, 51):02d}" + f"{rng.randint(0, 999999):06d}"
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(d) * k for d, k in zip(body, w1)) % 11 % 10
    body += str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(d) * k for d, k in zip(body, w2)) % 11 % 10
    return body + str(c2)


def ru_inn_valid(inn: str) -> bool:
    if len(inn) == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return int(inn[9]) == sum(int(d) * k for d, k in zip(inn, w)) % 11 % 10
    if len(inn) == 12:
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        return (int(inn[10]) == sum(int(d) * k for d, k in zip(inn, w1)) % 11 % 10
                and int(inn[11]) == sum(int(d) * k for d, k in zip(inn, w2)) % 11 % 10)
    return False


# ---------------------------------------------------------------- Kazakhstan
def _kz_check(body11: str):
    s = sum(int(d) * w for d, w in zip(body11, range(1, 12))) % 11
    if s == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(int(d) * w for d, w in zip(body11, w2)) % 11
        if s == 10:
            return None
    return str(s)


def kz_bin(rng: random.Random, kind: str = "4", sub: str = "0", yy=None, mm=None) -> str:
    """12-digit BIN: YYMM of registration, type digit (4 resident legal entity,
    6 joint IP), attribute digit (0 head office, 1 branch, 2 representative office),
    5-digit serial and the check digit."""
    while True:
        y = yy if yy is not None else rng.randint(0, 23)
        m = mm if mm is not None else rng.randint(1, 12)
        body = f"{y:02d}{m:02d}{kind}{sub}{rng.randint(0, 99999):05d}"
        c = _kz_check(body)
        if c is not None:
            return body + c


def kz_iin(rng: random.Random, female: bool = False) -> str:
    while True:
        year = rng.randint(1958, 2003)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        cent = (5 if year >= 2000 else 3) + (1 if female else 0)
        body = f"{year % 100:02d}{month:02d}{day:02d}{cent}{rng.randint(0, 9999):04d}"
        c = _kz_check(body)
        if c is not None:
            return body + c


def kz_id_valid(x: str) -> bool:
    return len(x) == 12 and x.isdigit() and _kz_check(x[:11]) == x[11]


# ---------------------------------------------------------------- Ukraine
def ua_edrpou(rng: random.Random, first: str = None) -> str:
    first = first or rng.choice("234")
    body = first + f"{rng.randint(0, 999999):06d}"
    weights = [1, 2, 3, 4, 5, 6, 7]
    if body[0] in "345":
        weights = [7, 1, 2, 3, 4, 5, 6]
    total = sum(w * int(n) for w, n in zip(weights, body))
    if total % 11 < 10:
        return body + str(total % 11)
    weights = [w + 2 for w in weights]
    total = sum(w * int(n) for w, n in zip(weights, body))
    return body + str(total % 11 % 10)


def ua_rnokpp(rng: random.Random, female: bool = False) -> str:
    days = rng.randint(21000, 37500)  # days since 31.12.1899: ~1957..2002
    serial = rng.randint(0, 999)
    g = rng.choice([0, 2, 4, 6, 8]) if female else rng.choice([1, 3, 5, 7, 9])
    body = f"{days:05d}{serial:03d}{g}"
    w = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
    return body + str(sum(k * int(d) for k, d in zip(w, body)) % 11 % 10)


# ---------------------------------------------------------------- Belarus
def by_unp(rng: random.Random, first: str = "1") -> str:
    w = (29, 23, 19, 17, 13, 7, 5, 3)
    while True:
        body = first + f"{rng.randint(0, 9999999):07d}"
        c = sum(k * int(d) for k, d in zip(w, body)) % 11
        if c <= 9:
            return body + str(c)


# ---------------------------------------------------------------- IBAN
def _iban_num(s: str) -> str:
    return "".join(str(int(ch, 36)) for ch in s)


def iban(country: str, bban: str) -> str:
    chk = 98 - int(_iban_num(bban + country + "00")) % 97
    return f"{country}{chk:02d}{bban}"


def iban_valid(x: str) -> bool:
    return int(_iban_num(x[4:] + x[:4])) % 97 == 1


# ---------------------------------------------------------------- output
def write_labels(layout_id: str, rows: list[dict]):
    KEYS.mkdir(parents=True, exist_ok=True)
    with open(KEYS / f"{layout_id}.labels.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, r in enumerate(rows):
            w.writerow([i, r["label"], "true" if r["ambiguous"] else "false", r["kind"], r["country"]])


def write_key(layout_id: str, key: dict):
    KEYS.mkdir(parents=True, exist_ok=True)
    with open(KEYS / f"{layout_id}.json", "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")


def money_dot(x: float) -> str:
    return f"{x:.2f}"


def money_comma(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def normalize_xlsx(path, stamp: str = "2024-06-03T09:41:17Z"):
    """Rewrite an openpyxl-saved workbook with fixed zip timestamps and a fixed
    docProps modified/created time, so the generator rebuilds it byte for byte."""
    import re
    import zipfile

    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\2", txt)
                data = txt.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 3, 9, 41, 16))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
