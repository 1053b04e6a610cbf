"""Shared helpers for the hc_ generators (check digits, writers, key files).

Everything is deterministic: callers pass their own seeded random.Random.
"""
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


# ---------------------------------------------------------------- Spain
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(num8: int) -> str:
    return f"{num8:08d}{DNI_LETTERS[num8 % 23]}"


def es_nie(prefix: str, num7: int) -> str:
    lead = {"X": 0, "Y": 1, "Z": 2}[prefix]
    n = int(f"{lead}{num7:07d}")
    return f"{prefix}{num7:07d}{DNI_LETTERS[n % 23]}"


def es_cif(letter: str, digits7: str) -> str:
    """Spanish CIF/NIF of a legal person: letter + 7 digits + control."""
    s_even = sum(int(digits7[i]) for i in (1, 3, 5))
    s_odd = 0
    for i in (0, 2, 4, 6):
        d = int(digits7[i]) * 2
        s_odd += d // 10 + d % 10
    c = (10 - (s_even + s_odd) % 10) % 10
    if letter in "PQRSNW":
        ctrl = "JABCDEFGHI"[c]
    elif letter in "ABEH":
        ctrl = str(c)
    else:  # C D F G J U V: digit is the usual form
        ctrl = str(c)
    return f"{letter}{digits7}{ctrl}"


def pt_nif(first8: str) -> str:
    s = sum(int(d) * w for d, w in zip(first8, range(9, 1, -1)))
    r = 11 - s % 11
    return first8 + ("0" if r >= 10 else str(r))


def fr_tva(siren: str) -> str:
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR{key:02d}{siren}"


def luhn_ok_siren(siren: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(siren)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


# ---------------------------------------------------------------- Italy
def it_piva(first10: str) -> str:
    tot = 0
    for i, ch in enumerate(first10):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return first10 + str((10 - tot % 10) % 10)


# ---------------------------------------------------------------- Poland
def pl_nip(first9: str) -> str | None:
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * k for d, k in zip(first9, w)) % 11
    if c == 10:
        return None
    return first9 + str(c)


def pl_nip_random(rng, prefix: str = "") -> str:
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(prefix)))
        if body[0] == "0":
            continue
        n = pl_nip(body)
        if n:
            return n


def pl_pesel(rng, year: int, month: int, day: int, female: bool) -> str:
    mm = month + (20 if year >= 2000 else 0)
    serial = rng.randint(0, 999)
    sex = rng.choice([0, 2, 4, 6, 8]) if female else rng.choice([1, 3, 5, 7, 9])
    body = f"{year % 100:02d}{mm:02d}{day:02d}{serial:03d}{sex}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(d) * k for d, k in zip(body, w)) % 10) % 10
    return body + str(c)


# ---------------------------------------------------------------- Denmark
def dk_cvr_random(rng) -> str:
    w = [2, 7, 6, 5, 4, 3, 2, 1]
    while True:
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
        s = sum(int(d) * k for d, k in zip(body, w[:7]))
        last = (-s) % 11
        if last < 10:
            return body + str(last)


def gln13(first12: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(first12)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return first12 + str((10 - tot % 10) % 10)


# ---------------------------------------------------------------- output
def php_float(x: float) -> str:
    """PHP's shortest float-to-string (serialize_precision=-1) for money values."""
    x = round(x, 2)
    s = repr(float(x))
    if s.endswith(".0"):
        s = s[:-2]
    return s


def it_num(x: float, thousands: bool = True) -> str:
    s = f"{x:,.2f}"
    s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    if not thousands:
        s = s.replace(".", "")
    return s


def write_labels(layout_id: str, rows: list[dict]):
    KEY.mkdir(parents=True, exist_ok=True)
    path = KEY / f"{layout_id}.labels.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, r in enumerate(rows):
            w.writerow([i, r["label"], "true" if r["amb"] else "false", r["kind"], r["country"]])
    return path


def write_key(layout_id: str, key: dict):
    KEY.mkdir(parents=True, exist_ok=True)
    path = KEY / f"{layout_id}.json"
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(key, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return path


def normalize_xlsx(path, stamp="2024-12-31T09:00:00Z"):
    """Rewrite an openpyxl .xlsx with fixed zip timestamps and document dates so reruns are byte-identical."""
    import re
    import zipfile
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", rf"\g<1>{stamp}\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", rf"\g<1>{stamp}\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 31, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    tmp.replace(path)
