"""Shared helpers for the kd_ generators: check digits, name pools, writers.

Every generator seeds its own random.Random, so the files are rebuilt byte for
byte.  Paths are relative to this folder.
"""
from __future__ import annotations

import csv
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


# ---------------------------------------------------------------- check digits
def ru_inn10(rng: random.Random, region: str) -> str:
    """Organisation INN (10 digits) with a valid control digit."""
    body = region + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(region)))
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    c = sum(int(d) * k for d, k in zip(body, w)) % 11 % 10
    return body + str(c)


def ru_inn12(rng: random.Random, region: str) -> str:
    """Person / sole trader INN (12 digits) with both control digits."""
    body = region + "".join(str(rng.randint(0, 9)) for _ in range(10 - len(region)))
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(d) * k for d, k in zip(body, w1)) % 11 % 10
    body += str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(d) * k for d, k in zip(body, w2)) % 11 % 10
    return body + str(c2)


def ru_inn_ok(inn: str) -> bool:
    if len(inn) == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return sum(int(d) * k for d, k in zip(inn, w)) % 11 % 10 == int(inn[9])
    if len(inn) == 12:
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        return (sum(int(d) * k for d, k in zip(inn, w1)) % 11 % 10 == int(inn[10])
                and sum(int(d) * k for d, k in zip(inn, w2)) % 11 % 10 == int(inn[11]))
    return False


def ru_account(rng: random.Random, bik: str, prefix5: str, branch4: str) -> str:
    """20-digit Russian settlement account with the control key (digit 9)
    computed against the BIK (last three digits), weights 7-1-3."""
    tail = branch4 + "".join(str(rng.randint(0, 9)) for _ in range(7))
    acc = prefix5 + "810" + "0" + tail
    s = bik[-3:] + acc
    w = [7, 1, 3] * 8
    total = sum(int(d) * k for d, k in zip(s, w))
    key = (total % 10) * 3 % 10
    return acc[:8] + str(key) + acc[9:]


def ru_account_ok(bik: str, acc: str) -> bool:
    s = bik[-3:] + acc
    w = [7, 1, 3] * 8
    return sum(int(d) * k for d, k in zip(s, w)) % 10 == 0


def kz_check(body11: str) -> int | None:
    w1 = list(range(1, 12))
    c = sum(int(d) * k for d, k in zip(body11, w1)) % 11
    if c == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        c = sum(int(d) * k for d, k in zip(body11, w2)) % 11
        if c == 10:
            return None
    return c


def kz_bin(rng: random.Random, yymm: str, kind: str = "4", attr: str = "0") -> str:
    """БИН: YYMM + type (4 resident legal entity, 5 non-resident, 6 ИП(С))
    + attribute (0 head office, 1 branch, 2 representation) + 5 digits + check."""
    while True:
        body = yymm + kind + attr + "".join(str(rng.randint(0, 9)) for _ in range(5))
        c = kz_check(body)
        if c is not None:
            return body + str(c)


def kz_iin(rng: random.Random, birth: tuple[int, int, int], male: bool) -> str:
    y, m, d = birth
    century = (3 if male else 4) if y < 2000 else (5 if male else 6)
    while True:
        body = f"{y % 100:02d}{m:02d}{d:02d}{century}" + "".join(
            str(rng.randint(0, 9)) for _ in range(4))
        c = kz_check(body)
        if c is not None:
            return body + str(c)


def kz_ok(x: str) -> bool:
    return len(x) == 12 and kz_check(x[:11]) == int(x[11])


def iban(country: str, bban: str) -> str:
    """ISO 13616 check digits for an alphanumeric BBAN."""
    def num(s):
        return "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num(bban + country + "00")) % 97
    return f"{country}{chk:02d}{bban}"


def iban_ok(x: str) -> bool:
    s = x[4:] + x[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def by_unp(rng: random.Random, first: str) -> str:
    """Belarusian УНП (9 digits): weights 29,23,19,17,13,7,5,3 mod 11."""
    w = [29, 23, 19, 17, 13, 7, 5, 3]
    while True:
        body = first + "".join(str(rng.randint(0, 9)) for _ in range(8 - len(first)))
        c = sum(int(d) * k for d, k in zip(body, w)) % 11
        if c != 10:
            return body + str(c)


def by_unp_ok(x: str) -> bool:
    w = [29, 23, 19, 17, 13, 7, 5, 3]
    return len(x) == 9 and x.isdigit() and sum(int(d) * k for d, k in zip(x, w)) % 11 == int(x[8])


# ---------------------------------------------------------------- writers
def write_key(key: dict, labels: list[dict]) -> None:
    KEY.mkdir(parents=True, exist_ok=True)
    (KEY / f"{key['id']}.json").write_text(
        json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(KEY / f"{key['id']}.labels.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, lab in enumerate(labels):
            w.writerow([i, lab["label"], "true" if lab["amb"] else "false",
                        lab["kind"], lab["country"]])


def money_ru(x: float) -> str:
    """'12 480-00' as Russian payment purposes write sums."""
    rub = int(round(x * 100)) // 100
    kop = int(round(x * 100)) % 100
    return f"{rub:,}".replace(",", " ") + f"-{kop:02d}"


def fmt_space(x: float, dec: str = ",") -> str:
    s = f"{x:,.2f}"
    return s.replace(",", " ").replace(".", dec)


def fix_xlsx_timestamps(path: Path, stamp: str = "2025-10-01T09:00:00Z") -> None:
    """Rewrite docProps/core.xml timestamps so the XLSX is byte-stable."""
    import re
    import zipfile
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:",
                              lambda m: b"<dcterms:" + m.group(1) + m.group(2) + b">"
                              + stamp.encode() + b"</dcterms:", data)
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 10, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            zout.writestr(info, data)
    tmp.replace(path)
