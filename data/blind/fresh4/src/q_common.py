"""Shared functions for the q_* generators: tax-ID check characters, output paths, key writing."""
import csv
import json
import random
import string
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


# ---------------------------------------------------------------- Spain
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(number: int) -> str:
    """Spanish DNI: 8 digits + letter (number mod 23)."""
    return f"{number:08d}{DNI_LETTERS[number % 23]}"


def es_nie(prefix: str, number: int) -> str:
    """NIE X/Y/Z + 7 digits + letter; X=0, Y=1, Z=2 for the check."""
    n = int(str("XYZ".index(prefix)) + f"{number:07d}")
    return f"{prefix}{number:07d}{DNI_LETTERS[n % 23]}"


def es_cif(letter: str, digits7: str) -> str:
    """Spanish CIF/NIF of an entity: letter + 7 digits + control (digit or letter)."""
    d = [int(c) for c in digits7]
    even = d[1] + d[3] + d[5]
    odd = 0
    for x in (d[0], d[2], d[4], d[6]):
        y = 2 * x
        odd += y // 10 + y % 10
    ctrl = (10 - (even + odd) % 10) % 10
    if letter in "PQRSNW":
        c = "JABCDEFGHI"[ctrl]
    else:
        c = str(ctrl)
    return f"{letter}{digits7}{c}"


# ---------------------------------------------------------------- Portugal
def pt_nif(first8: str) -> str:
    s = sum(int(c) * w for c, w in zip(first8, range(9, 1, -1)))
    chk = 11 - s % 11
    if chk >= 10:
        chk = 0
    return f"{first8}{chk}"


def pt_nif_valid(nif: str) -> bool:
    return len(nif) == 9 and nif.isdigit() and pt_nif(nif[:8]) == nif


# ---------------------------------------------------------------- Ireland
def ie_vat(digits7: str, second: str = "") -> str:
    """Irish VAT: 7 digits + check letter (+ optional second letter)."""
    s = sum(int(c) * w for c, w in zip(digits7, range(8, 1, -1)))
    if second:
        s += (ord(second) - 64) * 9
    chk = "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]
    return f"IE{digits7}{chk}{second}"


# ---------------------------------------------------------------- misc
def rand_alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def write_labels(layout_id: str, rows):
    """rows: list of dicts with label, ambiguous, kind, country (in record order)."""
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{layout_id}.labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, r in enumerate(rows):
            w.writerow([i, r["label"], "true" if r["ambiguous"] else "false", r["kind"], r["country"]])


def write_key(layout_id: str, key: dict):
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{layout_id}.json", "w", encoding="utf-8") as fh:
        json.dump(key, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def save_xlsx_fixed(wb, path, stamp="2024-12-31T09:00:00Z"):
    """Save an openpyxl workbook so that rebuilding gives identical bytes
    (fixed zip entry times and fixed created/modified document properties)."""
    import io
    import re
    import zipfile
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 12, 31, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())
